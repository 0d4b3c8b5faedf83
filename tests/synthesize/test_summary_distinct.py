"""Two summary points never show the same wording: a claim whose own sentence leans on its
page is shown in another source's words, which another point may already show."""

from __future__ import annotations

from storyline.model import Citation, Document
from storyline.synthesize.summary import Claim, Sentence, SentenceIndex, summarize

SHOWN = "A second ferry will sail to Tarn in the spring, guided by the harbour pilots."
AGAIN = "A second ferry will sail to Tarn in the spring, which will be guided by harbour pilots."
LEANING = "Once this link is open, it will let the line add its next boat within months."
OTHER = "The first ferry of the Tarn line left Elner harbour on Monday with 40 passengers."


def _claim(doc: Document, text: str, k: int, cites: list[tuple[Document, str]]) -> Claim:
    s = doc.text.index(text)
    out = [Citation(doc_id=doc.id, start=s, end=s + len(text), text=text)]
    for other, said in cites:
        at = other.text.index(said)
        out.append(Citation(doc_id=other.id, start=at, end=at + len(said), text=said))
    return Claim(Sentence(doc, s, s + len(text), 0.0), k, 1.0, out, 2)


def test_no_two_points_show_one_wording() -> None:
    a = Document(id="a", source="a", text=f"{OTHER} {LEANING}")
    b = Document(id="b", source="b", text=f"{SHOWN} Crews painted the hull blue.")
    c = Document(id="c", source="c", text=f"{AGAIN} The pilots trained for a week.")
    index = SentenceIndex([a, b, c])
    rows = {index.sentences[i].text: i for i in range(len(index.sentences))}
    candidates = [
        _claim(a, OTHER, rows[OTHER], []),
        _claim(a, LEANING, rows[LEANING], [(b, SHOWN)]),  # shown in b's words
        _claim(c, AGAIN, rows[AGAIN], []),
    ]
    texts = [p.text for p in summarize(index, candidates, n_docs=3)]
    assert OTHER in texts
    assert sum(t in (SHOWN, AGAIN) for t in texts) == 1
