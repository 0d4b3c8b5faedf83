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


def test_a_day_before_the_storys_first_page_is_background_not_the_writing_day() -> None:
    # "The shop opened its first branch on May 3, 2024", on a page stamped in 2031 of a story
    # whose other pages date from 2029 and 2030: the page's history, not when it was written
    docs = [_page("a", "2029-06-10"), _page("b", "2030-02-01"), _page("late", "2031-03-20")]
    late = _analysis("2031-03-20", ("May 3, 2024", "2024-05-03", False))
    assert conflicting_date(docs[2], docs, late) is None


def test_a_story_told_months_apart_takes_a_late_page_as_its_next_chapter() -> None:
    # its pages come months apart; the last, six weeks after the one before, recalls that
    # page's day ("On March 2, the founder stepped down") as background
    days = ["2029-01-10", "2029-07-02", "2030-01-15", "2030-03-03"]
    docs = [_page(str(i), d) for i, d in enumerate(days)] + [_page("late", "2030-04-15")]
    late = _analysis("2030-04-15", ("March 2", "2030-03-02", True))
    assert conflicting_date(docs[-1], docs, late) is None
    # the same page in a story told in two days is a mis-dated copy
    tight = [_page("a", "2030-03-02"), _page("b", "2030-03-03"), docs[-1]]
    assert conflicting_date(tight[-1], tight, late) == "2030-03-02"
