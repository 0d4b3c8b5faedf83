"""The HTML brief in headless Chromium: no console errors, and a citation link scrolls to and
highlights its passage. Plus: every citation of the seeds brief is a real passage."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from test_render import EVIL
from test_synthesize import make_story

from storyline.model import Analysis, Document, Story
from storyline.render import render
from storyline.synthesize import build_brief

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]


@pytest.fixture(scope="module")
def page_file(tmp_path_factory) -> Path:
    story, docs, analyses, relations = make_story()
    evil = Document(id="evil", source="evil.html", title="<script>alert(3)</script>",
                    published="2024-10-23", published_source="meta", text=EVIL)
    story = Story(id=story.id, label=story.label, doc_ids=[*story.doc_ids, "evil"])
    docs = [*docs, evil]
    brief = build_brief(story, docs, [*analyses, Analysis(doc_id="evil", version="t",
                                                          text_hash="x")], relations)
    path = tmp_path_factory.mktemp("brief") / "brief.html"
    path.write_text(render(brief, docs, "html"), encoding="utf-8")
    return path


@pytest.mark.slow
def test_citation_click_highlights_passage(page_file):
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip("chromium is not installed (make browser)")
    sync_api = pytest.importorskip("playwright.sync_api")
    errors: list[str] = []
    dialogs: list[str] = []
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1000, "height": 700})
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(page_file.as_uri())
            page.wait_for_load_state("load")
            links = page.locator("#timeline a.cite")
            link = links.last if links.count() else page.locator("a.cite").last
            cid = link.get_attribute("href").lstrip("#")
            link.click()
            page.wait_for_function(
                "id => document.getElementsByClassName(id)[0].classList.contains('active')",
                arg=cid, timeout=5000)
            state = page.evaluate("""id => {
                const marks = Array.from(document.getElementsByClassName(id));
                const r = marks[0].getBoundingClientRect();
                return {all: marks.every(m => m.classList.contains('active')),
                        others: document.querySelectorAll('mark.active').length - marks.length,
                        visible: r.top >= 0 && r.bottom <= window.innerHeight,
                        hash: location.hash, y: window.scrollY};
            }""", cid)
        finally:
            browser.close()
    assert not errors, errors
    assert not dialogs, dialogs  # nothing from the evil page ran
    assert state["all"] and state["others"] == 0
    assert state["visible"] and state["y"] > 0 and state["hash"] == f"#{cid}"


def test_seeds_brief_citations_are_real_passages(seeds_dir, tmp_path):
    try:
        from storyline.analyze import analyze_with_store
        from storyline.pipeline import ingest_documents
        from storyline.stories import cluster_documents
    except ImportError as exc:
        pytest.skip(f"a pipeline stage is missing: {exc}")
    from storyline.progress import progress
    from storyline.render.labels import all_citations
    from storyline.store import Store

    with Store(tmp_path / "seeds.db") as store, progress(quiet=True) as track:
        docs, failures = ingest_documents([str(seeds_dir)], store, track=track)
        assert not failures
        analyses = analyze_with_store(docs, store, track=track)
        stories, relations = cluster_documents(docs, store, track=track,
                                               analyses={a.doc_id: a for a in analyses})
    texts = {d.id: d.text for d in docs}
    by_size = max(stories, key=lambda s: len(s.doc_ids))
    brief = build_brief(by_size, docs, analyses, relations)
    cites = all_citations(brief)
    assert len(cites) > 20
    for c in cites:
        assert texts[c.doc_id][c.start:c.end] == c.text
