"""Reported speech inside words quoted in single marks is the quote's author's, not a statement
of the person the words mention."""

from __future__ import annotations

from spacy.language import Language

from storyline.analyze.quote_singles import in_single_quotes
from tests.analyze.speaking import quotes


def test_a_cue_inside_a_single_quoted_tweet_is_no_statement(nlp: Language) -> None:
    text = (
        "The Wolves announced on Twitter on Monday: 'Varnby Wolves General Manager Tom Reck "
        "has informed Lars Engel that he will not be returning as head coach.'\n"
    )
    assert not [q for q in quotes(nlp, text) if q.speaker and "Reck" in q.speaker]


def test_a_tweet_that_reports_a_rival_is_not_the_rival_s(nlp: Language) -> None:
    text = (
        "The speech prompted a furious response from President Anna Holt via Twitter.\n\n"
        "'Premier Olaf Brun just stated that the 'Red Button is on his desk at all times.' "
        "Will someone please inform him that I too have a Button.'\n"
    )
    assert not [q for q in quotes(nlp, text) if q.speaker and "Brun" in q.speaker]


def test_reported_speech_after_a_closed_single_quote_stays() -> None:
    text = "'We will rebuild,' she said. Reck said the club would appoint a coach.\n"
    assert not in_single_quotes(text, text.index("Reck said") + 5)
    text = "The players' union said the season would start on time.\n"
    assert not in_single_quotes(text, text.index("said"))
