"""Sentences that carry a date but tell no event of the story: photo captions and days that only
mark an anniversary. And a main verb the small parser hangs under a noun still dates the
sentence."""

from __future__ import annotations

import pytest

from storyline.analyze.events import find_events
from storyline.analyze.times import find_times


def _events(nlp, text: str, ref: str = "2025-03-14"):
    sdoc = nlp(text)
    return find_events(sdoc, find_times(sdoc, ref), [])


@pytest.mark.parametrize(
    "sentence",
    [
        "In this Oct. 2, 2023, file photo, the Vantor logo hangs above the door of its office.",
        "In this image taken from video on Monday, crews pump water out of the tunnel.",
        "Sunday marks the third anniversary of the flood that swept through Kessel.",
        "Tuesday was the 60th birthday of the mayor of Kessel.",
    ],
)
def test_captions_and_anniversaries_are_no_events(nlp, sentence: str) -> None:
    assert _events(nlp, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry released a photo of the collapsed tunnel on Monday.",
        "Protesters marched through Kessel on Sunday to mark the anniversary of the flood.",
        "On Sunday, the third anniversary of the flood, the mayor unveiled a memorial.",
    ],
)
def test_events_that_mention_a_photo_or_an_anniversary_stay(nlp, sentence: str) -> None:
    (event,) = _events(nlp, sentence)
    assert event.anchor == "main"


def test_a_verb_read_as_a_nouns_participle_still_dates_the_sentence(nlp) -> None:
    # The small model reads "analysts" as the root and "estimated" as its participle.
    (event,) = _events(
        nlp,
        "Vantor’s own bank analysts estimated on Dec. 18 that in the long run, mill "
        "profits would rise by 13 percent.",
        "2025-12-29",
    )
    assert event.date == "2025-12-18" and event.anchor == "main"
