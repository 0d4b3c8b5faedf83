"""He/she stands for the person the paragraphs are about, not a name seen in passing."""

from __future__ import annotations

from spacy.language import Language

from tests.analyze.speaking import said


def test_a_name_in_passing_in_a_line_between_is_not_he(nlp: Language) -> None:
    text = (
        "John Carter said there was plenty of risk in the flight.\n\n"
        "More: Bright light stuns town after Paul Baker rocket launch\n\n"
        '"It will be exciting, one way or another," he said on Twitter.'
    )
    assert said(nlp, text, "exciting").speaker == "John Carter"


def test_the_subject_of_a_reported_clause_outranks_its_agent(nlp: Language) -> None:
    text = (
        "Officials said John Carter had been rescued by Paul Baker, a local fisherman.\n"
        '"I thought I would die," he told the radio station.'
    )
    assert said(nlp, text, "die").speaker == "John Carter"


def test_a_name_in_passing_in_the_quotes_own_paragraph_still_counts(nlp: Language) -> None:
    text = (
        "Captain Ruiz said the sea was rough.\n"
        'Rescuers pulled John Carter from the water. "I thought I would die," he said.'
    )
    assert said(nlp, text, "die").speaker == "John Carter"


def test_the_spokesman_is_the_person_described_as_the_spokesman(nlp: Language) -> None:
    text = (
        "The Varnby Herald reported the talks. Tom Hale, the spokesman for Mayor Ana Ruiz, "
        "said the mayor's office welcomed the offer.\n\n"
        '"The office has always wanted to talk with the union at any time," the spokesman said.'
    )
    assert said(nlp, text, "always wanted").speaker == "Tom Hale"


def test_a_run_of_quoted_paragraphs_takes_the_attribution_that_ends_it(nlp: Language) -> None:
    text = (
        "Tom Hale met the crews. 'We are proud of them,' he said.\n\n"
        "Some reports had claimed the plan to reopen the Varnby pier may not be all it seems.\n\n"
        "'The pier will open next month from the north quay.\n\n"
        "'It will hold twice the boats of the old one,' Ana Ruiz posted."
    )
    assert said(nlp, text, "north quay").speaker == "Ana Ruiz"


def test_between_names_in_passing_the_one_the_context_is_about(nlp: Language) -> None:
    text = (
        "'We will send the car,' John Carter said. 'It will be fun.'\n\n"
        "'It is the best rocket,' Carter said.\n\n"
        "Some reports claimed Carter's plan to fly a car playing Paul Baker songs was a joke.\n\n"
        "The launch was delayed twice.\n\n"
        "He also confirmed the rocket will have a maximum thrust of five million pounds."
    )
    assert said(nlp, text, "maximum thrust").speaker == "John Carter"


def test_an_age_and_a_nationality_or_title_stand_for_the_person(nlp: Language) -> None:
    text = (
        "John Carter founded the Varnby Rocket Company in 2002 with the aim of reaching Mars.\n\n"
        "The 46-year-old South African is also the head of Acme, and predicts the rocket will "
        "stay in deep space for a while."
    )
    assert said(nlp, text, "deep space").speaker == "John Carter"


def test_a_run_with_no_attribution_ahead_continues_the_one_before(nlp: Language) -> None:
    text = (
        "Mayor Tom Hale said his friend was on the tram.\n"
        '"He has been injured, he is in hospital. It has been a very shocking day.\n'
        '"Thousands of people use these every day to get to work.\n'
        '"This has come as a great shock."\n'
        "Image caption More than 50 people were taken to hospital"
    )
    assert said(nlp, text, "great shock").speaker == "Tom Hale"
