"""In-page linking: a body of its own whose name opens with an organisation's or a town's name
(a league, a foundation, a police department) is not that organisation or town."""

from __future__ import annotations

from spacy.language import Language

from storyline.analyze.entities import find_entities
from storyline.names import sub_body


def test_the_words_after_an_organisation_name_a_body_of_its_own() -> None:
    assert sub_body(("youth", "league"))
    assert sub_body(("foundation",))
    assert sub_body(("police", "department"), page=True)
    assert not sub_body(("university",))  # "Orsa University" is the Orsa a page writes
    assert not sub_body(("news", "agency"), page=True)  # an agency is what Tarkan is
    assert not sub_body(("inc",))
    # the head an "of"/"for" phrase closes: "Orsa Institute for Policy" is not Orsa
    assert sub_body(("institute", "for", "policy"), page=True)
    assert sub_body(("council", "of", "elders"))
    assert not sub_body(("bank", "of", "tarnland"), page=True)


def test_a_league_and_a_foundation_do_not_absorb_their_founder(nlp: Language) -> None:
    text = (
        "The TBL Development League said on Monday that the TBL would review the game. "
        "The Orsa Foundation gave money to the school, and Orsa said it was glad to help."
    )
    found = {e.name: e for e in find_entities(nlp(text))}
    for body, short in (("TBL Development League", "TBL"), ("Orsa Foundation", "Orsa")):
        assert body in found
        assert short not in found[body].aliases


def test_a_town_is_not_its_police_department(nlp: Language) -> None:
    text = (
        "He lived in a quiet retirement community in Varnby, and he bought two rifles at a "
        "shop in Varnby last year. The Varnby Police Department said it had never stopped him."
    )
    found = {e.name: e for e in find_entities(nlp(text))}
    police = found["Varnby Police Department"]
    assert [m.text for m in police.mentions] == ["Varnby Police Department"]


def test_an_acronym_of_the_part_after_a_possessive_is_another_name(nlp: Language) -> None:
    text = (
        "The Democratic People's Union of Tarn Varnia (DPUTV) fired a rocket on Monday. The "
        "DPUTV said it was a test. The UTV said it would respond, and the UTV spoke again."
    )
    found = {e.name: e for e in find_entities(nlp(text))}
    long_form = found["Democratic People's Union of Tarn Varnia"]
    assert "DPUTV" in long_form.aliases
    assert "UTV" not in long_form.aliases


def test_a_bare_name_opening_a_firm_and_a_person_tagged_unit_joins_neither(
    nlp: Language,
) -> None:
    # NER reads "Hanmok Retail" as a person: the bare "Hanmok" (the group) is not that unit
    text = (
        "The crisis at Hanmok has opened a rift within the founding Park family.\n"
        "Park Seo-yeon, chief executive of Hanmok Retail, said in a rare interview that her "
        'brother should "answer every question". Ms Park said: "The company is bigger than '
        'our family."\nHer cousin, Park Hyun-tae, the son of co-founder Park Dong-chul, sits '
        "on the board of Hanmok Heavy Industries."
    )
    for e in find_entities(nlp(text)):
        if e.name.startswith("Hanmok "):
            assert [m.text for m in e.mentions] == [e.name], e
