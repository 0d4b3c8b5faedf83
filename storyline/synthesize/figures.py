"""Key figures: the same quantity as reported by each source, and whether the sources agree.

Figures are grouped by referent: what they count (unit, with synonyms folded) and what is said
of it (the frame). Values within 5% of each other are one reported value; each reported value
takes the frame most of its figures have. The frame comes from the verb governing the counted
noun (Figure.predicate: "live" in "60,000 people live in areas that could flood", "supply" in
"supplies water to 200,000 people"); the stages of one movement (planned, covered by an order,
sent, already there, training: send, deploy, leave, evacuate ...) are one frame, since a planned
total and the part already there count the same people; deaths are another. A value with no
telling verb joins the nearest group of its unit. Within a frame, values join the
best-supported one within a factor of ten.

Each value gets a status read off its clause (planned, already there, training, killed ...) and
a date (its "as of", or for a count so far the day it was reported), so that different numbers
are told apart as different referents or different times (a count rising day by day) instead
of being flagged as a conflict.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Literal

# The brief's text writes numbers as pages show them.
from storyline.labels import sources_phrase
from storyline.lexicon import FIGURE_PLACE_NOUNS
from storyline.model import Analysis, Document, Figure, FigureGroup, FigureValue
from storyline.synthesize import figure_units as units
from storyline.synthesize.common import cite, count_independent, sentence_around
from storyline.synthesize.figure_bounds import one_range, span
from storyline.synthesize.figure_listing import (
    joins,
    listed_together,
    parts_of_tolls,
    recall_companions,
    restated_frames,
)
from storyline.synthesize.figure_roles import not_a_count, roles_apart, roles_differ
from storyline.synthesize.figure_scope import StoryScope
from storyline.synthesize.figure_subjects import different_owners, different_subjects
from storyline.synthesize.figure_words import (
    BOUND_WORDS,
    CASUALTIES,
    CLAUSE_EDGE,
    DONE_VERB,
    GENERIC_VERBS,
    HUMAN_UNITS,
    INJURED_VERBS,
    KILLED_VERBS,
    MOVEMENT,
    MOVEMENT_VERBS,
    PHASES,
    RECALLED,
    SAID_ON,
    SAYING,
    SO_FAR,
    STATUS_WORDS,
    UNIT_CLASSES,
    WHEN_LINK,
    part_of_count,
    participle,
    qualifier,
    status_of,
)
from storyline.textutil import vague_figure

SAME_VALUE = 0.05
SAME_MATTER = 0.2  # TF-IDF cosine of two values' clauses for them to be about one matter
MAX_RATIO = 10.0
MAX_GROUPS = 8
MAX_RECALLED = 2
# How another event's figures are named: "people killed (in 2015-11)", "(earlier events)".
EARLIER_EVENT = re.compile(r"\((?:in \d{4}[\d-]*|earlier events)\)$")


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
    frame: str = ""
    as_of: str | None = None  # the stated "as of", or the day a count so far was given
    copied: bool = False  # the page copies, translates or rewrites another page of the story
    part: bool = False  # a part of a count ("20 of those injured")
    recalled: str | None = None  # the date of an earlier event the page recalls
    qualifier: str = ""  # who is counted, when the figure says ("UK" in "400,000 UK consumers")
    value: float = 0.0  # the figure's value in the unit it is compared in (miles -> km)

    @property
    def explicit(self) -> bool:
        """The counted thing is named next to the number (not inferred by the analyzer), by
        word or sign ("$5 billion"); a measure's unit always is ("86 °F"), and so are the
        people of a toll its clause names ("the death toll rose to 61")."""
        text, unit = self.figure.text, self.figure.unit
        toll = self.status in CASUALTIES and unit == "people"
        return (
            units.measure(unit)
            or units.unit_named(text, unit)
            or units.written_as_symbol(text)
            or toll
        )


def unit_class(unit: str) -> str:
    compared = units.measure_unit(unit.strip())
    if compared is not None:
        return compared  # "miles" and "km" are one distance
    low = unit.lower().strip()
    for name, words in UNIT_CLASSES.items():
        if low in words:
            return name
    return _singular(low)


def _singular(word: str) -> str:
    """One key for a counted noun's singular and plural ("1 body" / "5 bodies")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if re.search(r"(ch|sh|ss|x)es$", word):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


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
                before = item.doc.text[max(item.figure.end, m.start - 60) : m.start]
                if re.search(
                    r"\b(in|to|at|into)\s+(the\s+([A-Z][\w-]*\s+)*"
                    rf"({'|'.join(FIGURE_PLACE_NOUNS)})\s+of\s+)?$",
                    before,
                ):
                    return m.text
    return None


