"""The story page's history: the stored versions of its brief and what the latest one changed.

A history provider (see ``history.py``) over the living-story tables of the store. Everything a
page supplied is escaped (``e``), and citations link to the app's own document pages only.
"""

from __future__ import annotations

from html import escape
from urllib.parse import quote

from storyline.model import Citation
from storyline.render.news import heading, listed, summary_line
from storyline.safetext import safe_text
from storyline.store import Store
from storyline.web.history import Section, register


def e(text: object) -> str:
    return escape(safe_text("" if text is None else str(text)), quote=True)


def _cite(c: Citation) -> str:
    return f' <a href="/documents/{quote(c.doc_id)}">[{e(c.doc_id[:8])}]</a>'


@register
def stored_versions(store: Store, story_id: str) -> list[Section]:
    """(id, title, HTML) sections: the versions table, and the latest version's changes."""
    versions = store.brief_versions(story_id)
    if not versions:
        return []
    rows = "".join(
        f"<tr><td>v{v.version}</td><td>{e(v.built_at)}</td><td>{len(v.doc_ids)}</td>"
        f"<td>{v.added}</td><td>{e(v.headline)}</td></tr>"
        for v in reversed(versions)
    )
    sections: list[Section] = [
        (
            "versions",
            "Versions",
            "<table><tr><th>version</th><th>built</th><th>pages</th><th>new items</th>"
            f"<th>headline</th></tr>{rows}</table>",
        )
    ]
    report = store.version_changes(story_id, versions[-1].version)
    if report is not None and report.since is not None:
        pairs, left = listed(report)
        items = "".join(
            f"<li><b>{e(title)}</b>: {e(item.text)}{''.join(_cite(c) for c in item.citations)}</li>"
            for title, item in pairs
        )
        more = f"<li>… and {left} more</li>" if left else ""
        sections.append(
            (
                "changes",
                heading(report),  # brief_body escapes titles
                f"<p class=meta>{e(summary_line(report))}</p><ul>{items}{more}</ul>",
            )
        )
    return sections
