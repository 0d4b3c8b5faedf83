"""Headline, extractive summary and takeaways.

Sentences from all the story's documents are scored by TF-IDF centrality (cosine to the
story centroid) times a bonus for how many independent sources report the same claim, in
their own words or copied (``claims.py`` decides which sentences state one claim), then picked
with maximal marginal relevance so the summary does not repeat itself, and shown with the
most widely reported first. Every picked sentence cites, for each document that reports the
claim, that document's sentence. Sentences are reproduced verbatim: nothing is generated, no
quote is altered.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from storyline.lexicon import SAID_ON_FORMS, SAID_PAST_FORMS
from storyline.lexicon.discourse import (
    BACK_POINTERS,
    DEICTIC_TIMES,
    DEMONSTRATIVES,
    FIRST_PERSON,
    LINKING_OPENERS,
    SUBORDINATORS,
)
from storyline.model import Analysis, Citation, Document, Point
from storyline.synthesize.claim_dates import Days, days_clash, sentence_days
from storyline.synthesize.claim_quotes import QUOTE_WORD, QUOTED, quoted_runs
from storyline.synthesize.claim_vectors import SentenceVectors
from storyline.synthesize.claims import EMBED_MOST, ClaimMatcher, Encoder, default_encoder
from storyline.synthesize.common import cite, count_independent, sentence_spans
from storyline.synthesize.figure_scope import StoryScope

CITE_SIMILARITY = 0.6  # TF-IDF cosine at which another document's sentence is the same wording
# Sentences of other sources checked for the same claim in other words: the embedded ones,
# and (without embeddings, or beyond them) those sharing some wording at all.
REWORDED_FLOOR = 0.15
MMR_LAMBDA = 0.7
# A sentence about an earlier event sets the scene: it may be summed up, after the story's own.
BACKGROUND_WEIGHT = 0.5
MIN_TAKEAWAY_SOURCES = 2
CANDIDATES = 150
MIN_WORDS, MAX_WORDS = 8, 60
_LETTERS = re.compile(r"[^\W\d_]")
# "..., he said.", "..., she told reporters.": the speaker is named in another sentence.
_PRONOUN_SAID = re.compile(
    rf"[,”\"’']\s+(?:he|she|they)\s+(?:\w+ly\s+)?(?:{'|'.join(SAID_ON_FORMS + SAID_PAST_FORMS)})"
    r"\b[^,;:]{0,30}[.!?]?[\"”’']?\s*$",
    re.IGNORECASE,
)
_FIRST_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_OPENERS = "|".join(re.escape(w) for w in sorted(LINKING_OPENERS, key=len, reverse=True))
# Not "Then-President ...", nor "In addition to ...", which opens its own sentence.
_LINKING = re.compile(rf"(?:{_OPENERS})\b(?!-|\s+to\b)", re.IGNORECASE)


@dataclass
class Sentence:
    doc: Document
    start: int
    end: int
    position: float  # 0 for a document's first sentence, 1 for its last

    @property
    def text(self) -> str:
        return self.doc.text[self.start : self.end]


@dataclass
class Claim:
    """A candidate sentence and every sentence elsewhere that says the same."""

    sentence: Sentence
    index: int
    centrality: float
    citations: list[Citation] = field(default_factory=list)
    support: int = 1
    background: bool = False  # tells an earlier event ("The programme started in 2007")
    # The story's claim matcher, to tell whether two candidates state one claim.
    matcher: ClaimMatcher | None = field(default=None, repr=False, compare=False)

    @property
    def score(self) -> float:
        weight = BACKGROUND_WEIGHT if self.background else 1.0
        return weight * self.centrality * (1.0 + math.log(self.support))


def story_sentences(docs: list[Document]) -> list[Sentence]:
    out: list[Sentence] = []
    for doc in docs:
        spans = sentence_spans(doc.text)
        for i, (s, e) in enumerate(spans):
            out.append(Sentence(doc, s, e, i / max(1, len(spans) - 1)))
    return out


def _usable(sentence: Sentence) -> bool:
    text = sentence.text
    words = len(text.split())
    if not MIN_WORDS <= words <= MAX_WORDS:
        return False
    if not re.search(r"[.!?\"”’]$", text):  # headings, captions cut mid-way, link lists
        return False
    letters = len(_LETTERS.findall(text))
    return letters > 0.6 * len(text) and not text.isupper()


def stands_alone(text: str) -> bool:
    """Whether a sentence can be read away from its page: it does not open on a pronoun or
    demonstrative standing for something said before ("She added..."), nor on a word that ties
    it to the previous sentence ("However, ...", "At that time, ..."), nor closes on a
    pronoun as its speaker ("..., he said."): who says it is named elsewhere."""
    if _unattributed_quote(text) or _PRONOUN_SAID.search(text):
        return False
    opening = text.lstrip(" \"“‘'(—–-")
    first = _FIRST_WORD.match(opening)
    if first is None:
        return True
    word = re.split(r"['’]", first.group().lower())[0]
    if word in FIRST_PERSON and not re.match(r"\s*[\"“‘']", text):
        return False  # "I told her the road was straight.": who is "I"?
    if word in SUBORDINATORS:  # "Once this link is established, ...": look at the next word
        first = _FIRST_WORD.search(opening, first.end())
        if first is None:
            return True
        word = re.split(r"['’]", first.group().lower())[0]
        if word not in BACK_POINTERS:
            return not _LINKING.match(opening)
    if word in DEMONSTRATIVES:
        following = _FIRST_WORD.search(opening, first.end())
        if following and following.group().lower().rstrip("s") in DEICTIC_TIMES:
            return True  # "This week, ...", "That morning, ...": a date, not a reference
    return word not in BACK_POINTERS and not _LINKING.match(opening)


def _unattributed_quote(text: str) -> bool:
    """A sentence that is all quotation, its speaker named in another sentence: on its own
    nobody says it ("“The border stays open until spring.”")."""
    if _ORPHAN_CLOSING.match(text):
        return True  # "... guidance.”": the end of a quotation begun in a sentence before
    if not re.match(r"\s*[“\"‘]", text):
        return False
    outside = QUOTED.sub(" ", text)
    return len(QUOTE_WORD.findall(outside)) < 2


def _wording(claim: Claim) -> str | None:
    """The claim as its point shows it: its own sentence when that stands alone, else the
    first sentence of another source stating it that does (all are cited); None when every
    wording leans on its page."""
    if stands_alone(claim.sentence.text):
        return claim.sentence.text
    for c in claim.citations:
        if MIN_WORDS <= len(c.text.split()) <= MAX_WORDS and stands_alone(c.text):
            return c.text
    return None


class SentenceIndex:
    """TF-IDF over every sentence of a story; answers "which sentences say the same"."""

    def __init__(self, docs: list[Document]) -> None:
        self.sentences = story_sentences(docs)
        self.usable = [_usable(s) for s in self.sentences]
        texts = [s.text for s in self.sentences] or [""]
        self.vectorizer = TfidfVectorizer(
            stop_words="english", sublinear_tf=True, token_pattern=r"(?u)\b\w[\w'-]*\b"
        )
        try:
            self.matrix = self.vectorizer.fit_transform(texts)
        except ValueError:  # empty vocabulary: nothing but stop words
            self.matrix = None

    def similar(self, rows: list[int]) -> np.ndarray:
        """Cosine of each given sentence against every sentence (rows x all)."""
        if self.matrix is None or not rows:
            return np.zeros((len(rows), len(self.sentences)))
        return (self.matrix[rows] @ self.matrix.T).toarray()

    def centrality(self) -> np.ndarray:
        if self.matrix is None:
            return np.zeros(len(self.sentences))
        centroid = np.asarray(self.matrix.mean(axis=0)).ravel()
        norm = np.linalg.norm(centroid)
        return self.matrix @ (centroid / norm) if norm else np.zeros(len(self.sentences))

    def transform(self, texts: list[str]):  # sparse matrix
        return self.vectorizer.transform(texts)


def supporting(
    index: SentenceIndex,
    row: int,
    sims: np.ndarray,
    matcher: ClaimMatcher | None = None,
    groups: dict[str, str] | None = None,
) -> list[Citation]:
    """The sentence itself plus, per other document, the sentence that states the same claim:
    near-identical wording (TF-IDF cosine >= CITE_SIMILARITY), or, with a ``matcher``, the
    same meaning in other words (see ``claims.py``), the closest one per document; or a likely
    rewording that more agrees with (``_corroborated``)."""
    own = index.sentences[row]
    best: dict[str, tuple[float, int]] = {}
    for j in np.flatnonzero(sims >= CITE_SIMILARITY).tolist():
        if matcher is not None and days_clash(matcher.days[row], matcher.days[j]):
            continue  # one wording, two events: a launch on Tuesday and one on Friday
        if matcher is not None and j != row and matcher.wording_apart(row, j):
            continue  # one frame, two sayings: "'...,' Ms. X said." twice
        _keep(best, index.sentences[j].doc.id, 2.0 + float(sims[j]), j, own.doc.id)
    if matcher is not None:
        groups = groups or {}
        likely: dict[str, tuple[float, int]] = {}
        meanings = matcher.meanings(row)
        near: set[int] = set(np.flatnonzero(sims >= REWORDED_FLOOR).tolist()) | set(meanings)
        for j in near:
            doc_id = index.sentences[j].doc.id
            if doc_id == own.doc.id or not index.usable[j]:
                continue
            if groups.get(doc_id, doc_id) == groups.get(own.doc.id, own.doc.id):
                continue  # a copy's sentence counts when its wording is the same, above
            meaning = meanings.get(j)
            closeness = matcher.closeness(row, int(j), meaning)
            if matcher.same(row, int(j), float(sims[j]), meaning):
                _keep(best, doc_id, closeness, int(j), own.doc.id)
            elif matcher.likely(row, int(j), meaning):
                _keep(likely, doc_id, closeness, int(j), own.doc.id)
        for doc_id, (score, j) in _corroborated(index, row, best, likely, matcher, groups).items():
            _keep(best, doc_id, score, j, own.doc.id)
    cites = [cite(own.doc, own.start, own.end)]
    for _, j in sorted(best.values(), key=lambda v: -v[0]):
        s = index.sentences[j]
        cites.append(cite(s.doc, s.start, s.end))
    return cites


def _corroborated(
    index: SentenceIndex,
    row: int,
    best: dict[str, tuple[float, int]],
    likely: dict[str, tuple[float, int]],
    matcher: ClaimMatcher,
    groups: dict[str, str],
) -> dict[str, tuple[float, int]]:
    """The likely rewordings of sentence ``row`` (one per document) that more agrees with:
    each of the two sentences is the other's closest in its page, and a sentence of a third
    independent source states the claim of both (matches both, surely or likely)."""

    def group(j: int) -> str:
        doc_id = index.sentences[j].doc.id
        return groups.get(doc_id, doc_id)

    out: dict[str, tuple[float, int]] = {}
    others = [j for _, j in best.values()] + [j for _, j in likely.values()]
    for doc_id, (score, j) in likely.items():
        if doc_id in best or not (
            _closest_in_page(index, j, row, score, matcher)
            and _closest_in_page(index, row, j, score, matcher)
        ):
            continue
        third = (k for k in others if group(k) not in (group(row), group(j)))
        if any(matcher.same(j, k) or matcher.likely(j, k) for k in third):
            out[doc_id] = (score, j)
    return out


def _closest_in_page(
    index: SentenceIndex, j: int, row: int, score: float, matcher: ClaimMatcher
) -> bool:
    """Whether no other sentence of ``row``'s page is closer to sentence ``j`` than ``row``
    (whose closeness to ``j`` is ``score``)."""
    doc_id = index.sentences[row].doc.id
    for k, meaning in matcher.meanings(j).items():
        if k != row and index.sentences[k].doc.id == doc_id and index.usable[k]:
            if matcher.closeness(j, k, meaning) > score:
                return False
    return True


def _keep(best: dict[str, tuple[float, int]], doc_id: str, score: float, j: int, own: str) -> None:
    if doc_id != own and (doc_id not in best or score > best[doc_id][0]):
        best[doc_id] = (score, j)


def claims(
    index: SentenceIndex,
    groups: dict[str, str],
    originals: set[str],
    encoder: Encoder | SentenceVectors | None | bool = True,
    analyses: dict[str, Analysis] | None = None,
) -> list[Claim]:
    """Candidate claims with citations and independent support, best first.

    ``encoder`` embeds sentences to match claims by meaning: True for the default (the
    ``embeddings`` extra when installed), ``SentenceVectors`` to read stored vectors and
    compute only the missing ones, None or False for words alone. ``analyses`` (by document
    id) give the dates sentences tell: two sentences dated on different days are two claims."""
    central = index.centrality()
    usable = [i for i, ok in enumerate(index.usable) if ok]
    usable.sort(key=lambda i: -central[i])
    # A sentence copied verbatim across pages is one candidate, read from an original page.
    picked: list[int] = []
    seen: set[str] = set()
    for i in usable:
        key = re.sub(r"\W+", " ", index.sentences[i].text.lower()).strip()
        if key in seen:
            continue
        seen.add(key)
        picked.append(i)
        if len(picked) >= CANDIDATES:
            break
    if len({groups.get(s.doc.id, s.doc.id) for s in index.sentences}) < 2:
        encoder = None  # one source: no claim to match across sources, nothing to embed
    matcher = _matcher(index, usable, picked, originals, encoder, analyses or {})
    sims = index.similar(picked)
    out = []
    for k, row in enumerate(picked):
        citations = supporting(index, row, sims[k], matcher, groups)
        if _restates_original(index.sentences[row].doc.id, citations, groups, originals):
            continue
        citations = _original_first(citations, originals)
        claim = Claim(
            index.sentences[row],
            row,
            float(central[row]),
            citations,
            count_independent((c.doc_id for c in citations), groups),
            matcher=matcher,
        )
        out.append(claim)
    out.sort(key=lambda c: -c.score)
    return out


def mark_background(
    candidates: list[Claim], scope: StoryScope, analyses: dict[str, Analysis]
) -> list[Claim]:
    """Mark the claims whose sentence, or the wording shown for it, tells an earlier event,
    and re-rank."""
    for c in candidates:
        shown = _wording(c)
        said = [(c.sentence.doc.id, c.sentence.text, c.sentence.start)]
        said += [(x.doc_id, x.text, x.start) for x in c.citations if x.text == shown]
        c.background = any(scope.background(analyses.get(d), t, at) for d, t, at in said)
    return sorted(candidates, key=lambda c: -c.score)


def _matcher(
    index: SentenceIndex,
    usable: list[int],
    picked: list[int],
    originals: set[str],
    encoder: Encoder | SentenceVectors | None | bool,
    analyses: dict[str, Analysis],
) -> ClaimMatcher:
    """The claim matcher over the story's sentences; the candidates and then the most central
    sentences of original pages are embedded, EMBED_MOST at most."""
    rows = picked + [i for i in usable if index.sentences[i].doc.id in originals]
    rows = list(dict.fromkeys(rows))[:EMBED_MOST]
    if encoder is True:
        encoder = default_encoder()
    elif isinstance(encoder, SentenceVectors):
        spans = [(s.doc.id, s.start, s.end) for s in (index.sentences[r] for r in rows)]
        encoder = encoder.encoder_for(spans)
    texts = [s.text for s in index.sentences]
    return ClaimMatcher(texts, rows, encoder or None, _days(index, analyses))


def _days(index: SentenceIndex, analyses: dict[str, Analysis]) -> list[Days]:
    """The days each sentence of the story dates its claim on (``claim_dates``)."""
    rows: dict[str, list[int]] = {}
    for k, s in enumerate(index.sentences):
        rows.setdefault(s.doc.id, []).append(k)
    out: list[Days] = [()] * len(index.sentences)
    for doc_id, ks in rows.items():
        doc = index.sentences[ks[0]].doc
        spans = [(index.sentences[k].start, index.sentences[k].end) for k in ks]
        for k, days in zip(ks, sentence_days(analyses.get(doc_id), doc.text, spans), strict=True):
            out[k] = days
    return out


def _restates_original(
    doc_id: str, citations: list[Citation], groups: dict[str, str], originals: set[str]
) -> bool:
    """A copy's or rewrite's sentence that its original page also states: the claim is read
    in the original's words (that sentence is a candidate of its own), not a re-wording."""
    if doc_id in originals:
        return False
    group = groups.get(doc_id, doc_id)
    return any(
        c.doc_id in originals and groups.get(c.doc_id, c.doc_id) == group for c in citations[1:]
    )