def collect(
    docs: list[Document],
    analyses: dict[str, Analysis],
    names: dict[str, str] | None = None,
    story: StoryScope | None = None,
) -> list[Item]:
    """Figures worth grouping; ``names`` maps a lower-cased alias to its canonical name, so
    that "Tomas Reil" and "Tomas Reyl" attribute the same figure to one person. With a
    ``story`` scope, figures about another event that a page recalls are left out."""
    names = names or {}
    items: list[Item] = []
    for doc in docs:
        analysis = analyses.get(doc.id)
        if analysis is None:
            continue
        for fig in analysis.figures:
            if vague_figure(fig.text):
                continue  # "thousands of troops" says how big, not how many
            if not fig.unit or fig.value <= 0 or not 0 <= fig.start < fig.end <= len(doc.text):
                continue
            if fig.unit.lower().split()[-1] in ("source", "sources") or not_a_count(doc.text, fig):
                continue  # "two sources told us"; "46 more than ...", "the 40 busiest"
            canonical = names.get((fig.attribution or "").lower())
            if canonical:
                fig = fig.model_copy(update={"attribution": canonical})
            span = sentence_around(doc.text, fig.start, fig.end)
            item = Item(doc, analysis, fig, unit_class(fig.unit), span)
            item.value = units.converted(fig.value, fig.unit)
            a, b = clause(doc.text, span, fig.start, fig.end)
            item.words = doc.text[a:b]
            if WHEN_LINK.search(doc.text[span[0] : a]) or WHEN_LINK.match(item.words):
                # "since 1959, when two died": the clause hangs on the date before it
                a = max(span[0], a - 40)
            recalled = story.recalled(analysis, (a, b), doc.text, fig.end) if story else None
            item.status = status_of(item.words, fig.text, item.unit)
            item.part = part_of_count(doc.text, span, fig)
            item.qualifier = qualifier(fig)
            item.place = _place(item) if item.status in ("already", "training") else None
            verb = DONE_VERB.search(doc.text[fig.end : b])
            item.verb = verb.group(1).lower() if verb else None
            item.frame = frame_of(fig.predicate, item.status)
            if units.measure(fig.unit):  # what a measure measures, not the verb of its clause
                before, after = doc.text[span[0] : fig.start], doc.text[fig.end : span[1]]
                item.frame = units.aspect(fig.unit, before, after)
            if story is not None and not recalled:
                toll = item.frame in CASUALTIES
                recalled = story.leading(analysis, doc.text, span, a, toll) or story.antecedent(
                    analysis, doc.text, span[0], fig.start
                )
            item.as_of = fig.as_of or (_reported_on(item) if item.status == "already" else None)
            if recalled:  # another event's figure: grouped apart, dated by that event
                item.recalled, item.as_of = recalled, fig.as_of or recalled
                item.frame = f"{RECALLED}{item.frame}"
            items.append(item)
    return restated_frames(parts_of_tolls(recall_companions(items)))


