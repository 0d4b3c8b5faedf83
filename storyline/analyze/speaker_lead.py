"""A quote introduced by the sentence before it: "Ana Ruiz, 77, opposed the idea. “…”", "Tom
Hale described the chaos. “…”". The quote opens a sentence and has no cue of its own, and the
sentence just before it, in the same paragraph, is a person's act of speech, judgement or
stance: the quote gives that person's words. A sentence about anything else ("Tom Hale died on
Monday. “…”") introduces no one: its quote may be anyone's. A pure function of the parse.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storyline.analyze.marks import Marked, token_at, tokens
from storyline.analyze.nlp import lemma_of
from storyline.lexicon import (
    PRONOUN_GENDER,
    QUOTE_ONLY_VERBS,
    SPEECH_VERBS,
    STANCE_VERBS,
    THOUGHT_VERBS,
)

LEAD_VERBS = SPEECH_VERBS | QUOTE_ONLY_VERBS | THOUGHT_VERBS | STANCE_VERBS
_SENTENCE_ENDS = frozenset({".", "!"})
_PERSONAL = frozenset({"he", "she"})
_FIRST_PERSON = frozenset({"i", "me", "my"})
_THIRD_PERSON = frozenset(PRONOUN_GENDER)  # a quote about him or her is not his or hers


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


def introduced_above(
    sdoc: Doc, m: Marked, quoted: bytearray, lines: list[tuple[int, int]]
) -> tuple[Token, Token] | None:
    """A paragraph that is one quote in the first person, with no cue, right after a
    paragraph whose last sentence is about a person it names as its subject ("Paul Delmar,
    who has lived in Varnby for years, had just sat down when the crowd ran. ¶ “My partner
    took my hand …”"): the page brings the witness in, then gives the words in the first
    person singular. A paragraph
    before that holds a quote is another case (this one continues that quote)."""
    text = sdoc.text
    a, b = lines[m.line]
    if not m.opened or text[a : m.outer_start].strip() or text[m.outer_end : b].strip(" .,"):
        return None  # the quote is not the whole paragraph
    n = m.line - 1
    while n >= 0 and not text[lines[n][0] : lines[n][1]].strip():
        n -= 1
    if n < 0 or any(quoted[lines[n][0] : lines[n][1]]):
        return None
    before_a, before_b = lines[n]
    last = before_a + len(text[before_a:before_b].rstrip()) - 1  # its last visible character
    end = token_at(sdoc, last) if last >= before_a else None
    if end is None or end.idx < before_a or end.text not in _SENTENCE_ENDS:
        return None
    verb = end.sent.root
    if verb.idx < lines[n][0] or verb.pos_ not in ("VERB", "AUX") or lemma_of(verb) == "die":
        return None  # "Paul Delmar died on Monday. ¶ “I …”": a mourner speaks, not he
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ != "PERSON":
        return None
    # "I" speaks of the one named; a he or she in the words may be that very person ("Paul
    # Delmar died. ¶ “He was a wonderful father and I will miss him.”": a mourner speaks)
    inside = tokens(sdoc, m.start, m.end)
    words = {t.lower_ for t in inside if t.idx >= m.start} if inside is not None else set()
    return (verb, subject) if words & _FIRST_PERSON and not words & _THIRD_PERSON else None
