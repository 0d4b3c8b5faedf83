"""A figure group reads as the page reads: the verb in the page's own form; a range is one value."""

from __future__ import annotations

from storyline.model import Analysis, Document, Figure
from storyline.synthesize.figures import key_figures
from tests.synthesize.test_figures_groups import _story


def test_a_groups_verb_is_written_as_the_page_writes_it():
    groups = _story(
        [
            (
                "Up to 18,000 men rated the ferry crews on three forums.",
                # a parser's wrong lemma of "rated"
                [("18,000 men", 18000, "men", "rat")],
                [],
            ),
            (
                "Police said 17 men were arrested at the harbour.",
                [("17 men", 17, "men", "arrest")],
                [],
            ),
        ]
    )
    labels = {g.quantity for g in groups}
    assert "men who rated" in labels
    assert not any(label.endswith(" rat") for label in labels)


def test_the_two_ends_of_a_range_are_one_value():
    text = "The hail left stones of 6-12 inches across the harbour."
    doc = Document(id="p", source="p", text=text, published="2025-05-02", published_source="meta")
    figs = [
        Figure(text="6", value=6, unit="inches", bound="at_least", start=24, end=25),
        Figure(text="12 inches", value=12, unit="inches", bound="up_to", start=26, end=35),
    ]
    analysis = Analysis(doc_id="p", version="t", text_hash="x", figures=figs)
    [group] = key_figures([doc], {"p": analysis}, {"p": "p"})
    assert group.verdict == "single"


def test_two_numbers_of_one_sentence_count_different_things():
    [group] = _story(
        [
            (
                "The port said 67 ferries came from Tarn and 63 ferries from Elner.",
                [("67 ferries", 67, "ferries", None), ("63 ferries", 63, "ferries", None)],
                [],
            )
        ]
    )
    assert group.verdict == "different_referents"