def _original_first(citations: list[Citation], originals: set[str]) -> list[Citation]:
    return sorted(citations, key=lambda c: c.doc_id not in originals)


def select(index: SentenceIndex, candidates: list[Claim], count: int) -> list[Claim]:
    """Maximal marginal relevance over the candidates. A candidate that an already chosen
    one cites (or that cites it) states the same claim in other words and is skipped; two
    claims may still share a supporting sentence that states both."""
    if not candidates:
        return []
    top = max(c.score for c in candidates) or 1.0
    rows = [c.index for c in candidates]
    pair = index.similar(rows)[:, rows] if index.matrix is not None else np.zeros((1, 1))
    quoted = [quoted_runs(c.sentence.text) for c in candidates]
    chosen: list[int] = []
    while len(chosen) < min(count, len(candidates)):
        best, best_value = -1, -math.inf
        for k, claim in enumerate(candidates):
            if k in chosen or any(_restate(claim, candidates[j]) for j in chosen):
                continue
            if any(_same_through_third(claim, candidates[j]) for j in chosen):
                continue
            if any(quoted[k] & quoted[j] for j in chosen):
                continue  # the same quotation, framed by another sentence
            redundancy = max((pair[k, j] for j in chosen), default=0.0)
            if redundancy >= CITE_SIMILARITY:
                continue
            value = MMR_LAMBDA * claim.score / top - (1 - MMR_LAMBDA) * redundancy
            if value > best_value:
                best, best_value = k, value
        if best < 0:
            break
        chosen.append(best)
    return [candidates[k] for k in chosen]


