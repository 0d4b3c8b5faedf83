"""A page stated months after its story, whose text names the story's days without a year."""

from __future__ import annotations

from storyline.dating import conflicting_date
from storyline.model import Analysis, Document, TimeExpression


def _page(doc_id: str, day: str) -> Document:
    return Document(id=doc_id, source=doc_id, text="x", published=day, published_source="meta")


def _analysis(ref: str, *said: tuple[str, str, bool]) -> Analysis:
    times = [
        TimeExpression(text=text, start=0, end=len(text), value=value, relative=relative)
        for text, value, relative in said
    ]
    return Analysis(doc_id="late", version="t", text_hash="x", reference_date=ref, times=times)


def test_a_yearless_day_of_the_story_places_a_late_page() -> None:
    docs = [_page("a", "2031-11-03"), _page("b", "2031-11-04"), _page("late", "2032-04-07")]
    # "the final on Nov. 2", its year taken from the late page's date: the story's day
    late = _analysis("2032-04-07", ("Nov. 2", "2031-11-02", True))
    assert conflicting_date(docs[2], docs, late) == "2031-11-02"


def test_a_weekday_or_yesterday_does_not_place_a_page() -> None:
    docs = [_page("a", "2031-11-03"), _page("late", "2032-04-07")]
    said = _analysis("2032-04-07", ("Wednesday", "2032-04-02", True), ("yesterday", "x", True))
    assert conflicting_date(docs[1], docs, said) is None


def test_pages_restamped_on_one_late_day_do_not_vouch_for_each_other() -> None:
    docs = [_page("a", "2031-11-03"), _page("late", "2032-04-07"), _page("late2", "2032-04-07")]
    late = _analysis("2032-04-07", ("Nov. 2", "2031-11-02", True))
    assert conflicting_date(docs[1], docs, late) == "2031-11-02"
