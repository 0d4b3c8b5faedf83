"""Words in marks or cues that are no one's speech: slogans inside a noun phrase, idioms of
"according to" and "fair to say", a reason someone cites; and names a speaker list gives."""

from __future__ import annotations

from spacy.language import Language

from tests.analyze.speaking import quotes, said


def test_a_slogan_inside_a_noun_phrase_is_no_quote(nlp: Language) -> None:
    text = (
        'The veteran skipper, famous for his bold "sail first, ask later" tactics, '
        "told the crew about his plans on Friday."
    )
    assert not [q for q in quotes(nlp, text) if "sail first" in q.text]


def test_a_pronoun_after_a_descriptive_subject_is_the_person(nlp: Language) -> None:
    text = (
        "Tom Hale will step down after nine years as skipper of the Varnby Gulls.\n\n"
        'The 58-year-old three-time Skipper of the Season, famous for his bold "sail first, '
        'ask later" tactics, told the crew about his plans on Friday.\n\n'
        '"These were the best years of my working life," he said.'
    )
    assert said(nlp, text, "best years").speaker == "Tom Hale"


def test_according_to_plan_and_safe_to_say_report_no_one(nlp: Language) -> None:
    for text in (
        "If everything goes according to plan, the ferry will reach the northern isles in May.",
        "It is fair to say that the Varnby harbour works are the slowest on the coast.",
    ):
        assert [q.speaker for q in quotes(nlp, text)] == []


def test_a_reason_cited_is_no_relayed_source(nlp: Language) -> None:
    text = 'Close to tears and "so very tired," coach Tom Hale cited his knees as the reason.'
    assert said(nlp, text, "very tired").speaker == "Tom Hale"


def test_a_newspaper_name_with_a_possessive_is_whole(nlp: Language) -> None:
    text = "The ferry will sail again in the spring, the official People's Herald said."
    assert said(nlp, text, "sail again").speaker == "People's Herald"


def test_a_quote_in_brackets_after_a_name_is_that_names(nlp: Language) -> None:
    text = (
        'The plan drew fire: Tove Lind ("Nobody asked the fishing crews a single question"), '
        "Ana Ruiz and Petra Holm all spoke against it."
    )
    assert said(nlp, text, "fishing crews").speaker == "Tove Lind"


def test_x_said_according_to_y_is_xs_words(nlp: Language) -> None:
    text = (
        "The harbour board has said it will not publish the divers' report this year, "
        "according to lawyers for the Vale family."
    )
    assert (said(nlp, text, "not publish").speaker or "").lower() == "the harbour board"
    relayed = "The boat sank near the pier, according to the Varnby Harbour Authority."
    assert said(nlp, relayed, "boat sank").speaker == "Varnby Harbour Authority"
