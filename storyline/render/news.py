"""What's new in a brief: the section that opens it, and the marks on new items in place.

A brief that is a stored version with an earlier one opens with "What's new since v1 (date)":
the change report's items, each with its citations; and in the brief below, the items the new
pages brought carry a "new" mark (an "updated" mark for claims and figures that changed).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from storyline.model import ChangeItem, ChangeReport, Citation, Point
from storyline.render.labels import published_label

MAX_ITEMS = 40  # listed in the section; the rest are marked in place (and in `changes`)
TITLES = {
    "source": "New source",
    "figure": "New figure",
    "quote": "New quote",
    "speaker": "New speaker",
    "event": "New event",
    "entity": "Newly named",
    "claim": "New claim",
}
CHANGED = {"figure": "Figure changed", "claim": "Sources changed"}

Key = tuple[str, int, int]


def _key(c: Citation) -> Key:
    return (c.doc_id, c.start, c.end)


class Marks:
    """Which items of a brief a change report calls new or updated."""

    def __init__(self, report: ChangeReport | None) -> None:
        self.fresh: set[str] = set(report.new_doc_ids) if report else set()
        self.added: dict[str, set[Key]] = {}
        self.changed: dict[str, set[Key]] = {}
        self.texts: set[str] = set()
        for item in report.added if report else []:
            self.added.setdefault(item.kind, set()).update(map(_key, item.citations))
            self.texts.add(item.text)
        for item in report.changed if report else []:
            self.changed.setdefault(item.kind, set()).update(map(_key, item.citations))
            self.texts.add(item.text)

    def of(self, kind: str, citations: Iterable[Citation]) -> str | None:
        """ "new", "updated" or None for an item of ``kind`` with these citations."""
        keys = set(map(_key, citations))
        if keys & self.added.get(kind, set()):
            return "new"
        if keys & self.changed.get(kind, set()):
            return "updated"
        return None

    def point(self, point: Point, figure: bool = False) -> str | None:
        """A summary or takeaway sentence (a figure takeaway when ``figure``)."""
        if figure:
            return self.of("figure", point.citations) or self.of("claim", point.citations)
        return self.of("claim", point.citations)

    def source(self, doc_id: str) -> str | None:
        return "new" if doc_id in self.fresh else None


def since_label(report: ChangeReport) -> str:
    when = published_label(report.since_built_at) if report.since_built_at else ""
    since = report.since or "nothing"
    return f"{since} ({when})" if when and since != when else since


def heading(report: ChangeReport) -> str:
    return f"What's new since {since_label(report)}"


def summary_line(report: ChangeReport) -> str:
    sources = sum(1 for i in report.added if i.kind == "source")
    others = len(report.added) - sources
    parts = [
        f"{sources} new source{'s' if sources != 1 else ''}",
        f"{others} new item{'s' if others != 1 else ''}",
        f"{len(report.changed)} changed",
    ]
    if report.removed:
        parts.append(f"{len(report.removed)} source(s) no longer in the story")
    return "; ".join(parts) + "."


# The order items are listed in: what a reader scans for first (quotes can be many).
RANK = {"source": 0, "figure": 1, "event": 3, "speaker": 4, "entity": 5, "claim": 7, "quote": 8}


def listed(report: ChangeReport) -> tuple[list[tuple[str, ChangeItem]], int]:
    """(title, item) pairs to list, and how many were left out."""
    ranked = [
        (RANK[i.kind] + (0 if i.in_brief else 10), n, _title(i), i)
        for n, i in enumerate(report.added)
    ]
    ranked += [
        (RANK[i.kind] + 1, n, CHANGED.get(i.kind, f"{i.kind.title()} changed"), i)
        for n, i in enumerate(report.changed)
    ]
    pairs = [(title, item) for _, _, title, item in sorted(ranked, key=lambda r: r[:2])]
    return pairs[:MAX_ITEMS], max(0, len(pairs) - MAX_ITEMS)


def _title(item: ChangeItem) -> str:
    return TITLES[item.kind] + ("" if item.in_brief else " (not in the brief)")


def change_text(item: ChangeItem) -> str:
    if item.before is not None and item.after is not None and item.kind == "claim":
        return f"{item.text} — {item.before} → {item.after}"
    return item.text


def markdown_section(
    report: ChangeReport, cites: Callable[[list[Citation]], str], escape: Callable[[str], str]
) -> list[str]:
    out = [f"## {escape(heading(report))}", "", summary_line(report), ""]
    pairs, left = listed(report)
    out += [f"- **{title}**: {escape(change_text(i))} {cites(i.citations)}" for title, i in pairs]
    if left:
        out.append(f"- … and {left} more, marked *new* below")
    return out + [""]


def html_section(
    report: ChangeReport, link: Callable[[Citation], str], escape: Callable[[str], str]
) -> list[str]:
    out = [
        f"<section id=whats-new><h2>{escape(heading(report))}</h2>"
        f"<p class=meta>{escape(summary_line(report))}</p><ul>"
    ]
    pairs, left = listed(report)
    out += [
        f"<li><b>{escape(title)}</b>: {escape(change_text(i))} "
        + "".join(link(c) for c in i.citations)
        + "</li>"
        for title, i in pairs
    ]
    if left:
        out.append(f"<li>… and {left} more, marked <span class=flag>new</span> below</li>")
    return out + ["</ul></section>"]
