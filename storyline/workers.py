"""Local worker processes for the stateless stages (clean, analyze).

Each worker is a fresh process (``spawn``: no inherited locks or threads from the parent) that
loads what it needs once, on its first batch, and keeps it: a spaCy model is loaded once per
worker, not once per batch. Batches are large enough to keep the workers busy between
results, and results come back in input order, so one writer (the parent) stores them.
"""

from __future__ import annotations

import importlib
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from itertools import chain, islice
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


# Math libraries' own thread pools (OpenBLAS, OpenMP, MKL), read when they load. Each worker
# gets the cores divided by the workers: with the library default, two workers on two cores
# run four BLAS threads that preempt each other (7% of the wall time of 400 analyses).
THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")

# Tasks sent per worker before the oldest result is taken: results come back in input order,
# so one slow task must not leave the other workers idle behind it.
IN_FLIGHT = 4

# Worker pools started ahead of their first task (``started``), by their number of workers.
_STARTED: dict[int, ProcessPoolExecutor] = {}


def default_workers() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def share_cores(threads: int) -> None:
    """Run in each new worker before its first task: cap the math libraries' thread pools at
    ``threads``, unless the user set one of the variables. The libraries load later, with the
    model, and read the variables then; any already loaded are capped through threadpoolctl."""
    if any(name in os.environ for name in THREAD_VARIABLES):
        return
    for name in THREAD_VARIABLES:
        os.environ[name] = str(threads)
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=threads)


def batches(items: Sequence[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def tapered_batches(items: Sequence[T], size: int, workers: int) -> Iterator[list[T]]:
    """Batches of ``size`` until the end nears, then smaller ones: each batch at most a
    ``2 * workers``-th of what is left (never under a sixth of ``size``). With equal batches
    one worker often runs the last batch alone while the others idle; small last batches
    make the workers finish together."""
    floor = max(1, size // 6)
    start = 0
    while start < len(items):
        left = len(items) - start
        step = min(size, max(floor, -(-left // (2 * workers))))
        yield list(items[start : start + step])
        start += step


def _start_worker(threads: int, preload: str | None) -> None:
    share_cores(threads)
    if preload:
        importlib.import_module(preload)


def _pool(workers: int, preload: str | None = None) -> ProcessPoolExecutor:
    context = multiprocessing.get_context("spawn")
    threads = max(1, default_workers() // workers)
    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_start_worker,
        initargs=(threads, preload),
    )


def _ready() -> int:
    return os.getpid()


@contextmanager
def started(workers: int, preload: str | None = None) -> Iterator[None]:
    """Start ``workers`` processes now, each importing the module ``preload``, for every
    ``imap`` and ``map_batches`` of that many workers within the block: their start (a new
    interpreter, its imports) runs while the caller reads its input, and a second map reuses
    them instead of starting others."""
    if workers <= 1 or workers in _STARTED:
        yield
        return
    pool = _pool(workers, preload)
    for _ in range(workers):  # each task submitted while none is idle starts a process
        pool.submit(_ready)
    _STARTED[workers] = pool
    try:
        yield
    finally:
        del _STARTED[workers]
        pool.shutdown(cancel_futures=True)


def imap(fn: Callable[[T], R], items: Iterable[T], *, workers: int) -> Iterator[R]:
    """``fn`` over ``items`` in ``workers`` processes, results in input order. At most
    ``IN_FLIGHT`` tasks per worker are in flight, so a stream of any length is read as it is
    consumed (the input is never held in memory whole). ``fn`` must be a module-level function."""
    iterator = iter(items)
    head = list(islice(iterator, 2))
    if workers <= 1 or len(head) < 2:  # one task: starting processes would only cost
        yield from map(fn, chain(head, iterator))
        return
    ready = _STARTED.get(workers)
    if ready is not None:
        yield from _in_order(ready, fn, chain(head, iterator), workers)
        return
    with _pool(workers) as pool:
        yield from _in_order(pool, fn, chain(head, iterator), workers)


def _in_order(
    pool: ProcessPoolExecutor, fn: Callable[[T], R], items: Iterator[T], workers: int
) -> Iterator[R]:
    pending: deque[Future[R]] = deque()
    try:
        for item in items:
            pending.append(pool.submit(fn, item))
            if len(pending) >= IN_FLIGHT * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:  # a map left early leaves no tasks behind in a pool that lives on
        for future in pending:
            future.cancel()


def map_batches(
    fn: Callable[[list[T]], list[R]], items: Sequence[T], *, workers: int, batch_size: int
) -> Iterator[list[R]]:
    """``fn`` over batches of ``items`` in ``workers`` processes; one result list per batch,
    in input order. ``fn`` must be a module-level function (it is pickled by name)."""
    if len(items) <= batch_size or workers <= 1:
        yield from map(fn, batches(items, batch_size))
        return
    yield from imap(fn, tapered_batches(items, batch_size, workers), workers=workers)
