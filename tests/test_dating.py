"""Which date counts, for a page and for an event (storyline.dating)."""

from __future__ import annotations

from storyline.dating import PAGE_DATE, conflicting_date, event_date, story_dates
from storyline.model import Analysis, Document, Event, TimeExpression
from tests.hand_story import make_story, reresolved


def _event(anchor: str, tense: str = "", date: str = "2025-03-11") -> Event:
    return Event(
        date=date, precision="day", sentence="x", start=0, end=1, anchor=anchor, main_tense=tense
    )


def test_the_sentences_own_date_counts() -> None:
    for anchor in ("main", "reported", "relative"):
        assert event_date(_event(anchor), "2025-03-14") == ("2025-03-11", "day")


def test_an_undated_past_event_takes_its_pages_day() -> None:
    # "The mayor toured the shelter, where families have slept since Tuesday night."
    assert event_date(_event("since", "past"), "2025-03-14") == ("2025-03-14", PAGE_DATE)
    assert event_date(_event("after", "past"), None) is None  # no day to stand in


def test_a_plan_or_a_state_keeps_the_date_the_sentence_names() -> None:
    # "The board said it would publish the audit by June 3": the page's day would be a guess.
    assert event_date(_event("noun", "future"), "2025-05-20") == ("2025-03-11", "day")
    # "The firm has been struggling since its recall last month."
    assert event_date(_event("since", "state"), "2025-05-20") == ("2025-03-11", "day")


def test_a_past_act_naming_a_later_day_on_its_noun_keeps_that_day() -> None:
    # "The union answered with an offer to hold talks on March 11", on a page of March 4: the
    # answer came on no later day; the day is the talks', the sentence's own date
    assert event_date(_event("noun", "past"), "2025-03-04") == ("2025-03-11", "day")
    # "after Tuesday's talks" names another event: the act stays the page's news
    refers = _event("noun", "past").model_copy(update={"refers": True})
    assert event_date(refers, "2025-03-04") == ("2025-03-04", PAGE_DATE)


def _page(doc_id: str, published: str | None, text: str = "A page.") -> Document:
    return Document(
        id=doc_id,
        source=doc_id,
        text=text,
        published=published,
        published_source="meta" if published else "none",
    )


def _analysis(doc_id: str, reference: str | None, *days: str) -> Analysis:
    times = [
        TimeExpression(text=d, start=0, end=len(d), value=d, precision="day", relative=False)
        for d in days
    ]
    return Analysis(
        doc_id=doc_id, version="t", text_hash="x", reference_date=reference, times=times
    )


def test_a_page_stated_long_after_its_story_is_placed_by_its_content() -> None:
    docs = [_page("a", "2025-03-12"), _page("b", "2025-03-13"), _page("late", "2025-09-30")]
    late = _analysis("late", "2025-09-30", "2025-03-12")  # its text names March 12 outright
    assert conflicting_date(docs[2], docs, late) == "2025-03-12"
    dated = story_dates(docs, {"late": late})
    assert dated.reanalyze == {"late": "2025-03-12"}  # its "on Wednesday" belongs to March
    moved = late.model_copy(update={"reference_date": "2025-03-12"})
    assert story_dates(docs, {"late": moved}).reanalyze == {}  # done once


def test_a_late_page_without_content_dates_keeps_its_date() -> None:
    docs = [_page("a", "2025-03-12"), _page("late", "2025-09-30")]
    assert conflicting_date(docs[1], docs, _analysis("late", "2025-09-30")) is None
    # a follow-up whose text names its own later day is a later page, not a stale one
    follow = _analysis("late", "2025-09-30", "2025-09-29")
    assert conflicting_date(docs[1], docs, follow) is None


def test_a_late_re_post_is_read_against_its_originals_day() -> None:
    from storyline.model import CopyRelation

    docs = [_page("orig", "2025-03-09"), _page("repost", "2025-03-23")]
    copy = CopyRelation(doc_id="repost", of_id="orig", kind="copy_of")
    assert story_dates(docs, {}, [copy]).reanalyze == {"repost": "2025-03-09"}
    rewrite = copy.model_copy(update={"kind": "derived_from"})  # its own words, its own day
    assert story_dates(docs, {}, [rewrite]).reanalyze == {}


def test_story_dates_asks_to_reanalyze_the_undated_page() -> None:
    _, docs, analyses, relations = make_story()
    dated = story_dates(docs, {a.doc_id: a for a in analyses}, relations)
    assert dated.reanalyze == {"c": "2024-10-25"}
    assert dated.estimated == {"c"}
    assert next(d for d in dated.docs if d.id == "c").published == "2024-10-25"
    # once re-analyzed against that day, nothing more is asked
    again = story_dates(docs, {a.doc_id: a for a in reresolved(analyses)}, relations)
    assert again.reanalyze == {}


def test_a_state_since_a_day_after_its_page_is_shown_on_no_day() -> None:
    # "Since Tuesday, the Hawks have outscored Brenton 10-6." on a Monday's page: the weekday
    # was read forward; a state cannot hold since a day still to come
    text = "Since Tuesday, the Hawks have outscored Brenton 10-6."
    since = Event(
        date="2023-06-13",
        precision="day",
        sentence=text,
        start=50,
        end=50 + len(text),
        time_start=56,
        time_end=63,
        anchor="since",
        main_tense="state",
    )
    assert event_date(since, "2023-06-12") is None
    assert event_date(since, "2023-06-14") == ("2023-06-13", "day")
    # "until Tuesday" is a state's end: it may lie ahead
    until = since.model_copy(update={"sentence": "The curfew holds until Tuesday, police said."})
    until = until.model_copy(update={"time_start": 73, "time_end": 80})
    assert event_date(until, "2023-06-12") == ("2023-06-13", "day")
