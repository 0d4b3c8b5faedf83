"""Key figures: the same quantity as reported by each source, and whether the sources agree.

Figures are grouped when they count the same kind of thing (unit, with synonyms folded)
and are within a factor of ten of the group's best-supported value. Inside a group, values
within 5% are one reported value. Each value gets a status read off its sentence (planned,
already there, training, killed ...), so that different numbers can be told apart as
different referents or different times instead of being flagged as a conflict.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from storyline.model import Analysis, Document, Figure, FigureGroup, FigureValue
from storyline.render.labels import fmt_value  # the brief's text writes numbers as pages show
from storyline.synthesize.common import cite, count_independent, sentence_around

UNIT_CLASSES = {
    "troops": {"troop", "troops", "soldier", "soldiers", "forces", "force", "members", "member",
               "personnel", "servicemen", "fighters", "men", "special forces", "military"},
    "people": {"people", "person", "persons", "residents", "civilians", "individuals"},
    "percent": {"percent", "per cent", "%", "pct", "percentage points"},
    "dollars": {"dollars", "dollar", "usd", "$", "us$"},
}
VAGUE = re.compile(r"\b(thousands|hundreds|millions|dozens|several|a few|few|many)\b", re.I)
SAME_VALUE = 0.05
SAME_MATTER = 0.2  # TF-IDF cosine of two values' clauses for them to be about one matter
MAX_RATIO = 10.0
MAX_GROUPS = 6

# Ordered: the first status whose cue occurs near the figure wins.
STATUS_CUES: list[tuple[str, str]] = [
    ("killed", r"\b(killed|dead|died|deaths?|casualties)\b"),
    ("already", r"\b(already|now|ha(ve|s|d) (been|sent|left|fled|arrived|moved)|arrived|"
                r"are in|were in|evacuated)\b"),
    ("training", r"\b(training|trained|train)\b(?!\s+(base|centre|center|camp))"),
    ("covered", r"\b(covered|covers?|covering|ordered|order)\b"),
    ("planned", r"\b(plans?|planned|planning|preparing|prepares?|intend\w*|eventual\w*|"
                r"expected to|set to|to send|to deploy)\b"),
]
CLAUSE_EDGE = re.compile(r"[,;:—–](\s|$)|\s(and|but|while|when|after|which|who)\s")
DONE_VERB = re.compile(r"\b(deployed|sent|left|fled|evacuated|arrived|moved|killed)\b", re.I)
STATUS_WORDS = {
    "planned": "is the planned total",
    "covered": "is the total covered",
    "already": "already",
    "training": "were training",
    "killed": "were killed",
}
BOUND_WORDS = {
    "about": "about ", "up_to": "up to ", "as_many_as": "as many as ", "at_least": "at least ",
    "nearly": "nearly ", "more_than": "more than ", "less_than": "fewer than ", "exact": "",
}


@dataclass
class Item:
    doc: Document
    analysis: Analysis
    figure: Figure
    unit: str
    sentence: tuple[int, int]
    status: str | None = None
    place: str | None = None
    verb: str | None = None
    words: str = ""  # the figure's clause, verbatim

    @property
    def explicit(self) -> bool:
        """The counted thing is named next to the number (not inferred by the analyzer)."""
        return self.figure.unit.lower() in self.figure.text.lower()


def unit_class(unit: str) -> str:
    low = unit.lower().strip()
    for name, words in UNIT_CLASSES.items():
        if low in words:
            return name
    return low[:-1] if low.endswith("s") and len(low) > 3 else low


def status_of(text: str) -> str | None:
    for status, pattern in STATUS_CUES:
        if re.search(pattern, text, flags=re.IGNORECASE):
            return status
    return None


def clause(text: str, sentence: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """The clause around a figure: a sentence may hold two figures that say different things
    ("11,500 people had now left, out of the roughly 40,000 covered by the order")."""
    s, e = sentence
    left = max((m.end() for m in CLAUSE_EDGE.finditer(text[s:start])), default=0)
    right = CLAUSE_EDGE.search(text[end:e])
    return s + left, (end + right.start()) if right else e


def _place(item: Item) -> str | None:
    """A place the figure's sentence sends or finds the counted people in ("to Russia")."""
    s, e = item.sentence
    for ent in item.analysis.entities:
        if ent.label not in ("GPE", "LOC"):
            continue
        for m in ent.mentions:
            if item.figure.end <= m.start < e and s <= m.start:
                before = item.doc.text[max(item.figure.end, m.start - 60):m.start]
                if re.search(r"\b(in|to|at|into)\s+(the\s+([A-Z][\w-]*\s+)*"
                             r"(city|region|town|port|province|capital|area)\s+of\s+)?$", before):
                    return m.text
    return None


