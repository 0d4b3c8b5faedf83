"""Figures: value, what is counted, bound, attribution and as-of date."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.analyze.entities import find_entities
from storyline.analyze.figures import find_figures, parse_number
from storyline.model import Figure, TimeExpression


def figures(nlp, text: str, times: list[TimeExpression] | None = None) -> list[Figure]:
    sdoc = nlp(text)
    return find_figures(sdoc, find_entities(sdoc), times or [])


@pytest.mark.parametrize(
    ("text", "value", "bound", "unit"),
    [
        ("North Korea had sent up to 12,000 troops to Russia.", 12000, "up_to", "troops"),
        ("About 1,500 soldiers arrived in the city.", 1500, "about", "soldiers"),
        ("The army has approximately 12,000 troops there.", 12000, "about", "troops"),
        ("The elite forces number at least 40,000.", 40000, "at_least", "elite forces"),
        (
            "It may send as many as 12,000 of its special forces.",
            12000,
            "as_many_as",
            "special forces",
        ),
        ("It has nearly 1.3 million active personnel.", 1.3e6, "nearly", "active personnel"),
        ("More than 300 officers were sent.", 300, "more_than", "officers"),
        ("Fewer than 50 people came.", 50, "less_than", "people"),
        ("Ukrainian media said six North Koreans were killed.", 6, "exact", "North Koreans"),
        ("They sent three generals.", 3, "exact", "generals"),
        ("Sending a few thousand troops will not matter.", 3000, "about", "troops"),
        ("Dozens of people were hurt.", 24, "at_least", "people"),
        ("Thousands of soldiers are training.", 2000, "at_least", "soldiers"),
        ("The deal is worth $1.5 billion.", 1.5e9, "exact", "dollars"),
        ("Support fell to 25% in May.", 25, "exact", "percent"),
        ("Support fell to 25 per cent.", 25, "exact", "percent"),
        ("The border is 7,300 kilometers away.", 7300, "exact", "km"),
        ("Putin hosted around 20 leaders.", 20, "about", "leaders"),
    ],
)
def test_value_bound_unit(nlp, text, value, bound, unit):
    found = figures(nlp, text)
    assert len(found) == 1, found
    f = found[0]
    assert (f.value, f.bound, f.unit) == (value, bound, unit)
    assert text[f.start : f.end] == f.text


def test_not_figures(nlp):
    text = (
        "In 2022, under Article 4 of the treaty signed on Oct 8, the first of the two Koreas "
        "bought F-16 jets at 10:30 in its third year; no one came."
    )
    assert figures(nlp, text) == []


def test_parse_number():
    assert parse_number(["1.3", "million"]) == (1.3e6, "exact")
    assert parse_number(["twenty", "-", "five"])[0] == 25  # type: ignore[index]
    assert parse_number(["two", "hundred", "thousand"]) == (200000, "exact")
    assert parse_number(["tens", "of", "thousands"]) == (20000, "at_least")
    assert parse_number(["hundreds", "of", "thousands"]) == (200000, "at_least")
    assert parse_number(["a", "dozen"]) == (12, "about")


def test_attribution_according_to_and_speech_verbs(nlp):
    f = figures(nlp, "According to the defence ministry, 3,000 soldiers have arrived.")[0]
    assert f.attribution == "defence ministry"
    f = figures(nlp, "“In any case, 10,000 soldiers is not that many,” adds Isabelle Facon.")[0]
    assert f.attribution == "Isabelle Facon"
    f = figures(
        nlp,
        "Ukrainian President Volodymyr Zelensky spoke on Friday. He claimed North "
        "Korea was training 10,000 troops.",
    )[0]
    assert f.attribution == "Volodymyr Zelensky"
    f = figures(nlp, "Reports indicate that North Korea sent 500 officers.")[0]
    assert f.attribution is None  # "reports" name nobody


def test_as_of_comes_from_the_times(nlp):
    text = "About 1,500 have been deployed to Vladivostok as at Oct 8, NIS added."
    start = text.index("Oct 8")
    times = [TimeExpression(text="Oct 8", start=start, end=start + 5, value="2024-10-08")]
    f = figures(
        nlp,
        "NIS said about 12,000 members will go. " + text,
        [t.model_copy(update={"start": t.start + 39, "end": t.end + 39}) for t in times],
    )[1]
    assert (f.value, f.unit, f.as_of, f.attribution) == (1500, "members", "2024-10-08", "NIS")


# ------------------------------------------------------------------ seeds


@pytest.fixture(scope="session")
def seed_figures(nlp, seeds_dir: Path) -> dict[str, list[Figure]]:
    from storyline.analyze.times import find_times

    found = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        sdoc = nlp(path.read_text())
        times = find_times(sdoc, "2024-10-22")
        found[path.name[:3]] = find_figures(sdoc, find_entities(sdoc), times)
    return found


def has(
    found: list[Figure],
    value: float,
    bound: str,
    unit: str | None = None,
    attribution: str | None = None,
    as_of: str | None = None,
) -> bool:
    return any(
        f.value == value
        and f.bound == bound
        and (unit is None or f.unit == unit)
        and (attribution is None or (f.attribution or "").startswith(attribution))
        and (as_of is None or f.as_of == as_of)
        for f in found
    )


def test_seed_troop_figures(seed_figures):
    f = seed_figures
    assert has(f["000"], 12000, "up_to", "troops", "Ministry of National Defense")
    assert has(f["001"], 12000, "about", "troops")
    assert has(f["001"], 500, "exact", "officers")
    assert has(f["001"], 3, "exact", "generals")
    assert has(f["002"], 3000, "exact", "soldiers")
    assert has(f["002"], 12000, "as_many_as", "troops", "U.S. and Ukrainian officials")
    assert has(f["003"], 12000, "as_many_as", "special forces")
    assert has(f["003"], 12000, "about", "members", "National Intelligence Service")
    assert has(f["003"], 1500, "about", "members", "National Intelligence Service", "2024-10-08")
    assert has(f["003"], 1.3e6, "nearly", "active personnel")
    assert has(f["003"], 600000, "exact")
    assert has(f["003"], 40000, "at_least", "elite forces", "South Korean military")
    assert has(f["003"], 6, "exact", "North Koreans")
    assert has(f["004"], 10000, "exact", "troops", "Volodymyr Zelensky")
    assert has(f["004"], 10000, "exact", "soldiers", "Isabelle Facon")
    assert has(f["004"], 3000, "about", "troops", "Marie Dumoulin")


def test_seeds_have_no_dates_or_labels_as_figures(seed_figures):
    values = {f.value for found in seed_figures.values() for f in found}
    assert not values & {2024, 2022, 1953, 1914, 15, 18, 8, 4}


def test_spaced_thousands_and_measures(nlp):
    f = figures(nlp, "The order covers about 40 000 people.")[0]
    assert (f.value, f.bound, f.unit, f.text) == (40000, "about", "people", "about 40 000 people")
    f = figures(nlp, "It holds roughly 310 million cubic metres of water.")[0]
    assert (f.value, f.unit) == (3.1e8, "cubic metres")
    f = figures(nlp, "Parliament approved 120 million crowns for repairs.")[0]
    assert (f.value, f.unit) == (1.2e8, "crowns")


def test_bare_number_borrows_the_earlier_unit(nlp):
    found = figures(
        nlp,
        "Vorn said 11,500 people had left, out of the roughly 40,000 covered "
        "by the order. Lawmakers voted 141 to 9.",
    )
    assert [(f.value, f.unit) for f in found] == [
        (11500, "people"),
        (40000, "people"),
        (141, ""),
        (9, ""),
    ]


def test_by_a_date_is_a_target_with_a_modal(nlp):
    text = "About 9,000 people had been evacuated by Wednesday. All 40,000 should leave by Friday."
    times = [
        TimeExpression(text=w, start=text.index(w), end=text.index(w) + len(w), value=v)
        for w, v in (("Wednesday", "2025-03-12"), ("Friday", "2025-03-14"))
    ]
    found = figures(nlp, text, times)
    assert [(f.value, f.as_of) for f in found] == [(9000, "2025-03-12"), (40000, None)]


def test_page_furniture_and_source_counts_are_not_units_or_sources(nlp):
    assert not [f for f in figures(nlp, "Gallery\n59\nPhotos") if f.unit]
    f = figures(nlp, "Two unnamed senior US officials said the plan was ready.")[0]
    assert (f.unit, f.attribution) == ("officials", None)


@pytest.mark.parametrize(
    "text",
    ["Officials said 10,000 to 12,000 troops were sent.", "Between 10,000 and 12,000 troops went."],
)
def test_ranges(nlp, text):
    found = figures(nlp, text)
    assert [(f.value, f.bound, f.unit) for f in found] == [
        (10000, "at_least", "troops"),
        (12000, "up_to", "troops"),
    ]


def test_money_range_and_votes(nlp):
    found = figures(nlp, "It cost $5-6 billion. Lawmakers voted 141 to 9.")
    assert [(f.value, f.bound, f.unit) for f in found] == [
        (5e9, "at_least", "dollars"),
        (6e9, "up_to", "dollars"),
        (141, "exact", ""),
        (9, "exact", ""),
    ]


@pytest.mark.parametrize(
    ("text", "predicates"),
    [
        ("Lund claimed that as many as 60,000 people live in areas that could flood.", ["live"]),
        ("The dam supplies drinking water to about 200,000 people in the region.", ["supply"]),
        (
            "Vorn said 11,500 people had now left their homes, out of the roughly 40,000 covered "
            "by Tuesday's order.",
            ["leave", "cover"],
        ),
        (
            "Authorities warned that up to 40,000 residents may have to leave their homes.",
            ["leave"],
        ),
        ("Around 9,000 people had been evacuated by Wednesday morning.", ["evacuate"]),
        ("About 1,500 have already been deployed to Vladivostok, NIS added.", ["deploy"]),
        ("Norvania, a country of 5.2 million people, has never evacuated a dam.", [None]),
        ("Officials said 3,000 soldiers arrived.", ["arrive"]),
    ],
)
def test_predicate_says_what_happens_to_the_counted(nlp, text, predicates):
    assert [f.predicate for f in figures(nlp, text)] == predicates


def test_units_that_look_alike_stay_apart(nlp):
    found = figures(nlp, "There is a 12mph limit on the bend and a 20km/h one in the village.")
    assert [(f.value, f.unit) for f in found] == [(12, "mph"), (20, "km/h")]
    found = figures(nlp, "Tickets cost £5 each, and the sack weighed 90 pounds.")
    assert [(f.value, f.unit) for f in found] == [(5, "pounds sterling"), (90, "lb")]
    assert figures(nlp, "The club was fined 300 pounds.")[0].unit == "pounds sterling"


def test_map_and_chart_labels_are_not_figures(nlp):
    assert figures(nlp, "VARNO 120 KM\nOSTRA 40 KM") == []
    assert figures(nlp, "Arrivals by month 2024 300 450") == []
    assert figures(nlp, "Some 300 families left Varno on Monday.")[0].value == 300


def test_a_bare_number_counts_what_its_words_say_not_the_figure_before(nlp):
    text = (
        "The Velmora ferry was carrying 212 passengers and 14 crew when it sank. "
        "Of the 40 dead, 12 were children, the governor said. "
        "The death toll rose to 43 on Tuesday. Officials put the toll at 47 on Wednesday."
    )
    units = {f.text: f.unit for f in figures(nlp, text)}
    assert units["40"] == "people"
    assert units["12"] == "children"
    assert units["43"] == "people"
    assert units["47"] == "people"


def test_a_figure_knows_whose_it_is(nlp):
    text = (
        "The combined company would have sales of $6 billion and employ 21,000 people. "
        "Talvor, which employs 15,000 people, said it would cut 1,200 jobs. "
        "About 9,000 people had left the city by Friday."
    )
    owners = {f.text: f.owner for f in figures(nlp, text)}
    assert owners["21,000 people"] == "combined company"
    assert owners["15,000 people"] == "Talvor"
    assert owners["1,200 jobs"] is None  # "it": a pronoun names nobody
    assert owners["About 9,000 people"] is None  # the subject is what is counted


def test_the_plural_subject_of_a_verb_of_change_is_what_a_bare_number_counts(nlp):
    text = (
        "Confirmed cases in Varno rose to 65 on Tuesday. Arrests reached 300 by Sunday. "
        "The river rose to 4 metres."
    )
    times = [
        TimeExpression(text="Tuesday", start=text.index("Tuesday"),
                       end=text.index("Tuesday") + 7, value="2025-03-11"),
    ]  # fmt: skip
    found = {f.text: f for f in figures(nlp, text, times)}
    assert found["65"].unit == "cases"
    assert found["65"].as_of == "2025-03-11"  # the day the count held
    assert found["300"].unit == "arrests"
    assert found["4 metres"].unit == "m"  # a named unit stays the unit


def test_a_number_a_participle_takes_as_its_object_is_that_participles_figure(nlp):
    text = (
        "The jet skidded off the runway late on Sunday, killing 14 of the 162 people on board. "
        "The dam supplies drinking water to 200,000 people."
    )
    found = {f.text: f for f in figures(nlp, text)}
    assert found["14"].predicate == "kill"
    assert found["200,000 people"].predicate == "supply"  # a gerund modifier is no verb
