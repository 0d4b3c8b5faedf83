"""A synthetic news stream with known events, from perturbed real texts.

Each synthetic event takes one base text from ../shared/bench (newscluster, aeb, wcxb, polnear),
renames every word with a capital letter with invented names (so events do not collapse into
their base text), replaces 40% of its other words, sometimes mixes in sentences of another text,
and gets a date; each of its documents then shuffles part of the sentences, drops and replaces
words and jitters the date. Many events are drawn from each base text, so the stream is full of
other events told in the same words: the hard case for chaining.

Base texts not in Latin script are left out (renaming needs letter case: a Korean text came out
of it unchanged, and all its events were one event), and names such as Xi, McCain or eLearning
are renamed too (they used to be kept, so every event of a base text shared them).

Used by ``bench/cluster_scale.py`` (100,000 documents: speed and memory) and by ``storyline eval
newscluster`` (a smaller stream scored beside newscluster, tuned on neither).
"""

from __future__ import annotations

import json
import random
import re
import time
from collections import Counter
from math import comb
from pathlib import Path

from storyline.model import Document

SEED = 7
# Names: every word with a capital letter (McCain, José, NYC, Xi, eLearning, product codes): a
# name left as it is would make every event drawn from one base text share it, i.e. be one
# event retold.
_TOKEN = re.compile(r"\b\w+")
_LETTER = re.compile(r"[^\W\d_]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
SHIFT = 0.4  # share of an event's lower-case words replaced, consistently within the event
_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ren",
    "tu",
    "vas",
    "el",
    "dor",
    "sa",
    "bri",
    "qu",
    "an",
    "tes",
    "mor",
    "vi",
    "nel",
    "os",
    "tra",
    "gu",
    "fen",
    "zi",
    "pal",
    "ro",
    "hek",
]


# ---------------------------------------------------------------- base texts


def base_texts(root: Path) -> list[tuple[str, str]]:
    """(title, body) of every usable real text in the bench folders."""
    texts: list[tuple[str, str]] = []
    for path in sorted((root / "newscluster").glob("*.json")):
        item = json.loads(path.read_text(encoding="utf-8"))
        texts.append((item.get("title") or "", item.get("text") or ""))
    aeb = root / "aeb" / "ground-truth.json"
    if aeb.exists():
        for item in json.loads(aeb.read_text(encoding="utf-8")).values():
            body = item.get("articleBody") or ""
            texts.append((body.split(". ")[0][:90], body))
    for path in sorted((root / "wcxb" / "dev" / "ground-truth").glob("*.json")):
        truth = json.loads(path.read_text(encoding="utf-8")).get("ground_truth", {})
        texts.append((truth.get("title") or "", truth.get("main_content") or ""))
    for path in sorted((root / "polnear" / "dev" / "text").glob("*.txt")):
        body = path.read_text(encoding="utf-8")
        texts.append((body.strip().splitlines()[0][:90] if body.strip() else "", body))
    return [(t, b) for t, b in texts if len(b.split()) >= 80 and _latin(b)]


def _latin(text: str) -> bool:
    """Renaming works on cased Latin script; a Korean or Russian base text would come out of
    it unchanged, so every event drawn from it would be the same event."""
    letters = len(_LETTER.findall(text))
    return bool(letters) and len(_LATIN.findall(text)) >= 0.8 * letters


def _is_name(token: str) -> bool:
    return len(token) >= 2 and any(c.isupper() for c in token)


# ---------------------------------------------------------------- synthetic stream


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def make_event(event: int, bases: list[tuple[str, str]], vocab: list[str]) -> dict:
    rng = random.Random(SEED * 1_000_003 + event)
    title, body = bases[rng.randrange(len(bases))]
    tokens = set(_TOKEN.findall(title + " " + body))
    # sorted: the same stream in every run (set order changes with the hash seed)
    names = {w: _name(rng) for w in sorted(t for t in tokens if _is_name(t))}
    # An event-specific shift of the wording: many events start from one base text, and
    # without it they would be one story told again with new names.
    lower = sorted(t for t in tokens if len(t) >= 4 and t.isascii() and t.isalpha() and t.islower())
    names.update({w: rng.choice(vocab) for w in lower if rng.random() < SHIFT})
    sents = [s for s in _SPLIT.split(body) if s.strip()][:40]
    if rng.random() < 0.3:  # mix events: a few sentences of another story
        other = [s for s in _SPLIT.split(bases[rng.randrange(len(bases))][1]) if s.strip()]
        sents += rng.sample(other, min(3, len(other)))
    return {"names": names, "title": title, "sents": sents}


