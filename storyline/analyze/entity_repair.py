"""Repairs of the small model's entity spans: people it calls organisations or places (an
age, a he/she, a title or role), organisations it calls people ("St Brendan's Hospital",
"Yonhap said" beside "Yonhap News"), strings that are no entity (a time zone, a paragraph's
first word in capitals), names run together (a place and an agency, two organisations joined
by "and"), and the mentions it missed (surnames, acronyms). Step 3 of
``storyline.analyze.entities``; ``clean_span`` and ``split_span`` serve its step 1.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from spacy.attrs import ORTH
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from storyline.analyze.entity_joins import town_after_body
from storyline.analyze.entity_places import places_by_use
from storyline.analyze.entity_spans import (
    POSSESSIVE,
    SPACY_LABELS,
    TITLES,
    NameSpan,
    flat_words,
    is_role,
    org_head,
    person_words,
    words,
)
from storyline.analyze.name_edges import extend_org_starts, short_forms_with_determiner
from storyline.analyze.nlp import WORD_LISTS, doc_text, lower_at, pos_at, where
from storyline.lexicon import PRONOUN_GENDER, SETTLEMENT_NOUNS
from storyline.lexicon.nouns import (
    CREDIT_WORDS,
    GROUP_PEOPLE,
    NAME_LIKE_NOUNS,
    OCCUPATIONS_BEFORE_NAMES,
    ORG_HEADS,
    ORG_KIND_WORDS,
    PERSON_NOUNS,
    RELATIONS,
    ROLE_NOUNS,
)
from storyline.lexicon.organisations import COMPANY_SUFFIXES, FIRM_NAME_ENDS
from storyline.names import is_acronym, is_state_body, spells
from storyline.textutil import HONORIFICS

_CLOCK = re.compile(r"^\d{1,2}(?:[:.]\d{2}(?:am|pm)?|am|pm)$", re.IGNORECASE)


def time_zone(sdoc: Doc, span: NameSpan) -> bool:
    """ "06:00 GMT": a word in capitals right after a clock time names a time zone."""
    if span.end - span.start != 1 or span.start == 0 or not sdoc[span.start].text.isupper():
        return False
    prev = sdoc[span.start - 1]
    return bool(_CLOCK.match(prev.text)) or prev.lower_ in ("am", "pm", "a.m.", "p.m.")


def shouted_word(sdoc: Doc, span: NameSpan) -> bool:
    """ "CREDIT monitoring company Equifax ...": papers that set a paragraph's first word in
    capitals. A word in capitals opening a line, before lower-case words, that the page also
    writes in lower case is that word, not an acronym."""
    tok = sdoc[span.start]
    if span.end - span.start != 1 or not tok.text.isupper() or len(tok.text) < 3:
        return False
    opens_line = tok.i == 0 or "\n" in sdoc[tok.i - 1].whitespace_
    nxt = sdoc[tok.i + 1] if tok.i + 1 < len(sdoc) else None
    if not opens_line or nxt is None or not nxt.text[:1].islower():
        return False
    low = tok.lower_
    return any(t.text == low or t.lemma_ == low for t in sdoc if t.i != tok.i)


def split_coordinated(sdoc: Doc, span: NameSpan) -> list[NameSpan]:
    """ "the Financial Conduct Authority and Information Commissioner's Office": two
    organisations, each ending in an organisation noun, in one span."""
    if span.label != "ORG":
        return [span]
    for i in range(span.start + 2, span.end - 2):
        if sdoc[i].lower_ in ("and", "&") and org_head(sdoc[i - 1]):
            right = [t for t in sdoc[i + 1 : span.end] if t.text not in POSSESSIVE]
            if len(right) >= 2 and org_head(right[-1]):
                return [NameSpan(span.start, i, "ORG"), NameSpan(i + 1, span.end, "ORG")]
    return [span]


def trim_place_prefix(sdoc: Doc, spans: list[NameSpan]) -> None:
    """ "... to Ostland Yonhap News": a place name run into an organisation's name that the
    document also names on its own ("Yonhap said") is not part of it."""
    places = {sdoc[s.start : s.end].text for s in spans if s.label in ("GPE", "LOC")}
    starts: dict[str, set[int]] = {}
    for s in spans:
        starts.setdefault(sdoc[s.start].text, set()).add(s.start)
    for span in spans:
        if span.label != "ORG" or span.end - span.start < 3:
            continue
        for cut in range(span.start + 1, span.end - 1):
            head = sdoc[span.start : cut].text
            if head in places and starts.get(sdoc[cut].text, set()) - {span.start}:
                span.start = cut
                break


def _places_by_wording(sdoc: Doc) -> set[str]:
    """Capitalised words the page writes alone after "in", "at", "near" ("on holiday in Nicea,"):
    places, whatever NER called them."""
    out = set()
    for i in lower_at(sdoc, ("in", "at", "near")):
        if i + 2 < len(sdoc) and sdoc[i + 1].text[:1].isupper():
            if not sdoc[i + 2].text[:1].isupper():
                out.add(sdoc[i + 1].text)
    return out


def _trim_place_before_person(sdoc: Doc, span: NameSpan, places: set[str]) -> None:
    """ "... attack in Nicea Tom Vale, a witness": a caption's place run into a full name.
    A place the page names on its own, before two or more words of a name, is not the
    person's first name."""
    for cut in range(span.start + 1, span.end - 1):
        if sdoc[span.start : cut].text in places and sdoc[cut].text[:1].isupper():
            span.start = cut
            return


