"""Progress bars for long work; silent with ``quiet``. Bars go to stderr so --json stays clean."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Protocol, TypeVar

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

T = TypeVar("T")


class Tracker(Protocol):
    def __call__(
        self, items: Iterable[T], description: str, total: int | None = None
    ) -> Iterator[T]: ...


def silent(items: Iterable[T], description: str, total: int | None = None) -> Iterator[T]:
    yield from items


@contextmanager
def progress(quiet: bool = False) -> Iterator[Tracker]:
    """Yield a ``track(items, description, total)`` function that shows a bar per call."""
    if quiet:
        yield silent
        return
    bars = Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=False,
    )

    def track(items: Iterable[T], description: str, total: int | None = None) -> Iterator[T]:
        if total is None and hasattr(items, "__len__"):
            total = len(items)  # type: ignore[arg-type]
        task = bars.add_task(description, total=total)
        for item in items:
            yield item
            bars.advance(task)
        bars.update(task, total=bars.tasks[task].completed)

    with bars:
        yield track
