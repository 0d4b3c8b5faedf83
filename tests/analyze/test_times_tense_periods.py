"""Seasons and weekends take the clause's tense; "the next day" / "the next year" count from a
date named before; "the week ended <day>" is that week; "will last 72 hours" is a length of
time without the verb."""

from __future__ import annotations

from spacy.language import Language

from storyline.analyze.times import find_times, timex3

REF = "2031-05-14"  # a Wednesday in spring


def found(nlp: Language, text: str, ref: str = REF) -> dict[str, str]:
    return {t.text: t.value for t in map(timex3, find_times(nlp(text), ref))}


def test_bare_season_in_a_past_clause_is_the_last_one(nlp: Language) -> None:
    assert found(nlp, "In the fall, prices rose sharply.")["the fall"] == "2030-FA"
    assert found(nlp, "During the summer, the mayor travelled abroad.")["the summer"] == "2030-SU"
    # a season under way, or one named with "this" or in a plan, is unchanged
    assert found(nlp, "In the spring, prices will rise.")["the spring"] == "2031-SP"
    assert found(nlp, "This fall the firm opened a plant.")["This fall"] == "2031-FA"


def test_bare_season_in_a_future_clause_after_it_ended_is_next_years(nlp: Language) -> None:
    december = "2031-12-12"
    assert found(nlp, "The plant will open in the fall.", december)["the fall"] == "2032-FA"
    assert found(nlp, "In the fall, prices rose.", december)["the fall"] == "2031-FA"


def test_the_weekend_follows_the_tense(nlp: Language) -> None:
    # on a Wednesday: a past act "over the weekend" is the weekend just gone
    assert found(nlp, "It happened over the weekend.")["the weekend"] == "2031-W19-WE"
    assert found(nlp, "The rally will be held over the weekend.")["the weekend"] == "2031-W20-WE"
    # on a Monday: the weekend just gone, unless the clause looks ahead
    monday = "2031-05-12"
    assert found(nlp, "The talks over the weekend were long.", monday)["the weekend"] == (
        "2031-W19-WE"
    )
    assert found(nlp, "The rally will be held over the weekend.", monday)["the weekend"] == (
        "2031-W20-WE"
    )


def test_the_next_day_opening_a_sentence_counts_from_the_date_before(nlp: Language) -> None:
    times = found(nlp, "The pact was signed on April 2. The next day, the envoy flew home.")
    assert times["The next day"] == "2031-04-03"


def test_the_next_year_in_a_past_clause_is_a_point(nlp: Language) -> None:
    times = found(nlp, "The mill closed in 2029. The next year, its owner left town.")
    assert times["The next year"] == "2030"
    # a stretch of time ahead, or one a preposition opens, stays a length
    assert found(nlp, "Prices will rise over the next year.")["the next year"] == "P1Y"
    assert found(nlp, "Over the next year, prices rose steadily.")["the next year"] == "P1Y"


def test_the_week_ended_a_day_is_that_week(nlp: Language) -> None:
    times = found(nlp, "Fund yields rose in the week ended May 2.")
    assert times["the week"] == "2031-W18"
    assert found(nlp, "The week was a hard one for the markets.")["The week"] == "2031-W20"


def test_last_as_a_verb_is_not_part_of_the_length(nlp: Language) -> None:
    assert found(nlp, "The truce will last 72 hours.") == {"72 hours": "PT72H"}
    assert "two weeks" in found(nlp, "The strike is expected to last two weeks.")
    assert found(nlp, "Sales rose in the last two years.") == {"the last two years": "P2Y"}


def test_counts_in_hundreds_dozens_and_quarter_centuries(nlp: Language) -> None:
    times = found(
        nlp, "The dynasty ruled for almost a hundred years and the siege took a dozen days."
    )
    assert times["almost a hundred years"] == "P100Y"
    assert times["a dozen days"] == "P12D"
    assert found(nlp, "The feud lasted a quarter of a century.") == {
        "a quarter of a century": "P25Y"
    }
    assert found(nlp, "The dam was built a hundred years ago.") == {"a hundred years ago": "1931"}
    assert found(nlp, "Such rocks formed over hundreds of years.")["hundreds of years"] == "PXY"


def test_a_quarter_of_something_is_a_fraction(nlp: Language) -> None:
    assert found(nlp, "The firm earned a quarter of its profit abroad.") == {}


def test_a_protest_march_is_not_the_month(nlp: Language) -> None:
    text = "Crowds joined the annual March for Clean Rivers. The Million Mothers March was calm."
    assert found(nlp, text) == {}
    times = found(nlp, "The March meeting was tense. Sales rose in January and March.")
    assert times["March"] == "2031-03"
    assert len(find_times(nlp("The March meeting was tense. Prices fell in March."), REF)) == 2


def test_earlier_or_later_that_day_keeps_its_modifier(nlp: Language) -> None:
    times = found(nlp, "The vote was held on March 3. Earlier that day, the mayor spoke.")
    assert times["Earlier that day"] == "2031-03-03"
    times = found(nlp, "She left for Lyon in June 2029 and came back later that year.")
    assert times["later that year"] == "2029"


def test_generic_today_is_the_present_not_the_day(nlp: Language) -> None:
    text = "Today's children read less than their parents did. Today's vote was close."
    assert [t.value for t in find_times(nlp(text), REF)] == ["PRESENT_REF", REF]
