"""A firm's name the small model cuts in two ("Vantor" an organisation, "Grell" a person) is
one organisation, also where a his/her follows it in the clause."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from storyline.analyze.entities import find_entities


def _tagged(nlp: Language, text: str, labels: dict[str, str]) -> Doc:
    doc = nlp(text)
    ents = []
    for i, tok in enumerate(doc):
        if tok.text in labels:
            ents.append(Span(doc, i, i + 1, label=labels[tok.text]))
    doc.ents = ents
    return doc


def test_an_organisation_word_run_into_a_person_word_is_one_firm(nlp: Language) -> None:
    text = (
        "He worked for a predecessor company to Vantor Grell, the aerospace contracting "
        "company, in 1985. Vantor Grell confirmed his employment on Monday."
    )
    doc = _tagged(nlp, text, {"Vantor": "ORG", "Grell": "PERSON"})
    found = {(e.name, e.label) for e in find_entities(doc)}
    assert found == {("Vantor Grell", "ORG")}


def test_an_acronym_before_a_person_word_stays_apart(nlp: Language) -> None:
    doc = _tagged(
        nlp,
        "The NSB Brask said on Monday that the vote was close.",
        {"NSB": "ORG", "Brask": "PERSON"},
    )
    assert "NSB Brask" not in {e.name for e in find_entities(doc)}


def test_a_person_tagged_name_ending_in_a_trade_is_the_firm(nlp: Language) -> None:
    doc = nlp("Rolf Dalmar said his company Dalmar Shipping owned the boat.")
    doc.ents = [Span(doc, 0, 2, label="PERSON"), Span(doc, 5, 7, label="PERSON")]
    labels = {e.name: e.label for e in find_entities(doc)}
    assert labels == {"Rolf Dalmar": "PERSON", "Dalmar Shipping": "ORG"}
