"""An unnamed spokesperson or statement speaks for the principal the text ties it to before
("Through a spokesperson, Voss denied …", "Voss's representative …"), and "her spokeswoman"
is her own words; without a tie in reach, or with a body named after the tie, it does not."""

from __future__ import annotations

from spacy.language import Language

from tests.analyze.speaking import said

DENIAL = (
    "Singer Dara Voss has denied the claims made by her former manager.\n\n"
    "Through a spokesperson, Voss denied ever threatening the manager.\n\n"
)


def test_the_statement_after_a_spokesperson_is_the_principals(nlp: Language) -> None:
    text = DENIAL + "“Ms. Voss regrets the misunderstanding,” the statement said."
    quote = said(nlp, text, "regrets the misunderstanding")
    assert quote.speaker == "Dara Voss"
    assert quote.speaker_description == "the statement"


def test_the_spokesperson_after_the_principals_representative(nlp: Language) -> None:
    text = (
        "Singer Dara Voss has denied the claims.\n\n"
        "Voss's representative also sent emails that the spokesperson said "
        "“show the friendly tone of their talks.”\n\n"
        "“Ms. Voss never signed any such contract,” the spokesperson said."
    )
    assert said(nlp, text, "friendly tone").speaker == "Dara Voss"
    assert said(nlp, text, "never signed").speaker == "Dara Voss"


def test_her_spokeswoman_is_her_own_words(nlp: Language) -> None:
    text = (
        "Singer Dara Voss has denied the claims.\n\n"
        "Her spokeswoman has said again and again that “all claims of fraud are denied by "
        "Ms. Voss.”"
    )
    quote = said(nlp, text, "claims of fraud")
    assert quote.speaker == "Dara Voss"
    assert quote.speaker_description == "Her spokeswoman"


def test_a_body_named_after_the_tie_speaks_through_its_spokesman(nlp: Language) -> None:
    text = (
        DENIAL + "Harlow Music Group Inc. dropped the singer on Friday. A spokesman said the "
        "label “will not work with her again.”"
    )
    assert said(nlp, text, "will not work").speaker == "Harlow Music Group Inc."


def test_no_tie_in_reach_or_a_statement_criticised_names_no_principal(nlp: Language) -> None:
    text = (
        DENIAL + "The tour was cancelled in March.\n\nThe venue was closed for repairs.\n\n"
        "The band has since split up.\n\n"
        "“Nobody was told in advance,” a spokesman said."
    )
    assert said(nlp, text, "Nobody was told").speaker == "a spokesman"
    text = (
        "Police criticised the statement on Monday. “It misleads the public,” the statement said."
    )
    assert said(nlp, text, "misleads the public").speaker == "the statement"
