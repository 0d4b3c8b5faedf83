"""A summary says a quotation once, however many sentences frame it."""

from __future__ import annotations

from storyline.model import Document
from storyline.synthesize.summary import SentenceIndex, claims, quoted_runs, summarize

QUOTE = "The old bridge will reopen before the summer festival"
FRAMES = [
    f"Mayor Tove Lindqvist, 52, told reporters at the flooded town hall: “{QUOTE} in June.",
    f"'{QUOTE},' Lindqvist wrote on Facebook, answering shop owners who had complained "
    "about lost trade since the March storms.",
    f'"{QUOTE} and the harbour wall holds," the mayor of Varnby said in a video message.',
]
OTHER = [
    "About 300 homes in the lower town were evacuated before dawn on Tuesday.",
    "Engineers from the county will inspect the harbour wall once the water falls.",
    "Two schools on the river road stay closed for the rest of the week.",
    "The river authority expects the water to fall slowly over the weekend.",
]


def _docs() -> list[Document]:
    return [
        Document(id=f"d{i}", source=f"d{i}", text="\n".join([frame, *OTHER[i:], *OTHER[:i]]))
        for i, frame in enumerate(FRAMES)
    ]


def test_quoted_runs_are_the_words_inside_quotation_marks() -> None:
    assert quoted_runs(FRAMES[0]) & quoted_runs(FRAMES[1]) & quoted_runs(FRAMES[2])
    assert not quoted_runs(OTHER[0])  # no quotation
    assert not quoted_runs("The mayor's office and the town's harbour board met on Friday.")
    # a quote that opened in the sentence before ends in this one
    ending = quoted_runs("the harbour wall holds for now,” she added.")
    assert ("harbour", "wall", "holds", "for", "now") in ending
    assert not any("she" in run for run in ending)


def test_the_summary_says_one_quotation_once() -> None:
    docs = _docs()
    index = SentenceIndex(docs)
    groups = {d.id: d.id for d in docs}
    points = summarize(index, claims(index, groups, set(), encoder=None), len(docs))
    quoting = [p.text for p in points if "will reopen before the summer festival" in p.text]
    assert len(quoting) == 1, quoting
