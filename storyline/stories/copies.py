"""Duplicates, wire reposts and rewrites: which documents are not independent sources.

* duplicate: the same text (hash of the normalised words) or nearly so (MinHash LSH over word
  5-shingles finds candidates; the exact shingle containment confirms) -- robust to leftover
  boilerplate because containment is measured on the shorter text.
* copy_of: most of one text's own words verbatim in the other (a wire story reposted, cut or
  topped with a line), or several shared verbatim passages in the same order, or a shared wire
  credit with a shared passage. One long shared passage alone is not enough: independent
  reports carry the same statement or quote (often without quotation marks to mark it).
* derived_from: a rewrite or translation: most sentences of one have a close counterpart in
  the other, in the same order, and quotes recur verbatim. Independent write-ups of one event
  share quotes and facts but not their sentence sequence, so they fall below the bar.

The earlier-published document (else the one with a wire credit, else the longer) is ``of_id``.
A page is a copy of at most one original (``relate`` keeps its best match), so a new page can
never fold two independent sources into one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from datasketch import MinHash, MinHashLSH
from rapidfuzz import fuzz

from storyline.model import CopyRelation, Document
from storyline.stories.text import (
    content_terms,
    day_number,
    quotes,
    sentences,
    shingles,
    text_hash,
)

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)

MIN_WORDS = 25
NUM_PERM = 64
LSH_THRESHOLD = 0.3  # loose: candidates only; containment below decides
SHINGLE = 5
DUPLICATE_CONTAINMENT = 0.85  # own words of one text found verbatim in the other
DUPLICATE_MUTUAL = 0.7  # ... and of the other in the one: leftover boilerplate stays below 30%
COPY_CONTAINMENT = 0.5
REPOST_CONTAINMENT = 0.8  # this much of one text verbatim in the other: a copy, not a rewrite
COPY_PASSAGE_WORDS = 60  # verbatim runs this long in all (outside quotes) ...
COPY_PASSAGES = 2  # ... in at least this many passages in the same order make a copy
PASSAGE_WORDS = 8  # own words a shared run needs to count as a passage
WIRE_PASSAGE_WORDS = 25  # with the same wire credit a shorter shared run is enough
SENTENCE_MATCH = 0.6  # content-word overlap (of the shorter sentence) for aligned sentences
DERIVED_COVERAGE = 0.5  # share of the shorter document's sentences aligned
DERIVED_ORDER = 0.75  # share of aligned sentences in the same order
DERIVED_MIN_SENTENCES = 5
DERIVED_TERM_OVERLAP = 0.35  # measured: rewrites in newscluster share >= 0.5


@dataclass
class Tokens:
    """Word tokens with their character spans, so shared passages are quoted verbatim."""

    words: list[str]
    spans: list[tuple[int, int]]

    @classmethod
    def of(cls, text: str) -> Tokens:
        found = list(_TOKEN.finditer(text))
        return cls([m.group(0).lower().replace("’", "'") for m in found], [m.span() for m in found])


@dataclass
class Prepared:
    """What the comparisons need from one text, computed once per text (see ``prepare``)."""

    tokens: Tokens
    grams: list[str]
    gram_set: set[str]
    sentences: list[tuple[str, set[str]]]  # sentences with at least 4 content terms
    terms: set[str]


@lru_cache(maxsize=4096)
def prepare(text: str) -> Prepared:
    tokens = Tokens.of(text)
    grams = _grams(tokens.words)
    sents = [(s, set(content_terms(s))) for s in sentences(text)]
    sents = [x for x in sents if len(x[1]) >= 4]
    return Prepared(tokens, grams, set(grams), sents, set(content_terms(text)))


def _grams(tokens: list[str], k: int = SHINGLE) -> list[str]:
    return [" ".join(tokens[i : i + k]) for i in range(max(0, len(tokens) - k + 1))]


def _quoted_mask(text: str, spans: list[tuple[int, int]]) -> list[bool]:
    """Which tokens sit inside quotation marks (shared quotes are not shared writing)."""
    inside = [(m.start(), m.end()) for m in re.finditer(r"[“\"][^“”\"]{1,800}[”\"]", text)]
    starts = [s for s, _ in inside]
    mask = []
    for start, _ in spans:
        i = bisect_left(starts, start + 1) - 1
        mask.append(i >= 0 and inside[i][0] <= start < inside[i][1])
    return mask


def _coverage(
    tokens: Tokens, text: str, grams: list[str], common: set[str]
) -> tuple[float, list[tuple[int, int, int]]]:
    """Share of a text's own words (outside quotation marks) inside shared 5-grams, and the
    shared runs as (start char, end char, own words), longest first."""
    quoted = _quoted_mask(text, tokens.spans)
    covered = [False] * len(tokens.words)
    for i, gram in enumerate(grams):
        if gram in common:
            for j in range(i, i + SHINGLE):
                covered[j] = True
    runs, start = [], None
    for i, flag in enumerate(covered + [False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            free = sum(not q for q in quoted[start:i])
            runs.append((tokens.spans[start][0], tokens.spans[i - 1][1], free))
            start = None
    runs.sort(key=lambda r: -r[2])
    own = sum(not q for q in quoted)
    return (sum(r[2] for r in runs) / own if own else 0.0), runs


def shared_passages(new: str, old: str) -> tuple[float, float, list[tuple[int, int, int]]]:
    """(higher, lower own-word coverage, runs in ``new``) for two texts: how much of each one's
    own writing -- words outside quotation marks, since independent reports share quotes --
    sits in 5-word sequences the other has too. Runs: (start, end, own words), longest first."""
    pa, pb = prepare(new), prepare(old)
    common = pa.gram_set & pb.gram_set
    if not common:
        return 0.0, 0.0, []
    cov_a, runs = _coverage(pa.tokens, new, pa.grams, common)
    cov_b, _ = _coverage(pb.tokens, old, pb.grams, common)
    return max(cov_a, cov_b), min(cov_a, cov_b), runs


def ordered_passages(new: str, old: str) -> tuple[int, int]:
    """(passages, own words): the shared verbatim passages of ``new`` (runs of at least
    PASSAGE_WORDS own words) that appear in ``old`` in the same order. Several passages in
    one order are a text reused; one passage is as likely a statement both pages quote."""
    pa, pb = prepare(new), prepare(old)
    common = pa.gram_set & pb.gram_set
    if not common:
        return 0, 0
    _, runs = _coverage(pa.tokens, new, pa.grams, common)
    first_in_old: dict[str, int] = {}
    for i, gram in enumerate(pb.grams):
        first_in_old.setdefault(gram, i)
    token_at = {start: i for i, (start, _) in enumerate(pa.tokens.spans)}
    placed = []
    for start, _, words in runs:
        i = token_at[start]  # a run starts where a shared 5-gram starts
        if words >= PASSAGE_WORDS and i < len(pa.grams) and pa.grams[i] in first_in_old:
            placed.append((start, first_in_old[pa.grams[i]], words))
    placed.sort()
    order = _increasing_subsequence([(pos, words) for _, pos, words in placed])
    return len(order), sum(words for _, words in order)


def _increasing_subsequence(items: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of items whose first values increase (positions in the other text)."""
    best: list[list[tuple[int, int]]] = []
    for item in items:
        chain = max((c for c in best if c[-1][0] < item[0]), key=len, default=[])
        best.append(chain + [item])
    return max(best, key=len, default=[])


