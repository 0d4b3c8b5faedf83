"""TempEval-3 time expressions: span and value scores of ``find_times`` on TimeBank and AQUAINT.

Metric as in the TempEval-3 timex scorer (UzZaman et al. 2013): strict span P/R/F1 (same extent),
relaxed span P/R/F1 (extents overlap), and attribute F1 for ``value``, where an expression
counts when its extent matches (relaxed) and its value equals the gold one: P = correct / system
expressions, R = correct / gold expressions (the scorer's accuracy times relaxed P or R);
``type`` (DATE, TIME, DURATION, SET) is scored the same way. Values are compared as strings, as
the scorer does: gold "2000-W7" and our ISO "2000-W07" differ. Matching is one-to-one on
character extents (the official scorer works on tokens; the two agree except on odd
tokenisation). The creation time (``t0``, in ``<DCT>``) is the reference date and is not scored.
Files are split into two halves by their sorted position (even = dev, odd = test); rules were
built looking at dev only.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from storyline.eval import Counts as SummedCounts
from storyline.eval import Report, Row, prf
from storyline.progress import Tracker

if TYPE_CHECKING:
    from spacy.tokens import Doc

DATA = "tempeval3"
SUBSETS = ("TimeBank", "AQUAINT")


@dataclass
class Timex:
    start: int
    end: int
    value: str | None  # None: the system gives no value (span-only systems)
    type: str | None = None


@dataclass
class GoldDoc:
    name: str
    subset: str
    half: str  # dev / test
    text: str
    reference: str | None
    gold: list[Timex] = field(default_factory=list)
    # Spans not scored: MEANTIME's dateline and unannotated tail (TempEval-3 has none; its
    # creation time sits in <DCT>, outside <TEXT>).
    ignore: list[tuple[int, int]] = field(default_factory=list)


# ---------------------------------------------------------------- reading .tml

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'([A-Za-z_:]+)="([^"]*)"')


def tml_head(raw: str) -> tuple[str | None, str]:
    """A TimeML file's creation day (its <DCT>) and the inside of its <TEXT>."""
    dct = re.search(r"<DCT>\s*<TIMEX3([^>]*)>", raw)
    reference = dict(_ATTR.findall(dct[1])).get("value") if dct else None
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    return (reference[:10] if reference else None), (body[1] if body else "")


def tml_elements(
    inner: str, tags: tuple[str, ...]
) -> tuple[str, list[tuple[str, int, int, dict[str, str]]]]:
    """A TimeML body's text without its tags, and each element named in ``tags`` as (tag,
    start, end, attributes), its offsets in that text."""
    parts: list[str] = []
    length = 0
    found: list[tuple[str, int, int, dict[str, str]]] = []
    opened: dict[str, tuple[int, dict[str, str]]] = {}
    pos = 0
    for m in _TAG.finditer(inner):
        chunk = html.unescape(inner[pos : m.start()])
        parts.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m[2] not in tags:
            continue
        if not m[1]:
            opened[m[2]] = (length, dict(_ATTR.findall(m[3])))
        elif m[2] in opened:
            start, attrs = opened.pop(m[2])
            found.append((m[2], start, length, attrs))
    parts.append(html.unescape(inner[pos:]))
    return "".join(parts), found


def read_tml(path: Path, subset: str = "", half: str = "") -> GoldDoc:
    reference, inner = tml_head(path.read_text(encoding="utf-8"))
    text, found = tml_elements(inner, ("TIMEX3",))
    gold = [
        Timex(start, end, attrs.get("value", ""), attrs.get("type"))
        for _, start, end, attrs in found
        # The creation time sits in <DCT>, outside <TEXT>: no file of the set marks one inside.
        if end > start and attrs.get("functionInDocument") != "CREATION_TIME"
    ]
    return GoldDoc(path.stem.removesuffix(".tml"), subset, half, text, reference, gold)


def load_documents(data: Path) -> list[GoldDoc]:
    docs = []
    for subset in SUBSETS:
        for i, path in enumerate(sorted((data / subset).glob("*.tml"))):
            docs.append(read_tml(path, subset, "dev" if i % 2 == 0 else "test"))
    return docs


# ---------------------------------------------------------------- scoring


@dataclass
class Counts(SummedCounts):
    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def metrics(self, with_value: bool = True) -> dict[str, float | int | None]:
        sp, sr, sf = prf(self.strict, self.system, self.gold)
        rp, rr, rf = prf(self.relaxed, self.system, self.gold)
        vf = prf(self.value, self.system, self.gold)[2]
        tf = prf(self.type, self.system, self.gold)[2]
        out: dict[str, float | int | None] = {
            "strict_P": sp,
            "strict_R": sr,
            "strict_F1": sf,
            "relaxed_P": rp,
            "relaxed_R": rr,
            "relaxed_F1": rf,
            "value_F1": vf if with_value else None,
            "type_F1": tf if with_value else None,
            # value accuracy over the matched expressions: MEANTIME's second figure
            "value_acc": (self.value / self.relaxed if self.relaxed else 0.0)
            if with_value
            else None,
            "gold": self.gold,
        }
        return out


