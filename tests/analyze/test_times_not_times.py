"""Words of time that name or measure something else: a weekday or season that opens a
capitalised name, "quarter" as the first half of a compound, a length of time that measures
pay or goods, and "now" in "every now and then" or before an adjective it qualifies ("the now
familiar horn"). The times around them are still found."""

from __future__ import annotations

from spacy.language import Language

from storyline.analyze.times import find_times

REF = "2025-03-13"  # a Thursday


def _texts(nlp: Language, text: str) -> list[str]:
    return [t.text for t in find_times(nlp(text), REF)]


def test_a_weekday_or_season_opening_a_name_is_no_time(nlp: Language) -> None:
    assert _texts(nlp, "He told the Sunday Courier that the ferry plan was dead.") == []
    assert _texts(nlp, "The bakery opened a second shop in Summer Hill.") == []


def test_a_day_before_a_name_in_running_text_stays_a_time(nlp: Language) -> None:
    assert _texts(nlp, "On Tuesday Governor Marlow signed the harbour bill.") == ["Tuesday"]
    assert _texts(nlp, "The port authority said Monday Brackwater Ltd. would pay.") == ["Monday"]
    assert _texts(nlp, "The Sunday vote was delayed until Friday.") == ["Sunday", "Friday"]


def test_quarter_as_the_first_half_of_a_compound_is_no_quarter(nlp: Language) -> None:
    assert _texts(nlp, "The quarter-point cut surprised the ferry company's lenders.") == []
    assert _texts(nlp, "The quarter was weak for the ferry company.") == ["The quarter"]
    found = find_times(nlp("The week-long strike ended."), REF)
    assert [(t.text, t.value) for t in found] == [("week-long", "P1W")]


def test_a_length_that_measures_pay_or_goods_is_no_duration(nlp: Language) -> None:
    text = "The ferry line offered a bonus equal to six months of base pay and two weeks' salary."
    assert _texts(nlp, text) == []
    assert _texts(nlp, "The island keeps 90 days of fuel supplies in tanks.") == []


def test_a_length_of_events_stays_a_duration(nlp: Language) -> None:
    text = "The strike followed six months of talks and ended after two weeks of protests."
    assert _texts(nlp, text) == ["six months", "two weeks"]
    assert _texts(nlp, "He spent three months of the year at sea.") == ["three months"]


def test_a_distance_over_a_clock_unit_is_a_speed_not_a_set(nlp: Language) -> None:
    text = "The ferry sails at 30 kilometres an hour; gusts reached 60 miles per hour."
    assert _texts(nlp, text) == []


def test_a_rate_of_pay_or_output_stays_a_set(nlp: Language) -> None:
    found = find_times(nlp("Deckhands earn $14 an hour and the yard builds two boats a year."), REF)
    assert [(t.text, t.type, t.value) for t in found] == [
        ("an hour", "SET", "PT1H"),
        ("a year", "SET", "P1Y"),
    ]


def test_the_fourth_of_july_is_the_holiday(nlp: Language) -> None:
    found = find_times(nlp("The town will hold its parade on the Fourth of July."), REF)
    assert [(t.text, t.value) for t in found] == [("Fourth of July", "2025-07-04")]


def test_for_the_foreseeable_future_means_indefinitely(nlp: Language) -> None:
    assert _texts(nlp, "The ferry will stay docked for the foreseeable future.") == []
    found = find_times(nlp("No new ferry is planned in the foreseeable future."), REF)
    assert [(t.text, t.value) for t in found] == [("the foreseeable future", "FUTURE_REF")]


def test_a_weekday_opening_a_title_case_headline_stays_a_time(nlp: Language) -> None:
    assert _texts(nlp, "Monday Vote Set On Harbour Plan") == ["Monday"]


def test_now_in_an_idiom_or_before_an_adjective_is_no_time(nlp: Language) -> None:
    text = (
        "Ferries call every now and then, and the now familiar horn sounds. Fares are now higher."
    )
    assert [(t.text, t.value) for t in find_times(nlp(text), REF)] == [("now", "PRESENT_REF")]
    assert _texts(nlp, "Her now former partner runs the harbour café.") == []
