"""People, organisations, places and groups of one document, with in-document coreference.

spaCy's small English model finds the spans; this module repairs its common slips and links the
mentions that name the same thing. Rules, in order:

1. Clean spans: cut at a line break; drop leading determiners ("the", "The": names compare
   without them across outlets) and a trailing possessive, preposition or dash; move honorifics
   (Mr, Ms, Dr ...) and titles (President, General ...) out of the name; drop spans without a
   Latin letter or without a proper-noun token ("Smoke", "Experts" at a sentence start); drop a
   time zone after a clock time ("06:00 GMT") and a paragraph's first word set in capitals that
   the page also writes in lower case ("CREDIT monitoring company ..."); split two
   organisations joined by "and"; cut a place name run into an agency's name the page also
   names on its own ("... to Ukraine Yonhap News" beside "Yonhap said").
2. Split "RAND's Aoki" (one span holding a possessor and a head) into possessor and head when the
   head names a known person; the possessor becomes the person's affiliation. Other possessives
   inside a span stay ("King's College London", "St George's Hospital").
3. Repair: join adjacent PERSON spans ("Yoon Seok" + "Yeol"), extend a PERSON span over the
   capitalised proper nouns right after it ("Ramon Pacheco" + "Pardo"); an all-caps "person" is an
   ORG; a span with a person-role apposition ("X, a Korea expert at ...") or right after a title
   or honorific ("Prime Minister X") is a PERSON, and so is an "organisation" with an age ("X,
   46,") or a his/her in its clause ("X said her husband ..."); a name's possessive before an
   organisation noun is an ORG ("St Brendan's" + "Hospital"); "the city of X" is a place; a bare
   surname of a known person is that person whatever spaCy called it, and a bare word opening
   an organisation's name is that organisation ("Yonhap" beside "Yonhap News"); identical names
   take their majority label; uncaptured surnames of known people, acronyms of known
   organisations and a bracketed acronym right after an organisation are added as mentions
   ("Dr Doo said", "(NCPA)", "(TfL)", which then names the organisation wherever NER put it).
4. Link, per type (PERSON; ORG; GPE+LOC; NORP):
   - the same name up to case, dots, hyphens and a trailing possessive ("Kim Jong-un" = "Kim Jong
     Un", "U.S." = "US");
   - a name of two or more words that is the first or last words of a longer one ("Yoon Suk" ->
     "Yoon Suk Yeol");
   - a one-word name that is the first or last word of a longer name (surname or given name),
     when their honorific genders do not conflict. With several candidates (the rule for
     "Mr Kim"), the one with most mentions so far wins, ties going to the nearest preceding
     mention, but a surname that ends every candidate's name goes to the one named first (a
     relative is the one spelled out in full again and again); when none precedes, the first
     that follows. "Ms Kim Yo Jong" never merges with
     "Kim Jong Un": two multi-word names must agree word for word on the shorter one's words.
   - an organisation's name with the only longer one that starts with it ("Apple" -> "Apple
     Inc."; among several, the one that only adds a legal designator), or, from two words, ends
     with it ("Air Force" -> "United States Air Force");
   - an acronym with its long form: "National Intelligence Service (NIS)", and any bare "NIS";
     the acronym must spell the capitalised words' initials (a letter may be skipped only when
     the acronym has at least three letters and covers three quarters of the words; right after
     the name in brackets, the same letters in any order do: translations keep the acronym).
5. Canonical name: the longest form (most words; the long form over an acronym), ties to the most
   frequent, then the first; honorifics and titles are never part of it. Key: a slug of it,
   unique within the document.

Descriptors come from appositions ("Nah Liang Tuang, a researcher at ..."), premodifiers
("Kremlin spokesman Dmitry Peskov"), titles moved out of spans ("President") and possessor
affiliations ("RAND's Aoki" -> "of RAND").

Layout: the spans and name comparisons are in ``entity_spans``, step 3 (and the span repairs of
step 1) in ``entity_repair``, step 4 in ``entity_links``; this module runs the steps.
"""

