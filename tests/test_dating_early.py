"""A page stamped a day or a few after it was written is read against the day its story's other
pages give the same events."""

from __future__ import annotations

from storyline.dating import story_dates
from storyline.dating_early import stamp_hour
from storyline.model import Analysis, Document, Event, TimeExpression

Told = tuple[str, str, str]  # (sentence, its relative expression, the day it was read as)


def _page(doc_id: str, stamp: str, said: list[Told], ref: str | None = None):
    """A page telling events by relative expressions, read against ``ref`` (its stamp's day)."""
    text, times, events = "", [], []
    for sentence, expression, day in said:
        start = len(text)
        at = start + sentence.index(expression)
        times.append(
            TimeExpression(
                text=expression, start=at, end=at + len(expression), value=day, relative=True
            )
        )
        events.append(
            Event(
                date=day,
                precision="day",
                sentence=sentence,
                start=start,
                end=start + len(sentence),
                anchor="main",
                time_start=at,
                time_end=at + len(expression),
            )
        )
        text += sentence + "\n"
    doc = Document(id=doc_id, source=doc_id, text=text, published=stamp, published_source="meta")
    analysis = Analysis(
        doc_id=doc_id,
        version="t",
        text_hash="x",
        reference_date=ref or stamp[:10],
        times=times,
        events=events,
    )
    return doc, analysis


# The ferry ran aground on Tuesday 10 June; the harbour stayed shut on Wednesday 11 June while
# divers inspected its hull. Two outlets tell both days on Wednesday morning.
_A = "The ferry Alder Queen ran aground near Kelby late Tuesday."
_A2 = "The harbour stayed shut on Wednesday while divers inspected the hull."
_B = "The Alder Queen struck a sandbank off Kelby on Tuesday evening."
_B2 = "Divers inspected the hull on Wednesday as the harbour remained shut."
_STORY = [
    (
        "a",
        "2031-06-11T06:00:00",
        [(_A, "late Tuesday", "2031-06-10"), (_A2, "Wednesday", "2031-06-11")],
    ),
    (
        "b",
        "2031-06-11T09:30:00",
        [(_B, "Tuesday evening", "2031-06-10"), (_B2, "Wednesday", "2031-06-11")],
    ),
]


def _dates(*extra: tuple[str, str, list[Told]], ref: str | None = None) -> dict[str, str]:
    pages = [_page(i, stamp, said) for i, stamp, said in _STORY]
    pages += [_page(i, stamp, said, ref) for i, stamp, said in extra]
    docs = [doc for doc, _ in pages]
    return story_dates(docs, {a.doc_id: a for _, a in pages}).reanalyze


def test_a_page_stamped_days_late_is_read_against_the_day_others_give_its_events() -> None:
    # stamped Saturday: its coming "Wednesday" falls a week late, on a day nobody tells
    late = [
        ("The Alder Queen ran aground off Kelby late Tuesday.", "late Tuesday", "2031-06-10"),
        (
            "The harbour is expected to stay shut on Wednesday while divers inspect the hull.",
            "Wednesday",
            "2031-06-18",
        ),
    ]
    assert _dates(("late", "2031-06-14", late)) == {"late": "2031-06-11"}
    # once read against that day, the decision stands (no endless re-analysis)
    late[1] = (late[1][0], "Wednesday", "2031-06-11")
    assert _dates(("late", "2031-06-14", late), ref="2031-06-11") == {}


def test_a_page_stamped_after_midnight_utc_is_read_against_the_evening_before() -> None:
    evening = [("The Alder Queen ran aground off Kelby tonight.", "tonight", "2031-06-11")]
    assert _dates(("evening", "2031-06-11T02:00:00", evening)) == {"evening": "2031-06-10"}


def test_a_stamp_with_an_offset_is_read_on_its_own_clock() -> None:
    # 22:00 in New York names the 11th there, its own evening: in UTC it is 02:00 on the 12th,
    # but the day the stamp names is the 11th, so it is not an after-midnight stamp of the 12th
    evening = [("The Alder Queen ran aground off Kelby tonight.", "tonight", "2031-06-11")]
    assert _dates(("evening", "2031-06-11T22:00:00-04:00", evening)) == {}
    # the same moment printed in UTC names the 12th in the small hours: the evening before
    evening = [("The Alder Queen ran aground off Kelby tonight.", "tonight", "2031-06-12")]
    assert _dates(("evening", "2031-06-12T02:00:00+00:00", evening)) == {"evening": "2031-06-11"}


def test_the_hour_of_a_stamp_is_its_printed_hour_and_midnight_is_a_day_alone() -> None:
    assert stamp_hour("2031-06-11T22:00:00-04:00") == 22
    assert stamp_hour("2031-06-12T02:00:00Z") == 2
    assert stamp_hour("2031-06-12 07:15") == 7
    assert stamp_hour("2031-06-12T00:00:00") is None
    assert stamp_hour("2031-06-12") is None
    assert stamp_hour("12 June 2031") is None


def test_a_stamp_put_on_in_the_afternoon_is_the_day_the_page_was_written() -> None:
    later = [("Divers inspected the hull of the Alder Queen today.", "today", "2031-06-12")]
    assert _dates(("later", "2031-06-12T15:00:00", later)) == {}


def test_a_page_whose_events_others_tell_on_its_stamps_day_keeps_it() -> None:
    # read a day earlier, its dive would fall on Wednesday's, but another page tells it Thursday
    again = (
        "Police divers inspected the damaged hull again on Thursday.",
        "Thursday",
        "2031-06-12",
    )
    follow = [("Divers inspected the hull again today.", "today", "2031-06-12")]
    assert _dates(("c", "2031-06-12", [again]), ("follow", "2031-06-12", follow)) == {}
    assert _dates(("follow", "2031-06-12", follow)) == {"follow": "2031-06-11"}


def test_a_page_naming_its_stamps_day_was_not_written_before_it() -> None:
    evening = [
        ("The Alder Queen ran aground off Kelby tonight.", "tonight", "2031-06-11"),
        ("Its owners apologised on Wednesday.", "Wednesday", "2031-06-11"),
    ]
    assert _dates(("evening", "2031-06-11", evening)) == {}


def test_a_copy_in_the_same_words_does_not_vouch_for_a_page() -> None:
    # the re-post's "tomorrow" falls, read a day earlier, only where its original's falls
    words = ("The harbour master will reopen the port tomorrow.", "tomorrow")
    original = [(*words, "2031-06-13")]
    repost = [(*words, "2031-06-14")]
    assert _dates(("original", "2031-06-12", original), ("repost", "2031-06-13", repost)) == {}
