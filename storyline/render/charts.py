"""Inline SVG charts of a brief, built on the server (no script, no library): the timeline, each
figure group's values by source and date, and the graph of sources with their copies and wire
reposts. Also two small charts of the web app: an outlet coverage bar and mentions over time.

Every text in a chart passes through ``html.escape``; links point at anchors of the page.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date
from html import escape

from storyline.model import COPY_WORDS, Brief, FigureGroup
from storyline.safetext import safe_text

WIDTH = 640
PALETTE = ["#0b57d0", "#e8710a", "#188038", "#a142f4", "#d93025", "#12b5cb", "#f9ab00", "#5f6368"]
_DAY = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?")


def e(text: object) -> str:
    """Page text made safe for SVG: control and bidi characters out, then escaped."""
    return escape(safe_text("" if text is None else str(text)), quote=True)


def day_of(value: str | None) -> date | None:
    """The first day an ISO date, month or datetime names, or None."""
    m = _DAY.match(value or "")
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
    except ValueError:
        return None


def _svg(height: int, body: list[str], label: str) -> str:
    return (
        f'<svg class="chart" role="img" aria-label="{e(label)}" viewBox="0 0 {WIDTH} {height}" '
        f'width="100%" preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">'
        f"<title>{e(label)}</title>{''.join(body)}</svg>"
    )


def _scale(lo: float, hi: float, a: float, b: float):  # a small closure
    span = (hi - lo) or 1.0
    return lambda v: a + (v - lo) / span * (b - a)


def _axis(days: list[date], x, y: int) -> list[str]:  # the scale
    lo, hi = min(days), max(days)
    out = [f'<line x1="40" y1="{y}" x2="{WIDTH - 20}" y2="{y}" stroke="#9aa0a6"/>']
    ticks = sorted({lo, hi} | ({date.fromordinal((lo.toordinal() + hi.toordinal()) // 2)}))
    for d in ticks:
        px = x(d.toordinal())
        out.append(f'<line x1="{px:.1f}" y1="{y}" x2="{px:.1f}" y2="{y + 5}" stroke="#9aa0a6"/>')
        anchor = "start" if d == lo else ("end" if d == hi else "middle")
        out.append(
            f'<text x="{px:.1f}" y="{y + 18}" font-size="12" text-anchor="{anchor}" '
            f'fill="#5f6368">{e(d.isoformat())}</text>'
        )
    return out


def timeline_chart(brief: Brief, anchors: dict[int, str] | None = None) -> str:
    """Dated events as dots on a time axis (stacked on the same day), sized by independent
    sources; a dot links to the event's row (``anchors`` maps event index -> anchor id)."""
    dated = [(i, d) for i, ev in enumerate(brief.timeline) if (d := day_of(ev.date)) is not None]
    if len(dated) < 2:
        return ""
    days = [d for _, d in dated]
    x = _scale(min(days).toordinal(), max(days).toordinal(), 50, WIDTH - 30)
    stack: Counter[date] = Counter()
    body: list[str] = []
    for i, d in dated:
        ev = brief.timeline[i]
        level = stack[d]
        stack[d] += 1
        r = 4 + min(ev.independent_sources, 6)
        cy = 150 - 14 - level * 16
        if cy < 12:
            continue
        dot = (
            f'<circle cx="{x(d.toordinal()):.1f}" cy="{cy}" r="{r}" fill="#0b57d0" '
            f'fill-opacity="0.55" stroke="#0b57d0"><title>{e(ev.date)}: {e(ev.text[:200])}'
            "</title></circle>"
        )
        anchor = (anchors or {}).get(i)
        body.append(f'<a href="#{e(anchor)}">{dot}</a>' if anchor else dot)
    body += _axis(days, x, 150)
    return _svg(175, body, f"Timeline: {len(dated)} dated events")


