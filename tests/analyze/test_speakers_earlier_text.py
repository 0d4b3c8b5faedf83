"""A quote read from a text named before ("the letter began") is its writer's words."""

from __future__ import annotations

from spacy.language import Language

from tests.analyze.speaking import said

RETIRES = (
    "Goalkeeper Ivo Marten announced his retirement on Friday in an open letter released by the "
    "Rovers, two days after manager Ben Talley said he was leaving the club.\n"
)


def test_the_letter_began_is_the_words_of_who_announced_in_it(nlp: Language) -> None:
    text = RETIRES + (
        '"I always wondered how older players knew when it was time to stop," the letter '
        'began. "The answer was simple: you just know."'
    )
    assert said(nlp, text, "older players knew").speaker.endswith("Ivo Marten")
    assert said(nlp, text, "you just know").speaker.endswith("Ivo Marten")  # the quote goes on


def test_the_letter_said_names_its_writer_not_the_letter(nlp: Language) -> None:
    text = RETIRES + '"I always wondered how older players knew when to stop," the letter said.'
    assert said(nlp, text, "older players knew").speaker.endswith("Ivo Marten")


def test_a_text_someone_wrote_or_posted_is_theirs(nlp: Language) -> None:
    wrote = (
        "Ivo Marten wrote a long letter to the fans on Friday.\n"
        '"I always wondered how older players knew when it was time to stop," the letter read.'
    )
    assert said(nlp, wrote, "older players knew").speaker.endswith("Ivo Marten")
    posted = (
        "Ivo Marten posted a message online on Friday, a day after manager Ben Talley said he "
        'was leaving the club.\n"Thank you all for fourteen wonderful years here," the message '
        "said."
    )
    assert said(nlp, posted, "fourteen wonderful years").speaker.endswith("Ivo Marten")


def test_a_text_whose_writer_no_one_names_stays_unnamed(nlp: Language) -> None:
    text = (
        "Manager Ben Talley said he had read a letter from the fans.\n"
        '"We want you to stay for one more season," the letter said.'
    )
    assert said(nlp, text, "one more season").speaker != "Ben Talley"


def test_the_report_of_a_news_agency_named_after_its_noun(nlp: Language) -> None:
    # the parser gives "released" two subjects: the noun and the name apposed to it
    text = (
        "The country's state-run news agency VNA released a report Saturday promising that the "
        "country would keep its program.\n\n"
        "“Do not expect any change in its policy,” the report read.\n\n"
        "“Its entity as a great power can neither be undermined nor stamped out,” the report said."
    )
    assert said(nlp, text, "any change").speaker == "VNA"
    assert said(nlp, text, "great power").speaker == "VNA"  # the same report, quoted again


def test_a_commentary_published_in_a_paper_is_the_paper_s(nlp: Language) -> None:
    text = (
        "State media has yet to mention the launch, but a commentary published in the Narva "
        "Pravda newspaper Friday said “no matter how strong the pressure is, it does not work.”"
    )
    assert said(nlp, text, "no matter how").speaker == "Narva Pravda"


def test_a_commentary_alone_names_no_one(nlp: Language) -> None:
    text = "A commentary on the election said the minister “has lost the trust of the house”."
    assert said(nlp, text, "lost the trust").speaker is None
