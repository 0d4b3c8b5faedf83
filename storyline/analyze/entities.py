"""People, organisations, places and groups of one document, with in-document coreference.

spaCy's small English model finds the spans; this module repairs its common slips and links the
mentions that name the same thing. Rules, in order:

1. Clean spans: cut at a line break; drop leading determiners ("the", "The": names compare
   without them across outlets) and a trailing possessive, preposition or dash; move honorifics
   (Mr, Ms, Dr ...) and titles (President, General ...) out of the name; drop spans without a
   Latin letter or without a proper-noun token ("Smoke", "Experts" at a sentence start).
2. Split "RAND's Aoki" (one span holding a possessor and a head) into possessor and head when the
   head names a known person; the possessor becomes the person's affiliation. Other possessives
   inside a span stay ("King's College London").
3. Repair: join adjacent PERSON spans ("Yoon Seok" + "Yeol"), extend a PERSON span over the
   capitalised proper nouns right after it ("Ramon Pacheco" + "Pardo"); an all-caps "person" is an
   ORG; a span with a person-role apposition ("X, a Korea expert at ...") or right after a title
   or honorific ("Prime Minister X") is a PERSON; "the city of X" is a place; a bare surname of a
   known person is that person whatever spaCy called it; identical names take their majority
   label; uncaptured surnames of known people, acronyms of known organisations and a bracketed
   acronym right after an organisation are added as mentions ("Dr Doo said", "(NCPA)").
4. Link, per type (PERSON; ORG; GPE+LOC; NORP):
   - the same name up to case, dots, hyphens and a trailing possessive ("Kim Jong-un" = "Kim Jong
     Un", "U.S." = "US");
   - a name of two or more words that is the first or last words of a longer one ("Yoon Suk" ->
     "Yoon Suk Yeol");
   - a one-word name that is the first or last word of a longer name (surname or given name),
     when their honorific genders do not conflict. With several candidates (the rule for
     "Mr Kim"), the one with most mentions so far wins, ties going to the nearest preceding
     mention; when none precedes, the first that follows. "Ms Kim Yo Jong" never merges with
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
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from storyline.analyze.nouns import ORG_HEADS, ROLE_NOUNS, ROLE_SUFFIXES
from storyline.model import Entity, EntityLabel, Mention
from storyline.textutil import HONORIFICS, slug

SPACY_LABELS: dict[str, EntityLabel] = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "GPE",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "NORP",
}
# Labels that may name the same thing.
FAMILY = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "NORP": "NORP"}

# Titles that may open a PERSON span; they become descriptors, never part of the name.
TITLES = {
    "president",
    "vice",
    "prime",
    "minister",
    "chancellor",
    "king",
    "queen",
    "prince",
    "princess",
    "senator",
    "sen.",
    "rep.",
    "representative",
    "governor",
    "gov.",
    "mayor",
    "general",
    "gen.",
    "lt.",
    "lieutenant",
    "colonel",
    "col.",
    "captain",
    "capt.",
    "admiral",
    "sgt.",
    "sergeant",
    "major",
    "secretary",
    "ambassador",
    "judge",
    "justice",
    "pope",
    "chairman",
    "chairwoman",
    "lawmaker",
    "professor",
    "premier",
    "commander",
    "marshal",
    "sheikh",
    "emir",
    "crown",
    "deputy",
    "foreign",
    "defence",
    "defense",
    "spokesman",
    "spokeswoman",
    "leader",
    "envoy",
    "chief",
    "director",
    "senior",
    "former",
    "acting",
}
DESIGNATORS = {
    "inc",
    "corp",
    "corporation",
    "co",
    "company",
    "ltd",
    "limited",
    "plc",
    "llc",
    "nv",
    "sa",
    "ag",
    "gmbh",
    "group",
    "holdings",
    "spa",
    "bv",
    "ab",
    "asa",
    "oyj",
}
POSSESSIVE = {"'s", "’s", "'", "’"}
EDGE_JUNK = {
    "of",
    "and",
    "for",
    "in",
    "at",
    "on",
    "to",
    "the",
    "-",
    "–",
    "—",
    ",",
    ".",
    ":",
    ";",
    "&",
    "(",
    ")",
    '"',
    "“",
    "”",
    "'",
    "’",
}
LATIN = re.compile(r"[A-Za-zÀ-ɏ]")


@dataclass
class _Span:
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    label: str
    gender: str = ""
    descriptors: list[str] = field(default_factory=list)
    entity: int = -1  # cluster index once linked

    def name(self, sdoc: Doc) -> str:
        return sdoc[self.start : self.end].text


# ------------------------------------------------------------------ public


def find_entities(sdoc: Doc) -> list[Entity]:
    """The document's entities, ordered by first mention."""
    spans = _clean_spans(sdoc)
    spans = _repair(sdoc, spans)
    spans = _add_missed_mentions(sdoc, spans)
    for span in spans:
        span.descriptors += _descriptors(sdoc, span, spans)
    clusters = _link(sdoc, spans)
    return _build(sdoc, clusters)