def make_doc(event: dict, doc_no: int, day: float, vocab: list[str]) -> tuple[str, str, float]:
    rng = random.Random(SEED * 7_919 + doc_no)
    names = event["names"]

    def rename(text: str) -> str:
        return _TOKEN.sub(lambda m: names.get(m.group(0), m.group(0)), text)

    sents = list(event["sents"])
    if len(sents) > 3:  # shuffle part of the sentences, drop some
        i = rng.randrange(len(sents) - 2)
        window = sents[i : i + rng.randint(2, 6)]
        rng.shuffle(window)
        sents[i : i + len(window)] = window
        sents = [s for s in sents if rng.random() > 0.15] or sents[:1]
    words = rename(" ".join(sents)).split()
    out = []
    for w in words:
        r = rng.random()
        if r < 0.08:
            continue
        out.append(rng.choice(vocab) if r < 0.13 else w)
    title_words = rename(event["title"]).split()
    title = " ".join(w for w in title_words if rng.random() > 0.2) or event["title"]
    return title, " ".join(out), day + rng.uniform(-2.0, 2.0)


def stream(n_docs: int, extra: int = 0, span: float = 730.0) -> list[tuple[float, int, int]]:
    """(day, event, doc number) of ``n_docs + extra`` documents in date order, events spread
    over ``span`` days; texts are made lazily from these."""
    rng = random.Random(SEED)
    plan: list[tuple[float, int, int]] = []
    event = 0
    start = 17_000.0  # days since 1970: 2016-07
    while len(plan) < n_docs:
        size = min(1 + int(rng.expovariate(1 / 3.0)), 60)
        day = start + rng.uniform(0, span)
        for _ in range(size):
            plan.append((day, event, len(plan)))
        event += 1
    plan = plan[: n_docs + extra]
    plan.sort()
    return plan


def vocab_of(bases: list[tuple[str, str]]) -> list[str]:
    counts: Counter[str] = Counter()
    for _, body in bases[:300]:
        counts.update(w.lower() for w in re.findall(r"[A-Za-z]{4,}", body))
    return [w for w, _ in counts.most_common(5000)]


# ---------------------------------------------------------------- scoring


def pair_scores(pred: list[int], gold: list[int]) -> dict[str, float]:
    """Pairwise P/R/F1 from the contingency table (no pair enumeration), and B-cubed F1."""
    cells = Counter(zip(pred, gold, strict=True))
    by_pred, by_gold = Counter(pred), Counter(gold)
    tp = sum(comb(n, 2) for n in cells.values())
    pp = sum(comb(n, 2) for n in by_pred.values())
    gp = sum(comb(n, 2) for n in by_gold.values())
    p, r = tp / pp if pp else 1.0, tp / gp if gp else 1.0
    bp = sum(n * n / by_pred[c[0]] for c, n in cells.items()) / len(pred)
    br = sum(n * n / by_gold[c[1]] for c, n in cells.items()) / len(pred)
    return {
        "pairwise_P": p,
        "pairwise_R": r,
        "pairwise_F1": 2 * p * r / (p + r) if p + r else 0,
        "bcubed_F1": 2 * bp * br / (bp + br) if bp + br else 0,
    }


# ---------------------------------------------------------------- documents


def make_documents(
    plan: list[tuple[float, int, int]], bases: list[tuple[str, str]], vocab: list[str]
) -> tuple[list[Document], dict[str, int]]:
    """The planned documents (in plan order) and the event of each."""
    events: dict[int, dict] = {}
    docs = [synthetic_doc(day, event, doc_no, events, bases, vocab) for day, event, doc_no in plan]
    return docs, {d.id: event for d, (_, event, _) in zip(docs, plan, strict=True)}


def synthetic_doc(
    day: float,
    event: int,
    doc_no: int,
    events: dict[int, dict],
    bases: list[tuple[str, str]],
    vocab: list[str],
) -> Document:
    if event not in events:
        events[event] = make_event(event, bases, vocab)
    title, text, when = make_doc(events[event], doc_no, day, vocab)
    published = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(when * 86400))
    return Document(
        id=f"d{doc_no:07d}", source="synthetic", title=title, text=text, published=published
    )