def frame_of(predicate: str | None, status: str | None) -> str:
    """What a figure says of what it counts: a telling verb of its own ("live", "supply"),
    the movement frame (its stages: planned, covered, sent, already there, training),
    "killed", "injured", "missing", or "" when nothing tells."""
    if status == "killed" or predicate in KILLED_VERBS:
        return "killed"
    if status in CASUALTIES or predicate in INJURED_VERBS:  # injured, missing
        return status if status in CASUALTIES else "injured"
    if predicate in SAYING:
        predicate = None  # "40 people said ...": nothing said of them
    if predicate and predicate not in GENERIC_VERBS and predicate not in MOVEMENT_VERBS:
        return predicate
    if status in PHASES or predicate in MOVEMENT_VERBS:
        return MOVEMENT
    return ""


def _reported_on(item: Item) -> str | None:
    """The day a count so far was given: a date right after the speech verb of its sentence
    ("said on Friday that 15,000 had now left"), else, for "now" / "so far", the page's date."""
    s, e = item.sentence
    text = item.doc.text
    for time in item.analysis.times:
        if (
            s <= time.start < e
            and time.precision == "day"
            and time.start < item.figure.start
            and SAID_ON.search(text[s : time.start])
        ):
            return time.value[:10]
    if SO_FAR.search(item.words) and item.doc.published:
        return item.doc.published[:10]
    return None


def _link(items: list[Item], groups: dict[str, str]) -> list[tuple[str, list[Item]]]:
    """Groups of figures about one referent, each with its frame.

    Within a unit class, reported values (within 5%) take the frame most of their figures
    have. Within a frame, the best-supported value anchors a group and every other value within
    a factor of ten joins the nearest anchor. Context similarity proved too weak a signal here:
    "About 1,500 have already been deployed" shares few words with "plans to send about 12,000
    troops", yet both count the same soldiers. Values whose frame is unknown join the nearest
    anchor of any frame.
    """
    by_unit: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        by_unit[item.unit].append(item)
    out: list[tuple[str, list[Item]]] = []
    for members in by_unit.values():
        clusters = _value_clusters(members)
        clusters.sort(
            key=lambda c: (
                -count_independent({it.doc.id for it in c}, groups),
                -len(c),
                -c[0].value,
            )
        )
        anchors: list[tuple[str, float, list[Item]]] = []
        loose: list[list[Item]] = []
        for cluster in clusters:
            frame = _cluster_frame(cluster)
            if frame:
                _attach(anchors, frame, cluster)
            else:
                loose.append(cluster)
        for cluster in loose:
            _attach(anchors, None, cluster)
        out += [(frame, g) for frame, _, g in anchors]
    return out


def _cluster_frame(cluster: list[Item]) -> str:
    """The frame most figures of one reported value have; ties go to the movement frame."""
    votes = Counter(it.frame for it in _earliest_first(cluster) if it.frame)
    if not votes:
        return ""
    best = max(votes.values())
    return MOVEMENT if votes[MOVEMENT] == best else votes.most_common(1)[0][0]


def _attach(
    anchors: list[tuple[str, float, list[Item]]], frame: str | None, cluster: list[Item]
) -> None:
    """Join the nearest anchor (of `frame`; when None, of the movement frame or none: a toll,
    another event's count or a count a telling verb frames, "jobs provided for 1,000 people",
    is joined only by a value that says the same) within MAX_RATIO."""
    value = cluster[0].value
    near = [
        (abs(math.log(value / a)), g)
        for f, a, g in anchors
        if (f == frame if frame is not None else joins(cluster, f, a, g))
        and max(value, a) / min(value, a) <= MAX_RATIO
    ]
    if near:
        min(near, key=lambda n: n[0])[1].extend(cluster)
    else:
        anchors.append((frame or "", value, list(cluster)))


def _value_clusters(group: list[Item]) -> list[list[Item]]:
    """Figures within 5% that say the same of what they count (not five killed, five trapped)."""
    clusters: list[list[Item]] = []
    for item in sorted(group, key=lambda it: -it.value):
        for cluster in clusters:
            ref = cluster[0].value
            frames = {it.frame for it in cluster}
            if (
                abs(item.value - ref) <= SAME_VALUE * abs(ref)
                and not any(_apart(item.frame, f) for f in frames)
                and not roles_apart(item, cluster)  # an offer price and a closing price
            ):
                cluster.append(item)
                break
        else:
            clusters.append([item])
    return clusters