def acronym_like(text: str) -> bool:
    """ "NIS", "NCPA", and mixed-case forms that keep a small word's letter ("TfL")."""
    return (
        2 <= len(text) <= 6
        and text.isalpha()
        and text[0].isupper()
        and sum(c.isupper() for c in text) >= max(2, len(text) - 1)
    )


def words(name: str) -> list[str]:
    """Comparable words of a name: case, dots and apostrophes ignored, hyphens kept."""
    name = name.replace("’", "'").replace(".", "")
    return [w.lower() for w in name.split() if w]


def flat_words(name: str) -> list[str]:
    """As `words`, with hyphenated parts split: "Kim Jong-un" == "Kim Jong Un"."""
    return [p for w in words(name) for p in w.split("-") if p]


# ------------------------------------------------------------------ 1. clean


def _clean_spans(sdoc: Doc) -> list[_Span]:
    spans: list[_Span] = []
    capitalised = {
        t.lower_
        for t in sdoc
        if t.text[:1].isupper()
        and not t.is_sent_start
        and t.i > 0
        and "\n" not in sdoc[t.i - 1].whitespace_
    }
    for ent in sdoc.ents:
        label = SPACY_LABELS.get(ent.label_)
        if label is None:
            continue
        span = _trim(sdoc, ent.start, ent.end, label)
        if (
            span is not None
            and _plausible(sdoc, span, capitalised)
            and not _time_zone(sdoc, span)
            and not _shouted_word(sdoc, span)
        ):
            spans.extend(_split_coordinated(sdoc, span))
    _trim_place_prefix(sdoc, spans)
    people = _person_words(sdoc, spans)
    known = {" ".join(words(s.name(sdoc))): s.label for s in spans}
    return [part for span in spans for part in _split_possessor(sdoc, span, people, known)]


