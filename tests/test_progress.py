"""Progress: every item passes through a bar, or through nothing when quiet."""

from __future__ import annotations

from storyline.progress import progress, silent


def test_quiet_tracking_yields_every_item_and_shows_nothing(capsys) -> None:
    with progress(quiet=True) as track:
        assert track is silent
        assert list(track(iter(range(3)), "documents")) == [0, 1, 2]
    assert capsys.readouterr() == ("", "")


def test_bars_go_to_stderr_and_count_the_items(capsys) -> None:
    with progress() as track:
        assert list(track(["a", "b"], "documents")) == ["a", "b"]
        assert list(track((x for x in "xyz"), "pages")) == ["x", "y", "z"]  # no length known
    out, err = capsys.readouterr()
    assert out == ""  # stdout stays clean for --json
    assert "documents" in err and "2/2" in err and "3/3" in err