# A sentence whose first double quotation mark closes a quotation: a curly closing mark, or a
# straight one glued to the word before it and followed by a space or the end.
_ORPHAN_CLOSING = re.compile(r'[^“"]*?(?:”|(?<=[^\s(\[])"(?=[\s,.;:!?)]|$))')
# A quotation in single marks, as some outlets quote: "'Test flights are risky,' he said."
_SINGLE_QUOTED = re.compile(r"^\W*[‘']\w|[,.!?][’'](?=\s|$)")


def _restate(a: Claim, b: Claim) -> bool:
    """One claim's sentence is among the other's citations: the same claim, reworded."""
    own_a = (a.sentence.doc.id, a.sentence.start)
    own_b = (b.sentence.doc.id, b.sentence.start)
    return own_a in {(x.doc_id, x.start) for x in b.citations} or own_b in {
        (x.doc_id, x.start) for x in a.citations
    }


def _same_through_third(a: Claim, b: Claim) -> bool:
    """Two claims that cite the same sentence of a third page, and whose own sentences the
    matcher takes for one claim at least likely: one claim reported twice ("considering
    sending intelligence officers" and "could deploy soldiers from intelligence units", both
    matched by a third page's "contemplating sending officials to offer intelligence"). A
    sentence two claims share is not enough alone: it may state both."""
    matcher = a.matcher
    if matcher is None or a.sentence.doc.id == b.sentence.doc.id:
        return False
    own = {a.sentence.doc.id, b.sentence.doc.id}
    cited = {(x.doc_id, x.start) for x in a.citations if x.doc_id not in own}
    if not cited & {(x.doc_id, x.start) for x in b.citations}:
        return False
    return matcher.same(a.index, b.index) or matcher.likely(a.index, b.index)


