"""Shared brief helpers: sentence spans after datelines, copy groups of one wire credit."""

from __future__ import annotations

from storyline.model import (
    Document,
)

# ---------------------------------------------------------------- datelines, dating, takeaways


def test_sentences_start_after_dateline_byline_and_photo_credit():
    from storyline.synthesize.common import sentence_spans

    text = (
        "KESSVIK, Norvania (AFP) — Thousands fled the valley. More left later.\n"
        "WASHINGTON, D.C. (AP) — The US said so today.\n"
        "By Anna Kiel KESSVIK — Engineers lost their fight.\n"
        "(Photo: AFP) Rescue teams arrived at dawn.\n"
        "US - China talks resumed on Monday.\n"
        "SHAPIRO: What happened tonight?\n"
        "(CNN) Chaos broke out in Nice.\n"
    )
    got = [text[s:e] for s, e in sentence_spans(text)]
    assert got == [
        "Thousands fled the valley.",
        "More left later.",
        "The US said so today.",
        "Engineers lost their fight.",
        "Rescue teams arrived at dawn.",
        "US - China talks resumed on Monday.",
        "SHAPIRO: What happened tonight?",
        "Chaos broke out in Nice.",
    ]


def test_copy_groups_join_pages_of_one_wire_credit() -> None:
    from storyline.synthesize.common import copy_groups, count_independent

    docs = [
        Document(id=i, source=f"{i}.txt", text="text", wire=w, published=p)
        for i, w, p in (
            ("a", "AFP", "2025-03-12"),
            ("b", "afp", "2025-03-13"),
            ("c", None, "2025-03-12"),
        )
    ]
    groups = copy_groups(["a", "b", "c"], [], docs)
    assert groups["a"] == groups["b"] == "a"  # the earlier AFP page is the original
    assert count_independent(["a", "b", "c"], groups) == 2
