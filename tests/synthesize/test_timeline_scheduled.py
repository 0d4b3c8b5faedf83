"""The timeline: a coming event dated by a verb that only schedules it ("Sentencing is set for
next month", "The judge set sentencing for July 2") is named by what it schedules, so it joins
the page that tells the same event by its own word ("will pass sentence on July 2"). An entry
forecast on one page and told as happened on another reads as what happened."""

from __future__ import annotations

from storyline.model import Event
from storyline.synthesize.event_words import naming_word
from storyline.synthesize.timeline_scheduled import scheduled_words
from tests.synthesize.timeline_pages import on_day
from tests.synthesize.timeline_pages import timeline as timeline_of


def _words(text: str, verb: str, when: str) -> list[str]:
    v, t = text.index(verb), text.index(when)
    event = Event(
        sentence=text,
        start=0,
        end=len(text),
        date="2026-07",
        precision="month",
        verb=verb,
        verb_start=v,
        time_start=t,
        time_end=t + len(when),
    )
    return scheduled_words(text, event, naming_word)


def test_the_scheduled_subject_or_object_names_the_event() -> None:
    assert _words("Sentencing is set for next month.", "set", "next month") == ["sentenc"]
    assert _words("The vote has been scheduled for Sunday.", "scheduled", "Sunday") == ["vote"]
    assert _words("Judge Orla Venn set sentencing for July 2.", "set", "July 2") == ["sentenc"]
    assert _words("The swearing-in is scheduled for October 1.", "scheduled", "October 1") == [
        "swear"
    ]


def test_a_verb_that_does_more_than_schedule_names_its_own_event() -> None:
    assert _words("The ferry sailed for Tarn on Sunday.", "sailed", "Sunday") == []


def test_a_month_told_as_scheduled_joins_the_day_of_its_event(nlp) -> None:
    pages = [
        (
            "a",
            "Arlen Tamm was convicted of fraud. The judge will pass sentence on July 2.",
            "2026-06-18",
        ),
        ("b", "Arlen Tamm was convicted of fraud. Sentencing is set for next month.", "2026-06-18"),
        (
            "c",
            "Arlen Tamm was found guilty. Judge Orla Venn set sentencing for July 2.",
            "2026-06-19",
        ),
    ]
    entries = timeline_of(nlp, pages)
    july = [e for e in entries if e.date.startswith("2026-07")]
    assert [e.date for e in july] == ["2026-07-02"], [(e.date, e.text) for e in entries]
    assert {c.doc_id for c in july[0].citations} == {"a", "b", "c"}


def test_a_forecast_entry_reads_as_what_happened(nlp) -> None:
    pages = [
        (
            "a",
            "Storm Vela gained strength over the sea on Thursday. Landfall is expected on "
            "Saturday night.",
            "2026-08-20",
        ),
        (
            "b",
            "Storm Vela made landfall on Saturday night near the port of Orlen, cutting power "
            "to thousands of homes.",
            "2026-08-23",
        ),
    ]
    saturday = on_day(timeline_of(nlp, pages), "2026-08-22")
    assert len(saturday) == 1, [e.text for e in saturday]
    assert saturday[0].text.startswith("Storm Vela made landfall"), saturday[0].text
    assert not saturday[0].planned
