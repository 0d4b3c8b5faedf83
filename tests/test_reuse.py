"""A rerun reuses what is stored: an unchanged store is not analyzed or clustered again, an
unchanged story's brief is not built again (nor stored as a new version), a new page rebuilds
only its story, and another analyzer version analyzes again."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

import storyline.analyze as analyze_stage
import storyline.synthesize as synthesize
from storyline import reuse, versions
from storyline.pipeline import Pipeline, render_brief
from storyline.store import Store

# Our own fictional second story, unlike the demo's dam collapse.
BRIDGE = [
    "Port Elner closed the Halvard Bridge on Monday after engineers found cracks in two of "
    "its steel cables. Mayor Irene Calloway said the Halvard Bridge would stay shut while "
    "inspectors from the Elner Transit Authority examine every cable.",
    "The Elner Transit Authority said on Tuesday that the Halvard Bridge in Port Elner could "
    "stay closed for three weeks. Mayor Irene Calloway asked commuters to use the ferry while "
    "engineers replace the cracked steel cables of the Halvard Bridge.",
    "Ferries between Port Elner's two shores carried 9,000 commuters on Wednesday, the Elner "
    "Transit Authority said, as the Halvard Bridge stayed closed over its cracked steel cables. "
    "Mayor Irene Calloway said repairs to the Halvard Bridge cables would begin on Friday.",
]
LATE_BRIDGE = (
    "Repair crews began replacing the cracked steel cables of the Halvard Bridge in Port Elner "
    "on Friday, the Elner Transit Authority said. Mayor Irene Calloway said the Halvard Bridge "
    "could reopen to cars within two weeks."
)
HEAVY = ("spacy", "sklearn", "torch", "sentence_transformers", "datasketch", "thinc")


def _corpus(folder: Path, demo_dir: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for page in demo_dir.iterdir():
        if page.suffix in (".html", ".txt", ".jsonl"):
            (folder / page.name).write_bytes(page.read_bytes())
    for i, text in enumerate(BRIDGE):
        date = f"2025-04-{14 + i:02d}"
        line = {"text": text, "title": f"Halvard Bridge update {i + 1}", "published": date}
        (folder / f"bridge_{i}.jsonl").write_text(json.dumps(line) + "\n")
    return folder


def _counting(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """Count the brief builds (per story) and the documents analyzed."""
    calls: dict[str, list[str]] = {"briefs": [], "analyzed": []}
    build, analyze = synthesize.build_brief, analyze_stage.iter_analyses

    def counting_build(story, *args, **kw):
        calls["briefs"].append(story.id)
        return build(story, *args, **kw)

    def counting_analyze(docs, **kw):
        calls["analyzed"] += [d.id for d in docs]
        return analyze(docs, **kw)

    monkeypatch.setattr(synthesize, "build_brief", counting_build)
    monkeypatch.setattr(analyze_stage, "iter_analyses", counting_analyze)
    return calls


def _brief_all(pipe: Pipeline, inputs: list[str]) -> dict[str, dict[str, str]]:
    """What `storyline brief` does: run, publish and render every story, index entities."""
    run = pipe.run(inputs, index=False)
    out = {}
    for story in run.stories:
        result = pipe.publish(story, run)
        out[story.id] = {fmt: render_brief(result, fmt) for fmt in ("md", "html", "json")}
    pipe.index_entities()
    return out


def _versions(store: Store) -> dict[str, list[int]]:
    return {
        sid: [v.version for v in store.brief_versions(sid)] for sid in store.versioned_stories()
    }


@dataclass
class Built:
    corpus: Path
    db: Path
    briefs: dict[str, dict[str, str]]  # story id -> format -> the first run's output

    def copy(self, folder: Path) -> Path:
        """A store as the first run left it (each test changes its own)."""
        shutil.copyfile(self.db, folder / "s.db")
        return folder / "s.db"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, demo_dir: Path) -> Built:
    """One first `storyline brief` over the demo and a second, fictional story."""
    root = tmp_path_factory.mktemp("reuse")
    corpus = _corpus(root / "pages", demo_dir)
    with Store(root / "s.db") as store:
        briefs = _brief_all(Pipeline(store, workers=1), [str(corpus)])
        assert len(briefs) >= 2 and len(_versions(store)) == len(briefs)
    return Built(corpus, root / "s.db", briefs)


def test_an_unchanged_rerun_rebuilds_nothing_and_stores_no_version(
    tmp_path: Path, built: Built, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _counting(monkeypatch)
    with Store(built.copy(tmp_path)) as store:
        pipe = Pipeline(store, workers=1)
        stored = _versions(store)
        changes = {sid: pipe.changes(sid) for sid in built.briefs}
        for inputs in ([str(built.corpus)], []):  # the same pages given again, or none
            again = _brief_all(pipe, inputs)
            assert calls == {"briefs": [], "analyzed": []}
            assert _versions(store) == stored
            assert {sid: pipe.changes(sid) for sid in again} == changes
            # The stored version is rendered as it is: the same bytes, its build time too.
            assert again == built.briefs


def test_a_new_page_rebuilds_only_its_story(
    tmp_path: Path, built: Built, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _counting(monkeypatch)
    late = tmp_path / "late.jsonl"
    late.write_text(json.dumps({"text": LATE_BRIDGE, "published": "2025-04-18"}) + "\n")
    with Store(built.copy(tmp_path)) as store:
        pipe = Pipeline(store, workers=1)
        bridge = next(s for s in pipe.run([]).stories if len(s.doc_ids) == len(BRIDGE))
        again = _brief_all(pipe, [str(built.corpus), str(late)])
        versions_now = _versions(store)
        report = pipe.changes(bridge.id)
        assert report is not None and report.new_doc_ids == calls["analyzed"]
    assert len(calls["analyzed"]) == 1  # only the new page
    assert calls["briefs"] == [bridge.id]
    assert versions_now[bridge.id] == [1, 2]
    others = [sid for sid in built.briefs if sid != bridge.id]
    assert others and all(versions_now[sid] == [1] for sid in others)
    assert all(again[sid] == built.briefs[sid] for sid in others)


def test_another_analyzer_version_analyzes_again(
    tmp_path: Path, built: Built, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _counting(monkeypatch)
    with Store(built.copy(tmp_path)) as store:
        assert reuse.current_stories(store) is not None
        # The stored analyses were made by another analyzer version (an upgrade).
        with store.conn:
            store.conn.execute("UPDATE analyses SET version = 'an older analyzer'")
        assert reuse.current_stories(store) is None
        Pipeline(store, workers=1).run([])
        assert len(calls["analyzed"]) == store.count_documents()
        assert reuse.current_stories(store) is not None  # and the next run reuses again


def test_code_versions_are_kept_under_the_files_stamp(
    tmp_path: Path, built: Built, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store(built.copy(tmp_path)) as store:
        found = reuse.code_versions(store)
        assert found["analyzer"] == versions.analyzer_version()
        monkeypatch.setattr(versions, "analyzer_version", lambda: "edited")
        assert reuse.code_versions(store) == found  # same files: not digested again
        monkeypatch.setattr(versions, "files_stamp", lambda: "files changed")
        assert reuse.code_versions(store)["analyzer"] == "edited"
        assert reuse.current_stories(store) is None  # its stories are not taken as current


def test_the_unchanged_path_imports_no_model(tmp_path: Path, built: Built) -> None:
    """`storyline brief` again, in a fresh process: no model library is imported."""
    db, out = built.copy(tmp_path), tmp_path / "out"
    args = ["brief", str(built.corpus), "--db", str(db), "--quiet", "--format", "md,json"]
    code = (
        "import sys\n"
        "from storyline.cli import app\n"
        f"sys.argv = {['storyline', *args, '--out-dir', str(out)]!r}\n"
        "try:\n    app()\nexcept SystemExit as exc:\n    assert not exc.code, exc.code\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert done.stdout.strip().splitlines()[-1] == "[]"
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"{sid}.{fmt}" for sid in built.briefs for fmt in ("md", "json")
    )
    for sid, by_format in built.briefs.items():
        assert (out / f"{sid}.json").read_text(encoding="utf-8") == by_format["json"]


def test_stored_analyses_are_read_when_first_asked_for(tmp_path: Path, built: Built) -> None:
    with Store(built.copy(tmp_path)) as store:
        ids = [d.id for d in store.documents()]
        lazy = reuse.StoredAnalyses(store, ids)
        assert dict.__len__(lazy) == 0  # nothing read yet
        eager = {i: a for i in ids if (a := store.get_analysis(i)) is not None}
        assert len(lazy) == len(eager) and lazy == eager
        assert lazy.get(ids[0]) == eager[ids[0]] and ids[0] in lazy
        lazy.update({ids[0]: eager[ids[1]]})
        assert lazy[ids[0]] == eager[ids[1]] and sorted(lazy) == sorted(eager)
