"""The model's attribute ruler, matched with array operations instead of the generic Matcher.

en_core_web_sm's attribute_ruler maps tags to parts of speech and morphology with 179 patterns
(nearly all one token long, on TAG, LOWER, DEP and IS_SPACE). spaCy checks them with its generic
``Matcher`` at every token, about a sixth of the whole parse. Here every pattern is evaluated
once per document over the columns of ``Doc.to_array`` (numpy comparisons and set membership),
and the matches are applied exactly as ``AttributeRuler.set_annotations`` does: in rule order,
with the ruler's own normalised attributes and spaCy's ``set_token_attrs``, so later rules
still win. The patterns are read from the loaded ruler, not copied, and a pattern this module
cannot evaluate keeps the original component; tests check that the output is identical.

The rule lemmatizer is wrapped the same way: spaCy caches a word's lemma by (text, part of
speech, morphology) only when it reaches the end of its rules, so every singular noun, plain
adjective or infinitive (a base form, returned early) parses its morphology again at every
occurrence. Its lemma is a function of those three values and the fixed tables alone, so
``FastLemmatizer`` asks the lemmatizer once per distinct triple and writes the lemma column
with one array operation; it keeps spaCy's rule of not overwriting a lemma already set (the
attribute ruler sets a few). The lemmatizer's word lists by part of speech are lists (57,000
nouns), which its rules test every candidate form against one element at a time; they are given
to it as sets of the same words, so that test is a hash lookup with the same answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

import numpy as np
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.lookups import Table
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.strings import get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# The rule lemmatizer's table of known words by part of speech.
WORD_LISTS = "lemma_index"
COLUMNS = {"LOWER": LOWER, "TAG": TAG, "DEP": DEP, "IS_SPACE": IS_SPACE}
ORDER = list(COLUMNS)

Mask = Callable[[dict[str, np.ndarray], Doc], np.ndarray]


# Per token of a pattern, (column, values) pairs: the column must hold one of the values.
Needs = tuple[tuple[str, frozenset[int]], ...]


@dataclass(frozen=True)
class _Rule:
    rule_id: int
    patterns: tuple[tuple[Mask, ...], ...]  # per pattern, one mask function per token
    index: int
    needs: tuple[Needs, ...]  # per pattern, the values its tokens ask for by equality


class Unsupported(ValueError):
    """A pattern uses an operator this evaluator does not implement."""


def _hashes(values: list[Any]) -> np.ndarray:
    return np.array([get_string_id(v) for v in values], dtype=np.uint64)


def _value_mask(attr: str, spec: Any) -> Mask:
    """A function giving, for every token of a doc, whether ``attr`` matches ``spec``."""
    if attr not in COLUMNS:
        raise Unsupported(attr)
    if attr == "IS_SPACE":
        if not isinstance(spec, bool):
            raise Unsupported(f"IS_SPACE {spec!r}")
        return lambda cols, doc: cols[attr] == int(spec)
    if isinstance(spec, str):
        wanted = get_string_id(spec)
        return lambda cols, doc: cols[attr] == wanted
    if isinstance(spec, dict) and len(spec) == 1:
        ((op, arg),) = spec.items()
        if op == "IN":
            hashes = _hashes(arg)
            return lambda cols, doc: np.isin(cols[attr], hashes)
        if op == "NOT_IN":
            hashes = _hashes(arg)
            return lambda cols, doc: ~np.isin(cols[attr], hashes)
        if op == "REGEX":
            return _regex_mask(attr, re.compile(arg))
    raise Unsupported(f"{attr} {spec!r}")


def _regex_mask(attr: str, pattern: re.Pattern[str]) -> Mask:
    def mask(cols: dict[str, np.ndarray], doc: Doc) -> np.ndarray:
        column = cols[attr]
        unique = np.unique(column)
        strings = doc.vocab.strings
        hits = [h for h in unique if pattern.search(strings[int(h)])]
        return np.isin(column, np.array(hits, dtype=np.uint64))

    return mask


def _needs(pattern: list[dict[str, Any]]) -> Needs:
    """The values a pattern's tokens ask for by equality or ``IN``: a doc whose column holds
    none of them cannot match it (the word "gonna", a rare tag), so it is not evaluated."""
    found = []
    for spec in pattern:
        for attr, value in spec.items():
            if attr == "IS_SPACE":
                continue
            if isinstance(value, str):
                found.append((attr, frozenset([get_string_id(value)])))
            elif isinstance(value, dict) and list(value) == ["IN"]:
                found.append((attr, frozenset(get_string_id(v) for v in value["IN"])))
    return tuple(found)


def _token_mask(spec: dict[str, Any]) -> Mask:
    parts = [_value_mask(attr, value) for attr, value in spec.items()]

    def mask(cols: dict[str, np.ndarray], doc: Doc) -> np.ndarray:
        out = np.ones(len(doc), dtype=bool)
        for part in parts:
            out &= part(cols, doc)
        return out

    return mask


def compile_rules(ruler: AttributeRuler) -> list[_Rule]:
    """The ruler's patterns as mask functions; raises Unsupported for an unknown operator."""
    rules = []
    for rule_id, pattern in enumerate(ruler.patterns):
        # spaCy types all of a pattern's values as one union; these keys hold token patterns
        # and the index of the token the rule sets.
        token_patterns = cast("list[list[dict[str, Any]]]", pattern["patterns"])
        compiled = tuple(tuple(_token_mask(tok) for tok in pat) for pat in token_patterns)
        index = int(cast("int", pattern.get("index", 0)))
        needs = tuple(_needs(pat) for pat in token_patterns)
        rules.append(_Rule(rule_id, compiled, index, needs))
    return rules


