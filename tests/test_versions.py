"""The analyzer version covers what analyses depend on, so stale analyses are never reused."""

from __future__ import annotations

from storyline import versions as version


def test_dependencies_follow_imports_beyond_the_analyze_package():
    deps = version.dependencies()
    for name in (
        "storyline.analyze.times",
        "storyline.analyze.nlp",
        "storyline.textutil",
        "storyline.model",
    ):
        assert name in deps
    assert "storyline.store" not in deps and "storyline.progress" not in deps


def test_version_changes_with_a_shared_module(monkeypatch, tmp_path):
    before = version.analyzer_version.__wrapped__()
    real = version.module_path

    def edited(name):
        path = real(name)
        if name == "storyline.textutil":
            copy = tmp_path / "textutil.py"
            copy.write_text(path.read_text() + "\n# an edit to the sentence splitter\n")
            return copy
        return path

    monkeypatch.setattr(version, "module_path", edited)
    assert version.analyzer_version.__wrapped__() != before


def test_version_changes_with_the_model(monkeypatch):
    before = version.analyzer_version.__wrapped__()
    monkeypatch.setattr(version, "_version_of", lambda package: "9.9.9")
    assert version.analyzer_version.__wrapped__() != before
