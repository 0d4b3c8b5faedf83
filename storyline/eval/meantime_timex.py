"""MEANTIME time expressions: span and value scores of ``find_times`` on Wikinews articles.

Each article is tokenised XML; we rebuild the text (tokens joined with plain detokenising
spacing, one sentence a line) and map every TIMEX3 to character offsets through its token
anchors. The TIMEX3 with ``functionInDocument="CREATION_TIME"`` is the reference date; it is
neither scored as gold nor held against a system that finds it. Time expressions are annotated
only in sentences 0-5 (title, date line, first four sentences) of every article, so system
expressions after sentence 5 are not scored either. Metrics are the TempEval-3
ones (see ``storyline.eval.tempeval3``). Files are split by sorted position within each topic
(even = dev, odd = test).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from storyline.eval import Report
from storyline.eval.tempeval3 import (
    GoldDoc,
    System,
    Timex,
    evaluate_docs,
    rows_for,
    run_ours,
    run_spacy,
)
from storyline.progress import Tracker

DATA = "meantime"
ANNOTATED_SENTENCES = 5  # the last sentence number with TIMEX3 annotation

_NO_SPACE_BEFORE = {
    ",",
    ".",
    ";",
    ":",
    "!",
    "?",
    ")",
    "]",
    "}",
    "%",
    "'s",
    "n't",
    "'",
    "'re",
    "'ve",
    "'ll",
    "'d",
    "'m",
    "''",
}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "#"}


def _join_tokens(root: ET.Element) -> tuple[str, dict[str, tuple[int, int]]]:
    """The article's text, rebuilt from its tokens as a page spaces them, and each token's
    span in it (by t_id)."""
    spans: dict[str, tuple[int, int]] = {}
    parts: list[str] = []
    length = 0
    prev_sentence = None
    prev_word = ""
    for tok in root.iter("token"):
        word = tok.text or ""
        sentence = tok.get("sentence")
        if prev_sentence is None:
            sep = ""
        elif sentence != prev_sentence:
            sep = "\n"
        elif word in _NO_SPACE_BEFORE or prev_word in _NO_SPACE_AFTER:
            sep = ""
        else:
            sep = " "
        parts.append(sep + word)
        length += len(sep)
        spans[tok.get("t_id", "")] = (length, length + len(word))
        length += len(word)
        prev_sentence, prev_word = sentence, word
    return "".join(parts), spans


def read_article(path: Path, subset: str = "", half: str = "") -> GoldDoc:
    root = ET.parse(path).getroot()
    text, spans = _join_tokens(root)
    # Time expressions are annotated in the title, date line and first sentences only (sentence
    # numbers 0-5 in every file); what a system finds after that is not scored.
    cut = max(
        (
            e
            for t, (_, e) in zip(root.iter("token"), spans.values(), strict=False)
            if int(t.get("sentence", "0")) <= ANNOTATED_SENTENCES
        ),
        default=len(text),
    )
    gold: list[Timex] = []
    ignore: list[tuple[int, int]] = []
    reference = None
    for timex in root.iter("TIMEX3"):
        anchors = [
            spans[a.get("t_id", "")]
            for a in timex.iter("token_anchor")
            if a.get("t_id", "") in spans
        ]
        if timex.get("functionInDocument") == "CREATION_TIME":
            reference = reference or (timex.get("value") or "")[:10] or None
            ignore += [(min(s for s, _ in anchors), max(e for _, e in anchors))] if anchors else []
            continue
        if not anchors:
            continue  # an implicit time (no words in the text): nothing to find
        gold.append(
            Timex(
                min(s for s, _ in anchors),
                max(e for _, e in anchors),
                timex.get("value", ""),
                timex.get("type"),
            )
        )
    if reference is None:
        # two files mark no creation time: their date line (sentence 1) plays that part
        line_start = text.find("\n") + 1
        line_end = text.find("\n", line_start)
        for g in gold:
            if line_start <= g.start and g.end <= line_end and len(g.value or "") >= 10:
                reference = (g.value or "")[:10]
                gold.remove(g)
                ignore.append((g.start, g.end))
                break
    ignore.append((cut, len(text) + 1))
    return GoldDoc(path.stem, subset, half, text, reference, gold, ignore)


def load_documents(data: Path) -> list[GoldDoc]:
    docs = []
    for topic in sorted(p for p in data.iterdir() if p.is_dir()):
        for i, path in enumerate(sorted(topic.glob("*.xml"))):
            docs.append(read_article(path, topic.name, "dev" if i % 2 == 0 else "test"))
    return docs


def _in_subset(subset: str) -> Callable[[GoldDoc], bool]:
    return lambda d: d.subset == subset


def evaluate(data: Path, track: Tracker) -> Report:
    docs = load_documents(data)
    groups: dict[str, Callable[[GoldDoc], bool]] = {"all": lambda d: True}
    for topic in sorted({d.subset for d in docs}):
        groups[topic] = _in_subset(topic)
    groups["dev half"] = lambda d: d.half == "dev"
    groups["test half"] = lambda d: d.half == "test"
    systems: dict[str, System] = {"storyline": run_ours, "spaCy DATE/TIME": run_spacy}
    totals = evaluate_docs(docs, systems, track, groups)
    rows = rows_for(totals, {"storyline": ("ours", "", True)}, groups)
    rows += rows_for(
        totals, {"spaCy DATE/TIME": ("measured", "en_core_web_sm, span only", False)}, ["all"]
    )
    return Report(
        name="meantime-timex",
        data=str(data),
        rows=rows,
        extra={
            "documents": len(docs),
            "gold": sum(len(d.gold) for d in docs),
            "split": "sorted position within topic: even dev, odd test",
        },
    )
