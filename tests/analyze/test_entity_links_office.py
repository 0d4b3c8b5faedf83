"""A bare name after a role title joins a full name it only opens (a given name) only when the
titles do not name two offices (our own fictional sentences)."""

from __future__ import annotations

from spacy.language import Language

from storyline.analyze.entities import find_entities
from tests.analyze.linking import entity_of


def test_a_president_is_not_the_spokesman_whose_given_name_he_shares(nlp: Language) -> None:
    text = (
        "President Tanko said the government had not paid a ransom. Presidential spokesman "
        'Tanko Musa denied reports that money changed hands. "No ransom was paid," Musa said.'
    )
    assert entity_of(nlp, text, "President Tanko", "Tanko") != "Tanko Musa"
    assert entity_of(nlp, text, "Musa said", "Musa") == "Tanko Musa"


def test_a_family_name_first_keeps_its_shared_title(nlp: Language) -> None:
    text = (
        "President Park Soyeon of Dalvania met the envoy on Monday. President Park said the "
        "talks were useful."
    )
    assert entity_of(nlp, text, "President Park said", "Park") == "Park Soyeon"


def test_an_untitled_full_name_still_takes_the_titled_surname(nlp: Language) -> None:
    text = "Lena Ferro arrived in Tarnby on Monday. Governor Ferro said the roads were open."
    assert entity_of(nlp, text, "Governor Ferro", "Ferro") == "Lena Ferro"


def test_a_bare_name_given_an_age_is_someone_of_their_own(nlp: Language) -> None:
    text = (
        "First Lady Aisha Tanko visited the freed women on Friday. Aisha, 19, one of the "
        'freed women, said the captors fed them once a day. "We ate leaves," Aisha said. '
        '"Every one of these girls will go back to school," Mrs Tanko said.'
    )
    assert entity_of(nlp, text, "Aisha, 19", "Aisha") != "Aisha Tanko"


def test_a_bare_name_apposed_to_a_plain_noun_is_someone_of_their_own(nlp: Language) -> None:
    text = (
        "Nurse Grace Obi treated the women at the clinic. Another pupil, Grace, said she had "
        "walked for two days."
    )
    assert entity_of(nlp, text, "pupil, Grace", "Grace") != "Grace Obi"


def test_a_first_lady_is_a_person_with_her_title(nlp: Language) -> None:
    text = (
        "Aisha, a 19-year-old who was taken from her dormitory, said the captors moved the "
        "women often. First Lady Aisha Tanko said the government would pay for their education."
    )
    people = [e for e in find_entities(nlp(text)) if e.label == "PERSON"]
    assert [(e.name, e.descriptors) for e in people] == [
        ("Aisha", []),
        ("Aisha Tanko", ["First Lady"]),
    ]


def test_a_titled_surname_is_the_namesake_holding_that_title(nlp: Language) -> None:
    text = (
        "Police arrested Jonas Keller, a nephew of President Anton Keller, on Tuesday. "
        '"No one is above the law," President Keller said. Finance Minister Markus Keller '
        "said the ministry would review every contract."
    )
    assert entity_of(nlp, text, "President Keller", "Keller") == "Anton Keller"


def test_a_titled_surname_is_neither_a_minister_nor_a_relative(nlp: Language) -> None:
    text = (
        "Finance Minister Markus Keller published the contracts of Jonas Keller, the "
        "president's nephew, on Friday. Keller said two contracts were too dear. President "
        'Keller welcomed the list. "Openness is the best answer," he said.'
    )
    found = entity_of(nlp, text, "President Keller", "Keller")
    assert found not in ("Markus Keller", "Jonas Keller")


def test_a_name_run_on_into_its_verb_ends_before_it(nlp: Language) -> None:
    text = (
        "Environment Minister John Halvorsen ordered a review.\n\n"
        '"I will not move 2,000 people on the basis of one paper," John Halvorsen told Nordwire.'
    )
    names = {e.name for e in find_entities(nlp(text))}
    assert "John Halvorsen" in names and not any("told" in n for n in names)


def test_a_father_named_without_his_sons_suffix_is_the_father(nlp: Language) -> None:
    text = (
        'The victim, Tom Vale Jr., was a student at Orsa College. "I want answers," his '
        "father Tom Vale told reporters."
    )
    assert entity_of(nlp, text, "father Tom Vale", "Tom Vale") == "Tom Vale"


def test_the_son_named_again_without_his_suffix_is_still_the_son(nlp: Language) -> None:
    text = "Tom Vale Jr. won the race on Sunday. Tom Vale said he had trained for a year."
    assert entity_of(nlp, text, "Tom Vale said", "Tom Vale") == "Tom Vale Jr."


def test_a_titled_surname_is_not_a_namesake_described_by_a_trade_only(nlp: Language) -> None:
    text = (
        "Farmer Erik Solberg, who lost 40 sheep, said the warnings came too late. "
        "Minister Solberg visited the school on Sunday."
    )
    assert entity_of(nlp, text, "Minister Solberg", "Solberg") != "Erik Solberg"
    assert entity_of(nlp, text, "Erik Solberg, who", "Erik Solberg") == "Erik Solberg"


def test_a_chairman_is_not_his_son_the_vice_chairman(nlp: Language) -> None:
    text = (
        "Hanmok Group Chairman Park Dong-sik resigned on Tuesday as prosecutors widened a probe "
        "into alleged accounting fraud at the conglomerate's shipbuilding unit, Hanmok Heavy "
        "Industries.\nPark, 72, founded the company with his late brother Park Dong-chul in "
        "1979. His son, Park Jin-woo, vice chairman of Hanmok Heavy Industries, was questioned "
        'by prosecutors last week.\n"I take full responsibility," Chairman Park said.'
    )
    assert entity_of(nlp, text, "Chairman Park said", "Park") != "Park Jin-woo"


def test_an_honorific_before_a_full_name_it_only_opens_names_another_family(
    nlp: Language,
) -> None:
    text = (
        "Ms. Tanko said she had not heard from her daughter since March. Tanko Ibrahim said "
        "the families would travel to the capital."
    )
    assert entity_of(nlp, text, "Ms. Tanko said", "Tanko") != "Tanko Ibrahim"


def test_an_honorific_after_a_family_name_first_still_joins_it(nlp: Language) -> None:
    text = (
        "Park Jin-woo, vice chairman of Hanmok Heavy Industries, left the court on Friday. "
        "Mr. Park declined to comment."
    )
    assert entity_of(nlp, text, "Mr. Park", "Park") == "Park Jin-woo"
