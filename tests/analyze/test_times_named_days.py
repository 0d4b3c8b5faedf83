"""Days named by a name rather than the calendar: a weekday or month inside an event's or a
group's name is no time; "Friday the 13th" is that day of a nearby month; the feasts counted
from Easter and Thanksgiving are holidays; "the fall of" a thing is a drop, not autumn."""

from __future__ import annotations

from spacy.language import Language

from storyline.analyze.times import find_times

REF = "2031-11-03"  # a Monday


def found(nlp: Language, text: str, ref: str = REF) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_times(nlp(text), ref)]


def test_a_weekday_or_month_in_a_name_is_no_time(nlp: Language) -> None:
    text = "Brokers in Velden still talk about Black Monday in 2027."
    assert found(nlp, text) == [("2027", "2027")]
    assert found(nlp, "The cell Black September claimed the raid on the depot.") == []
    # wire copy names the agent and the day side by side: still a day
    assert found(nlp, "A ferry clerk told The Velden Courier Friday evening it was real.") == [
        ("Friday evening", "2031-10-31")
    ]
    assert found(nlp, "The Orvik council Friday approved the harbour plan.") == [
        ("Friday", "2031-10-31")
    ]


def test_a_name_before_the_show_is_no_day(nlp: Language) -> None:
    assert found(nlp, "The mayor told the Today show that the ferry would run.") == []


def test_weekday_the_ordinal_is_that_day_of_a_nearby_month(nlp: Language) -> None:
    # 13 October 2031 is a Monday: the nearest Monday the 13th before the reference
    assert found(nlp, "Shares in Velden fell sharply on Monday the 13th.") == [
        ("Monday the 13th", "2031-10-13")
    ]
    assert found(nlp, "The harbour reopened on Monday, the 10th anniversary of the flood.") == [
        ("Monday", "2031-11-03")
    ]


def test_feasts_counted_from_easter_and_thanksgiving(nlp: Language) -> None:
    assert found(nlp, "Shoppers queued in Velden on Black Friday.", "2031-12-01") == [
        ("Black Friday", "2031-11-28")
    ]
    assert found(nlp, "The choir sang in Orvik on Palm Sunday.", "2031-05-01") == [
        ("Palm Sunday", "2031-04-06")
    ]


def test_the_fall_of_a_thing_is_a_drop_not_autumn(nlp: Language) -> None:
    assert found(nlp, "Velden grew after the fall of the old regime.") == []
    assert found(nlp, "Traders fretted since the fall in harbour fees.") == []
    assert found(nlp, "The ferry reopened in the fall of 2030.") == [
        ("the fall of 2030", "2030-FA")
    ]
    assert found(nlp, "The mayor said last fall in a letter that fees would rise.") == [
        ("last fall", "2030-FA")
    ]
