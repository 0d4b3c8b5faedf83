"""The word that names a dated event: words scikit-learn's stop list holds but news uses for
events ("fired"), irregular past forms ("won", "flew"), and the adverbs of time before a date
("early on Tuesday"), which name no event."""

from __future__ import annotations

from storyline.synthesize.claims import stem_of
from storyline.synthesize.event_words import event_words, past_acts
from tests.synthesize.timeline_pages import page


def _words(nlp, text: str, day: str = "2025-06-11") -> set[str]:
    _, analysis = page(nlp, "a", text, day)
    return {w for e in analysis.events for w in event_words(text, e)}


def test_fired_names_its_event(nlp) -> None:
    assert "fire" in _words(nlp, "The navy fired a test rocket from Gale Island on Tuesday.")


def test_an_irregular_past_shares_its_word_with_the_noun(nlp) -> None:
    assert "win" in _words(nlp, "The Harbour Kings won the league final on Tuesday night.")
    assert "fli" in _words(nlp, "The drone flew over the Orvik harbour on Tuesday.")


def test_an_adverb_of_time_before_the_date_names_nothing(nlp) -> None:
    found = _words(nlp, "The ferry sank early on Tuesday off the coast of Orvik.")
    assert "earli" not in found and "sink" in found, found
    found = _words(nlp, "Kessel closed the harbour after a collision early on Tuesday.")
    assert "collis" in found and "earli" not in found, found


def test_one_launch_told_with_fired_by_two_pages_is_one_entry(nlp) -> None:
    from tests.synthesize.timeline_pages import timeline as timeline_of

    pages = [
        (
            "a",
            "On Monday, the coastguard closed the Gale Strait to shipping. "
            "Merovia's navy fired a test rocket over the strait early on Tuesday.",
            "2025-06-11",
        ),
        (
            "b",
            "On Monday, fishermen were told to stay in port. "
            "Radar tracked the rocket the Merovian crews fired on Tuesday from Gale Island.",
            "2025-06-11",
        ),
    ]
    entries = [e for e in timeline_of(nlp, pages) if e.date == "2025-06-10"]
    assert len(entries) == 1, [(e.date, e.text) for e in entries]
    assert {c.doc_id for c in entries[0].citations} == {"a", "b"}


def test_past_acts_are_the_verbs_a_clause_tells_in_the_past() -> None:
    told = "A barge rammed the pier at Orvik, injuring two, and sank"
    assert past_acts(told) == {stem_of("ram"), stem_of("sink")}
    assert past_acts("the crash of the barge at Orvik") == frozenset()
