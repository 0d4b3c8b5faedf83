"""A firm noun after the words it reports ("Norvik Bank will cut jobs, the lender said") is the
firm those words are about; two bodies in the words, another trade or another subject leave it
unnamed."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analyze.speaking import said


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Norvik Bank will cut 2,400 jobs, the lender said on Tuesday.",
            "2,400 jobs",
            "Norvik Bank",
        ),
        (
            "Brask Airways will cut fares at its Orsa hub, the company said.",
            "cut fares",
            "Brask Airways",
        ),
    ],
)
def test_the_firm_the_words_are_about(nlp: Language, text: str, words: str, speaker: str) -> None:
    q = said(nlp, text, words)
    assert q.speaker == speaker
    assert q.speaker_description is not None and q.speaker_description.startswith("the ")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Brask Airways and Kestrel Air will merge, the company said.", "will merge"),
        ("Norvik Bank will cut jobs, the airline said.", "cut jobs"),
        ("The regulator fined Brask Airways, the company said.", "fined"),
        ("Brask Airways cut fares to win passengers, the union said.", "cut fares"),
    ],
)
def test_no_firm_when_the_words_do_not_say_which(nlp: Language, text: str, words: str) -> None:
    q = said(nlp, text, words)
    assert q.speaker not in ("Brask Airways", "Norvik Bank", "Kestrel Air")
