"""Evaluation harness: each data set in ../shared/bench is scored with its authors' metric.

Every evaluation module exposes ``DATA`` (its folder under the bench root), ``evaluate(data:
Path, track: Tracker) -> Report``. Reports print as a table, with the anchors (published or
baseline numbers) as rows beside ours, and are saved as JSON under bench/results/.
"""

from __future__ import annotations

import importlib
import json
import os
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import overload

from rich.console import Console
from rich.markup import escape
from rich.table import Table

BENCH_ENV = "STORYLINE_BENCH"

# name -> module; modules are imported lazily so one missing extra does not break the others.
REGISTRY: dict[str, str] = {
    "aeb": "storyline.eval.aeb",
    "wcxb": "storyline.eval.wcxb",
    "titles": "storyline.eval.titles",
    "polnear": "storyline.eval.polnear",
    "tempeval3": "storyline.eval.tempeval3",
    "tempeval3-tlinks": "storyline.eval.tempeval3_tlinks",
    "meantime-timex": "storyline.eval.meantime_timex",
    "newscluster": "storyline.eval.newscluster",
    "meantime-coref": "storyline.eval.meantime_coref",
    "htmldate": "storyline.eval.htmldate",
    "briefaudit": "storyline.eval.briefaudit",
}


@dataclass
class Counts:
    """Integer counts summed over documents; subclasses declare the fields."""

    def add(self, other: Counts) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


def ratio(part: float, whole: float, empty: float | None = 0.0) -> float | None:
    """part / whole, or ``empty`` when there is nothing to divide by. Scorers disagree on that
    case: TempEval-3 and the CoNLL scorers count it as 0, PolNeAR leaves it undefined (None)."""
    return part / whole if whole else empty


@overload
def f1(p: float, r: float) -> float: ...
@overload
def f1(p: float | None, r: float | None) -> float | None: ...
def f1(p: float | None, r: float | None) -> float | None:
    """Harmonic mean of precision and recall: 0 when both are 0, None when either is undefined."""
    if p is None or r is None:
        return None
    return 2 * p * r / (p + r) if p + r else 0.0


def prf(
    hits: float, predicted: float, gold: float, empty: float = 0.0
) -> tuple[float, float, float]:
    """Precision hits / predicted, recall hits / gold, and their F1, for one-to-one matches
    (each hit is one prediction and one gold item); ``empty`` where a count is 0."""
    p, r = hits / predicted if predicted else empty, hits / gold if gold else empty
    return p, r, f1(p, r)


@dataclass
class Row:
    """One system's scores. ``kind`` is "ours", "measured" (another system run here, in the
    same run) or "published" (a number quoted from the data set's README or a paper)."""

    system: str
    # Read-only here, so a system's dict[str, float] is as good as a mixed one.
    metrics: Mapping[str, float | int | str | None]
    kind: str = "ours"
    note: str = ""


@dataclass
class Report:
    name: str
    data: str
    rows: list[Row] = field(default_factory=list)
    targets: dict[str, float] = field(default_factory=dict)  # metric -> minimum to reach
    extra: dict[str, object] = field(default_factory=dict)

    def ours(self) -> Row:
        return next(r for r in self.rows if r.kind == "ours")

    def passed(self) -> dict[str, bool]:
        ours = self.ours().metrics
        return {
            m: isinstance(ours.get(m), int | float) and ours[m] >= t  # type: ignore[operator]
            for m, t in self.targets.items()
        }


def bench_root() -> Path:
    """../shared/bench next to the checkout, or $STORYLINE_BENCH."""
    if os.environ.get(BENCH_ENV):
        return Path(os.environ[BENCH_ENV])
    here = Path(__file__).resolve().parents[2]
    for candidate in (here.parent / "shared" / "bench", Path.cwd().parent / "shared" / "bench"):
        if candidate.is_dir():
            return candidate
    return here.parent / "shared" / "bench"


def load(name: str):  # returns a module
    if name not in REGISTRY:
        raise KeyError(f"unknown evaluation {name!r}; known: {', '.join(REGISTRY)}")
    return importlib.import_module(REGISTRY[name])


def print_report(report: Report, console: Console | None = None) -> None:
    # Piped output (make eval > log) would otherwise be squeezed to 80 columns.
    console = console or Console(width=None if Console().is_terminal else 180)
    metrics: list[str] = []
    for row in report.rows:
        metrics += [m for m in row.metrics if m not in metrics]
    table = Table(title=f"{report.name}  ({report.data})")
    table.add_column("system")
    table.add_column("kind")
    for m in metrics:
        target = report.targets.get(m)
        table.add_column(f"{m}" + (f" (≥{target})" if target is not None else ""), justify="right")
    for row in report.rows:
        cells = [_fmt(row.metrics.get(m)) for m in metrics]
        # Escaped: rich would read a lower-case "[dev half]" as a style tag and drop it.
        label = escape(row.system + (f" [{row.note}]" if row.note else ""))
        table.add_row(label, row.kind, *cells)
    console.print(table)


def save_report(report: Report, results_dir: Path) -> Path:
    results_dir.mkdir(parents=True, exist_ok=True)
    path = results_dir / f"eval_{report.name}.json"
    payload = asdict(report) | {"passed": report.passed()}
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
    return path


def _fmt(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)
