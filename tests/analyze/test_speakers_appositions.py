"""A role's holder named beside the role's client, and a name's owner before a role."""

from __future__ import annotations

from spacy.language import Language

from tests.analyze.speaking import said


def test_the_name_beside_a_named_client_holds_the_role(nlp: Language) -> None:
    text = '"We will appeal the ruling next week," a lawyer for Carter, Paul Baker, told reporters.'
    quote = said(nlp, text, "appeal")
    assert (quote.speaker, quote.speaker_description) == ("Paul Baker", "lawyer for Carter")


def test_the_name_beside_a_client_described_as_a_person_is_the_client(nlp: Language) -> None:
    text = '"We will appeal next week," a lawyer for his mother, Jane Doe, told reporters.'
    assert said(nlp, text, "appeal").speaker != "Jane Doe"


def test_an_owner_before_a_role_is_not_the_speaker(nlp: Language) -> None:
    quote = said(
        nlp,
        "Skipper Tom Hale sold his share of the trawler to his brother, Aldo. "
        '"Tom Hale has sold his share of the trawler to his brother," Hale\'s lawyer, Paul J. '
        "Baker, said in a statement.",
        "sold his share",
    )
    assert quote.speaker == "Paul J. Baker"


def test_a_name_before_a_comma_in_its_description_phrase_speaks(nlp: Language) -> None:
    text = (
        '"The attack was carried out by a soldier of the movement," Reuters cited the Zawra, '
        "rebel-affiliated website."
    )
    quote = said(nlp, text, "soldier of the movement")
    assert (quote.speaker, quote.speaker_description) == ("Zawra", "rebel-affiliated website")


def test_a_list_of_nations_before_the_speakers_stays_one_group(nlp: Language) -> None:
    text = '"The talks have failed," British, French and German diplomats said on Monday.'
    assert said(nlp, text, "talks have failed").speaker == "British, French and German diplomats"


def test_a_body_named_after_its_description_speaks(nlp: Language) -> None:
    text = (
        "The cause of the blaze is under investigation. A grid operator, Velden Energy, said "
        "it was reviewing whether its equipment played a role."
    )
    quote = said(nlp, text, "reviewing whether")
    assert (quote.speaker, quote.speaker_description) == ("Velden Energy", "grid operator")


def test_a_body_in_a_list_of_speakers_is_not_read_as_a_description(nlp: Language) -> None:
    text = "The union and Velden Energy said talks on pay would resume on Monday."
    assert said(nlp, text, "talks on pay").speaker != "Velden Energy"