def collect(docs: list[Document], analyses: dict[str, Analysis]) -> list[Item]:
    items: list[Item] = []
    for doc in docs:
        analysis = analyses.get(doc.id)
        if analysis is None:
            continue
        for fig in analysis.figures:
            if VAGUE.search(fig.text) and not re.search(r"\d", fig.text):
                continue  # "thousands of troops" says little next to the figures themselves
            if not fig.unit or fig.value <= 0 or not 0 <= fig.start < fig.end <= len(doc.text):
                continue
            span = sentence_around(doc.text, fig.start, fig.end)
            item = Item(doc, analysis, fig, unit_class(fig.unit), span)
            a, b = clause(doc.text, span, fig.start, fig.end)
            item.words = doc.text[a:b]
            item.status = status_of(item.words)
            item.place = _place(item) if item.status in ("already", "training") else None
            verb = DONE_VERB.search(doc.text[fig.end:b])
            item.verb = verb.group(1).lower() if verb else None
            items.append(item)
    return items


def _link(items: list[Item], groups: dict[str, str]) -> list[list[Item]]:
    """Groups of figures about one quantity.

    Within a unit class, the best-supported value anchors a group and every other reported
    value within a factor of ten joins the nearest anchor. Context similarity proved too weak
    a signal here: "About 1,500 have already been deployed" shares few words with "plans to
    send about 12,000 troops", yet both count the same soldiers.
    """
    by_unit: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        by_unit[item.unit].append(item)
    out: list[list[Item]] = []
    for members in by_unit.values():
        clusters = _value_clusters(members)
        clusters.sort(key=lambda c: (-count_independent({it.doc.id for it in c}, groups),
                                     -len(c), -c[0].figure.value))
        anchors: list[tuple[float, list[Item]]] = []
        for cluster in clusters:
            value = cluster[0].figure.value
            near = [(abs(math.log(value / a)), g) for a, g in anchors
                    if max(value, a) / min(value, a) <= MAX_RATIO]
            if near:
                min(near, key=lambda n: n[0])[1].extend(cluster)
            else:
                anchors.append((value, list(cluster)))
        out += [g for _, g in anchors]
    return out


def _value_clusters(group: list[Item]) -> list[list[Item]]:
    clusters: list[list[Item]] = []
    for item in sorted(group, key=lambda it: -it.figure.value):
        for cluster in clusters:
            ref = cluster[0].figure.value
            if abs(item.figure.value - ref) <= SAME_VALUE * ref:
                cluster.append(item)
                break
        else:
            clusters.append([item])
    return clusters


def _common(values: list[str | None]) -> str | None:
    found = Counter(v for v in values if v)
    return found.most_common(1)[0][0] if found else None


def _describe(cluster: list[Item], sources: int) -> str:
    """E.g. "NIS said about 1,500 were already in Vladivostok, as of 2024-10-08"."""
    fig = cluster[0].figure
    bounds = {it.figure.bound for it in cluster if it.figure.bound != "exact"}
    # Sources that hedge differently ("up to", "approximately", "as many as") say "about".
    bound = bounds.pop() if len(bounds) == 1 else ("about" if bounds else "exact")
    text = f"{BOUND_WORDS.get(bound, '')}{fmt_value(fig.value)}"
    status = _common([it.status for it in cluster])
    ordered = sorted(cluster, key=lambda it: (it.doc.published or "9999", it.doc.id,
                                              it.figure.start))  # earliest page first
    attribution = next((it.figure.attribution for it in ordered if it.figure.attribution), None)
    as_of = _common([it.figure.as_of for it in cluster])
    place = _common([it.place for it in cluster])
    verb = _common([it.verb for it in cluster])
    if attribution and sources == 1:
        text = f"{attribution} said {text}"
    if status == "already":
        text += f" were already in {place}" if place else (
            f" had already {verb}" if verb else " already")
    elif status:
        text += f" {STATUS_WORDS[status]}" + (f" in {place}" if place else "")
    else:
        text += f" (“{_snippet(ordered[0])}”)"
    if as_of:
        text += f", as of {as_of}"
    plural = "s" if sources != 1 else ""
    return f"{text} ({sources} independent source{plural})"


