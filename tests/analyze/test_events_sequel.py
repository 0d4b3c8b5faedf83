"""An event dated "the following day" or "the same day" counts from the event told just
before it, not from a date of another event in that sentence (``analyze.event_sequel``)."""

from __future__ import annotations

from storyline.analyze.events import find_events
from storyline.analyze.times import find_times


def _days(nlp, text: str, ref: str = "2025-09-16") -> list[str]:
    sdoc = nlp(text)
    return [e.date for e in find_events(sdoc, find_times(sdoc, ref), [])]


def test_the_following_day_counts_from_the_main_event_before(nlp) -> None:
    text = (
        "Rescuers pulled 400 people from flooded homes in Tarn on Sunday after the storm made "
        "landfall late Saturday. Hours later, the river broke its banks at Oss. The following "
        "day, the coast guard lifted 40 people from rooftops in Oss."
    )
    # Sunday's rescue, then the day after it (not after the landfall's Saturday)
    assert _days(nlp, text) == ["2025-09-14", "2025-09-15"]


def test_the_same_day_counts_from_the_main_event_before(nlp) -> None:
    text = (
        "The council voted on Friday to close the Tarn bridge after engineers found cracks in it "
        "on Tuesday. Later that day, police closed the road to traffic."
    )
    assert _days(nlp, text, "2025-09-14") == ["2025-09-12", "2025-09-12"]


def test_a_sequel_far_from_any_event_keeps_the_recognisers_reading(nlp) -> None:
    text = (
        "The hospital in Tarn admitted 40 patients on Sunday. "
        + "Doctors worked without rest. " * 12
        + "The following day, the clinic in Oss reopened."
    )
    # too far from the event before to be its sequel (and from any date): no day of its own
    assert _days(nlp, text) == ["2025-09-14"]
