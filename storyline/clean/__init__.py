"""Clean stage: RawDocument -> Document (article text, metadata, every removed line kept).

The stage is ``storyline.clean.stage``, loaded when one of its names is first asked for here:
the analyzers import this package's light text helpers (``leads``: where a paragraph's first
sentence begins, below both the analyzers and the brief), and importing a package runs its
``__init__``, which would otherwise load trafilatura with the whole stage (a quarter
of a second of CPU at each start of `storyline analyze`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the names as the stage defines them, for type checkers
    from storyline.clean.stage import (
        clean_batch,
        clean_document,
        clean_documents,
        clean_text,
        detect_language,
        repeated_lines,
    )

__all__ = [
    "clean_batch",
    "clean_document",
    "clean_documents",
    "clean_text",
    "detect_language",
    "repeated_lines",
]


def __getattr__(name: str) -> Any:
    """The stage's public names, from ``storyline.clean.stage`` on first use. Other names are
    not looked up there: ``from storyline.clean import lines`` must import only that module."""
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from storyline.clean import stage

    return getattr(stage, name)
