"""Each concept's word list is defined once, in ``storyline.lexicon``.

The scan reads every module of ``storyline/`` outside the lexicon (its syntax tree, not its
text) and collects the words of each literal word list: set, tuple and list literals of
strings, the keys of dict literals, ``"a b c".split()``, and the alternatives of regular
expressions (string pieces with a ``|``). A list that holds several words of one concept (three
month names, three reporting verbs, two company suffixes ...) is a copy: the stage should import
the concept, or a named subset of it, from the lexicon.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import storyline.lexicon as lexicon
from storyline.lexicon import (
    COMPANY_SUFFIXES,
    COURTESY_TITLES,
    FIGURE_PLACE_NOUNS,
    FIGURE_SOURCE_VERBS,
    FOREIGN_MONTHS,
    FOREIGN_WEEKDAYS,
    GROUP_WORDS,
    HONORIFICS,
    LEGAL_FORM_ABBREVIATIONS,
    LEGAL_FORMS,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    NAME_PARTICLES,
    NAME_SMALL_WORDS,
    OWN_GENDER,
    PLACE_NOUNS,
    PLAIN_SPEECH_VERBS,
    POLITY_NOUNS,
    PRONOUN_GENDER,
    QUOTE_ONLY_VERBS,
    RECKON_VERBS,
    ROLE_TITLES,
    SAID_FORMS,
    SAID_ON_FORMS,
    SAID_PAST_FORMS,
    SCALE_WORDS,
    SETTLEMENT_NOUNS,
    SHORT_TITLES,
    SPEAKER_TITLES,
    SPEECH_VERBS,
    SPEECH_VERBS_CORE,
    TENS_WORDS,
    THOUGHT_VERBS,
    TITLE_MODIFIERS,
    TITLES_BEFORE_NAMES,
    TITLES_DROPPED_FROM_NAMES,
    UNIT_WORDS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_NAMES,
)

ROOT = Path(__file__).resolve().parents[2] / "storyline"
LEXICON = ROOT / "lexicon"

# Inflected reporting forms ("said", "told", "announced"). Not the forms of public acts
# ("met", "posted", "spoke"), which lists of irregular verbs or page furniture hold too.
SPEECH_FORMS = frozenset({*SAID_FORMS, *SAID_PAST_FORMS, *SAID_ON_FORMS})
# Legal forms that are no ordinary English nouns ("company" heads many an organisation's name).
SUFFIXES = LEGAL_FORMS - {"company", "corporation", "limited", "incorporated"}

# concept -> (its words, how many of them make a list a copy)
CONCEPTS: dict[str, tuple[frozenset[str], int]] = {
    "month names": (frozenset(MONTH_NAMES) | frozenset(FOREIGN_MONTHS), 3),
    "month short forms": (frozenset(MONTH_ABBREVIATIONS), 3),
    "weekday names": (frozenset(WEEKDAY_NAMES) | frozenset(FOREIGN_WEEKDAYS), 3),
    "weekday short forms": (frozenset(WEEKDAY_ABBREVIATIONS), 3),
    "reporting verbs": (SPEECH_VERBS_CORE | PLAIN_SPEECH_VERBS | SPEECH_FORMS, 3),
    "honorifics": (frozenset(COURTESY_TITLES), 3),
    "company suffixes": (SUFFIXES, 2),
    "number words": (frozenset(UNIT_WORDS) | frozenset(TENS_WORDS), 4),
    "scale words": (frozenset(SCALE_WORDS), 3),
    "name particles": (frozenset(NAME_PARTICLES), 4),
    "place nouns": (PLACE_NOUNS, 5),
    "gendered pronouns": (frozenset(PRONOUN_GENDER) | frozenset(OWN_GENDER), 4),
}


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the docstring nodes (prose, not word lists)."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                out.add(id(body[0].value))
    return out


def _strings(nodes: list[ast.expr | None]) -> list[str]:
    return [n.value for n in nodes if isinstance(n, ast.Constant) and isinstance(n.value, str)]


def word_lists(tree: ast.AST) -> list[tuple[int, list[str]]]:
    """(line, words) of each literal word list in a module's syntax tree."""
    prose = _docstrings(tree)
    found: list[tuple[int, list[str]]] = []
    for node in ast.walk(tree):
        words: list[str] = []
        if isinstance(node, ast.Set | ast.Tuple | ast.List):
            words = _strings(list(node.elts))
        elif isinstance(node, ast.Dict):
            words = _strings(list(node.keys))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr == "split" and not node.args:
                words = " ".join(_strings([node.func.value])).split()
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if "|" in node.value and id(node) not in prose:  # a regex's alternatives
                words = re.findall(r"[^\W\d_]+", node.value)
        if words:
            found.append((getattr(node, "lineno", 0), [w.lower().rstrip(".") for w in words]))
    return found


