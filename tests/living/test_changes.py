"""What changed between two briefs: only what the new pages bring is new, every item cited."""

from __future__ import annotations

from storyline.living.changes import compare, empty_brief
from storyline.model import (
    Analysis,
    Brief,
    Citation,
    Document,
    EntityProfile,
    Event,
    Figure,
    FigureGroup,
    FigureValue,
    Point,
    Quote,
    QuoteItem,
    SourceRow,
    SpeakerQuotes,
    TimelineEvent,
)

TEXTS = {
    "old1": "Inspectors found cracks in the Teluk spillway on Monday. About 9,000 people left.",
    "old2": "About 9,000 people had left by Tuesday, officials said of the Teluk dam.",
    "new1": "By Thursday 15,000 people had left. “We will not gamble,” said Petra Lund.",
    "new2": "A copy: by Thursday 15,000 people had left, the agency said.",
}


def _cite(doc_id: str, phrase: str) -> Citation:
    start = TEXTS[doc_id].index(phrase)
    return Citation(doc_id=doc_id, start=start, end=start + len(phrase), text=phrase)


def _value(doc_id: str, value: float, phrase: str, sources: int = 1) -> FigureValue:
    return FigureValue(
        doc_id=doc_id,
        value=value,
        bound="about",
        unit="people",
        text=phrase,
        citation=_cite(doc_id, phrase),
        independent_sources=sources,
    )


def _rows(*ids: str, copies: dict[str, str] | None = None) -> list[SourceRow]:
    copies = copies or {}
    return [
        SourceRow(
            doc_id=i,
            title=f"Title {i}",
            outlet="Outlet",
            copy_status=f"copy of {copies[i]}" if i in copies else "original",
        )
        for i in ids
    ]


def _docs(*ids: str) -> list[Document]:
    return [Document(id=i, source=i, title=f"Title {i}", text=TEXTS[i]) for i in ids]


def _old() -> Brief:
    return Brief(
        story_id="s",
        headline="Dam",
        generated_at="",
        summary=[
            Point(
                text="About 9,000 people left.",
                citations=[_cite("old1", "About 9,000 people left.")],
                independent_sources=1,
            )
        ],
        figures=[
            FigureGroup(
                quantity="people who left",
                values=[_value("old1", 9000, "About 9,000 people")],
                verdict="single",
            )
        ],
        timeline=[
            TimelineEvent(
                date="2025-03-10",
                precision="day",
                text="Inspectors found cracks in the Teluk spillway on Monday.",
                citations=[
                    _cite("old1", "Inspectors found cracks in the Teluk spillway on Monday.")
                ],
            )
        ],
        sources=_rows("old1"),
    )


def _new() -> Brief:
    return Brief(
        story_id="s",
        headline="Dam",
        generated_at="",
        summary=[
            Point(
                text="About 9,000 people left.",
                citations=[
                    _cite("old1", "About 9,000 people left."),
                    _cite("old2", "About 9,000 people had left by Tuesday"),
                ],
                independent_sources=2,
            ),
            Point(
                text="By Thursday 15,000 people had left.",
                citations=[_cite("new1", "By Thursday 15,000 people had left.")],
                independent_sources=1,
            ),
        ],
        figures=[
            FigureGroup(
                quantity="people who left",
                values=[
                    _value("old1", 9000, "About 9,000 people", 2),
                    _value("old2", 9000, "About 9,000 people", 2),
                    _value("new1", 15000, "15,000 people"),
                    _value("new2", 15000, "15,000 people"),
                ],
                verdict="different_times",
                explanation="the number who had left rose over time: about 9,000, 15,000",
            )
        ],
        quotes=[
            SpeakerQuotes(
                speaker="Petra Lund",
                quotes=[
                    QuoteItem(
                        text="We will not gamble",
                        kind="direct",
                        citation=_cite("new1", "We will not gamble"),
                    )
                ],
            )
        ],
        entities=[
            EntityProfile(
                key="person:petra-lund",
                name="Petra Lund",
                label="PERSON",
                mentions_by_source={"new1": 1},
                citations=[_cite("new1", "Petra Lund")],
            )
        ],
        timeline=[
            TimelineEvent(
                date="2025-03-10",
                precision="day",
                text="Inspectors found cracks in the Teluk spillway on Monday.",
                citations=[
                    _cite("old1", "Inspectors found cracks in the Teluk spillway on Monday.")
                ],
            ),
            TimelineEvent(
                date="2025-03-11",
                precision="day",
                text="About 9,000 people had left by Tuesday.",
                citations=[_cite("old2", "About 9,000 people had left by Tuesday")],
            ),
            TimelineEvent(
                date="2025-03-13",
                precision="day",
                text="By Thursday 15,000 people had left.",
                citations=[_cite("new1", "By Thursday 15,000 people had left.")],
            ),
        ],
        sources=_rows("old1", "old2", "new1", "new2", copies={"new2": "new1"}),
    )


def _report():
    return compare(_old(), ["old1"], _new(), _docs("old1", "old2", "new1", "new2"), version=2)


