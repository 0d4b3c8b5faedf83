"""Words in marks or cues that are no one's speech: slogans inside a noun phrase, idioms of
"according to" and "safe to say", a reason someone cites; and names a speaker list gives."""

from __future__ import annotations

from spacy.language import Language

from tests.analyze.speaking import quotes, said


def test_a_slogan_inside_a_noun_phrase_is_no_quote(nlp: Language) -> None:
    text = (
        'The 65-year-old coach, known for his wide-open "no risk it, no biscuit" offense, '
        "announced the decision on Monday."
    )
    assert not [q for q in quotes(nlp, text) if "biscuit" in q.text]


def test_a_pronoun_after_a_descriptive_subject_is_the_person(nlp: Language) -> None:
    text = (
        "Tom Hale will retire after five seasons as head coach of the Varnby Rovers.\n\n"
        'The 65-year-old two-time Coach of the Year, known for his wide-open "no risk it, no '
        'biscuit" offense, announced the decision on Monday.\n\n'
        '"It has been an unbelievable journey," he said.'
    )
    assert said(nlp, text, "journey").speaker == "Tom Hale"


def test_according_to_plan_and_safe_to_say_report_no_one(nlp: Language) -> None:
    for text in (
        "If all goes according to plan, the probe will land on the far side of the moon.",
        "But it is safe to say that the Varnby plans are the most advanced in the region.",
    ):
        assert [q.speaker for q in quotes(nlp, text)] == []


def test_a_reason_cited_is_no_relayed_source(nlp: Language) -> None:
    text = 'In between tears of "joy and peace," coach Tom Hale cited his family as the reason.'
    assert said(nlp, text, "joy and peace").speaker == "Tom Hale"


def test_a_newspaper_name_with_a_possessive_is_whole(nlp: Language) -> None:
    text = "The probe is undergoing a final round of tests, the official People's Daily said."
    assert said(nlp, text, "final round").speaker == "People's Daily"


def test_a_quote_in_brackets_after_a_name_is_that_names(nlp: Language) -> None:
    text = (
        'The remark met a backlash: Tove Lind ("Women in music do not need to step up at all"), '
        "Ana Ruiz and Petra Holm all condemned it."
    )
    assert said(nlp, text, "step up").speaker == "Tove Lind"
