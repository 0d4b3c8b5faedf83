"""Roles the parser reads as names, on short invented passages: a role written as an acronym
("the MVP", "the family's local MP, X,"), the person a sentence made that role's holder, a role
in apposition that runs on into the cue after the name ending the reported words, and a given
name NER took for a firm beside a person noun ("Holt's wife, Karin,")."""

from __future__ import annotations

from spacy.language import Language

from storyline.analyze.speaker_acronym import role_acronym
from tests.analyze.speaking import quotes, said


def test_an_acronym_role_is_its_holder_not_an_organisation(nlp: Language) -> None:
    text = (
        "Tomi Vasker scored the winner in extra time. Vasker was named MVP.\n"
        "“This trophy belongs to the fans,” the MVP said."
    )
    assert said(nlp, text, "trophy belongs").speaker == "Tomi Vasker"


def test_an_unknown_acronym_role_is_no_organisation_name(nlp: Language) -> None:
    text = "Ruiz scored twice in the final. “I am so happy,” the MVP said."
    assert said(nlp, text, "so happy").speaker != "MVP"


def test_the_name_apposed_to_an_acronym_role_speaks(nlp: Language) -> None:
    text = (
        "The family's local MP, Tomas Brenner, said he had been in contact with the Foreign "
        "Office every week."
    )
    q = said(nlp, text, "in contact with")
    assert q.speaker == "Tomas Brenner"
    assert "MP" in (q.speaker_description or "")


def test_role_acronym_words(nlp: Language) -> None:
    doc = nlp("The MVP and the CEO met the MP from NATO in the USA.")
    found = {t.text for t in doc if role_acronym(t)}
    assert found == {"MVP", "CEO", "MP"}


def test_a_role_after_the_name_ending_the_reported_words_speaks(nlp: Language) -> None:
    text = (
        "Prosecutors will ask for a prison sentence of five years for former Brellin mayor "
        "Anton Vesk, a spokesman for the prosecution service said Thursday."
    )
    q = said(nlp, text, "prison sentence")
    assert q.speaker != "Anton Vesk"
    assert q.text.endswith("Anton Vesk")  # the name is the end of the reported words


def test_a_name_with_its_role_bracketed_by_commas_still_speaks(nlp: Language) -> None:
    for text in (
        "Anton Vesk, a spokesman for the prosecution service, said the sentence was fair.",
        "Anton Vesk, a spokesman for the prosecution service said the sentence was fair.",
    ):
        assert said(nlp, text, "sentence was fair").speaker == "Anton Vesk"


def test_a_given_name_read_as_a_firm_beside_a_person_noun_is_a_she(nlp: Language) -> None:
    text = (
        "Dag Holt's wife, Karin, said the family was proud of him. “He gave everything,” she "
        "said. “He will come back stronger,” Holt said."
    )
    assert said(nlp, text, "gave everything").speaker == "Karin"
    assert said(nlp, text, "come back stronger").speaker == "Dag Holt"
    assert all(q.speaker for q in quotes(nlp, text))


def test_the_society_is_the_society_the_page_named(nlp: Language) -> None:
    text = (
        "According to a statement from the Red Lantern Society, which employs the three, the "
        "workers will be flown home on Monday.\n"
        "“Our colleagues showed extraordinary courage,” the society said in the statement."
    )
    assert said(nlp, text, "extraordinary courage").speaker == "Red Lantern Society"


def test_a_parenthetical_pronoun_is_not_the_subject_it_interrupts(nlp: Language) -> None:
    for text in (
        "Grent backed the manager. Holt, he added, was “the right man for the job.”",
        "Grent backed the manager. Holt, he said, is the right man for the job.",
    ):
        assert said(nlp, text, "right man").speaker == "Grent"
    text = "Hale lost the appeal. Hale, his lawyer said, will appeal again."
    assert said(nlp, text, "appeal again").speaker == "Hale's lawyer"


def test_a_possessor_parsed_as_the_subject_yields_to_its_role(nlp: Language) -> None:
    text = (
        "“It was a penalty,” he said.\n"
        "The referee, Karl Osten, declined to comment. A league spokesman said officials would "
        "review the incident “as we do after every match.”\n"
        "Harbour City's chief executive, Lise Ahl, said the club would hold a parade on Saturday."
    )
    assert said(nlp, text, "hold a parade").speaker == "Lise Ahl"


def test_a_boss_before_a_name_makes_it_a_person(nlp: Language) -> None:
    text = (
        "Manager Elin Marsk dedicated the win to the fans.\n"
        "Ravensby boss Dag Holt refused to blame the referee. “We lost to a better side,” he "
        "said.\n"
        "Police said seven people were arrested. A spokesman said: “The fans were a credit to "
        "the city.”"
    )
    assert said(nlp, text, "better side").speaker == "Dag Holt"
    assert said(nlp, text, "credit to").speaker != "Dag Holt"


def test_an_acronym_role_before_a_name_is_no_part_of_it(nlp: Language) -> None:
    text = "The celebration lasted hours. Game 7 MVP Tomi Vasker said: “It's unreal.”"
    assert said(nlp, text, "unreal").speaker == "Tomi Vasker"


def test_a_paper_told_something_is_not_the_teller_s_text(nlp: Language) -> None:
    text = (
        "Ostrand's mother told the paper her son was “thin but smiling.” The paper said it had "
        "spoken to three of the families."
    )
    assert said(nlp, text, "spoken to three").speaker != "Ostrand"
    text = (
        "The army said in a statement that the camp was taken. The statement said 40 fighters "
        "were killed."
    )
    assert said(nlp, text, "40 fighters").speaker == "The army"
