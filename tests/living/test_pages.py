"""What new pages say beyond the brief: new figures, quotes and dated events, judged against
what the earlier pages stated."""

from __future__ import annotations

from storyline.living.pages import Known, beyond_brief, cited_spans, norm, same_event, words
from storyline.model import Analysis, ChangeItem, Citation, Document, Event, Figure, Quote

TEXT = (
    "The river rose by 3 metres overnight. "
    "Mayor Ilsa Brandt said: we will rebuild the bridge. "
    "The ferry stopped on 4 May."
)


def _doc(doc_id: str = "new1") -> Document:
    return Document(id=doc_id, source=f"{doc_id}.txt", text=TEXT)


def _span(part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return start, start + len(part)


def _analysis(doc_id: str = "new1", **kw) -> Analysis:
    return Analysis(doc_id=doc_id, version="t", text_hash="h", **kw)


def _figure(value: float = 3, unit: str = "metres", text: str = "3 metres") -> Figure:
    s, e = _span("3 metres")
    return Figure(text=text, value=value, unit=unit, start=s, end=e)


def _quote() -> Quote:
    s, e = _span("we will rebuild the bridge")
    return Quote(text="we will rebuild the bridge", kind="direct", speaker="Ilsa Brandt",
                 start=s, end=e)  # fmt: skip


def _event(anchor: str = "main", precision: str = "day") -> Event:
    s, e = _span("The ferry stopped on 4 May.")
    return Event(date="2026-05-04", precision=precision, sentence="The ferry stopped on 4 May.",
                 start=s, end=e, anchor=anchor)  # fmt: skip


def test_words_and_norm_ignore_case_and_punctuation():
    assert words("The Bridge, the bridge!") == {"the", "bridge"}
    assert norm("  We'll   REBUILD it. ") == "we ll rebuild it"


def test_same_event_needs_the_same_day_and_most_words():
    assert same_event("2026-05-04T10:00", "The ferry stopped.", "2026-05-04", "the ferry stopped")
    assert not same_event("2026-05-05", "The ferry stopped.", "2026-05-04", "The ferry stopped.")
    assert not same_event("2026-05-04", "The ferry stopped.", "2026-05-04", "Rain fell hard")


def test_known_recognises_what_earlier_pages_stated():
    earlier = _analysis("old", figures=[_figure(3.1, "metres")], quotes=[_quote()],
                        events=[_event()])  # fmt: skip
    known = Known([earlier])
    assert known.figure(3.0, "metres")  # within the same-value tolerance
    assert not known.figure(30.0, "metres")
    assert known.quote("We will rebuild the bridge, she said")
    assert not known.quote("nothing in common here")
    assert known.event("2026-05-04", "the ferry stopped on 4 May")
    assert not known.event("2026-05-03", "the ferry stopped on 4 May")


def test_new_figure_quote_and_event_are_listed_as_not_in_the_brief():
    doc = _doc()
    analysis = _analysis(figures=[_figure()], quotes=[_quote()], events=[_event()])
    items = beyond_brief([doc], {doc.id: analysis}, Known([]), {})
    assert sorted(i.kind for i in items) == ["event", "figure", "quote"]
    assert all(not i.in_brief for i in items)
    for item in items:
        c = item.citations[0]
        assert doc.text[c.start : c.end] == c.text
    figure = next(i for i in items if i.kind == "figure")
    # A figure cites its whole sentence.
    assert figure.citations[0].text == "The river rose by 3 metres overnight."
    quote = next(i for i in items if i.kind == "quote")
    assert quote.text.startswith("Ilsa Brandt: ")


def test_what_earlier_pages_said_is_not_news():
    doc = _doc()
    analysis = _analysis(figures=[_figure()], quotes=[_quote()], events=[_event()])
    known = Known([_analysis("old", figures=[_figure()], quotes=[_quote()], events=[_event()])])
    assert beyond_brief([doc], {doc.id: analysis}, known, {}) == []


def test_items_the_brief_already_cites_are_left_out():
    doc = _doc()
    analysis = _analysis(quotes=[_quote()])
    s, e = _span("we will rebuild")
    cited = cited_spans(
        [ChangeItem(kind="quote", text="x", citations=[Citation(doc_id=doc.id, start=s, end=e,
                                                                text=TEXT[s:e])])]
    )  # fmt: skip
    assert cited == {doc.id: [(s, e)]}
    assert beyond_brief([doc], {doc.id: analysis}, Known([]), cited) == []


def test_vague_unitless_unspoken_and_undated_items_are_not_listed():
    doc = _doc()
    vague = _figure(text="thousands of metres")
    unitless = _figure(unit=" ")
    anonymous = _quote().model_copy(update={"speaker": None})
    analysis = _analysis(
        figures=[vague, unitless],
        quotes=[anonymous],
        events=[_event(anchor="noun"), _event(precision="year")],
    )
    assert beyond_brief([doc], {doc.id: analysis}, Known([]), {}) == []


def test_one_item_per_wording_cites_every_page_that_has_it():
    docs = [_doc("a"), _doc("b"), _doc("c")]
    analyses = {d.id: _analysis(d.id, quotes=[_quote()]) for d in docs[:2]}  # c: no analysis
    items = beyond_brief(docs, analyses, Known([]), {})
    assert len(items) == 1
    assert [c.doc_id for c in items[0].citations] == ["a", "b"]
