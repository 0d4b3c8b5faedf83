"""Month and weekday names: every spelling maps to the right number."""

from storyline.lexicon import calendar


def test_months_number_from_one_and_abbreviations_agree() -> None:
    assert len(calendar.MONTH_NAMES) == 12
    assert calendar.MONTH_NUMBERS["january"] == 1 and calendar.MONTH_NUMBERS["december"] == 12
    for short, number in calendar.MONTH_ABBREVIATIONS.items():
        assert calendar.MONTH_NAMES[number - 1].startswith(short[:3])


def test_weekdays_number_from_monday_and_foreign_names_are_months() -> None:
    assert calendar.WEEKDAY_NUMBERS["monday"] == 0 and calendar.WEEKDAY_NUMBERS["sunday"] == 6
    assert all(1 <= n <= 12 for n in calendar.FOREIGN_MONTHS.values())
    assert "may" in calendar.CALENDAR_WORDS and "friday" in calendar.CALENDAR_WORDS
