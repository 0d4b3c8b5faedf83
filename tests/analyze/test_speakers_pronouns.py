"""He/she stands for the person the paragraphs are about, not a name seen in passing."""

from __future__ import annotations

from spacy.language import Language

from tests.analyze.speaking import said


def test_a_name_in_passing_in_a_line_between_is_not_he(nlp: Language) -> None:
    text = (
        "John Carter said the new ferry route carried some risk.\n\n"
        "Read more: Loud bang startles village after Paul Baker boat launch\n\n"
        '"It will be a fine crossing, whatever the weather," he said on Twitter.'
    )
    assert said(nlp, text, "fine crossing").speaker == "John Carter"


def test_the_subject_of_a_reported_clause_outranks_its_agent(nlp: Language) -> None:
    text = (
        "Officials said John Carter had been pulled out by Paul Baker, a local fisherman.\n"
        '"I was sure the cold would get me," he told the radio station.'
    )
    assert said(nlp, text, "cold would get me").speaker == "John Carter"


def test_a_name_in_passing_in_the_quotes_own_paragraph_still_counts(nlp: Language) -> None:
    text = (
        "Captain Ruiz said the swell was heavy.\n"
        'Divers lifted John Carter from the hull. "I was sure the cold would get me," he said.'
    )
    assert said(nlp, text, "cold would get me").speaker == "John Carter"


def test_the_spokesman_is_the_person_described_as_the_spokesman(nlp: Language) -> None:
    text = (
        "The Varnby Herald covered the meeting. Tom Hale, the spokesman for Mayor Ana Ruiz, "
        "said the town hall backed the plan.\n\n"
        '"The town hall is ready to meet the fishing crews whenever they like," the spokesman '
        "said."
    )
    assert said(nlp, text, "fishing crews").speaker == "Tom Hale"


def test_a_run_of_quoted_paragraphs_takes_the_attribution_that_ends_it(nlp: Language) -> None:
    text = (
        "Tom Hale met the crews. “We are proud of them,” he said.\n\n"
        "Some reports had claimed the plan to reopen the Varnby pier may not be all it seems.\n\n"
        "“The pier will open next month from the north quay.\n\n"
        "“It will hold twice the boats of the old one,” Ana Ruiz posted."
    )
    assert said(nlp, text, "north quay").speaker == "Ana Ruiz"


def test_between_names_in_passing_the_one_the_context_is_about(nlp: Language) -> None:
    text = (
        "'We will sail the old schooner,' John Carter said. 'It will be a party.'\n\n"
        "'She is the finest boat on the coast,' Carter said.\n\n"
        "Some said Carter's idea of a crossing with a Paul Baker band on deck was a prank.\n\n"
        "The sailing was put off twice.\n\n"
        "He also confirmed the schooner will carry at most forty guests on the crossing."
    )
    assert said(nlp, text, "forty guests").speaker == "John Carter"


def test_an_age_and_a_nationality_or_title_stand_for_the_person(nlp: Language) -> None:
    text = (
        "John Carter set up the Varnby Ferry Company in 2009 to reach the outer isles.\n\n"
        "The 52-year-old New Zealander also chairs Acme, and predicts the ferry will stay in "
        "service for decades."
    )
    assert said(nlp, text, "in service").speaker == "John Carter"


def test_a_run_with_no_attribution_ahead_continues_the_one_before(nlp: Language) -> None:
    text = (
        "Mayor Tom Hale said his cousin was on the ferry.\n"
        '"She is bruised and resting at home, and she will be fine. It was a hard night.\n'
        '"Hundreds of us take that boat every week to work and to school.\n'
        '"We are all badly shaken by it."\n'
        "Image caption Rescue boats stayed out until dawn"
    )
    assert said(nlp, text, "badly shaken").speaker == "Tom Hale"


def test_a_quoted_paragraph_after_a_relayed_report_is_not_the_outlets(nlp: Language) -> None:
    text = (
        "“The ferry will sail in May,” Tom Hale posted.\n\n"
        "The crossing is the company's longest yet, according to the Varnby Courier.\n\n"
        "“Cargo will be my own blue fishing boat. Destination is the outer isles.”"
    )
    assert said(nlp, text, "blue fishing boat").speaker != "Varnby Courier"


def test_it_after_a_described_firm_is_the_firm_it_resolved_to(nlp: Language) -> None:
    text = (
        "Acme Corp raised its bid for Brask Inc on Monday.\n\n"
        "The Singapore-based firm said it was prepared to pay a fee to Brask if the deal is "
        "blocked.\n\n"
        'It also said it would offer a "ticking fee" to shareholders.\n'
    )
    assert said(nlp, text, "ticking fee").speaker == "Acme Corp"


def test_a_he_gives_its_person_a_gender_a_later_she_does_not_fit(nlp: Language) -> None:
    text = (
        "Tomas Brask flew to Varnby after the crash.\n"
        "“I told the producer that he had let Mira down,” he told me. Brask added that the"
        " producer “was very upset.”\n"
        "Two weeks later, she had her lawyer send a letter to the studio.\n"
        "The studio offered to show her the film if she signed a paper “releasing them of any"
        " future claims,” she says."
    )
    assert said(nlp, text, "releasing them").speaker != "Tomas Brask"


def test_her_office_is_the_office_of_the_woman_the_sentence_names_as_its_subject(
    nlp: Language,
) -> None:
    # Lund is a woman the text is about; the prime minister, named in apposition to the
    # sentence's subject, is who "her office" belongs to.
    text = (
        "Opposition leader Petra Lund said the government had ignored the warnings. "
        "“Nobody paid for the repairs,” she said.\n\n"
        "Lund claimed that as many as 60,000 people live in areas that could flood.\n\n"
        "Dr Tomas Vell of the University of Kessvik cautioned against relief. "
        "“One good night does not make a safe dam,” he said.\n\n"
        "The prime minister, Ilsa Marenko Dahl, will visit the town of Orsa on Friday, "
        "her office said.\n"
    )
    assert said(nlp, text, "visit the town").speaker == "Ilsa Marenko Dahl's office"


def test_a_dateline_place_is_no_antecedent(nlp: Language) -> None:
    text = (
        "BELMIR, March 3 (GNA) - The death toll rose to 58 on Wednesday, the agency said.\n\n"
        "Neighbouring Varesia offered to send search teams. Its foreign minister wrote on "
        'social media that "our hearts are with you".'
    )
    q = said(nlp, text, "our hearts")
    assert "BELMIR" not in (q.speaker or "").upper()