def summary_length(n_docs: int) -> int:
    return max(5, min(8, 4 + math.ceil(math.log2(max(1, n_docs)))))


def summarize(index: SentenceIndex, candidates: list[Claim], n_docs: int) -> list[Point]:
    readable = [c for c in candidates if _wording(c) is not None]
    picked = _distinct_wordings(index, select(index, readable, summary_length(n_docs) + 2))
    picked = picked[: summary_length(n_docs)]
    # Lead with the story's own news, what most independent sources report first; among
    # equals, read in the order a report would: the lead of pages first. Background (an
    # earlier event) comes after the news, however widely it is recalled.
    picked.sort(key=lambda c: (c.background, -c.support, round(c.sentence.position, 1), -c.score))
    return [
        Point(
            text=_wording(c) or c.sentence.text,
            citations=c.citations,
            independent_sources=c.support,
        )
        for c in picked
    ]


def _distinct_wordings(index: SentenceIndex, picked: list[Claim]) -> list[Claim]:
    """Drop a point whose shown wording (another source's, when its own leans on its page)
    says again what an earlier point shows."""
    if index.matrix is None or not picked:
        return picked
    shown = index.transform([_wording(c) or c.sentence.text for c in picked])
    sims = (shown @ shown.T).toarray()
    kept: list[int] = []
    for k in range(len(picked)):
        if all(sims[k, j] < CITE_SIMILARITY for j in kept):
            kept.append(k)
    return [picked[k] for k in kept]


