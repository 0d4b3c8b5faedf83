"""A quote introduced by the sentence before it (a person's act of speech, judgement or
stance), and a long title before a name: classes of speaker errors seen on real multi-outlet
stories, on short invented passages."""

from __future__ import annotations

from spacy.language import Language

from tests.analyze.speaking import said


def test_a_stance_sentence_introduces_the_quote_after_it(nlp: Language) -> None:
    text = (
        "Harbour residents were divided on the mayor's plan to move the ferry pier.\n\n"
        "Yoshi Tanaka, 77, opposed the idea. “The old pier has kept this town alive for "
        "fifty years.” He plans to vote against the council.\n"
    )
    assert said(nlp, text, "kept this town alive").speaker == "Yoshi Tanaka"


def test_a_described_scene_introduces_the_quote_after_it(nlp: Language) -> None:
    text = (
        "Rescue crews worked through the night on the seafront.\n\n"
        "• Tomas Verlaine, a Canadian, described the chaos. “All of a sudden people started "
        "running in one direction and we had no idea what was going on.”\n"
    )
    assert said(nlp, text, "started running").speaker == "Tomas Verlaine"


def test_a_sentence_about_something_else_introduces_no_one(nlp: Language) -> None:
    text = (
        "Rescue crews worked through the night on the seafront.\n\n"
        "Tomas Verlaine died in hospital on Monday. “He was the kindest man on the whole "
        "street and we will miss him.”\n"
    )
    assert said(nlp, text, "kindest man").speaker is None


def test_a_title_to_a_body_before_a_name_gives_the_name(nlp: Language) -> None:
    text = (
        "Varnby's ambassador to the United Nations Elsa Marten, speaking before an emergency "
        'session in New York, said: "I think enough is enough."\n'
    )
    assert said(nlp, text, "enough is enough").speaker == "Elsa Marten"


def test_a_lawyer_for_a_named_client_stays_the_lawyer(nlp: Language) -> None:
    text = (
        "A lawyer for Tom Hale said the charges were “completely without foundation and "
        "politically driven.”\n"
    )
    assert said(nlp, text, "without foundation").speaker != "Tom Hale"


def test_a_paragraph_about_a_witness_introduces_the_first_person_quote_below(
    nlp: Language,
) -> None:
    text = (
        "Video shot by Lena Varga shows the aftermath of the crash.\n\n"
        "Paul Delmar, who has lived in Varnby for 25 years, had just finished watching the "
        "regatta when hundreds of people started running in his direction.\n\n"
        "“My partner took my hand and we ran with everybody, and honestly I had no idea what "
        "was going on.”\n\n"
        "Though he did not see the boat, Delmar saw people running.\n"
    )
    assert said(nlp, text, "took my hand").speaker == "Paul Delmar"


def test_a_quote_below_a_death_or_about_him_is_no_words_of_his(nlp: Language) -> None:
    died = (
        "Paul Delmar died on Monday at his home in Varnby.\n\n"
        "“I never thought I would lose my brother this way.”\n"
    )
    assert said(nlp, died, "lose my brother").speaker is None
    about = (
        "Paul Delmar opened the bakery on the quay in 1990.\n\n"
        "“He was a wonderful baker and I will miss him.”\n"
    )
    assert said(nlp, about, "wonderful baker").speaker is None
