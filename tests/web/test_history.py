"""The story page's extra sections: every provider's, and a broken one never hides the rest."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.store import Store
from storyline.web import history


def test_sections_come_from_every_provider_and_a_failure_is_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(history, "PROVIDERS", [])

    @history.register
    def versions(store: Store, story_id: str) -> list[history.Section]:
        return [("versions", "Versions", f"<p>{story_id}</p>")]

    @history.register
    def broken(store: Store, story_id: str) -> list[history.Section]:
        raise RuntimeError("no such table")

    with Store(tmp_path / "s.db") as store:
        assert history.history_sections(store, "s1") == [("versions", "Versions", "<p>s1</p>")]
    assert history.PROVIDERS == [versions, broken]