def _apart(a: str, b: str) -> bool:
    """Frames that never count the same thing: a toll of killed or injured and anything else
    said of it ("five killed" / "five trapped"), another event's figures and the story's, two
    aspects of a length (an altitude of 770 km, a range of 800 km). Two telling verbs may be
    synonyms ("live" / "reside") and leave it to the majority."""
    if a == b or not a or not b:
        return False
    if {a, b} <= units.ASPECTS:
        return True
    return bool({a, b} & CASUALTIES) or a.startswith(RECALLED) != b.startswith(RECALLED)


def _common(values: list[str | None]) -> str | None:
    found = Counter(v for v in values if v)
    return found.most_common(1)[0][0] if found else None


def _bound_value(cluster: list[Item]) -> str:
    """ "about 9,000": sources that hedge differently ("up to", "as many as") say "about"."""
    bounds = {it.figure.bound for it in cluster if it.figure.bound != "exact"}
    bound = bounds.pop() if len(bounds) == 1 else ("about" if bounds else "exact")
    first = _earliest_first(cluster)[0]
    shown = units.fmt_measure(first.value, first.figure.value, first.figure.unit)
    return f"{BOUND_WORDS.get(bound, '')}{shown}"


def _earliest_first(cluster: list[Item]) -> list[Item]:
    """Originals first, then by date: a label, attribution or quoted wording reads in the
    original's words, not a translation's or an AI rewrite's ("live", not "reside")."""
    return sorted(
        cluster, key=lambda it: (it.copied, it.doc.published or "9999", it.doc.id, it.figure.start)
    )


def _attribution(cluster: list[Item]) -> str | None:
    return next(
        (it.figure.attribution for it in _earliest_first(cluster) if it.figure.attribution), None
    )


def _describe(cluster: list[Item], sources: int) -> str:
    """E.g. "NIS said about 1,500 were already in Vladivostok, as of 2024-10-08"."""
    text = _bound_value(cluster)
    status = _status(cluster)
    attribution = _attribution(cluster)
    as_of = _common([it.as_of for it in cluster])
    place = _common([it.place for it in cluster])
    verb = _common([it.verb for it in cluster])
    if attribution and sources == 1:
        text = f"{attribution} said {text}"
    if status == "already":
        text += (
            f" were already in {place}"
            if place
            else (f" had already {verb}" if verb else " already")
        )
    elif status == "part":
        text += f", a part (“{_snippet(_earliest_first(cluster)[0])}”)"
    elif status:
        text += f" {STATUS_WORDS[status]}" + (f" in {place}" if place else "")
    else:
        text += f" (“{_snippet(_earliest_first(cluster)[0])}”)"
    if as_of:
        text += f", as of {as_of}"
    return f"{text} ({sources_phrase(sources)})"


def _series(clusters: list[list[Item]]) -> list[list[list[Item]]]:
    """Runs of values with one status and distinct dates: a count given day after day."""
    by_status: dict[str, list[list[Item]]] = defaultdict(list)
    for cluster in clusters:
        status = _common([it.status for it in cluster])
        if any(it.recalled for it in cluster):
            continue  # earlier events' tolls are different events, not one count over time
        if status in ("already", "killed") and _common([it.as_of for it in cluster]):
            by_status[status].append(cluster)
    runs = []
    for members in by_status.values():
        dates = [_common([it.as_of for it in c]) for c in members]
        if len(members) >= 2 and len(set(dates)) == len(dates):
            runs.append(sorted(members, key=lambda c: _common([it.as_of for it in c]) or ""))
    return runs