from __future__ import annotations

from collections import Counter
from typing import cast

from spacy.attrs import ORTH
from spacy.tokens import Doc, Token

from storyline.analyze.entity_joins import drop_units, split_joined
from storyline.analyze.entity_links import link
from storyline.analyze.entity_plurals import people_by_speaking_surname, speaking_plurals
from storyline.analyze.entity_repair import (
    add_missed_mentions,
    repair,
    shouted_word,
    split_coordinated,
    time_zone,
    trim_place_prefix,
)
from storyline.analyze.entity_repair import (
    lemma_index as _lemma_index,
)
from storyline.analyze.entity_spans import (
    EDGE_JUNK,
    LATIN,
    POSSESSIVE,
    SPACY_LABELS,
    TITLES,
    NameSpan,
    flat_words,
    is_role,
    person_words,
    portfolio_word,
    words,
)
from storyline.analyze.name_edges import name_determiner
from storyline.analyze.nlp import doc_ents, where
from storyline.lexicon.nouns import (
    CREDIT_WORDS,
    NAME_LIKE_NOUNS,
    NAME_SUFFIX_WORDS,
    OCCUPATIONS_BEFORE_NAMES,
    ORG_HEADS,
    ORG_KIND_WORDS,
    ORGANISATIONS,
    PEOPLE,
    ROLE_NOUNS,
    ROLE_SUFFIXES,
)
from storyline.lexicon.titles import AFTER_FIRST
from storyline.model import Entity, EntityLabel, Mention
from storyline.names import is_acronym as acronym_like
from storyline.names import spells
from storyline.textutil import HONORIFICS, slug

__all__ = ["SPACY_LABELS", "acronym_like", "find_entities", "flat_words", "slug", "words"]

# ------------------------------------------------------------------ public


def find_entities(sdoc: Doc) -> list[Entity]:
    """The document's entities, ordered by first mention."""
    spans = _clean_spans(sdoc)
    spans = repair(sdoc, spans)
    people_by_speaking_surname(sdoc, spans)
    spans = speaking_plurals(sdoc, add_missed_mentions(sdoc, spans))
    for span in spans:
        span.descriptors += _descriptors(sdoc, span, spans)
    clusters = link(sdoc, spans)
    return _alone_words(_build(sdoc, clusters))


# ------------------------------------------------------------------ 1. clean


def _clean_spans(sdoc: Doc) -> list[NameSpan]:
    spans: list[NameSpan] = []
    capitalised = {
        t.lower_
        for t in (sdoc[i] for i in where(sdoc, ORTH, lambda text: text[:1].isupper()))
        if t.text[:1].isupper()
        and not t.is_sent_start
        and t.i > 0
        and "\n" not in sdoc[t.i - 1].whitespace_
    }
    things = [e.text for e in doc_ents(sdoc) if e.label_ in THING_LABELS]
    for ent in doc_ents(sdoc):
        label = SPACY_LABELS.get(ent.label_)
        if ent.label_ in THING_LABELS and _occupation_opening(sdoc, ent.start):
            if _personal_rest(sdoc, ent.start + 1, ent.end):
                label = "ORG"  # "Model Ana Ruiz" tagged a product: _trim makes it a person
        if label is None:
            continue
        span = _trim(sdoc, ent.start, ent.end, label, capitalised)
        if (
            span is not None
            and _plausible(sdoc, span, capitalised)
            and not time_zone(sdoc, span)
            and not shouted_word(sdoc, span)
            and not _abbreviates_thing(span.name(sdoc), things)
            and not portfolio_word(sdoc, span)
        ):
            spans.extend(
                p for part in split_coordinated(sdoc, span) for p in split_joined(sdoc, part)
            )
    trim_place_prefix(sdoc, spans)
    spans = drop_units(sdoc, spans)
    people = person_words(sdoc, spans)
    known = {" ".join(words(s.name(sdoc))): s.label for s in spans}
    return [part for span in spans for part in _split_possessor(sdoc, span, people, known)]