# The kinds of body a town's name follows in a caption or a list ("Orsa University Tarnby").
_PLACED_BODIES = frozenset("university college school academy institute hospital".split())


def _trim_place_after_body(sdoc: Doc, span: NameSpan, places: set[str]) -> None:
    """ "Orsa University Tarnby": a town the page names on its own, run onto a body's name
    after its head noun, is where the body is, not part of its name."""
    for cut in range(span.start + 1, span.end):
        if sdoc[cut - 1].lower_ in _PLACED_BODIES and sdoc[cut : span.end].text in places:
            span.end = cut
            return


# ------------------------------------------------------------------ 3. repair


def repair(sdoc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    spans = _join_adjacent_people(sdoc, spans + _apposed_people(sdoc, spans))
    spans = _own_state_bodies(sdoc, spans)
    _extend_to_org_head(sdoc, spans)
    extend_org_starts(sdoc, spans)
    spans = short_forms_with_determiner(sdoc, spans)
    taken = {i for s in spans for i in range(s.start, s.end)}
    shouting = _shouting(sdoc)
    for span in spans:
        if span.label == "PERSON":
            _extend_person(sdoc, span, taken)
        if span.label == "PERSON" and (
            (_all_caps(sdoc, span) and not shouting) or not _personal(set(words(span.name(sdoc))))
        ):
            span.label = "ORG"  # "Dalmar Shipping": no person's name ends in a trade
        elif span.label in ("ORG", "GPE", "LOC") and (
            _has_role_apposition(sdoc, span) or _after_title(sdoc, span)
        ):
            span.label = "PERSON"
        elif span.label in ("ORG", "GPE") and _person_cue(sdoc, span):
            span.label = "PERSON"
        elif span.label in ("PERSON", "ORG") and (
            _after_place_noun(sdoc, span) or town_after_body(sdoc, span, spans)
        ):
            span.label = "GPE"
        elif (
            span.label in ("GPE", "LOC")
            and span.end - span.start == 1
            and sdoc[span.start].tag_ == "JJ"
        ):
            span.label = "NORP"  # "Ukrainian" is a people, not a place
    places_by_use(sdoc, spans)  # "KESSPORT, Feb 10 -", "officials in Kessport" (Kessport Water)
    places = {s.name(sdoc) for s in spans if s.label in ("GPE", "LOC")} | _places_by_wording(sdoc)
    for span in spans:
        if span.label == "PERSON":
            _trim_place_before_person(sdoc, span, places)
        elif span.label == "ORG":
            _trim_place_after_body(sdoc, span, places)
    _people_by_cues(sdoc, spans)
    _relabel_surnames(sdoc, spans)
    _relabel_org_words(sdoc, spans)
    _vote_labels(sdoc, spans)
    return spans


def _apposed_people(sdoc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """Names NER missed that an apposition calls a person ("For Jane Doe-Smith, a California
    lawyer, ..."): a run of two or more capitalised proper nouns, in no span, whose head has a
    role noun in apposition after it."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out = []
    for tok in (sdoc[i] for i in pos_at(sdoc, ("PROPN",))):
        if tok.pos_ != "PROPN" or tok.i in taken or tok.dep_ in ("compound", "flat"):
            continue
        if not any(c.dep_ == "appos" and c.i > tok.i and is_role(c) for c in tok.children):
            continue
        lo = tok.i
        while (
            lo > 0
            and lo - 1 not in taken
            and (sdoc[lo - 1].pos_ == "PROPN" or sdoc[lo - 1].text in ("-", "‐"))
            and lo - 1 <= sdoc[lo - 1].head.i <= tok.i
            and "\n" not in sdoc[lo - 1].whitespace_
        ):
            lo -= 1
        while lo < tok.i and (
            sdoc[lo].lower_ in TITLES
            or sdoc[lo].lower_.rstrip(".") in HONORIFICS
            or not sdoc[lo].is_alpha
        ):
            lo += 1  # "President", "Ms": a title is no part of the name
        names = [t for t in sdoc[lo : tok.i + 1] if t.is_alpha]
        if len(names) >= 2 and all(t.text[:1].isupper() for t in names):
            out.append(NameSpan(lo, tok.i + 1, "PERSON"))
    return out


def _relabel_org_words(sdoc: Doc, spans: list[NameSpan]) -> None:
    """A bare word that opens an organisation's name of the page ("Yonhap said" beside
    "Yonhap News") is that organisation, not a person, unless a person's name holds it."""
    org_first = {words(s.name(sdoc))[0] for s in spans if s.label == "ORG" and s.end - s.start > 1}
    people = person_words(sdoc, spans)
    for span in spans:
        w = words(span.name(sdoc))
        if span.label == "PERSON" and len(w) == 1 and w[0] in org_first and w[0] not in people:
            span.label = "ORG"


_AGE = re.compile(r"^,\s*\d{1,3}\s*([,);]|\.(\s|$))")  # ", 58," and ", 58." (sentence end)
_PERSONAL = PRONOUN_GENDER


def _person_cue(sdoc: Doc, span: NameSpan) -> bool:
    """A name NER took for an organisation or place that the text shows to be a person's: an
    age after it ("Tove Brask, 46,"), or, as the subject of its clause, a he/she/his/her that
    follows it before any other name ("Tove Brask said her husband ...")."""
    toks = sdoc[span.start : span.end]
    if len(toks) < 2 or not all(t.is_title for t in toks) or sdoc[span.end - 1].lower_ in ORG_HEADS:
        return False
    if len({t.ent_type_ for t in toks} - {""}) > 1:
        return False  # "Lockheed" (ORG) + "Martin" (PERSON): a firm's name NER cut in two
    # What follows the name, from its next tokens (Doc.text is rebuilt on every access).
    if _AGE.match((toks[-1].whitespace_ + sdoc[span.end : span.end + 4].text)[:8]):
        return True
    if not any(t.dep_ == "nsubj" for t in toks):
        return False
    for tok in toks.root.head.subtree:
        if tok.i < span.end:
            continue
        if tok.ent_type_ or tok.pos_ == "PROPN" or tok.is_quote:
            return False
        if tok.pos_ == "PRON" and tok.lower_ in _PERSONAL:
            return True
    return False


def _extend_to_org_head(sdoc: Doc, spans: list[NameSpan]) -> None:
    """ "St Brendan's" + "Hospital": a name's possessive before an organisation noun is the
    start of the organisation's name, not a person."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    for span in spans:
        i = span.end
        if span.label == "PERSON" and span.end - span.start > 1 and org_head(sdoc[i - 1]):
            span.label = "ORG"  # "St George's Hospital" tagged as a person
        elif (
            span.label in ("PERSON", "ORG")
            and i + 1 < len(sdoc)
            and sdoc[i].text in POSSESSIVE
            and i + 1 not in taken
            and org_head(sdoc[i + 1])
        ):
            span.end = i + 2
            span.label = "ORG"


def _own_state_bodies(sdoc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """ "Chinese" + "Foreign Ministry": a body named by its role takes the people's adjective
    right before it into its name, so one country's ministry never links with another's (on
    the page, or across pages by name)."""
    owners = {s.end: s for s in spans if s.label == "NORP"}
    swallowed: set[int] = set()
    for span in spans:
        if span.label != "ORG" or not is_state_body(words(span.name(sdoc))):
            continue
        # Only a people's adjective ("Chinese"): a possessive ("Peru's") stays outside the
        # name, as a figure's source quotes it ("Ministry of Defence" of "Peru's ...").
        owner = owners.get(span.start)
        if owner is not None and owner.label == "NORP" and id(owner) not in swallowed:
            span.start = owner.start
            swallowed.add(id(owner))
    return [s for s in spans if id(s) not in swallowed]


def _join_adjacent_people(sdoc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """ "Yoon Seok" + "Yeol": one person; and "Lockheed" (ORG) + "Martin" (PERSON), two
    capitalised words NER split, one organisation."""
    joined: list[NameSpan] = []
    for span in spans:
        prev = joined[-1] if joined else None
        if (
            prev
            and prev.end == span.start
            and sdoc[prev.end - 1].whitespace_ == " "
            and (prev.label == span.label == "PERSON" or _firm_run_on(sdoc, prev, span))
        ):
            prev.end = span.end
            prev.descriptors += span.descriptors
            continue
        joined.append(span)
    return joined


def _firm_run_on(sdoc: Doc, org: NameSpan, person: NameSpan) -> bool:
    """A one-word organisation right before a one-word "person", both capitalised words and
    not acronyms: one firm's name NER cut in two ("Vantor" + "Grell")."""
    if (org.label, person.label) != ("ORG", "PERSON"):
        return False
    if org.end - org.start != 1 or person.end - person.start != 1:
        return False
    return all(t.is_title and t.is_alpha for t in (sdoc[org.start], sdoc[person.start]))


def _extend_person(sdoc: Doc, span: NameSpan, taken: set[int]) -> None:
    while span.end < len(sdoc):
        tok = sdoc[span.end]
        if (
            span.end in taken
            or tok.tag_ != "NNP"
            or not tok.is_title
            or "\n" in sdoc[span.end - 1].whitespace_
            or tok.lower_ in HONORIFICS
            or tok.lower_ in CREDIT_WORDS  # "Ana Ruiz Photographer:", a caption's label
        ):
            return
        if span.end + 1 < len(sdoc) and sdoc[span.end + 1].dep_ == "case":
            span.end += 1  # "Yoon Suk Yeol's": the name ends here
            return
        span.end += 1


def _all_caps(sdoc: Doc, span: NameSpan) -> bool:
    text = sdoc[span.start : span.end].text
    return len(text) > 1 and text.isupper()


def _shouting(sdoc: Doc) -> bool:
    letters = [c for c in sdoc[:400].text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.6 * len(letters)


def _has_role_apposition(sdoc: Doc, span: NameSpan) -> bool:
    if span.end - span.start > 4:
        return False
    head = sdoc[span.start : span.end].root
    words = {t.lower_ for t in sdoc[span.start : span.end]}
    personal = _personal(words)
    if head.dep_ == "appos" and head.head.i < span.start and _role_before(head.head):
        # "The prime minister, Ilsa Marenko Dahl,": the role before the name
        named_body = any(c.dep_ == "det" for c in head.children)  # "the Green Alliance"
        return len(words) > 1 and personal and not named_body
    return any(
        c.dep_ == "appos" and c.i >= span.end and personal and (is_role(c) or _one_person_noun(c))
        for c in head.children
    )


def _personal(words: set[str]) -> bool:
    """A name a person could bear: none of its words names a firm or a body."""
    return not words & (ORG_KIND_WORDS | COMPANY_SUFFIXES | FIRM_NAME_ENDS)


def _one_person_noun(tok: Token) -> bool:
    """ "Petra Lunde, a shopkeeper on Quay Street": a singular noun for one person (a witness,
    a driver, a nurse), beyond the role nouns, describes a person."""
    return tok.tag_ == "NN" and tok.lemma_ in PERSON_NOUNS and tok.lemma_ not in GROUP_PEOPLE


# The prepositions that tie a role to the body it serves ("a spokeswoman for the party").
_ROLE_BODY_PREPS = ("for", "of", "at", "with")


def _role_before(tok: Token) -> bool:
    """The noun a name is apposed to is a role, or the body a role serves: in "A spokeswoman
    for the ruling party, Nadia Ferro," the parser hangs the name on "party", and a party
    named by a person's name is rare beside a spokeswoman who is. A determiner in the name
    ("the party, the Green Alliance") and the firm words the caller checks still make a body."""
    if is_role(tok):
        return True
    prep = tok.head
    return (
        tok.dep_ == "pobj"
        and prep.lower_ in _ROLE_BODY_PREPS
        and prep.head.i < prep.i
        and is_role(prep.head)
    )


def _after_title(sdoc: Doc, span: NameSpan) -> bool:
    """ "Prime Minister Ilsa Marenko Dahl" tagged ORG: a title or honorific right before."""
    if span.start == 0 or span.end - span.start > 4 or _all_caps(sdoc, span):
        return False
    prev = sdoc[span.start - 1]
    return (
        prev.lower_ in HONORIFICS
        or (
            prev.lower_ in TITLES
            and prev.pos_ in ("NOUN", "PROPN")
            and prev.lower_ not in ("foreign", "defence", "defense")
        )
        or _after_role_noun(sdoc, span, prev)
    )


def _after_role_noun(sdoc: Doc, span: NameSpan, prev: Token) -> bool:
    """ "agency head Murat Ozel", "union leader Harald Nyvoll": a role noun in lower case
    right before a name of two or three words a person could bear."""
    names = sdoc[span.start : span.end]
    words = {t.lower_ for t in names}
    return (
        prev.is_lower
        and is_role(prev)
        and 2 <= len(names) <= 3
        and all(t.is_title for t in names)
        and _personal(words)
    )


# Offices held only over a place: "the mayor of X" names a town.
_PLACE_OFFICES = frozenset({"mayor", "mayors"})


def _after_place_noun(sdoc: Doc, span: NameSpan) -> bool:
    """ "the city of Vladivostok", "the capital, Varn", "the mayor of Varn": spaCy often
    calls such places people or organisations."""
    if span.start < 2:
        return False
    before, noun = sdoc[span.start - 1], sdoc[span.start - 2]
    if before.lower_ == "of":
        return noun.lower_ in SETTLEMENT_NOUNS or noun.lower_ in _PLACE_OFFICES
    # an apposition the parser often misses: "the" + a settlement noun + comma + the name
    return (
        before.text == ","
        and noun.lower_ in SETTLEMENT_NOUNS
        and span.start >= 3
        and sdoc[span.start - 3].lower_ == "the"
    )


def _relabel_surnames(sdoc: Doc, spans: list[NameSpan]) -> None:
    """A bare word that is the first or last word of a known person's full name is that person
    ("Aoki said" tagged ORG, "Dayez-Burgeon" tagged ORG), unless the page shows it a firm:
    a firm bearing its founder's name ("Tom Brask founded Brask", "Brask shares rose")."""
    edges = person_words(sdoc, spans)
    for span in spans:
        w = words(span.name(sdoc))
        if (
            span.label != "PERSON"
            and len(w) == 1
            and w[0] in edges
            and not span.name(sdoc).isupper()
            and not _firm_cue(sdoc, span)
        ):
            span.label = "PERSON"


# Nouns only a firm heads right after its name ("Brask shares", "Brask employees").
_FIRM_NOUNS = frozenset(
    "shares share stock stocks stake shareholders investors employees workers headquarters "
    "products stores subsidiary".split()
)


def _firm_cue(sdoc: Doc, span: NameSpan) -> bool:
    """The span is founded ("founded Brask") or heads a noun only a firm has ("Brask shares"
    as a noun, not "Brask shares the view")."""
    prev = sdoc[span.start - 1] if span.start else None
    nxt = sdoc[span.end] if span.end < len(sdoc) else None
    if prev is not None and prev.lower_ in ("founded", "co-founded", "cofounded"):
        return True
    return nxt is not None and nxt.lower_ in _FIRM_NOUNS and nxt.pos_ == "NOUN"


def _people_by_cues(sdoc: Doc, spans: list[NameSpan]) -> None:
    """A name that some span shows to be a person's (an age after it, kin it owns: "Varga,
    16,", "Varga's father", "Ana Ruiz and her husband") is a person wherever nothing puts it
    in a place: the small model tags a bare surname a place or an organisation as often as a
    person."""
    text = doc_text(sdoc)
    personal = {
        tuple(flat_words(span.name(sdoc)))
        for span in spans
        if _owned_as_person(sdoc, text, span, span.label == "PERSON")
    }
    for span in spans:
        key = tuple(flat_words(span.name(sdoc)))
        if key in personal and span.label != "PERSON" and not _in_place(sdoc, span):
            span.label = "PERSON"
    _media_by_cues(sdoc, spans)


def _media_by_cues(sdoc: Doc, spans: list[NameSpan]) -> None:
    """A one-word "person" every mention of which a page puts "on" or "via" ("She wondered on
    Chirper", "posted via Chirper"): a platform, an organisation, not someone who speaks."""
    media: dict[str, bool] = {}
    surnames = person_words(sdoc, spans)  # "pressure on Ruiz" beside "Ana Ruiz" is her
    for span in spans:
        if span.label != "PERSON" or span.end - span.start != 1:
            continue
        prev = sdoc[span.start - 1].lower_ if span.start else ""
        key = sdoc[span.start].lower_
        media[key] = media.get(key, True) and prev in ("on", "via")
    for span in spans:
        key = sdoc[span.start].lower_
        if span.label == "PERSON" and span.end - span.start == 1 and media[key]:
            span.label = "PERSON" if key in surnames else "ORG"


def _vote_labels(sdoc: Doc, spans: list[NameSpan]) -> None:
    votes: dict[tuple[str, ...], Counter[str]] = {}
    for span in spans:
        votes.setdefault(tuple(flat_words(span.name(sdoc))), Counter())[span.label] += 1
    for span in spans:
        counts = votes[tuple(flat_words(span.name(sdoc)))]
        best, n = counts.most_common(1)[0]
        if n > counts[span.label]:
            span.label = best


_OWNED_RELATION = re.compile(r"^['’]s\s+(?:" + "|".join(sorted(RELATIONS)) + r")\b")
# Kin only a person has: a firm has lawyers and partners too.
_OWNED_KIN = re.compile(
    r"^['’]s\s+(?:" + "|".join(sorted(RELATIONS - {"lawyer", "attorney", "partner"})) + r")\b"
)
_PLACE_BEFORE = frozenset("in at from near into across outside inside around".split())


def _owned_as_person(sdoc: Doc, text: str, span: NameSpan, tagged_person: bool) -> bool:
    """An age after the name ("Varga, 16,") or kin it owns ("Varga's father"); for a name
    tagged as a person, also counsel ("Varga's lawyer"). ``text`` is the Doc's text."""
    end = sdoc[span.end - 1].idx + len(sdoc[span.end - 1].text)
    after = text[end : end + 30]
    owned = _OWNED_RELATION if tagged_person else _OWNED_KIN
    if _AGE.match(after) or owned.match(after):
        return True
    kin = _HER_KIN.match(text[end : end + 80])
    return kin is not None and not re.search(r"\b[A-Z]", kin.group(1))


# "Ana Ruiz and her husband", "Ruiz, who flew with her musician husband": no other name
# between the name and the kin.
_HER_KIN = re.compile(
    r"^([^.;:\n]{0,50}?)\b(?:her|his)\s+(?:[\w-]+\s+)?(?:"
    + "|".join(sorted(RELATIONS - {"lawyer", "attorney", "partner", "parents"}))
    + r")\b"
)


def _in_place(sdoc: Doc, span: NameSpan) -> bool:
    """A preposition of place right before the name ("in Varga", "from Orsa")."""
    return span.start > 0 and sdoc[span.start - 1].lower_ in _PLACE_BEFORE


def add_missed_mentions(sdoc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """Surnames of known people and acronyms of known organisations that spaCy left untagged."""
    wanted: dict[str, str] = {}
    for span in spans:
        w = span.name(sdoc)
        if span.label == "PERSON" and len(w.split()) > 1:
            first, last = w.split()[0], w.split()[-1]
            wanted.setdefault(last, "PERSON")
            wanted.setdefault(first, "PERSON")
        elif span.label == "ORG" and w.isupper() and len(w) > 1:
            wanted.setdefault(w, "ORG")
    taken = {i for s in spans for i in range(s.start, s.end)}
    added = []
    at = {s.start: s for s in spans if s.end == s.start + 1}
    for span in spans:  # "National Civil Protection Agency (NCPA)", whatever spaCy made of it
        i = span.end
        if (
            span.label == "ORG"
            and i + 2 < len(sdoc)
            and sdoc[i].text == "("
            and sdoc[i + 2].text == ")"
            and is_acronym(sdoc[i + 1].text)
        ):
            wanted.setdefault(sdoc[i + 1].text, "ORG")
            if i + 1 not in taken:
                added.append(NameSpan(i + 1, i + 2, "ORG"))
                taken.add(i + 1)
            if spells(sdoc[i + 1].text, span.name(sdoc), loose=True):
                # "Transport for London (TfL)": TfL names the organisation wherever NER put it
                for other in at.values():
                    if other.name(sdoc) == sdoc[i + 1].text:
                        other.label = "ORG"
    for tok in (sdoc[i] for i in where(sdoc, ORTH, wanted.__contains__)):
        # the tagger often calls a sentence-initial surname a noun ("Lund further claimed")
        if (
            tok.i not in taken
            and tok.text in wanted
            and tok.pos_ in ("PROPN", "NOUN")
            and not (
                tok.ent_type_
                and tok.ent_type_ not in SPACY_LABELS
                and not _surname_read_as_time(tok, spans, sdoc)
            )
            and not (
                wanted[tok.text] == "PERSON" and _firm_cue(sdoc, NameSpan(tok.i, tok.i + 1, ""))
            )
        ):
            span = NameSpan(tok.i, tok.i + 1, wanted[tok.text])
            prev = sdoc[tok.i - 1] if tok.i else None
            if prev is not None and prev.lower_ in HONORIFICS:
                span.gender = HONORIFICS[prev.lower_]
            added.append(span)
    return _given_names(sdoc, sorted(spans + added, key=lambda s: s.start))


def _surname_read_as_time(tok: Token, spans: list[NameSpan], sdoc: Doc) -> bool:
    """A known person's surname NER tagged a date or time ("Morrow, a veteran outfielder,
    later described ...", after "Jake Morrow"): a name when it is the subject of a verb."""
    return (
        tok.ent_type_ in ("DATE", "TIME")
        and tok.dep_ in ("nsubj", "nsubjpass")
        and tok.is_title
        and any(
            s.label == "PERSON" and s.end > s.start + 1 and sdoc[s.end - 1].text == tok.text
            for s in spans
        )
    )


def _given_names(sdoc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """A person NER named by a bare surname ("Vask said") is the full name a page gives with
    an untagged given name before it ("Odel Vask, 16, was charged"): NER left that pair out,
    or took only its surname."""
    lone = {s.name(sdoc) for s in spans if s.label == "PERSON" and s.end == s.start + 1}
    if not lone:
        return spans
    at = {s.start: s for s in spans}
    taken = {i for s in spans for i in range(s.start, s.end)}
    added = []
    for tok in (sdoc[i] for i in where(sdoc, ORTH, lone.__contains__) if i > 0):
        prev = sdoc[tok.i - 1]
        if tok.text not in lone or not tok.is_title or not _given_name(prev) or prev.i in taken:
            continue
        if _line_start(sdoc, prev.i) and prev.lower_ in lemma_index(sdoc.vocab).get("noun", ()):
            continue  # "Video Vask ...": a caption's label, not a given name
        if _occupation(prev.lower_):
            continue  # "file photo, Singer Vask poses": an occupation set in capitals
        own = at.get(tok.i)
        if own is not None and own.end == tok.i + 1 and own.label == "PERSON":
            own.start = prev.i  # NER took the surname alone
        elif tok.i not in taken:
            added.append(NameSpan(prev.i, tok.i + 1, "PERSON"))
        taken.add(prev.i)
    return sorted(spans + added, key=lambda s: s.start)


def _occupation(low: str) -> bool:
    return low not in NAME_LIKE_NOUNS and (low in OCCUPATIONS_BEFORE_NAMES or low in ROLE_NOUNS)


@lru_cache(maxsize=2)
def lemma_index(vocab: Vocab) -> dict[str, frozenset[str]]:
    """The model's word lists by part of speech (its rule lemmatizer's index), which
    ``load_nlp`` puts on the vocabulary every Doc it parses shares; none for another pipeline."""
    if not vocab.lookups.has_table(WORD_LISTS):
        return {}
    table = vocab.lookups.get_table(WORD_LISTS)
    return {pos: frozenset(table.get(pos, ())) for pos in ("adj", "verb", "noun")}


def _line_start(sdoc: Doc, i: int) -> bool:
    return i == 0 or "\n" in sdoc[i - 1].whitespace_ + sdoc[i - 1].text


def _given_name(tok: Token) -> bool:
    """A capitalised proper noun that can open a person's name: no title, honorific or
    label, and on the same line as the name after it."""
    return (
        tok.pos_ == "PROPN"
        and tok.is_title
        and tok.tag_ == "NNP"
        and not tok.ent_type_
        and tok.lower_ not in HONORIFICS
        and tok.lower_ not in TITLES
        and tok.lower_ not in CREDIT_WORDS
        and "\n" not in tok.whitespace_
    )
