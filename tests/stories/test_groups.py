"""Independent sources: one wire credit is one source."""

from __future__ import annotations

from storyline.model import Document
from storyline.stories import independent_groups


def test_wire_credit_is_one_source(docs: dict[str, Document]) -> None:
    a = docs["indep"].model_copy(update={"wire": "Reuters"})
    b = docs["other"].model_copy(update={"wire": "reuters"})
    groups = independent_groups(["indep", "other"], [], {"indep": a, "other": b})
    assert groups["indep"] == groups["other"]
    assert len(set(independent_groups(["indep", "other"], []).values())) == 2