def _snippet(item: Item, words: int = 12) -> str:
    """The figure's clause, verbatim, cut to a few words around the number."""
    if len(item.words.split()) <= words:
        return item.words.strip()
    offset = max(0, item.words.find(item.figure.text))
    head = item.words[:offset].split()
    before = head[-4:]
    after = item.words[offset:].split()[:words - len(before)]
    return ("… " if len(before) < len(head) else "") + " ".join(before + after) + " …"


def _verdict(clusters: list[list[Item]], sources: int, vectorize) -> str:  # noqa: ANN001
    """agree / single for one value; for several: different referents (different statuses,
    or clauses that share little wording), different times (same status, other dates), else
    conflict."""
    if len(clusters) == 1:
        return "agree" if sources > 1 else "single"
    statuses = {_common([it.status for it in c]) for c in clusters}
    times = {_common([it.figure.as_of for it in c]) for c in clusters}
    if len(statuses) > 1:
        return "different_referents"
    if len(times) > 1:
        return "different_times"
    if vectorize is not None and not _same_matter(clusters, vectorize):
        return "different_referents"
    return "conflict"


def _same_matter(clusters: list[list[Item]], vectorize) -> bool:  # noqa: ANN001
    """Whether every value's clause resembles some clause of each other value."""
    texts = [" ".join(it.words for it in c) for c in clusters]
    vectors = vectorize([re.sub(r"\d[\d,.]*", " ", t) for t in texts])
    sims = (vectors @ vectors.T).toarray()
    n = len(clusters)
    return all(sims[i, j] >= SAME_MATTER for i in range(n) for j in range(n) if i != j)


def _quantity(group: list[Item]) -> str:
    """The counted thing: its most common unit, with the group (e.g. nationality) named most."""
    unit = Counter(it.figure.unit.lower() for it in group).most_common(1)[0][0]
    norp: Counter[str] = Counter()
    for it in group:
        s, e = it.sentence
        names = {m.text for ent in it.analysis.entities if ent.label == "NORP"
                 for m in ent.mentions if s <= m.start < e}
        norp.update(names)
    if norp and len(group) > 1:
        name, count = norp.most_common(1)[0]
        if count * 2 >= len(group):
            return f"{name} {unit}"
    return unit


def key_figures(docs: list[Document], analyses: dict[str, Analysis], groups: dict[str, str],
                vectorize=None) -> list[FigureGroup]:  # noqa: ANN001 - TF-IDF transform
    items = collect(docs, analyses)
    if not items:
        return []
    out: list[tuple[float, FigureGroup]] = []
    for group in _link(items, groups):
        if not any(it.explicit for it in group):
            continue  # only inferred units: too weak to report ("141 to 9" as crowns)
        if len({it.doc.id for it in group}) == 1 and not any(
                re.search(r"\d", it.figure.text) for it in group):
            continue  # "two sovereign states": a word count from one page is no key figure
        clusters = _value_clusters(group)
        values: list[FigureValue] = []
        notes: list[tuple[int, str]] = []
        for cluster in clusters:
            sources = count_independent({it.doc.id for it in cluster}, groups)
            notes.append((sources, _describe(cluster, sources)))
            seen: set[str] = set()
            for it in cluster:
                if it.doc.id in seen:
                    continue
                seen.add(it.doc.id)
                values.append(FigureValue(
                    doc_id=it.doc.id, value=it.figure.value, bound=it.figure.bound,
                    unit=it.figure.unit, attribution=it.figure.attribution,
                    as_of=it.figure.as_of, text=it.figure.text,
                    citation=cite(it.doc, *it.sentence), independent_sources=sources))
        total = count_independent({it.doc.id for it in group}, groups)
        verdict = _verdict(clusters, total, vectorize)
        notes.sort(key=lambda n: -n[0])
        fg = FigureGroup(quantity=_quantity(group), values=values, verdict=verdict,
                         explanation="; ".join(n for _, n in notes))
        weight = total + 0.5 * math.log1p(len(clusters)) + 0.1 * len(group)
        out.append((weight, fg))
    out.sort(key=lambda pair: -pair[0])
    return [fg for _, fg in out[:MAX_GROUPS]]