def _starts(pattern: tuple[Mask, ...], cols: dict[str, np.ndarray], doc: Doc) -> np.ndarray:
    """Positions where a fixed-length pattern of token masks matches."""
    n, k = len(doc), len(pattern)
    if n < k:
        return np.zeros(0, dtype=np.int64)
    ok = np.ones(n - k + 1, dtype=bool)
    for offset, mask in enumerate(pattern):
        ok &= mask(cols, doc)[offset : n - k + 1 + offset]
    return np.flatnonzero(ok)


class FastAttributeRuler:
    """Drop-in for a loaded AttributeRuler: same matches, same order of application."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        self.rules = compile_rules(ruler)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        array = doc.to_array([COLUMNS[name] for name in ORDER])
        cols = {name: array[:, i] for i, name in enumerate(ORDER)}
        held = {name: set(np.unique(cols[name]).tolist()) for name in ORDER}
        attrs = self.ruler.attrs
        for rule in self.rules:
            for pattern, needs in zip(rule.patterns, rule.needs, strict=True):
                if any(held[attr].isdisjoint(values) for attr, values in needs):
                    continue  # the doc lacks every value one of its tokens asks for
                target = rule.index if rule.index >= 0 else len(pattern) + rule.index
                values = attrs[rule.rule_id]
                for start in _starts(pattern, cols, doc).tolist():  # ints, not numpy's scalars
                    set_token_attrs(doc[start + target], values)
        return doc


class FastLemmatizer:
    """Drop-in for a loaded rule Lemmatizer (``overwrite`` off): the same lemmas, each
    distinct (text, part of speech, morphology) lemmatized once per process."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.known: dict[tuple[int, int, int], int] = {}  # the triple -> the lemma's hash
        lists = lemmatizer.lookups.get_table(WORD_LISTS, None)
        if lists is not None:  # only ``form in index`` reads them (Lemmatizer.rule_lemmatize)
            sets = Table(name=WORD_LISTS)
            for pos, words in lists.items():
                sets[pos] = frozenset(words)
            lemmatizer.lookups.set_table(WORD_LISTS, sets)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = rows[:, 3].copy()
        known, strings = self.known, doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma:  # set before (attribute ruler): spaCy keeps it
                continue
            key = (orth, pos, morph)
            found = known.get(key)
            if found is None:
                found = known[key] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas)  # type: ignore[arg-type]  # uint64, as to_array gives
        return doc


def _swap(nlp: Language, name: str, component: Callable[[Doc], Doc]) -> None:
    # Swap the component object in place (disabled components such as senter are in this
    # list too, so find it by name) without registering a factory: a runtime optimisation
    # that changes no annotation.
    names = [pipe for pipe, _ in nlp._components]
    nlp._components[names.index(name)] = (name, component)


def speed_up(nlp: Language) -> Language:
    """Replace the attribute ruler with its array version when the pipeline's own ruler
    allows it (every pattern supported), and a rule lemmatizer that keeps lemmas already set
    with its memoised version; otherwise leave the pipeline as it is."""
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        if isinstance(ruler, AttributeRuler):
            try:
                _swap(nlp, "attribute_ruler", FastAttributeRuler(ruler))
            except Unsupported:
                pass
    if "lemmatizer" in nlp.pipe_names:
        lemmatizer = nlp.get_pipe("lemmatizer")
        if isinstance(lemmatizer, Lemmatizer) and lemmatizer.mode == "rule":
            if not lemmatizer.overwrite:
                _swap(nlp, "lemmatizer", FastLemmatizer(lemmatizer))
    return nlp
