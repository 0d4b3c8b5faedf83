"""The timeline: a page leading with the day's news told as said on its own day ("A ferry
returned to Orvik after its crew found a stowaway, the operator said Wednesday") retells the
event other pages date to the day before: it joins their entry, on their date. A lede telling
the day's own news, or a plan, stays on its day."""

from __future__ import annotations

from tests.synthesize.timeline_pages import timeline as timeline_of

TUESDAY = [
    (
        "a",
        "A Kessel-bound ferry returned to Orvik harbour on Tuesday because the crew found a "
        "stowaway on board.",
        "2025-06-11",
    ),
    (
        "b",
        "The Kessel-bound ferry returned to Orvik harbour on Tuesday after the crew found a "
        "stowaway hiding in a lifeboat.",
        "2025-06-11",
    ),
]


def test_a_said_lede_retelling_yesterdays_news_joins_its_entry(nlp) -> None:
    lede = (
        "c",
        "A Kessel-bound ferry returned to Orvik harbour hours into its crossing after the crew "
        "found a stowaway on board, the operator said Wednesday.",
        "2025-06-11",
    )
    entries = timeline_of(nlp, [*TUESDAY, lede])
    assert [e.date for e in entries] == ["2025-06-10"], [(e.date, e.text) for e in entries]
    assert {c.doc_id for c in entries[0].citations} == {"a", "b", "c"}


def test_a_said_lede_telling_the_days_own_news_stays(nlp) -> None:
    lede = (
        "c",
        "Police charged the stowaway with trespass, a police spokeswoman said Wednesday.",
        "2025-06-11",
    )
    dates = sorted(e.date for e in timeline_of(nlp, [*TUESDAY, lede]))
    assert dates == ["2025-06-10", "2025-06-11"], dates


def test_a_said_plan_stays_on_its_day(nlp) -> None:
    lede = (
        "c",
        "The Kessel-bound ferry will return to Orvik harbour after the crew found a stowaway, "
        "the operator said Wednesday.",
        "2025-06-11",
    )
    dates = sorted(e.date for e in timeline_of(nlp, [*TUESDAY, lede]))
    assert dates == ["2025-06-10", "2025-06-11"], dates


def test_a_said_lede_telling_the_days_act_in_other_words_joins_its_entry(nlp) -> None:
    # Worded unlike the Tuesday pages, but it tells their act ("returned") in the past tense.
    lede = (
        "c",
        "Hundreds of passengers returned to port hours late when a Kessel-bound vessel "
        "turned back, officials said Wednesday.",
        "2025-06-11",
    )
    entries = timeline_of(nlp, [*TUESDAY, lede])
    assert [e.date for e in entries] == ["2025-06-10"], [(e.date, e.text) for e in entries]


def test_a_said_lede_naming_the_event_only_by_its_noun_stays(nlp) -> None:
    # "the return" is the earlier event's noun; the lede's own act (a charge) is the day's news.
    lede = (
        "c",
        "Police charged a man after the return of the Kessel-bound ferry, a police "
        "spokeswoman said Wednesday.",
        "2025-06-11",
    )
    dates = sorted(e.date for e in timeline_of(nlp, [*TUESDAY, lede]))
    assert dates == ["2025-06-10", "2025-06-11"], dates


def test_a_said_lede_joined_to_the_days_other_news_leaves_it_for_its_entry(nlp) -> None:
    # The lede and another page's statement of Wednesday, by one speaker, make one Wednesday
    # entry; the lede retells Tuesday's return, the other sentence Wednesday's own news.
    lede = (
        "c",
        "A Kessel-bound ferry returned to Orvik harbour hours into its crossing after the crew "
        "found a stowaway on board, Norvik Lines said Wednesday. Norvik Lines said on Wednesday "
        "that the stowaway had been handed to the police in the morning.",
        "2025-06-11",
    )
    other = (
        "d",
        "The stowaway was handed to the police on Wednesday morning, Norvik Lines said in a "
        "statement on its website.",
        "2025-06-11",
    )
    entries = timeline_of(nlp, [*TUESDAY, lede, other])
    by_date = {e.date: e for e in entries}
    assert sorted(by_date) == ["2025-06-10", "2025-06-11"], [(e.date, e.text) for e in entries]
    assert "c" in {c.doc_id for c in by_date["2025-06-10"].citations}
    assert "returned" not in by_date["2025-06-11"].text, by_date["2025-06-11"].text
