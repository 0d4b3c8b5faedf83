"""Fitted ranker weights, kept as JSON beside the script that fits them (``fit.py``)."""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent


def weights_path(name: str) -> Path:
    return HERE / f"{name}_weights.json"


def load_weights(name: str) -> dict[str, float]:
    """The weights of one ranker ("date", "author"): feature name -> weight."""
    data = json.loads(weights_path(name).read_text(encoding="utf-8"))
    return {str(k): float(v) for k, v in data["weights"].items()}
