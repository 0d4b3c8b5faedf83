"""The timeline: a page stated weeks late dates the story's event to the same weekday of
another week; worded like the event other pages tell, it joins their entry and date."""

from __future__ import annotations

from tests.synthesize.timeline_pages import timeline as timeline_of

TOLD = "A gunman opened fire on the crowd at the Orvik harbour festival on Sunday night."


def test_a_late_pages_weekday_joins_the_event_other_pages_tell(nlp) -> None:
    pages = [
        ("a", TOLD, "2025-03-10"),
        ("b", "A gunman opened fire at the Orvik harbour festival on Sunday night.", "2025-03-10"),
        (
            "c",
            "Police said a gunman opened fire at the harbour festival on Sunday night.",
            "2025-03-24",
        ),
    ]
    timeline = timeline_of(nlp, pages)
    assert [e.date for e in timeline] == ["2025-03-09"], [(e.date, e.text) for e in timeline]
    assert {c.doc_id for c in timeline[0].citations} == {"a", "b", "c"}


def test_another_weekday_or_other_words_stay_apart(nlp) -> None:
    pages = [
        ("a", TOLD, "2025-03-10"),
        ("b", "A gunman opened fire at the Orvik harbour festival on Sunday night.", "2025-03-10"),
        ("c", "The harbour festival reopened its gates to visitors on Sunday.", "2025-03-24"),
        ("d", "A gunman opened fire at the Orvik harbour festival on Saturday.", "2025-03-24"),
    ]
    dates = sorted(e.date for e in timeline_of(nlp, pages))
    assert dates == ["2025-03-09", "2025-03-22", "2025-03-23"], dates
