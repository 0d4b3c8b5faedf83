"""A descriptive second reference ("the gun control advocate", "the league leader") is the one
person of the story described so; with two such people it stays unnamed."""

from __future__ import annotations

from spacy.language import Language

from tests.analyze.speaking import said


def test_the_advocate_is_the_one_person_described_so(nlp: Language) -> None:
    text = (
        "Marta Quill, a gun control advocate, said the new bill was too weak.\n\n"
        "Tom Brannock, a senator, said he would vote for it.\n\n"
        "The gun control advocate said the fight would go on."
    )
    assert said(nlp, text, "fight would go on").speaker == "Marta Quill"


def test_the_leader_of_a_body_is_its_head_by_title(nlp: Language) -> None:
    text = (
        "Harbor League Secretary-General Ilse Varga said the talks would resume on Friday.\n\n"
        "The league leader said the strait must stay open to all ships."
    )
    assert said(nlp, text, "stay open").speaker == "Ilse Varga"


def test_two_people_described_alike_leave_it_unnamed(nlp: Language) -> None:
    text = (
        "Marta Quill, a gun control advocate, said the new bill was too weak.\n\n"
        "Jonas Pell, a gun control advocate from Varnby, said it was a start.\n\n"
        "The gun control advocate said the fight would go on."
    )
    assert said(nlp, text, "fight would go on").speaker not in ("Marta Quill", "Jonas Pell")


def test_a_leader_needs_a_head_title_not_just_the_body(nlp: Language) -> None:
    text = (
        "Harbor League spokesman Ivo Renn said the talks would resume on Friday.\n\n"
        "The league leader said the strait must stay open to all ships."
    )
    assert said(nlp, text, "stay open").speaker != "Ivo Renn"


def test_the_brother_is_the_one_brother_named_before(nlp: Language) -> None:
    text = (
        "Police named the gunman as Rolf Danner, 58, a retired accountant.\n\n"
        "The family moved often, another brother, Emil Danner, of Lund, said. Rolf Danner never "
        "showed any sign of violence, the brother said.\n\n"
        "“He was the calmest of all of us.” Comparing himself to his brother, he said, “I was "
        "always the angry one.”"
    )
    assert said(nlp, text, "sign of violence").speaker == "Emil Danner"
    assert said(nlp, text, "calmest of all").speaker == "Emil Danner"
    assert said(nlp, text, "angry one").speaker == "Emil Danner"


def test_the_brother_again_is_the_person_a_first_the_brother_stood_for(nlp: Language) -> None:
    text = (
        "Sheriff Ana Lopez said the motive was unknown.\n\n"
        "Karl Danner said his family was “shocked” by the news. The brother told KTV that he "
        "knew Rolf Danner owned rifles.\n\n"
        "“Where did he get all those guns? He never served in the army,” the brother said."
    )
    assert said(nlp, text, "all those guns").speaker == "Karl Danner"


def test_of_two_brothers_the_one_the_paragraph_names(nlp: Language) -> None:
    text = (
        "Rolf Danner grew up in Lund with two brothers. Karl Danner, his brother, said Rolf "
        "was a quiet man.\n\n"
        "The family moved often, another brother, Emil Danner, of Malmo, said. Rolf never showed "
        "any sign of violence, the brother said.\n\n"
        "Karl Danner said the family was “shocked”. The brother told KTV that Rolf owned rifles."
        "\n\n“Where did he get all those guns?” the brother said."
    )
    assert said(nlp, text, "sign of violence").speaker == "Emil Danner"
    assert said(nlp, text, "all those guns").speaker == "Karl Danner"


def test_the_sister_after_the_hiker_s_sister_named(nlp: Language) -> None:
    text = (
        "The hiker's sister, Maria Brandl, said he had sent a last text message on Friday. "
        "“He wrote that the fog was coming in,” the sister said."
    )
    assert said(nlp, text, "fog was coming").speaker == "Maria Brandl"