def test_new_sources_are_listed_with_their_copies_and_cited() -> None:
    report = _report()
    sources = [i for i in report.added if i.kind == "source"]
    assert [i.citations[0].doc_id for i in sources] == ["old2", "new1", "new2"]
    assert "copy of “Title new1”" in sources[-1].text
    for item in sources:
        c = item.citations[0]
        assert TEXTS[c.doc_id][c.start : c.end] == c.text


def test_only_what_new_pages_alone_state_is_added() -> None:
    report = _report()
    fresh = set(report.new_doc_ids)
    assert fresh == {"old2", "new1", "new2"}
    for item in report.added:
        assert item.citations and {c.doc_id for c in item.citations} <= fresh
    # The 9,000 and the Monday event were in the earlier brief: not new.
    assert not any(i.kind == "figure" and "9,000" in i.text for i in report.added)
    assert not any("Monday" in i.text for i in report.added)
    assert any(i.kind == "quote" and "We will not gamble" in i.text for i in report.added)
    assert any(i.kind == "speaker" and i.text.startswith("Petra Lund") for i in report.added)
    assert any(i.kind == "entity" and i.text.startswith("Petra Lund") for i in report.added)
    assert any(i.kind == "event" and i.text.startswith("2025-03-13") for i in report.added)
    assert any(i.kind == "claim" and "15,000" in i.text for i in report.added)


def test_a_figure_counted_again_later_is_a_change_with_before_and_after() -> None:
    [moved] = [i for i in _report().changed if i.kind == "figure"]
    assert moved.text == "people who left rose from 9,000 to 15,000"
    assert (moved.before, moved.after) == ("About 9,000 people", "15,000 people")
    assert {c.doc_id for c in moved.citations} == {"new1", "new2"}
    assert moved.before_citations[0].doc_id == "old1"


def test_a_claim_confirmed_by_a_new_page_gained_sources() -> None:
    gained = [i for i in _report().changed if i.kind == "claim"]
    assert [(i.before, i.after) for i in gained] == [
        ("1 independent source", "2 independent sources"),  # the 9,000 figure
        ("1 independent source", "2 independent sources"),  # the summary sentence
    ]
    assert all({c.doc_id for c in i.citations} == {"old2"} for i in gained)


def test_a_brief_compared_with_itself_has_nothing_new() -> None:
    new = _new()
    report = compare(new, [r.doc_id for r in new.sources], new, _docs(*TEXTS), version=3)
    assert (report.added, report.changed, report.removed) == ([], [], [])


def test_pages_that_left_the_story_are_removed_sources() -> None:
    old = _new()
    smaller = _old()
    report = compare(old, [r.doc_id for r in old.sources], smaller, _docs("old1"), version=3)
    assert [i.text.split("”")[0] for i in report.removed] == [
        "“Title old2",
        "“Title new1",
        "“Title new2",
    ]
    assert report.added == []


def test_a_first_brief_compared_with_nothing_lists_everything_as_new() -> None:
    report = compare(empty_brief("s"), [], _old(), _docs("old1"), version=1)
    kinds = {i.kind for i in report.added}
    assert {"source", "figure", "event", "claim"} <= kinds


def _analysis(doc_id: str, **parts: list) -> Analysis:
    return Analysis(doc_id=doc_id, version="v", text_hash="h", **parts)


def _quote(doc_id: str, phrase: str, speaker: str = "Petra Lund") -> Quote:
    start = TEXTS[doc_id].index(phrase)
    return Quote(text=phrase, kind="direct", speaker=speaker, start=start, end=start + len(phrase))


def test_with_analyses_what_an_earlier_page_said_is_no_news_and_the_rest_is_listed() -> None:
    analyses = {
        # An earlier page carried the quote (its brief had no room for it): no news.
        "old1": _analysis("old1", quotes=[_quote("old1", "Inspectors found cracks")]),
        "old2": _analysis("old2"),
        "new1": _analysis(
            "new1",
            quotes=[_quote("new1", "We will not gamble")],
            figures=[
                Figure(text="15,000 people", value=15000, unit="people", start=12, end=25),
            ],
            events=[
                Event(
                    date="2025-03-13",
                    precision="day",
                    sentence="By Thursday 15,000 people had left.",
                    start=0,
                    end=35,
                    anchor="main",
                )
            ],
        ),
        "new2": _analysis("new2", quotes=[_quote("new2", "the agency said", "the agency")]),
    }
    new = _new()
    new.quotes.append(
        SpeakerQuotes(
            speaker="Inspectors",
            quotes=[
                QuoteItem(
                    text="Inspectors found cracks",
                    kind="direct",
                    citation=_cite("new1", "15,000 people"),  # stands for a copy on a new page
                )
            ],
        )
    )
    docs = _docs("old1", "old2", "new1", "new2")
    report = compare(_old(), ["old1"], new, docs, 2, analyses)
    texts = [i.text for i in report.added]
    assert not any("Inspectors found cracks" in t for t in texts)
    beyond = [i for i in report.added if not i.in_brief]
    # The agency's words are in no brief section: listed, marked as not in the brief.
    assert [(i.kind, i.text) for i in beyond] == [("quote", "the agency: “the agency said”")]
    assert beyond[0].citations[0].doc_id == "new2"
    # What the brief shows is not listed twice.
    assert sum("We will not gamble" in t for t in texts) == 1