def sentence_alignment(new: str, old: str) -> tuple[float, float, int, list[str]]:
    """(coverage, order, aligned, examples): how many sentences of the shorter document have a
    close counterpart (content-word overlap) in the other, and how many of those keep order."""
    sa, sb = prepare(new).sentences, prepare(old).sentences
    if not sa or not sb:
        return 0.0, 0.0, 0, []
    short, long_ = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    matches: list[tuple[int, int, str]] = []
    for i, (text, terms) in enumerate(short):
        best, best_j = 0.0, -1
        for j, (_, other) in enumerate(long_):
            overlap = len(terms & other) / min(len(terms), len(other))
            if overlap > best:
                best, best_j = overlap, j
        if best >= SENTENCE_MATCH:
            matches.append((i, best_j, text))
    if not matches:
        return 0.0, 0.0, 0, []
    ordered = _longest_increasing([j for _, j, _ in matches])
    examples = [text for _, _, text in matches[:3]]
    return len(matches) / len(short), ordered / len(matches), len(matches), examples


def _longest_increasing(values: list[int]) -> int:
    tails: list[int] = []
    for v in values:
        i = bisect_left(tails, v)
        if i == len(tails):
            tails.append(v)
        else:
            tails[i] = v
    return len(tails)


def shared_quotes(new: str, old: str) -> list[str]:
    return [q for q in quotes(new) if fuzz.partial_ratio(q, old) >= 90]


def _tie(a: Document, b: Document) -> bool | None:
    """None when publication dates tell the original apart, else True (a tie or unknown)."""
    pa, pb = a.published or "", b.published or ""
    if not pa or not pb:
        return True
    if (len(pa) <= 10 or len(pb) <= 10) and pa[:10] == pb[:10]:
        return True  # same day and at least one without a time of day
    da, db = day_number(pa), day_number(pb)
    return True if da is None or db is None or da == db else None