# Named things that are no actor: a law, an event, a product, a work.
THING_LABELS = frozenset({"LAW", "EVENT", "PRODUCT", "WORK_OF_ART"})


def _abbreviates_thing(name: str, things: list[str]) -> bool:
    """ "FCRA" beside "the Fair Credit Reporting Act": NER reads a bare acronym as an
    organisation, but the page spells it out as a law (or an event, a product)."""
    return acronym_like(name) and any(spells(name, thing) for thing in things)


def _bounds(sdoc: Doc, start: int, end: int) -> tuple[int, int]:
    """The span cut where a name cannot go on: a line break, a spaced dash, an open bracket."""
    for i in range(start, end):  # spans never cross a line break
        if "\n" in sdoc[i].text or "\n" in sdoc[i].whitespace_ and i + 1 < end:
            end = i + 1 if "\n" not in sdoc[i].text else i
            break
    for i in range(start + 1, end - 1):  # a spaced dash parts two things: "LONDON - Ana Ruiz"
        if sdoc[i].text in ("-", "–", "—") and sdoc[i].whitespace_ and sdoc[i - 1].whitespace_:
            before = sdoc[start:i].text
            start, end = (i + 1, end) if before.isupper() else (start, i)
            break
    for i in range(start, end):  # "the Agency (ACR" without its ")": the name ends before "("
        if sdoc[i].text == "(" and not any(t.text == ")" for t in sdoc[i:end]):
            end = i
            break
    return start, end


def _outer_preposition(tok: Token, span: NameSpan) -> bool:
    """A sentence's opening preposition NER took into the name ("Inside Veltrix, sales
    managers ..."): the parse hangs it on a word outside the name, as it does not "of" in
    "Bank of America"."""
    return tok.dep_ == "prep" and tok.i == span.start and not span.start <= tok.head.i < span.end


def _trim(sdoc: Doc, start: int, end: int, label: str, capitalised: set[str]) -> NameSpan | None:
    start, end = _bounds(sdoc, start, end)
    end = _before_verb(sdoc, start, end)
    span = NameSpan(start, end, label)
    while span.start < span.end:
        tok = sdoc[span.start]
        low = tok.lower_
        if name_determiner(sdoc, span.start, span.end, label, capitalised):
            break  # "All Harbour Ferries": the determiner opens the firm's name
        if tok.tag_ == "DT" or low in EDGE_JUNK or _outer_preposition(tok, span):
            span.start += 1
        elif label == "PERSON" and span.end - span.start > 1 and _mood_word(sdoc, span.start):
            span.descriptors.append(tok.text)  # "Devastated Hayley added": a caption's
            span.start += 1  # adjective, not part of the name
        elif label == "PERSON" and low in HONORIFICS and span.end - span.start > 1:
            span.gender = span.gender or HONORIFICS[low]
            if span.descriptors:  # "First Lady": the honorific ends a title
                span.descriptors.append(tok.text)
            span.start += 1
        elif (
            (
                low in TITLES
                or (
                    low == "first"
                    and span.end - span.start > 2
                    and sdoc[span.start + 1].lower_ in AFTER_FIRST
                )
                or (label in ("PERSON", "ORG") and _occupation_opening(sdoc, span.start))
            )
            and tok.text[:1].isupper()
            and (
                (label == "PERSON" and span.end - span.start > 1)
                or (label == "ORG" and _personal_rest(sdoc, span.start + 1, span.end))
            )
        ):
            label = span.label = "PERSON"  # "Spokeswoman Sandy Angers" tagged ORG
            span.descriptors.append(tok.text)
            span.start += 1
        else:
            break
    while span.end > span.start and (
        sdoc[span.end - 1].text in POSSESSIVE or sdoc[span.end - 1].lower_ in EDGE_JUNK
    ):
        span.end -= 1
    if label == "PERSON" and _credit_label(sdoc, span):
        span.end -= 1  # "Ana Ruiz Photographer: ..." of a caption: the label is no name
    if label == "PERSON" and _name_tail(sdoc, span.end):
        span.end += 2  # "Moon Jae-in": the tokenizer cut the given name at its hyphen
    if span.descriptors:  # "Prime Minister" was moved out word by word
        span.descriptors = [" ".join(span.descriptors)]
    return span if span.end > span.start else None


