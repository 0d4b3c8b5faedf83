"""The watcher: rounds of polling sources, then rebuilding the briefs of the stories that changed.

A round polls every source not backing off (``sources.Poller``), then hands the pages that came
in to the pipeline (``Pipeline.update``: analyze and cluster just them), and publishes a new
brief version for every story of at least ``min_docs`` pages whose pages differ from its latest
version's. A source that fails is reported and retried after a back-off that doubles with each
failed round (1 minute, 2, 4 ... at most 6 hours, by default); the others go on.

Everything a round needs to resume lives in the store: pages taken in wait in
``watch_pending`` until their stories' briefs are rebuilt, so a watcher killed after storing
pages but before the briefs rebuilds them on its next round.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal

from storyline.ingest import Reader
from storyline.model import Failure, Story
from storyline.pipeline import Pipeline, StoryBrief
from storyline.storeliving import SourceState, now_iso
from storyline.watch.sources import Polled, Poller, SourceError

BACKOFF = 60.0  # seconds before a failed source is tried again; doubles per failed round
MAX_BACKOFF = 6 * 3600.0

Status = Literal["ok", "not modified", "failed", "backing off"]


@dataclass
class SourceOutcome:
    source: str
    status: Status
    new_docs: int = 0
    error: str | None = None
    retry_at: float | None = None  # epoch seconds, for a failed or backing-off source


@dataclass
class Round:
    """What one round did."""

    started: str
    sources: list[SourceOutcome] = field(default_factory=list)
    new_doc_ids: list[str] = field(default_factory=list)
    updated: list[StoryBrief] = field(default_factory=list)  # stories with a new version
    failures: list[Failure] = field(default_factory=list)  # sources, files, entries, briefs

    @property
    def failed(self) -> bool:
        return bool(self.failures) or any(s.status != "ok" and s.error for s in self.sources)


class Watcher:
    """Follows ``sources`` into the pipeline's store."""

    def __init__(
        self,
        pipe: Pipeline,
        sources: list[str],
        *,
        min_docs: int = 2,
        backoff: float = BACKOFF,
        max_backoff: float = MAX_BACKOFF,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.pipe = pipe
        self.store = pipe.store
        self.sources = list(dict.fromkeys(sources))
        self.min_docs = min_docs
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.clock = clock

    def round(self) -> Round:
        """Poll every source, take in what is new, rebuild the briefs of changed stories."""
        done = Round(started=now_iso())
        with Reader(allow_private=self.pipe.allow_private) as reader:
            poller = Poller(self.pipe, reader)
            for source in self.sources:
                done.sources.append(self._poll(poller, source, done))
        self._rebuild(done)
        return done

    def run(self, every: float, on_round: Callable[[Round], None], stop: threading.Event) -> None:
        """A round every ``every`` seconds until ``stop`` is set."""
        while not stop.is_set():
            started = self.clock()
            on_round(self.round())
            stop.wait(max(0.0, every - (self.clock() - started)))

    # ------------------------------------------------------------ polling

    def _poll(self, poller: Poller, source: str, done: Round) -> SourceOutcome:
        state = self.store.source_state(source)
        now = self.clock()
        if state.next_try > now:
            retry = _clock_time(state.next_try)
            problem = f"still failing ({state.last_error}); next try {retry}"
            done.failures.append(Failure(source=source, error=problem))
            return SourceOutcome(
                source, "backing off", error=state.last_error, retry_at=state.next_try
            )
        try:
            found = poller.poll(source, state)
        except SourceError as exc:
            return self._failed(state, exc.failure, now, done)
        except Exception as exc:  # a bug on one source must not stop the others
            message = (str(exc).splitlines() or [""])[0] or type(exc).__name__
            return self._failed(state, Failure(source=source, error=message), now, done)
        self._succeeded(state, found)
        done.new_doc_ids += found.new_doc_ids
        done.failures += found.failures
        status: Status = "not modified" if found.not_modified else "ok"
        return SourceOutcome(source, status, new_docs=len(found.new_doc_ids))

    def _failed(
        self, state: SourceState, failure: Failure, now: float, done: Round
    ) -> SourceOutcome:
        state.failures += 1
        delay = min(self.backoff * 2 ** (state.failures - 1), self.max_backoff)
        state.next_try = now + delay
        state.last_error = failure.error
        self.store.put_source_state(state)
        retry = _clock_time(state.next_try)
        done.failures.append(
            failure.model_copy(
                update={"error": f"{failure.error} (failed {state.failures}×; next try {retry})"}
            )
        )
        return SourceOutcome(state.source, "failed", error=failure.error, retry_at=state.next_try)

    def _succeeded(self, state: SourceState, found: Polled) -> None:
        state.failures, state.next_try, state.last_error = 0, 0.0, None
        state.last_ok = now_iso()
        if found.retry_pending:
            state.etag, state.last_modified = None, None
        elif found.validators is not None:
            state.etag, state.last_modified = found.validators
        self.store.put_source_state(state)

    # ------------------------------------------------------------ briefs

    def _rebuild(self, done: Round) -> None:
        """Cluster the pages waiting for their brief and publish the stories that changed.
        Pages of a story whose brief fails stay waiting (retried next round)."""
        waiting = self.store.pending_ids()
        if not waiting:
            return
        run = self.pipe.update(list(self.store.documents(waiting)))
        kept: set[str] = set()
        for story in sorted(run.stories, key=lambda s: s.id):
            if not self._changed(story):
                continue
            try:
                done.updated.append(self.pipe.publish(story))
            except Exception as exc:  # one story's brief must not stop the rest
                message = (str(exc).splitlines() or [""])[0] or type(exc).__name__
                done.failures.append(
                    Failure(source=story.id, error=f"cannot build brief: {message}")
                )
                kept.update(story.doc_ids)
        self.store.clear_pending(i for i in waiting if i not in kept)

    def _changed(self, story: Story) -> bool:
        if len(story.doc_ids) < self.min_docs:
            return False
        latest = self.store.get_brief_version(story.id)
        return latest is None or set(latest.doc_ids) != set(story.doc_ids)


def _clock_time(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def parse_every(value: str) -> float:
    """ "15m", "30s", "2h", "1d" or plain seconds -> seconds; ValueError otherwise."""
    text = value.strip().lower()
    units = {"s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0}
    scale = units.get(text[-1:], None)
    number = text[:-1] if scale else text
    seconds = float(number) * (scale or 1.0)
    if not seconds > 0:
        raise ValueError(f"not a positive duration: {value!r}")
    return seconds