def takeaways(
    candidates: list[Claim],
    summary: list[Point],
    limit: int = 3,
    figures: list[Citation] | None = None,
) -> list[Point]:
    """Short claims that several independent sources report (MIN_TAKEAWAY_SOURCES at least:
    one page alone, or a rewrite with its original, is no takeaway), not already in the
    summary.

    A claim is already in the summary when it shares a cited passage with a summary point:
    a copy's wording of a summary sentence, or a sentence a summary point cites, would only
    say again what the reader has just read. Likewise a sentence holding one of ``figures``
    (the passages of the key figures already summed up as takeaways)."""
    used = {(c.doc_id, c.start) for p in summary for c in p.citations}
    rows = {(c.sentence.doc.id, c.sentence.start): c.index for c in candidates}
    summed = {rows[key] for key in used if key in rows}
    short = [
        c
        for c in candidates
        if len(c.sentence.text.split()) <= 30
        and c.support >= MIN_TAKEAWAY_SOURCES
        and not c.background
        and not any((x.doc_id, x.start) in used for x in c.citations)
        and not _holds_any(c.citations, figures or [])
        and not _quoting(c.sentence.text)
        and _wording(c) is not None
        and not _quoting(_wording(c) or "")
        and not _restates_any(c, summed)
    ]
    short.sort(key=lambda c: (-c.support, -c.score))
    out: list[Point] = []
    for c in short:
        if len(out) >= limit:
            break
        cited = {(x.doc_id, x.start) for x in c.citations}
        if any(cited & {(x.doc_id, x.start) for x in p.citations} for p in out):
            continue  # another wording of a takeaway already listed
        out.append(
            Point(
                text=_wording(c) or c.sentence.text,
                citations=c.citations,
                independent_sources=c.support,
            )
        )
    return out


