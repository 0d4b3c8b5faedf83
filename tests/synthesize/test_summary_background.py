"""A sentence that tells an earlier event sets the scene: it ranks after the story's own claims
and is never a takeaway; a date the story is compared with ("the worst since 1959") is no
earlier event."""

from __future__ import annotations

from storyline.model import Analysis, Citation, Document, TimeExpression
from storyline.synthesize.figure_scope import StoryScope
from storyline.synthesize.summary import Claim, Sentence, mark_background, takeaways

TEXT = (
    "The ferry service to Tarn started in 2007 with a single boat. "
    "The ferry sank on Friday, the worst accident since 1959. "
    "Divers searched the strait for the ferry on Saturday."
)


def _analysis() -> Analysis:
    times = [
        TimeExpression(text=w, start=TEXT.index(w), end=TEXT.index(w) + len(w), value=v)
        for w, v in (("2007", "2007"), ("Friday", "2025-05-02"), ("1959", "1959"))
    ]
    return Analysis(doc_id="a", version="t", text_hash="x", times=times)


def _claims(doc: Document) -> list[Claim]:
    out = []
    for k, sentence in enumerate(TEXT.split(". ")):
        sentence = sentence if sentence.endswith(".") else sentence + "."
        s = TEXT.index(sentence)
        cite = Citation(doc_id=doc.id, start=s, end=s + len(sentence), text=sentence)
        other = Citation(doc_id="b", start=s, end=s + len(sentence), text=sentence)
        out.append(Claim(Sentence(doc, s, s + len(sentence), 0.0), k, 1.0, [cite, other], 2))
    return out


def test_an_earlier_event_ranks_last_and_is_no_takeaway() -> None:
    doc = Document(id="a", source="a", text=TEXT, published="2025-05-03", published_source="meta")
    scope = StoryScope.of([doc])
    ranked = mark_background(_claims(doc), scope, {"a": _analysis()})
    assert [c.background for c in ranked] == [False, False, True]
    assert "2007" in ranked[-1].sentence.text
    points = takeaways(ranked, [], limit=3)
    assert points and not any("2007" in p.text for p in points)


def test_the_wording_shown_is_checked_too() -> None:
    leaning = "However, it began with a single boat."
    a = Document(
        id="a",
        source="a",
        text=f"{leaning} More later.",
        published="2025-05-03",
        published_source="meta",
    )
    b = Document(id="b", source="b", text=TEXT, published="2025-05-03", published_source="meta")
    first = TEXT.split(". ")[0] + "."
    cites = [
        Citation(doc_id="a", start=0, end=len(leaning), text=leaning),
        Citation(doc_id="b", start=0, end=len(first), text=first),
    ]
    claim = Claim(Sentence(a, 0, len(leaning), 0.0), 0, 1.0, cites, 2)
    empty = Analysis(doc_id="a", version="t", text_hash="x")
    [marked] = mark_background([claim], StoryScope.of([a, b]), {"a": empty, "b": _analysis()})
    assert marked.background  # shown in b's words, which tell of 2007