def figure_chart(fg: FigureGroup, labels: dict[str, str], dates: dict[str, str | None]) -> str:
    """One figure group's values by source and date: x the date the value is as of (else its
    page's date), y the value; each point labelled with its source (S1 ...)."""
    points = []
    for v in fg.values:
        d = day_of(v.as_of) or day_of(dates.get(v.doc_id))
        points.append((d, v.value, labels.get(v.doc_id, "?"), v.text))
    if len(points) < 2:
        return ""
    days = [p[0] for p in points if p[0] is not None]
    top = max(p[1] for p in points) or 1.0
    y = _scale(0, top, 150, 20)
    if len(set(days)) >= 2 and len(days) == len(points):
        x = _scale(min(days).toordinal(), max(days).toordinal(), 70, WIDTH - 40)
        xs = [x(d.toordinal()) for d in days]
        body = _axis(days, x, 160)
    else:  # no dates to spread them: sources side by side
        step = (WIDTH - 110) / max(len(points) - 1, 1)
        xs = [70 + i * step for i in range(len(points))]
        body = [f'<line x1="40" y1="160" x2="{WIDTH - 20}" y2="160" stroke="#9aa0a6"/>']
    body.append(
        f'<text x="4" y="{y(top) + 4:.1f}" font-size="12" fill="#5f6368">{e(_short(top))}</text>'
        f'<text x="4" y="154" font-size="12" fill="#5f6368">0</text>'
    )
    placed: list[tuple[float, float]] = []
    for px, (_, value, label, text) in zip(xs, points, strict=True):
        py = y(value)
        ly = py - 6
        # Labels of nearby points stack upwards instead of printing over each other.
        while any(abs(px - qx) < 30 and abs(ly - qy) < 12 for qx, qy in placed):
            ly -= 12
        placed.append((px, ly))
        body.append(
            f'<circle cx="{px:.1f}" cy="{py:.1f}" r="5" fill="#e8710a"><title>{e(label)}: '
            f"{e(text)}</title></circle>"
            f'<text x="{px + 7:.1f}" y="{ly:.1f}" font-size="11" fill="#1d1d1f">'
            f"{e(label)}</text>"
        )
    return _svg(185, body, f"{fg.quantity}: values by source and date")


def _short(value: float) -> str:
    if value >= 1_000_000:
        return f"{value / 1_000_000:g}M"
    if value >= 10_000:
        return f"{value / 1000:g}k"
    return f"{value:g}"


EDGE_STYLE = {
    "duplicate of": ("#5f6368", ""),
    "copy of": ("#d93025", ""),
    "derived from": ("#a142f4", ' stroke-dasharray="5 3"'),
    "wire": ("#188038", ' stroke-dasharray="2 3"'),
}
MAX_NODES = 80


def sources_graph(brief: Brief, labels: dict[str, str]) -> str:
    """Sources as nodes; an edge from each copy, duplicate or derived page to its original, and
    from each page crediting a wire to that wire. Wires on top, originals, then copies."""
    rows = brief.sources[:MAX_NODES]
    edges: list[tuple[str, str, str]] = []
    for row in rows:
        if row.copy_kind is not None and row.copy_of in labels:
            edges.append((row.doc_id, row.copy_of, COPY_WORDS[row.copy_kind]))
        if row.wire:
            edges.append((row.doc_id, f"wire:{row.wire}", "wire"))
    wires = sorted({t for _, t, k in edges if k == "wire"})
    copies = {s for s, _, k in edges if k != "wire"}
    layers = [wires, [r.doc_id for r in rows if r.doc_id not in copies]]
    layers.append([r.doc_id for r in rows if r.doc_id in copies])
    per_row = 10
    pos: dict[str, tuple[float, float]] = {}
    y = 24.0
    for layer in layers:
        for start in range(0, len(layer), per_row):
            chunk = layer[start : start + per_row]
            step = (WIDTH - 60) / max(len(chunk), 1)
            for i, node in enumerate(chunk):
                pos[node] = (30 + step * (i + 0.5), y)
            y += 56
    body = []
    for src, dst, kind in edges:
        if src in pos and dst in pos:
            (x1, y1), (x2, y2) = pos[src], pos[dst]
            colour, dash = EDGE_STYLE[kind]
            body.append(
                f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
                f'stroke="{colour}" stroke-width="1.6"{dash}><title>{e(labels.get(src, src))} '
                f"{e(kind)} {e(labels.get(dst, dst.removeprefix('wire:')))}</title></line>"
            )
    titles = {r.doc_id: f"{r.outlet or ''} · {r.title or r.doc_id}" for r in rows}
    for node, (px, py) in pos.items():
        if node.startswith("wire:"):
            body.append(
                f'<rect x="{px - 28:.1f}" y="{py - 11:.1f}" width="56" height="22" rx="4" '
                f'fill="#e6f4ea" stroke="#188038"/><text x="{px:.1f}" y="{py + 4:.1f}" '
                f'font-size="11" text-anchor="middle">{e(node[5:][:9])}</text>'
            )
            continue
        label = labels.get(node, "?")
        fill = "#fce8e6" if node in copies else "#e8f0fe"
        body.append(
            f'<a href="#doc-{e(label)}"><circle cx="{px:.1f}" cy="{py:.1f}" r="14" '
            f'fill="{fill}" stroke="#1d1d1f"><title>{e(label)}: {e(titles.get(node, ""))}</title>'
            f'</circle><text x="{px:.1f}" y="{py + 4:.1f}" font-size="11" '
            f'text-anchor="middle">{e(label)}</text></a>'
        )
    body.append(_legend(y))
    return _svg(int(y) + 20, body, "Sources, their copies and wire reposts")


