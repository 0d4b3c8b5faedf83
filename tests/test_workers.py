"""Local worker processes: results in input order, batches cover every item once."""

from __future__ import annotations

import os

from storyline.workers import (
    batches,
    default_workers,
    imap,
    map_batches,
    started,
    tapered_batches,
)


def square(x: int) -> int:
    return x * x


def lengths(batch: list[str]) -> list[int]:
    return [len(s) for s in batch]


def pid_and_colorsys_loaded(_: int) -> tuple[int, bool]:
    import sys

    return os.getpid(), "colorsys" in sys.modules


def test_started_workers_serve_every_map_in_the_block_and_preload_their_module():
    with started(2, preload="colorsys"):
        first = list(imap(pid_and_colorsys_loaded, range(8), workers=2))
        second = list(imap(pid_and_colorsys_loaded, range(8), workers=2))
        assert list(map_batches(lengths, ["a", "bb", "ccc"], workers=2, batch_size=1)) == [
            [1],
            [2],
            [3],
        ]
    pids = {pid for pid, _ in first + second}
    assert len(pids) <= 2 and os.getpid() not in pids
    assert all(loaded for _, loaded in first + second)
    # After the block a map starts processes of its own again.
    assert list(imap(square, range(4), workers=2)) == [0, 1, 4, 9]


def test_default_workers_is_at_least_one():
    assert default_workers() >= 1


def test_batches_split_in_order_with_a_short_last_batch():
    assert list(batches([1, 2, 3, 4, 5], 2)) == [[1, 2], [3, 4], [5]]
    assert list(batches([], 3)) == []


def test_imap_in_process_keeps_order():
    assert list(imap(square, range(10), workers=1)) == [x * x for x in range(10)]


def test_imap_of_a_single_item_runs_without_processes():
    assert list(imap(square, iter([7]), workers=4)) == [49]


def test_imap_in_worker_processes_keeps_input_order():
    assert list(imap(square, range(12), workers=2)) == [x * x for x in range(12)]


def test_map_batches_returns_one_list_per_batch_in_order():
    items = ["a", "bb", "ccc", "dddd", "eeeee"]
    assert list(map_batches(lengths, items, workers=1, batch_size=2)) == [[1, 2], [3, 4], [5]]
    # In worker processes the last batches shrink, so the workers finish together.
    assert list(map_batches(lengths, items, workers=2, batch_size=2)) == [[1, 2], [3], [4], [5]]
    # Everything fits in one batch: one result list.
    assert list(map_batches(lengths, items, workers=4, batch_size=10)) == [[1, 2, 3, 4, 5]]


def test_tapered_batches_keep_every_item_once_and_shrink_at_the_end():
    items = list(range(400))
    sizes = [len(b) for b in tapered_batches(items, 25, 2)]
    assert [x for b in tapered_batches(items, 25, 2) for x in b] == items
    assert sizes[0] == 25 and sizes[-1] < 25 // 2
    assert sizes == sorted(sizes, reverse=True)  # never grows again
    assert min(sizes) >= 25 // 6  # tasks stay worth sending to a process
