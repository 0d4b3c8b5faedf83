"""Likely rewordings of a claim count only when a third independent source agrees."""

from __future__ import annotations

import math
import zlib

import numpy as np

from storyline.model import Document
from storyline.synthesize.claims import ClaimMatcher
from storyline.synthesize.summary import SentenceIndex, claims

# One claim in three outlets' words: too different for a sure match, likely the same.
CLAIM = [
    "Officials in Tarrow said the ministry may revise its old policy on grain sales to Lusk.",
    "The cabinet hinted it could revise a policy that keeps grain from being shipped abroad.",
    "In a speech, a minister suggested the government might revise its grain policy for Lusk.",
]
FILLER = {
    "a": ["Farmers in the valley brought in a record wheat harvest this autumn, growers said."],
    "b": ["The harbour at Penmor was closed for two days because of storms at sea, it said."],
    "c": ["Rail workers went on strike on Monday over pay, halting most trains in the north."],
}


def _doc(i: str, sentences: list[str]) -> Document:
    return Document(
        id=i,
        source=i,
        text="\n".join(sentences) + "\n",
        published="2025-05-02",
        published_source="meta",
    )


def _encoder(similar: float = 0.7):
    """Claim sentences at cosine ``similar`` from each other; every other sentence apart."""
    dims = 16

    def encode(texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), dims), dtype=np.float32)
        for k, text in enumerate(texts):
            if text in CLAIM:
                out[k, 0] = math.sqrt(similar)
                out[k, 1 + CLAIM.index(text)] = math.sqrt(1 - similar)
            else:
                out[k, 4 + zlib.crc32(text.encode()) % (dims - 4)] = 1.0
        return out

    return encode


def _claims(doc_ids: str):
    docs = [_doc(i, [CLAIM["abc".index(i)], *FILLER[i]]) for i in doc_ids]
    index = SentenceIndex(docs)
    found = claims(index, {d.id: d.id for d in docs}, {d.id for d in docs}, _encoder())
    return next(c for c in found if c.sentence.text in CLAIM)


def test_the_claim_sentences_are_likely_not_surely_the_same():
    texts = CLAIM + [s for f in FILLER.values() for s in f]
    matcher = ClaimMatcher(texts, list(range(len(texts))), _encoder())
    for i, j in ((0, 1), (0, 2), (1, 2)):
        assert not matcher.same(i, j)
        assert matcher.likely(i, j)


def test_a_likely_rewording_counts_when_a_third_source_agrees():
    claim = _claims("abc")
    assert claim.support == 3
    assert {c.doc_id for c in claim.citations} == {"a", "b", "c"}


def test_a_likely_rewording_alone_counts_for_nothing():
    claim = _claims("ab")
    assert claim.support == 1
    assert [c.doc_id for c in claim.citations] == [claim.sentence.doc.id]