def _legend(y: float) -> str:
    out = []
    for i, (kind, (colour, dash)) in enumerate(EDGE_STYLE.items()):
        x = 20 + i * 150
        out.append(
            f'<line x1="{x}" y1="{y}" x2="{x + 24}" y2="{y}" stroke="{colour}" '
            f'stroke-width="2"{dash}/><text x="{x + 30}" y="{y + 4}" font-size="11">'
            f"{e(kind)}</text>"
        )
    return "".join(out)


# ------------------------------------------------------------------ web app charts


def coverage_bar(outlets: list[tuple[str, int]], width: int = 160) -> str:
    """A stacked bar: one segment per outlet, as wide as its share of the story's pages."""
    total = sum(n for _, n in outlets) or 1
    x = 0.0
    body = []
    for i, (outlet, n) in enumerate(outlets[:12]):
        w = width * n / total
        body.append(
            f'<rect x="{x:.1f}" y="0" width="{max(w - 1, 1):.1f}" height="12" '
            f'fill="{PALETTE[i % len(PALETTE)]}"><title>{e(outlet)}: {n}</title></rect>'
        )
        x += w
    return (
        f'<svg class="bar" role="img" aria-label="{len(outlets)} outlets" width="{width}" '
        f'height="12" viewBox="0 0 {width} 12" xmlns="http://www.w3.org/2000/svg">'
        f"{''.join(body)}</svg>"
    )


def mentions_chart(dated: list[tuple[str | None, int]]) -> str:
    """Mentions per day (a bar a day) from (date, mentions) pairs; undated pairs are left out."""
    per_day: defaultdict[date, int] = defaultdict(int)
    for value, n in dated:
        d = day_of(value)
        if d is not None:
            per_day[d] += n
    if not per_day:
        return ""
    days = sorted(per_day)
    lo, hi = days[0].toordinal(), max(days[-1].toordinal(), days[0].toordinal() + 1)
    x = _scale(lo, hi, 50, WIDTH - 30)
    top = max(per_day.values())
    y = _scale(0, top, 130, 15)
    bar = max(2.0, min(14.0, (WIDTH - 80) / (hi - lo + 1) - 1))
    body = [
        f'<rect x="{x(d.toordinal()) - bar / 2:.1f}" y="{y(n):.1f}" width="{bar:.1f}" '
        f'height="{130 - y(n):.1f}" fill="#0b57d0"><title>{e(d.isoformat())}: {n}</title></rect>'
        for d, n in per_day.items()
    ]
    body.append(f'<text x="4" y="{y(top) + 4:.1f}" font-size="12" fill="#5f6368">{top}</text>')
    body += _axis([days[0], date.fromordinal(hi)], x, 130)
    return _svg(155, body, "Mentions over time")
