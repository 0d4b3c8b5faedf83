"""Speakers a page names in a way other than as the subject of "said": the one an article is
quoted "as saying" when only a him or her names them, the subject a copula gives a relative
clause's noun ("X is a professor who thinks"), the owner of a message, and a memory verb
that attributes a quoted sentence ('“…,” she remembers'). Classes of speaker errors seen on
real multi-outlet stories, on short invented passages."""

from __future__ import annotations

from spacy.language import Language

from tests.analyze.speaking import quotes, said


def test_the_one_an_article_quotes_as_saying_speaks(nlp: Language) -> None:
    text = (
        "Lena Varga said the director had insisted on the scene.\n\n"
        "Oskar Brandt persuaded her to drive, the article said, quoting him as saying, "
        "“Drive at forty miles an hour or I will make you do it again.”\n"
    )
    assert said(nlp, text, "forty miles").speaker == "Oskar Brandt"


def test_a_relative_clause_on_a_predicate_noun_is_the_subjects(nlp: Language) -> None:
    text = (
        "Her father, Olaf Brandt, is a professor of Nordic studies at Varn University who "
        "said the harbour was unsafe.\n"
    )
    found = [q for q in quotes(nlp, text) if "harbour" in q.text]
    assert found and found[0].speaker == "Olaf Brandt"
    direct = "Olaf Brandt is a retired engineer who says, “The bridge was never safe to cross.”"
    assert said(nlp, direct, "never safe").speaker == "Olaf Brandt"


def test_a_message_from_a_body_gives_its_words(nlp: Language) -> None:
    text = (
        "The storm travelled 300 miles before it broke up, according to Radio Varn.\n\n"
        "A follow-up message from the government said: “A short time ago, a storm passed "
        "above this area. Please stay indoors.”\n"
    )
    assert said(nlp, text, "stay indoors").speaker == "the government"


def test_a_memory_verb_attributes_the_quote(nlp: Language) -> None:
    text = (
        "Mara Lind says she met the producer in a hotel bar in 1994.\n\n"
        "“I was ultimately compliant,” she remembers. “I tried to say no, and I did "
        "everything I could do.”\n"
    )
    assert said(nlp, text, "tried to say no").speaker == "Mara Lind"
