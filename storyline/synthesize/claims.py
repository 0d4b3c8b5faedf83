"""Which sentences of different sources state the same claim, in whatever words.

Outlets rarely copy each other's sentences: one writes "South Korea is weighing sending
intelligence officers", another "Seoul is contemplating dispatching officials to offer
intelligence". Two sentences state one claim when

- their wording is near-identical (TF-IDF cosine >= ``SAME_WORDING``, as copies are), or
- they mean the same: the cosine of their sentence embeddings (all-MiniLM-L6-v2, the optional
  ``embeddings`` extra) reaches ``MEANING_ALONE``, or that cosine plus the share of
  informative words they have in common (IDF-weighted, of the shorter one's) reaches
  ``MEANING_AND_WORDS``;

and never when both give numbers and they share none ("9,000 had left" and "15,000 had left"
are two claims; an ordinal they share, "the 32nd floor", does not reconcile two counts), nor
when both date what they tell on days that do not overlap (a launch on Tuesday and one on
Friday; ``claim_dates.py``), nor when both quote and are two sayings (``said_apart``: the
quotations share no three words in a row, or their frames name different speakers), nor on
near-identical wording made only of names and the attribution frame ("..., Ms. X said").
Informative words are Snowball stems of the
words that are neither stop words nor names (two sentences about one person are not one
claim), weighted by their inverse frequency among the story's sentences, so that terms the
whole story repeats ("troops", "dam") count for little and the words of the claim itself
("intelligence", "weapons", "revise") for much. The names and numbers still count through the
embeddings and the number rule.

Rewordings often stay below these thresholds: "Mr X threatened to revise the policy of not
providing weapons" and "the capital suggested it may revise its policy that prevents weapons
from being sent" score 0.67 with MiniLM, as do many pairs of sentences on one topic that state
two claims. Such a pair is only *likely* the same claim (``likely``: cosine >= ``LIKELY_FLOOR``,
``LIKELY_STEMS`` informative stems shared, cosine plus shared words >= ``LIKELY``); the brief
takes it when more agrees (``summary.supporting``): each sentence is the other's closest one in
its page, and a third independent source states the claim too, with a sentence that matches
both. A claim merged wrongly is worse than a claim missed, so a likely pair alone counts for
nothing. The likely thresholds were set on the seed pages and on hand-labelled sentence pairs of
briefs of five public news events; the README gives their precision on other events.

Without the extra (or with ``STORYLINE_EMBEDDINGS=0``) the matcher falls back to words alone:
near-identical wording, or ``SHARED_WORDS_ALONE`` of the informative words shared (at least
``MIN_STEMS_ALONE`` stems). The
fallback finds fewer rewordings (it cannot tell "arming" from "weapons"), never more.

Embedding a sentence costs far more than comparing words, so only the ``EMBED_MOST`` most
central sentences of the story's original pages are embedded; a claim worth a summary point is
central, and so are its rewordings. The thresholds were chosen on the demo corpus's labelled
sentence pairs (``bench/claims.py`` measures them and the matching speed); those pairs leave
``MEANING_ALONE`` anywhere from 0.75 to 0.9, and 0.8 was taken after seeing sentences of one
topic in the seed pages score 0.75-0.77 without stating one claim.
"""

from __future__ import annotations

import math
import os
import re
from collections import Counter
from collections.abc import Callable, Sequence

import numpy as np

from storyline.lexicon import (
    CALENDAR_WORDS,
    PLAIN_SPEECH_VERBS,
    SAID_FORMS,
    SCALE_ABBREVIATIONS,
    SCALE_WORDS,
    SCALES,
)
from storyline.synthesize.claim_dates import Days, days_clash
from storyline.synthesize.claim_quotes import quoted_runs, quoted_spans, unquoted
from storyline.wordstems import stem_of, stemmer, stems, words

# stem_of and stems (``storyline.wordstems``) are read from here by the synthesize modules
__all__ = [
    "EMBED_MOST",
    "EMBED_WORDS",
    "ClaimMatcher",
    "Encoder",
    "counts",
    "default_encoder",
    "embeddings_wanted",
    "numbers",
    "stem_of",
    "stems",
    "words",
]

