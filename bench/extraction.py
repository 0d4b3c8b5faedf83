"""Speed of `extract_html` against plain `trafilatura.extract` on the same HTML pages.

Pages: the aeb and wcxb/dev HTML of ../shared/bench, decoded once up front; the systems then
take turns on each page in this one process. `extract_html` does more than
`trafilatura.extract` (metadata: JSON-LD, meta tags, printed dates, byline; the boilerplate
line filter), so trafilatura with `with_metadata=True` is timed too as the like-for-like row.
Prints a table and writes bench/results/extraction.json.

    python bench/extraction.py [MAX_PAGES]
"""

from __future__ import annotations

import json
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from rich.console import Console
from rich.table import Table
from usage import exit_if_help_asked

from storyline.eval import aeb, bench_root, wcxb

RESULTS = Path(__file__).resolve().parent / "results" / "extraction.json"


def load_pages(max_pages: int | None = None) -> list[tuple[str | None, str]]:
    root = bench_root()
    pages: list[tuple[str | None, str]] = [
        (url, html) for _, url, html, _ in aeb.load_pages(root / aeb.DATA)
    ]
    pages += [(p.url, p.html) for p in wcxb.load_pages(root / wcxb.DATA)]
    return pages[:max_pages]


def timed(
    pages: list[tuple[str | None, str]], systems: dict[str, Callable[[str, str | None], object]]
) -> dict[str, float]:
    """Seconds per system. Systems take turns page by page (in rotating order), so a busy
    shared machine slows them alike instead of whichever happened to run last."""
    seconds = dict.fromkeys(systems, 0.0)
    names = list(systems)
    for i, (url, html) in enumerate(pages):
        for name in names[i % len(names) :] + names[: i % len(names)]:
            start = time.perf_counter()
            systems[name](html, url)
            seconds[name] += time.perf_counter() - start
    return seconds


def main(max_pages: int | None = None) -> dict[str, object]:
    import trafilatura

    from storyline.clean.html import extract_html

    warnings.filterwarnings("ignore")
    pages = load_pages(max_pages)
    systems: dict[str, Callable[[str, str | None], object]] = {
        "trafilatura.extract (defaults)": lambda h, u: trafilatura.extract(h, url=u),
        "trafilatura.extract with_metadata": lambda h, u: trafilatura.extract(
            h, url=u, with_metadata=True
        ),
        "storyline extract_html": lambda h, u: extract_html(h, u),
    }
    timed(pages[:3], systems)  # warm up imports and caches outside the timing
    seconds = timed(pages, systems)
    per_second = {name: len(pages) / s for name, s in seconds.items()}
    base = per_second["trafilatura.extract (defaults)"]
    report = {
        "pages": len(pages),
        "mb": round(sum(len(h) for _, h in pages) / 1e6, 1),
        "seconds": seconds,
        "pages_per_second": per_second,
        "ratio_to_trafilatura": {name: v / base for name, v in per_second.items()},
    }
    _print(report)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2) + "\n")
    return report


def _print(report: dict) -> None:
    table = Table(
        title=f"HTML extraction: {report['pages']} aeb + wcxb pages, {report['mb']} MB of HTML"
    )
    table.add_column("system")
    table.add_column("seconds", justify="right")
    table.add_column("pages/s", justify="right")
    table.add_column("speed vs trafilatura.extract", justify="right")
    for name, seconds in report["seconds"].items():
        table.add_row(
            name,
            f"{seconds:.1f}",
            f"{report['pages_per_second'][name]:.1f}",
            f"{report['ratio_to_trafilatura'][name]:.2f}x",
        )
    Console().print(table)


if __name__ == "__main__":
    exit_if_help_asked(__doc__)
    main(int(sys.argv[1]) if len(sys.argv) > 1 else None)