def _before_verb(sdoc: Doc, start: int, end: int) -> int:
    """Where a name ends that NER ran on into a verb and its object ("John Halvorsen told
    Nordwire" one PERSON): at the first lower-case verb after its first word. A tweet or a
    headline in title case capitalises the verb ("Tarn Airways Needs Sensitivity Training"):
    a present-tense verb of the third person ends the name there too."""
    for i in range(start + 1, end):
        tok = sdoc[i]
        if tok.text[:1].islower() and tok.pos_ in ("VERB", "AUX"):
            return i
        if tok.tag_ == "VBZ" and tok.pos_ in ("VERB", "AUX") and tok.is_title:
            return i
    return end


def _mood_word(sdoc: Doc, i: int) -> bool:
    """An adjective or participle that captions set before a name at a line's or sentence's
    start ("Devastated Hayley added", "Tearful Ana Ruiz"): an English adjective in -ful,
    -less, -ous, or a participle of an English verb, by the model's own word lists (so
    "Mohammed" is no "-ed" participle)."""
    tok = sdoc[i]
    if not (i == 0 or tok.is_sent_start or "\n" in sdoc[i - 1].whitespace_ + sdoc[i - 1].text):
        return False
    low = tok.lower_
    if len(low) <= 5:
        return False
    index = _lemma_index(sdoc.vocab)
    if low.endswith(("ful", "less", "ous")):
        return low in index.get("adj", ())
    stems = {"ed": (low[:-1], low[:-2]), "ing": (low[:-3], low[:-3] + "e")}
    for suffix, forms in stems.items():
        if low.endswith(suffix):
            return any(f in index.get("verb", ()) for f in forms)
    return False


def _credit_label(sdoc: Doc, span: NameSpan) -> bool:
    """The name's last word labels a caption's credit and a colon follows ("Ana Ruiz
    Photographer: Tom Hale/Agency"): the caption ran the name into its label."""
    last = sdoc[span.end - 1]
    return (
        span.end - span.start > 1
        and last.lower_ in CREDIT_WORDS
        and span.end < len(sdoc)
        and sdoc[span.end].text == ":"
    )


def _name_tail(sdoc: Doc, i: int) -> bool:
    """A hyphen and a short syllable in lower case written onto the name's last word ("Jae"
    + "-in", "Geun" + "-hye"): the rest of a romanised given name, not an English suffix
    ("Obama-era", "Hale-led")."""
    if i < 1 or i + 1 >= len(sdoc) or sdoc[i - 1].whitespace_ or sdoc[i].whitespace_:
        return False
    tail = sdoc[i + 1]
    return (
        sdoc[i].text in ("-", "‐")
        and tail.text.isalpha()
        and tail.text.islower()
        and len(tail.text) <= 3
        and tail.lower_ not in NAME_SUFFIX_WORDS
    )


def _occupation_opening(sdoc: Doc, i: int) -> bool:
    """A sentence, or a caption's clause, opening with someone's occupation before their name
    ("Lawyer Ana Ruiz, from Leeds, said", "Eyewitness Tom Hale told", "file photo, Singer Ana
    Ruiz poses"): the capital is the sentence's, not a name's."""
    tok = sdoc[i]
    opens = tok.is_sent_start or i == 0 or "\n" in sdoc[i - 1].whitespace_
    if not (opens or sdoc[i - 1].text in (",", ":", "—", "–")):
        return False
    low = tok.lower_
    return low not in NAME_LIKE_NOUNS and (
        low in ROLE_NOUNS
        or low in PEOPLE
        or low in OCCUPATIONS_BEFORE_NAMES
        or (low.endswith(ROLE_SUFFIXES) and len(low) > 5)
    )