def copies(path: Path) -> list[str]:
    """Where a module defines its own copy of a concept's list, one line each."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for line, words in word_lists(tree):
        for concept, (vocabulary, least) in CONCEPTS.items():
            shared = sorted(set(words) & vocabulary)
            if len(shared) >= least:
                out.append(f"{path.relative_to(ROOT.parent)}:{line}: {concept} {shared[:6]}")
    return out


def stage_modules() -> list[Path]:
    return sorted(p for p in ROOT.rglob("*.py") if LEXICON not in p.parents)


def test_no_stage_defines_its_own_copy_of_a_word_list() -> None:
    found = [c for path in stage_modules() for c in copies(path)]
    assert not found, "import these from storyline.lexicon instead:\n" + "\n".join(found)


@pytest.mark.parametrize(
    "source",
    [
        'MONTHS = ("january", "february", "march")',
        'SAY = {"said", "told", "announced"}',
        'HON = frozenset("mr mrs ms".split())',
        'SUFFIX = re.compile(r"\\s(?:inc|ltd)$")',
        'NUM = {"one": 1, "two": 2, "three": 3, "four": 4}',
        'SCALE = r"(million|billion|thousand|bn)"',
        'DAYS = ["Monday", "Tuesday", "Wednesday"]',
    ],
)
def test_the_scan_finds_a_copy(source: str) -> None:
    hits = [
        concept
        for _, words in word_lists(ast.parse(source))
        for concept, (vocabulary, least) in CONCEPTS.items()
        if len(set(words) & vocabulary) >= least
    ]
    assert hits, source


def test_the_scan_leaves_prose_and_other_lists_alone() -> None:
    tree = ast.parse(
        'def f():\n    """Said on Monday, told Tuesday | announced Wednesday."""\n'
        'X = {"the", "a", "an"}\nY = "said the minister"\n'
    )
    assert not [
        concept
        for _, words in word_lists(tree)
        for concept, (vocabulary, least) in CONCEPTS.items()
        if len(set(words) & vocabulary) >= least
    ]


def test_named_subsets_are_drawn_from_their_concept() -> None:
    assert SPEECH_VERBS_CORE <= SPEECH_VERBS and PLAIN_SPEECH_VERBS <= SPEECH_VERBS
    assert FIGURE_SOURCE_VERBS <= SPEECH_VERBS | THOUGHT_VERBS | RECKON_VERBS
    assert not SPEECH_VERBS & QUOTE_ONLY_VERBS
    assert set(LEGAL_FORM_ABBREVIATIONS) <= LEGAL_FORMS <= COMPANY_SUFFIXES
    assert COMPANY_SUFFIXES == LEGAL_FORMS | GROUP_WORDS
    titles = ROLE_TITLES | TITLE_MODIFIERS | set(SHORT_TITLES) | set(HONORIFICS)
    with_stops = titles | {f"{t}." for t in SHORT_TITLES}
    assert TITLES_BEFORE_NAMES <= with_stops
    assert TITLES_DROPPED_FROM_NAMES <= titles
    assert SPEAKER_TITLES <= with_stops
    assert NAME_SMALL_WORDS - {"of", "the", "and", "for", "&", "in", "on", "at", "to"} <= set(
        NAME_PARTICLES
    )
    assert SETTLEMENT_NOUNS - {"towns", "villages"} <= PLACE_NOUNS
    assert set(FIGURE_PLACE_NOUNS) <= PLACE_NOUNS and set(POLITY_NOUNS) <= PLACE_NOUNS
    assert set(MONTH_ABBREVIATIONS.values()) == set(range(1, 13)) - {5}  # "may" is a name


def test_lexicon_imports_nothing_from_the_stages() -> None:
    for path in LEXICON.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("storyline"):
                assert (node.module or "").startswith("storyline.lexicon"), path.name
            if isinstance(node, ast.Import):
                assert not any(a.name.startswith("storyline") for a in node.names), path.name


def test_every_list_is_exported_from_the_package() -> None:
    assert set(lexicon.__all__) <= set(dir(lexicon))
    assert {"MONTH_NAMES", "SPEECH_VERBS", "HONORIFICS", "COMPANY_SUFFIXES"} <= set(lexicon.__all__)
