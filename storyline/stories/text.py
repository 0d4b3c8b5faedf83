"""Cheap text features shared by copy detection and clustering.

Everything here is regex based on purpose: the clustering has to add a document to a 100k store
in well under 50 ms, which rules out a parser per document.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from datetime import date, datetime
from functools import lru_cache

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from storyline.lexicon import (
    CALENDAR_WORDS,
    HONORIFICS,
    LEGAL_FORM_ABBREVIATIONS,
    NAME_PARTICLES,
    ROLE_TITLES,
    SAID_FORMS,
    SHORT_TITLES,
    TITLE_MODIFIERS,
)
from storyline.names import NAME_TITLES
from storyline.textutil import sentence_spans

STOP = frozenset(ENGLISH_STOP_WORDS) | frozenset(SAID_FORMS) | {"just", "like", "also", "year"}

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+(?:[.,]\d+)*", re.UNICODE)
_QUOTE = re.compile(r"[“\"]([^“”\"]{20,600})[”\"]")
# Small words inside a run of capitalised words that keep it one name ("Bank of England").
_JOINERS = ("of", "the", "for", *NAME_PARTICLES)
_CAP_RUN = re.compile(
    r"(?<![\w'’.-])(?:[A-Z][\w'’.-]*[a-z0-9][\w'’-]*|[A-Z]{2,})"
    rf"(?:\s+(?:(?:{'|'.join(_JOINERS)})\s+)*(?:[A-Z][\w'’.-]*[a-z0-9][\w'’-]*|[A-Z]{{2,}}))*"
)


def words(text: str) -> list[str]:
    """Lower-cased word and number tokens, apostrophes unified."""
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def stem(word: str) -> str:
    """A very light plural folding: troops/troop, missiles/missile. Enough for matching."""
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return word


def content_terms(text: str) -> list[str]:
    """Stop-word-free, plural-folded tokens; the bag the TF-IDF vectors are built from."""
    out = []
    for w in words(text):
        if w in STOP or (len(w) < 2 and not w.isdigit()):
            continue
        out.append(stem(w))
    return out


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def quotes(text: str, min_words: int = 6) -> list[str]:
    """Direct quotations of at least ``min_words`` words."""
    found = []
    for m in _QUOTE.finditer(text):
        q = m.group(1).strip()
        if len(q.split()) >= min_words:
            found.append(q)
    return found


_NAME_TAIL = re.compile(rf"(?:['’]s?|\s+(?:{'|'.join(LEGAL_FORM_ABBREVIATIONS)}))\.?$")
# Day and month names are capitalised but say nothing about which story a page belongs to.
_CALENDAR = CALENDAR_WORDS
_BASED = re.compile(r"^\S+-based\s+")


def _name_key(tokens: list[str]) -> str:
    """One spelling per name: lower case, without a possessive, a company suffix or an
    "Atlanta-based" prefix (Equifax Inc.'s = Equifax = Atlanta-based Equifax)."""
    name = " ".join(tokens).lower().replace("’", "'").strip(".")
    name = _BASED.sub("", _NAME_TAIL.sub("", name))
    return _NAME_TAIL.sub("", name).strip(" .'")


# Words a name sheds in front across pages: "Senator Mark Ellery", "Sen. Ellery" and "Mr
# Ellery" are one man, "Deputy Governor Ann Pruitt" and "Ann Pruitt" one woman. A modifier
# ("deputy", "former") goes only with the title it opens. The other role titles go only
# before a name of two words or more: "Mayor Oskar Brenn" is Oskar Brenn, while the
# "Justice Department" is no "department".
_TITLE_WORDS = frozenset(t.rstrip(".") for t in NAME_TITLES) | frozenset(SHORT_TITLES)
_ROLE_WORDS = _TITLE_WORDS | ROLE_TITLES
_MODIFIERS = TITLE_MODIFIERS | {"attorney"}  # "Attorney General" is a title of two words


# A title before one word is kept when that word is a common one: "Justice Department" and
# "General Assembly" are names of their own, "Governor Castell" is Castell.
_COMMON_WORD = 1e-4  # wordfreq frequency


def _untitled(tokens: list[str]) -> list[str]:
    """The name without the titles in front of it (none left: it was only a title)."""
    plain = [t.lower().rstrip(".") for t in tokens]
    if len(plain) == 2 and _frequencies().get(plain[1], 0.0) > _COMMON_WORD:
        return tokens if plain[0] not in HONORIFICS else tokens[1:]
    start = 0
    while start < len(plain):
        word, following = plain[start], plain[start + 1 : start + 2]
        opens_title = bool(following) and following[0] in _ROLE_WORDS
        role = word in ROLE_TITLES and len(plain) - start > 2
        if word in _TITLE_WORDS or role or (opens_title and word in _MODIFIERS):
            start += 1
            continue
        break
    return tokens[start:]


def _fold_short_forms(counts: Counter[str]) -> Counter[str]:
    """A one-word name that ends exactly one longer name of the page is that name too
    ("Ellery" after "Mark Ellery"): the full name counts its mentions by surname, so a page
    naming someone once in full and then by surname weighs one person as often as it names
    him; the surname stays a name of its own for the pages that give only it. A surname two
    names end ("Ann Pruitt", "Dale Pruitt") adds to neither."""
    ends: dict[str, list[str]] = {}
    for name in counts:
        parts = name.split()
        if len(parts) > 1:
            ends.setdefault(parts[-1], []).append(name)
    folded = Counter(counts)
    for name, n in counts.items():
        longer = ends.get(name, []) if " " not in name else []
        if len(longer) == 1:
            folded[longer[0]] += n
    return folded


def cap_entities(text: str, title: str = "") -> Counter[str]:
    """Approximate named entities: runs of capitalised words not opening a sentence alone.

    A capitalised stop word starting a sentence ("The", "But") is not a name; a single
    capitalised word at sentence start is kept only when it recurs elsewhere in the text.
    Names come from the body: a headline is often in title case, where every word looks like
    a name, so it only adds weight to the body's names it mentions.
    """
    counts: Counter[str] = Counter()
    starts: Counter[str] = Counter()
    for sent in sentences(text):
        for m in _CAP_RUN.finditer(sent):
            kept = [t for t in m.group(0).split() if t.lower() not in STOP]
            tokens = _untitled(kept)
            if not tokens:
                continue
            name = _name_key(tokens)
            if not name or name in STOP or name in _CALENDAR:
                continue
            if m.start() == 0 and len(kept) == 1:
                starts[name] += 1
                continue
            counts[name] += 1
    padded = " " + " ".join(words(title)) + " "

    def in_title(name: str) -> bool:
        return " " + " ".join(words(name)) + " " in padded

    for name, n in starts.items():
        if name in counts or in_title(name):
            counts[name] += n
    for name in list(counts):
        if in_title(name):
            counts[name] += 1
    return _fold_short_forms(counts)


def normalized(text: str) -> str:
    return " ".join(words(text))


def text_hash(text: str) -> str:
    return hashlib.sha1(normalized(text).encode("utf-8")).hexdigest()


def shingles(tokens: list[str], k: int = 5) -> set[str]:
    if len(tokens) < k:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + k]) for i in range(len(tokens) - k + 1)}


def day_number(value: str | None) -> float | None:
    """Days since 1970 for an ISO date or datetime; None when absent or unreadable."""
    if not value:
        return None
    try:
        if len(value) <= 10:
            parsed = datetime.combine(date.fromisoformat(value[:10]), datetime.min.time())
        else:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = datetime.combine(date.fromisoformat(value[:10]), datetime.min.time())
        except ValueError:
            return None
    return parsed.replace(tzinfo=None).timestamp() / 86400.0


DOC_TOKENS = 400  # a typical article's length in words, to turn word rates into document rates


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    from wordfreq import get_frequency_dict

    return get_frequency_dict("en")


def background_rate(term: str) -> float:
    """Share of general English documents (of DOC_TOKENS words) that hold ``term``, from
    wordfreq's word frequencies; a name of several words is as rare as wordfreq combines its
    words (the sum of the inverse frequencies). 0 for a word wordfreq has never seen."""
    freqs = _frequencies()
    inverse = 0.0
    for word in term.split():
        f = freqs.get(word, 0.0)
        if not f:
            return 0.0
        inverse += 1.0 / f
    rate = 1.0 / inverse if inverse else 0.0
    return 1.0 - math.exp(-DOC_TOKENS * rate)
