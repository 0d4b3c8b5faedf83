"""A standalone HTML brief: inline CSS, printable, every citation a link to its highlighted passage.

Safety: every piece of page content passes through html.escape (after control and bidi
formatting characters are dropped), links are only made of http(s) URLs, and a
Content-Security-Policy allows no script but our own (by hash), so nothing from a
source page can run even if a bug let markup through.
"""

from __future__ import annotations

import base64
import hashlib
from collections import defaultdict
from html import escape

from storyline.dating import PAGE_DATE
from storyline.model import Brief, ChangeReport, Citation, Document, SourceRow
from storyline.render.charts import figure_chart, sources_graph, timeline_chart
from storyline.render.labels import (
    PAGE_NOTE,
    VERDICTS,
    all_citations,
    copy_label,
    fmt_value,
    link_url,
    published_label,
    removed_label,
    source_labels,
    sources_phrase,
)
from storyline.render.news import Marks, html_section
from storyline.safetext import safe_text

CSS = """
:root { --ink: #1d1d1f; --muted: #5f6368; --line: #d9dce1; --mark: #fff3b0; --hit: #ffb74d; }
* { box-sizing: border-box; }
body { font: 16px/1.55 Georgia, 'Times New Roman', serif; color: var(--ink); margin: 0;
       background: #fafafa; }
main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; background: #fff; }
h1 { font-size: 1.8rem; line-height: 1.25; margin: 0 0 .3rem; }
h2 { font: 600 1.2rem/1.3 system-ui, sans-serif; border-bottom: 2px solid var(--ink);
     margin: 2rem 0 .8rem; padding-bottom: .2rem; }
h3 { font: 600 1rem/1.3 system-ui, sans-serif; margin: 1.2rem 0 .4rem; }
.meta, .n { color: var(--muted); font: .85rem/1.4 system-ui, sans-serif; }
table { border-collapse: collapse; width: 100%; font: .85rem/1.4 system-ui, sans-serif; }
th, td { border-bottom: 1px solid var(--line); padding: .35rem .4rem; text-align: left;
         vertical-align: top; }
th { background: #f1f3f4; }
td.date { white-space: nowrap; }
blockquote { margin: .4rem 0 .6rem; padding: .2rem .8rem; border-left: 3px solid var(--line); }
a.cite { font: 600 .75rem system-ui, sans-serif; text-decoration: none; color: #0b57d0;
         background: #e8f0fe; border-radius: 3px; padding: 0 .25rem; margin-left: .15rem;
         white-space: nowrap; }
a.cite:hover, a.cite:focus { background: #c2dbff; }
.verdict { font: 600 .75rem system-ui, sans-serif; padding: .1rem .4rem; border-radius: 3px;
           background: #e6f4ea; }
.verdict.conflict { background: #fce8e6; }
.verdict.different_referents, .verdict.different_times, .verdict.unresolved { background: #fef7e0; }
.source-text { white-space: pre-wrap; font: .9rem/1.5 Georgia, serif; border: 1px solid var(--line);
               padding: .6rem .8rem; max-height: 30rem; overflow: auto; }
mark { background: var(--mark); padding: 0; }
mark.active, mark:target { background: var(--hit); outline: 2px solid var(--hit); }
.anchor { scroll-margin-top: 40vh; }
main { overflow-wrap: anywhere; }
nav.toc { font: .9rem/1.5 system-ui, sans-serif; border: 1px solid var(--line);
          padding: .4rem .8rem; margin: 1rem 0; background: #f8f9fa; }
nav.toc ol { margin: .2rem 0; padding-left: 1.2rem; columns: 2 12rem; }
details > summary { cursor: pointer; list-style-position: outside; }
details > summary h2 { display: inline-block; border: none; margin: 1.2rem 0 .4rem; }
section > details { border-bottom: 2px solid var(--ink); }
section > details[open] { border-bottom: none; }
section > details[open] > summary { border-bottom: 2px solid var(--ink); margin-bottom: .8rem; }
svg.chart { display: block; max-width: 100%; height: auto; margin: .6rem 0; }
svg.chart text { font-family: system-ui, sans-serif; }
@media (max-width: 640px) {
  body { font-size: 15px; }
  main { padding: .8rem; }
  table, tbody, tr, td, th { display: block; width: auto; }
  tr:has(> th) { display: none; }
  tr { border-bottom: 1px solid var(--line); padding: .3rem 0; }
  td { border: none; padding: .1rem 0; }
  td.date { white-space: normal; }
  nav.toc ol { columns: 1; }
}
.flag { font: 700 .7rem system-ui, sans-serif; text-transform: uppercase; color: #fff;
        background: #188038; border-radius: 3px; padding: 0 .3rem; margin-right: .3rem; }
.flag.updated { background: #b06000; }
#whats-new { border: 2px solid #188038; border-radius: 6px; padding: 0 1rem .5rem; }
@media print {
  nav.toc, details > summary::marker { display: none; }
  body { background: #fff; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  a.cite { background: none; color: var(--ink); }
  .source-text { max-height: none; overflow: visible; border: none; padding: 0; }
  #texts { break-before: page; }
  h2, h3 { break-after: avoid; }
  tr, blockquote { break-inside: avoid; }
}
"""

