"""Who said what: quotes grouped by speaker, versions of one quote, positions on one question."""

from __future__ import annotations

from storyline.model import (
    Analysis,
    Citation,
    CopyRelation,
    Document,
    Quote,
    QuoteItem,
)
from tests.hand_story import (
    span,
)


def test_quotes_and_positions(brief):
    speakers = {s.speaker: s for s in brief.quotes}
    aoki = speakers["Naoko Aoki"]
    assert aoki.role == "a political scientist at RAND"
    assert aoki.quotes[0].independent_sources == 1  # the copy is not a second source
    assert brief.questions
    q = brief.questions[0]
    assert q.question == "How likely is escalation of the conflict on the peninsula?"
    stances = {p.speaker: p.stance for p in q.positions}
    assert stances == {"Naoko Aoki": "unlikely", "Cho Han-bum": "possible"}


def _positions_of(*quotes: tuple[str, str]):
    from storyline.synthesize.quotes import Said, positions

    doc = Document(id="q", source="q", text="\n".join(q for _, q in quotes))
    said = []
    for speaker, words in quotes:
        a, b = span(doc.text, words)
        citation = Citation(doc_id="q", start=a, end=b, text=words)
        item = QuoteItem(text=words, kind="direct", citation=citation)
        quote = Quote(text=words, kind="direct", speaker=speaker, start=a, end=b)
        said.append(Said(speaker, None, doc, quote, item, True))
    return positions(said, [])


def test_positions_only_where_quotes_answer_one_question():
    # The same noun said of different things: no question.
    apart = _positions_of(
        (
            "Ana Berg",
            "I don't think the deployment of troops for combat on Ukrainian soil is likely",
        ),
        ("Tom Vale", "A deployment of North Korean troops to Ukraine is likely by winter"),
    )
    assert apart == []
    # "may" rates no likelihood; a bare noun pins nothing down.
    assert (
        _positions_of(
            ("Ana Berg", "The messaging may be aimed at discouraging the deployment of troops"),
            ("Tom Vale", "A deployment of troops to the border is unlikely"),
        )
        == []
    )
    assert (
        _positions_of(
            ("Ana Berg", "I don't think escalation is likely"),
            ("Tom Vale", "Escalation is possible"),
        )
        == []
    )
    same = _positions_of(
        ("Ana Berg", "A deployment of troops to the border is unlikely this year"),
        ("Tom Vale", "The deployment of troops to the border is likely, in my view"),
    )
    assert [p.stance for p in same[0].positions] == ["unlikely", "likely"]


# ---------------------------------------------------------------- copies' wordings


def _quote_doc(doc_id: str, text: str, quotes: list[tuple[str, str]]):
    doc = Document(
        id=doc_id, source=doc_id, text=text, published="2025-03-12", published_source="meta"
    )
    qs = [
        Quote(text=w, kind="direct", speaker=who, start=span(text, w)[0], end=span(text, w)[1])
        for w, who in quotes
    ]
    return doc, Analysis(doc_id=doc_id, version="t", text_hash="x", quotes=qs)


def test_a_quote_and_its_translation_are_one_quote():
    from storyline.synthesize.common import copy_groups
    from storyline.synthesize.quotes import gather

    orig = (
        "“The wall is sound, the spillway is not, and we will not gamble with lives,” "
        "Vorn said. “A spillway is the dam's safety valve,” Reyl said."
    )
    trans = (
        "“The wall is healthy, the spillway is not, and we will not play with the lives "
        "of people,” Vorn said. “A spillway is the safety valve of the dam,” Reyl said."
    )
    wire = "“The wall is sound, the spillway is not,” Vorn told reporters."
    other = "“The wall is sound but the spillway gave way,” Vorn said on Friday."
    parts = [
        _quote_doc(
            "o",
            orig,
            [
                (
                    "The wall is sound, the spillway is not, and we will not gamble with lives",
                    "Vorn",
                ),
                ("A spillway is the dam's safety valve", "Reyl"),
            ],
        ),
        _quote_doc(
            "t",
            trans,
            [
                (
                    "The wall is healthy, the spillway is not, and we will not "
                    "play with the lives of people",
                    "Vorn",
                ),
                ("A spillway is the safety valve of the dam", "Reyl"),
            ],
        ),
        _quote_doc("w", wire, [("The wall is sound, the spillway is not", "Vorn")]),
        _quote_doc("x", other, [("The wall is sound but the spillway gave way", "Vorn")]),
    ]
    docs = [d for d, _ in parts]
    relations = [CopyRelation(doc_id="t", of_id="o", kind="derived_from", score=0.6)]
    groups = copy_groups([d.id for d in docs], relations, docs)
    said = gather(docs, {a.doc_id: a for _, a in parts}, {}, [], groups, {"o", "w", "x"})
    by_text = {s.item.text: s.item for s in said}
    wall = by_text["The wall is sound, the spillway is not, and we will not gamble with lives"]
    # The translation (a copy: the same source) and the shorter excerpt (another source).
    assert {c.doc_id for c in wall.versions} == {"t", "w"}
    assert wall.independent_sources == 2
    assert by_text["A spillway is the dam's safety valve"].versions[0].doc_id == "t"
    # Alike words on an unrelated page are another statement, not a version of this one.
    assert "The wall is sound but the spillway gave way" in by_text
    assert len(said) == 3
