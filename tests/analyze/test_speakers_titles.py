"""Classes of speaker errors found on real multi-outlet stories, on short invented passages:
a long title before a name ("Head of the ... Committee Ana Ruiz said"), a verb or a lone word
parsed as the subject (slideshow furniture), "he" after a person the text gives no gender,
"he" after an unnamed person, a name on a page that runs quoted paragraphs into one line, and
an occupation opening a sentence before a name."""

from __future__ import annotations

from spacy.language import Language

from storyline.analyze.entities import find_entities
from tests.analyze.speaking import quotes, said


def test_the_name_after_a_long_title_speaks_not_the_title(nlp: Language) -> None:
    text = (
        "Members of the assembly also condemned the blockade.\n"
        "Head of the Varnian Assembly's Trade and Shipping Committee Leonid Brask said Friday "
        'that the port was playing a "dangerous game," which worried its neighbours.\n'
    )
    assert said(nlp, text, "dangerous game").speaker == "Leonid Brask"
    assert all(q.speaker != "Head" for q in quotes(nlp, text))


def test_slideshow_furniture_is_no_speaker(nlp: Language) -> None:
    text = (
        "Hide Caption 18 of 25 Photos: Harrowing images of the flood in Orsa Hide reported "
        "that the river rose two metres overnight. Hide Caption 19 of 25 Photos: Harrowing "
        "images of the flood in Orsa\n"
    )
    assert all((q.speaker or "") != "Hide" for q in quotes(nlp, text))


def test_he_is_the_latest_main_subject_not_an_earlier_man_with_a_wife(nlp: Language) -> None:
    text = (
        "Radio Orsa reported a father known only as Piet was with his wife and children when "
        'panic broke out. He said: "I was barely 50m from the bridge. I ran to help. "It was '
        'horrible." The Varnian President Okonkwo returned to the capital for emergency talks. In '
        'a speech he said: "Last night the river took twelve lives in Orsa. "We will rebuild."\n'
    )
    assert said(nlp, text, "barely 50m").speaker == "Piet"
    assert said(nlp, text, "river took twelve").speaker == "Okonkwo"


def test_he_after_an_unnamed_person_is_not_a_man_named_before(nlp: Language) -> None:
    text = (
        "The singer Jon Brack was on stage when the alarm sounded. He said the crowd froze.\n"
        "At 10:08 p.m., an officer on the scene calls for help. “We got shots fired,” he says. "
        "“Sounds like an automatic firearm.”\n"
    )
    assert said(nlp, text, "crowd froze").speaker == "Jon Brack"
    assert said(nlp, text, "shots fired").speaker is None
    assert said(nlp, text, "automatic firearm").speaker is None


def test_an_occupation_opening_a_sentence_is_no_part_of_the_name(nlp: Language) -> None:
    text = (
        "Ana Ruiz was on holiday in Orsa with her husband and sons.\n"
        'Lawyer Ana Ruiz, from Leeds, said: "We were told about the parade by someone in the '
        'hotel."\n'
        '"I cannot get into the mind of a man like that," Sheriff Joseph Lombar said.\n'
        "Dean Hale said he was shocked by the flood.\n"
    )
    people = {e.name for e in find_entities(nlp(text)) if e.label == "PERSON"}
    assert {"Ana Ruiz", "Joseph Lombar", "Dean Hale"} <= people
    assert said(nlp, text, "told about the parade").speaker == "Ana Ruiz"
    assert said(nlp, text, "mind of a man").speaker == "Joseph Lombar"


def test_a_hyphenated_given_name_is_whole_and_speaks(nlp: Language) -> None:
    text = (
        "Varnian President Moon Jae-in said the blockade must end. Moon called an urgent "
        "meeting of the cabinet.\n"
        "An Obama-era official said the talks had failed.\n"
    )
    people = {e.name for e in find_entities(nlp(text)) if e.label == "PERSON"}
    assert "Moon Jae-in" in people
    assert said(nlp, text, "blockade must end").speaker == "Moon Jae-in"


def test_a_spaced_dash_parts_a_dateline_from_a_name(nlp: Language) -> None:
    text = 'VARNBY - Foreign Secretary Ana Ruiz said: "I am horrified by the flood in Orsa."\n'
    people = {e.name for e in find_entities(nlp(text)) if e.label == "PERSON"}
    assert "Ana Ruiz" in people
    assert all(" - " not in name for name in people)


def test_the_airline_is_the_firm_the_page_is_about(nlp: Language) -> None:
    text = (
        "Norsk Air flight NH17 turned back to Varnby on Tuesday.\n"
        "“Norsk Air would like to express its apologies to the passengers,” the airline said.\n"
    )
    assert said(nlp, text, "express its apologies").speaker == "Norsk Air"
