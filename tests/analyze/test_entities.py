"""Entities: spaCy's spans repaired, linked within a document, with descriptors."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.analyze.entities import find_entities, slug
from storyline.model import Entity
from storyline.textutil import HONORIFICS


def entities(nlp, text: str) -> list[Entity]:
    return find_entities(nlp(text))


def named(found: list[Entity], name: str) -> Entity:
    matches = [e for e in found if e.name == name]
    assert matches, f"{name!r} not in {[e.name for e in found]}"
    return matches[0]


def mentions_of(found: list[Entity], surface: str) -> list[str]:
    """Canonical names of the entities with a mention written `surface`."""
    return [e.name for e in found for m in e.mentions if m.text == surface]


def test_title_honorific_and_surname_variants_merge(nlp):
    found = entities(
        nlp,
        "South Korean President Yoon Suk Yeol spoke on Monday. Mr Yoon said "
        "Seoul would respond. Opposition lawmakers criticised President Yoon. "
        "Yoon did not reply.",
    )
    yoon = named(found, "Yoon Suk Yeol")
    assert yoon.label == "PERSON"
    assert len(yoon.mentions) == 4
    assert "South Korean President" in yoon.descriptors
    assert not any(e.name.startswith(("Mr", "President")) for e in found)


def test_honorifics_with_or_without_stop_and_their_gender():
    assert HONORIFICS["mrs"] == HONORIFICS["mrs."] == HONORIFICS["dame"] == "f"
    assert HONORIFICS["mr."] == HONORIFICS["sir"] == "m" and HONORIFICS["dr."] == ""
    assert "president" not in HONORIFICS  # a role title, kept as a descriptor
    assert "m." not in HONORIFICS  # an initial more often than "monsieur"


def test_acronym_joins_long_form(nlp):
    found = entities(
        nlp,
        "South Korea's National Intelligence Service (NIS) said on Friday that "
        "troops had arrived. NIS added that more would follow.",
    )
    nis = named(found, "National Intelligence Service")
    assert nis.label == "ORG"
    assert "NIS" in nis.aliases
    assert len(nis.mentions) == 3
    assert not [e for e in found if e.name == "NIS"]


def test_possessive_affiliation_and_surname(nlp):
    found = entities(
        nlp,
        "“We will see,” said Naoko Aoki, a political scientist at the think "
        "tank. “North Korea would not want a war,” said RAND’s Aoki.",
    )
    aoki = named(found, "Naoko Aoki")
    assert len(aoki.mentions) == 2
    assert "of RAND" in aoki.descriptors
    assert "political scientist at the think tank" in aoki.descriptors
    assert named(found, "RAND").label == "ORG"


def test_hyphen_variants_are_one_person(nlp):
    found = entities(
        nlp, "Kim Jong-un met Vladimir Putin in June. Kim Jong Un later praised the treaty."
    )
    kims = [e for e in found if e.name in ("Kim Jong-un", "Kim Jong Un")]
    assert len(kims) == 1 and len(kims[0].mentions) == 2


def test_different_given_names_stay_apart_and_mr_goes_to_compatible(nlp):
    found = entities(
        nlp,
        "North Korean leader Kim Jong Un inspected the troops. Ms Kim Yo Jong, "
        "the powerful sister of Mr Kim, rubbished the talk. Mr Kim has identified "
        "an opportunity.",
    )
    leader, sister = named(found, "Kim Jong Un"), named(found, "Kim Yo Jong")
    assert leader.key != sister.key
    assert len(leader.mentions) == 3  # both "Mr Kim"
    assert len(sister.mentions) == 1
    assert "powerful sister of Mr Kim" in sister.descriptors
    assert "North Korean leader" in leader.descriptors


def test_apposition_and_premodifier_descriptors(nlp):
    found = entities(
        nlp,
        "“It is unlikely,” said Nah Liang Tuang, a researcher at Singapore’s "
        "S. Rajaratnam School of International Studies. Kremlin spokesman Dmitry "
        "Peskov told reporters it is Russia’s sovereign right.",
    )
    assert named(found, "Nah Liang Tuang").descriptors == [
        "researcher at Singapore’s S. Rajaratnam School of International Studies"
    ]
    assert named(found, "Dmitry Peskov").descriptors == ["Kremlin spokesman"]


def test_spacy_slips_are_repaired(nlp):
    found = entities(
        nlp,
        "Analysts at the Brookings Institution's Korea desk disagree. "
        "“It is not a threat,” Dayez-Burgeon said. Pascal Dayez-Burgeon is a "
        "former diplomat.",
    )
    names = {e.name for e in found}
    assert "Brookings Institution" in names  # no leading "the", no trailing possessive
    person = named(found, "Pascal Dayez-Burgeon")
    assert person.label == "PERSON" and len(person.mentions) == 2


def test_keys_are_unique_slugs(nlp):
    found = entities(nlp, "Georgia voted. The Georgia Senate met in Georgia. Ms Georgia spoke.")
    keys = [e.key for e in found]
    assert len(keys) == len(set(keys))
    assert slug("Kim Jong-un") == "kim-jong-un"
    assert slug("King’s College London") == "kings-college-london"


def test_mention_offsets_point_into_the_text(nlp):
    text = "Mr Sean King, Asia specialist at Park Strategies, said Mr King was right."
    for entity in entities(nlp, text):
        for m in entity.mentions:
            assert text[m.start : m.end] == m.text


# ------------------------------------------------------------------ seeds


@pytest.fixture(scope="session")
def seed_entities(nlp, seeds_dir: Path) -> dict[str, list[Entity]]:
    return {p.name[:3]: find_entities(nlp(p.read_text())) for p in sorted(seeds_dir.glob("*.txt"))}


def test_seeds_yoon_variants_merge_within_each_document(seed_entities):
    for doc, full in (
        ("000", "Yoon Seok Yeol"),
        ("001", "Yoon Suk Yeol"),
        ("002", "Yoon Suk Yeol"),
        ("003", "Yoon Suk Yeol"),
    ):
        people = [e for e in seed_entities[doc] if "yoon" in e.key.split("-")[:1]]
        assert [e.name for e in people] == [full], doc
    assert len(named(seed_entities["003"], "Yoon Suk Yeol").mentions) == 2  # + "Mr Yoon"


def test_seeds_nis_and_descriptors(seed_entities):
    nis = named(seed_entities["003"], "National Intelligence Service")
    assert "NIS" in nis.aliases and len(nis.mentions) >= 4
    nah = named(seed_entities["000"], "Nah Liang Tuang")
    assert (
        "researcher at Singapore’s S. Rajaratnam School of International Studies" in nah.descriptors
    )
    assert len(nah.mentions) == 4
    assert "Kremlin spokesman" in named(seed_entities["003"], "Dmitry Peskov").descriptors
    kims = {e.name for e in seed_entities["003"] if e.name.startswith("Kim")}
    assert kims == {"Kim Jong Un", "Kim Yo Jong"}
    assert "of RAND" in named(seed_entities["000"], "Naoko Aoki").descriptors


def test_title_makes_a_person_and_bracketed_acronym_joins(nlp):
    found = entities(
        nlp,
        "The National Agency for Civil Protection (NCPA) said 9 000 people "
        "had left. NCPA officials met prime minister Ilsa Marenko Dahl.",
    )
    agency = named(found, "National Agency for Civil Protection")
    assert "NCPA" in agency.aliases and len(agency.mentions) == 3
    assert named(found, "Ilsa Marenko Dahl").label == "PERSON"


def test_organisation_short_forms_and_company_appositions(nlp):
    found = entities(
        nlp,
        "Apple unveiled a phone on Monday. Apple Inc. said sales were strong. "
        "The Prime Minister applauded Singapore Airlines (SIA) - the recipient "
        "carrier - and SIA thanked him.",
    )
    apple = named(found, "Apple Inc.")
    assert len(apple.mentions) == 2
    sia = named(found, "Singapore Airlines")
    assert sia.label == "ORG" and "SIA" in sia.aliases  # "carrier" is not a person's role


def test_a_portfolio_before_secretary_does_not_join_another_country_s_ministry(nlp):
    found = entities(
        nlp,
        "Norvania's Defense Ministry said the military had fired a missile in response.\n\n"
        "U.S. Defense Secretary Jim Mattis called the launch reckless.",
    )
    assert mentions_of(found, "Defense Ministry") == ["Defense Ministry"]
    assert mentions_of(found, "Defense") == []  # the Secretary's office, not the ministry


def test_a_title_case_verb_ends_the_name_ner_ran_on_into(nlp):
    found = entities(
        nlp,
        "'Tarn Airways Needs Sensitivity Training for its crews!' wrote Ola Brenn.\n\n"
        "Tarn Airways said it would review the flight.",
    )
    assert mentions_of(found, "Tarn Airways") == ["Tarn Airways", "Tarn Airways"]
