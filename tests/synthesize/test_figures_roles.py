"""Key figures: close values that name different quantities (an offer price and a closing
price, a target and what was done), a difference between counts, and the missing."""

from __future__ import annotations

from tests.synthesize.test_figures_groups import _story


def test_an_offer_price_and_a_closing_price_are_different_referents():
    groups = _story(
        [
            ("Velko will pay $38 a share for Brisa.", [("$38", 38, "dollars", "pay")], []),
            ("The offer values each Brisa share at $38.", [("$38", 38, "dollars", "value")], []),
            (
                "Brisa shares closed up 21% on Monday at $36.30.",
                [("$36.30", 36.3, "dollars", "close")],
                [],
            ),
        ]
    )
    offer = next(g for g in groups if any(v.value == 38 for v in g.values))
    assert {v.value for v in offer.values} == {38}
    assert offer.verdict == "agree"
    assert all(g.verdict != "conflict" for g in groups)


def test_a_target_and_the_count_reached_are_not_one_value():
    groups = _story(
        [
            (
                "The city set a target of 5,000 homes for the year.",
                [("5,000 homes", 5000, "homes", None)],
                [],
            ),
            (
                "Builders achieved 4,900 homes by December.",
                [("4,900 homes", 4900, "homes", "achieve")],
                [],
            ),
        ]
    )
    both = [g for g in groups if {v.value for v in g.values} == {5000, 4900}]
    assert all(g.verdict == "different_referents" for g in both)
    assert all(g.verdict != "agree" for g in groups)


def test_a_difference_between_two_counts_is_no_count():
    groups = _story(
        [
            (
                "The boat carried 226 people, 46 more than it was licensed to carry.",
                [("226 people", 226, "people", "carry"), ("46", 46, "people", None)],
                [],
            ),
            (
                "At least 47 people died, police said.",
                [("At least 47 people", 47, "people", "die")],
                [],
            ),
            ("Police said 47 people died.", [("47 people", 47, "people", "die")], []),
        ]
    )
    assert all(46 not in {v.value for v in g.values} for g in groups)


def test_the_missing_are_not_counted_with_the_rescued():
    groups = _story(
        [
            (
                "Rescuers pulled 150 people from the water. Around 30 people remain missing.",
                [
                    ("150 people", 150, "people", "pull"),
                    ("Around 30 people", 30, "people", "remain"),
                ],
                [],
            ),
            (
                "A total of 152 people were rescued. Some 26 people are still unaccounted for.",
                [("152 people", 152, "people", "rescue"), ("Some 26 people", 26, "people", "be")],
                [],
            ),
        ]
    )
    missing = next(g for g in groups if any(v.value == 26 for v in g.values))
    assert {v.value for v in missing.values} == {30, 26}
    assert "missing" in missing.quantity or "missing" in missing.explanation


def test_a_count_told_by_how_bad_the_injuries_are_is_a_part_of_the_toll():
    groups = _story(
        [
            ("Police said 25 people were injured.", [("25 people", 25, "people", "injure")], []),
            (
                "Four people with serious injuries were taken to hospital.",
                [("Four people", 4, "people", None)],
                [],
            ),
            (
                "Police said four people with more serious injuries were released.",
                [("four people", 4, "people", "release")],
                [],
            ),
        ]
    )
    toll = next(g for g in groups if any(v.value == 25 for v in g.values))
    assert toll.verdict == "different_referents"
    assert "a part" in toll.explanation


def test_a_rank_among_things_is_no_count():
    groups = _story(
        [
            (
                "The port ranks among the 40 busiest harbors in the world.",
                [("40 busiest harbors", 40, "harbors", None)],
                [],
            ),
            (
                "It is one of the 40 busiest harbors anywhere.",
                [("40 busiest harbors", 40, "harbors", None)],
                [],
            ),
        ]
    )
    assert groups == []


def test_a_measure_takes_no_stage_of_a_movement():
    from storyline.synthesize.figure_words import status_of

    words = "temperatures were expected to reach about 22 degrees Celsius"
    assert status_of(words, "about 22 degrees Celsius", "°C") is None


def test_a_part_named_by_of_them_counts_the_toll_before_it():
    groups = _story(
        [
            (
                "Officials said 340 people were injured, 40 of them seriously.",
                [("340 people", 340, "people", "injure"), ("40", 40, "people", None)],
                [],
            ),
            ("Nine people remain missing.", [("Nine people", 9, "people", "remain")], []),
        ]
    )
    injured = next(g for g in groups if any(v.value == 340 for v in g.values))
    assert {v.value for v in injured.values} == {340, 40}
    assert injured.verdict == "different_referents"


def test_a_toll_without_its_noun_is_still_a_key_figure():
    groups = _story(
        [
            (
                "The death toll from the quake rose to 61 on Monday.",
                [("61", 61, "people", "rise")],
                [],
            ),
            (
                "The number of people killed by the quake has reached 74.",
                [("74", 74, "people", "reach")],
                [],
            ),
        ]
    )
    assert any({61, 74} <= {v.value for v in g.values} for g in groups)


def test_a_share_won_is_not_the_share_a_rival_targeted():
    groups = _story(
        [
            (
                "Mara Vell won 52.4 percent of the vote.",
                [("52.4 percent", 52.4, "percent", "win")],
                [],
            ),
            (
                "Vell won 52.6 percent, the commission said.",
                [("52.6 percent", 52.6, "percent", "win")],
                [],
            ),
            (
                "Her rival, who had targeted 55 percent of the vote, conceded.",
                [("55 percent", 55, "percent", "target")],
                [],
            ),
        ]
    )
    won = next(g for g in groups if any(v.value == 52.4 for v in g.values))
    assert 55 not in {v.value for v in won.values} or won.verdict == "different_referents"
    assert all(g.verdict != "conflict" for g in groups)


def test_a_sum_in_a_currency_the_analyzer_renames_is_a_key_figure():
    groups = _story(
        [
            (
                "Varga presented a 48 billion krona budget.",
                [("48 billion krona", 48e9, "crowns", "present")],
                [],
            ),
            (
                "The budget totals 48 billion krona.",
                [("48 billion krona", 48e9, "crowns", "total")],
                [],
            ),
        ]
    )
    assert [g.verdict for g in groups] == ["agree"]
