"""An act told in the past perfect happened before its sentence's (and page's) time: it never
takes a later day of its sentence, nor its page's day in place of its own."""

from __future__ import annotations

from storyline.analyze.events import find_events
from storyline.analyze.times import find_times
from storyline.dating import event_date

PAGE = "2025-08-08"  # a Friday


def _dated(nlp, text: str) -> list[tuple[str, str] | None]:
    sdoc = nlp(text)
    return [event_date(e, PAGE) for e in find_events(sdoc, find_times(sdoc, PAGE), [])]


def test_a_past_perfect_act_never_takes_a_day_after_its_page(nlp) -> None:
    # the later day is the end of the curfew, not the day it was announced
    text = (
        "Ms Varga, who only hours earlier had announced the end of the curfew on August 20, "
        "said the measure would be extended by a month."
    )
    assert _dated(nlp, text) == [None]
    assert _dated(nlp, "The port authority had announced the end of the ban on August 20.") == [
        None
    ]
    text = "Ms Varga said she had signed the order ahead of the festival on August 15."
    assert _dated(nlp, text) == [None]


def test_a_past_perfect_act_without_a_day_of_its_own_is_not_the_pages_news(nlp) -> None:
    assert _dated(nlp, "Police had arrested two men after Tuesday's fire at the depot.") == [None]
    assert _dated(nlp, "The mayor had ordered the harbour closed since Tuesday night.") == [None]


def test_a_past_perfect_act_keeps_its_own_earlier_day(nlp) -> None:
    assert _dated(nlp, "The governor had declared a state of emergency on July 26.") == [
        ("2025-07-26", "day")
    ]
    text = "The ferry company had suspended service on July 26, and it resumed sailings Thursday."
    assert _dated(nlp, text) == [("2025-07-26", "day")]


def test_the_simple_past_and_plans_are_unchanged(nlp) -> None:
    # a past act undated in its sentence is the day's news; a plan keeps its later day
    assert _dated(nlp, "Police arrested two men after Tuesday's fire at the depot.") == [
        (PAGE, "page date")
    ]
    assert _dated(nlp, "The ferry company said it would resume sailings on August 12.") == [
        ("2025-08-12", "day")
    ]
    # "would" shortened to "'d" before a bare verb is no past perfect
    assert _dated(nlp, "She said she'd reopen the harbour on August 12.") == [("2025-08-12", "day")]


def test_a_reported_past_perfect_holds_as_of_the_telling(nlp) -> None:
    # reported speech shifts "have now left" back to "had now left": the count is the day's news
    text = (
        "The harbour master told reporters that 900 boats had now left the bay, out of the "
        "1,200 covered by Tuesday's storm warning."
    )
    assert _dated(nlp, text) == [(PAGE, "page date")]
    # the act of a past perfect outside reported speech still came before the page's news
    assert _dated(nlp, "Police had arrested two men after Tuesday's fire at the depot.") == [None]
