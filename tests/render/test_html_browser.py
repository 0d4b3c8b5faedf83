"""The HTML brief in headless Chromium: no console errors, and a citation link scrolls to and
highlights its passage. Plus: every citation of the seeds brief is a real passage."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from storyline.model import Analysis, Document, Story
from storyline.render import render
from tests.hand_story import EVIL, build_offline, make_story

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def page_file(tmp_path_factory) -> Path:
    story, docs, analyses, relations = make_story()
    evil = Document(
        id="evil",
        source="evil.html",
        title="<script>alert(3)</script>",
        published="2024-10-23",
        published_source="meta",
        text=EVIL,
    )
    story = Story(id=story.id, label=story.label, doc_ids=[*story.doc_ids, "evil"])
    docs = [*docs, evil]
    brief = build_offline(
        story, docs, [*analyses, Analysis(doc_id="evil", version="t", text_hash="x")], relations
    )
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
                arg=cid,
                timeout=5000,
            )
            state = page.evaluate(
                """id => {
                const marks = Array.from(document.getElementsByClassName(id));
                const r = marks[0].getBoundingClientRect();
                return {all: marks.every(m => m.classList.contains('active')),
                        others: document.querySelectorAll('mark.active').length - marks.length,
                        visible: r.top >= 0 && r.bottom <= window.innerHeight,
                        hash: location.hash, y: window.scrollY};
            }""",
                cid,
            )
        finally:
            browser.close()
    assert not errors, errors
    assert not dialogs, dialogs  # nothing from the evil page ran
    assert state["all"] and state["others"] == 0
    assert state["visible"] and state["y"] > 0 and state["hash"] == f"#{cid}"


@pytest.fixture(scope="module")
def seeds_brief(seeds_dir, tmp_path_factory):
    """`storyline brief` on the seeds, end to end (skipped while a stage is missing)."""
    try:
        import storyline.analyze
        import storyline.pipeline  # noqa: F401
        from storyline.stories import cluster_documents  # noqa: F401
    except ImportError as exc:
        pytest.skip(f"a pipeline stage is missing: {exc}")
    from typer.testing import CliRunner

    from storyline.cli import app
    from storyline.model import Brief
    from storyline.store import Store

    tmp = tmp_path_factory.mktemp("seeds")
    out = tmp / "brief.json"
    result = CliRunner().invoke(
        app,
        [
            "brief",
            str(seeds_dir),
            "--db",
            str(tmp / "s.db"),
            "--format",
            "json",
            "--out",
            str(out),
            "--quiet",
        ],
    )
    assert result.exit_code == 0, result.output
    with Store(tmp / "s.db") as store:
        docs = {d.id: d for d in store.documents()}
    return Brief.model_validate_json(out.read_text()), docs


def test_seeds_brief_citations_are_real_passages(seeds_brief):
    from storyline.render.labels import all_citations

    brief, docs = seeds_brief
    cites = all_citations(brief)
    assert len(cites) > 20
    for c in cites:
        assert docs[c.doc_id].text[c.start : c.end] == c.text


def test_seeds_brief_says_the_truths(seeds_brief):
    brief, _ = seeds_brief
    troops = brief.figures[0]
    assert troops.verdict == "different_referents"
    text = troops.explanation
    assert "about 12,000 is the planned total (4 independent sources)" in text
    assert "1,500 were already in Vladivostok, as of 2024-10-08" in text
    assert "3,000 were already in Russia" in text
    assert "Zelensky said 10,000 were training" in text
    names = {p.name: p for p in brief.entities}
    for name in (
        "Yoon Suk Yeol",
        "Kim Jong Un",
        "Vladimir Putin",
        "National Intelligence Service",
        "Nah Liang Tuang",
        "Naoko Aoki",
    ):
        assert name in names, name
    assert "Yoon Seok Yeol" in names["Yoon Suk Yeol"].aliases
    assert "NIS" in names["National Intelligence Service"].aliases
    assert len(names["Yoon Suk Yeol"].mentions_by_source) >= 4
    dates = {e.date for e in brief.timeline}
    assert {"2024-10-15", "2024-10-18", "2024-10-24"} <= dates
    ratify = [e for e in brief.timeline if "ratify" in e.text]
    assert ratify and ratify[0].date == "2024-10-24"
    estimated = [r for r in brief.sources if r.published_status == "estimated"]
    assert estimated and all(r.published for r in estimated)


def test_seeds_brief_speakers_and_whos_who(seeds_brief):
    """No junk speaker (an object, "this country", a name half-read), one name per source, and
    every quoted expert in the who's who."""
    brief, _ = seeds_brief
    speakers = {e.speaker for e in brief.quotes}
    assert not speakers & {"An encounter", "This country", "Moscow", "His office", "He", "She"}
    assert "Seoul" in speakers and "Seoul and Washington" not in speakers  # a pair: the first
    assert "Yonhap News" in speakers and "Yonhap" not in speakers
    assert "Ukraine Yonhap News" not in speakers
    assert "Reports" in speakers and not speakers & {"Recent reports", "Recent media reports"}
    assert "Yoon Suk Yeol's office" in speakers
    names = {p.name for p in brief.entities}
    quoted = {e.speaker for e in brief.quotes} & {
        "Nah Liang Tuang",
        "Naoko Aoki",
        "Pascal Dayez-Burgeon",
        "Cho Han-bum",
        "Doo Jin-ho",
        "Marie Dumoulin",
        "Isabelle Facon",
        "Andrew Yeo",
        "Sean King",
        "Ramon Pacheco Pardo",
    }
    assert len(quoted) == 10 and quoted <= names
    assert not names & {"Triple Alliance", "Ukraine Yonhap News", "pro-Russia Telegram"}
