"""A page stamped late is read against the earlier day its story tells its relative days on."""

from __future__ import annotations

from storyline.dating import story_dates
from storyline.model import Analysis, Document, Event, TimeExpression


def _doc(doc_id: str, day: str) -> Document:
    return Document(id=doc_id, source=doc_id, text="x", published=day, published_source="meta")


def _told(doc_id: str, ref: str, said: list[tuple[str, str]]) -> Analysis:
    """A page dating events of its own by relative expressions (text, resolved day)."""
    times, events, at = [], [], 0
    for text, day in said:
        times.append(
            TimeExpression(text=text, start=at, end=at + len(text), value=day, relative=True)
        )
        events.append(
            Event(
                date=day,
                precision="day",
                sentence="x",
                start=at,
                end=at + 1,
                anchor="main",
                time_start=at,
                time_end=at + len(text),
            )
        )
        at += 100
    return Analysis(
        doc_id=doc_id, version="t", text_hash="x", reference_date=ref, times=times, events=events
    )


# Three outlets tell the bridge's closing on Monday 9 June and the inquiry it opened on
# Wednesday 11 June; the last page, stamped Saturday 5 July, tells the same two days relative to
# its stamp.
def _story(late: list[tuple[str, str]], ref: str = "2031-07-05"):
    docs = [
        _doc("a", "2031-06-09"),
        _doc("b", "2031-06-11"),
        _doc("c", "2031-06-11"),
        _doc("late", "2031-07-05"),
    ]
    analyses = {
        "a": _told("a", "2031-06-09", [("Monday", "2031-06-09")]),
        "b": _told("b", "2031-06-11", [("Monday", "2031-06-09"), ("today", "2031-06-11")]),
        "c": _told("c", "2031-06-11", [("Wednesday", "2031-06-11")]),
        "late": _told("late", ref, late),
    }
    return docs, analyses


def test_a_late_stamp_whose_days_the_story_tells_earlier_is_read_against_that_day() -> None:
    # read against 5 July: "on Monday" is 30 June, "this morning" 5 July, days nobody tells
    docs, analyses = _story([("on Monday", "2031-06-30"), ("this morning", "2031-07-05")])
    assert story_dates(docs, analyses).reanalyze == {"late": "2031-06-11"}
    # once read against that day, the decision stands (no endless re-analysis)
    moved = [("on Monday", "2031-06-09"), ("this morning", "2031-06-11")]
    docs, analyses = _story(moved, ref="2031-06-11")
    assert story_dates(docs, analyses).reanalyze == {}


def test_a_follow_up_telling_its_own_days_keeps_its_stamp() -> None:
    # its days fall on no day the story tells, read against any earlier stamp: new news
    docs, analyses = _story([("on Thursday", "2031-07-03"), ("this morning", "2031-07-05")])
    assert story_dates(docs, analyses).reanalyze == {}


def test_one_relative_day_is_too_little_to_move_a_page() -> None:
    docs, analyses = _story([("on Monday", "2031-06-30")])
    assert story_dates(docs, analyses).reanalyze == {}


def test_days_other_pages_only_name_count_as_the_storys_days() -> None:
    # "after Monday's closing" names the day without telling it as the page's own news
    docs, analyses = _story([("on Monday", "2031-06-30"), ("this morning", "2031-07-05")])
    for page in ("a", "b"):
        for e in analyses[page].events:
            e.anchor = "noun"
    assert story_dates(docs, analyses).reanalyze == {"late": "2031-06-11"}


# One outlet's two pages share one stamp to the second, weeks after the story: the ferry strike
# told on Wednesday ("began on Monday") and the strike's end ("ended on Tuesday").
def _batch(stamp: str = "2031-07-05T14:22:00", titles: tuple[str, str] = ("Strike", "Deal")):
    docs = [_doc("a", "2031-06-09"), _doc("b", "2031-06-11")]
    for doc_id, title in zip(("late1", "late2"), titles, strict=True):
        docs.append(
            Document(
                id=doc_id,
                source=doc_id,
                title=title,
                text=f"Ferry crews of Port Vell: {title}.",
                published=stamp,
                published_source="meta",
                outlet="Harbour Post",
            )
        )
    analyses = {
        "a": _told("a", "2031-06-09", [("Monday", "2031-06-09")]),
        "b": _told("b", "2031-06-11", [("today", "2031-06-11")]),
        "late1": _told("late1", stamp[:10], [("on Monday", "2031-06-30")]),
        "late2": _told("late2", stamp[:10], [("on Tuesday", "2031-07-01")]),
    }
    return docs, analyses


def test_one_outlets_pages_stamped_together_weeks_late_follow_the_story() -> None:
    # one relative day each cannot place them; the shared stamp is a crawl's, not a writing day
    docs, analyses = _batch()
    moved = {"late1": "2031-06-11", "late2": "2031-06-11"}
    assert story_dates(docs, analyses).reanalyze == moved


def test_a_shared_day_without_a_time_or_a_copy_is_no_batch() -> None:
    docs, analyses = _batch(stamp="2031-07-05T00:00:00")  # a date alone: many pages' stamp
    assert story_dates(docs, analyses).reanalyze == {}
    docs, analyses = _batch(titles=("Strike", "Strike"))  # the same page seen twice
    docs[3] = docs[3].model_copy(update={"text": docs[2].text})
    assert story_dates(docs, analyses).reanalyze == {}


def test_a_batch_stamped_within_its_storys_week_keeps_its_stamp() -> None:
    docs, analyses = _batch(stamp="2031-06-14T14:22:00")
    for page in ("late1", "late2"):
        analyses[page].reference_date = "2031-06-14"
    assert story_dates(docs, analyses).reanalyze == {}


def test_a_late_page_whose_last_month_is_the_story_month_keeps_its_stamp() -> None:
    # Without "last month" the stamp gives way (the test above); "last month's closing", read
    # against 5 July, is June, the story's month: the page was written in July, as stamped.
    docs, analyses = _story([("on Monday", "2031-06-30"), ("this morning", "2031-07-05")])
    late = analyses["late"]
    month = TimeExpression(text="last month", start=500, end=510, value="2031-06", relative=True)
    analyses["late"] = late.model_copy(update={"times": [*late.times, month]})
    assert "late" not in story_dates(docs, analyses).reanalyze


def test_one_day_told_twice_is_one_relative_day() -> None:
    # "announced Monday ...", "Monday's announcement ...": one day, which falls on an earlier
    # page's Monday by chance; too little to move the page
    docs, analyses = _story([("Monday", "2031-06-30"), ("Monday", "2031-06-30")])
    assert story_dates(docs, analyses).reanalyze == {}
