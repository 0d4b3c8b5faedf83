"""Who speaks, on short invented passages: a speaker is a person, group, organisation or text;
pronouns and roles stand for what the paragraph is about; unnamed people are unattributed."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analyze.speaking import quotes, said


def test_pronoun_is_the_paragraphs_subject_not_the_last_name(nlp: Language) -> None:
    text = (
        "Senator Ola Berg criticised the plan after meeting the transport minister, Nils Dahl.\n"
        "“This plan will sink the port,” he tweeted."
    )
    assert said(nlp, text, "sink the port").speaker == "Ola Berg"


def test_pronoun_takes_the_person_whose_gender_fits(nlp: Language) -> None:
    text = (
        "Kari Lund said her husband was hurt when the ferry tipped.\n"
        "Per Ek, who was on board with his son, spoke of a loud bang.\n"
        "“People were screaming,” she said."
    )
    assert said(nlp, text, "People were screaming").speaker == "Kari Lund"


def test_a_spokesman_speaks_for_the_organisation_of_the_paragraph(nlp: Language) -> None:
    text = (
        "The Varnby Water Board confirmed the dam had been closed.\n"
        "A spokesman added: “We are monitoring the level every hour.”"
    )
    q = said(nlp, text, "monitoring the level")
    assert q.speaker == "Varnby Water Board"
    assert q.speaker_description == "A spokesman"


def test_the_statement_speaks_for_the_company(nlp: Language) -> None:
    text = (
        "Ferrolink said on Thursday that its ferries would stay in port.\n"
        "“Engineers found a crack in the hull of the largest ship,” the statement said."
    )
    assert said(nlp, text, "crack in the hull").speaker == "Ferrolink"


def test_his_office_is_that_persons_office(nlp: Language) -> None:
    text = (
        "President Tove Lindqvist spoke to parliament on Monday.\n"
        "His office said on Tuesday that Norvania will “take countermeasures” soon."
    )
    assert said(nlp, text, "countermeasures").speaker == "Tove Lindqvist's office"


def test_this_country_is_the_country_last_named(nlp: Language) -> None:
    text = (
        "While Norvania has not confirmed the plan, this country has warned that it will send "
        "boats to the coast."
    )
    assert said(nlp, text, "send boats").speaker == "Norvania"


def test_names_joined_by_and_speak_as_the_first(nlp: Language) -> None:
    text = (
        "Ostland and the North have grown closer, with Varnby and Hallen saying Ostland had "
        "sent boats to the coast."
    )
    assert said(nlp, text, "sent boats").speaker == "Varnby"


def test_they_after_a_pair_is_the_pair_speaker(nlp: Language) -> None:
    text = (
        "Mara Lindqvist and Tomas Berg said in a joint statement that they would stay friends. "
        "They added that the decision was mutual."
    )
    assert said(nlp, text, "stay friends").speaker == "Mara Lindqvist"
    assert said(nlp, text, "decision was mutual").speaker == "Mara Lindqvist"


@pytest.mark.parametrize(
    "text,words",
    [
        ("One man told the Herald his wife had been trapped in the cabin.", "trapped"),
        ("Some passengers said the captain had fallen asleep at the wheel.", "fallen asleep"),
        ("A militant told reporters the talks with the government had failed.", "talks"),
    ],
)
def test_unnamed_people_are_unattributed(nlp: Language, text: str, words: str) -> None:
    q = said(nlp, text, words)
    assert q.speaker is None
    assert q.speaker_start is not None  # the attribution is still where it was


def test_a_time_or_an_object_is_no_speaker(nlp: Language) -> None:
    text = "Such a meeting would change little, given that the storm report denied any damage."
    assert all(q.speaker != "Such a meeting" for q in quotes(nlp, text))
    assert not [q for q in quotes(nlp, "Some 700 customers had so called “sensitive” data lost.")]


def test_a_named_apposition_names_the_speaker(nlp: Language) -> None:
    text = 'One of the sailors, Rune Tveit, said: "We were kept below deck for two days."'
    assert said(nlp, text, "below deck").speaker == "Rune Tveit"


def test_age_refers_back_to_the_person(nlp: Language) -> None:
    text = (
        "Arvid Moen, whose house overlooks the harbour, heard the crash.\n"
        "The 76-year-old said: “I thought it was a lorry hitting the garage doors.”"
    )
    assert said(nlp, text, "garage doors").speaker == "Arvid Moen"


def test_a_relative_sharing_the_surname_is_not_the_namesake(nlp: Language) -> None:
    text = (
        "Martin Vale was hurt in the crash and taken to hospital.\n"
        "Vale, the father of Martin Vale, said the family had been told very little."
    )
    assert said(nlp, text, "told very little").speaker != "Martin Vale"
    text = "Martin Vale was hurt in the crash.\nHis mother, Jane Vale, said he was very lucky."
    assert said(nlp, text, "very lucky").speaker == "Jane Vale"


def test_quote_ending_a_sentence_is_not_the_next_sentences(nlp: Language) -> None:
    text = (
        "Tove Brask said: “We saw the wave coming.”\n"
        "“It was chaos.” Police have confirmed a man from Hallen has been arrested."
    )
    assert said(nlp, text, "It was chaos").speaker == "Tove Brask"
    text = "“We saw nothing like it.” Brask said in a statement."
    assert said(nlp, text, "nothing like it").speaker == "Brask"


def test_a_relayed_quote_keeps_its_speaker_and_its_whole_clause(nlp: Language) -> None:
    text = (
        "Tove Brask, 30, a passenger, said the ferry sped up and “everyone just went flying,” "
        "the Varnby Herald reports."
    )
    q = said(nlp, text, "went flying")
    assert q.speaker == "Tove Brask"
    assert q.text.startswith("the ferry sped up and")


def test_a_caption_line_does_not_break_a_quote(nlp: Language) -> None:
    text = (
        "Tove Brask said: “We saw the wave coming over the wall.\n\n"
        "Tove Brask on the ferry crash\n\n"
        "“Then all the lights went out at once.”"
    )
    assert said(nlp, text, "lights went out").speaker == "Tove Brask"


def test_unnamed_sources_share_a_key_by_their_noun(nlp: Language) -> None:
    text = (
        "Recent media reports said the fleet was ready to sail.\n"
        "Reports said the boats had left the harbour before dawn.\n"
        "Norvanian officials said the fleet had not left."
    )
    keys = {q.speaker: q.speaker_key for q in quotes(nlp, text)}
    assert keys["Recent media reports"] == keys["Reports"] == "anon:report"
    assert keys["Norvanian officials"] is None  # a nationality says whose officials