def _personal_rest(sdoc: Doc, start: int, end: int) -> bool:
    """What follows a title in an "organisation" reads as a person's name: two or three
    capitalised words, none an organisation noun ("Spokeswoman Sandy Angers"; not
    "Student Loan Company")."""
    rest = sdoc[start:end]
    return (
        2 <= len(rest) <= 3
        and all(t.is_title for t in rest)
        and not any(t.lower_ in ORG_HEADS or t.lower_ in ORGANISATIONS for t in rest)
    )


def _split_possessor(
    sdoc: Doc, span: NameSpan, people: set[str], known: dict[str, str]
) -> list[NameSpan]:
    """ "RAND's Aoki" -> [RAND, Aoki] when "Aoki" names a known person; "Apple Computer's Mac OS"
    -> [Apple Computer, Mac OS] when "Apple Computer" is named on its own elsewhere."""
    if span.end - span.start >= 3 and sdoc[span.end - 1].lower_ in ORG_HEADS:
        return [span]  # "St George's Hospital" is one organisation
    for i in range(span.start + 1, span.end - 1):
        if sdoc[i].text not in POSSESSIVE:
            continue
        front_words = " ".join(words(sdoc[span.start : i].text))
        guess = "ORG" if sdoc[span.start : i].text.isupper() else "GPE"
        if " ".join(words(sdoc[i + 1 : span.end].text)) in people:
            head = NameSpan(i + 1, span.end, "PERSON", span.gender, span.descriptors)
            head.descriptors = [*head.descriptors, "of " + sdoc[span.start : i].text]
            return [NameSpan(span.start, i, known.get(front_words, guess)), head]
        if front_words in known:
            return [
                NameSpan(span.start, i, known[front_words]),
                NameSpan(i + 1, span.end, span.label),
            ]
    return [span]


def _plausible(sdoc: Doc, span: NameSpan, capitalised: set[str]) -> bool:
    """Drop "Smoke", "Experts" opening a sentence (no proper noun inside); keep "the Yoon
    administration" (tagged ADJ) and a headline's "Apple releases ..." (tagged NN) when the word
    is capitalised mid-sentence elsewhere in the document."""
    toks = sdoc[span.start : span.end]
    if not LATIN.search(toks.text) or any(c in toks.text for c in ":@#|/\\"):
        return False
    if any(t.lower_ in ("v.", "vs.", "vs", "versus") for t in toks[1:-1]):
        return False  # "Auckland v. Oakland": a case or a match, no one's name
    if span.label in ("PERSON", "ORG", "GPE", "LOC"):
        return (
            any(t.tag_ in ("NNP", "NNPS") or t.text.isupper() for t in toks)
            or (toks[0].is_title and not toks[0].is_sent_start and toks[0].pos_ != "NOUN")
            or all(t.lower_ in capitalised for t in toks)
        )
    return True


# ------------------------------------------------------------------ descriptors


def _descriptors(sdoc: Doc, span: NameSpan, spans: list[NameSpan]) -> list[str]:
    found: list[str] = []
    if span.start > 0 and sdoc[span.start - 1].lower_ in HONORIFICS:
        span.gender = span.gender or HONORIFICS[sdoc[span.start - 1].lower_]
    if span.label == "PERSON":
        found += _premodifier(sdoc, span)
        found += _possessor(sdoc, span, spans)
    if span.label in ("PERSON", "ORG"):
        found += _apposition(sdoc, span)
    if span.label == "PERSON":
        found += _affiliation(sdoc, span)
    return found


