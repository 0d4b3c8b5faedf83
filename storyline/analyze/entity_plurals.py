"""Surnames the tagger reads as plural nouns ("Davies", "Mills", "Banks"): after a quote,
'"It hurts," Davies said' has the capitalised word mid-sentence as the subject of a speech
verb, where no common noun is capitalised, and NER often leaves it untagged. Such a word is a
person's name at every mention of the page, also where it opens a sentence ("Davies, whose
home run tied the game, said ..."). A step of ``storyline.analyze.entities`` after its
missed-mention pass: it adds only words no span holds."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storyline.analyze.entity_spans import NameSpan
from storyline.lexicon.speech import SPEECH_VERBS


def speaking_plurals(sdoc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """``spans`` with a PERSON span at each untagged mention of a word the page shows to be
    a name that way."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    names = {tok.text for tok in sdoc if tok.i not in taken and _speaking_name(tok)}
    if not names:
        return spans
    added = [
        NameSpan(tok.i, tok.i + 1, "PERSON")
        for tok in sdoc
        if tok.text in names and tok.i not in taken and tok.tag_ in ("NNS", "NNPS", "NNP")
    ]
    return sorted(spans + added, key=lambda s: s.start)


def _speaking_name(tok: Token) -> bool:
    return (
        tok.tag_ == "NNS"
        and tok.is_title
        and tok.dep_ == "nsubj"
        and tok.head.lemma_ in SPEECH_VERBS
        and not tok.ent_type_
        and not any(c.dep_ in ("det", "amod", "compound", "poss", "nummod") for c in tok.children)
        and _mid_sentence(tok)
    )


def _mid_sentence(tok: Token) -> bool:
    """Not the first word of its sentence or line, nor of a quote, and on a line not written
    in title case (a headline capitalises every noun)."""
    if tok.is_sent_start or tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    if "\n" in prev.whitespace_ + prev.text or (prev.is_quote and not prev.whitespace_):
        return False
    line = [t for t in tok.sent if t.is_alpha and len(t) > 3]
    return sum(t.is_title for t in line) * 2 <= len(line)
