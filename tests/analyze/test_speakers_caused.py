"""Someone made to speak by what another did ("which led Ana Ruiz to say", "prompted Ruiz to
remark") is the speaker, also when the clause sits inside another person's reported words;
someone only asked to speak ("urged Ruiz to say") is not."""

from __future__ import annotations

from spacy.language import Language

from tests.analyze.speaking import quotes, said


def test_the_one_led_to_speak_speaks(nlp: Language) -> None:
    text = "Oskar Brandt admitted the error, which led Lena Varga to say, “It is about time.”"
    assert said(nlp, text, "about time").speaker == "Lena Varga"


def test_a_quote_in_a_relative_clause_of_reported_speech_is_its_own(nlp: Language) -> None:
    text = (
        "Lena Varga told the board about the leak in March.\n"
        "Oskar Brandt confirmed Friday that he had seen the report, a rare admission from him, "
        "which prompted Varga to dryly remark, “His memory must be improving.”"
    )
    found = quotes(nlp, text)
    quote = next(q for q in found if q.text.startswith("His memory"))
    assert quote.speaker == "Lena Varga"
    reported = next(q for q in found if "seen the report" in q.text)
    assert reported.speaker == "Oskar Brandt"
    assert "His memory" not in reported.text


def test_someone_urged_to_speak_is_not_the_speaker(nlp: Language) -> None:
    text = "Oskar Brandt urged his neighbours to say that the harbour was unsafe."
    assert all(q.speaker != "his neighbours" for q in quotes(nlp, text))
