"""Summary points and takeaways stand alone and say a thing once: the story's news leads and
background follows it, however widely recalled; a takeaway that states a summary point's claim
in other words, or a key figure a summary point already gives, is no takeaway; a quotation in
single marks is no takeaway; "Another ...", "To do this, ..." lean on the sentence before."""

from __future__ import annotations

from storyline.model import Citation, Document, FigureGroup, FigureValue, Point
from storyline.synthesize import _figure_points
from storyline.synthesize.claims import ClaimMatcher
from storyline.synthesize.summary import (
    Claim,
    SentenceIndex,
    stands_alone,
    summarize,
    takeaways,
)

NEWS = "The Tarn ferry sank in the strait on Friday with forty passengers aboard its deck."
OLD = "The Tarn ferry service first started in 1971 with one small wooden boat at the quay."
SAME = "Friday's sinking of the Tarn ferry in the strait had forty passengers aboard."
OTHER = "Divers from three harbours searched the cold strait for the missing boat overnight."
QUOTED = "'We will search all night and all morning for the ferry,' the harbour chief said."


def _doc(i: int, text: str) -> Document:
    return Document(
        id=f"d{i}", source=f"d{i}", text=text, published="2031-06-02", published_source="meta"
    )


def _claims(docs: list[Document], support: dict[int, int]) -> tuple[SentenceIndex, list[Claim]]:
    index = SentenceIndex(docs)
    matcher = ClaimMatcher([s.text for s in index.sentences])
    out = []
    for row, sentence in enumerate(index.sentences):
        cite = Citation(
            doc_id=sentence.doc.id, start=sentence.start, end=sentence.end, text=sentence.text
        )
        out.append(Claim(sentence, row, 1.0, [cite], support.get(row, 1), matcher=matcher))
    return index, out


def test_background_follows_the_news_however_widely_recalled() -> None:
    docs = [_doc(0, OLD), _doc(1, NEWS), _doc(2, OTHER)]
    index, candidates = _claims(docs, {0: 4, 1: 2, 2: 1})
    candidates[0].background = True
    points = summarize(index, candidates, len(docs))
    texts = [p.text for p in points]
    assert texts.index(OLD) > texts.index(NEWS)
    assert texts.index(OLD) > texts.index(OTHER)


def test_a_takeaway_in_other_words_of_a_summary_point_is_dropped() -> None:
    docs = [_doc(0, NEWS), _doc(1, SAME), _doc(2, OTHER)]
    _, candidates = _claims(docs, {0: 3, 1: 2, 2: 2})
    summary = [Point(text=NEWS, citations=candidates[0].citations, independent_sources=3)]
    points = takeaways(candidates, summary, limit=3)
    assert [p.text for p in points] == [OTHER]


def test_a_quotation_in_single_marks_is_no_takeaway() -> None:
    docs = [_doc(0, QUOTED), _doc(1, OTHER)]
    _, candidates = _claims(docs, {0: 3, 1: 2})
    assert [p.text for p in takeaways(candidates, [], limit=3)] == [OTHER]


def test_sentences_that_lean_on_the_one_before() -> None:
    assert not stands_alone("Another 14 inches of snow fell on the town by Tuesday night.")
    assert not stands_alone("To do this, the crew sealed the hatch with two steel plates.")
    assert stands_alone("The storm dropped 14 inches of snow on the town by Tuesday night.")


def test_a_figure_a_summary_point_gives_is_no_takeaway() -> None:
    text = "At least 40 people died when the Tarn ferry sank. Later 40 people were counted."
    first = text.split(". ")[0] + "."
    cite = Citation(doc_id="a", start=0, end=len(first), text=first)
    other = Citation(doc_id="b", start=0, end=len(first), text=first)
    later = Citation(doc_id="c", start=len(first) + 1, end=len(text), text=text[len(first) + 1 :])
    group = FigureGroup(
        quantity="people killed",
        verdict="agree",
        explanation="at least 40 were killed (3 independent sources)",
        values=[
            FigureValue(
                doc_id="a",
                value=40,
                bound="exact",
                unit="people",
                text="40 people",
                citation=cite,
                independent_sources=2,
            ),
            FigureValue(
                doc_id="b",
                value=40,
                bound="exact",
                unit="people",
                text="40 people",
                citation=other,
                independent_sources=2,
            ),
            FigureValue(
                doc_id="c",
                value=40,
                bound="exact",
                unit="people",
                text="40 people",
                citation=later,
                independent_sources=1,
            ),
        ],
    )
    assert _figure_points([group], [])
    said = Point(text=first, citations=[cite], independent_sources=2)
    assert _figure_points([group], [said]) == []
    # several values reconciled tell more than the point that gives one of them
    told = group.model_copy(
        update={
            "verdict": "different_referents",
            "explanation": "40 were killed (2 independent sources); 12 were missing (1 "
            "independent source)",
        }
    )
    assert _figure_points([told], [said])


def test_a_sentence_whose_speaker_is_a_pronoun_leans_on_its_page() -> None:
    assert not stands_alone("The ferry company paid for his ticket home, he said.")
    assert stands_alone("The ferry company paid for his ticket home, the captain said.")


def test_a_first_person_sentence_outside_a_quotation_leans_on_its_page() -> None:
    assert not stands_alone("I told her the pier was safe to walk on that evening.")
    assert stands_alone("“We told them the pier was safe,” the harbour master said.")


def test_a_takeaway_giving_the_same_two_figures_as_a_summary_point_is_dropped() -> None:
    point = "The Tarn ferry left Osterby at 9:15 and docked again at 17:40 with all aboard."
    again = "Passengers said the Tarn ferry left at 9:15 and was back at 17:40 that evening."
    docs = [_doc(0, point), _doc(1, again), _doc(2, OTHER)]
    _, candidates = _claims(docs, {0: 3, 1: 2, 2: 2})
    summary = [Point(text=point, citations=candidates[0].citations, independent_sources=3)]
    assert [p.text for p in takeaways(candidates, summary, limit=3)] == [OTHER]


THIRD = "The Tarn ferry sank in the strait with forty passengers aboard, the coastguard said."


def test_two_wordings_of_one_claim_cited_by_a_third_page_make_one_point() -> None:
    docs = [_doc(0, NEWS), _doc(1, SAME), _doc(2, THIRD), _doc(3, OTHER)]
    index, candidates = _claims(docs, {0: 3, 1: 3, 3: 1})
    third = candidates[2].citations[0]
    candidates[0].citations.append(third)  # each page's wording matched by the third page
    candidates[1].citations.append(third)
    texts = [p.text for p in summarize(index, [candidates[k] for k in (0, 1, 3)], len(docs))]
    assert NEWS in texts and OTHER in texts
    assert SAME not in texts


def test_two_claims_sharing_a_third_page_sentence_that_states_both_stay_apart() -> None:
    docs = [_doc(0, NEWS), _doc(1, OTHER), _doc(2, THIRD)]
    index, candidates = _claims(docs, {0: 2, 1: 2})
    third = candidates[2].citations[0]
    candidates[0].citations.append(third)
    candidates[1].citations.append(third)
    texts = [p.text for p in summarize(index, candidates[:2], len(docs))]
    assert NEWS in texts and OTHER in texts
