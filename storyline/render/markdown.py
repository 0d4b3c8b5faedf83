"""Markdown brief: every statement followed by the labels of the sources it cites."""

from __future__ import annotations

import re

from storyline.dating import PAGE_DATE
from storyline.model import Brief, ChangeReport, Citation, Document
from storyline.render.labels import (
    PAGE_NOTE,
    VERDICTS,
    copy_label,
    fmt_value,
    link_url,
    published_label,
    removed_label,
    source_labels,
    sources_phrase,
)
from storyline.render.news import Marks, markdown_section
from storyline.safetext import safe_text


def _md(text: str | None) -> str:
    """Text safe inside Markdown: one line, special characters escaped, no raw HTML, no
    control or bidi formatting characters (an override would reverse the rest of the row)."""
    if not text:
        return ""
    text = re.sub(r"\s+", " ", safe_text(text)).strip()
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"([\\`*_\[\]|#])", r"\\\1", text)


def _in_angle_brackets(url: str) -> str:
    """A link destination that cannot close its <...> or split the table row."""
    return url.replace("<", "%3C").replace(">", "%3E").replace("|", "%7C")


def _cites(citations: list[Citation], labels: dict[str, str]) -> str:
    seen: list[str] = []
    for c in citations:
        label = labels.get(c.doc_id, c.doc_id[:8])
        if label not in seen:
            seen.append(label)
    return " ".join(f"[{s}]" for s in seen)


def _flag(mark: str | None) -> str:
    """The in-place mark of an item the change report lists."""
    return f"**{mark}** " if mark else ""


def render_markdown(brief: Brief, docs: list[Document], changes: ChangeReport | None = None) -> str:
    labels = source_labels(brief)
    marks = Marks(changes)
    out = [
        f"# {_md(brief.headline)}",
        "",
        f"Story `{brief.story_id}` · {len(brief.sources)} sources · generated {brief.generated_at}",
        "",
    ]
    if changes is not None and changes.since is not None:
        out += markdown_section(changes, lambda cs: _cites(cs, labels), _md)
    out += _points(brief, labels, marks) + _figures(brief, labels, marks)
    out += _who(brief, labels, marks) + _quotes(brief, labels, marks)
    out += _timeline(brief, labels, marks) + _sources(brief, docs, labels, marks)
    return "\n".join(out)


def _points(brief: Brief, labels: dict[str, str], marks: Marks) -> list[str]:
    out: list[str] = []
    figure_heads = tuple(f"{fg.quantity}: " for fg in brief.figures)
    if brief.summary:
        out += ["## Summary", ""]
        out += [
            f"- {_flag(marks.point(p))}{_md(p.text)} {_cites(p.citations, labels)} "
            f"({sources_phrase(p.independent_sources)})"
            for p in brief.summary
        ]
        out.append("")
    if brief.takeaways:
        out += ["## Key takeaways", ""]
        out += [
            f"- {_flag(marks.point(p, bool(figure_heads) and p.text.startswith(figure_heads)))}"
            f"{_md(p.text)} {_cites(p.citations, labels)}"
            for p in brief.takeaways
        ]
        out.append("")
    return out


def _figures(brief: Brief, labels: dict[str, str], marks: Marks) -> list[str]:
    if not brief.figures:
        return []
    out = ["## Key figures", ""]
    for fg in brief.figures:
        out += [
            f"### {_md(fg.quantity)} — {VERDICTS[fg.verdict]}",
            "",
            _md(fg.explanation),
            "",
            "| source | value | stated as | attribution | as of | independent sources |",
            "|---|---|---|---|---|---|",
        ]
        out += [
            f"| [{labels.get(v.doc_id, v.doc_id[:8])}] "
            f"| {_flag(marks.of('figure', [v.citation]))}{fmt_value(v.value)} "
            f"| {_md(v.text)} "
            f"| {_md(v.attribution)} | {_md(v.as_of)} | {v.independent_sources} |"
            for v in fg.values
        ]
        out.append("")
    return out


def _who(brief: Brief, labels: dict[str, str], marks: Marks) -> list[str]:
    if not brief.entities:
        return []
    out = [
        "## Who's who",
        "",
        "| name | type | also called | roles | mentions by source |",
        "|---|---|---|---|---|",
    ]
    for e in brief.entities:
        mentions = ", ".join(
            f"{labels.get(d, d[:8])}: {n}" for d, n in e.mentions_by_source.items()
        )
        out.append(
            f"| {_flag(marks.of('entity', e.citations))}{_md(e.name)} | {e.label} "
            f"| {_md(', '.join(e.aliases))} "
            f"| {_md('; '.join(e.roles[:3]))} | {mentions} |"
        )
    out.append("")
    return out


def _quotes(brief: Brief, labels: dict[str, str], marks: Marks) -> list[str]:
    out: list[str] = []
    if brief.quotes:
        out += ["## Who said what", ""]
        for sq in brief.quotes:
            role = f" ({_md(sq.role)})" if sq.role else ""
            out += [f"**{_md(sq.speaker)}**{role}", ""]
            out += [
                f"> {_flag(marks.of('quote', [q.citation]))}{_md(q.text)} "
                f"{_cites([q.citation, *q.versions], labels)}" + "\n"
                for q in sq.quotes
            ]
    if brief.questions:
        out += ["## Positions side by side", ""]
        for q in brief.questions:
            out += [f"**{_md(q.question)}**", "", "| speaker | stance | words |", "|---|---|---|"]
            out += [
                f"| {_md(p.speaker)} | {p.stance} | {_md(p.quote.text)} "
                f"{_cites([p.quote.citation], labels)} |"
                for p in q.positions
            ]
            out.append("")
    return out


PLANNED_MD = "_planned:_ "  # an entry every source tells as still to come


def _timeline(brief: Brief, labels: dict[str, str], marks: Marks) -> list[str]:
    if not brief.timeline:
        return []
    out = ["## Timeline", "", "| date | precision | event | sources |", "|---|---|---|---|"]
    out += [
        f"| {ev.date} | {ev.precision} | {_flag(marks.of('event', ev.citations))}"
        f"{PLANNED_MD if ev.planned else ''}{_md(ev.text)} | {_cites(ev.citations, labels)} |"
        for ev in brief.timeline
    ]
    out.append("")
    if any(ev.precision == PAGE_DATE for ev in brief.timeline):
        out += [f"_{PAGE_NOTE}_", ""]
    return out


def _sources(brief: Brief, docs: list[Document], labels: dict[str, str], marks: Marks) -> list[str]:
    by_id = {d.id: d for d in docs}
    out = [
        "## Sources",
        "",
        "| | title | outlet | date | date was | wire | copy status | boilerplate removed "
        "| language |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for row in brief.sources:
        title = _md(row.title or row.doc_id)
        if url := link_url(row.url):
            title = f"[{title}](<{_in_angle_brackets(url)}>)"
        out.append(
            f"| {labels[row.doc_id]} | {_flag(marks.source(row.doc_id))}{title} "
            f"| {_md(row.outlet)} "
            f"| {_md(published_label(row.published))} | {row.published_status} "
            f"| {_md(row.wire)} | {_md(copy_label(row, labels))} "
            f"| {removed_label(row, by_id.get(row.doc_id))} | {_md(row.language)} |"
        )
    out.append("")
    return out