def _describes_body(person: Token, appos: Token) -> bool:
    """ "Greta Moll of Clean Velmora, a campaign group": the parser hangs the apposition on the
    person, but a kind of body describes the body named just before the comma."""
    return appos.lemma_.lower() in ORG_KIND_WORDS and any(
        c.dep_ == "prep" and c.lower_ in ("of", "at", "from", "with") and c.i < appos.i
        for c in person.children
    )


def _body_apposition(head: Token, span: NameSpan) -> list[Token]:
    """The apposition ``_describes_body`` takes from the person, for the body it describes."""
    prep = head.head
    if head.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.i == prep.i:
        return []
    person = prep.head
    return [
        c
        for c in person.children
        if c.dep_ == "appos" and c.i > span.end - 1 and _describes_body(person, c)
    ]


def _premodifier(sdoc: Doc, span: NameSpan) -> list[str]:
    """ "Kremlin spokesman Dmitry Peskov" -> "Kremlin spokesman"."""
    i = span.start - 1
    if i < 0 or sdoc[i].lower_ in HONORIFICS:
        i -= 1  # "President Mr X" is rare; honorific then title is handled the same way
    if i < 0:
        return []
    role = sdoc[i]
    names = range(span.start, span.end)
    if (
        role.tag_ not in ("NN", "NNP")
        or role.ent_type_
        or role.head.i not in names
        or role.dep_ not in ("compound", "nmod", "amod", "appos")
        or "\n" in role.whitespace_
    ):
        return []
    if role.tag_ == "NNP" and role.lower_ not in TITLES and not is_role(role):
        return []
    start = i
    while start > 0:
        tok = sdoc[start - 1]
        if (
            tok.tag_ not in ("NN", "NNS", "NNP", "NNPS", "JJ", "HYPH", "VBN")
            or "\n" in tok.whitespace_
            or tok.is_sent_end
            or tok.lower_ in HONORIFICS
            or (
                tok.tag_ == "HYPH" and (tok.whitespace_ or start < 2 or sdoc[start - 2].whitespace_)
            )
        ):
            break  # a spaced dash ends a dateline ("VARNBY - Foreign Minister X"), no compound
        start -= 1
    text = sdoc[start : i + 1].text
    return [text] if text else []


def _possessor(sdoc: Doc, span: NameSpan, spans: list[NameSpan]) -> list[str]:
    """ "RAND's Aoki" written as two spans -> "of RAND"."""
    if span.start < 2 or sdoc[span.start - 1].text not in POSSESSIVE:
        return []
    for other in spans:
        if other.end == span.start - 1 and other.label in ("ORG", "GPE"):
            return ["of " + other.name(sdoc)]
    return []


def _apposition(sdoc: Doc, span: NameSpan) -> list[str]:
    """ "Nah Liang Tuang, a researcher at ..." -> "researcher at ..."."""
    head = sdoc[span.start : span.end].root
    found = []
    for child in [*head.children, *_body_apposition(head, span)]:
        if (
            child.dep_ != "appos"
            or child.i < span.end
            or not (is_role(child) or child.pos_ == "NOUN")
        ):
            continue
        if span.label == "PERSON" and _describes_body(head, child):
            continue
        if child.pos_ == "PROPN" or child.ent_type_ in ("PERSON", "GPE"):
            continue
        clauses = {t.i for c in child.subtree if c.dep_ == "relcl" for t in c.subtree}
        toks = [t for t in child.subtree if t.i not in clauses]  # no "who has moved ..."
        while toks and (toks[0].dep_ in ("det", "punct") or toks[0].text == ","):
            toks = toks[1:]
        cut = next(
            (
                k
                for k, t in enumerate(toks)
                if t.text in {";", "(", "“", "”", '"'}
                or "\n" in t.whitespace_
                and k + 1 < len(toks)
            ),
            None,
        )
        toks = toks[:cut] if cut is not None else toks
        while toks and toks[-1].is_punct:
            toks = toks[:-1]
        if toks and len(toks) <= 25:
            found.append(sdoc[toks[0].i : toks[-1].i + 1].text)
    return found


