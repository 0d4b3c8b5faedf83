"""The day's event told twice on one page: a past event dated through a noun in its page's week
keeps that day; a page-dated sentence that names the day's event joins its entry."""

from __future__ import annotations

from storyline.dating import event_date
from storyline.model import Event
from storyline.synthesize.summary import SentenceIndex
from storyline.synthesize.timeline import PAGE_DATE, build_timeline
from tests.synthesize.timeline_pages import page


def _timeline(nlp, doc_id: str, text: str, day: str):
    doc, analysis = page(nlp, doc_id, text, day)
    index = SentenceIndex([doc])
    return build_timeline([doc], {doc_id: analysis}, {doc_id: doc_id}, {doc_id}, index.transform)


def _noun_event(date: str, refers: bool = False) -> Event:
    return Event(
        date=date,
        precision="day",
        sentence="A storm flooded the pier at a fair on Sunday.",
        start=0,
        end=44,
        anchor="noun",
        main_tense="past",
        refers=refers,
    )


def test_a_noun_date_in_the_page_week_dates_a_past_event() -> None:
    assert event_date(_noun_event("2031-05-11"), "2031-05-13") == ("2031-05-11", "day")


def test_an_older_or_possessive_noun_date_leaves_the_page_date() -> None:
    assert event_date(_noun_event("2031-04-20"), "2031-05-13") == ("2031-05-13", PAGE_DATE)
    assert event_date(_noun_event("2031-05-11", True), "2031-05-13") == ("2031-05-13", PAGE_DATE)


def test_a_page_dated_reference_to_the_day_joins_its_event(nlp) -> None:
    text = (
        "A tribunal in Orvala on Monday convicted the harbour master of fraud.\n"
        "On the quay, his family called Monday's verdict a disgrace to the town."
    )
    timeline = _timeline(nlp, "a", text, "2031-05-12")  # a Monday
    assert [e.date for e in timeline] == ["2031-05-12"]
    assert len(timeline[0].citations) == 2


def test_a_sentence_worded_like_any_telling_of_the_days_news_joins_it(nlp) -> None:
    pages = [
        ("a", "A ferry sank off Marlow Point on Tuesday, the coastguard said.", "2031-05-14"),
        ("b", "The ferry sank off Marlow Point on Tuesday night, officials said.", "2031-05-14"),
        (
            "c",
            "Coastguards say the Aldis capsized in heavy swell near Velden lighthouse on Tuesday.\n"
            "Survivors said on Tuesday that the Aldis capsized in heavy swell within minutes.",
            "2031-05-14",
        ),
    ]
    made = [page(nlp, *p) for p in pages]
    docs = [d for d, _ in made]
    index = SentenceIndex(docs)
    groups = {d.id: d.id for d in docs}
    analyses = {a.doc_id: a for _, a in made}
    timeline = build_timeline(docs, analyses, groups, set(groups), index.transform)
    assert [e.date for e in timeline] == ["2031-05-13"]
    assert len(timeline[0].citations) == 4
