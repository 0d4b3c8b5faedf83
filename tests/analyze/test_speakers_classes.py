"""Classes of speaker errors, on short invented passages: a person NER missed but an apposition
describes, a law is no speaker, a text speaks for its author, a vaguely counted crowd is no
source, a name with an unclosed bracket, an acronym of a law is no organisation."""

from __future__ import annotations

from spacy.language import Language

from storyline.analyze.entities import find_entities
from tests.analyze.speaking import quotes, said


def test_a_law_is_no_speaker_and_no_antecedent(nlp: Language) -> None:
    text = (
        "The 1988 Harbour Safety Act, signed by Governor Lena Holt, says ferry owners may not "
        "carry more than two hundred people.\n"
        "For Mira Valk-Strand, a Varnby lawyer who works on shipping cases, it is absurd. Yet she "
        "admits the law was written for the “smaller boats of a quieter century.”\n"
        "“The owners will not change a thing unless they must,” Valk-Strand says."
    )
    found = quotes(nlp, text)
    assert all("Act" not in (q.speaker or "") for q in found)
    assert said(nlp, text, "smaller boats").speaker == "Mira Valk-Strand"
    assert said(nlp, text, "owners will not change").speaker == "Mira Valk-Strand"
    people = {e.name for e in find_entities(nlp(text)) if e.label == "PERSON"}
    assert "Mira Valk-Strand" in people


def test_a_text_speaks_for_the_author_its_phrase_names(nlp: Language) -> None:
    text = (
        "Norsk Ferry Lines said on Monday that it would appeal.\n"
        "A notice of recall from Norsk Ferry Lines executives states that the hull cracked in "
        "late March.\n"
        "According to a complaint Norsk Ferry Lines filed on May 2, a rival began copying its "
        "timetables within a day."
    )
    assert said(nlp, text, "hull cracked").speaker == "Norsk Ferry Lines"
    assert said(nlp, text, "rival began copying").speaker == "Norsk Ferry Lines"


def test_a_vaguely_counted_crowd_is_no_named_source(nlp: Language) -> None:
    text = (
        "The ferry company moved its booking site to a new address, with many engineers "
        "noting that anyone could copy it within minutes."
    )
    assert all((q.speaker or "").lower() != "many engineers" for q in quotes(nlp, text))


def test_a_name_with_an_unclosed_bracket_keeps_no_bracket(nlp: Language) -> None:
    text = (
        "The firm filed a complaint with the Northern Maritime Arbitration Board (NMAB), which "
        "said the copies must stop.\nThe NMAB later closed the case."
    )
    names = [e.name for e in find_entities(nlp(text))]
    assert not any("(" in n for n in names)


def test_an_acronym_of_a_law_is_no_organisation(nlp: Language) -> None:
    text = (
        "Lawyers say the Harbour Passenger Protection Act was written in 1972. Courts have "
        "found that the HPPA does not cover ferries, and the HPPA rules are rarely used."
    )
    orgs = {e.name for e in find_entities(nlp(text)) if e.label == "ORG"}
    assert "HPPA" not in orgs


def test_the_judge_is_the_judge_named_before_or_an_unnamed_one(nlp: Language) -> None:
    named = (
        "The case was heard by Judge Ana Ruiz on Monday.\n"
        "“The ferry owners broke the law,” the judge said."
    )
    assert said(nlp, named, "broke the law").speaker == "Ana Ruiz"
    unnamed = (
        "A Varnby judge threw out the case in May. "
        "“Owners cannot be blamed for a theft they did not see,” the judge wrote."
    )
    quote = said(nlp, unnamed, "cannot be blamed")
    assert quote.speaker is None
    assert quote.speaker_description == "the judge"
