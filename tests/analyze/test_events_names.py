"""Dates a sentence carries that are not its event's: a relative date beside the written date it
stands for, spans and habits of weekdays, dates inside names, a negated act "until" a time, and
the lines of a picture gallery or a video player."""

from __future__ import annotations

import pytest

from storyline.analyze.event_names import dated_in
from storyline.analyze.events import find_events
from storyline.analyze.times import find_times
from storyline.model import TimeExpression

WEDNESDAY = "2025-03-12"


def _events(nlp, text: str, ref: str = WEDNESDAY):
    sdoc = nlp(text)
    return find_events(sdoc, find_times(sdoc, ref), [])


def test_the_written_date_wins_over_the_relative_one_beside_it(nlp) -> None:
    text = "The curfew is in force beginning today, January 9, 2025, until further notice."
    (event,) = _events(nlp, text)
    assert event.date == "2025-01-09"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Orvik ferry office is open Monday through Friday.",
        "Ms Lund works Monday to Friday at the harbour.",
    ],
)
def test_a_habit_of_weekdays_is_no_event(nlp, sentence: str) -> None:
    assert _events(nlp, sentence) == []


def test_a_past_span_of_weekdays_starts_in_its_ends_week(nlp) -> None:
    (event,) = _events(nlp, "The Kessel talks ran from Monday to Friday in Orvik.")
    assert event.date == "2025-03-03"  # the Friday before the page, four days back


def test_a_planned_span_of_weekdays_starts_on_its_first_day(nlp) -> None:
    (event,) = _events(nlp, "The Kessel talks will run Monday through Friday in Orvik.")
    assert event.date == "2025-03-17"


@pytest.mark.parametrize(
    "sentence",
    [
        "The ban followed several incidents, one involving an organizer of the Women's March.",
        "Mr Vorn bought the 2019 model from a dealer in Orvik.",
        "Ms Lund recalled her 2016 campaign for the council.",
    ],
)
def test_a_date_inside_a_name_dates_nothing(nlp, sentence: str) -> None:
    assert _events(nlp, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ms Lund fled after the fireworks for Harbour Day, Orvik's equivalent to July 4.",
        "The parade marks Founders Day, the island's answer to the Fourth of July.",
    ],
)
def test_a_day_named_by_comparison_dates_nothing(nlp, sentence: str) -> None:
    assert _events(nlp, sentence) == []


def test_a_day_named_by_comparison_leaves_the_sentences_own_date(nlp) -> None:
    text = "On Monday crowds filled Orvik for Harbour Day, its answer to July 4."
    (event,) = _events(nlp, text)
    assert event.date == "2025-03-10"


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("The 2019 flood destroyed the Orvik ferry office.", "2019"),
        ("Ms Lund, who during the 2016 campaign promised a new bridge, spoke.", "2016"),
    ],
)
def test_a_year_that_sets_the_time_still_dates(nlp, sentence: str, year: str) -> None:
    (event,) = _events(nlp, sentence)
    assert event.date == year


def test_a_negated_act_until_a_time_happened_then(nlp) -> None:
    text = "Mr Vorn said he did not make his decision until the vote ended on Sunday night."
    (event,) = _events(nlp, text)
    assert event.date == "2025-03-09" and event.anchor in ("main", "reported")


def test_a_past_act_until_a_time_ended_then(nlp) -> None:
    text = "Thousands of fans celebrated until dawn on Thursday after the club won the final."
    (event,) = _events(nlp, text, ref="2025-03-14")  # written on the Friday
    assert event.date == "2025-03-13" and event.anchor != "since"


def test_a_state_until_a_time_is_still_bounded(nlp) -> None:
    (event,) = _events(nlp, "The Orvik road stayed closed until Monday.")
    assert event.anchor == "since"


@pytest.mark.parametrize(
    "text",
    [
        "Photos: Storms of the decade The Kessel dam burst in June 2019. Hide Caption 4 of 12",
        "(March 3) 2 of 30 Skip in Skip x Embed x Share CLOSE Ferry sinks | 0:41 A ferry sank "
        "off Orvik on Monday.",
    ],
)
def test_gallery_and_player_lines_tell_no_event(nlp, text: str) -> None:
    assert _events(nlp, text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Vantor typically pays its bonuses to staff in January.",
        "The Orvik council usually meets on Tuesday evenings in the town hall.",
        "Vantor did not immediately return messages left early Friday.",
        "The Long March 9 rocket of the Kessel agency is still in development.",
        "Mr Vance says the midnight blue ferry is bound for Orvik.",
    ],
)
def test_habits_unanswered_calls_and_names_are_no_events(nlp, sentence: str) -> None:
    assert _events(nlp, sentence) == []


def test_a_habit_word_in_a_past_sentence_keeps_its_event(nlp) -> None:
    (event,) = _events(nlp, "Usually quiet, the Orvik harbour flooded on Monday.")
    assert event.date == "2025-03-10"


def test_a_link_to_another_story_tells_no_event(nlp) -> None:
    text = "More: Vantor's make-or-break year? 2026 will test Mr Vance\nThe ferry sank on Monday."
    assert [e.date for e in _events(nlp, text)] == ["2025-03-10"]


def test_a_quoted_notice_reads_today_against_its_own_dateline(nlp) -> None:
    text = (
        "Page intro.\nHARBOUR NOTICE (January 9, 2025) - The Orvik port authority closed the "
        "north quay today. The quay stays shut until further notice."
    )
    assert {e.date for e in _events(nlp, text)} == {"2025-01-09"}


def test_a_date_in_running_text_is_no_dateline(nlp) -> None:
    text = "The mayor said on January 9, 2025 that the dam held. The council met today."
    assert [e.date for e in _events(nlp, text)] == ["2025-01-09", WEDNESDAY]


@pytest.mark.parametrize(
    "text",
    [
        "This article was amended on 10 March 2025 to correct the name of the Orvik ferry.",
        "An earlier version of this story misstated the date of the Kessel vote on March 3.",
    ],
)
def test_a_correction_note_tells_no_event(nlp, text: str) -> None:
    assert _events(nlp, text) == []


def test_a_day_the_recogniser_runs_into_a_name_still_dates(nlp) -> None:
    (event,) = _events(nlp, "Fans celebrated Game 7 Wednesday night in Orvik.", "2016-11-03")
    assert event.date == "2016-11-02"


def test_a_dateline_date_gives_way_to_the_sentence_own_date(nlp) -> None:
    text = (
        "ORVIK, March 14 (Kestrel) - About 900 people had left the island by Tuesday morning, "
        "the harbour board said."
    )
    assert [e.date for e in _events(nlp, text)] == ["2025-03-11"]


def test_a_dateline_date_alone_is_kept_for_its_sentence() -> None:
    text = "ORVIK, March 12 (Kestrel) - The harbour board closed the north quay."
    dateline = TimeExpression(text="March 12", start=7, end=15, value="2025-03-12")
    assert dated_in(text, 0, len(text), [dateline]) == [dateline]
    assert dated_in(text, 20, len(text), [dateline]) == []  # outside the sentence