SAME_WORDING = 0.6
MEANING_ALONE = 0.8
# Otherwise meaning and shared words add up: embedding cosine + IDF-weighted share of shared
# stems >= MEANING_AND_WORDS, with at least MIN_SHARED_STEMS stems in common and the meanings
# not far apart (MEANING_FLOOR).
MEANING_AND_WORDS = 1.1
MEANING_FLOOR = 0.4
MIN_SHARED_STEMS = 2
# A likely pair: the same claim when corroborated (see the module's docstring).
LIKELY, LIKELY_FLOOR, LIKELY_STEMS = 0.95, 0.6, 3
SHARED_WORDS_ALONE, MIN_STEMS_ALONE = 0.55, 3  # the fallback, without embeddings
EMBED_MOST = 160
EMBED_WORDS = 40  # a claim is stated in a sentence's first words; the rest costs time
NAME_SHARE = 0.8  # of a stem's occurrences capitalised inside sentences: a name

Encoder = Callable[[list[str]], np.ndarray]

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_SHORT_SCALES = "|".join(a + r"\b" for a in SCALE_ABBREVIATIONS)  # "m\b" is no "more"
_SCALE = re.compile(rf"\s*({'|'.join(SCALE_WORDS)}|{_SHORT_SCALES})", re.IGNORECASE)
_SCALES = SCALES


# Day and month names are written with a capital but say when, not who: not names.
_CALENDAR = frozenset(stemmer().stemWords(sorted(CALENDAR_WORDS)))
# The words of an attribution frame ("..., Ms. Holm said", "according to the union") say who
# tells the claim, not what it is: two sayings of one speaker may share them and nothing else.
# (They still weigh in ``shared_words``: there a frame both sentences lack or hold is neutral.)
_FRAME = frozenset(
    stemmer().stemWords(sorted(set(SAID_FORMS) | PLAIN_SPEECH_VERBS | {"according"}))
)
# Words in a row that two quotations share when they quote one saying (cut or framed apart).
QUOTE_SHARED = 3
SAYING_FRAME = 2  # informative words outside a saying's quotation ("Mining Minister")
# Without embeddings, two quotations share this much of the shorter one's informative words
# when they translate or trim one saying.
QUOTED_ALIKE = 0.5


def numbers(text: str) -> frozenset[float]:
    """The numbers a sentence states, scaled ("1.5 million" = 1,500,000; "12,000" = 12000)."""
    out = set()
    for m in _NUMBER.finditer(text):
        try:
            value = float(m.group().replace(",", ""))
        except ValueError:
            continue
        scale = _SCALE.match(text, m.end())
        if scale:
            value *= _SCALES.get(scale.group(1).lower(), 1.0)
        out.add(round(value, 3))
    return frozenset(out)


_ORDINAL = re.compile(r"\b(\d[\d,]*)(?:st|nd|rd|th)\b", re.IGNORECASE)


def counts(text: str) -> frozenset[float]:
    """The numbers a sentence states that are not ordinals: "the 32nd floor" and "the 19th
    launch" tell a place in a row, not how many."""
    places = {float(m.group(1).replace(",", "")) for m in _ORDINAL.finditer(text)}
    return frozenset(n for n in numbers(text) if n not in places)


def embeddings_wanted() -> bool:
    """Whether to match by meaning: the extra is installed and not switched off."""
    if os.environ.get("STORYLINE_EMBEDDINGS", "1").strip().lower() in {"0", "false", "no", "off"}:
        return False
    from storyline.stories import embed

    return embed.available()


def default_encoder() -> Encoder | None:
    """Unit-length all-MiniLM-L6-v2 embeddings of sentences, or None without the extra."""
    if not embeddings_wanted():
        return None

    def encode(texts: list[str]) -> np.ndarray:
        import torch

        from storyline.stories.embed import load_model

        # A few hundred short sentences: one thread does it in a fraction of the CPU time two
        # take, whose OpenMP workers spin-wait for each other on a busy machine (measured in
        # bench/claims.py: 0.8 s against 3-7 s CPU for 200 sentences on 2 shared cores).
        torch.set_num_threads(1)
        vectors = load_model().encode(
            [" ".join(t.split()[:EMBED_WORDS]) for t in texts],
            batch_size=64,
            normalize_embeddings=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)

    return encode


