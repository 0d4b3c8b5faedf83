"""The clean stage on the five seed pages (and the demo corpus when it is there).

Expected decisions are written as short line prefixes: every listed line must be removed, every
other non-empty line kept, so no article paragraph can be lost without a failure here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storyline.clean import clean_documents
from storyline.clean.text import clean_text
from storyline.model import Document, RawDocument

# seed number -> prefixes of the lines that are boilerplate (or metadata) on that page
REMOVED: dict[str, list[str]] = {
    "000": [
        "Russia-Ukraine pulling troops",  # title -> metadata
        "According to the South Korean military, Smoke rises",  # photo caption
        "Ministry of National Defense of Korea",  # photo credit
    ],
    "001": ["North Korea's Troop Deployment to Ukraine Raises"],  # title
    "002": [
        "Friday, October 25, 2024",  # date line -> metadata
        "South Korea Alarmed by North Korea",  # title
        "No comments:",
        "Post a Comment",  # comment widget
        "Epstein Documents Reveal",  # teaser
        "Documents connected to the federal investigation",  # teaser blurb
    ],
    "003": [
        "用户名/邮箱",
        "登录密码",
        "验证码",
        "看不清",
        "您好,欢迎访问",  # login form
        "您的位置",  # breadcrumb
        "North Korea joining Russia in Ukraine war",  # title
        "2024-10-22 00:00:00.0",  # date line with masthead
        "By signing up, I accept SPH Media",  # newsletter terms, mid-article
        "标签:",
        "关键词:",
        "滚动新闻",  # tags, keywords, section link
    ],
    "004": [
        "close",
        "close",
        "Apre-salomemanzo",
        "Breaking: Beyond Headlines!",  # chrome
        "North Korea’s involvement in Ukraine increases",  # title
        "aecifo",  # user handle under the title
        "North Korea’s involvement in Ukraine increases",  # repeated title
        "13 reasons why",
        "Other topics of interest",
        "13 reasons why",  # teaser block
        "While we provide Russia with the peace",  # teaser blurb, mid-article
    ],
}

KEPT_EXAMPLES: dict[str, list[str]] = {
    # section subheadings and a key-takeaways block are article text
    "000": ["Korean concerns", "Experts say the possibility"],
    "001": [
        "The potential deployment of North Korean troops to Ukraine is viewed",
        "Military Implications of North Korean Troops in Ukraine",
    ],
    "002": ["The prospect of North Korean troops", "Furthermore, North Korea's collaboration"],
    "003": [
        "SEOUL - As evidence mounts",
        "On Oct 18, South Korea’s National Intelligence",
        "“North Korea’s participation in the Ukraine war",
    ],
    "004": [
        "“No triple alliance”",
        "Security on the Korean Peninsula",
        "Russian lawmakers on Thursday voted",
        "“We are no longer in a conflict",
    ],
}

TITLES = {
    "000": "Russia-Ukraine pulling troops from South and North Korea is unlikely to increase "
    "regional conflicts",
    "001": "North Korea's Troop Deployment to Ukraine Raises Concerns in South Korea",
    "002": "South Korea Alarmed by North Korea's Potential Role in Ukraine Conflict",
    "003": "North Korea joining Russia in Ukraine war raises security threat for South Korea: "
    "Analysts",
    "004": "North Korea’s involvement in Ukraine increases regional security risks: analysts",
}


def _seed_files(seeds_dir: Path) -> dict[str, Path]:
    return {p.name[:3]: p for p in sorted(seeds_dir.glob("*.txt"))}


@pytest.fixture(scope="module")
def seed_docs(seeds_dir: Path) -> dict[str, Document]:
    files = _seed_files(seeds_dir)
    raws = [
        RawDocument(source=str(p), content=p.read_bytes(), format="text") for p in files.values()
    ]
    docs = clean_documents(raws)
    assert all(isinstance(d, Document) for d in docs), docs
    return dict(zip(files, docs, strict=True))  # type: ignore[arg-type]


@pytest.mark.parametrize("seed", sorted(REMOVED))
def test_every_boilerplate_line_removed_and_no_paragraph_lost(seeds_dir: Path, seed: str) -> None:
    text = _seed_files(seeds_dir)[seed].read_text(encoding="utf-8")
    cleaned = clean_text(text)
    expected = list(REMOVED[seed])
    for line in cleaned.lines:
        match = next((p for p in expected if line.text.startswith(p)), None)
        if match:
            expected.remove(match)
            assert not line.kept, f"{seed}: should be removed: {line.text[:60]!r}"
        else:
            assert line.kept, f"{seed}: article line removed ({line.reason}): {line.text[:60]!r}"
    assert not expected, f"{seed}: expected lines not found: {expected}"
    for prefix in KEPT_EXAMPLES[seed]:
        assert any(p.startswith(prefix) for p in cleaned.text.split("\n\n")), prefix


def test_titles(seed_docs: dict[str, Document]) -> None:
    for seed, title in TITLES.items():
        assert seed_docs[seed].title == title


def test_dates(seed_docs: dict[str, Document]) -> None:
    assert seed_docs["002"].published == "2024-10-25"
    assert seed_docs["002"].published_source == "date-line"
    assert seed_docs["003"].published == "2024-10-22"
    assert seed_docs["003"].published_source == "date-line"
    for seed in ("000", "001", "004"):
        assert seed_docs[seed].published is None
        assert seed_docs[seed].published_source == "none"


def test_outlet_language_and_ids(seed_docs: dict[str, Document]) -> None:
    assert seed_docs["003"].outlet == "The Straits Times"
    assert all(d.language == "en" for d in seed_docs.values())
    assert len({d.id for d in seed_docs.values()}) == 5
    # "Yonhap News reported", "Yonhap said": mentions, not wire credits
    assert all(d.wire is None for d in seed_docs.values())


def test_removed_lines_carry_reasons(seed_docs: dict[str, Document]) -> None:
    doc = seed_docs["003"]
    reasons = {r.line[:6]: r.reason for r in doc.removed}
    assert "newsletter" in reasons["By sig"]
    assert reasons["2024-1"] == "date line"
    assert all(r.reason for r in doc.removed)
    assert "SEOUL - As evidence" in doc.text  # the dateline stays with its paragraph


# ------------------------------------------------------------------ demo corpus

DEMO_TITLES = {
    "02": "Parliament approves emergency fund as Teluk Dam evacuation grows",
    "04": "Dam spillway collapse forces thousands from their homes in Norvania",
    "05": "Seravin valley is emptied as Teluk dam spillway gives the way",
    "06": "Prime minister tours empty Orsa as evacuation passes 15,000",
    "07": "Norvania Approves Emergency Funding Amid Teluk Dam Crisis",
}


@pytest.fixture(scope="module")
def demo_docs(demo_dir: Path) -> dict[str, Document]:
    files = sorted(p for p in demo_dir.glob("0*") if p.suffix in (".txt", ".html", ".jsonl"))
    if not files:
        pytest.skip("examples/demo is not there yet")
    raws = []
    for p in files:
        if p.suffix == ".jsonl":
            obj = json.loads(p.read_text(encoding="utf-8").splitlines()[0])
            raws.append(
                RawDocument(
                    source=str(p),
                    content=p.read_bytes(),
                    format="jsonl",
                    text=obj.get("text"),
                    url=obj.get("url"),
                    published=obj.get("published"),
                    outlet=obj.get("outlet"),
                )
            )
        else:
            raws.append(
                RawDocument(
                    source=str(p),
                    content=p.read_bytes(),
                    format="html" if p.suffix == ".html" else "text",
                )
            )
    docs = clean_documents(raws)
    return {p.name[:2]: d for p, d in zip(files, docs, strict=True)}  # type: ignore[misc]


def test_demo_metadata(demo_docs: dict[str, Document]) -> None:
    for key, title in DEMO_TITLES.items():
        assert demo_docs[key].title == title
    assert demo_docs["02"].published == "2025-03-13"
    assert demo_docs["04"].published is None
    assert demo_docs["05"].published.startswith("2025-03-12")
    assert demo_docs["06"].published == "2025-03-14"
    assert demo_docs["06"].authors == ["Anna Kiel"]
    assert demo_docs["04"].wire == "AFP"
    assert demo_docs["02"].wire is None  # "Photo credit"/keywords naming AFP are not credits
    outlets = {k: d.outlet for k, d in demo_docs.items()}
    assert outlets["02"] == "Coastline News" and outlets["05"] == "Nordstrand-Kurier"
    assert outlets["04"] == "Portside Tribune" and outlets["06"] == "The Valley Voice"


def test_demo_boilerplate(demo_docs: dict[str, Document]) -> None:
    for key in ("02", "04", "05", "06"):
        text = demo_docs[key].text
        for junk in (
            "Log in",
            "Tags:",
            "Keywords:",
            "Share ",
            "Subscribe",
            "Newsletter",
            "Read next",
            "Also read",
            "comment",
            "Photo",
            "Foto",
            "©",
            "Reply",
        ):
            assert junk not in text, (key, junk)
    assert "Key Takeaways:" in demo_docs["07"].text
    assert "Accountability Questions Emerge" in demo_docs["07"].text
    assert not demo_docs["07"].removed[1:]  # only the title line
