"""A figure group's label reads as the page reads: the verb in the page's own form."""

from __future__ import annotations

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
