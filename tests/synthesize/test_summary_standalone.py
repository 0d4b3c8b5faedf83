"""Summary points and takeaways are read away from their page: no sentence that leans on the
one before it ("However, she added...") is shown, though its claim may be, in the words of
another source that reports it."""

from __future__ import annotations

import pytest

from storyline.model import Citation, Document
from storyline.synthesize.summary import Claim, Sentence, stands_alone, summarize, takeaways


@pytest.mark.parametrize(
    "text",
    [
        "However, she added that the ferry would not sail before spring.",
        "She added that the ferry would not sail before spring.",
        "At that time, Mayor Irene Calloway had promised a new bridge.",
        "Its spokesman declined to comment on the repairs.",
        "This decision drew protests from the ferry crews.",
        "In addition, two cranes were brought in from Tarn.",
        "“It will hold,” the engineer told reporters.",
        "Which is where the new ferry timetable comes in.",
        "“The ferries will sail again in spring, whatever the council decides.”",
        '"Every crossing will run to the winter timetable, and the bridge stays shut.',
        "We will keep the ferries running as long as the weather allows.”",
        'We will keep the ferries running as long as the weather allows." said the mayor.',
        "Once this repair is done, the ferries will run to the winter timetable.",
        "When they arrived, the crews found the cables cut.",
    ],
)
def test_sentences_that_lean_on_the_one_before(text: str) -> None:
    assert not stands_alone(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Elner Transit Authority closed the Halvard Bridge on Monday.",
        "This week, repair crews began replacing the cracked cables.",
        "That morning, ferries carried 9,000 commuters across the river.",
        "Then-mayor Oskar Lind opened the bridge in 1987.",
        "In addition to the ferries, buses ran through the night.",
        "Andrea Holm, an engineer, said the cables had rusted.",
        "“The cables had rusted through,” said Andrea Holm, an engineer at the port.",
        '"Rusted through," Andrea Holm said of the cables on Monday.',
        'The mayor called the repair plan "dead on arrival" and left the meeting.',
        "When the ferry sank, 40 people were aboard.",
        "Once this week is over, the ferries will run to the winter timetable.",
    ],
)
def test_sentences_that_stand_alone(text: str) -> None:
    assert stands_alone(text)


def _claim(doc: Document, text: str, others: list[tuple[Document, str]], support: int) -> Claim:
    start = doc.text.index(text)
    cites = [Citation(doc_id=doc.id, start=start, end=start + len(text), text=text)]
    for other, said in others:
        at = other.text.index(said)
        cites.append(Citation(doc_id=other.id, start=at, end=at + len(said), text=said))
    return Claim(Sentence(doc, start, start + len(text), 0.0), 0, 1.0, cites, support)


LEANING = "At that time, Mayor Calloway had said the bridge could close for a month."
PLAIN = "Mayor Irene Calloway said the Halvard Bridge could stay closed for a month."
ALONE = "However, she added that the ferries would keep running through the winter."


def _story() -> tuple[Document, Document]:
    a = Document(id="a", source="a", text=f"The bridge closed on Monday. {LEANING} {ALONE}")
    b = Document(id="b", source="b", text=f"Ferries ran all day on Tuesday. {PLAIN}")
    return a, b


def test_a_leaning_claim_is_shown_in_another_sources_words() -> None:
    a, b = _story()
    claims = [_claim(a, LEANING, [(b, PLAIN)], support=2), _claim(a, ALONE, [], support=2)]

    class NoIndex:  # every claim is far from every other: MMR keeps both if it may
        matrix = None

        def similar(self, rows):  # pragma: no cover - not called without a matrix
            raise AssertionError

    points = summarize(NoIndex(), claims, n_docs=2)  # type: ignore[arg-type]
    assert [p.text for p in points] == [PLAIN]
    assert {c.doc_id for c in points[0].citations} == {"a", "b"}
    assert [p.text for p in takeaways(claims, [])] == [PLAIN]