def _quoting(text: str) -> bool:
    """Whether a sentence quotes someone, in double or single marks: no takeaway."""
    return '"' in text or "“" in text or bool(_SINGLE_QUOTED.search(text))


def _restates_any(claim: Claim, rows: set[int]) -> bool:
    """Whether the claim states, in other words, what one of the sentences ``rows`` (those a
    summary point cites) states: a takeaway would say again what the reader has just read."""
    matcher = claim.matcher
    if matcher is None:
        return False
    return any(
        matcher.same(claim.index, r)
        or matcher.likely(claim.index, r)
        or _same_figures(matcher, claim.index, r)
        for r in rows
        if r != claim.index
    )


def _same_figures(matcher: ClaimMatcher, i: int, j: int) -> bool:
    """Two sentences that give the same two numbers or more ("left at 11:36 ... back at 7:33")
    and share some informative words tell the same facts, however differently framed."""
    shared = matcher.numbers[i] & matcher.numbers[j]
    return len(shared) >= 2 and matcher.shared_words(i, j)[1] >= 2


def _holds_any(citations: list[Citation], passages: list[Citation]) -> bool:
    return any(
        c.doc_id == p.doc_id and c.start < p.end and p.start < c.end
        for c in citations
        for p in passages
    )


def headline(index: SentenceIndex, docs: list[Document], fallback: str) -> str:
    """The title closest to the story's centroid, or the fallback (the story label)."""
    titles = [(d.title or "").strip() for d in docs]
    titles = [t for t in titles if len(t.split()) >= 3]
    if not titles or index.matrix is None:
        return fallback
    centroid = np.asarray(index.matrix.mean(axis=0)).ravel()
    scores = index.transform(titles) @ centroid
    return titles[int(np.argmax(scores))]
