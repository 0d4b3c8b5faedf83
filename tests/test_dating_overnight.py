"""A page stamped in the small hours that tells "tonight" was written the evening before, and a
copy of a page is read against its original's day before anything its own text names."""

from __future__ import annotations

from storyline.dating import story_dates, written_overnight
from storyline.model import Analysis, CopyRelation, Document, TimeExpression


def _doc(doc_id: str, published: str, text: str = "x") -> Document:
    return Document(
        id=doc_id, source=doc_id, text=text, published=published, published_source="meta"
    )


def _analysis(doc_id: str, ref: str, *times: TimeExpression) -> Analysis:
    return Analysis(
        doc_id=doc_id, version="t", text_hash="x", reference_date=ref, times=list(times)
    )


def _time(text: str, value: str, relative: bool = True) -> TimeExpression:
    precision = "day" if len(value) == 10 else "time"
    return TimeExpression(
        text=text, start=0, end=len(text), value=value, precision=precision, relative=relative
    )


def test_tonight_in_a_page_stamped_after_midnight_is_the_evening_before() -> None:
    # "The Pikes won the cup tonight", put up at 02:15 UTC from an American newsroom
    page = _doc("us", "2033-06-09T02:15:00")
    told = _analysis("us", "2033-06-09", _time("tonight", "2033-06-09TNI"))
    assert written_overnight(page, told) == "2033-06-08"
    assert story_dates([page], {"us": told}).reanalyze == {"us": "2033-06-08"}
    # once read against that evening, the decision stands (no endless re-analysis)
    moved = _analysis("us", "2033-06-08", _time("tonight", "2033-06-08TNI"))
    assert written_overnight(page, moved) == "2033-06-08"
    assert story_dates([page], {"us": moved}).reanalyze == {}


def test_a_daytime_or_clockless_stamp_keeps_its_day() -> None:
    tonight = _time("tonight", "2033-06-09TNI")
    assert (
        written_overnight(_doc("a", "2033-06-09T14:15:00"), _analysis("a", "2033-06-09", tonight))
        is None
    )
    assert (
        written_overnight(_doc("b", "2033-06-09T00:00:00"), _analysis("b", "2033-06-09", tonight))
        is None
    )
    # stamped after midnight, but telling no evening of its own
    sunday = _time("on Sunday", "2033-06-05")
    assert (
        written_overnight(_doc("c", "2033-06-09T01:00:00"), _analysis("c", "2033-06-09", sunday))
        is None
    )


def test_a_late_copy_is_read_against_its_original_not_a_day_it_names() -> None:
    # a feed re-posts a page months later; its text names only an older day ("found the leak
    # on May 2"), which is no day it was written on
    docs = [
        _doc("orig", "2033-06-09T10:00:00"),
        _doc("later", "2033-06-20T10:00:00"),
        _doc("copy", "2033-09-30T10:00:00"),
    ]
    named = _analysis("copy", "2033-09-30", _time("May 2", "2033-05-02", relative=False))
    relation = CopyRelation(doc_id="copy", of_id="orig", kind="copy_of")
    assert story_dates(docs, {"copy": named}, [relation]).reanalyze == {"copy": "2033-06-09"}
