"""Key figures compare a measure in one unit (km and miles, kg and lb, °C and °F), tell an
altitude from a distance travelled, and read a toll that rose from page to page as a count over
time, not as two sources at odds."""

from __future__ import annotations

from storyline.model import Analysis, Document, FigureGroup
from storyline.synthesize.figures import key_figures
from tests.synthesize.figure_pages import placed


def _pages(pages: list[tuple[str, str, list[tuple[str, float, str, str | None]]]]):
    """Pages of (published, text, [(figure surface, value, unit, predicate)])."""
    docs, analyses = [], {}
    for i, (published, text, figures) in enumerate(pages):
        doc = Document(
            id=f"p{i}", source=f"p{i}", text=text, published=published, published_source="meta"
        )
        figs = [placed(text, *f) for f in figures]
        docs.append(doc)
        analyses[doc.id] = Analysis(doc_id=doc.id, version="t", text_hash="x", figures=figs)
    return key_figures(docs, analyses, {d.id: d.id for d in docs})


def _with(groups: list[FigureGroup], value: float) -> FigureGroup:
    return next(g for g in groups if any(v.value == value for v in g.values))


def test_kilometres_and_miles_are_one_distance():
    groups = _pages(
        [
            (
                "2031-04-02",
                "The glider flew 500 kilometres over the Varn Sea.",
                [("500 kilometres", 500, "km", "fly")],
            ),
            (
                "2031-04-02",
                "The glider flew about 311 miles before landing.",
                [("about 311 miles", 311, "miles", "fly")],
            ),
        ]
    )
    group = _with(groups, 500)
    assert {v.value for v in group.values} == {500, 311}
    assert group.verdict == "agree"
    assert group.quantity == "km"


def test_pounds_and_kilograms_are_one_weight_and_fahrenheit_reads_as_celsius():
    groups = _pages(
        [
            (
                "2031-04-02",
                "The probe weighs 200 kg and the hull held 30°C.",
                [("200 kg", 200, "kg", "weigh"), ("30°C", 30, "°C", None)],
            ),
            (
                "2031-04-02",
                "The probe weighs 441 lb and the hull held 86 degrees Fahrenheit.",
                [("441 lb", 441, "lb", "weigh"), ("86 degrees Fahrenheit", 86, "°F", None)],
            ),
        ]
    )
    assert _with(groups, 200).verdict == "agree"
    assert {v.value for v in _with(groups, 200).values} == {200, 441}
    assert {v.value for v in _with(groups, 30).values} == {30, 86}
    assert _with(groups, 30).verdict == "agree"


def test_a_converted_value_is_shown_with_the_unit_its_source_wrote():
    groups = _pages(
        [
            (
                "2031-04-02",
                "The glider flew about 311 miles before landing.",
                [("about 311 miles", 311, "miles", "fly")],
            ),
            (
                "2031-04-03",
                "The glider flew 900 kilometres on its second day over the sea.",
                [("900 kilometres", 900, "km", "fly")],
            ),
        ]
    )
    explanation = _with(groups, 311).explanation
    assert "501 km (311 miles)" in explanation


def test_an_altitude_is_not_the_distance_flown():
    groups = _pages(
        [
            (
                "2031-04-02",
                "The rocket reached an altitude of 700 km and flew 2,000 km east.",
                [("700 km", 700, "km", "reach"), ("2,000 km", 2000, "km", "fly")],
            ),
            (
                "2031-04-02",
                "It reached an altitude of 435 miles before it fell into the sea.",
                [("435 miles", 435, "miles", "reach")],
            ),
        ]
    )
    altitude = _with(groups, 700)
    assert {v.value for v in altitude.values} == {700, 435}
    assert 2000 not in {v.value for v in altitude.values}
    assert "altitude" in altitude.quantity


def test_a_toll_that_rose_between_pages_differs_in_time():
    groups = _pages(
        [
            (
                "2031-05-01",
                "At least 40 people were killed when the pier collapsed in Osterby.",
                [("At least 40 people", 40, "people", "kill")],
            ),
            (
                "2031-05-01",
                "The pier collapse in Osterby killed at least 40 people on Sunday.",
                [("at least 40 people", 40, "people", "kill")],
            ),
            (
                "2031-05-03",
                "Officials said 52 people were killed when the Osterby pier fell.",
                [("52 people", 52, "people", "kill")],
            ),
        ]
    )
    toll = _with(groups, 52)
    assert toll.verdict == "different_times"
    assert "rose over time" in toll.explanation


def test_tolls_of_two_earlier_events_are_no_count_over_time():
    groups = _pages(
        [
            (
                "2031-05-01",
                "In March 2019, a fire at a mill killed 12 people. In June 2024, a flood in "
                "the valley killed 30 people. Today the dam held.",
                [("12 people", 12, "people", "kill"), ("30 people", 30, "people", "kill")],
            ),
        ]
    )
    for group in groups:
        assert group.verdict != "different_times"
        assert "over time" not in group.explanation


def test_a_toll_reported_through_one_day_differs_in_time():
    groups = _pages(
        [
            (
                "2031-05-01T08:00:00",
                "At least 30 people were killed in the Osterby blast.",
                [("At least 30 people", 30, "people", "kill")],
            ),
            (
                "2031-05-01T21:00:00",
                "The Osterby blast killed 45 people, officials said.",
                [("45 people", 45, "people", "kill")],
            ),
        ]
    )
    assert _with(groups, 45).verdict == "different_times"


def test_the_sources_a_reporter_cites_are_no_figure():
    groups = _pages(
        [
            (
                "2031-05-01",
                "Two harbour sources told the Courier the pier had cracked.",
                [("Two harbour sources", 2, "harbour sources", "tell")],
            ),
            (
                "2031-05-01",
                "Two harbour sources said the pier had cracked.",
                [("Two harbour sources", 2, "harbour sources", "say")],
            ),
        ]
    )
    assert groups == []


def test_unit_class_joins_irregular_plurals_to_their_singular():
    from storyline.synthesize.figures import unit_class

    assert unit_class("bodies") == unit_class("body")
    assert unit_class("companies") == unit_class("company")
    assert unit_class("churches") == unit_class("church")
    assert unit_class("classes") == unit_class("class")
    assert unit_class("boats") == unit_class("boat")