def _earlier(a: Document, b: Document) -> tuple[Document, Document]:
    """(later, original) of two documents: by date, else wire credit, else the longer."""
    if _tie(a, b) is None:  # both dated, on different days
        da, db = day_number(a.published) or 0.0, day_number(b.published) or 0.0
        return (a, b) if da > db else (b, a)
    if bool(a.wire) != bool(b.wire):
        return (b, a) if a.wire else (a, b)
    return (a, b) if len(a.text) <= len(b.text) else (b, a)


def _same_outlet(a: Document, b: Document) -> bool:
    """Same outlet, or unknown: only then can two texts be one page seen twice."""
    return not a.outlet or not b.outlet or a.outlet.strip().lower() == b.outlet.strip().lower()


def _same_outlet_known(a: Document, b: Document) -> bool:
    return bool(a.outlet and b.outlet and a.outlet.strip().lower() == b.outlet.strip().lower())


def compare(new: Document, old: Document, *, paraphrase: bool = True) -> CopyRelation | None:
    """The copy relation between two documents, if any (``of_id`` is the original).

    duplicate: one page seen twice (identical words, or near-identical and not from two
    different outlets); copy_of: verbatim republication (most of one text's own words, or a
    long passage, found in the other); derived_from: a rewrite or translation (sentences
    aligned in order). A text republished nearly whole counts as a copy before any rewrite test.
    """
    later, original = _earlier(new, old)
    if text_hash(later.text) == text_hash(original.text):
        return CopyRelation(
            doc_id=later.id,
            of_id=original.id,
            kind="duplicate",
            score=1.0,
            evidence=["identical text"],
        )
    containment, mutual, runs = shared_passages(later.text, original.text)
    longest = runs[0][2] if runs else 0
    passages = [later.text[s:e] for s, e, words in runs[:3] if words >= 8]
    same_wire = bool(later.wire and original.wire and later.wire.lower() == original.wire.lower())
    wire_note = [f"same wire credit: {later.wire}"] if same_wire else []
    if (
        mutual >= DUPLICATE_MUTUAL
        and containment >= DUPLICATE_CONTAINMENT
        and _same_outlet(later, original)
    ):
        return CopyRelation(
            doc_id=later.id,
            of_id=original.id,
            kind="duplicate",
            score=round(containment, 3),
            evidence=passages[:1],
        )
    copied = (
        containment >= COPY_CONTAINMENT
        or (same_wire and longest >= WIRE_PASSAGE_WORDS)
        or _reused_passages(later, original, longest)
    )
    if copied and containment >= REPOST_CONTAINMENT:
        return _copy(later, original, containment, longest, wire_note + passages)
    if paraphrase and _term_overlap(later.text, original.text) >= DERIVED_TERM_OVERLAP:
        derived = _derived(later, original)
        if derived is not None:
            return derived
    if copied:
        return _copy(later, original, containment, longest, wire_note + passages)
    return None


def _reused_passages(later: Document, original: Document, longest: int) -> bool:
    """Shared passages beyond a quoted statement: several, in the same order, long enough in
    all. Shared runs between two pages of one outlet are often its own boilerplate (a footer,
    a standing paragraph), so only other outlets' count."""
    if longest < PASSAGE_WORDS or _same_outlet_known(later, original):
        return False
    passages, words = ordered_passages(later.text, original.text)
    return passages >= COPY_PASSAGES and words >= COPY_PASSAGE_WORDS


def _term_overlap(a: str, b: str) -> float:
    """Shared content terms over the smaller vocabulary: a cheap gate before aligning."""
    ta, tb = prepare(a).terms, prepare(b).terms
    return len(ta & tb) / min(len(ta), len(tb)) if ta and tb else 0.0


def _copy(
    later: Document, original: Document, containment: float, longest: int, evidence: list[str]
) -> CopyRelation:
    return CopyRelation(
        doc_id=later.id,
        of_id=original.id,
        kind="copy_of",
        score=round(max(containment, min(1.0, longest / 200)), 3),
        evidence=evidence,
    )


