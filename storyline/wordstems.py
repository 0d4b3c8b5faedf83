"""The informative words of a text as Snowball stems: what wording comparisons count, in one
place below every stage (story dating compares sentences too, and sits below synthesize)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import snowballstemmer

__all__ = ["stem_of", "stemmer", "stems", "text_stems", "words"]

_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    # scikit-learn's list, loaded on first use: story dating imports this module on paths that
    # load no model library (ingest, a brief reused unchanged)
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS)


@lru_cache(maxsize=1)
def stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=1 << 17)
def stem_of(word: str) -> str:
    """Snowball is pure Python: a story repeats its words, so each is stemmed once."""
    return str(stemmer().stemWord(word))


def _words(text: str) -> Iterator[tuple[str, bool]]:
    stop = _stop_words()
    for k, m in enumerate(_WORD.finditer(text)):
        # One apostrophe: "won’t" and "won't" are one word.
        word = m.group().replace("’", "'").strip("'-").removesuffix("'s")
        low = word.lower()
        if len(low) > 2 and low not in stop:
            yield stem_of(low), k > 0 and word[:1].isupper()


@lru_cache(maxsize=65536)
def words(text: str) -> tuple[tuple[str, bool], ...]:
    """The informative words of a sentence as (Snowball stem, capitalised inside the sentence):
    no stop words, no one- or two-letter words."""
    return tuple(_words(text))


def stems(text: str) -> frozenset[str]:
    return frozenset(stem for stem, _ in words(text))


def text_stems(text: str) -> frozenset[str]:
    """``stems`` of a whole page, not kept in ``words``'s cache: pages are long and many (a
    cache of 65,536 whole pages would hold gigabytes on a large store), while their words'
    stems are cached one by one."""
    return frozenset(stem for stem, _ in _words(text))
