"""Numbers that name or rank one thing instead of counting many: a model number ("a 747 jet",
"an 880 lorry"), a rank or a seed ("the No. 2 seed", "ranked No. 5", "seeded 4"), a shirt or
jersey number ("wears number 23", "the 9 shirt"), a car's or a route's number ("the No. 48
car"). None of them is a figure of the story. Read by ``storyline.analyze.figures``."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storyline.analyze.figure_words import (
    CURRENCY_WORDS,
    LABEL_AFTER,
    LABEL_BEFORE,
    LABEL_NUMBER_MAX,
    MEASURES,
    NOT_MODEL_AFTER,
)
from storyline.lexicon import SCALES


def label_number(sdoc: Doc, start: int, end: int) -> bool:
    """Whether the number run sdoc[start:end] names, ranks or numbers one thing."""
    if end - start != 1 or not _plain_integer(sdoc[start].text):
        return False
    prev = sdoc[start - 1] if start else None
    nxt = sdoc[end] if end < len(sdoc) else None
    if prev is not None and _label_word(prev, int(sdoc[start].text)):
        return True  # "No. 2", "number 9", "seeded 4", "model 3"
    if start >= 2 and _abbreviated_no(sdoc[start - 2], sdoc[start - 1]):
        return True  # "No. 5" read as "No", ".", "5"
    if nxt is not None and nxt.lower_ in LABEL_AFTER:
        return True  # "the 2 seed", "the 23 jersey"
    return _model_number(prev, nxt)


def _plain_integer(text: str) -> bool:
    """Digits with no thousands separator or decimal point ("747", not "1,500" nor "7.8")."""
    return text.isdigit()


def _label_word(prev: Token, value: int) -> bool:
    low = prev.lower_
    if low in ("no.", "#") or (prev.text == "No" and not prev.is_sent_start):
        return True
    # "number 9" is a shirt; "forces number 40,000" counts (a large number after the verb)
    return low in LABEL_BEFORE and value <= LABEL_NUMBER_MAX


def _abbreviated_no(no: Token, dot: Token) -> bool:
    return no.lower_ == "no" and dot.text == "." and not no.whitespace_


def _model_number(prev: Token | None, nxt: Token | None) -> bool:
    """ "a 747 jet", "an 880 lorry", "a fully booked 737 jet": one thing cannot be many, so a
    number after "a"/"an" and before a word is its model's number ("a 100 metres", "a 5 percent
    rise", "a 7 magnitude quake" and "a 60-metre wave" stay measures)."""
    if prev is None or nxt is None:
        return False
    if prev.lower_ not in ("a", "an") and not _described_one(prev, nxt):
        return False
    word = nxt.lower_
    return (
        nxt.is_alpha
        and word not in MEASURES
        and word not in CURRENCY_WORDS
        and word not in SCALES
        and word not in NOT_MODEL_AFTER
    )


def _described_one(prev: Token, nxt: Token) -> bool:
    """ "a fully booked 737 jet": words that describe one thing between "a" and the number,
    before a singular noun ("an estimated 500 people" counts people)."""
    if nxt.tag_ != "NN":
        return False
    tok = prev
    for _ in range(3):
        if tok.lower_ in ("a", "an"):
            return True
        if tok.pos_ not in ("ADJ", "ADV", "VERB") or tok.i == 0:
            return False
        tok = tok.doc[tok.i - 1]
    return False