# Highlight every piece of the cited passage (it can span several <mark>s) on click or load.
SCRIPT = """
(function () {
  function show() {
    var id = decodeURIComponent(location.hash.slice(1));
    document.querySelectorAll('mark.active').forEach(function (m) {
      m.classList.remove('active');
    });
    if (!/^c[0-9]+$/.test(id)) { return; }
    var marks = document.getElementsByClassName(id);
    for (var i = 0; i < marks.length; i++) { marks[i].classList.add('active'); }
    var anchor = document.getElementById(id);
    if (anchor) { anchor.scrollIntoView({block: 'center'}); }
  }
  window.addEventListener('hashchange', show);
  document.addEventListener('DOMContentLoaded', show);
})();
"""


def _csp() -> str:
    digest = base64.b64encode(hashlib.sha256(SCRIPT.encode()).digest()).decode()
    return (
        f"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{digest}'; "
        "img-src data:; base-uri 'none'; form-action 'none'"
    )


def e(text: object) -> str:
    """Escaped for HTML, without the control and bidi formatting characters a page may hold
    (an override would reverse the cells and citations that follow it)."""
    return escape(safe_text("" if text is None else str(text), keep_lines=True), quote=True)


class _Cites:
    """Numbers each distinct cited passage once; c1, c2 ... are the ids of their anchors."""

    def __init__(self, brief: Brief, labels: dict[str, str]) -> None:
        self.ids: dict[tuple[str, int, int], str] = {}
        self.labels = labels
        for c in all_citations(brief):
            self.ids.setdefault((c.doc_id, c.start, c.end), f"c{len(self.ids) + 1}")

    def link(self, c: Citation) -> str:
        cid = self.ids[(c.doc_id, c.start, c.end)]
        label = self.labels.get(c.doc_id, "source")
        return f'<a class="cite" href="#{cid}" title="{e(label)}: {e(c.text[:200])}">{e(label)}</a>'

    def links(self, citations: list[Citation]) -> str:
        return "".join(self.link(c) for c in citations)

    def link_or_source(self, c: Citation) -> str:
        """A link to the passage when the brief cites it, else to the source's text."""
        if (c.doc_id, c.start, c.end) in self.ids:
            return self.link(c)
        label = self.labels.get(c.doc_id, "source")
        return f'<a class="cite" href="#doc-{e(label)}">{e(label)}</a>'

    def by_doc(self) -> dict[str, list[tuple[int, int, str]]]:
        out: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for (doc_id, start, end), cid in self.ids.items():
            out[doc_id].append((start, end, cid))
        return out


