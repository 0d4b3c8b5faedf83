"""MEANTIME time expressions: text rebuilt from tokens, TIMEX3 mapped to character offsets,
the creation time taken as the reference date and only the annotated sentences scored."""

from __future__ import annotations

from pathlib import Path

from storyline.eval.meantime_timex import ANNOTATED_SENTENCES, load_documents, read_article

TOKENS = [
    # (t_id, sentence, word)
    ("1", "0", "Mill"), ("2", "0", "closes"),
    ("3", "1", "March"), ("4", "1", "9"), ("5", "1", ","), ("6", "1", "2026"),
    ("7", "2", "The"), ("8", "2", "mill"), ("9", "2", "closed"), ("10", "2", "on"),
    ("11", "2", "Monday"), ("12", "2", "("), ("13", "2", "finally"), ("14", "2", ")"),
    ("15", "2", "."),
    ("16", str(ANNOTATED_SENTENCES + 1), "Later"), ("17", str(ANNOTATED_SENTENCES + 1), "text"),
]  # fmt: skip


def _xml(timexes: str) -> str:
    tokens = "".join(f'<token t_id="{t}" sentence="{s}">{w}</token>' for t, s, w in TOKENS)
    return f'<Document doc_name="mill"><token_list>{tokens}</token_list><Markables>{timexes}</Markables></Document>'  # noqa: E501


CREATION = (
    '<TIMEX3 m_id="20" type="DATE" value="2026-03-09" functionInDocument="CREATION_TIME">'
    '<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/>'
    '<token_anchor t_id="6"/></TIMEX3>'
)
MONDAY = '<TIMEX3 m_id="21" type="DATE" value="2026-03-09"><token_anchor t_id="11"/></TIMEX3>'
IMPLICIT = '<TIMEX3 m_id="22" type="DATE" value="2026-03"></TIMEX3>'


def _write(tmp_path: Path, xml: str, name: str = "mill.xml") -> Path:
    path = tmp_path / name
    path.write_text(xml, encoding="utf-8")
    return path


def test_text_is_rebuilt_with_page_spacing_one_sentence_a_line(tmp_path):
    doc = read_article(_write(tmp_path, _xml(CREATION + MONDAY)), "topic", "dev")
    assert doc.text.splitlines() == [
        "Mill closes",
        "March 9, 2026",
        "The mill closed on Monday (finally).",
        "Later text",
    ]
    assert (doc.subset, doc.half, doc.name) == ("topic", "dev", "mill")


def test_timexes_map_to_offsets_and_the_creation_time_is_the_reference(tmp_path):
    doc = read_article(_write(tmp_path, _xml(CREATION + MONDAY + IMPLICIT)))
    assert doc.reference == "2026-03-09"
    assert [(doc.text[g.start : g.end], g.value, g.type) for g in doc.gold] == [
        ("Monday", "2026-03-09", "DATE")
    ]
    ignored = [doc.text[s:e] for s, e in doc.ignore]
    assert ignored[0] == "March 9, 2026"
    # Everything after the annotated sentences is not scored.
    start, end = doc.ignore[-1]
    assert doc.text[start:].strip() == "Later text" and end > len(doc.text)


def test_without_a_creation_time_the_date_line_plays_its_part(tmp_path):
    date_line = (
        '<TIMEX3 m_id="23" type="DATE" value="2026-03-09"><token_anchor t_id="3"/>'
        '<token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/></TIMEX3>'
    )
    doc = read_article(_write(tmp_path, _xml(date_line + MONDAY)))
    assert doc.reference == "2026-03-09"
    assert [doc.text[g.start : g.end] for g in doc.gold] == ["Monday"]


def test_load_documents_splits_each_topic_by_sorted_position(tmp_path):
    for topic in ("airbus", "stocks"):
        (tmp_path / topic).mkdir()
        for name in ("1.xml", "2.xml", "3.xml"):
            _write(tmp_path / topic, _xml(CREATION + MONDAY), name)
    docs = load_documents(tmp_path)
    assert [(d.subset, d.half) for d in docs] == [
        ("airbus", "dev"), ("airbus", "test"), ("airbus", "dev"),
        ("stocks", "dev"), ("stocks", "test"), ("stocks", "dev"),
    ]  # fmt: skip
