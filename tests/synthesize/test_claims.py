"""Claims matched across sources by meaning; summary and takeaways led by corroboration."""

from __future__ import annotations

import numpy as np
import pytest

from storyline.model import Document
from storyline.synthesize.claims import ClaimMatcher, counts, numbers, stems
from storyline.synthesize.summary import SentenceIndex, claims, summarize, takeaways


def test_numbers_and_stems():
    assert numbers("About 1.5 million left; 12,000 stayed.") == {1_500_000.0, 12_000.0}
    assert stems("The ministers were revising weapons policies") >= {"revis", "weapon", "polici"}


def test_different_numbers_are_different_claims():
    texts = ["The agency said 9,000 people had left.", "The agency said 15,000 people had left."]
    matcher = ClaimMatcher(texts)
    assert not matcher.same(0, 1, wording=0.9)


def test_a_shared_ordinal_does_not_reconcile_two_counts():
    texts = [
        "The storm flooded 40 homes on the 3rd street of the harbour town.",
        "The storm flooded 65 homes on the 3rd street of the harbour town.",
        "The storm flooded 40 homes near the 3rd street of the harbour town.",
    ]
    matcher = ClaimMatcher(texts)
    assert counts(texts[0]) == {40.0}
    assert not matcher.same(0, 1, wording=0.9)
    assert matcher.same(0, 2, wording=0.9)


def test_shared_names_alone_make_no_claim():
    texts = [
        "Mayor Ada Lind of Varno opened the new bridge on Monday.",
        "Mayor Ada Lind of Varno denied the strike had been called.",
        "Ada Lind said the bridge had cost the town less than planned.",
    ]
    matcher = ClaimMatcher(texts)
    share, _ = matcher.shared_words(0, 1)
    assert share < 0.5  # "Ada", "Lind", "Varno" are names: what she did is the claim


def _fake_encoder(vectors: dict[str, list[float]]):
    def encode(texts: list[str]) -> np.ndarray:
        out = np.array([vectors[t] for t in texts], dtype=np.float32)
        return out / np.linalg.norm(out, axis=1, keepdims=True)

    return encode


def test_meaning_and_shared_words_add_up():
    a = "Officials are weighing whether to send inspectors to the border crossing."
    b = "Authorities may dispatch inspectors to the crossing at the border, sources say."
    c = "The border crossing reopened to lorries after a week of talks."
    vectors = {a: [1.0, 0.1, 0.0], b: [0.9, 0.4, 0.0], c: [0.6, 0.0, 0.8]}
    matcher = ClaimMatcher([a, b, c], [0, 1, 2], _fake_encoder(vectors))
    assert matcher.by_meaning
    assert matcher.same(0, 1)  # close in meaning and sharing "inspectors", "border" ...
    assert not matcher.same(0, 2)  # the same place, another claim
    words_only = ClaimMatcher([a, b, c])
    assert not words_only.by_meaning and not words_only.same(0, 2)


def _doc(i: str, text: str) -> Document:
    return Document(id=i, source=i, text=text, published="2025-05-02", published_source="meta")


STORY = [
    (
        "a",
        "Varno city council voted on Tuesday to close the old harbour bridge to all traffic.\n"
        "Engineers found deep cracks in two of the bridge piers during an inspection last week.\n"
        "The ferry company said it would add evening crossings from Thursday onwards.\n",
    ),
    (
        "b",
        "The old harbour bridge in Varno will be shut to every vehicle after a council vote on "
        "Tuesday.\n"
        "Inspectors discovered deep cracks in two piers of the bridge last week, officials said.\n"
        "Shop owners near the bridge fear a long closure will keep customers away.\n",
    ),
    (
        "c",
        "Council members in Varno decided on Tuesday that the old harbour bridge must close to "
        "all traffic.\n"
        "A local historian said the bridge was opened in 1931 by a visiting prince.\n",
    ),
]


@pytest.fixture(scope="module")
def story_claims():
    docs = [_doc(i, t) for i, t in STORY]
    index = SentenceIndex(docs)
    groups = {d.id: d.id for d in docs}
    return index, claims(index, groups, {d.id for d in docs}, encoder=None), len(docs)


def test_reworded_claims_cite_every_source(story_claims):
    _, found, _ = story_claims
    closing = next(c for c in found if c.sentence.text.startswith("Varno city council voted"))
    assert closing.support == 3
    assert {c.doc_id for c in closing.citations} == {"a", "b", "c"}


def test_summary_leads_with_the_most_reported_claim(story_claims):
    index, found, n = story_claims
    summary = summarize(index, found, n)
    assert summary[0].independent_sources == 3
    assert [p.independent_sources for p in summary] == sorted(
        (p.independent_sources for p in summary), reverse=True
    )
    # one claim, one point: its other wordings are cited, not repeated
    assert sum("harbour bridge" in p.text and "Tuesday" in p.text for p in summary) == 1


def test_takeaways_never_rest_on_one_source(story_claims):
    index, found, n = story_claims
    for point in takeaways(found, summarize(index, found, n)[:1]):
        assert point.independent_sources >= 2, point.text