def marked_text(text: str, spans: list[tuple[int, int, str]]) -> str:
    """The escaped text with each cited span in <mark class="cN"> pieces and an anchor id=cN.

    Spans may overlap, so the text is cut at every span edge and each piece carries the
    classes of all spans covering it.
    """
    spans = [(max(0, s), min(len(text), t), cid) for s, t, cid in spans if 0 <= s < t]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(t for _, t, _ in spans)})
    starts: dict[int, list[str]] = defaultdict(list)
    for s, _, cid in spans:
        starts[s].append(cid)
    parts: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        parts += [f'<span class="anchor" id="{cid}"></span>' for cid in starts.get(a, [])]
        covering = [cid for s, t, cid in spans if s <= a and b <= t]
        piece = e(text[a:b])
        parts.append(f'<mark class="{" ".join(covering)}">{piece}</mark>' if covering else piece)
    return "".join(parts)


# Section ids and titles, in reading order, for the table of contents.
SECTIONS = {
    "whats-new": "What's new",
    "summary": "Summary",
    "takeaways": "Key takeaways",
    "figures": "Key figures",
    "who": "Who's who",
    "quotes": "Who said what",
    "positions": "Positions side by side",
    "timeline": "Timeline",
    "sources": "Sources",
    "texts": "Source texts",
}


def _open(section: str) -> str:
    """A collapsible section (open by default; a closed one still prints its heading)."""
    return f"<section id={section}><details open><summary><h2>{SECTIONS[section]}</h2></summary>"


CLOSE = "</details></section>"


def _flag(mark: str | None) -> str:
    """The in-place mark of an item the change report lists."""
    return f"<span class='flag {mark}'>{mark}</span>" if mark else ""


def brief_body(
    brief: Brief,
    docs: list[Document],
    extra: list[tuple[str, str, str]] | None = None,
    changes: ChangeReport | None = None,
) -> str:
    """The brief's page content: header, table of contents, what's new (with ``changes``),
    then collapsible sections with the changed items marked in place. ``extra`` adds sections
    (id, title, ready HTML) after the header, e.g. a story's versions in the web app."""
    labels = source_labels(brief)
    cites = _Cites(brief, labels)
    marks = Marks(changes)
    body: list[str] = []
    if changes is not None and changes.since is not None:
        body += html_section(changes, cites.link_or_source, e)
    body += _summary(brief, cites, marks) + _figures(brief, cites, marks)
    body += _who(brief, labels, cites, marks) + _quotes(brief, cites, marks)
    body += _timeline(brief, cites, marks) + _sources(brief, docs, labels, marks)
    body += _texts(brief, docs, labels, cites)
    added = [
        f"<section id={e(sid)}><details open><summary><h2>{e(title)}</h2></summary>{html}{CLOSE}"
        for sid, title, html in extra or []
    ]
    present = [(sid, title) for sid, title, _ in extra or []]
    joined = "\n".join(body)
    present += [(sid, title) for sid, title in SECTIONS.items() if f"<section id={sid}>" in joined]
    toc = "".join(f'<li><a href="#{e(sid)}">{e(title)}</a></li>' for sid, title in present)
    head = (
        f"<header><h1>{e(brief.headline)}</h1><p class=meta>Story {e(brief.story_id)} · "
        f"{len(brief.sources)} sources · generated {e(brief.generated_at)}</p></header>"
        f'<nav class=toc aria-label="Contents"><b>Contents</b><ol>{toc}</ol></nav>'
    )
    return "\n".join([head, *added, joined])


def render_html(brief: Brief, docs: list[Document], changes: ChangeReport | None = None) -> str:
    body = [brief_body(brief, docs, changes=changes)]
    return (
        "<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8>"
        f'<meta http-equiv="Content-Security-Policy" content="{e(_csp())}">'
        '<meta name=viewport content="width=device-width, initial-scale=1">'
        '<link rel=icon href="data:,">'
        f"<title>{e(brief.headline)}</title><style>{CSS}</style>"
        f"<script>{SCRIPT}</script></head>\n<body><main>\n"
        + "\n".join(body)
        + "\n</main></body></html>\n"
    )


