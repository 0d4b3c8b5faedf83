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
