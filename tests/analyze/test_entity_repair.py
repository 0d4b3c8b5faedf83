"""Repairs of the small model's entity spans, on invented sentences: people NER calls
organisations, organisations it calls people, and strings that are no entity at all."""

from __future__ import annotations

import pytest
from spacy.language import Language

from storyline.analyze.entities import acronym_like, find_entities
from storyline.model import Entity


def entities(nlp: Language, text: str) -> dict[str, Entity]:
    return {e.name: e for e in find_entities(nlp(text))}


def test_an_age_or_her_makes_a_person(nlp: Language) -> None:
    found = entities(nlp, "Kudra Olasenu said her husband was hurt on the ferry.")
    assert found["Kudra Olasenu"].label == "PERSON"
    found = entities(nlp, "Tove Brask, 46, rushed to the harbour when she heard the news.")
    assert found["Tove Brask"].label == "PERSON"
    # An age that ends the sentence is an age too.
    text = "Police questioned the operator, Almira Lines, and detained the captain, Ruben Hask, 58."
    assert entities(nlp, text)["Ruben Hask"].label == "PERSON"


def test_a_name_apposed_after_a_role_is_a_person_unless_it_names_a_firm(nlp: Language) -> None:
    text = "The prime minister, Ilsa Marenko Dahl, will visit Orsa on Friday, her office said."
    assert entities(nlp, text)["Ilsa Marenko Dahl"].label == "PERSON"
    text = "The company's owner, Varnby Holdings, said profits fell."
    assert entities(nlp, text)["Varnby Holdings"].label == "ORG"


def test_a_name_apposed_to_a_noun_for_one_person_is_a_person(nlp: Language) -> None:
    text = '"We had ten minutes to get out," said Petra Lunde, a shopkeeper on Quay Street.'
    assert entities(nlp, text)["Petra Lunde"].label == "PERSON"
    # a name with a firm's word keeps its label whatever noun it is given
    text = "Orsa Holdings, the owner of the boat, said all passengers were safe."
    assert entities(nlp, text)["Orsa Holdings"].label == "ORG"


def test_a_possessive_before_an_organisation_noun_is_an_organisation(nlp: Language) -> None:
    found = entities(nlp, "The injured were taken to St Brendan's Hospital in Varnby.")
    assert found["St Brendan's Hospital"].label == "ORG"
    assert "Hospital" not in found and "St Brendan" not in found


def test_a_name_apposed_to_a_settlement_noun_or_after_mayor_of_is_a_place(
    nlp: Language,
) -> None:
    text = "Solberg told supporters in the capital, Varn, shortly after midnight."
    assert entities(nlp, text)["Varn"].label == "GPE"
    text = "Anders Vik, a former mayor of Varn, told reporters he would appeal."
    assert entities(nlp, text)["Varn"].label == "GPE"


def test_a_name_after_a_lower_case_role_noun_is_a_person(nlp: Language) -> None:
    text = '"We will reach everyone," agency head Murat Ozel told a news conference.'
    assert entities(nlp, text)["Murat Ozel"].label == "PERSON"
    assert entities(nlp, "Shares in lender Norvik Bank fell.")["Norvik Bank"].label == "ORG"


def test_a_time_zone_is_no_organisation(nlp: Language) -> None:
    found = entities(nlp, "The ferry tipped over just after 06:00 GMT near the Varnby pier.")
    assert "GMT" not in found


def test_a_paragraph_opened_in_capitals_is_no_acronym(nlp: Language) -> None:
    text = (
        "CREDIT monitoring company Varncorp has admitted more customers were hit.\n"
        "Lenders rely on credit bureaus to approve loans."
    )
    found = entities(nlp, text)
    assert "CREDIT" not in found and "Varncorp" in found


def test_two_organisations_in_one_span_are_split(nlp: Language) -> None:
    text = "The firm is talking to the Financial Conduct Authority and Information Office."
    found = entities(nlp, text)
    assert {"Financial Conduct Authority", "Information Office"} <= set(found)


def test_a_place_run_into_an_agency_name_is_cut(nlp: Language) -> None:
    text = (
        "Ostland is sending officers to Ostland Varn News.\n"
        "Ostland has not confirmed it. Varn said the fleet was ready."
    )
    found = entities(nlp, "In Ostland, the border was closed. " + text)
    assert "Ostland Varn News" not in found


def test_a_bracketed_acronym_names_the_organisation_everywhere(nlp: Language) -> None:
    text = (
        "He will report it to Transport for Varnby (TfV) and the police.\n"
        "TfV said it was aware of the claims."
    )
    found = entities(nlp, text)
    assert "TfV" in found["Transport for Varnby"].aliases
    assert "TfV" not in found


def test_a_word_opening_an_agency_name_is_the_agency(nlp: Language) -> None:
    # the small model tags the bare agency name as a person
    text = "Officials told Tarkan News Agency on Monday. Tarkan said the vote was close."
    found = entities(nlp, text)
    assert "Tarkan" in found["Tarkan News Agency"].aliases


@pytest.mark.parametrize(
    "text,expected",
    [("NIS", True), ("TfL", True), ("UK", True), ("Mr", False), ("McCann", False), ("Tom", False)],
)
def test_acronym_like(text: str, expected: bool) -> None:
    assert acronym_like(text) is expected


def test_a_kind_of_body_apposed_after_a_persons_of_phrase_describes_the_body(
    nlp: Language,
) -> None:
    # The parser hangs "a campaign group" on the person; it describes the group before it.
    text = '"No one is above the law," said Greta Moll of Clean Velmora, a campaign group.'
    assert "campaign group" not in entities(nlp, text)["Greta Moll"].descriptors
    text = "Tove Brask, a lawyer at Orsa Legal, said so."
    assert entities(nlp, text)["Tove Brask"].descriptors == ["lawyer at Orsa Legal"]


def test_a_name_apposed_to_the_body_a_role_serves_is_the_person(nlp: Language) -> None:
    # The parser hangs the name on "party"; the spokeswoman is the one named.
    text = "A spokeswoman for the ruling party, Nadia Ferro, said the party had expelled him."
    assert entities(nlp, text)["Nadia Ferro"].label == "PERSON"
    text = "A spokesman for the opposition party, the Green Alliance, said it would vote no."
    assert entities(nlp, text)["Green Alliance"].label == "ORG"


def test_a_span_joining_a_person_or_a_unit_to_a_body_is_cut(nlp: Language) -> None:
    text = "Ruiz's agent, Teo Brandt of Brandt Sports Management, said the player wanted a change."
    found = entities(nlp, text)
    assert found["Teo Brandt"].label == "PERSON"
    assert found["Brandt Sports Management"].label == "ORG"
    text = (
        "The scheme was run by Alex Tarrow, director of Policy and Research at Velmora Watch, "
        "a campaign group."
    )
    found = entities(nlp, text)
    assert "Velmora Watch" in found
    assert not any("Policy" in name for name in found)
    # A body's own name keeps its "at" and its "of".
    text = "Ana Ruiz, director of the Center for Ethics at Orsa University, said it was wrong."
    assert "Center for Ethics" in entities(nlp, text)


def test_a_town_after_a_university_is_a_place(nlp: Language) -> None:
    text = "Ana Ruiz of Orsa University, Tarnby, said the data were new."
    assert entities(nlp, text)["Tarnby"].label == "GPE"
    # a list of bodies keeps them bodies
    text = "Students from Orsa University, Harvard, Yale and Tarnby College joined."
    assert entities(nlp, text)["Harvard"].label == "ORG"
