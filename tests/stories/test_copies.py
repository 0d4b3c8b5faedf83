"""Copy relations between two pages: duplicate, copy, derived, or none."""

from __future__ import annotations

from storyline.model import Document
from storyline.stories import compare


def test_pairwise_kinds(docs: dict[str, Document]) -> None:
    dupe = compare(docs["dupe"], docs["orig"])
    assert dupe is not None and dupe.kind == "duplicate" and dupe.of_id == "orig"
    wire = compare(docs["wire"], docs["orig"])
    assert wire is not None and wire.kind == "copy_of" and wire.of_id == "orig"
    assert wire.evidence and "derailment" in " ".join(wire.evidence)
    para = compare(docs["para"], docs["orig"])
    assert para is not None and para.kind == "derived_from" and para.of_id == "orig"
    assert any("We are very lucky" in e for e in para.evidence)
    # independent write-up of the same event, quoting the same official: not a copy
    assert compare(docs["indep"], docs["orig"]) is None
    assert compare(docs["indep"], docs["para"]) is None
    assert compare(docs["other"], docs["orig"]) is None


def test_same_wire_credit_and_order(docs: dict[str, Document]) -> None:
    a = docs["orig"].model_copy(update={"wire": "AFP", "published": None})
    b = docs["wire"].model_copy(update={"wire": "AFP", "published": None})
    rel = compare(a, b)
    assert rel is not None and rel.kind == "copy_of"
    assert rel.of_id == "orig"  # undated: the longer text is the original
    assert any("AFP" in e for e in rel.evidence)
