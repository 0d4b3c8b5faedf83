"""Event candidates: one per sentence carrying a resolved calendar date."""

from __future__ import annotations

import pytest

from storyline.analyze.events import find_events
from storyline.analyze.times import find_times
from storyline.model import Entity, Mention


def test_dated_sentences_become_events() -> None:
    text = (
        "Friday, October 25, 2024\n\nOn Oct 18, the NIS said troops had left. "
        "Talks lasted three days. Kim signed the treaty in June."
    )
    kim = text.index("Kim")
    nis = text.index("NIS")
    entities = [
        Entity(
            key="kim",
            name="Kim",
            label="PERSON",
            mentions=[Mention(text="Kim", start=kim, end=kim + 3)],
        ),
        Entity(
            key="nis",
            name="NIS",
            label="ORG",
            mentions=[Mention(text="NIS", start=nis, end=nis + 3)],
        ),
    ]
    times = find_times(text, "2024-10-25")
    events = find_events(text, times, entities)
    assert [(e.date, e.precision) for e in events] == [("2024-10-18", "day"), ("2024-06", "month")]
    first, second = events
    assert text[first.start : first.end] == first.sentence
    assert first.sentence.startswith("On Oct 18") and first.entities == ["nis"]
    assert second.entities == ["kim"]


def test_most_precise_date_wins_and_unresolved_dates_do_not_count() -> None:
    text = "Since June the army has grown, and on Oct 3 it struck. On Thursday they met."
    events = find_events(text, find_times(text, "2024-10-22"), [])
    assert events[0].date == "2024-10-03"
    no_ref = find_events(text, find_times(text, None), [])
    assert no_ref == []  # XXXX values are not dates


def test_a_scheduled_event_is_dated_ahead() -> None:
    from storyline.analyze.nlp import load_nlp

    text = "The dam failed on Tuesday. The evacuation order expires on Sunday."
    doc = load_nlp()(text)
    events = find_events(doc, find_times(doc, "2025-03-13"), [])
    assert [e.date for e in events] == ["2025-03-11", "2025-03-16"]


def _parsed_events(text: str, reference: str = "2025-03-14"):
    from storyline.analyze.nlp import load_nlp

    doc = load_nlp()(text)
    return find_events(doc, find_times(doc, reference), [])


@pytest.mark.parametrize(
    ("sentence", "anchor", "verb", "words"),
    [
        # The saying is dated, or the reported event, by where the date hangs in the parse.
        ("The NIS said on Friday that troops had left.", "main", "said", "Friday"),
        ("When troops crossed the river on Monday, the town emptied.", "main", "crossed", "Monday"),
        ("Talks ran from Monday to Friday in Geneva.", "main", "ran", "Monday"),
        ("Friday's missile flew the furthest of any so far.", "main", "flew", "Friday"),
        # Dates of something else: a state's start, an earlier event, a noun, a relative clause.
        (
            "The town has been sleeping in the hall since Tuesday night.",
            "since",
            "sleeping",
            "Tuesday night",
        ),
        ("After the talks ended on Monday, the ministers flew home.", "after", "ended", "Monday"),
        (
            "Thousands have fled the valley after part of the spillway collapsed on Wednesday.",
            "after",
            "collapsed",
            "Wednesday",
        ),
        ("The order covers 40,000 people, out of Tuesday's total.", "noun", "covers", "Tuesday"),
        (
            "Vorn, who ordered the evacuation on Tuesday, said the wall was holding.",
            "relative",
            "ordered",
            "Tuesday",
        ),
    ],
)
def test_the_parse_tells_whose_date_it_is(sentence, anchor, verb, words) -> None:
    (event,) = _parsed_events(sentence)
    assert (event.anchor, event.verb) == (anchor, verb)
    assert sentence[event.time_start : event.time_end] == words
    assert sentence[event.verb_start :].startswith(verb)


def test_the_main_clause_date_wins_over_a_relative_clause() -> None:
    (event,) = _parsed_events(
        "Halvard Construction, which repaired the dam on Monday, said on Thursday it would help."
    )
    assert (event.date, event.anchor, event.verb) == ("2025-03-13", "main", "said")


def test_a_day_after_an_event_dates_the_main_event_not_the_other() -> None:
    # Counted back from the page's date, "one day after" names the collapse's day (03-13);
    # the vote is the day after it, the page's own day.
    (vote,) = _parsed_events(
        "The vote came just one day after a portion of the spillway collapsed."
    )
    assert (vote.date, vote.anchor, vote.verb) == ("2025-03-14", "after", "came")
    # With the other event dated, the main event is that day plus the count.
    (resigned,) = _parsed_events("A day after the vote on Tuesday, the minister resigned.")
    assert (resigned.date, resigned.anchor, resigned.verb) == ("2025-03-12", "main", "resigned")


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("The utility said it would restore power to those affected by June 20.", "future"),
        ("The firm has been struggling since its recall last month.", "state"),
        ("The mayor toured the shelter, where families have slept since Sunday night.", "past"),
    ],
)
def test_the_main_clause_tense_of_a_sentence_dated_only_by_others(sentence, tense) -> None:
    from storyline.analyze.nlp import load_nlp

    sdoc = load_nlp()(sentence)
    (event,) = find_events(sdoc, find_times(sdoc, "2025-06-11"), [])
    assert event.anchor not in ("main", "reported")
    assert event.main_tense == tense


# Without a parse: the sentence's words alone.
@pytest.mark.parametrize(
    ("sentence", "words", "why"),
    [
        ("Troops arrived before dawn on Monday, officials said.", "Monday", None),
        ("Shortly after 10 am on Monday, troops crossed the river.", "Monday", None),
        ("Talks ran from Monday to Friday in Geneva.", "Monday", None),
        ("It received word of a deployment from Nov 1.", "Nov 1", "since"),
        ("After the talks ended on Monday, the ministers flew home.", "Monday", "after"),
        ("Broadcom went after Qualcomm’s business model on Monday in its slides.", "Monday", None),
        ("Friday's missile flew the furthest of any so far.", "Friday", None),  # the topic
        ("The town has been sleeping in the hall since Tuesday night.", "Tuesday night", "since"),
        ("Halvard, which built the dam in June, said it would help.", "June", "relative"),
        ("The order covers 40,000 people, out of Tuesday’s total.", "Tuesday", "noun"),
    ],
)
def test_which_dates_belong_to_another_event(sentence, words, why):
    from storyline.analyze.events import subordinate

    start = sentence.index(words)
    assert subordinate(sentence, start, start + len(words)) == why
