"""The Markdown brief: sections in order, every statement followed by its source labels,
page content escaped so it can neither inject markup nor break a table row."""

from __future__ import annotations

from storyline.model import (
    Brief,
    Citation,
    Document,
    EntityProfile,
    FigureGroup,
    FigureValue,
    Point,
    QuoteItem,
    SourceRow,
    SpeakerQuotes,
    TimelineEvent,
)
from storyline.render.markdown import render_markdown

TEXT_A = "The dam at Orlen holds 40 million cubic metres. Engineer Pia Moss said it is safe."
TEXT_B = "Officials said the Orlen dam holds 42 million cubic metres."


def _cite(doc_id: str, text: str, part: str) -> Citation:
    start = text.index(part)
    return Citation(doc_id=doc_id, start=start, end=start + len(part), text=part)


def _docs() -> list[Document]:
    return [
        Document(id="aaaa1111", source="a.txt", text=TEXT_A),
        Document(id="bbbb2222", source="b.txt", text=TEXT_B),
    ]


def _brief(**kw) -> Brief:
    ca = _cite("aaaa1111", TEXT_A, "The dam at Orlen holds 40 million cubic metres.")
    cb = _cite("bbbb2222", TEXT_B, "Officials said the Orlen dam holds 42 million cubic metres.")
    quote = _cite("aaaa1111", TEXT_A, "it is safe")
    fields = dict(
        story_id="story-1",
        headline="Orlen dam holds",
        generated_at="2026-01-02T03:04:05",
        summary=[Point(text="The Orlen dam is full.", citations=[ca, cb], independent_sources=2)],
        takeaways=[Point(text="Engineers call it safe.", citations=[quote])],
        figures=[
            FigureGroup(
                quantity="cubic metres held",
                verdict="agree",
                explanation="Both figures are close.",
                values=[
                    FigureValue(
                        doc_id="aaaa1111",
                        value=40e6,
                        bound="exact",
                        unit="cubic metres",
                        text="40 million cubic metres",
                        citation=ca,
                    ),
                    FigureValue(
                        doc_id="bbbb2222",
                        value=42e6,
                        bound="exact",
                        unit="cubic metres",
                        text="42 million cubic metres",
                        citation=cb,
                        attribution="Officials",
                    ),
                ],
            )
        ],  # fmt: skip
        entities=[
            EntityProfile(
                key="pia",
                name="Pia Moss",
                label="PERSON",
                aliases=["Moss"],
                roles=["engineer"],
                mentions_by_source={"aaaa1111": 1},
            )
        ],  # fmt: skip
        quotes=[
            SpeakerQuotes(
                speaker="Pia Moss",
                role="engineer",
                quotes=[QuoteItem(text="it is safe", kind="direct", citation=quote)],
            )
        ],  # fmt: skip
        timeline=[
            TimelineEvent(
                date="2026-01-01", precision="day", text="The dam filled.", citations=[ca]
            )
        ],  # fmt: skip
        sources=[
            SourceRow(
                doc_id="aaaa1111",
                title="Dam report",
                outlet="Orlen Post",
                url="https://post.example/dam",
                published="2026-01-01",
                published_status="stated",
            ),
            SourceRow(doc_id="bbbb2222", title="Second report", url="javascript:alert(1)"),
        ],  # fmt: skip
    )
    fields.update(kw)
    return Brief(**fields)


def test_sections_come_in_reading_order():
    md = render_markdown(_brief(), _docs())
    assert md.startswith("# Orlen dam holds\n")
    assert "Story `story-1` · 2 sources · generated 2026-01-02T03:04:05" in md
    heads = ["## Summary", "## Key takeaways", "## Key figures", "## Who's who",
             "## Who said what", "## Timeline", "## Sources"]  # fmt: skip
    positions = [md.index(h) for h in heads]
    assert positions == sorted(positions)


def test_statements_cite_source_labels_in_order_of_the_sources_table():
    md = render_markdown(_brief(), _docs())
    summary = next(line for line in md.splitlines() if "The Orlen dam is full." in line)
    assert "[S1] [S2]" in summary
    assert "2" in summary.split("[S2]")[1]  # the independent-sources phrase follows
    takeaway = next(line for line in md.splitlines() if "Engineers call it safe." in line)
    assert takeaway.rstrip().endswith("[S1]")
    assert "sources agree" in md  # the figure group's verdict in words
    assert "| [S2] |" in md and "Officials" in md


def test_empty_sections_are_left_out():
    md = render_markdown(_brief(figures=[], entities=[], quotes=[], timeline=[]), _docs())
    for head in ("## Key figures", "## Who's who", "## Who said what", "## Timeline"):
        assert head not in md
    assert "## Sources" in md


def test_only_http_links_are_made_and_destinations_cannot_escape():
    sources = [
        SourceRow(doc_id="aaaa1111", title="A", url="https://post.example/a>b|c"),
        SourceRow(doc_id="bbbb2222", title="B", url="javascript:alert(1)"),
    ]
    md = render_markdown(_brief(sources=sources), _docs())
    assert "[A](<https://post.example/a%3Eb%7Cc>)" in md
    assert "javascript:" not in md
    assert "| S2 | B |" in md


def test_page_content_is_escaped():
    hostile = "<script>alert(1)</script> *bold* | pipe [link](x) # head\nnext line"
    brief = _brief(headline=hostile, summary=[Point(text=hostile)])
    md = render_markdown(brief, _docs())
    assert "<script>" not in md
    first = md.splitlines()[0]
    assert first.startswith("# &lt;script&gt;")
    assert r"\*bold\*" in first and r"\|" in first and r"\[link\]" in first and r"\#" in first
    assert "next line" in first  # newlines fold into one line


def test_a_citation_of_an_unlisted_document_shows_its_short_id():
    stray = Citation(doc_id="cccc3333dddd", start=0, end=3, text="The")
    md = render_markdown(_brief(takeaways=[Point(text="Stray.", citations=[stray])]), _docs())
    assert "Stray. [cccc3333]" in md
