"""Render a Brief as Markdown, a standalone HTML page or JSON.

The renderers are imported when first used: the CLI lists formats (``--help``) without paying
for the brief's dependencies.
"""

from __future__ import annotations

from typing import Literal

from storyline.model import Brief, ChangeReport, Document

Format = Literal["md", "html", "json"]
FORMATS: tuple[str, ...] = ("md", "html", "json")


def render(
    brief: Brief, docs: list[Document], fmt: str = "md", changes: ChangeReport | None = None
) -> str:
    """``changes``: what this brief has that an earlier version did not (Markdown and HTML
    open with it and mark the new items in place)."""
    if fmt == "md":
        from storyline.render.markdown import render_markdown

        return render_markdown(brief, docs, changes)
    if fmt == "html":
        from storyline.render.html import render_html

        return render_html(brief, docs, changes)
    if fmt == "json":
        return brief.model_dump_json(indent=2) + "\n"
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


__all__ = ["FORMATS", "render"]
