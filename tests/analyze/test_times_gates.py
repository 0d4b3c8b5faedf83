"""The gated time rules find exactly what their own patterns find, only faster."""

from __future__ import annotations

from storyline.analyze.times.gates import GATES, rule_matches
from storyline.analyze.times.recognise import RULES

TEXTS = [
    "The ferry sank three days ago. Two weeks later the inquiry opened in Tarnby.",
    "A year and a half ago the mill closed; 40 years earlier it had opened.",
    "Nothing counted here: the mayor of Orsa spoke on Monday.",
    "Some hours after the vote, and about 5 minutes before noon, centuries back.",
    "days ago",
    "Monday ago, a few decades hence, two months from now.",
]


def test_gated_rules_match_as_their_patterns_do() -> None:
    gated = [rule for rule in RULES if rule.name in GATES]
    assert {rule.name for rule in gated} == set(GATES)
    for rule in gated:
        for text in TEXTS:
            want = [(m.span(), m.groupdict()) for m in rule.pattern.finditer(text)]
            got = [(m.span(), m.groupdict()) for m in rule_matches(rule, text, {})]
            assert got == want, (rule.name, text)


def test_a_text_without_a_counted_pair_is_not_searched() -> None:
    rule = next(rule for rule in RULES if rule.name == "ago")
    assert list(rule_matches(rule, "Three days passed. Then nothing came.", {})) == []
    assert [m.group() for m in rule_matches(rule, "It fell three days ago.", {})] == [
        "three days ago"
    ]