def _summary(brief: Brief, cites: _Cites, marks: Marks) -> list[str]:
    out = []
    heads = tuple(f"{fg.quantity}: " for fg in brief.figures)
    if brief.summary:
        out.append(_open("summary") + "<ul>")
        out += [
            f"<li>{_flag(marks.point(p))}{e(p.text)} {cites.links(p.citations)} <span class=n>"
            f"{e(sources_phrase(p.independent_sources))}</span></li>"
            for p in brief.summary
        ]
        out.append("</ul>" + CLOSE)
    if brief.takeaways:
        out.append(_open("takeaways") + "<ul>")
        out += [
            f"<li>{_flag(marks.point(p, bool(heads) and p.text.startswith(heads)))}"
            f"{e(p.text)} {cites.links(p.citations)}</li>"
            for p in brief.takeaways
        ]
        out.append("</ul>" + CLOSE)
    return out


def _figures(brief: Brief, cites: _Cites, marks: Marks) -> list[str]:
    if not brief.figures:
        return []
    out = [_open("figures")]
    labels = source_labels(brief)
    dates = {row.doc_id: row.published for row in brief.sources}
    for fg in brief.figures:
        out.append(
            f"<h3>{e(fg.quantity)} <span class='verdict {e(fg.verdict)}'>"
            f"{e(VERDICTS[fg.verdict])}</span></h3><p>{e(fg.explanation)}</p>"
        )
        out.append(
            "<table><tr><th>source</th><th>value</th><th>stated as</th>"
            "<th>attribution</th><th>as of</th><th>independent sources</th></tr>"
        )
        out += [
            f"<tr><td>{cites.link(v.citation)}</td>"
            f"<td>{_flag(marks.of('figure', [v.citation]))}{e(fmt_value(v.value))}</td>"
            f"<td>{e(v.text)}</td>"
            f"<td>{e(v.attribution)}</td><td>{e(v.as_of)}</td>"
            f"<td>{v.independent_sources}</td></tr>"
            for v in fg.values
        ]
        out.append("</table>" + figure_chart(fg, labels, dates))
    return out + [CLOSE]


def _who(brief: Brief, labels: dict[str, str], cites: _Cites, marks: Marks) -> list[str]:
    if not brief.entities:
        return []
    out = [
        _open("who") + "<table><tr><th>name</th><th>type</th>"
        "<th>also called</th><th>roles</th><th>mentioned in</th></tr>"
    ]
    for p in brief.entities:
        first = {c.doc_id: c for c in reversed(p.citations)}
        mentions = " ".join(
            (cites.link(first[d]) if d in first else e(labels.get(d, d)))
            + f"<span class=n>×{n}</span>"
            for d, n in p.mentions_by_source.items()
        )
        out.append(
            f"<tr><td>{_flag(marks.of('entity', p.citations))}<b>{e(p.name)}</b></td>"
            f"<td>{e(p.label)}</td>"
            f"<td>{e(', '.join(p.aliases))}</td><td>{e('; '.join(p.roles[:3]))}</td>"
            f"<td>{mentions}</td></tr>"
        )
    return out + ["</table>" + CLOSE]


