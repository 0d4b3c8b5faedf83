"""A quote introduced by the sentence before it: "Ana Ruiz, 77, opposed the idea. “…”", "Tom
Hale described the chaos. “…”". The quote opens a sentence and has no cue of its own, and the
sentence just before it, in the same paragraph, is a person's act of speech, judgement or
stance: the quote gives that person's words. A sentence about anything else ("Tom Hale died on
Monday. “…”") introduces no one: its quote may be anyone's. A pure function of the parse.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storyline.analyze.marks import Marked, token_at
from storyline.analyze.nlp import lemma_of
from storyline.lexicon import QUOTE_ONLY_VERBS, SPEECH_VERBS, STANCE_VERBS, THOUGHT_VERBS

LEAD_VERBS = SPEECH_VERBS | QUOTE_ONLY_VERBS | THOUGHT_VERBS | STANCE_VERBS
_SENTENCE_ENDS = frozenset({".", "!"})
_PERSONAL = frozenset({"he", "she"})


def lead_in(
    sdoc: Doc, m: Marked, quoted: bytearray, lines: list[tuple[int, int]]
) -> tuple[Token, Token] | None:
    """The verb and the subject of the sentence that ends right before the quote's opening
    mark, when it introduces the quote; else None."""
    line_start = lines[m.line][0]
    mark = token_at(sdoc, m.outer_start)
    if mark is None or mark.i == 0:
        return None
    end = sdoc[mark.i - 1]
    if end.text not in _SENTENCE_ENDS or end.idx < line_start:
        return None  # the quote opens its paragraph, or follows a clause: not this case
    verb = end.head
    if verb.i == end.i or verb.idx < line_start or quoted[verb.idx]:
        return None
    if verb.pos_ != "VERB" or lemma_of(verb) not in LEAD_VERBS:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "Ruiz did not comment.": no words of hers follow
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or quoted[subject.idx] or not _person(subject):
        return None
    return verb, subject


def _person(subject: Token) -> bool:
    """A name NER tags as a person, or a he/she that stands for one."""
    return subject.lower_ in _PERSONAL or (
        subject.pos_ == "PROPN" and subject.ent_type_ == "PERSON"
    )
