"""The key figures' language data: unit classes, status cues, parts of counts, wording."""

from __future__ import annotations

import re
from itertools import combinations
from typing import get_args

import pytest

from storyline.model import Bound
from storyline.synthesize.figure_words import (
    BOUND_WORDS,
    CASUALTIES,
    CLAUSE_EDGE,
    DONE_VERB,
    HUMAN_UNITS,
    NUMBER_WORDS,
    PART_AFTER,
    PART_BEFORE,
    SAID_ON,
    SO_FAR,
    STATUS_CUES,
    STATUS_WORDS,
    UNIT_CLASSES,
    WHEN_LINK,
)


def test_every_bound_has_its_wording() -> None:
    assert set(BOUND_WORDS) == set(get_args(Bound))
    assert BOUND_WORDS["exact"] == ""
    assert all(w == "" or w.endswith(" ") for w in BOUND_WORDS.values())


def test_every_status_has_a_cue_and_a_wording() -> None:
    assert [name for name, _ in STATUS_CUES] == list(dict.fromkeys(n for n, _ in STATUS_CUES))
    assert {name for name, _ in STATUS_CUES} == set(STATUS_WORDS)
    assert CASUALTIES <= set(STATUS_WORDS)


def test_no_unit_word_belongs_to_two_classes() -> None:
    for (a, words_a), (b, words_b) in combinations(UNIT_CLASSES.items(), 2):
        assert not words_a & words_b, (a, b)
    assert HUMAN_UNITS <= set(UNIT_CLASSES)


def status(text: str) -> str | None:
    """The first status whose cue occurs in the text, as the figure code reads them."""
    return next((name for name, cue in STATUS_CUES if re.search(cue, text, re.I)), None)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("12 people were killed and 40 injured", "killed"),
        ("30 were rushed to hospital", "injured"),
        ("200 residents were initially moved", "initially"),
        ("80 families still live on the island", "remaining"),
        ("500 soldiers have arrived", "already"),
        ("a hundred recruits are training", "training"),
        ("the order covers 3,000 troops", "covered"),
        ("the army plans to send 4,000 troops", "planned"),
        ("the bridge is 60 metres long", None),
    ],
)
def test_status_cues(text: str, expected: str | None) -> None:
    assert status(text) == expected


def test_a_training_camp_is_no_training() -> None:
    assert status("the 300 troops at the training camp") is None


@pytest.mark.parametrize(
    "before",
    ["The ministry said on", "Officials told reporters last", "The port said in a statement on"],
)
def test_said_on_ends_with_a_saying_verb_before_a_date(before: str) -> None:
    assert SAID_ON.search(before)


def test_said_on_does_not_reach_over_a_clause() -> None:
    assert not SAID_ON.search("The ministry said the bridge would reopen on")


def test_so_far_marks_a_running_count() -> None:
    assert SO_FAR.search("15,000 have now left")
    assert SO_FAR.search("the toll so far is 12")
    assert not SO_FAR.search("15,000 left the town")


@pytest.mark.parametrize(
    "after",
    [" of those injured", " of them", " among the passengers", " children of the dead"],
)
def test_part_after_the_number(after: str) -> None:
    assert PART_AFTER.match(after)


@pytest.mark.parametrize("after", [" people", " of the city's residents said"])
def test_no_part_after_the_number(after: str) -> None:
    assert not PART_AFTER.match(after)


def test_part_before_the_number() -> None:
    assert PART_BEFORE.search("The dead were 40, including ")
    assert PART_BEFORE.search("120 passengers, among them ")
    assert not PART_BEFORE.search("The dead included ")


def test_when_link_ties_a_clause_to_the_date_before_it() -> None:
    assert WHEN_LINK.match(" when two passengers died")
    assert WHEN_LINK.match(" in which 40 were hurt")
    assert not WHEN_LINK.match(" whenever it rains")


def test_number_words_take_their_scale() -> None:
    assert [m.group() for m in NUMBER_WORDS.finditer("4.5 million people and 12,000 troops")] == [
        "4.5 million",
        "12,000",
    ]
    assert NUMBER_WORDS.search("$3bn").group() == "3bn"


def test_clause_edges_and_done_verbs() -> None:
    assert CLAUSE_EDGE.search("12 were killed, officials said")
    assert CLAUSE_EDGE.search("12 were killed and 30 hurt")
    assert not CLAUSE_EDGE.search("12,000 troops")  # a comma inside a number is no edge
    assert DONE_VERB.search("3,000 troops were deployed")
    assert not DONE_VERB.search("3,000 troops will deploy")


def test_irregular_participles_are_not_made_by_the_rule() -> None:
    from storyline.synthesize.figure_words import participle as _participle

    assert [_participle(v) for v in ("cut", "set", "spread", "plan", "kill", "supply")] == [
        "cut",
        "set",
        "spread",
        "planned",
        "killed",
        "supplied",
    ]


def test_to_train_people_is_no_training_status() -> None:
    from storyline.synthesize.figures import status_of

    assert status_of("the company pledged to train all 400 crew members") != "training"
    assert status_of("about 400 crew members are training at the harbour") == "training"


def test_a_bare_toll_is_the_death_toll_but_a_road_toll_is_not() -> None:
    from storyline.synthesize.figure_words import status_of

    assert status_of("The agency put the toll at three") == "killed"
    assert status_of("the toll rose to 43 on Tuesday") == "killed"
    assert status_of("the injury toll rose to 40") == "injured"
    assert status_of("the toll of injured rose to 40") == "injured"
    assert status_of("a toll road where drivers pay 3 dollars") is None
    assert status_of("a toll-free line took 300 calls") is None
    assert status_of("killing 14 of the 162 people on board") == "killed"
