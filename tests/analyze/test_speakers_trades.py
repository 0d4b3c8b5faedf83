"""Speakers: "the airline said" stands for an airline the page names, not for the news agency
that reported the story just before nor for a person NER tagged an organisation."""

from __future__ import annotations

from spacy.language import Language

from tests.analyze.speaking import said


def test_the_carrier_is_the_airline_the_page_names(nlp: Language) -> None:
    text = (
        "A spokesperson for Brask Airways told the Varnby Herald that the crew had alerted "
        "the pilot.\n"
        "The airline said the plane returned to Orsa in line with its safety rules. Flight 17 "
        "was carrying 226 passengers, KTV reported.\n"
        "The carrier said it was “looking into how the passenger boarded the flight.”\n"
    )
    assert said(nlp, text, "looking into").speaker == "Brask Airways"


def test_the_company_is_still_the_firm_of_the_paragraph(nlp: Language) -> None:
    text = (
        "Orvane Dynamics cut 300 jobs on Monday, its second round this year.\n"
        "The company said it was “confident the plant will stay open.”\n"
    )
    assert said(nlp, text, "confident").speaker == "Orvane Dynamics"
