"""Speakers named across pages: an office alone ("the prime minister said") is the story's one
holder of that office another page names ("Prime Minister Deniz Arslan"), while a trade, or an
office two people hold, names no one; an owner spelled two ways ("Ilsa Marenko Dahl's office",
"Ilsa Marenko-Dahl's office") is one speaker."""

from __future__ import annotations

from storyline.model import EntityProfile
from storyline.synthesize.speaker_titles import fuller_bodies, sole_bodies, sole_title_holders
from tests.synthesize.test_quotes_holders import _quote, _speakers

ARSLAN = EntityProfile(key="arslan", name="Deniz Arslan", label="PERSON", roles=["Prime Minister"])
SEZER = EntityProfile(key="sezer", name="Aylin Sezer", label="PERSON", roles=["Governor"])
ROSS = EntityProfile(key="ross", name="Ola Ross", label="PERSON", roles=["Foreign Minister"])
AYDIN = EntityProfile(key="aydin", name="Selin Aydin", label="PERSON", roles=["teacher"])


def test_the_sole_holder_of_each_office() -> None:
    found = sole_title_holders([ARSLAN, SEZER, ROSS, AYDIN])
    assert found["the prime minister"] is ARSLAN
    assert found["the governor"] is SEZER
    assert "the minister" not in found  # two ministers: which one is not said
    assert "the teacher" not in found  # a trade, not an office


def test_an_office_alone_on_another_page_is_its_holder() -> None:
    one = "Prime Minister Deniz Arslan flew to Belmir on Tuesday.\n"
    two = 'Arslan rejected the criticism. "Not now," the prime minister said.\n'
    pages = {
        "a": (one, [_quote(one, "flew to Belmir", "Deniz Arslan", "arslan")], [ARSLAN]),
        "b": (two, [_quote(two, "Not now", "the prime minister", None, "the prime minister")], []),
    }
    assert _speakers(pages) == {"Deniz Arslan"}


def test_an_owner_spelled_two_ways_gives_one_speaker() -> None:
    dahl = EntityProfile(
        key="dahl", name="Ilsa Marenko-Dahl", label="PERSON", aliases=["Ilsa Marenko Dahl"]
    )
    one = "Ilsa Marenko Dahl will visit Orsa, her office said.\n"
    two = "Ilsa Marenko-Dahl will visit Keld, her office said.\n"
    pages = {
        "a": (
            one,
            [_quote(one, "visit Orsa", "Ilsa Marenko Dahl's office", None, "her office")],
            [],
        ),
        "b": (
            two,
            [_quote(two, "visit Keld", "Ilsa Marenko-Dahl's office", None, "her office")],
            [],
        ),
    }
    pages["a"][2].append(dahl)
    assert _speakers(pages) == {"Ilsa Marenko-Dahl's office"}


DOCKERS = EntityProfile(key="dockers", name="Varnhaven Dockers Union", label="ORG")
TRANSPORT = EntityProfile(key="transport", name="Ministry of Transport", label="ORG")
HEALTH = EntityProfile(key="health", name="Ministry of Health", label="ORG")


def test_the_sole_body_of_each_kind() -> None:
    found = sole_bodies([DOCKERS, TRANSPORT, HEALTH, ARSLAN])
    assert found["the union"] is DOCKERS
    assert "the ministry" not in found  # two ministries: which one is not said


def test_a_kind_of_body_alone_on_another_page_is_that_body() -> None:
    one = "The Varnhaven Dockers Union said 2,400 members walked out.\n"
    two = "The union said 2,400 of its members were on strike.\n"
    pages = {
        "a": (one, [_quote(one, "2,400 members walked out", "Varnhaven Dockers Union",
                           "dockers")], [DOCKERS]),
        "b": (two, [_quote(two, "2,400 of its members", "The union", "anon:union")], []),
    }  # fmt: skip
    assert _speakers(pages) == {"Varnhaven Dockers Union"}


def test_a_surname_tagged_as_an_organisation_is_the_person_of_that_surname() -> None:
    okonkwo = EntityProfile(key="lars", name="Lars Okonkwo", label="PERSON")
    tagged = EntityProfile(key="okonkwo", name="Okonkwo", label="ORG")
    one = "Chief executive Lars Okonkwo said the offer stood.\n"
    two = "Okonkwo said in a statement that the strike cost millions.\n"
    pages = {
        "a": (one, [_quote(one, "the offer stood", "Lars Okonkwo", "lars")], [okonkwo]),
        "b": (two, [_quote(two, "the strike cost millions", "Okonkwo", "okonkwo")], [tagged]),
    }
    assert _speakers(pages) == {"Lars Okonkwo"}


def test_a_body_in_short_and_full_words_is_one_speaker_by_its_full_words() -> None:
    one = "Cases rose to 65 on Tuesday, the regional health agency said.\n"
    two = "Of the 65 cases, 11 are children, the agency said.\n"
    pages = {
        "a": (one, [_quote(one, "Cases rose to 65", "the regional health agency")], []),
        "b": (two, [_quote(two, "11 are children", "the agency", "anon:agency")], []),
    }
    assert _speakers(pages) == {"The regional health agency"}


def test_two_bodies_of_one_kind_stay_two() -> None:
    found = fuller_bodies(["the maritime agency", "the regional health agency", "the agency"])
    assert found == {}
    assert fuller_bodies(["The agency", "the Kestrian agency"]) == {}  # whose: the name says


ELSA = EntityProfile(key="elsa", name="Elsa Brandt", label="PERSON", roles=["union president"])
JONAS = EntityProfile(key="jonas", name="Jonas Brandt", label="PERSON")


def test_a_bare_surname_is_the_namesake_the_page_does_not_introduce() -> None:
    one = "Union president Elsa Brandt said the strike would go on.\n"
    two = (
        "Brandt said the union would attend. Her brother, Jonas Brandt, said members would vote.\n"
    )
    pages = {
        "a": (one, [_quote(one, "the strike would go on", "Elsa Brandt", "elsa")], [ELSA]),
        "b": (two, [_quote(two, "the union would attend", "Brandt"),
                    _quote(two, "members would vote", "Jonas Brandt", "jonas")], [JONAS]),
    }  # fmt: skip
    assert _speakers(pages) == {"Elsa Brandt", "Jonas Brandt"}