def _derived(later: Document, original: Document) -> CopyRelation | None:
    coverage, order, aligned, examples = sentence_alignment(later.text, original.text)
    if not (
        aligned >= DERIVED_MIN_SENTENCES and coverage >= DERIVED_COVERAGE and order >= DERIVED_ORDER
    ):
        return None
    kept_by_later, kept_by_original = _quotes_kept(later, original), _quotes_kept(original, later)
    if _tie(later, original) and kept_by_original > kept_by_later + 0.1:
        # Undated or same day: a rewrite keeps some of the original's quotes verbatim and
        # paraphrases or translates the rest, so the original is the one with quotes of its own.
        later, original = original, later
    same = shared_quotes(later.text, original.text)
    evidence = [f"{aligned} sentences aligned in order ({coverage:.0%} of the shorter)"]
    return CopyRelation(
        doc_id=later.id,
        of_id=original.id,
        kind="derived_from",
        score=round(coverage * order, 3),
        evidence=evidence + [f"same quote: {q}" for q in same[:3]] + examples[:2],
    )


def _quotes_kept(doc: Document, other: Document) -> float:
    """Share of ``doc``'s direct quotes found verbatim in ``other`` (0 without quotes)."""
    mine = quotes(doc.text)
    return len(shared_quotes(doc.text, other.text)) / len(mine) if mine else 0.0


@dataclass
class CopyIndex:
    """Incremental duplicate/copy finder: exact hashes plus a MinHash LSH over 5-shingles, and
    the original each page was found to copy (one at most)."""

    hashes: dict[str, str] = field(default_factory=dict)
    originals: dict[str, str] = field(default_factory=dict)
    lsh: MinHashLSH = field(
        default_factory=lambda: MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    )

    def candidates(self, doc: Document) -> tuple[str | None, list[str]]:
        """(exact duplicate id or None, near candidates) among documents already added."""
        exact = self.hashes.get(text_hash(doc.text))
        if exact is not None and exact != doc.id:
            return exact, []
        near = [d for d in self.lsh.query(self._minhash(doc)) if d != doc.id]
        return None, near

    def near(self, doc: Document) -> tuple[str, ...]:
        """Documents already added that share much of ``doc``'s text (LSH candidates)."""
        if len(prepare(doc.text).tokens.words) < MIN_WORDS:
            return ()
        exact, near = self.candidates(doc)
        return (exact,) if exact is not None else tuple(near)

    def add(self, doc: Document) -> None:
        self.hashes.setdefault(text_hash(doc.text), doc.id)
        if doc.id not in self.lsh:
            self.lsh.insert(doc.id, self._minhash(doc))

    @staticmethod
    def _minhash(doc: Document) -> MinHash:
        mh = MinHash(num_perm=NUM_PERM)
        grams = shingles(Tokens.of(doc.text).words, SHINGLE)
        mh.update_batch([g.encode("utf-8") for g in grams])
        return mh


def relate(
    doc: Document,
    index: CopyIndex,
    lookup: Callable[[str], Document | None],
    story_members: list[str],
) -> list[CopyRelation]:
    """Relations of a new document with earlier ones: near-duplicate candidates from the LSH,
    paraphrase candidates among the members of its story. Adds ``doc`` to the index.

    Each page is a copy of one original at most: the new page of its best match, and an
    earlier page (when the new one turns out to be older) only if it has none yet. A page
    tied to two originals would fold two independent sources into one."""
    if len(prepare(doc.text).tokens.words) < MIN_WORDS:
        return []  # too little text to call anything a copy (empty pages are all "equal")
    exact, near = index.candidates(doc)
    found: list[CopyRelation] = []
    seen: set[str] = set()
    if exact is not None:
        other = lookup(exact)
        if other is not None:
            later, original = _earlier(doc, other)
            found.append(
                CopyRelation(
                    doc_id=later.id,
                    of_id=original.id,
                    kind="duplicate",
                    score=1.0,
                    evidence=["identical text"],
                )
            )
            seen.add(exact)
    for other_id in near + [m for m in story_members if m not in near]:
        if other_id in seen or other_id == doc.id:
            continue
        seen.add(other_id)
        other = lookup(other_id)
        if other is None:
            continue
        relation = compare(doc, other, paraphrase=other_id in story_members)
        if relation is not None:
            found.append(relation)
    kept = best_originals(found, index.originals)
    index.originals.update({r.doc_id: r.of_id for r in kept})
    index.add(doc)
    return kept


KIND_RANK = {"duplicate": 0, "copy_of": 1, "derived_from": 2}


def best_originals(found: list[CopyRelation], originals: dict[str, str]) -> list[CopyRelation]:
    """One relation per copied page: the closest kind, then the highest score; none for a
    page that already has an original."""
    best: dict[str, CopyRelation] = {}
    for rel in found:
        if rel.doc_id in originals:
            continue
        held = best.get(rel.doc_id)
        if held is None or (KIND_RANK[rel.kind], -rel.score) < (KIND_RANK[held.kind], -held.score):
            best[rel.doc_id] = rel
    return list(best.values())