def _affiliation(sdoc: Doc, span: NameSpan) -> list[str]:
    """ "Marie Dumoulin of the European Council ..." / "Isabelle Facon, of the Foundation ..."."""
    head = sdoc[span.start : span.end].root
    for child in head.children:
        if (
            child.dep_ == "prep"
            and child.lower_ in ("of", "at", "from")
            and child.i >= span.end
            and child.i <= span.end + 1
        ):
            toks = list(child.subtree)
            cut = next(
                (k for k, t in enumerate(toks) if t.text in {",", "(", ";", "“", '"'}), len(toks)
            )
            toks = toks[:cut]
            objects = [
                t
                for t in toks
                if t.dep_ == "pobj" and (t.ent_type_ in ("ORG", "GPE") or t.pos_ == "PROPN")
            ]
            if objects and len(toks) <= 12:
                return [sdoc[toks[0].i : toks[-1].i + 1].text]
    return []


# ------------------------------------------------------------------ 5. build


def _build(sdoc: Doc, clusters: list[list[NameSpan]]) -> list[Entity]:
    entities: list[Entity] = []
    used: set[str] = set()
    for cluster in clusters:
        label = Counter(s.label for s in cluster).most_common(1)[0][0]
        forms = [s.name(sdoc) for s in cluster]
        name = _canonical(forms)
        key = _unique(slug(name), label, used)
        aliases = list(dict.fromkeys(f for f in forms if f != name and words(f) != words(name)))
        descriptors = list(dict.fromkeys(d for s in cluster for d in s.descriptors))
        mentions = [
            Mention(
                text=sdoc[s.start : s.end].text,
                start=sdoc[s.start].idx,
                end=sdoc[s.end - 1].idx + len(sdoc[s.end - 1].text),
            )
            for s in cluster
        ]
        entities.append(
            Entity(
                key=key,
                name=name,
                label=cast(EntityLabel, label),
                aliases=aliases,
                descriptors=_dedupe(descriptors),
                mentions=mentions,
                gender=_one_gender(cluster),
                alone=label == "PERSON" and any(s.alone for s in cluster),
            )
        )
    return entities


def _alone_words(entities: list[Entity]) -> list[Entity]:
    """A bare name the page introduced alone is alone under any tag NER gave its other uses
    ("another pupil, Grace" an ORG, "Grace said" a PERSON): one person, whatever the tag."""
    alone = {e.name for e in entities if e.alone}
    return [
        e.model_copy(update={"alone": True, "label": "PERSON"})
        if e.name in alone and not e.alone
        else e
        for e in entities
    ]


def _one_gender(cluster: list[NameSpan]) -> str:
    """The sex the page gives a person ("Mrs Vale"), when its mentions agree on one."""
    found = {s.gender for s in cluster if s.gender}
    return found.pop() if len(found) == 1 else ""


def _canonical(forms: list[str]) -> str:
    counts = Counter(forms)
    first = {f: i for i, f in reversed(list(enumerate(forms)))}

    def rank(f: str) -> tuple:
        acronym = f.replace(".", "").isupper() and len(f.split()) == 1
        return (not acronym, len(flat_words(f)), counts[f], -first[f])

    return max(counts, key=rank)


def _unique(key: str, label: str, used: set[str]) -> str:
    candidate = key
    if candidate in used:
        candidate = f"{key}-{label.lower()}"
    n = 2
    while candidate in used:
        candidate = f"{key}-{n}"
        n += 1
    used.add(candidate)
    return candidate


def _dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    out = []
    for item in items:
        norm = item.lower().replace("’", "'")
        if norm not in seen:
            seen.add(norm)
            out.append(item)
    return out