def _trim(sdoc: Doc, start: int, end: int, label: str) -> _Span | None:
    for i in range(start, end):  # spans never cross a line break
        if "\n" in sdoc[i].text or "\n" in sdoc[i].whitespace_ and i + 1 < end:
            end = i + 1 if "\n" not in sdoc[i].text else i
            break
    span = _Span(start, end, label)
    while span.start < span.end:
        tok = sdoc[span.start]
        low = tok.lower_
        if tok.tag_ == "DT" or low in EDGE_JUNK:
            span.start += 1
        elif label == "PERSON" and low in HONORIFICS and span.end - span.start > 1:
            span.gender = span.gender or HONORIFICS[low]
            span.start += 1
        elif (
            low in TITLES
            and tok.text[:1].isupper()
            and (
                (label == "PERSON" and span.end - span.start > 1)
                or (
                    label == "ORG"
                    and span.end - span.start > 2
                    and all(t.is_title for t in sdoc[span.start + 1 : span.end])
                )
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
    if span.descriptors:  # "Prime Minister" was moved out word by word
        span.descriptors = [" ".join(span.descriptors)]
    return span if span.end > span.start else None


def _person_words(sdoc: Doc, spans: list[_Span]) -> set[str]:
    """First and last words of the multi-word PERSON names, and those names themselves."""
    found: set[str] = set()
    for span in spans:
        w = words(span.name(sdoc))
        if span.label == "PERSON" and len(w) > 1:
            found.update((w[0], w[-1], " ".join(w)))
    return found


def _split_possessor(
    sdoc: Doc, span: _Span, people: set[str], known: dict[str, str]
) -> list[_Span]:
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
            head = _Span(i + 1, span.end, "PERSON", span.gender, span.descriptors)
            head.descriptors = [*head.descriptors, "of " + sdoc[span.start : i].text]
            return [_Span(span.start, i, known.get(front_words, guess)), head]
        if front_words in known:
            return [_Span(span.start, i, known[front_words]), _Span(i + 1, span.end, span.label)]
    return [span]


_CLOCK = re.compile(r"^\d{1,2}(?:[:.]\d{2}(?:am|pm)?|am|pm)$", re.IGNORECASE)


def _time_zone(sdoc: Doc, span: _Span) -> bool:
    """ "06:00 GMT": a word in capitals right after a clock time names a time zone."""
    if span.end - span.start != 1 or span.start == 0 or not sdoc[span.start].text.isupper():
        return False
    prev = sdoc[span.start - 1]
    return bool(_CLOCK.match(prev.text)) or prev.lower_ in ("am", "pm", "a.m.", "p.m.")


def _shouted_word(sdoc: Doc, span: _Span) -> bool:
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


def _split_coordinated(sdoc: Doc, span: _Span) -> list[_Span]:
    """ "the Financial Conduct Authority and Information Commissioner's Office": two
    organisations, each ending in an organisation noun, in one span."""
    if span.label != "ORG":
        return [span]
    for i in range(span.start + 2, span.end - 2):
        if sdoc[i].lower_ in ("and", "&") and _org_head(sdoc[i - 1]):
            right = [t for t in sdoc[i + 1 : span.end] if t.text not in POSSESSIVE]
            if len(right) >= 2 and _org_head(right[-1]):
                return [_Span(span.start, i, "ORG"), _Span(i + 1, span.end, "ORG")]
    return [span]


def _trim_place_prefix(sdoc: Doc, spans: list[_Span]) -> None:
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


def _plausible(sdoc: Doc, span: _Span, capitalised: set[str]) -> bool:
    """Drop "Smoke", "Experts" opening a sentence (no proper noun inside); keep "the Yoon
    administration" (tagged ADJ) and a headline's "Apple releases ..." (tagged NN) when the word
    is capitalised mid-sentence elsewhere in the document."""
    toks = sdoc[span.start : span.end]
    if not LATIN.search(toks.text) or any(c in toks.text for c in ":@#|/\\"):
        return False
    if span.label in ("PERSON", "ORG", "GPE", "LOC"):
        return (
            any(t.tag_ in ("NNP", "NNPS") or t.text.isupper() for t in toks)
            or (toks[0].is_title and not toks[0].is_sent_start and toks[0].pos_ != "NOUN")
            or all(t.lower_ in capitalised for t in toks)
        )
    return True


# ------------------------------------------------------------------ 3. repair


def _repair(sdoc: Doc, spans: list[_Span]) -> list[_Span]:
    spans = _join_adjacent_people(sdoc, spans)
    _extend_to_org_head(sdoc, spans)
    taken = {i for s in spans for i in range(s.start, s.end)}
    shouting = _shouting(sdoc)
    for span in spans:
        if span.label == "PERSON":
            _extend_person(sdoc, span, taken)
        if span.label == "PERSON" and _all_caps(sdoc, span) and not shouting:
            span.label = "ORG"
        elif span.label in ("ORG", "GPE", "LOC") and (
            _has_role_apposition(sdoc, span) or _after_title(sdoc, span)
        ):
            span.label = "PERSON"
        elif span.label in ("ORG", "GPE") and _person_cue(sdoc, span):
            span.label = "PERSON"
        elif span.label in ("PERSON", "ORG") and _after_place_noun(sdoc, span):
            span.label = "GPE"
        elif (
            span.label in ("GPE", "LOC")
            and span.end - span.start == 1
            and sdoc[span.start].tag_ == "JJ"
        ):
            span.label = "NORP"  # "Ukrainian" is a people, not a place
    _relabel_surnames(sdoc, spans)
    _relabel_org_words(sdoc, spans)
    _vote_labels(sdoc, spans)
    return spans


def _relabel_org_words(sdoc: Doc, spans: list[_Span]) -> None:
    """A bare word that opens an organisation's name of the page ("Yonhap said" beside
    "Yonhap News") is that organisation, not a person, unless a person's name holds it."""
    org_first = {words(s.name(sdoc))[0] for s in spans if s.label == "ORG" and s.end - s.start > 1}
    people = _person_words(sdoc, spans)
    for span in spans:
        w = words(span.name(sdoc))
        if span.label == "PERSON" and len(w) == 1 and w[0] in org_first and w[0] not in people:
            span.label = "ORG"


_AGE = re.compile(r"^,\s*\d{1,3}\s*[,)]")
_PERSONAL = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f", "hers": "f"}


def _person_cue(sdoc: Doc, span: _Span) -> bool:
    """A name NER took for an organisation or place that the text shows to be a person's: an
    age after it ("Tove Brask, 46,"), or, as the subject of its clause, a he/she/his/her that
    follows it before any other name ("Tove Brask said her husband ...")."""
    toks = sdoc[span.start : span.end]
    if len(toks) < 2 or not all(t.is_title for t in toks) or sdoc[span.end - 1].lower_ in ORG_HEADS:
        return False
    end = toks[-1].idx + len(toks[-1].text)
    if _AGE.match(sdoc.text[end : end + 8]):
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


def _extend_to_org_head(sdoc: Doc, spans: list[_Span]) -> None:
    """ "St Brendan's" + "Hospital": a name's possessive before an organisation noun is the
    start of the organisation's name, not a person."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    for span in spans:
        i = span.end
        if span.label == "PERSON" and span.end - span.start > 1 and _org_head(sdoc[i - 1]):
            span.label = "ORG"  # "St George's Hospital" tagged as a person
        elif (
            span.label in ("PERSON", "ORG")
            and i + 1 < len(sdoc)
            and sdoc[i].text in POSSESSIVE
            and i + 1 not in taken
            and _org_head(sdoc[i + 1])
        ):
            span.end = i + 2
            span.label = "ORG"


def _org_head(tok: Token) -> bool:
    return tok.is_title and tok.lower_ in ORG_HEADS


def _join_adjacent_people(sdoc: Doc, spans: list[_Span]) -> list[_Span]:
    joined: list[_Span] = []
    for span in spans:
        prev = joined[-1] if joined else None
        if (
            prev
            and prev.label == span.label == "PERSON"
            and prev.end == span.start
            and sdoc[prev.end - 1].whitespace_ == " "
        ):
            prev.end = span.end
            prev.descriptors += span.descriptors
            continue
        joined.append(span)
    return joined


def _extend_person(sdoc: Doc, span: _Span, taken: set[int]) -> None:
    while span.end < len(sdoc):
        tok = sdoc[span.end]
        if (
            span.end in taken
            or tok.tag_ != "NNP"
            or not tok.is_title
            or "\n" in sdoc[span.end - 1].whitespace_
            or tok.lower_ in HONORIFICS
        ):
            return
        if span.end + 1 < len(sdoc) and sdoc[span.end + 1].dep_ == "case":
            span.end += 1  # "Yoon Suk Yeol's": the name ends here
            return
        span.end += 1


def _all_caps(sdoc: Doc, span: _Span) -> bool:
    text = sdoc[span.start : span.end].text
    return len(text) > 1 and text.isupper()


def _shouting(sdoc: Doc) -> bool:
    letters = [c for c in sdoc[:400].text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.6 * len(letters)


def _is_role(tok: Token) -> bool:
    low = tok.lower_
    if tok.pos_ != "NOUN":
        return False
    return (
        low in ROLE_NOUNS
        or tok.lemma_ in ROLE_NOUNS
        or (low.endswith(ROLE_SUFFIXES) and len(low) > 5)
    )


def _has_role_apposition(sdoc: Doc, span: _Span) -> bool:
    if span.end - span.start > 4:
        return False
    head = sdoc[span.start : span.end].root
    return any(c.dep_ == "appos" and _is_role(c) and c.i >= span.end for c in head.children)


def _after_title(sdoc: Doc, span: _Span) -> bool:
    """ "Prime Minister Ilsa Marenko Dahl" tagged ORG: a title or honorific right before."""
    if span.start == 0 or span.end - span.start > 4 or _all_caps(sdoc, span):
        return False
    prev = sdoc[span.start - 1]
    return prev.lower_ in HONORIFICS or (
        prev.lower_ in TITLES
        and prev.pos_ in ("NOUN", "PROPN")
        and prev.lower_ not in ("foreign", "defence", "defense")
    )


def _after_place_noun(sdoc: Doc, span: _Span) -> bool:
    """ "the city of Vladivostok": spaCy often calls such places people."""
    if span.start < 2 or sdoc[span.start - 1].lower_ != "of":
        return False
    return sdoc[span.start - 2].lower_ in {
        "city",
        "town",
        "region",
        "province",
        "capital",
        "village",
        "port",
        "district",
        "island",
        "country",
        "republic",
        "kingdom",
        "towns",
        "villages",
    }


def _relabel_surnames(sdoc: Doc, spans: list[_Span]) -> None:
    """A bare word that is the first or last word of a known person's full name is that person
    ("Aoki said" tagged ORG, "Dayez-Burgeon" tagged ORG)."""
    edges = _person_words(sdoc, spans)
    for span in spans:
        w = words(span.name(sdoc))
        if (
            span.label != "PERSON"
            and len(w) == 1
            and w[0] in edges
            and not span.name(sdoc).isupper()
        ):
            span.label = "PERSON"


def _vote_labels(sdoc: Doc, spans: list[_Span]) -> None:
    votes: dict[tuple[str, ...], Counter[str]] = {}
    for span in spans:
        votes.setdefault(tuple(flat_words(span.name(sdoc))), Counter())[span.label] += 1
    for span in spans:
        counts = votes[tuple(flat_words(span.name(sdoc)))]
        best, n = counts.most_common(1)[0]
        if n > counts[span.label]:
            span.label = best


def _add_missed_mentions(sdoc: Doc, spans: list[_Span]) -> list[_Span]:
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
            and acronym_like(sdoc[i + 1].text)
        ):
            wanted.setdefault(sdoc[i + 1].text, "ORG")
            if i + 1 not in taken:
                added.append(_Span(i + 1, i + 2, "ORG"))
                taken.add(i + 1)
            if _spells(sdoc[i + 1].text, span.name(sdoc), loose=True):
                # "Transport for London (TfL)": TfL names the organisation wherever NER put it
                for other in at.values():
                    if other.name(sdoc) == sdoc[i + 1].text:
                        other.label = "ORG"
    for tok in sdoc:
        # the tagger often calls a sentence-initial surname a noun ("Lund further claimed")
        if (
            tok.i not in taken
            and tok.text in wanted
            and tok.pos_ in ("PROPN", "NOUN")
            and not (tok.ent_type_ and tok.ent_type_ not in SPACY_LABELS)
        ):
            span = _Span(tok.i, tok.i + 1, wanted[tok.text])
            prev = sdoc[tok.i - 1] if tok.i else None
            if prev is not None and prev.lower_ in HONORIFICS:
                span.gender = HONORIFICS[prev.lower_]
            added.append(span)
    return sorted(spans + added, key=lambda s: s.start)


# ------------------------------------------------------------------ descriptors


def _descriptors(sdoc: Doc, span: _Span, spans: list[_Span]) -> list[str]:
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


def _premodifier(sdoc: Doc, span: _Span) -> list[str]:
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
    if role.tag_ == "NNP" and role.lower_ not in TITLES and not _is_role(role):
        return []
    start = i
    while start > 0:
        tok = sdoc[start - 1]
        if (
            tok.tag_ not in ("NN", "NNS", "NNP", "NNPS", "JJ", "HYPH", "VBN")
            or "\n" in tok.whitespace_
            or tok.is_sent_end
            or tok.lower_ in HONORIFICS
        ):
            break
        start -= 1
    text = sdoc[start : i + 1].text
    return [text] if text else []


def _possessor(sdoc: Doc, span: _Span, spans: list[_Span]) -> list[str]:
    """ "RAND's Aoki" written as two spans -> "of RAND"."""
    if span.start < 2 or sdoc[span.start - 1].text not in POSSESSIVE:
        return []
    for other in spans:
        if other.end == span.start - 1 and other.label in ("ORG", "GPE"):
            return ["of " + other.name(sdoc)]
    return []


def _apposition(sdoc: Doc, span: _Span) -> list[str]:
    """ "Nah Liang Tuang, a researcher at ..." -> "researcher at ..."."""
    head = sdoc[span.start : span.end].root
    found = []
    for child in head.children:
        if (
            child.dep_ != "appos"
            or child.i < span.end
            or not (_is_role(child) or child.pos_ == "NOUN")
        ):
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


def _affiliation(sdoc: Doc, span: _Span) -> list[str]:
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


# ------------------------------------------------------------------ 4. link


def _link(sdoc: Doc, spans: list[_Span]) -> list[list[_Span]]:
    """Group mentions into entities; returns clusters ordered by first mention."""
    groups: dict[tuple[str, tuple[str, ...]], list[_Span]] = {}
    for span in spans:
        key = (FAMILY[span.label], tuple(_norm_words(sdoc, span)))
        groups.setdefault(key, []).append(span)
    # parent pointers between groups
    parent: dict[tuple, tuple] = {}

    def root(k: tuple) -> tuple:
        while k in parent:
            k = parent[k]
        return k

    keys = sorted(groups, key=lambda k: (-len(k[1]), groups[k][0].start))
    for key in keys:
        target = _longer_name(key, keys, groups) or _long_form(sdoc, key, keys, groups)
        if target is not None and root(target) != key:
            parent[key] = target
    clusters: dict[tuple, list[_Span]] = {}
    for key in keys:
        if len(key[1]) == 1 and key[0] == "PERSON":
            _link_short_person(sdoc, key, keys, groups, clusters, root)
            continue
        clusters.setdefault(root(key), []).extend(groups[key])
    return sorted(
        (sorted(c, key=lambda s: s.start) for c in clusters.values() if c), key=lambda c: c[0].start
    )


def _norm_words(sdoc: Doc, span: _Span) -> list[str]:
    w = flat_words(span.name(sdoc))
    if span.label == "NORP" and w and w[-1].endswith("s") and len(w[-1]) > 3:
        w[-1] = w[-1][:-1]  # "North Koreans" is the group the adjective names
    return w


def _genders(spans: list[_Span]) -> set[str]:
    return {s.gender for s in spans if s.gender}


def _compatible(a: list[_Span], b: list[_Span]) -> bool:
    ga, gb = _genders(a), _genders(b)
    return not ga or not gb or bool(ga & gb)


def _longer_name(key: tuple, keys: list[tuple], groups: dict) -> tuple | None:
    """A person's name of two or more words joins a longer one that starts or ends with it. An
    organisation's name joins the only longer one that starts with it ("Apple" -> "Apple Inc.",
    "China Eastern" -> "China Eastern Airlines"; with several, the one that only adds a legal
    designator) or, from two words, ends with it ("Air Force" -> "United States Air Force").
    Places never: "North Korea" is not part of "North and South Korea"."""
    fam, w = key
    if fam == "ORG":
        n = len(w)
        longer = [
            o
            for o in keys
            if o[0] == "ORG" and len(o[1]) > n and (o[1][:n] == w or (n > 1 and o[1][-n:] == w))
        ]
        if len(longer) > 1:
            longer = [o for o in longer if o[1][:n] == w and set(o[1][n:]) <= DESIGNATORS]
        return longer[0] if len(longer) == 1 else None
    if len(w) < 2 or fam != "PERSON":
        return None
    for other in keys:
        ow = other[1]
        if (
            other[0] == fam
            and len(ow) > len(w)
            and (ow[: len(w)] == w or ow[-len(w) :] == w)
            and _compatible(groups[key], groups[other])
        ):
            return other
    return None


def _long_form(sdoc: Doc, key: tuple, keys: list[tuple], groups: dict) -> tuple | None:
    """An acronym joins the long form it spells; a parenthesised one is preferred."""
    fam, w = key
    text = groups[key][0].name(sdoc).replace(".", "")
    if fam not in ("ORG", "PLACE") or len(w) != 1 or not acronym_like(text):
        return None
    introduced = _introduced_by(sdoc, groups[key], groups)
    if introduced is not None and introduced[0] == fam:
        return introduced
    matches = [
        k for k in keys if k[0] == fam and len(k[1]) > 1 and _spells(text, groups[k][0].name(sdoc))
    ]
    if not matches:
        return None
    first = groups[key][0].start
    before = [k for k in matches if groups[k][0].start < first]
    pool = before or matches
    return max(pool, key=lambda k: groups[k][0].start if before else -groups[k][0].start)


def _introduced_by(sdoc: Doc, spans: list[_Span], groups: dict) -> tuple | None:
    """The long form right before "(NIS)"."""
    for span in spans:
        if span.start >= 2 and sdoc[span.start - 1].text == "(":
            for key, members in groups.items():
                for m in members:
                    if (
                        m.end == span.start - 1
                        and len(key[1]) > 1
                        and _spells(span.name(sdoc).replace(".", ""), m.name(sdoc), loose=True)
                    ):
                        return key
    return None


def _spells(acronym: str, long_form: str, loose: bool = False) -> bool:
    """Whether `acronym` abbreviates `long_form`. `loose` (an acronym in brackets right after
    the name) also accepts the same letters in another order: translated names keep the
    original acronym ("National Agency for Civil Protection (NCPA)")."""
    for mark in POSSESSIVE:  # "Singapore's S. Rajaratnam School ..." -> RSIS
        if f"{mark} " in long_form and _spells(acronym, long_form.split(f"{mark} ", 1)[1]):
            return True
    parts = [w for w in re.split(r"[\s\-]+", long_form) if w]
    while len(parts) > 1 and parts[-1].replace(".", "").lower() in DESIGNATORS:
        parts.pop()  # "European Aeronautic Defence & Space NV" -> EADS
    initials = "".join(w[0].upper() for w in parts if w[0].isupper())
    acronym = acronym.upper()
    if not initials:
        return False
    if acronym == initials or (
        loose and (sorted(acronym) == sorted(initials) or acronym[0] == initials[0])
    ):
        return True
    if (
        not initials
        or len(acronym) < 3
        or len(acronym) < 0.75 * len(initials)
        or acronym[-1] != initials[-1]
    ):
        return False
    it = iter(initials)
    return all(ch in it for ch in acronym)


def _link_short_person(
    sdoc: Doc, key: tuple, keys: list[tuple], groups: dict, clusters: dict, root
) -> None:  # noqa: ANN001
    """Each bare "Kim" joins the most prominent compatible fuller name (see module doc)."""
    word = key[1][0]
    candidates = [root(k) for k in keys if k[0] == "PERSON" and len(k[1]) > 1]
    candidates = list(dict.fromkeys(c for c in candidates if _edge_match(word, groups[c], sdoc)))
    for span in groups[key]:
        options = [c for c in candidates if _compatible([span], _members(c, keys, groups, root))]
        target = _pick(span, options, keys, groups, root) if options else key
        clusters.setdefault(target, []).append(span)


def _edge_match(word: str, spans: list[_Span], sdoc: Doc) -> bool:
    for span in spans:
        w = words(span.name(sdoc))
        if len(w) > 1 and word in (w[0], w[-1]):
            return True
    return False


def _members(target: tuple, keys: list[tuple], groups: dict, root) -> list[_Span]:  # noqa: ANN001
    return [s for k in keys if root(k) == target for s in groups[k]]


def _pick(span: _Span, options: list[tuple], keys: list[tuple], groups: dict, root) -> tuple:  # noqa: ANN001
    def score(target: tuple) -> tuple[int, int]:
        members = _members(target, keys, groups, root)
        before = [m.start for m in members if m.start < span.start]
        if not before:
            return (0, -min(m.start for m in members) - 10**9)
        return (len(before), max(before))

    return max(options, key=score)


# ------------------------------------------------------------------ 5. build


def _build(sdoc: Doc, clusters: list[list[_Span]]) -> list[Entity]:
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
                label=label,
                aliases=aliases,
                descriptors=_dedupe(descriptors),
                mentions=mentions,
            )
        )
    return entities


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