def _saying(text: str, names: set[str]) -> set[tuple[str, ...]]:
    """The quoted runs of QUOTE_SHARED words of a sentence whose claim is its quotation: at
    most SAYING_FRAME informative words outside the quotation marks, besides names and the
    words of saying ("'...,' Mining Minister Petra Holm said."); none for a sentence that
    tells its claim in its own words and quotes a phrase ("Arians cited his family, in tears
    of 'joy and peace', as the reason he retired")."""
    runs = quoted_runs(text, QUOTE_SHARED)
    if runs and len(stems(unquoted(text)) - names - _FRAME) <= SAYING_FRAME:
        return runs
    return set()


class ClaimMatcher:
    """Answers "do sentences i and j state the same claim?" over one story's sentences.

    ``texts`` are all the story's sentences (for word weights); ``embed_rows`` the rows to
    embed (the most central ones), embedded at once with ``encoder`` when one is given.
    """

    def __init__(
        self,
        texts: Sequence[str],
        embed_rows: Sequence[int] = (),
        encoder: Encoder | None = None,
        days: Sequence[Days] | None = None,
    ) -> None:
        tokens = [words(t) for t in texts]
        self.numbers = [numbers(t) for t in texts]
        self.counts = [counts(t) for t in texts]
        # The days each sentence dates its claim on (``claim_dates``); none known without it.
        self.days: Sequence[Days] = days if days is not None else [()] * len(texts)
        # Names: stems written with a capital wherever they occur inside a sentence. Two
        # sentences about one person are not one claim: a claim is in what they say of him.
        capital: Counter[str] = Counter()
        seen: Counter[str] = Counter()
        for row in tokens:
            for stem, upper in row:
                seen[stem] += 1
                capital[stem] += upper
        names = {s for s, n in seen.items() if capital[s] >= NAME_SHARE * n} - _CALENDAR
        self.stems = [frozenset(stem for stem, _ in row) - names for row in tokens]
        # The sayings: sentences whose claim is a quotation, outside of which is little more
        # than who says it. What each quotes, and the names its frame holds (the speaker).
        self.quotes = [_saying(t, names) for t in texts]
        self.quoted_stems = [
            stems(" ".join(quoted_spans(t))) - names if q else frozenset()
            for t, q in zip(texts, self.quotes, strict=True)
        ]
        self.speakers = [
            frozenset(s for s, upper in words(unquoted(t)) if upper) & names if q else frozenset()
            for t, q in zip(texts, self.quotes, strict=True)
        ]
        df = Counter(s for row in self.stems for s in row)
        n = max(1, len(texts))
        self.idf = {s: math.log((n + 1) / (c + 1)) + 1.0 for s, c in df.items()}
        self.rows: dict[int, int] = {}
        self.vectors: np.ndarray | None = None
        rows = list(dict.fromkeys(embed_rows))
        if encoder is not None and rows:
            self.vectors = encoder([texts[r] for r in rows])
            self.rows = {r: k for k, r in enumerate(rows)}

    @property
    def by_meaning(self) -> bool:
        return self.vectors is not None

    def meaning(self, i: int, j: int) -> float | None:
        """Embedding cosine of two sentences, or None when either was not embedded."""
        if self.vectors is None or i not in self.rows or j not in self.rows:
            return None
        return float(self.vectors[self.rows[i]] @ self.vectors[self.rows[j]])

    def meanings(self, i: int) -> dict[int, float]:
        """Embedding cosine of sentence i with every embedded sentence."""
        if self.vectors is None or i not in self.rows:
            return {}
        sims = self.vectors @ self.vectors[self.rows[i]]
        return {r: float(sims[k]) for r, k in self.rows.items()}

    def shared_words(self, i: int, j: int) -> tuple[float, int]:
        """IDF-weighted share of the shorter sentence's stems that the other one has, and how
        many stems they share."""
        a, b = self.stems[i], self.stems[j]
        common = a & b
        if not common:
            return 0.0, 0
        weight = sum(self.idf.get(s, 1.0) for s in common)
        smaller = min(sum(self.idf.get(s, 1.0) for s in a), sum(self.idf.get(s, 1.0) for s in b))
        return weight / smaller if smaller else 0.0, len(common)

    def numbers_clash(self, i: int, j: int) -> bool:
        """Both give numbers and share none, or both date their claim on different days: two
        claims ("9,000 had left" and "15,000 had left"; a launch on Tuesday and one on Friday).
        A shared ordinal does not make two counts agree: "killed 50 from the 32nd floor" and
        "killed 59 from the 32nd floor" are two tolls."""
        a, b = self.numbers[i], self.numbers[j]
        if a and b and not a & b:
            return True
        c, d = self.counts[i], self.counts[j]
        return bool(c and d and not c & d) or days_clash(self.days[i], self.days[j])

    def said_apart(self, i: int, j: int, meaning: float | None = None) -> bool:
        """Two sayings, however alike their frames. Both sentences are sayings (``_saying``:
        the claim is the quotation), and either the quotations share no QUOTE_SHARED words in a
        row ("'Nobody can give us back those years,' Ms. X said" and "'I will go back to
        school,' Ms. X said") unless they mean the same (one saying translated twice: "ready to
        negotiate without preconditions", "prepared to hold talks with no preconditions"), or
        the speakers their frames name differ ("'We are praying with the families,' Mr. Renn
        said" and "'... every family prayed for,' Ms. Holm said")."""
        a, b = self.quotes[i], self.quotes[j]
        if not (a and b):
            return False
        if not a & b:
            if meaning is None:
                meaning = self.meaning(i, j)
            if meaning is None:  # words alone: most of the shorter quotation's words shared
                return not self._quoted_alike(i, j)
            return meaning < MEANING_ALONE
        c, d = self.speakers[i], self.speakers[j]
        return bool(c and d and not c & d)

    def _quoted_alike(self, i: int, j: int) -> bool:
        a, b = self.quoted_stems[i], self.quoted_stems[j]
        return bool(a and b) and len(a & b) >= QUOTED_ALIKE * min(len(a), len(b))

    def wording_apart(self, i: int, j: int) -> bool:
        """Sentences worded alike that still state two claims: two sayings (``said_apart``), or
        all they share is names and the attribution frame ("..., Ms. X said.")."""
        return self.said_apart(i, j) or not self.stems[i] & self.stems[j] - _FRAME

    def same(self, i: int, j: int, wording: float = 0.0, meaning: float | None = None) -> bool:
        """Whether sentences i and j state one claim; ``wording`` is their TF-IDF cosine,
        ``meaning`` their embedding cosine when already at hand."""
        if meaning is None:
            meaning = self.meaning(i, j)
        if self.numbers_clash(i, j) or self.said_apart(i, j, meaning):
            return False
        share, count = self.shared_words(i, j)
        if wording >= SAME_WORDING and count:
            return True
        if meaning is None:
            return count >= MIN_STEMS_ALONE and share >= SHARED_WORDS_ALONE
        if meaning >= MEANING_ALONE:
            return True
        return (
            meaning >= MEANING_FLOOR
            and count >= MIN_SHARED_STEMS
            and meaning + share >= MEANING_AND_WORDS
        )

    def closeness(self, i: int, j: int, meaning: float | None = None) -> float:
        """Embedding cosine plus the share of informative words: ranks the sentences of a page
        that could state the claim of another page's sentence."""
        if meaning is None:
            meaning = self.meaning(i, j)
        return (meaning or 0.0) + self.shared_words(i, j)[0]

    def likely(self, i: int, j: int, meaning: float | None = None) -> bool:
        """Whether sentences i and j likely state one claim, in words too different for
        ``same``: to be taken only when more agrees (see the module's docstring)."""
        if meaning is None:
            meaning = self.meaning(i, j)
        if meaning is None or meaning < LIKELY_FLOOR or self.numbers_clash(i, j):
            return False
        if self.said_apart(i, j, meaning):
            return False
        share, count = self.shared_words(i, j)
        return count >= LIKELY_STEMS and meaning + share >= LIKELY
