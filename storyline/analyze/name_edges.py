"""Organisation names NER cut short at their start (see ``storyline.analyze.entities``).

The small English model often leaves out a name's first words when they read as common words:
a determiner that opens a firm's name ("All Harbour Ferries", "Every Voice Fund"), the name and
"of" before the place or field that ends it ("the Library of Fenwick" tagged as "Fenwick"), or
a possessive that opens it ("the Baker's Guild of Elvania" tagged as "Guild of Elvania"). The
short name then becomes an organisation of its own, or the place, and the quotes the firm gives
lose their speaker. These repairs give the span its first words back.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storyline.analyze.entity_spans import POSSESSIVE, NameSpan, org_head, person_words
from storyline.lexicon.discourse import DEMONSTRATIVES

# Determiners that never open a name: "the Fenwick Times" is "Fenwick Times".
_ARTICLES = frozenset({"the", "a", "an"}) | DEMONSTRATIVES


def name_determiner(sdoc: Doc, i: int, end: int, label: str, capitalised: set[str]) -> bool:
    """A determiner that is the first word of an organisation's name ("All Harbour Ferries
    said"): capitalised where no sentence starts, or, at a sentence's start, capitalised
    mid-sentence elsewhere on the page; before a capitalised word of the same span."""
    tok = sdoc[i]
    if label != "ORG" or tok.tag_ not in ("DT", "PDT") or tok.lower_ in _ARTICLES:
        return False
    if not tok.is_title or i + 1 >= end:
        return False
    if not sdoc[i + 1].text[:1].isupper():
        return False
    opens = tok.is_sent_start or i == 0 or "\n" in sdoc[i - 1].whitespace_
    return not opens or tok.lower_ in capitalised


def extend_org_starts(sdoc: Doc, spans: list[NameSpan]) -> None:
    """Give an organisation (or a place NER cut from one) the words before it that open its
    name: "Library of" before "Fenwick", "Baker's" before "Guild of Elvania"."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    people = person_words(sdoc, spans)
    for span in spans:
        if span.label not in ("ORG", "GPE", "LOC") or span.start < 2:
            continue
        lo = _head_of_start(sdoc, span, taken) or _possessor_start(sdoc, span, taken, people)
        if lo is not None:
            taken.update(range(lo, span.start))
            span.start = lo
            span.label = "ORG"


def _bare_name_word(tok: Token, taken: set[int]) -> bool:
    """A capitalised proper noun of no entity and no span, on the span's line."""
    return (
        tok.i not in taken
        and tok.is_title
        and tok.tag_ in ("NNP", "NNPS")
        and not tok.ent_type_
        and "\n" not in tok.whitespace_
    )


def _head_of_start(sdoc: Doc, span: NameSpan, taken: set[int]) -> int | None:
    """ "the Library of" + "Fenwick": an organisation noun and "of" before the span."""
    of, head = sdoc[span.start - 1], sdoc[span.start - 2]
    if of.lower_ != "of" or not org_head(head) or not _bare_name_word(head, taken):
        return None
    lo = head.i
    while lo > 0 and _bare_name_word(sdoc[lo - 1], taken):
        lo -= 1  # "the Royal Library of"
    return lo


def _possessor_start(sdoc: Doc, span: NameSpan, taken: set[int], people: set[str]) -> int | None:
    """ "Baker's" + "Guild of Elvania": a bare proper noun and a possessive before an
    organisation's name whose first word is an organisation noun or that runs on with "of"."""
    mark, owner = sdoc[span.start - 1], sdoc[span.start - 2]
    if span.label != "ORG" or mark.text not in POSSESSIVE or owner.whitespace_:
        return None
    if not _bare_name_word(owner, taken) or owner.text in people or owner.is_sent_start:
        return None
    first = sdoc[span.start]
    inner = [t.lower_ for t in sdoc[span.start + 1 : span.end]]
    if not (org_head(first) or (first.is_title and "of" in inner)):
        return None
    return owner.i


def short_forms_with_determiner(sdoc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """ "All Harbour" beside the page's "All Harbour Ferries": the opening words of an
    organisation whose name starts with a determiner are that organisation, where NER
    tagged only the word after the determiner ("Harbour", often as a person) or nothing."""
    openings = {
        tuple(t.lower_ for t in sdoc[s.start : s.end])
        for s in spans
        if s.label == "ORG" and s.end - s.start > 2 and sdoc[s.start].tag_ == "DT"
    }
    if not openings:
        return spans
    at = {s.start: s for s in spans}
    taken = {i for s in spans for i in range(s.start, s.end)}
    added = []
    for tok in sdoc:
        if tok.i in taken or not tok.is_title or tok.lower_ in _ARTICLES:
            continue
        size = _longest_opening(sdoc, tok.i, openings)
        if size < 2:
            continue
        inner = at.get(tok.i + 1)
        if inner is not None and inner.end <= tok.i + size:
            inner.start, inner.end, inner.label = tok.i, tok.i + size, "ORG"
        elif all(i not in taken for i in range(tok.i, tok.i + size)):
            added.append(NameSpan(tok.i, tok.i + size, "ORG"))
        taken.update(range(tok.i, tok.i + size))
    return sorted(spans + added, key=lambda s: s.start)


def _longest_opening(sdoc: Doc, i: int, openings: set[tuple[str, ...]]) -> int:
    """How many words from ``i`` open (and do not complete) one of the names."""
    best = 0
    for name in openings:
        size = 0
        while size < len(name) - 1 and i + size < len(sdoc) and sdoc[i + size].lower_ == name[size]:
            size += 1
        best = max(best, size)
    return best
