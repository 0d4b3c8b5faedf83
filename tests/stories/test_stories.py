"""Stories stage: incremental clustering, copy relations, persistence, the stories command."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline.model import Document
from storyline.store import Store
from storyline.stories import cluster_documents, compare, independent_groups


def test_cluster_documents_and_groups(docs: dict[str, Document]) -> None:
    stories, relations = cluster_documents(list(docs.values()), None)
    story_of = {d: s.id for s in stories for d in s.doc_ids}
    assert len({story_of[d] for d in ("orig", "dupe", "wire", "para", "indep")}) == 1
    assert story_of["other"] != story_of["orig"]
    kinds = {(r.doc_id, r.kind, r.of_id) for r in relations}
    assert ("dupe", "duplicate", "orig") in kinds
    assert ("para", "derived_from", "orig") in kinds
    assert any(r.doc_id == "wire" and r.kind == "copy_of" for r in relations)
    assert not any("indep" in (r.doc_id, r.of_id) for r in relations)
    groups = independent_groups(list(docs), relations, docs)
    assert groups["dupe"] == groups["wire"] == groups["para"] == "orig"
    assert len(set(groups.values())) == 3  # orig family, indep, other


def test_incremental_persistence(docs: dict[str, Document], db_path: Path) -> None:
    with Store(db_path) as store:
        first, _ = cluster_documents([docs["orig"], docs["other"]], store)
    with Store(db_path) as store:  # a later run adds to the stored index
        later, relations = cluster_documents([docs["para"]], store)
        assert later[0].id == next(s.id for s in first if "orig" in s.doc_ids)
        assert sorted(later[0].doc_ids) == ["orig", "para"]
        assert relations[0].kind == "derived_from"
        assert {s.id for s in store.stories()} == {s.id for s in first}
        assert store.story_of("para") == later[0].id


def test_index_from_an_older_release_is_rebuilt(docs: dict[str, Document], db_path: Path) -> None:
    from storyline.stories import STATE_NAME, load_state, save_state

    with Store(db_path) as store:
        first, _ = cluster_documents([docs["orig"], docs["other"]], store)
        old = load_state(store)
        old.version -= 1  # as an earlier release saved it
        save_state(store, old)
    with Store(db_path) as store:
        assert not load_state(store).stories.doc_cluster  # unreadable: a fresh index
        later, _ = cluster_documents([docs["para"]], store)
        # The stored documents were clustered again: the new page still joins its story,
        # and no story is left behind that nothing could join.
        assert sorted(next(s for s in later if "para" in s.doc_ids).doc_ids) == ["orig", "para"]
        assert {s.id for s in store.stories()} == {s.id for s in first}
        assert store.get_state(STATE_NAME) and load_state(store).stories.doc_cluster


def test_stories_command(docs: dict[str, Document], db_path: Path) -> None:
    from storyline.cli import app

    with Store(db_path) as store:
        cluster_documents(list(docs.values()), store)
    result = CliRunner().invoke(app, ["stories", "--db", str(db_path), "--json"])
    assert result.exit_code == 0, result.output
    assert sorted(len(line) > 0 for line in result.output.splitlines()) == [True, True]


def _seeds(seeds_dir: Path) -> list[Document]:
    docs = []
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        docs.append(
            Document(
                id=path.stem,
                source=str(path),
                text=text,
                title=next(line for line in text.splitlines() if line.strip()),
            )
        )
    return docs


def test_seeds_one_story_no_copies(seeds_dir: Path, docs: dict[str, Document]) -> None:
    seeds = _seeds(seeds_dir)
    assert len(seeds) == 5
    stories, relations = cluster_documents(seeds + [docs["orig"], docs["other"]], None)
    seed_ids = {d.id for d in seeds}
    holding = [s for s in stories if seed_ids & set(s.doc_ids)]
    assert len(holding) == 1 and set(holding[0].doc_ids) == seed_ids
    assert not [r for r in relations if r.doc_id in seed_ids or r.of_id in seed_ids]
    for a, b in combinations(seeds, 2):
        assert compare(a, b) is None


def test_demo_copies(demo_dir: Path) -> None:
    if not (demo_dir / "EXPECTED.md").exists():
        pytest.skip("demo corpus not written yet")
    from storyline.pipeline import ingest_documents
    from storyline.progress import silent

    docs, failures = ingest_documents([str(demo_dir)], None, track=silent)
    assert not failures
    by_file = {Path(d.source.split("#")[0]).name[:2]: d for d in docs}
    stories, relations = cluster_documents(docs, None)
    assert len(stories) == 1
    found = {
        (by_file_key(by_file, r.doc_id), r.kind, by_file_key(by_file, r.of_id)) for r in relations
    }
    assert found == {
        ("04", "copy_of", "03"),
        ("05", "derived_from", "01"),
        ("07", "derived_from", "02"),
    }
    groups = independent_groups([d.id for d in docs], relations, {d.id: d for d in docs})
    assert len(set(groups.values())) == 4


def by_file_key(by_file: dict[str, Document], doc_id: str) -> str:
    return next(k for k, d in by_file.items() if d.id == doc_id)


def test_empty_pages_are_not_copies() -> None:
    a = Document(id="e1", source="e1", text="")
    b = Document(id="e2", source="e2", text="")
    stories, relations = cluster_documents([a, b], None)
    assert relations == [] and sum(len(s.doc_ids) for s in stories) == 2