def _describe_series(run: list[list[Item]], groups: dict[str, str]) -> str:
    """E.g. "the number who had already left rose over time: about 9,000 as of 2025-03-12
    (2 independent sources), 11,500 as of 2025-03-13 (Alexander Vorn; 1 independent
    source)"."""
    status = _common([it.status for c in run for it in c])
    verb = _common([it.verb for c in run for it in c])
    what = (
        "the death toll"
        if status == "killed"
        else f"the number who had already {verb}"
        if verb
        else "the number already there"
    )
    values = [c[0].value for c in run]
    trend = (
        "rose"
        if values == sorted(values)
        else "fell"
        if values == sorted(values, reverse=True)
        else "changed"
    )
    parts = []
    for cluster in run:
        sources = count_independent({it.doc.id for it in cluster}, groups)
        attribution = _attribution(cluster)
        who = f"{attribution}; " if attribution and sources == 1 else ""
        as_of = _common([it.as_of for it in cluster])
        parts.append(f"{_bound_value(cluster)} as of {as_of} ({who}{sources_phrase(sources)})")
    return f"{what} {trend} over time: " + ", ".join(parts)


def _snippet(item: Item, words: int = 12) -> str:
    """The figure's clause, verbatim, cut to a few words around the number."""
    if len(item.words.split()) <= words:
        return item.words.strip()
    offset = max(0, item.words.find(item.figure.text))
    head = item.words[:offset].split()
    before = head[-4:]
    after = item.words[offset:].split()[: words - len(before)]
    return ("… " if len(before) < len(head) else "") + " ".join(before + after) + " …"


Verdict = Literal[
    "agree", "different_referents", "different_times", "conflict", "single", "unresolved"
]


def _verdict(clusters: list[list[Item]], sources: int, vectorize) -> Verdict:
    """agree / single for one value; for several: different referents (different statuses,
    a part and its total, different groups counted, or clauses that share little wording),
    different times (same status, other dates), conflict when that is earned (see
    ``_conflict_earned``), else unresolved."""
    if len(clusters) == 1 or one_range(clusters):
        return "agree" if sources > 1 else "single"
    if listed_together(clusters):  # "67 from one company, 63 from another": each page's list
        return "different_referents"
    statuses = {_status(c) for c in clusters}
    qualifiers = {_common([it.qualifier for it in c]) or "" for c in clusters}
    times = {_common([it.as_of for it in c]) for c in clusters}
    recalled = {_common([it.recalled for it in c]) for c in clusters}
    if len(statuses) > 1 or len(qualifiers) > 1 or len(recalled) > 1 or roles_differ(clusters):
        return "different_referents"  # recalled on other dates: other events
    if len(times) > 1 or _toll_over_time(clusters):
        return "different_times"
    if vectorize is not None and not _same_matter(clusters, vectorize):
        return "different_referents"
    if different_subjects(clusters) or different_owners(clusters):
        return "different_referents"  # "NXP shares ..." / "Qualcomm's stock ..."
    return "conflict" if _conflict_earned(clusters) else "unresolved"


def _toll_over_time(clusters: list[list[Item]]) -> bool:
    """A toll of the story whose values first appear in pages of different times (50 dead in
    the morning's pages, 59 in the evening's): the count rose as the story unfolded."""
    if not all(_status(c) in CASUALTIES and not any(it.recalled for it in c) for c in clusters):
        return False
    first = {min(it.doc.published or "" for it in c) for c in clusters}
    return "" not in first and len(first) > 1


def _status(cluster: list[Item]) -> str | None:
    """A cluster's status; "part" when its figures count a part ("20 of those injured")."""
    if sum(it.part for it in cluster) * 2 > len(cluster):
        return "part"
    return _common([it.status for it in cluster])


def _conflict_earned(clusters: list[list[Item]]) -> bool:
    """Sources conflict only when each value names what it counts (no inferred unit), the
    values say the same of it (the same status cue, or the same telling verb), and their
    bounds cannot both hold ("at least 5" and "7" can; "7" and "10" cannot)."""
    if not all(any(it.explicit for it in c) for c in clusters):
        return False
    status = _status(clusters[0])
    if status is None or status == "part":
        verbs = [
            {it.figure.predicate for it in c if it.figure.predicate} - GENERIC_VERBS
            for c in clusters
        ]
        if not all(verbs) or not set.intersection(*verbs):
            return False
    spans = [span(c) for c in clusters]
    return any(a[1] < b[0] or b[1] < a[0] for i, a in enumerate(spans) for b in spans[i + 1 :])


