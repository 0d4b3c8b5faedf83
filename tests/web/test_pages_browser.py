"""The web app in headless Chromium (Debian's, through Playwright): the stories list, a story
page whose citation highlights its passage, search, an entity page, an export, the brief at 400
px without sideways scrolling, screenshots checked; and a hostile page never runs script."""

from __future__ import annotations

import shutil
import struct
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.skip("chromium is not installed (make browser)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        found = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield found
        found.close()


class Watch:
    """Console errors, page errors and dialogs (an alert() that ran) of one page."""

    def __init__(self, page) -> None:
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def _check_screenshot(page, width: int) -> None:
    data = page.screenshot(full_page=False)
    w, h = _png_size(data)
    assert w == width and h > 100
    assert len(data) > 5000  # a blank page compresses to a few hundred bytes


def _no_sideways_scroll(page) -> None:
    overflow = page.evaluate(
        "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, overflow


def test_story_list_story_citation_search_entity_export(browser, server, tmp_path):
    page = browser.new_page(viewport={"width": 1100, "height": 800}, accept_downloads=True)
    watch = Watch(page)
    page.goto(server + "/")
    rows = page.locator("#stories tr.story")
    assert rows.count() >= 2
    assert page.locator("#stories svg.bar").count() == rows.count()  # coverage bars
    _check_screenshot(page, 1100)
    # sort by size: the largest story first, then open it
    with page.expect_navigation():
        page.get_by_role("link", name="documents").first.click()
    with page.expect_navigation():
        page.locator("#stories tr.story a").first.click()
    assert page.locator("nav.toc a").count() >= 5
    assert page.locator("#timeline svg.chart").count() == 1
    assert page.locator("#sources svg.chart").count() == 1
    link = page.locator("#summary a.cite").first
    cid = link.get_attribute("href").lstrip("#")
    link.click()
    page.wait_for_function(
        "id => Array.from(document.getElementsByClassName(id)).every("
        "m => m.classList.contains('active'))",
        arg=cid,
        timeout=5000,
    )
    visible = page.evaluate(
        "id => { const r = document.getElementsByClassName(id)[0].getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= window.innerHeight; }",
        cid,
    )
    assert visible
    _check_screenshot(page, 1100)
    # search with a hit
    page.fill("input[name=q]", "spillway")
    with page.expect_navigation():
        page.press("input[name=q]", "Enter")
    assert page.locator("#document-hits mark").count() >= 1
    # an entity page
    page.goto(server + "/entities?q=Vorn")
    with page.expect_navigation():
        page.locator("#entities a").first.click()
    assert "Vorn" in page.locator("h1").inner_text()
    assert page.locator("svg.chart").count() == 1 and page.locator("#mentions tr").count() >= 3
    # an export downloads
    page.goto(server + "/")
    with page.expect_download() as info:
        page.get_by_role("link", name="CSV").click()
    saved = tmp_path / "stories.csv"
    info.value.save_as(saved)
    assert saved.read_text().startswith("id,headline,size")
    page.close()
    assert not watch.errors, watch.errors
    assert not watch.dialogs, watch.dialogs


def test_brief_at_400px_has_no_sideways_scrolling(browser, server):
    page = browser.new_page(viewport={"width": 400, "height": 800})
    watch = Watch(page)
    page.goto(server + "/api/stories?sort=size")
    sid = page.evaluate("() => JSON.parse(document.body.innerText).stories[0].id")
    for url in (f"/stories/{sid}", f"/stories/{sid}/brief.html", "/", "/entities"):
        page.goto(server + url)
        page.wait_for_load_state("load")
        _no_sideways_scroll(page)
        _check_screenshot(page, 400)
    page.goto(server + f"/stories/{sid}")
    height = page.evaluate("() => document.documentElement.scrollHeight")
    assert height > 800
    page.close()
    assert not watch.errors, watch.errors


def test_hostile_page_never_runs_script(browser, server, client):
    evil = client.get("/api/search", params={"q": "Evil"}).json()["documents"]
    assert evil
    stories = client.get("/api/stories", params={"q": "Evil"}).json()["stories"]
    urls = ["/", "/entities", "/search?q=Evil", "/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E"]
    urls += [f"/documents/{d['doc_id']}" for d in evil]
    for s in stories:
        urls += [f"/stories/{s['id']}", f"/stories/{s['id']}/brief.html", f"/api/stories/{s['id']}"]
    exports = ["/?format=json", "/entities?format=csv", "/search?q=Evil&format=json"]
    exports += [f"/stories/{s['id']}/brief.md" for s in stories]
    page = browser.new_page(viewport={"width": 1000, "height": 800}, accept_downloads=True)
    watch = Watch(page)
    for url in exports:  # downloaded as files, never rendered as a page
        with page.expect_download() as info:
            with pytest.raises(Exception, match="Download is starting"):
                page.goto(server + url)
        assert info.value.suggested_filename.endswith((".json", ".csv", ".md"))
    for url in urls:
        page.goto(server + url)
        page.wait_for_load_state("load")
        # clicking every link of the page that would run script must not run it either
        for link in page.locator("a[href^='javascript']").all():
            link.click()
    # a link made of the hostile URL is plain text, never an anchor
    page.goto(server + f"/documents/{evil[0]['doc_id']}")
    assert page.locator("a[href^='javascript']").count() == 0
    assert page.locator("script:not([src])").count() == 0
    page.close()
    assert not watch.dialogs, watch.dialogs
    assert not [e for e in watch.errors if "alert" in e], watch.errors
