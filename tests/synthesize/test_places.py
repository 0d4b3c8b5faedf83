"""A name the tagger called an organisation is a place when the story's wording says so."""

from __future__ import annotations

from storyline.model import Entity, Mention
from storyline.synthesize.places import is_place, place_cue

TEXT = (
    "KESSVIK, Norvania (AFP) — Thousands fled the valley in southern Norvania.\n"
    "Norvania's parliament approved a fund. Norvania, a country of 5 million, has no army.\n"
    "Republicans in Congress objected. Congress passed the bill.\n"
    "Halvard said on Monday that Halvard would rebuild the dam.\n"
)


def _mentions(name: str, label: str = "ORG") -> Entity:
    starts = [i for i in range(len(TEXT)) if TEXT.startswith(name, i)]
    return Entity(
        key=name.lower(),
        name=name,
        label=label,  # type: ignore[arg-type]
        mentions=[Mention(text=name, start=s, end=s + len(name)) for s in starts],
    )


def test_cues_around_one_mention() -> None:
    starts = [i for i in range(len(TEXT)) if TEXT.startswith("Norvania", i)]
    assert [place_cue(TEXT, s, s + 8) for s in starts] == [1.0, 1.0, 1.0, 1.0]
    congress = TEXT.index("Congress")
    assert place_cue(TEXT, congress, congress + 8) == 0.5  # "in Congress": half a vote
    halvard = TEXT.index("Halvard")
    assert place_cue(TEXT, halvard, halvard + 7) == 0.0


def test_a_place_needs_a_strong_cue_and_more_place_votes() -> None:
    assert is_place([("p", _mentions("Norvania"))], {"p": TEXT})
    assert not is_place([("p", _mentions("Congress"))], {"p": TEXT})  # only "in": no strong cue
    assert not is_place([("p", _mentions("Halvard"))], {"p": TEXT})
    # A demonym on the page is a strong place vote of its own.
    people = "Halvard said the Halvardians were safe."
    assert is_place(
        [("q", _mentions("Halvard").model_copy(update={"mentions": []}))], {"q": people}
    )
