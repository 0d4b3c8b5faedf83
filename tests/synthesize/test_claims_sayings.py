"""Two sayings of one speaker are two claims, however alike the frames that attribute them."""

from __future__ import annotations

import numpy as np

from storyline.model import Document
from storyline.synthesize.claim_quotes import quoted_spans, unquoted
from storyline.synthesize.claims import ClaimMatcher
from storyline.synthesize.summary import SentenceIndex, claims


def test_quotations_and_their_frame_are_read_apart():
    text = "“The harbour wall holds for now,” Ms. Orlen said."
    assert quoted_spans(text) == ["The harbour wall holds for now,"]
    assert "harbour" not in unquoted(text) and "Orlen said" in unquoted(text)
    assert quoted_spans("the wall holds,” she added.") == ["the wall holds,"]


def test_different_quotations_in_one_frame_are_two_claims():
    texts = [
        '"Nobody can return the lost seasons to us," Ms. Orlen said.',
        '"I will go back to the vineyard," Ms. Orlen said.',
        '"Nobody can return the lost seasons to us," Ms. Orlen told the radio.',
    ]
    matcher = ClaimMatcher(texts)
    assert matcher.said_apart(0, 1) and not matcher.same(0, 1, wording=0.7)
    assert not matcher.said_apart(0, 2) and matcher.same(0, 2, wording=0.9)


def test_one_quotation_by_two_speakers_is_not_one_claim():
    texts = [
        '"We are praying with the families of the crew," Mr. Tavin said.',
        '"This is the news every family of the crew prayed for," Ms. Dorell said.',
        '"We are praying with the families," Tavin said on Monday.',
    ]
    matcher = ClaimMatcher(texts)
    assert matcher.said_apart(0, 1) and not matcher.same(0, 1, wording=0.7)
    assert not matcher.said_apart(0, 2)


def test_a_shared_frame_alone_is_no_shared_wording():
    texts = [
        "Harbour master Ilse Varga said the quay would reopen on Friday.",
        "Harbour master Ilse Varga said the fishing fleet had lost two boats.",
        "The quay would reopen on Friday, Varga said.",
    ]
    matcher = ClaimMatcher(texts)
    assert matcher.wording_apart(1, 2) and not matcher.wording_apart(0, 2)


def _doc(i: str, text: str) -> Document:
    return Document(id=i, source=i, text=text, published="2025-05-02", published_source="meta")


def test_a_summary_point_does_not_cite_another_saying_of_its_speaker():
    docs = [
        _doc(
            "a",
            "Fishing boats returned to Tarrow harbour on Monday after the storm.\n"
            '"Nobody can give us back those weeks," Ms. Orlen said.\n',
        ),
        _doc(
            "b",
            "The fleet of Tarrow came back to port on Monday once the storm passed.\n"
            '"I will go back to sea tomorrow," Ms. Orlen said.\n',
        ),
    ]
    index = SentenceIndex(docs)
    found = claims(index, {"a": "a", "b": "b"}, {"a", "b"}, encoder=None)
    quoted = [c for c in found if "Nobody" in c.sentence.text]
    assert quoted and quoted[0].support == 1
    assert [c.text for c in quoted[0].citations] == [quoted[0].sentence.text]


def _encoder(vectors: dict[str, list[float]]):
    def encode(texts: list[str]) -> np.ndarray:
        out = np.array([vectors[t] for t in texts], dtype=np.float32)
        return out / np.linalg.norm(out, axis=1, keepdims=True)

    return encode


def test_one_saying_translated_twice_is_one_claim_when_it_means_the_same():
    a = '"We are ready to talk without preconditions," Foreign Minister Ilka Ruun said.'
    b = '"We are prepared to hold negotiations with no preconditions," Ruun told reporters.'
    c = '"Our troops will stay on our bank of the river," Ms. Ruun said.'
    vectors = {a: [1.0, 0.1, 0.0], b: [0.95, 0.2, 0.0], c: [0.5, 0.0, 0.9]}
    matcher = ClaimMatcher([a, b, c], [0, 1, 2], _encoder(vectors))
    assert not matcher.said_apart(0, 1)  # other words, one meaning: a translation
    assert matcher.said_apart(0, 2)
    words_only = ClaimMatcher([a, b, c])
    assert words_only.said_apart(0, 1)  # without meaning, a merge wrongly made costs more
    trims = [
        '"We will rebuild every school," Mayor Enna Kolt said.',
        '"Every school will be rebuilt," Kolt told the council.',
    ]
    assert not ClaimMatcher(trims).said_apart(0, 1)  # most of the shorter quote's words


def test_a_quoted_phrase_does_not_make_a_saying():
    texts = [
        'Asked why, Tamsin Holt said, "My children come first."',
        'In tears of "relief and gratitude", coach Tamsin Holt cited her children as the reason '
        "she decided to leave the club after eleven seasons.",
    ]
    matcher = ClaimMatcher(texts)
    assert matcher.quotes[0] and not matcher.quotes[1]  # the second tells its claim itself
    assert not matcher.said_apart(0, 1)
