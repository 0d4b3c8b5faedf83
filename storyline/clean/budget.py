"""A budget for cleaning one page: how big it may be, and how long it may take.

Extraction is superlinear in a page's elements (trafilatura: 20,000 paragraphs 3.5 s, 40,000
12 s on our 2 shared cores) and the line classifier costs about 0.15 ms a line, so one page far
bigger than any article could hold a whole batch for minutes and gigabytes. Real pages are
small: 99% of the 4,935 pages of the benchmark sets have fewer than 3,200 elements, the largest
10,126. So:

* a page within ``small`` is cleaned in this process, as before;
* a bigger one is cleaned in a worker process, which is killed when the page overruns
  ``seconds`` (and whose address space is capped at ``memory``);
* a page over ``max_elements`` elements or ``max_lines`` lines is refused before it is parsed.

A page over its budget is one Failure saying which limit it met; the batch goes on. Nothing
here is global: the worker belongs to the ``Sandbox`` that started it, and a sandbox that saw
no big page never starts one.
"""

from __future__ import annotations

import multiprocessing
import re
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from storyline.errors import InputError, first_line

STARTUP_SECONDS = 120.0  # a cold start on a loaded machine: interpreter and imports
_ELEMENT = re.compile(r"<[A-Za-z]")
_ELEMENT_BYTES = re.compile(rb"<[A-Za-z]")


@dataclass(frozen=True)
class PageSize:
    elements: int  # start tags, for markup (counted up to the limit and one); 0 for text
    lines: int
    chars: int

    def describe(self) -> str:
        return f"{self.elements:,} elements" if self.elements else f"{self.lines:,} lines"


@dataclass(frozen=True)
class Budget:
    seconds: float = 10.0  # one page's cleaning, in the worker
    max_elements: int = 100_000  # refused above this (lxml: about 1.7 KB an element)
    max_lines: int = 100_000  # of a text page
    small_elements: int = 5_000  # a page within all three "small" is cleaned in this process
    small_lines: int = 5_000
    small_chars: int = 2_000_000
    memory: int = 2**30  # the worker's address space

    def over(self, size: PageSize) -> str | None:
        """Which size limit the page is over, if any."""
        if size.elements > self.max_elements:
            return f"over {self.max_elements:,} elements, the most one page may have"
        if not size.elements and size.lines > self.max_lines:
            return f"over {self.max_lines:,} lines, the most one page may have"
        return None

    def small(self, size: PageSize) -> bool:
        if size.chars > self.small_chars:
            return False
        if size.elements:
            return size.elements <= self.small_elements
        return size.lines <= self.small_lines


def page_size(body: str | bytes, *, markup: bool, cap: int) -> PageSize:
    """Elements (start tags) and lines of a page, elements counted up to ``cap`` + 1 (enough
    to know it is over), with a regex scan before anything parses it."""
    elements = 0
    if markup:
        found = (
            _ELEMENT_BYTES.finditer(body) if isinstance(body, bytes) else _ELEMENT.finditer(body)
        )
        for elements, _ in enumerate(found, 1):  # the count is what we want
            if elements > cap:
                break
    lines = body.count(b"\n") if isinstance(body, bytes) else body.count("\n")
    return PageSize(elements, lines + 1, len(body))


class Overrun(Exception):
    """The page took longer than its budget's seconds."""


class WorkerError(Exception):
    """The worker broke on a page (it died, or the job raised): the page's own failure."""


class Sandbox:
    """A worker process that runs one job at a time and is killed when a job overruns.

    ``run(func, args, seconds)`` calls ``func(*args)`` in the worker (``func`` must be a
    module-level function: it is sent by name). Started on first use, with ``spawn`` so that
    no lock held by another thread of this process (fetch threads) is copied into it.
    """

    def __init__(self, budget: Budget | None = None) -> None:
        self.budget = budget or Budget()
        self._process: Any = None
        self._conn: Connection | None = None

    def run(self, func: Callable[..., Any], args: tuple[Any, ...], seconds: float) -> Any:
        conn = self._start()
        if conn is None:  # no child processes here (a daemonic worker): run it in-process
            return func(*args)
        try:
            conn.send((func, args))
            answered = conn.poll(seconds)
        except (OSError, EOFError):  # the worker died before it took the job
            self.close()
            raise WorkerError("the cleaning worker stopped") from None
        if not answered:
            self.close()
            raise Overrun(seconds)
        try:
            status, value = conn.recv()
        except (OSError, EOFError):
            self.close()
            raise WorkerError("the cleaning worker died (out of memory?)") from None
        if status == "ok":
            return value
        if status == "input":
            raise InputError(*value)
        raise WorkerError(value)

    def _start(self) -> Connection | None:
        if self._conn is not None and self._process is not None and self._process.is_alive():
            return self._conn
        self.close()
        context = multiprocessing.get_context("spawn")
        mine, theirs = context.Pipe()
        process = context.Process(target=_serve, args=(theirs, self.budget.memory), daemon=True)
        try:
            process.start()
        except AssertionError:  # "daemonic processes are not allowed to have children"
            mine.close()
            return None
        finally:
            theirs.close()
        self._process, self._conn = process, mine
        # The worker says when its imports are done: they are not the first page's time.
        if not mine.poll(STARTUP_SECONDS) or mine.recv() != "ready":
            self.close()
            raise WorkerError("the cleaning worker did not start")
        return mine

    def close(self) -> None:
        if self._process is not None:
            if self._process.is_alive():
                self._process.kill()
            self._process.join(5)
            self._process = None
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _serve(conn: Connection, memory: int) -> None:
    """The worker's loop: run each job, answer ("ok", result), ("input", (source, problem))
    or ("error", message)."""
    import resource

    import storyline.clean.html  # noqa: F401 - loaded before the memory cap, not counted in it

    try:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    except (ValueError, OSError):  # a lower hard limit already: keep it
        pass
    conn.send("ready")
    while True:
        try:
            func, args = conn.recv()
        except (EOFError, OSError):
            return
        try:
            answer: tuple[str, Any] = ("ok", func(*args))
        except InputError as exc:
            answer = ("input", (exc.source, exc.problem))
        except MemoryError:
            answer = ("error", "out of memory (over the worker's memory budget)")
        except Exception as exc:  # reported as the page's own failure
            answer = ("error", f"{type(exc).__name__}: {first_line(exc)}")
        conn.send(answer)
