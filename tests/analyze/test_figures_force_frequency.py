"""Two numbers that count nothing of a story's tallies: pounds of thrust are a force (never a
weight in kilograms beside a payload's pounds), and a percent "of the time" says how often."""

from __future__ import annotations

from spacy.language import Language

from storyline.analyze.entities import find_entities
from storyline.analyze.figures import find_figures
from storyline.analyze.times import find_times


def figures(nlp: Language, text: str) -> list[tuple[str, str]]:
    sdoc = nlp(text)
    found = find_figures(sdoc, find_entities(sdoc), find_times(sdoc, "2031-02-13"), [])
    return [(f.text, f.unit) for f in found]


def test_pounds_of_thrust_are_a_force(nlp: Language) -> None:
    assert figures(nlp, "The Orsa engine gives 1.2 million pounds of thrust at liftoff.") == [
        ("1.2 million pounds", "lbf")
    ]
    assert figures(nlp, "The Orsa rocket can lift 90,000 pounds of cargo.") == [
        ("90,000 pounds", "lb")
    ]


def test_a_percent_of_the_time_is_no_figure(nlp: Language) -> None:
    assert figures(nlp, "The Varnby ferry ran on schedule 98 percent of the time last year.") == []
    assert figures(nlp, "About 40 percent of the Varnby voters backed the plan.") == [
        ("About 40 percent", "percent")
    ]