def _same_matter(clusters: list[list[Item]], vectorize) -> bool:
    """Whether every value's clause resembles some clause of each other value."""
    texts = [" ".join(it.words for it in c) for c in clusters]
    vectors = vectorize([re.sub(r"\d[\d,.]*", " ", t) for t in texts])
    sims = (vectors @ vectors.T).toarray()
    n = len(clusters)
    return all(sims[i, j] >= SAME_MATTER for i in range(n) for j in range(n) if i != j)


def _quantity(group: list[Item]) -> str:
    """The counted thing: its most common unit, with the group (e.g. nationality) named most;
    a measure's unit is the one its values are compared in."""
    if units.measure(group[0].figure.unit):
        return group[0].unit
    unit = Counter(it.figure.unit.lower() for it in group).most_common(1)[0][0]
    norp: Counter[str] = Counter()
    for it in group:
        s, e = it.sentence
        names = {
            m.text
            for ent in it.analysis.entities
            if ent.label == "NORP"
            for m in ent.mentions
            if s <= m.start < e
        }
        norp.update(names)
    if (
        norp
        and len(group) > 1
        and unit_class(unit) not in ("percent", "dollars")
        and not any(units.measure(it.figure.unit) for it in group)
    ):  # "North Korean troops"; never "Communist percent"
        name, count = norp.most_common(1)[0]
        if count * 2 >= len(group):
            return f"{name} {unit}"
    return unit


def _framed(quantity: str, frame: str, group: list[Item]) -> str:
    """The quantity with what is said of it, to tell apart groups that count one noun:
    "people who live", "people supplied", "people killed"."""
    if frame.startswith(RECALLED):
        dates = sorted({it.recalled or "" for it in group})
        when = f"in {dates[0]}" if len(dates) == 1 else "earlier events"
        if frame == RECALLED:  # the date tells it apart; no quoted words needed
            return f"{quantity} ({when})"
        return f"{_framed(quantity, frame.removeprefix(RECALLED), group)} ({when})"
    if frame in CASUALTIES:
        return f"{quantity} {frame}"
    if units.measure(group[0].figure.unit):
        return f"{quantity} ({frame})" if units.shown_aspect(frame) else quantity
    if frame == MOVEMENT:
        return quantity
    if not frame:
        return f"{quantity} (“{_snippet(_earliest_first(group)[0], 6)}”)"
    item = next(
        (it for it in _earliest_first(group) if it.frame.removeprefix(RECALLED) == frame),
        _earliest_first(group)[0],
    )
    s, e = item.sentence
    stem = re.escape(frame[:-1] if len(frame) > 3 and frame[-1] in "ey" else frame)
    found = [m for m in re.finditer(rf"\b{stem}[a-z]*\b", item.doc.text[s:e])]
    if not found:
        return f"{quantity} ({frame})"
    verb = min(found, key=lambda m: abs(s + m.start() - item.figure.start))
    if s + verb.start() < item.figure.end:
        return f"{quantity} {participle(frame)}"  # "supplies water to 200,000 people"
    before = {w.lower() for w in item.doc.text[s : s + verb.start()].split()[-3:]}
    if before & {"is", "are", "was", "were", "be", "been", "being"}:
        return f"{quantity} {participle(frame)}"  # "four of whom were seriously injured"
    word = verb.group().lower()
    if not item.doc.text[item.figure.end : s + verb.start()].strip() and (
        word.endswith("ing") or unit_class(quantity.split()[-1]) == "percent"
    ):  # right after the figure: "60 ships waiting", "a 9 percent raise" (a noun)
        return f"{quantity} {word}"
    who = "who" if unit_class(quantity.split()[-1]) in HUMAN_UNITS else "that"
    # The verb as the page writes it: a lemma can be wrong ("rated" read as "rat").
    return f"{quantity} {who} {word}"


