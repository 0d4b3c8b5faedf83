"""A describing noun after "the" ("the friend told me", "the road safety campaigner wrote") is
the one named person the paragraph, or the one before it, is about; an office ("the judge"),
an unnamed one brought in before ("a friend") or two people leave it unnamed."""

from __future__ import annotations

from spacy.language import Language

from tests.analyze.speaking import said


def test_the_friend_is_the_person_the_paragraph_is_about(nlp: Language) -> None:
    text = (
        "Lena Varga runs the shelter with her friend Mira Holt.\n"
        "Outside, Holt was getting worried. “It took hours,” the friend told me."
    )
    q = said(nlp, text, "It took hours")
    assert q.speaker == "Mira Holt"
    assert q.speaker_description == "the friend"


def test_the_campaigner_is_the_person_of_the_paragraph_before(nlp: Language) -> None:
    text = (
        "Dana Whitfield, the founder of Parents for Safer Roads, posted about the crash.\n"
        "Even Whitfield, the woman who first wrote about it, is tired of the attention.\n"
        '"We should talk about speeding instead," the road safety campaigner wrote on her blog.'
    )
    assert said(nlp, text, "speeding instead").speaker == "Dana Whitfield"


def test_an_office_may_be_someone_new(nlp: Language) -> None:
    text = (
        "Oskar Brandt sued the city of Varnby over the closed harbour.\n"
        "“The claim has no merit,” the judge said."
    )
    assert said(nlp, text, "no merit").speaker != "Oskar Brandt"


def test_an_expert_named_again_by_another_expert_noun(nlp: Language) -> None:
    text = (
        '"The towns voted one way, the farms another," said Ruta Kalve, a political scientist '
        "at Orsa University. She added that turnout had decided the race.\n\n"
        "Hallam's spokesman, Piet Moss, said the president would govern for all.\n\n"
        "Kalve said the opposition's best hope was the two late districts. "
        '"If they flip, the margin could vanish," the professor said.'
    )
    assert said(nlp, text, "margin could vanish").speaker == "Ruta Kalve"


def test_an_unnamed_friend_before_stays_unnamed(nlp: Language) -> None:
    text = (
        "A friend of the family waited by the door.\n"
        "Outside, Mira Holt was getting worried. “It took hours,” the friend told me."
    )
    assert said(nlp, text, "It took hours").speaker != "Mira Holt"


def test_two_people_of_the_paragraph_leave_it_unnamed(nlp: Language) -> None:
    text = (
        "Mira Holt and Lena Varga waited outside. Varga called the police.\n"
        "Holt stayed by the car. “It took hours,” the friend told me."
    )
    q = said(nlp, text, "It took hours")
    assert q.speaker in (None, "Mira Holt")  # the paragraph is about Holt alone


def test_a_noun_of_the_other_sex_is_not_that_person(nlp: Language) -> None:
    text = "Ms. Mira Holt was getting worried by then.\n“It took hours,” the boy's father told me."
    assert said(nlp, text, "It took hours").speaker != "Mira Holt"


def test_the_advocate_is_the_person_of_the_paragraph_before(nlp: Language) -> None:
    text = (
        "Tina Varga posted about the scene on Sunday.\n"
        "Even Varga, the woman who first wrote about it, is tired of the attention.\n"
        '"There was a flood in Brno this weekend," the gun control advocate wrote on Medium.'
    )
    assert said(nlp, text, "flood in Brno").speaker == "Tina Varga"


def test_a_role_noun_inside_quoted_words_brings_in_no_one(nlp: Language) -> None:
    text = (
        'Karl Oskarsson said the crash was his fault. "As a director, you learn things," he said.\n'
        "In the interview, Oskarsson also answered other claims in the Varnby Post.\n"
        'The director said: "I love Peter, but I did not trust him with this work."'
    )
    assert said(nlp, text, "I love Peter").speaker is not None