def _norm_value(value: str | None) -> str:
    return (value or "").strip().upper()


def score(gold: list[Timex], system: list[Timex]) -> Counts:
    """One-to-one matching: exact extents first, then the largest overlap."""
    counts = Counts(gold=len(gold), system=len(system))
    free = list(range(len(system)))
    pairs: list[tuple[Timex, Timex]] = []
    for g in gold:
        exact = next(
            (i for i in free if (system[i].start, system[i].end) == (g.start, g.end)), None
        )
        if exact is not None:
            free.remove(exact)
            pairs.append((g, system[exact]))
            counts.strict += 1
    for g in gold:
        if any(g is p[0] for p in pairs):
            continue
        overlaps = [(min(g.end, system[i].end) - max(g.start, system[i].start), i) for i in free]
        overlaps = [o for o in overlaps if o[0] > 0]
        if overlaps:
            best = max(overlaps)[1]
            free.remove(best)
            pairs.append((g, system[best]))
    counts.relaxed = len(pairs)
    counts.value = sum(
        1 for g, s in pairs if s.value is not None and _norm_value(g.value) == _norm_value(s.value)
    )
    counts.type = sum(
        1 for g, s in pairs if s.type is not None and _norm_value(g.type) == _norm_value(s.type)
    )
    return counts


System = Callable[[str, str | None, "Doc | None"], list[Timex]]


def run_ours(text: str, reference: str | None, doc: Doc | None) -> list[Timex]:
    """Our expressions as TIMEX3s (``timex3``: "two days after the vote" is the length)."""
    from storyline.analyze.times import find_times, timex3

    found = [timex3(t) for t in find_times(doc or text, reference)]
    return [Timex(t.start, t.end, t.value, t.type) for t in found]


def run_ours_text(text: str, reference: str | None, doc: Doc | None) -> list[Timex]:
    return run_ours(text, reference, None)


def run_spacy(text: str, reference: str | None, doc: Doc | None) -> list[Timex]:
    ents = doc.ents if doc is not None else ()
    return [
        Timex(e.start_char, e.end_char, None, None) for e in ents if e.label_ in ("DATE", "TIME")
    ]


def evaluate_docs(
    docs: list[GoldDoc],
    systems: dict[str, System],
    track: Tracker,
    groups: dict[str, Callable[[GoldDoc], bool]],
) -> dict[str, dict[str, Counts]]:
    """Counts per system and per group of documents."""
    from storyline.analyze.nlp import load_nlp

    nlp = load_nlp()
    totals = {s: {g: Counts() for g in groups} for s in systems}
    for doc in track(docs, "time expressions"):
        parsed = nlp(doc.text)
        for name, system in systems.items():
            found = [
                t
                for t in system(doc.text, doc.reference, parsed)
                if not any(t.start < e and s < t.end for s, e in doc.ignore)
            ]
            counts = score(doc.gold, found)
            for group, member in groups.items():
                if member(doc):
                    totals[name][group].add(counts)
    return totals


def rows_for(
    totals: dict[str, dict[str, Counts]],
    labels: dict[str, tuple[str, str, bool]],
    groups: Iterable[str],
) -> list[Row]:
    rows = []
    for name, (kind, note, with_value) in labels.items():
        for group in groups:
            row_note = group if not note else f"{note}; {group}"
            rows.append(Row(name, totals[name][group].metrics(with_value), kind, row_note))
    return rows


def evaluate(data: Path, track: Tracker) -> Report:
    docs = load_documents(data)
    groups: dict[str, Callable[[GoldDoc], bool]] = {
        "all": lambda d: True,
        "TimeBank": lambda d: d.subset == "TimeBank",
        "AQUAINT": lambda d: d.subset == "AQUAINT",
        "dev half": lambda d: d.half == "dev",
        "test half": lambda d: d.half == "test",
    }
    systems: dict[str, System] = {
        "storyline": run_ours,
        "storyline-text-only": run_ours_text,
        "spaCy DATE/TIME": run_spacy,
    }
    totals = evaluate_docs(docs, systems, track, groups)
    rows = rows_for(totals, {"storyline": ("ours", "", True)}, groups)
    rows += rows_for(totals, {"storyline-text-only": ("measured", "no parse", True)}, ["all"])
    rows += rows_for(
        totals,
        {"spaCy DATE/TIME": ("measured", "en_core_web_sm, span only", False)},
        ["all", "TimeBank", "AQUAINT"],
    )
    rows += [
        Row("HeidelTime", {"value_F1": 0.776}, "published", "TempEval-3 platinum test"),
        Row(
            "recognizers-text-date-time",
            {"value_F1": 0.605},
            "published",
            "platinum set, measured by the bench authors",
        ),
        Row(
            "dateparser",
            {"value_F1": 0.333},
            "published",
            "platinum set, measured by the bench authors",
        ),
    ]
    return Report(
        name="tempeval3",
        data=str(data),
        rows=rows,
        targets={"value_F1": 0.80},
        extra={"documents": len(docs), "split": "sorted position: even dev, odd test"},
    )
