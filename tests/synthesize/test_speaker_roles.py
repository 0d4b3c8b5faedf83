"""A speaker a page names only by a role ("the director said") is the one person of the story
whose role has that noun; with two such people the role stays as written. Invented analyses."""

from __future__ import annotations

from storyline.model import EntityProfile
from storyline.synthesize.quotes import by_speaker, gather
from storyline.synthesize.speaker_roles import held_role, role_holders
from tests.synthesize.test_who_and_speakers import _doc, _quote


def _person(name: str, *roles: str) -> EntityProfile:
    return EntityProfile(
        key=name.lower().replace(" ", "-"), name=name, label="PERSON", roles=list(roles)
    )


def test_the_role_is_the_one_person_of_the_story_who_holds_it() -> None:
    t = 'The director said the shoot was "one of my worst mistakes and I regret it deeply".'
    quotes = [_quote(t, "one of my worst mistakes and I regret it deeply", "The director")]
    doc, analysis = _doc("d", t, quotes)
    profiles = [_person("Tomas Brask", "director"), _person("Ana Ruiz", "founder of Varn Films")]
    said = gather([doc], {"d": analysis}, {}, profiles, {"d": "d"}, {"d"})
    assert [s.speaker for s in by_speaker(said)] == ["Tomas Brask"]


def test_an_unnamed_speaker_described_by_a_role_is_found_too() -> None:
    t = 'The director said: "We never thought of it as a stunt at the time."'
    quotes = [_quote(t, "We never thought of it as a stunt at the time.", None)]
    quotes[0].speaker_description = "The director"
    doc, analysis = _doc("d", t, quotes)
    said = gather(
        [doc], {"d": analysis}, {}, [_person("Tomas Brask", "director")], {"d": "d"}, {"d"}
    )
    assert [s.speaker for s in by_speaker(said)] == ["Tomas Brask"]


def test_a_role_two_people_hold_stays_as_written() -> None:
    holders = role_holders(
        [_person("Ola Dahl", "President"), _person("Ken Obi", "Varnian President")]
    )
    assert held_role("the president", holders) is None
    assert (
        held_role("the mayor", role_holders([_person("Ola Dahl", "mayor of Varnby")])) is not None
    )
    assert held_role("a mayor", role_holders([_person("Ola Dahl", "mayor of Varnby")])) is None