def _quotes(brief: Brief, cites: _Cites, marks: Marks) -> list[str]:
    out = []
    if brief.quotes:
        out.append(_open("quotes"))
        for sq in brief.quotes:
            role = f" <span class=n>{e(sq.role)}</span>" if sq.role else ""
            out.append(f"<h3>{e(sq.speaker)}{role}</h3>")
            # The other wordings (translations, excerpts) cite their pages after the original.
            out += [
                f"<blockquote>{_flag(marks.of('quote', [q.citation]))}{e(q.text)} "
                f"{cites.links([q.citation, *q.versions])}"
                + (f" <span class=n>{e(q.kind)}</span>" if q.kind != "direct" else "")
                + "</blockquote>"
                for q in sq.quotes
            ]
        out.append(CLOSE)
    if brief.questions:
        out.append(_open("positions"))
        for q in brief.questions:
            out.append(
                f"<h3>{e(q.question)}</h3><table><tr><th>speaker</th><th>stance</th>"
                "<th>their words</th></tr>"
            )
            out += [
                f"<tr><td>{e(p.speaker)}</td><td>{e(p.stance)}</td><td>{e(p.quote.text)} "
                f"{cites.link(p.quote.citation)}</td></tr>"
                for p in q.positions
            ]
            out.append("</table>")
        out.append(CLOSE)
    return out


def _timeline(brief: Brief, cites: _Cites, marks: Marks) -> list[str]:
    if not brief.timeline:
        return []
    out = [
        _open("timeline")
        + timeline_chart(brief, {i: f"ev{i + 1}" for i in range(len(brief.timeline))})
        + "<table><tr><th>date</th><th>event</th><th>sources</th></tr>"
    ]
    out += [
        f"<tr id=ev{i}><td class=date>{e(ev.date)}<br><span class=n>{e(ev.precision)}</span></td>"
        f"<td>{_flag(marks.of('event', ev.citations))}"
        f"{'<span class=n>planned:</span> ' if ev.planned else ''}{e(ev.text)}</td>"
        f"<td>{cites.links(ev.citations)} <span class=n>"
        f"{e(sources_phrase(ev.independent_sources))}</span></td></tr>"
        for i, ev in enumerate(brief.timeline, 1)
    ]
    out.append("</table>")
    if any(ev.precision == PAGE_DATE for ev in brief.timeline):
        out.append(f"<p class=n>{e(PAGE_NOTE)}</p>")
    return out + [CLOSE]


def _link(row: SourceRow) -> str:
    title = e(row.title or row.doc_id)
    url = link_url(row.url)
    return f'<a href="{e(url)}" rel="noopener noreferrer">{title}</a>' if url else title


def _sources(brief: Brief, docs: list[Document], labels: dict[str, str], marks: Marks) -> list[str]:
    by_id = {d.id: d for d in docs}
    out = [
        _open("sources")
        + sources_graph(brief, labels)
        + "<table><tr><th></th><th>title</th><th>outlet</th>"
        "<th>date</th><th>wire / copy</th><th>boilerplate removed</th><th>language</th></tr>"
    ]
    for row in brief.sources:
        status = copy_label(row, labels)
        wire = f"{e(row.wire)} wire · " if row.wire else ""
        out.append(
            f"<tr><td><a href='#doc-{e(labels[row.doc_id])}'>{e(labels[row.doc_id])}</a></td>"
            f"<td>{_flag(marks.source(row.doc_id))}{_link(row)}</td><td>{e(row.outlet)}</td>"
            f"<td>{e(published_label(row.published))} <span class=n>"
            f"{e(row.published_status)}</span></td><td>{wire}{e(status)}</td>"
            f"<td>{e(removed_label(row, by_id.get(row.doc_id)))}</td>"
            f"<td>{e(row.language or '')}</td></tr>"
        )
    return out + ["</table>" + CLOSE]


def _texts(brief: Brief, docs: list[Document], labels: dict[str, str], cites: _Cites) -> list[str]:
    by_id = {d.id: d for d in docs}
    spans = cites.by_doc()
    out = [_open("texts")]
    for row in brief.sources:
        doc = by_id.get(row.doc_id)
        if doc is None:
            continue
        label = labels[row.doc_id]
        out.append(
            f"<article id='doc-{e(label)}'><h3>{e(label)} · {e(doc.title or doc.id)}</h3>"
            f"<div class=source-text>{marked_text(doc.text, spans.get(doc.id, []))}"
            "</div></article>"
        )
    return out + [CLOSE]
