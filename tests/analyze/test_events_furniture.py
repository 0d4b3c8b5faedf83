"""Dated lines that are page furniture or reporters' routine, not events of the story: an
embedded post's signature, a caption known by its credit or its gallery heading, an archive's
menu of months, a print edition's note, and what a page says of a request for comment."""

from __future__ import annotations

import pytest

from storyline.analyze.events import find_events
from storyline.analyze.times import find_times


def _events(nlp, text: str, ref: str = "2025-03-14"):
    sdoc = nlp(text)
    return find_events(sdoc, find_times(sdoc, ref), [])


@pytest.mark.parametrize(
    "text",
    [
        "Why is the ferry late again, nobody knows — Mara Velt (@maravelt) March 12, 2025",
        "The queue at Orvik pier pic.twitter.com/AbC123 — Orvik Ferries (@orvikferries) March 12,"
        " 2025",
        "Crowds lined the quay to watch the regatta in Orvik on March 12, 2025. [Photo/Kestrel]",
        "Rescuers carry a man from the ferry in Orvik on Wednesday. (AP Photo/Jan Holm)",
        "Hide Caption 3 of 9 Photos: Ferry fire in Orvik Smoke rises over the pier on Wednesday.",
        "Divers search the harbour on March 13, 2025 ©Jan Holm (Kestrel News)",
        "Archives Select Month March 2025 February 2025 January 2025 December 2024 November 2024"
        " October 2024",
        "(Orvik Daily 03/13/2025 page 4)",
        "Orvik Ferries did not respond to a request for comment on Thursday.",
        "A spokesman for the harbour board declined to comment on Wednesday.",
        "Orvik residents dig out on Tuesday, Dec. 26, 2023, after a record two-day snowfall.",
        "Debris is scattered on the quay Monday, October 2, 2023, at the site of the festival.",
    ],
)
def test_furniture_and_routine_are_no_events(nlp, text: str) -> None:
    assert _events(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The ferry company posted a photo of the damaged hull on Wednesday.",
        "Orvik Ferries responded on Thursday to the harbour board's criticism.",
        "The mayor wrote on Twitter on Wednesday that the pier would reopen.",
        "The mayor posted three photos of the quay on Tuesday, Dec. 26, 2023, writing that it"
        " would reopen.",
    ],
)
def test_events_that_mention_photos_posts_or_comments_stay(nlp, text: str) -> None:
    assert len(_events(nlp, text)) == 1
