"""Summary and takeaways: cited, counted by independent source, read in the originals' words."""

from __future__ import annotations

from storyline.model import (
    Document,
)


def test_summary_cites_and_counts_independent_sources(brief):
    assert 5 <= len(brief.summary) <= 8 or len(brief.summary) >= 4
    texts = [p.text for p in brief.summary]
    assert len(texts) == len(set(texts))
    copied = [p for p in brief.summary if "12,000 troops to Russia, the National" in p.text]
    if copied:  # the copy d is cited but counts with a as one source
        ids = {c.doc_id for c in copied[0].citations}
        assert {"a", "d"} <= ids
        assert copied[0].independent_sources == len(ids) - 1


def test_takeaways_do_not_repeat_the_summary(brief):
    summary_cites = {(c.doc_id, c.start) for p in brief.summary for c in p.citations}
    for p in brief.takeaways:
        if p.text.split(":")[0] in {fg.quantity for fg in brief.figures}:
            continue  # a key figure's line, not a sentence
        assert not {(c.doc_id, c.start) for c in p.citations} & summary_cites, p.text


def test_claims_read_a_rewrite_in_its_originals_words():
    from storyline.synthesize.summary import SentenceIndex, claims

    original = Document(
        id="o",
        source="o",
        text=(
            "The dam, completed in 1987 by Halvard Construction, supplies drinking water to about "
            "200,000 people in the region.\n"
            "Engineers lost their fight to save the spillway of the dam on Wednesday afternoon.\n"
        ),
    )
    rewrite = Document(
        id="r",
        source="r",
        text=(
            "The dam, finished 1987 by Halvard Construction, supplies about 200 000 people in the "
            "region with drinking water.\n"
            "Farmers in the lower valley say the water reached their fields within an hour.\n"
        ),
    )
    got = claims(SentenceIndex([original, rewrite]), {"o": "g", "r": "g"}, {"o"})
    texts = [c.sentence.text for c in got]
    assert any(t.startswith("The dam, completed in 1987") for t in texts)
    assert not any(t.startswith("The dam, finished 1987") for t in texts)
    assert any(t.startswith("Farmers in the lower valley") for t in texts)  # its own claim


def test_figure_takeaways_come_from_more_than_one_page(brief):
    quantities = {fg.quantity for fg in brief.figures}
    for p in brief.takeaways:
        if p.text.split(":")[0] in quantities:
            assert len({c.doc_id for c in p.citations}) > 1, p.text