def key_figures(
    docs: list[Document],
    analyses: dict[str, Analysis],
    groups: dict[str, str],
    vectorize=None,  # TF-IDF transform
    names: dict[str, str] | None = None,
) -> list[FigureGroup]:
    items = collect(docs, analyses, names, StoryScope.of(docs))
    if not items:
        return []
    for it in items:  # a group is named after its original (see copy_groups)
        it.copied = groups.get(it.doc.id, it.doc.id) != it.doc.id
    out: list[tuple[float, FigureGroup, str, list[Item]]] = []
    for frame, group in _link(items, groups):
        if not any(it.explicit for it in group):
            continue  # only inferred units: too weak to report ("141 to 9" as crowns)
        if len({it.doc.id for it in group}) == 1 and not any(
            re.search(r"\d", it.figure.text) for it in group
        ):
            continue  # "two sovereign states": a word count from one page is no key figure
        clusters = _value_clusters(group)
        _date_tolls(clusters)
        total = count_independent({it.doc.id for it in group}, groups)
        fg = FigureGroup(
            quantity=_quantity(group),
            values=_values(clusters, groups),
            verdict=_verdict(clusters, total, vectorize),
            explanation=_explain(clusters, groups),
        )
        # A figure something happens to outranks one in a description ("a country of 5.2
        # million people").
        weight = total + 0.5 * math.log1p(len(clusters)) + 0.1 * len(group) + 0.25 * bool(frame)
        out.append((weight, fg, frame, group))
    out.sort(key=lambda entry: -entry[0])
    # Another event's figures come after the story's own, a few at most.
    own = [entry for entry in out if not entry[2].startswith(RECALLED)]
    out = own[:MAX_GROUPS] + [e for e in out if e[2].startswith(RECALLED)][:MAX_RECALLED]
    shared = Counter(fg.quantity for _, fg, _, _ in out)
    return [
        fg.model_copy(update={"quantity": _framed(fg.quantity, frame, group)})
        if shared[fg.quantity] > 1 or frame.startswith(RECALLED)  # another event's: dated
        else fg
        for _, fg, frame, group in out
    ]


def _date_tolls(clusters: list[list[Item]]) -> None:
    """A toll of several values with no date of their own: each is the count on its page's day."""
    if len(clusters) < 2:
        return
    for it in (it for c in clusters for it in c):
        if it.as_of is None and it.frame in CASUALTIES and not it.part and not it.recalled:
            it.as_of = (it.doc.published or "")[:10] or None


def _values(clusters: list[list[Item]], groups: dict[str, str]) -> list[FigureValue]:
    """One value per document and reported value."""
    values: list[FigureValue] = []
    for cluster in clusters:
        sources = count_independent({it.doc.id for it in cluster}, groups)
        seen: set[str] = set()
        for it in cluster:
            if it.doc.id in seen:
                continue
            seen.add(it.doc.id)
            values.append(
                FigureValue(
                    doc_id=it.doc.id,
                    value=it.figure.value,
                    bound=it.figure.bound,
                    unit=it.figure.unit,
                    attribution=it.figure.attribution,
                    as_of=it.as_of,
                    text=it.figure.text,
                    citation=cite(it.doc, *it.sentence),
                    independent_sources=sources,
                )
            )
    return values


def _explain(clusters: list[list[Item]], groups: dict[str, str]) -> str:
    """One clause per reported value, best-supported first; a count given on several days is
    one clause, in date order."""
    runs = _series(clusters)
    in_run = {id(c) for run in runs for c in run}
    notes: list[tuple[int, str]] = []
    for cluster in clusters:
        if id(cluster) not in in_run:
            sources = count_independent({it.doc.id for it in cluster}, groups)
            notes.append((sources, _describe(cluster, sources)))
    for run in runs:
        best = max(count_independent({it.doc.id for it in c}, groups) for c in run)
        notes.append((best, _describe_series(run, groups)))
    notes.sort(key=lambda n: -n[0])
    return "; ".join(n for _, n in notes)
