"""The time rules, searched only where their needed words are, find exactly what their own
patterns find."""

from __future__ import annotations

import re

from storyline.analyze.times.gates import Scan, needs, reach, rule_matches
from storyline.analyze.times.recognise import RULES, Rule

TEXTS = [
    "The ferry sank three days ago. Two weeks later the inquiry opened in Tarnby.",
    "A year and a half ago the mill closed; 40 years earlier it had opened.",
    "Nothing counted here: the mayor of Orsa spoke on Monday.",
    "Some hours after the vote, and about 5 minutes before noon, centuries back.",
    "days ago",
    "Monday ago, a few decades hence, two months from now.",
]


def test_a_text_without_a_counted_pair_is_not_searched() -> None:
    rule = next(rule for rule in RULES if rule.name == "ago")
    assert not Scan("Three days passed. Then nothing came.").may_match(rule)
    assert [m.group() for m in rule_matches(rule, Scan("It fell three days ago."))] == [
        "three days ago"
    ]


MORE = [
    *TEXTS,
    "Four  days \n\n  - -  ago, 1,000,000,000 , , years later; 12 - 14 - 16   hours before noon.",
    "day " * 40 + "It ended 3 days ago. " + "x " * 300 + "Two weeks later, on March 3.",
    "TODAY and İstanbul's Monday; a vısıt ſix days ago.",
    "On the first Monday of March, 2024, the quarter closed; in Q3 the fiscal year 2025 began.",
    "Every Tuesday at 9:30 a.m. EST, since the spring of 1998 and until Christmas Eve.",
    "NEXT WEEK the council meets. Earlier this year, for decades, tonight, right now.",
    "Nothing here but words about Orsa's harbour and its ferries.",
    "",
]


def test_every_rule_matches_as_its_pattern_does() -> None:
    for text in MORE:
        scan = Scan(text)
        for rule in RULES:
            want = [(m.span(), m.groupdict()) for m in rule.pattern.finditer(text)]
            got = [(m.span(), m.groupdict()) for m in rule_matches(rule, scan)]
            assert got == want, (rule.name, text)


def _rule(pattern: str) -> Rule:
    return Rule("test", re.compile(pattern), lambda m, ctx: None)


def test_needs_are_read_from_the_pattern() -> None:
    assert needs(re.compile(r"(?:early\s+)?(?i:spring|autumn)\s+\d+")) == (
        frozenset({"spring", "autumn"}),
    )
    # a word inside an alternative or an optional part is not needed; a required run is
    assert needs(re.compile(r"(?:the\s+)?(?:Jan|January)\.?\s+(?:\d+|next)")) == (
        frozenset({"jan"}),
    )
    assert needs(re.compile(r"\d{4}|week")) == ()


def test_a_text_without_a_needed_word_is_not_searched() -> None:
    rule = _rule(r"(?i:monsoon)\s+(?:season|rains)")
    scan = Scan("The monsoon came late; the dry months were short.")
    assert not scan.may_match(rule) and list(rule_matches(rule, scan)) == []
    assert [m.group() for m in rule_matches(rule, Scan("The MONSOON rains came."))] == [
        "MONSOON rains"
    ]


def test_letters_re_takes_as_one_without_case_count_as_one() -> None:
    rule = _rule(r"(?i:visit)")  # re matches "i" without case against the dotless "ı"
    for text in ("A VISıT, a vısıt and a Visit.", "One viſit."):
        want = [m.span() for m in rule.pattern.finditer(text)]
        assert want and [m.span() for m in rule_matches(rule, Scan(text))] == want


def test_how_far_a_try_reads_is_read_from_the_pattern() -> None:
    assert reach(re.compile(r"ab(?=cd)\s+x")) == (5, 1)  # 3 characters, 2 ahead, one run
    assert reach(re.compile(r"(?:a|bcd){2}\d+(?!\d\d)")) == (8, 1)
    assert reach(re.compile(r"\d+(?:,\d{3})+")) == (0, 2)  # repeats of non-letters only
    assert reach(re.compile(r"a\w+")) is None  # a run of letters has no bound here


def test_a_match_far_from_other_needed_words_is_found() -> None:
    rule = _rule(r"(?<![\w])(?i:dusk)\s+(?:\d+\s+)*(?:falls|fell)")
    text = "dusk " + "Orsa " * 200 + "dusk\t\t 7   8 fell. " + "x" * 50 + " DUSK falls"
    want = [m.span() for m in rule.pattern.finditer(text)]
    assert len(want) == 2 and [m.span() for m in rule_matches(rule, Scan(text))] == want


def test_without_the_parser_every_rule_searches_the_whole_text(monkeypatch) -> None:
    from storyline.analyze.times import gates

    monkeypatch.setattr(gates, "GATED", False)
    for text in MORE:
        for rule in RULES:
            want = [m.span() for m in rule.pattern.finditer(text)]
            assert [m.span() for m in rule_matches(rule, Scan(text))] == want
