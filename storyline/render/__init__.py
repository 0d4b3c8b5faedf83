"""Render a Brief as Markdown, a standalone HTML page or JSON."""

from __future__ import annotations

from typing import Literal

from storyline.model import Brief, ChangeReport, Document
from storyline.render.html import render_html
from storyline.render.markdown import render_markdown

Format = Literal["md", "html", "json"]
FORMATS: tuple[str, ...] = ("md", "html", "json")


def render(
    brief: Brief, docs: list[Document], fmt: str = "md", changes: ChangeReport | None = None
) -> str:
    """``changes``: what this brief has that an earlier version did not (Markdown and HTML
    open with it and mark the new items in place)."""
    if fmt == "md":
        return render_markdown(brief, docs, changes)
    if fmt == "html":
        return render_html(brief, docs, changes)
    if fmt == "json":
        return brief.model_dump_json(indent=2) + "\n"
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


__all__ = ["FORMATS", "render", "render_html", "render_markdown"]
