"""The timeline: a page stamped weeks or months after its story (an archive's re-stamp) moves
every date it reads against its stamp; when it retells the event other outlets date as their
news, the retelling takes their day and the page's other stamp-read dates are dropped."""

from __future__ import annotations

from tests.synthesize.timeline_pages import timeline as timeline_of

FIRE = "A warehouse fire destroyed the Kellby paper mill on Tuesday night, officials said."
LATE = [
    ("a", FIRE, "2025-03-12"),
    ("b", "Fire destroyed the Kellby paper mill late on Tuesday, the owners said.", "2025-03-12"),
    (
        "c",
        "Firefighters said the fire that destroyed the Kellby paper mill started on Tuesday "
        "night. The mayor visited the burned site yesterday.",
        "2025-05-30",
    ),
]


def test_a_restamped_pages_retelling_takes_the_other_outlets_day(nlp) -> None:
    timeline = timeline_of(nlp, LATE)
    assert [e.date for e in timeline] == ["2025-03-11"], [(e.date, e.text) for e in timeline]
    assert {c.doc_id for c in timeline[0].citations} == {"a", "b", "c"}


def test_a_restamped_pages_other_relative_dates_are_dropped(nlp) -> None:
    # "yesterday" read against a stamp months late: no day is known, so no entry
    dates = [e.date for e in timeline_of(nlp, LATE)]
    assert "2025-05-29" not in dates and "2025-05-27" not in dates, dates


def test_a_written_date_on_a_restamped_page_stands(nlp) -> None:
    text = LATE[2][1] + " The mill had been inspected on 3 February 2025 without findings."
    dates = [e.date for e in timeline_of(nlp, [*LATE[:2], ("c", text, "2025-05-30")])]
    assert "2025-02-03" in dates, dates


def test_a_follow_up_telling_new_news_keeps_its_dates(nlp) -> None:
    follow = (
        "d",
        "The Kellby council approved a rebuilding grant for the paper mill on Monday.",
        "2025-05-27",
    )
    dates = sorted(e.date for e in timeline_of(nlp, [*LATE[:2], follow]))
    assert dates == ["2025-03-11", "2025-05-26"], dates


def test_a_second_event_other_outlets_tell_near_its_stamp_stays(nlp) -> None:
    # a second fire, weeks later, told by two outlets in their own week: no stale stamp
    again = "A fire destroyed the Kellby paper mill's new warehouse on Tuesday night."
    pages = [*LATE[:2], ("e", again, "2025-04-16"), ("f", again, "2025-04-16")]
    dates = sorted({e.date for e in timeline_of(nlp, pages)})
    assert dates == ["2025-03-11", "2025-04-15"], dates


def test_a_page_saying_last_month_of_the_story_month_keeps_its_dates(nlp) -> None:
    later = (
        "c",
        "An inquiry into last month's fire that destroyed the Kellby paper mill found on "
        "Monday that a heater was left on, the council said.",
        "2025-04-15",
    )
    dates = [e.date for e in timeline_of(nlp, [*LATE[:2], later])]
    assert "2025-04-14" in dates  # Monday, read against its own April stamp
