"""Worker processes share the cores: each caps its math libraries' threads at its share, so
two workers on two cores do not run four BLAS threads; a user's own setting is kept."""

from __future__ import annotations

import os

import pytest

from storyline.workers import THREAD_VARIABLES, default_workers, imap


def thread_settings(_: int) -> tuple[str | None, ...]:
    return tuple(os.environ.get(name) for name in THREAD_VARIABLES)


def test_each_worker_gets_its_share_of_the_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in THREAD_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    share = str(max(1, default_workers() // 2))
    seen = set(imap(thread_settings, range(4), workers=2))
    assert seen == {(share, share, share)}
    assert all(name not in os.environ for name in THREAD_VARIABLES)  # the parent is left alone


def test_a_users_own_thread_setting_is_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in THREAD_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "3")
    seen = set(imap(thread_settings, range(4), workers=2))
    assert seen == {("3", None, None)}
