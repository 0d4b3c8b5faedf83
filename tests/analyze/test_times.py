"""Time expressions: detection, resolution against the publication date, page-date estimates."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.analyze.times import estimate_published, find_times


@pytest.fixture(scope="session")
def times_nlp():  # a spaCy Language
    from storyline.analyze.nlp import load_nlp

    return load_nlp()


def values(text: str, ref: str | None, nlp=None) -> dict[str, str]:
    source = nlp(text) if nlp is not None else text
    return {t.text: t.value for t in find_times(source, ref)}


def seed(seeds_dir: Path, prefix: str) -> str:
    return next(seeds_dir.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


# ---------------------------------------------------------------- the seeds


def test_seed_003_month_days_and_months(seeds_dir: Path, times_nlp) -> None:
    found = values(seed(seeds_dir, "003"), "2024-10-22", times_nlp)
    assert found["Oct 18"] == "2024-10-18"
    assert found["Oct 8"] == "2024-10-08"
    assert found["Oct 15"] == "2024-10-15"
    assert found["July"] == "2024-07"
    assert found["March 2022"] == "2022-03"
    assert found["June"] == "2024-06"
    assert found["Nov 1"] == "2024-11-01"  # "from Nov 1": ahead of the reference
    assert found["a month before"] == "2024-06"  # counted from "in July" in its sentence
    assert found["The same week"] == "2024-W42"  # the week of Oct 15


def test_seed_002_dated_header(seeds_dir: Path, times_nlp) -> None:
    times = find_times(times_nlp(seed(seeds_dir, "002")), "2024-10-25")
    header = next(t for t in times if t.text == "Friday, October 25, 2024")
    assert (header.value, header.precision, header.relative) == ("2024-10-25", "day", False)


def test_seed_004_weekdays_without_a_date(seeds_dir: Path, times_nlp) -> None:
    times = find_times(times_nlp(seed(seeds_dir, "004")), "2024-10-25")
    by_text = {t.text: t.value for t in times}
    assert by_text["Friday"] == "2024-10-25"
    assert by_text["Sunday"] == "2024-10-27"  # "as early as Sunday" points ahead
    assert by_text["Thursday"] == "2024-10-24"
    assert by_text["June"] == "2024-06"
    assert by_text["This week"] == "2024-W43"
    assert all(t.relative for t in times if t.text in ("Friday", "Sunday", "This week"))


def test_estimate_published_on_seeds(seeds_dir: Path, times_nlp) -> None:
    undated = seed(seeds_dir, "004")
    assert estimate_published(find_times(times_nlp(undated), None), undated) is None
    text = seed(seeds_dir, "003")
    guess = estimate_published(find_times(times_nlp(text), None), text)
    assert guess is not None and guess <= "2024-10-22"


def test_estimate_published_skips_announced_dates() -> None:
    text = (
        "The vote took place on October 20, 2024. The board will meet again on "
        "November 5, 2024. Friday, October 25, 2023 was a bad day."
    )
    assert estimate_published(find_times(text, None), text) == "2024-10-20"


# ---------------------------------------------------------------- weekdays


def test_weekday_past_and_future(times_nlp) -> None:
    ref = "2024-10-23"  # a Wednesday
    assert values("The minister spoke on Monday.", ref, times_nlp)["Monday"] == "2024-10-21"
    assert values("The minister will speak on Monday.", ref, times_nlp)["Monday"] == "2024-10-28"
    assert values("Talks are planned for Friday.", ref, times_nlp)["Friday"] == "2024-10-25"
    assert values("He arrived on Wednesday.", ref, times_nlp)["Wednesday"] == "2024-10-23"
    assert values("The deadline is next Tuesday.", ref)["next Tuesday"] == "2024-10-29"
    assert values("They met last Thursday.", ref)["last Thursday"] == "2024-10-17"


def test_present_tense_schedules_ahead(times_nlp) -> None:
    ref = "2025-03-12"  # a Wednesday
    for text, key, day in [
        ("The deadline expires on Sunday.", "Sunday", "2025-03-16"),
        ("The summit opens Thursday in Paris.", "Thursday", "2025-03-13"),
        ("The vote is on Thursday.", "Thursday", "2025-03-13"),
        ("Officials said the president arrives Sunday.", "Sunday", "2025-03-16"),
        ("The minister is to visit on Friday.", "Friday", "2025-03-14"),
        ("The minister is going to visit on Friday.", "Friday", "2025-03-14"),
        ("Protesters planned a march on Saturday.", "Saturday", "2025-03-15"),
    ]:
        assert values(text, ref, times_nlp)[key] == day, text
    assert values("The law takes effect in January.", ref, times_nlp)["January"] == "2026-01"


def test_by_weekday_before_a_hope_or_plan(times_nlp) -> None:
    ref = "2025-03-12"  # a Wednesday
    text = "By Friday, the agency hopes to have restored power."
    assert values(text, ref, times_nlp)["Friday"] == "2025-03-14"
    assert values(text, ref)["Friday"] == "2025-03-14"  # no parse: "hopes to" after it
    assert (
        values("By Friday, the agency had restored power.", ref, times_nlp)["Friday"]
        == "2025-03-07"
    )


def test_present_tense_that_does_not_schedule(times_nlp) -> None:
    ref = "2025-03-12"  # a Wednesday
    for text, key, day in [
        ("Shares are down 5% since Monday.", "Monday", "2025-03-10"),
        ("Oil prices are higher than on Friday.", "Friday", "2025-03-07"),
        ("Rescuers are searching for survivors after Tuesday's storm.", "Tuesday", "2025-03-11"),
        ("Weakness in tech stocks hurt the index on Monday.", "Monday", "2025-03-10"),
        ("The offer had been scheduled to expire Friday.", "Friday", "2025-03-07"),
        ("On Friday, the government planned to pay the first claims.", "Friday", "2025-03-07"),
        ("As of Monday, the store accounts for 70% of sales.", "Monday", "2025-03-10"),
    ]:
        assert values(text, ref, times_nlp)[key] == day, text


def test_headlines_and_captions_tell_the_past_in_the_present(times_nlp) -> None:
    ref = "2025-03-13"  # a Thursday
    text = (
        "Dam spillway collapses on Wednesday\n\nWater pours over the spillway on Wednesday.\n"
        "Photo: Mira Sand / Coastline News\n\nThe gate opens on Saturday."
    )
    found = [(t.text, t.value) for t in find_times(times_nlp(text), ref)]
    assert found == [
        ("Wednesday", "2025-03-12"),
        ("Wednesday", "2025-03-12"),
        ("Saturday", "2025-03-15"),
    ]
    wrapped = "The offer, which the board rejected, expires on\nSunday, the company said."
    assert values(wrapped, ref, times_nlp)["Sunday"] == "2025-03-16"  # prose, not a headline


def test_anchored_offsets(times_nlp) -> None:
    ref = "2025-03-13"  # a Thursday
    found = values(
        "Parliament on Thursday approved the fund, a day after the dam collapsed.", ref, times_nlp
    )
    assert found["a day after"] == "2025-03-12"  # the collapse: a day before Thursday
    found = values("The vote was on Thursday. Results came two days later.", ref, times_nlp)
    assert found["two days later"] == "2025-03-15"
    assert values("Two days later it ended.", ref)["Two days"] == "P2D"  # nothing to count from


def test_modal_and_deadline_tense(times_nlp) -> None:
    ref = "2025-03-12"  # a Wednesday
    assert (
        values("The minister should visit the valley on Friday.", ref, times_nlp)["Friday"]
        == "2025-03-14"
    )
    assert (
        values("About 9,000 people had been evacuated by Monday morning.", ref, times_nlp)[
            "Monday morning"
        ]
        == "2025-03-10"
    )


def test_weekday_future_cue_without_parse() -> None:
    ref = "2024-10-25"  # a Friday
    assert values("Troops could go into combat as early as Sunday.", ref)["Sunday"] == "2024-10-27"
    assert values("The vote took place on Thursday.", ref)["Thursday"] == "2024-10-24"


def test_possessive_weekdays(times_nlp) -> None:
    ref = "2025-03-13"  # a Thursday
    assert values("Monday’s attack killed three people.", ref, times_nlp)["Monday"] == "2025-03-10"
    assert (
        values("Critics of Tuesday's decision said it came late.", ref, times_nlp)["Tuesday"]
        == "2025-03-11"
    )
    assert (
        values("Saturday's match will be played behind closed doors.", ref, times_nlp)["Saturday"]
        == "2025-03-15"
    )
    assert (
        values("Saturday's match will be played behind closed doors.", ref)["Saturday"]
        == "2025-03-15"
    )  # no parse: the modal after it


def test_by_weekday_in_past_clauses(times_nlp) -> None:
    ref = "2025-03-13"  # a Thursday
    for text, key, day in [
        ("The bridge had been closed by Monday.", "Monday", "2025-03-10"),
        ("Most shops had reopened by Wednesday evening.", "Wednesday evening", "2025-03-12"),
        ("By Tuesday, the river had risen two metres.", "Tuesday", "2025-03-11"),
    ]:
        assert values(text, ref, times_nlp)[key] == day
    assert values("Votes will be counted by Saturday.", ref, times_nlp)["Saturday"] == "2025-03-15"


def test_said_on_a_weekday_is_the_day_of_saying(times_nlp) -> None:
    ref = "2025-03-13"  # a Thursday
    text = "The mayor said on Monday she would resign."
    assert values(text, ref, times_nlp)["Monday"] == "2025-03-10"
    assert values(text, ref)["Monday"] == "2025-03-10"
    assert (
        values("The union said the strike would end on Saturday.", ref)["Saturday"] == "2025-03-15"
    )


def test_until_a_past_day_versus_a_deadline(times_nlp) -> None:
    ref = "2025-03-13"  # a Thursday
    assert (
        values("The road stayed closed until Tuesday.", ref, times_nlp)["Tuesday"] == "2025-03-11"
    )
    assert values("The curfew was extended until Sunday.", ref, times_nlp)["Sunday"] == "2025-03-16"


def test_event_anchored_offsets_count_from_their_own_sentence(times_nlp) -> None:
    ref = "2025-03-13"  # a Thursday
    found = values(
        "Rescuers arrived on Monday. A day after the landslide, the road reopened on Wednesday.",
        ref,
        times_nlp,
    )
    assert found["A day after"] == "2025-03-11"  # Wednesday's day before, not Monday's
    found = values(
        "The mayor resigned on Wednesday, one day before the audit was published.", ref, times_nlp
    )
    assert found["one day before"] == "2025-03-13"
    assert (
        values("The talks resumed two days after March 3.", ref, times_nlp)["two days after"]
        == "2025-03-05"
    )
    found = values("He will resign a week after the vote.", ref, times_nlp)
    assert found["a week"] == "P1W"  # no date of its own to count from: a length of time


# ---------------------------------------------------------------- months and days


def test_month_day_takes_the_reference_year_or_the_one_before() -> None:
    assert values("Talks began on Oct 15.", "2024-10-22")["Oct 15"] == "2024-10-15"
    assert values("The vote was held on Dec 20.", "2024-01-10")["Dec 20"] == "2023-12-20"
    assert values("It opens on Jan 5, he said.", "2024-12-28")["Jan 5"] in (
        "2024-01-05",
        "2025-01-05",
    )
    assert values("It will open on Jan 5.", "2024-12-28")["Jan 5"] == "2025-01-05"
    assert values("On 3 October the army moved.", "2024-10-22")["3 October"] == "2024-10-03"


def test_month_alone_past_and_future(times_nlp) -> None:
    ref = "2024-10-22"
    assert values("The treaty was signed in June.", ref, times_nlp)["June"] == "2024-06"
    assert values("The treaty will be signed in June.", ref, times_nlp)["June"] == "2025-06"
    assert values("Prices rose in December.", ref, times_nlp)["December"] == "2023-12"
    assert values("They may leave.", ref) == {}  # the modal verb is no month


def test_weekday_picks_the_year_of_a_month_day() -> None:
    # Oct 15 was a Tuesday in 2024 and a Sunday in 2023
    assert values("On Sunday, Oct 15, they met.", "2024-10-22")["Sunday, Oct 15"] == "2023-10-15"


def test_explicit_dates_are_absolute() -> None:
    found = find_times(
        "It began on March 3, 2022 and ended in March 2023, or 2023-04-01.", "2024-10-22"
    )
    assert [(t.value, t.relative) for t in found] == [
        ("2022-03-03", False),
        ("2023-03", False),
        ("2023-04-01", False),
    ]


# ---------------------------------------------------------------- deictic words and units


def test_weeks_months_years_relative_to_the_reference() -> None:
    ref = "2024-10-25"
    found = values(
        "This week the talks resumed. Last week they stalled; last month they "
        "began. Earlier this year he resigned, and next year he will run. "
        "Yesterday it rained, today it is dry.",
        ref,
    )
    assert found["This week"] == "2024-W43"
    assert found["Last week"] == "2024-W42"
    assert found["last month"] == "2024-09"
    assert found["Earlier this year"] == "2024"
    assert found["next year"] == "2025"
    assert found["Yesterday"] == "2024-10-24"
    assert found["today"] == "2024-10-25"


def test_ago_and_decades() -> None:
    found = values("Three years ago, in the 1950s style, two weeks ago.", "2024-10-25")
    assert found["Three years ago"] == "2021"
    assert found["the 1950s"] == "195"
    assert found["two weeks ago"] == "2024-W41"


def test_ranges() -> None:
    found = find_times("The drills ran Oct 14-20 and the war lasted 2019-2021.", "2024-10-25")
    ranges = {t.text: (t.value, t.precision) for t in found}
    assert ranges["Oct 14-20"] == ("2024-10-14/2024-10-20", "range")
    assert ranges["2019-2021"] == ("2019/2021", "range")


def test_durations_and_sets() -> None:
    found = {
        t.text: (t.type, t.value)
        for t in find_times(
            "The siege lasted three days; the talks took two hours over the past two months, "
            "and patrols run daily.",
            "2024-10-25",
        )
    }
    assert found["three days"] == ("DURATION", "P3D")
    assert found["two hours"] == ("DURATION", "PT2H")
    assert found["the past two months"] == ("DURATION", "P2M")
    assert found["daily"] == ("SET", "P1D")


def test_not_time_expressions() -> None:
    assert values("A 6-year-old boy and 2000 troops crossed.", "2024-10-25") == {}


def test_clock_time_on_the_reference_day() -> None:
    found = find_times("The strike hit at 5 p.m. on the border.", "2024-10-25")
    assert [(t.type, t.value, t.precision) for t in found] == [("TIME", "2024-10-25T17:00", "time")]


# ---------------------------------------------------------------- no reference


def test_without_reference_relative_values_stay_unresolved() -> None:
    found = {
        t.text: (t.value, t.relative)
        for t in find_times(
            "On Thursday officials met. On Oct 15, in March 2022 and last week too.", None
        )
    }
    assert found["Oct 15"] == ("XXXX-10-15", True)
    assert found["Thursday"] == ("XXXX-WXX-4", True)
    assert found["March 2022"] == ("2022-03", False)
    assert found["last week"] == ("XXXX-WXX", True)


def test_text_and_doc_give_the_same_spans(times_nlp) -> None:
    text = "On Oct 18, the agency said troops arrived in June and will leave next month."
    spans = [(t.start, t.end, t.value) for t in find_times(text, "2024-10-22")]
    assert spans == [(t.start, t.end, t.value) for t in find_times(times_nlp(text), "2024-10-22")]
    assert all(text[s:e] for s, e, _ in spans)


# ---------------------------------------------------------------- TimeML conventions


def test_deadlines_and_past_perfect_until(times_nlp) -> None:
    ref = "2000-04-03"  # a Monday
    found = values("The agency extended its deadline until Tuesday.", ref, times_nlp)
    assert found["Tuesday"] == "2000-04-04"  # a deadline set in the past still lies ahead
    found = values("Until Thursday, they had not called him a suspect.", ref, times_nlp)
    assert found["Thursday"] == "2000-03-30"
    found = values("They lose him if the case is heard in May.", ref, times_nlp)
    assert found["May"] == "2000-05"


def test_parts_of_the_current_unit_and_accounting_years() -> None:
    found = {
        t.text: (t.type, t.value)
        for t in find_times(
            "Rains delayed planting earlier in the year. Troops arrive by the end of the month. "
            "In the fiscal year ended Jan. 31, sales rose.",
            "1990-08-13",
        )
    }
    assert found["earlier in the year"] == ("DATE", "1990")
    assert found["the end of the month"] == ("DATE", "1990-08")
    assert found["the fiscal year"] == ("DURATION", "P1Y")


def test_the_past_year_is_the_year_before() -> None:
    found = values("Hate groups grew over the past year, and over the past decade.", "1998-03-03")
    assert found["the past year"] == "1997"
    assert found["the past decade"] == "P10Y"


def test_vague_durations_and_frequencies(times_nlp) -> None:
    found = {
        t.text: (t.type, t.value)
        for t in find_times(
            times_nlp(
                "A few days later, the firm agreed. Orangemen march each July. "
                "Leads are checked on a daily basis. "
                "It ended a decades-long dispute after a day-long meeting. "
                "The deal saves about $2 million a year."
            ),
            "1998-03-22",
        )
    }
    assert found["A few days"] == ("DURATION", "PXD")
    assert found["each July"] == ("SET", "XXXX-07")
    assert found["daily"] == ("SET", "P1D")
    assert found["decades-long"] == ("DURATION", "PXY")
    assert found["day-long"] == ("DURATION", "P1D")
    assert found["a year"] == ("SET", "P1Y")


def test_anaphoric_units_count_from_an_earlier_paragraph() -> None:
    text = (
        "In March, the company received an offer. It also considered a restructuring. "
        "A group urged it to act.\n\nThe following month, the company put itself up for sale."
    )
    assert values(text, "1989-10-27")["The following month"] == "1989-04"


def test_more_date_forms() -> None:
    found = values(
        "The summit is on April 24 and 25. Voters will vote on Election Day. "
        "Take-off was at 08:30 UTC. January nineteen ninety-seven.",
        "1999-03-26",
    )
    assert found["25"] == "1999-04-25"
    assert found["Election Day"] == "1999-11-02"
    assert found["08:30 UTC"] == "1999-03-26T08:30Z"
    assert found["January nineteen ninety-seven"] == "1997-01"
    assert values("They will talk at a later date.", "1999-03-26")["a later date"] == "FUTURE_REF"


def test_the_quarter_is_the_one_last_reported() -> None:
    text = (
        "Sun posted a fiscal first-quarter loss. Sales in the quarter fell; in the 1988 period "
        "they rose. The fourth quarter will be better."
    )
    found = values(text, "1989-10-26")
    assert found["fiscal first-quarter"] == "1989-Q1"
    assert found["the quarter"] == "1989-Q1"
    assert found["the 1988 period"] == "1988-Q1"
    assert (
        values("Profit rose in the latest quarter.", "1989-10-26")["the latest quarter"]
        == "1989-Q3"
    )


def test_a_clock_time_takes_the_day_the_text_tells_of(times_nlp) -> None:
    ref = "2025-06-05"  # a Thursday: the page came out the morning after
    text = (
        "A ferry sank off Marlow Point on Wednesday evening. Dozens were rescued. "
        "The coastguard said the alarm was raised at 9.40pm."
    )
    assert values(text, ref, times_nlp)["9.40pm"] == "2025-06-04T21:40"
    # with no day told before it, the page's own day
    assert values("The alarm was raised at 9.40pm.", ref, times_nlp)["9.40pm"] == "2025-06-05T21:40"
    # a day ahead of the page is another matter's
    later = "The vote is set for June 20. Polls open at 7am."
    assert values(later, ref, times_nlp)["7am"] == "2025-06-05T07:00"
