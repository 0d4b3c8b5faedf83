"""The analyzer version covers what analyses depend on, so stale analyses are never reused."""

from __future__ import annotations

import json

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
    before = version.analyzer_digest()
    real = version.module_path

    def edited(name):
        path = real(name)
        if name == "storyline.textutil":
            copy = tmp_path / "textutil.py"
            copy.write_text(path.read_text() + "\n# an edit to the sentence splitter\n")
            return copy
        return path

    monkeypatch.setattr(version, "module_path", edited)
    assert version.analyzer_digest() != before


def test_version_changes_with_the_model(monkeypatch):
    before = version.analyzer_digest()
    monkeypatch.setattr(version, "_version_of", lambda package: "9.9.9")
    assert version.analyzer_digest() != before


def test_a_stage_version_is_kept_on_disk_under_the_files_stamp(monkeypatch, tmp_path):
    monkeypatch.setenv("STORYLINE_CACHE", str(tmp_path))
    monkeypatch.setattr(version, "files_stamp", lambda: "stamp one")
    calls = []

    def digest():
        calls.append(1)
        return f"digest {len(calls)}"

    assert version.stamped("analyzer", digest) == "digest 1"
    assert version.stamped("analyzer", digest) == "digest 1"  # read back, not digested again
    assert len(calls) == 1
    monkeypatch.setattr(version, "files_stamp", lambda: "stamp two")  # a file was edited
    assert version.stamped("analyzer", digest) == "digest 2"
    monkeypatch.setattr(version, "files_stamp", lambda: "stamp one")
    assert version.stamped("analyzer", digest) == "digest 1"


def test_a_kept_version_equals_the_digest(monkeypatch, tmp_path):
    monkeypatch.setenv("STORYLINE_CACHE", str(tmp_path))
    first = version.stamped("analyzer", version.analyzer_digest)
    assert first == version.analyzer_digest()
    assert version.stamped("analyzer", lambda: "not asked") == first


def test_old_stamps_are_dropped_and_a_broken_file_is_digested_again(monkeypatch, tmp_path):
    monkeypatch.setenv("STORYLINE_CACHE", str(tmp_path))
    for n in range(version.KEPT_STAMPS + 3):
        monkeypatch.setattr(version, "files_stamp", lambda n=n: f"stamp {n}")
        version.stamped("cleaner", lambda n=n: f"digest {n}")
    kept = json.loads((tmp_path / version.VERSIONS_FILE).read_text())
    assert len(kept) == version.KEPT_STAMPS and f"stamp {version.KEPT_STAMPS + 2}" in kept
    (tmp_path / version.VERSIONS_FILE).write_text("{not json")
    assert version.stamped("cleaner", lambda: "again") == "again"


def test_no_cache_folder_digests_every_time(monkeypatch):
    def no_home():
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr("storyline.storepath.cache_dir", no_home)
    assert version.stamped("analyzer", lambda: "fresh") == "fresh"
