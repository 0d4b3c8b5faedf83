"""The timeline: one company named with and without its legal form on two pages ("Vantor
Inc", "Vantor") is one actor, so its one statement of a day is one entry."""

from __future__ import annotations

from storyline.synthesize.event_words import actor_key, share_actor
from storyline.synthesize.summary import SentenceIndex
from storyline.synthesize.timeline import build_timeline
from tests.synthesize.timeline_pages import page


def test_a_legal_form_or_group_word_does_not_make_another_actor() -> None:
    assert actor_key("vantor-inc") == "vantor"
    assert actor_key("orrin-airlines-group") == "orrin-airlines"
    assert actor_key("vantor") == "vantor"
    assert actor_key("group") == "group"


def _keyed(nlp, doc_id: str, text: str, name: str, key: str):
    doc, analysis = page(nlp, doc_id, text, "2025-06-11", {name: "ORG"})
    entities = [e.model_copy(update={"key": key}) for e in analysis.entities]
    events = [e.model_copy(update={"entities": [key]}) for e in analysis.events]
    return doc, analysis.model_copy(update={"entities": entities, "events": events})


def _timeline(made, day: str):
    """The timeline of the pages ``made`` (each its own source), and its entries on ``day``."""
    docs = [d for d, _ in made]
    analyses = {a.doc_id: a for _, a in made}
    groups = {d.id: d.id for d in docs}
    entries = build_timeline(docs, analyses, groups, set(groups), SentenceIndex(docs).transform)
    return entries, [e for e in entries if e.date == day]


def test_one_companys_statement_under_two_keys_is_one_entry(nlp) -> None:
    made = [
        _keyed(
            nlp,
            "a",
            "On Monday, the Orvik port reopened. Vantor Inc said on Tuesday that its offer "
            "for the Kessel shipyard was final.",
            "Vantor Inc",
            "vantor-inc",
        ),
        _keyed(
            nlp,
            "b",
            "On Monday, dockers returned to work. Vantor announced in a filing on Tuesday "
            "that it would not raise its bid.",
            "Vantor",
            "vantor",
        ),
    ]
    entries, tuesday = _timeline(made, "2025-06-10")
    assert len(tuesday) == 1, [(e.date, e.text) for e in entries]
    assert {c.doc_id for c in tuesday[0].citations} == {"a", "b"}


def test_a_companys_first_word_names_it() -> None:
    assert share_actor(frozenset({"vantor"}), frozenset({"vantor-marine"}))
    assert share_actor(frozenset({"vantor-marine"}), frozenset({"vantor"}))
    assert not share_actor(frozenset({"vantor-marine"}), frozenset({"vantor-orbital"}))
    assert not share_actor(frozenset({"marine"}), frozenset({"vantor-orbital"}))


def test_one_companys_statement_under_its_short_and_full_name_is_one_entry(nlp) -> None:
    made = [
        _keyed(
            nlp,
            "a",
            "On Monday, the Orvik port reopened. Vantor said on Tuesday that its offer "
            "for the Kessel shipyard was final.",
            "Vantor",
            "vantor",
        ),
        _keyed(
            nlp,
            "b",
            "On Monday, dockers returned to work. Vantor Marine disclosed in a filing on Tuesday "
            "that it would not raise its bid.",
            "Vantor Marine",
            "vantor-marine",
        ),
    ]
    entries, tuesday = _timeline(made, "2025-06-10")
    assert len(tuesday) == 1, [(e.date, e.text) for e in entries]
