"""Words that are no one's speech: on a sign or a shirt, sung or chanted, a show's name; and
a spokesperson for a body the text names by its kind. Our own fictional sentences."""

from __future__ import annotations

from spacy.language import Language

from tests.analyze.speaking import quotes, said


def test_a_sign_read_after_a_quote_is_not_the_holders_speech(nlp: Language) -> None:
    text = (
        'Tom Hale, 62, stood at the gate in a jersey. "Forty years I waited for this night," '
        'he said. His sign read: "Finally, after a lifetime of waiting, we are the champions."\n'
    )
    assert said(nlp, text, "Forty years").speaker == "Tom Hale"
    assert said(nlp, text, "lifetime of waiting").speaker is None


def test_a_cap_emblazoned_with_words_names_no_speaker(nlp: Language) -> None:
    text = (
        "Outside the hall, Tom Hale wore a cap emblazoned with "
        '"Make the harbour great again, vote for Hale."\n'
    )
    assert all(q.speaker is None for q in quotes(nlp, text))


def test_a_chant_in_someones_account_is_not_their_quoted_words(nlp: Language) -> None:
    text = (
        'After the win the players sang "Sail on, sail on, the Varnby sailors never sink" in '
        "the locker room, coach Tom Hale said.\n"
    )
    assert all(q.kind != "partial" for q in quotes(nlp, text))


def test_quoted_speech_in_an_account_stays_partial(nlp: Language) -> None:
    text = 'Coach Tom Hale said the players had "sailed through the storm like champions."\n'
    assert said(nlp, text, "sailed through").kind in ("partial", "direct")


def test_a_spokesman_for_the_bank_speaks_for_the_bank_named_before(nlp: Language) -> None:
    text = (
        "Acme Bank said it was working with regulators. A spokesman for the bank added: "
        '"We are investigating the cause of the outage and will update our customers."\n'
    )
    quote = said(nlp, text, "cause of the outage")
    assert quote.speaker == "Acme Bank"
    assert quote.speaker_description == "A spokesman for the bank"


def test_a_spokesman_for_a_kind_no_one_named_stays_unnamed(nlp: Language) -> None:
    text = (
        "The ferry was cancelled on Monday. A spokesman for the family said: "
        '"We ask for privacy while we grieve for our son and brother."\n'
    )
    assert said(nlp, text, "ask for privacy").speaker != "The ferry"


def test_the_scientist_after_a_doctor_named_before_is_that_doctor(nlp: Language) -> None:
    text = (
        "Dr Lena Voss, who led the study at Varnby University, found the water was safe.\n\n"
        '"We tested every well in the district over two summers," the scientist said.\n'
    )
    assert said(nlp, text, "every well").speaker == "Lena Voss"


def test_a_scoreboard_after_a_speaker_does_not_continue_his_words(nlp: Language) -> None:
    text = (
        '"It has been a long wait, but it was worth every minute," Tom Hale said. The '
        'scoreboard read: "Champions, at last, after a lifetime of waiting."\n'
    )
    assert said(nlp, text, "worth every minute").speaker == "Tom Hale"
    assert said(nlp, text, "lifetime of waiting").speaker is None


def test_an_inner_quote_in_the_same_curly_marks_does_not_cut_the_quote(nlp: Language) -> None:
    text = (
        "The agency has a plan. “The concept entails the agency acting in a new role as "
        "“honest broker”, facilitator and catalyst for partners,” says Piet Vorm of the "
        "strategy department.\n"
    )
    quote = said(nlp, text, "The concept entails")
    assert quote.speaker == "Piet Vorm"
    assert quote.text.endswith("catalyst for partners")


def test_a_curly_quote_left_open_still_ends_where_the_next_opens(nlp: Language) -> None:
    text = (
        "“Unclosed first words of the mayor. “Second quote here now,” he said. “Third one "
        "here too,” she said.\n"
    )
    assert [q.text for q in quotes(nlp, text) if q.kind == "direct"][-2:] == [
        "Second quote here now",
        "Third one here too",
    ]


def test_a_quote_in_brackets_after_a_name_is_not_the_next_subjects(nlp: Language) -> None:
    text = (
        "The remark met a backlash from artists: Pink (\"Women in music don't need to "
        "'step up.' Women have been stepping up since the beginning of time\"), Ana Ruiz and "
        'Tove Lind all condemned Hale\'s "step up" suggestion.\n'
    )
    found = quotes(nlp, text)
    assert all(q.speaker is None or "Ruiz" not in q.speaker for q in found)
