"""A name the tagger called an organisation is a place when the story's wording says so."""

from __future__ import annotations

from storyline.model import Entity, Mention
from storyline.synthesize.places import is_place, place_cue, state_name

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


def test_a_countrys_official_long_form_is_a_place() -> None:
    assert state_name("Democratic People's Republic of Norvania")
    assert state_name("the Kingdom of Norvania")
    assert state_name("Grand Duchy of Tarn")
    assert state_name("the Norvanian People's Republic")
    assert state_name("Republic of the Seravin Isles")


def test_a_body_of_the_state_or_a_bare_kind_of_state_is_no_country() -> None:
    assert not state_name("Embassy of the Republic of Norvania")
    assert not state_name("Republic of Norvania Navy")
    assert not state_name("Bank of the Republic")
    assert not state_name("Norvania Republic News Agency")
    assert not state_name("the Republic")
    assert not state_name("United Kingdom Athletics")


def test_a_long_form_outweighs_its_acronym_tagged_an_organisation() -> None:
    text = (
        "The Democratic People's Republic of Norvania (DPRN) fired a rocket on Monday.\n"
        "The DPRN said the test was a success. The DPRN will fire again, the DPRN said.\n"
    )
    long_form = "Democratic People's Republic of Norvania"
    mentions = [Mention(text=long_form, start=4, end=4 + len(long_form))]
    mentions += [
        Mention(text="DPRN", start=i, end=i + 4)
        for i in range(len(text))
        if text.startswith("DPRN", i)
    ]
    entity = Entity(key="dprn", name=long_form, label="ORG", mentions=mentions)
    assert is_place([("p", entity)], {"p": text})
