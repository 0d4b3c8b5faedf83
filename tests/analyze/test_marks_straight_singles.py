"""Straight single quotation marks, as British outlets and headlines use them, told apart from
the apostrophes of words: read only when asked (``STRAIGHT_SINGLES`` is off by default)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from storyline.analyze import marks
from storyline.analyze.marks import line_bounds, scan_marks
from tests.analyze.speaking import said


def _quoted(nlp: Language, text: str) -> list[str]:
    found = scan_marks(nlp.make_doc(text), text, line_bounds(text), singles=True)
    return [text[m.start : m.end] for m in found]


def test_straight_singles_are_no_quotes_by_default(nlp: Language) -> None:
    text = "'We will rebuild the harbour,' Petra Holm said."
    assert scan_marks(nlp.make_doc(text), text, line_bounds(text)) == []


def test_straight_single_marks_quote(nlp: Language) -> None:
    text = "'We will rebuild the harbour,' Petra Holm said. 'Nobody is leaving.'"
    assert _quoted(nlp, text) == ["We will rebuild the harbour", "Nobody is leaving."]


def test_apostrophes_are_no_quotes(nlp: Language) -> None:
    text = "Rock 'n' roll fans of the '90s liked the players' songs, and he'd sing y'all along."
    assert _quoted(nlp, text) == []


def test_plural_possessive_inside_a_quote_reads_on(nlp: Language) -> None:
    text = "'The workers' union backs the plan,' said Tom Hale."
    assert _quoted(nlp, text) == ["The workers' union backs the plan"]


def test_open_mark_continues_only_into_a_quoted_paragraph(nlp: Language) -> None:
    text = "'We tried everything,' Tom Hale wrote. 'We were not ready.\n\n'Nobody was,' he added."
    assert _quoted(nlp, text)[1] == "We were not ready."
    lone = "The band played 'til dawn at the Varnby pier.\n\nThe crowd stayed."
    assert _quoted(nlp, lone) == []


def test_inner_straight_singles_stay_inside_double_marks(nlp: Language) -> None:
    text = "\"I mean, not 'over the winter' at all,\" she said."
    assert _quoted(nlp, text) == ["I mean, not 'over the winter' at all"]


def test_a_quote_in_straight_singles_is_direct_and_attributed(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(marks, "STRAIGHT_SINGLES", True)
    quote = said(nlp, "Tom Hale said: 'We are not going anywhere until the work is done.'", "going")
    assert (quote.kind, quote.speaker) == ("direct", "Tom Hale")
    text = "'It was terrifying,' said one passenger, Tom Hale. 'It shook.'"
    quote = said(nlp, text, "terrifying")
    assert (quote.kind, quote.speaker) == ("direct", "Tom Hale")


def test_a_plural_possessive_before_a_name_reads_on_into_a_quoted_paragraph(
    nlp: Language,
) -> None:
    text = (
        "'Only last spring, the Northern Isles' Varnby office drew up a plan to rebuild.\n\n"
        "'Our town has a plan of its own,' said the Varnby Courier."
    )
    assert _quoted(nlp, text)[0].startswith("Only last spring, the Northern Isles' Varnby office")


def test_a_closing_mark_before_an_attribution_closes(nlp: Language) -> None:
    text = "'We will beat the Rangers' said Tom Hale. 'Next year is ours.'"
    assert _quoted(nlp, text) == ["We will beat the Rangers", "Next year is ours."]


def test_a_doubled_closing_apostrophe_closes_a_single_mark_quote(nlp: Language) -> None:
    text = "'Do not hand your card to a stranger on the quay,'' Hale said. 'Never pay.'"
    assert _quoted(nlp, text) == ["Do not hand your card to a stranger on the quay", "Never pay."]
