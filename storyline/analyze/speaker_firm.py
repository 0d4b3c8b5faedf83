"""A firm noun after the words it reports ("Norvik Bank will cut 2,400 jobs, the lender said")
stands for the firm those words are about.

Journalists report a firm's own announcement so: its name opens the reported words and a firm
noun ("the company", "the airline") closes the sentence. The context rules look only outside
the reported words, since a name inside them is usually someone the speaker talks about ("X
offered Y the footage, she says"); for a firm noun the words' own subject is the speaker. Only
"the" and a firm noun, only when the words come first, and only a name of the noun's trade when
the noun has one ("the airline": a name with Air or Airways). Used by
``storyline.analyze.speakers``; a pure function of the parse and the candidates.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from storyline.analyze.nlp import lemma_of
from storyline.analyze.speaker_names import Speaker
from storyline.analyze.speaker_pool import Candidate
from storyline.lexicon.nouns import FIRM_NAME_WORDS, FIRM_NOUNS


def firm_of_words(subject: Token, pool: list[Candidate], start: int, end: int) -> Speaker | None:
    """The firm the reported words ``start:end`` are about, as the speaker ``subject`` ("the
    lender") stands for; None when the rule does not apply."""
    lemma = lemma_of(subject)
    det = next((c for c in subject.children if c.dep_ == "det"), None)
    if lemma not in FIRM_NOUNS or det is None or det.lower_ != "the" or subject.idx < end:
        return None
    if any(c.dep_ in ("amod", "compound", "prep", "poss") for c in subject.children):
        return None  # "the state-run company", "the company's union": another phrase's case
    named = [c for c in pool if start <= c.pos < end and c.kind == "ORG" and c.speaker.key]
    if len({c.speaker.key for c in named}) != 1:
        return None  # none, or two bodies in the words: which one speaks is not said
    trade = FIRM_NAME_WORDS.get(lemma)
    firms = [c for c in named if c.subject and (trade is None or of_trade(c.speaker.name, lemma))]
    if not firms:
        return None
    phrase = subject.doc[det.i : subject.i + 1]
    return replace(
        firms[0].speaker,
        description=phrase.text,
        start=phrase.start_char,
        end=phrase.end_char,
    )


def of_trade(name: str, noun: str) -> bool:
    """Whether a firm's name says it is of the trade ``noun`` names ("Brask Airways" for
    "the airline")."""
    return bool(set(re.findall(r"\w+", name.lower())) & FIRM_NAME_WORDS.get(noun, frozenset()))
