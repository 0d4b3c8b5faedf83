"""Words a statement carries are its owner's: "X's statement said", "a statement released by X
read:", a verbless heading "X's statement after the vote:"; a statement about X is not X's."""

from __future__ import annotations

from spacy.language import Language

from tests.analyze.speaking import quotes, said


def test_a_verbless_heading_names_the_owner(nlp: Language) -> None:
    text = (
        "Veloria fired a rocket over the strait on Monday.\n\n"
        "Marenland's statement following the launch: “We condemn this reckless act and call "
        "for calm.”"
    )
    assert said(nlp, text, "reckless act").speaker == "Marenland"


def test_a_possessive_heading_of_a_named_body(nlp: Language) -> None:
    text = "The Harbor Authority's statement: “We will pay for the damage in full.”"
    assert said(nlp, text, "damage in full").speaker == "Harbor Authority"


def test_a_statement_released_by_a_body_is_its_words(nlp: Language) -> None:
    text = (
        "The dam failed at dawn.\n\n"
        "A statement released by the Harbor Authority read: “All crews are safe and the port "
        "remains open.”"
    )
    assert said(nlp, text, "crews are safe").speaker == "Harbor Authority"


def test_the_statement_of_a_body_said_is_the_body(nlp: Language) -> None:
    text = (
        "The Corvan Rail Company closed the northern line on Sunday.\n\n"
        "The company's statement said the line would reopen within a week."
    )
    quote = said(nlp, text, "reopen within a week")
    assert quote.speaker == "Corvan Rail Company"


def test_a_statement_about_someone_is_not_theirs(nlp: Language) -> None:
    text = (
        "Mayor Tilda Orsk spoke to the council on Monday.\n\n"
        "A statement about Tilda Orsk read: “She misled the council for years.”"
    )
    assert said(nlp, text, "misled the council").speaker != "Tilda Orsk"


def test_a_colon_after_a_clause_with_its_own_verb_is_left_alone(nlp: Language) -> None:
    text = "Mayor Tilda Orsk read the council's statement aloud: “The budget is balanced at last.”"
    found = [q for q in quotes(nlp, text) if "budget is balanced" in q.text]
    assert found and all(q.speaker == "Tilda Orsk" for q in found)


def test_a_heading_with_no_colon_names_the_owner(nlp: Language) -> None:
    text = (
        "Veloria fired a rocket on Monday.\n\n"
        "Marenland's statement following the launch \"The government of Veloria must stop these "
        'tests at once and return to talks."'
    )
    assert said(nlp, text, "stop these tests").speaker == "Marenland"


def test_a_statement_after_the_quote_is_its_owners(nlp: Language) -> None:
    text = (
        "The port reopened on Tuesday.\n\n"
        "“The strike is over and every worker will be paid in full,” a statement released by "
        "the Harbor Authority read."
    )
    assert said(nlp, text, "strike is over").speaker == "Harbor Authority"


def test_read_a_statement_by_her_spokesman(nlp: Language) -> None:
    text = (
        "Mayor Tilda Orsk met the unions on Monday.\n\n"
        "“The city will return to the table next week to settle the dispute,” read a statement "
        "by her spokesman."
    )
    quote = said(nlp, text, "return to the table")  # her spokesman's statement: her words
    assert (quote.speaker, quote.speaker_description) == ("Tilda Orsk", "her spokesman")


def test_a_statement_by_email_has_no_owner_email(nlp: Language) -> None:
    text = (
        "Corvan Rail provided the Gazette a statement by email, which read in part: “Our trains "
        "are safe and our staff are well trained.”"
    )
    assert said(nlp, text, "trains are safe").speaker == "Corvan Rail"
