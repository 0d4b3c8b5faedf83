"""Speakers: a bare plural of a trade or a kind of firm ("Investors said", "Airlines said") names
no source, while a plural of a source role or an authority, or one with a name, still speaks; a
bare surname is not the relative of that surname the page brings in only after it; a name after
"a spokesman for the minister," speaks."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.analyze.speaking import quotes, said


@pytest.mark.parametrize(
    "subject",
    ["Investors", "Producers", "Airlines", "Many big regional lenders", "Major Kestrian banks"],
)
def test_a_bare_plural_of_a_trade_is_no_source(nlp: Language, subject: str) -> None:
    opening = "Orvane Dynamics bid $60 a share for Brask Tools on Monday.\n"
    text = f"{opening}{subject} said the offer was too low.\n"
    assert not [q for q in quotes(nlp, text) if "offer was too low" in q.text and q.speaker]


def test_their_direct_quote_is_unattributed(nlp: Language) -> None:
    text = '"The offer is far too low," investors said on Monday.\n'
    assert said(nlp, text, "far too low").speaker is None


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        ("Analysts", "Analysts"),
        ("Officials", "Officials"),
        ("Economists", "Economists"),
        ("Critics", "Critics"),
        ("Brask Tools investors", "Brask Tools investors"),
    ],
)
def test_a_plural_source_role_or_a_named_group_still_speaks(
    nlp: Language, subject: str, speaker: str
) -> None:
    text = f'"The offer is far too low," {subject} said on Monday.\n'
    assert said(nlp, text, "far too low").speaker == speaker


def test_a_bare_surname_is_not_the_relative_brought_in_after_it(nlp: Language) -> None:
    text = (
        "Brandt said the union would attend. “We will not drop our demand,” she said.\n"
        "Her deputy, Jonas Brandt, her brother, said members would vote on Saturday.\n"
    )
    assert said(nlp, text, "union would attend").speaker == "Brandt"
    assert said(nlp, text, "drop our demand").speaker == "Brandt"
    assert said(nlp, text, "members would vote").speaker == "Jonas Brandt"


def test_nor_the_relative_whose_kin_noun_comes_before_the_name(nlp: Language) -> None:
    text = (
        "Falk said the club would appoint a permanent coach by June. His son, Oskar Falk, a "
        "United winger, said the squad was behind her.\n"
    )
    assert said(nlp, text, "permanent coach").speaker == "Falk"
    assert said(nlp, text, "squad was behind").speaker == "Oskar Falk"


def test_a_spokesman_for_an_office_holder_named_after_it_speaks_as_the_name(
    nlp: Language,
) -> None:
    # whether the name is the spokesman's or the minister's, the words are that name's
    text = "A spokesman for the minister, Paul Edvardsen, said the troops would arrive today.\n"
    assert said(nlp, text, "troops would arrive").speaker == "Paul Edvardsen"
    text = "A lawyer for his mother, Jane Dorn, said the family would appeal.\n"
    assert said(nlp, text, "would appeal").speaker != "Jane Dorn"  # the client, not the lawyer
