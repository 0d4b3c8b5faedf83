"""The timeline: a speaker's bare statement of a day joins the entry of what that speaker did
that day; another person's act stays apart; an entry opening on "He" shows whom it stands
for."""

from __future__ import annotations

from tests.synthesize.timeline_pages import on_day, timeline

ACTORS = {"Ivo Rask": "PERSON", "Elon Vance": "PERSON", "Tove Lind": "PERSON"}
SATURDAY = "2025-06-14"
PAGE_DAY = "2025-06-15"
OTHER = ("z", "Rain closed the harbour road in Varnholm on Sunday.", PAGE_DAY)
FILLER = "Markets in the capital were calm and trading was thin through the morning."


def _page(doc_id: str, *sentences: str) -> tuple[str, str, str]:
    return (doc_id, f"\n\n{FILLER}\n\n".join(sentences), PAGE_DAY)


def test_a_speakers_statement_joins_his_act_of_the_day(nlp) -> None:
    page = _page(
        "a",
        "Ivo Rask ordered the coast guard on Saturday to escort the grain ships.",
        "“We must act before the storms come,” Ivo Rask told reporters on Saturday.",
    )
    saturday = on_day(timeline(nlp, [page, OTHER], ACTORS), SATURDAY)
    assert len(saturday) == 1
    assert len(saturday[0].citations) == 2


def test_a_statement_joins_no_act_of_another_person(nlp) -> None:
    page = _page(
        "a",
        "Tove Lind ordered the coast guard on Saturday to escort the grain ships.",
        "“We must act before the storms come,” Ivo Rask told reporters on Saturday.",
    )
    assert len(on_day(timeline(nlp, [page, OTHER], ACTORS), SATURDAY)) == 2


def test_an_entry_opening_on_he_shows_whom_it_stands_for(nlp) -> None:
    page = _page(
        "a",
        "Elon Vance has run the Orsk smelter for a decade.",
        "He confirmed on Saturday that the smelter would close in the spring.",
    )
    saturday = on_day(timeline(nlp, [page, OTHER], ACTORS), SATURDAY)
    assert [e.text for e in saturday] == [
        "He [Elon Vance] confirmed on Saturday that the smelter would close in the spring."
    ]
    assert saturday[0].citations[0].text.startswith("He confirmed")


def test_a_speaker_resolved_from_she_is_set_beside_the_pronoun() -> None:
    from storyline.model import Analysis, Event, Quote
    from storyline.synthesize.timeline_tellers import resolved, whom

    text = "“Leave now,” she said at a news conference on Tuesday."
    at = text.index("she")
    quote = Quote(
        text="Leave now",
        kind="direct",
        speaker="Lina Hoss",
        speaker_key="lina-hoss",
        start=1,
        end=10,
        speaker_start=at,
        speaker_end=at + 3,
    )
    analysis = Analysis(doc_id="a", version="t", text_hash="x", quotes=[quote])
    event = Event(date="2027-09-14", precision="day", sentence=text, start=0, end=len(text))
    found = whom(analysis, event, (0, len(text)))
    assert resolved(text, *found) == (
        "“Leave now,” she [Lina Hoss] said at a news conference on Tuesday."
    )
