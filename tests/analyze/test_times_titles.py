"""A time phrase whose common noun is capitalised inside running text is a title or a name; in
a title-case headline, and in a holiday's name, it is still a time."""

from __future__ import annotations

from storyline.analyze.times import find_times

REF = "2025-03-13"


def _texts(text: str) -> list[str]:
    return [t.text for t in find_times(text, REF)]


def test_programme_and_film_titles_are_no_times() -> None:
    assert _texts("The minister told the panel show This Week that she would stay.") == []
    assert _texts("She presents This Morning with a new co-host from Monday.") == ["Monday"]
    assert _texts('The plot borrows from "Back To The Future" in every scene.') == []


def test_headlines_holidays_and_lower_case_stay_times() -> None:
    assert _texts("Harbour Talks Resume Next Week") == ["Next Week"]
    assert _texts("The market shuts on New Year's Day for the holiday.") == ["New Year's Day"]
    assert _texts("This morning the ferry left on time.") == ["This morning"]
