"""The page's publication date: every day the page declares or prints is a candidate, and a
linear score over what vouches for each picks one."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime

from lxml.html import HtmlElement

from storyline.clean.htmlmeta.date_relations import DECLARED, relations
from storyline.clean.htmlmeta.date_zones import utc_to_local
from storyline.clean.htmlmeta.dates import (
    MONTH,
    MONTHS,
    WRITTEN_DATES,
    date_from_url,
    iso_date,
    plausible,
    printed_days,
    read_printed,
    written_day,
)
from storyline.clean.htmlmeta.jsonld import article_objects, types_of
from storyline.clean.htmlmeta.labels import (
    BYLINE_DATE,
    DATE_LABEL,
    PUBLISHED_BEFORE,
    UPDATED_BEFORE,
    WEEKDAY_GAP,
    date_before_label,
    in_prose,
)
from storyline.clean.htmlmeta.page import HEADER_AFTER, HEADER_BEFORE
from storyline.clean.htmlmeta.regions import (
    aside_elements,
    aside_spans,
    element_spans,
    in_aside,
    inside,
    listed_dates,
)
from storyline.clean.htmlmeta.weights import load_weights
from storyline.lexicon.captions import CAPTION

META_DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "publish-date",
    "publish_date",
    "publishdate",
    "pubdate",
    "article.published",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "date",
    "citation_publication_date",
    "citation_date",
    "article:published",
    "cxenseparse:recs:publishtime",
    "published_time",
)
# Meta names that say only "date", not which one: a page's CMS fills them with its publication,
# its last change or the day it was rendered.
META_BARE_DATE = frozenset(("date", "dc.date", "dcterms.date"))
META_MODIFIED_KEYS = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "last-modified",
    "article:modified",
    "dcterms.modified",
)

# ---------------------------------------------------------------- date candidates
#
# Every day the page declares (JSON-LD, meta tags, <time>, its URL) or prints (around the
# headline, after a "Published"/"Updated" label, anywhere) is a candidate; what vouches for a
# day becomes its features, and a linear score picks the publication date. The weights were
# fitted by a pairwise logistic regression on wcxb/dev (storyline.clean.htmlmeta.fit)
# and are reported held out, each half of the set scored by weights fitted on the other.

MONTH_NAME = re.compile(MONTH, re.IGNORECASE)


@dataclass
class DateCandidate:
    day: str  # ISO day
    value: str  # the most precise form seen: a declared datetime keeps its time and zone
    source: str  # jsonld, meta, url, date-line (printed only) or htmldate
    features: dict[str, float] = field(default_factory=dict)
    stamps: list[str] = field(default_factory=list)  # declared datetimes of this day
    # UTC days whose evidence this day took as the site's own (``date_zones.utc_to_local``).
    absorbed: list[str] = field(default_factory=list)


SOURCE_ORDER = ("jsonld", "meta", "url", "date-line", "htmldate")


class _Pool:
    """Candidates by day, in the order first seen."""

    def __init__(self) -> None:
        self.by_day: dict[str, DateCandidate] = {}
        # Each declared datetime with the feature it gave its day, to move it on its own.
        self.stamped: list[tuple[str, str]] = []

    def add(self, iso: str | None, source: str, feature: str) -> None:
        if not plausible(iso):
            return
        day = _absorbing_day(self.by_day.values(), iso[:10])
        cand = self.by_day.get(day)
        if cand is None:
            cand = self.by_day[day] = DateCandidate(day, iso, source)
        elif SOURCE_ORDER.index(source) < SOURCE_ORDER.index(cand.source):
            cand.source = source
            if len(iso) > len(cand.value) or source in ("jsonld", "meta"):
                cand.value = iso
        cand.features[feature] = cand.features.get(feature, 0.0) + 1.0
        if len(iso) > 10 and source in ("jsonld", "meta"):
            cand.stamps.append(iso)
            self.stamped.append((iso, feature))

    def move(self, stamp: str, feature: str, into: str) -> None:
        """Move one declared datetime's evidence from its day to another."""
        cand, target = self.by_day[stamp[:10]], self.by_day[into]
        cand.features[feature] -= 1.0
        if cand.features[feature] <= 0:
            del cand.features[feature]
        cand.stamps.remove(stamp)
        if not cand.features:
            del self.by_day[cand.day]
            target.absorbed.append(cand.day)
        target.features[feature] = target.features.get(feature, 0.0) + 1.0
        target.stamps.append(stamp)

    def merge(self, day: str, into: str) -> None:
        """Fold one day's evidence into another's."""
        gone = self.by_day.pop(day)
        cand = self.by_day[into]
        cand.absorbed += [day, *gone.absorbed]
        for key, value in gone.features.items():
            cand.features[key] = cand.features.get(key, 0.0) + value


def _absorbing_day(cands: Iterable[DateCandidate], day: str) -> str:
    """The day that took ``day``'s evidence as the site's own, else ``day``: htmldate, asked
    last, reads the same UTC stamp and names its UTC day, and its vote goes where the stamp
    went."""
    return next((c.day for c in cands if day in c.absorbed), day)


# "Last Updated: June 2022": a labelled month without a day stands for its first day.
MONTH_YEAR = re.compile(rf"({MONTH})\s+((?:19|20)\d\d)\b", re.IGNORECASE)


def _month_number(name: str) -> int:
    return next(i for i, m in enumerate(MONTHS, 1) if m.startswith(name[:3].lower()))


def _structured(
    pool: _Pool,
    tree: HtmlElement,
    objects: list[dict],
    tags: dict[str, str],
    url: str | None,
    asides: set[HtmlElement],
) -> None:
    articles = article_objects(objects)
    pages = [o for o in objects if "webpage" in types_of(o) and o not in articles]
    for group, prefix in ((articles, "ld"), (pages, "ld_page")):
        for obj in group:
            for key in ("datePublished", "dateCreated", "uploadDate", "dateModified"):
                value = obj.get(key)
                if isinstance(value, str):
                    kind = "mod" if key == "dateModified" else "pub"
                    pool.add(iso_date(value), "jsonld", f"{prefix}_{kind}")
    for keys, feature in ((META_DATE_KEYS, "meta_pub"), (META_MODIFIED_KEYS, "meta_mod")):
        for key in keys:
            named = "meta_date" if key in META_BARE_DATE else feature
            pool.add(iso_date(tags.get(key)), "meta", named)
    for elem in tree.xpath("//time[@datetime]"):
        if not in_aside(elem, asides):  # a reader's comment is dated when it was written
            pool.add(iso_date(elem.get("datetime")), "meta", _time_kind(elem))
    _microdata(pool, tree, asides)
    _script_dates(pool, tree)
    pool.add(date_from_url(url), "url", "url")


# Dates a page's own scripts declare for it outside JSON-LD: analytics and CMS variables such as
# "article_publication_date": "Sun, 28 Jun 2020 ...", publication_date = '2020-12-06 00:15',
# "DateCreation": "2020-08-24". Only the first of each kind counts: later ones are more often
# those of related articles.
SCRIPT_PUBLISHED = re.compile(
    r"(?:publication_?date|date_?published|publish(?:ed)?_?(?:date|time|at)|"
    r"date_?creat(?:ed|ion)|first_?published(?:_?at)?)"
    r"""["']?\s*[:=]\s*["']([^"'<>]{8,40})["']"""
)
SCRIPT_MODIFIED = re.compile(
    r"(?:date_?modifi(?:ed|cation)|modifi(?:ed|cation)_?(?:date|time|at)|last_?modified)"
    r"""["']?\s*[:=]\s*["']([^"'<>]{8,40})["']"""
)


def _script_dates(pool: _Pool, tree: HtmlElement) -> None:
    scripts = (e for e in tree.iter("script") if "ld+json" not in (e.get("type") or ""))
    text = "\n".join(e.text for e in scripts if e.text)
    # The patterns are tried only around a key's stem (without its first letter, which may be
    # a capital): searching whole scripts, often hundreds of kilobytes, costs milliseconds.
    for pattern, stems, feature in SCRIPT_KEYS:
        for at in sorted(i for stem in stems for i in _occurrences(text, stem)):
            window = text[max(0, at - 8) : at + 90]
            low = window.lower()
            match = pattern.search(low)
            if match is None:
                continue
            # Read from the page's own text (the same span when lower-casing kept the length).
            value = window[match.start(1) : match.end(1)] if len(low) == len(window) else match[1]
            found = iso_date(value)
            if plausible(found):
                pool.add(found, "meta", feature)
                break


SCRIPT_KEYS = (
    (SCRIPT_PUBLISHED, ("ublication", "ublish", "reated", "reation"), "script_pub"),
    (SCRIPT_MODIFIED, ("odifi",), "script_mod"),
)


def _occurrences(text: str, stem: str) -> Iterator[int]:
    at = text.find(stem)
    while at >= 0:
        yield at
        at = text.find(stem, at + 1)


# Class names that say which date a <time> holds: WordPress themes print
# <time class="entry-date published"> and <time class="updated"> side by side.
TIME_CLASS = re.compile(r"(publish|posted|created)|(updated|modified)", re.IGNORECASE)


def _time_kind(elem: HtmlElement) -> str:
    """Which date a <time datetime=...> declares: by its schema.org itemprop, else by its
    pubdate attribute or its class names."""
    prop = (elem.get("itemprop") or "").lower()
    if prop == "datepublished" or elem.get("pubdate") is not None:
        return "time_pub"
    if prop == "datemodified":
        return "time_mod"
    named = TIME_CLASS.search(elem.get("class") or "") if not prop else None
    if named:
        return "time_pub" if named[1] else "time_mod"
    return "time_any"


MICRODATA_DATES = {
    "datepublished": "time_pub",
    "datecreated": "time_pub",
    "datemodified": "time_mod",
}


def _microdata(pool: _Pool, tree: HtmlElement, asides: set[HtmlElement]) -> None:
    """Schema.org microdata on elements other than <meta> and a <time datetime> (which are read
    above): a <span> or <p> with itemprop="datePublished" is the same evidence as a marked
    <time>, read from its content attribute, else from its text when that is a whole date; so
    is a <time> without a datetime that its itemprop or class names say is the publication or
    the modification date (<time itemprop="dateModified">2018-08-29 14:15</time>)."""
    marked = "//*[@itemprop][not(self::meta or self::time)] | //time[not(@datetime)]"
    for elem in tree.xpath(marked):
        if elem.tag == "time":
            feature = _time_kind(elem)
        else:
            feature = MICRODATA_DATES.get((elem.get("itemprop") or "").strip().lower(), "")
        if feature not in ("time_pub", "time_mod") or in_aside(elem, asides):
            continue
        declared = elem.get("content") or elem.get("datetime")
        text = " ".join(elem.text_content().split())[:60]
        printed = WRITTEN_DATES.search(text)
        if declared:
            pool.add(iso_date(declared), "meta", feature)
        elif printed:  # "14.01.2022, 10:31", not "March 2022"
            day = written_day(text) or read_printed(printed[0], set(pool.by_day))
            pool.add(day, "meta", feature)


def _printed(
    pool: _Pool,
    visible: str,
    title: str | None,
    declared: set[str],
    tree: HtmlElement | None = None,
    asides: list[tuple[int, int]] | None = None,
) -> None:
    """Dates printed around the headline (with their labels) and after a label anywhere;
    ``asides`` are where the page's comments and captions sit."""
    at = visible.find(" ".join(title.split())[:40]) if title and visible else -1
    if at >= 0:
        _around_headline(pool, visible, (at, at + len(title or "")), declared, tree, asides or [])
    _labelled(pool, visible, declared)


def _around_headline(
    pool: _Pool,
    visible: str,
    headline: tuple[int, int],
    declared: set[str],
    tree: HtmlElement | None,
    asides: list[tuple[int, int]],
) -> None:
    """Dates printed just below and above the headline, nearest first, with their labels."""
    at, end = headline
    marks = _marked_spans(tree, visible) if tree is not None else []
    windows = (
        ("after", end, visible[end : end + HEADER_AFTER]),
        ("before", max(0, at - HEADER_BEFORE), visible[max(0, at - HEADER_BEFORE) : at]),
    )
    # "head_lead" is the earlier hand-written rule's pick, kept as one feature: the first
    # date below the headline, else above it, passing over "Updated" ones when another date is
    # printed there or the page declares a publication date.
    skip_updated = any(k in c.features for c in pool.by_day.values() for k in DECLARED)
    leads: list[tuple[str, bool]] = []
    placed: list[tuple[str, str, int, bool]] = []  # side, day, distance, marked as updated
    listed = listed_dates(visible, max(0, at - HEADER_BEFORE), end + HEADER_AFTER, declared)
    for side, offset, window in windows:
        matches = list(WRITTEN_DATES.finditer(window))
        if side == "before":
            matches.reverse()  # nearest the headline first
        for match in matches:
            day = read_printed(match[0], declared)
            if not day:
                continue
            start, stop = offset + match.start(), offset + match.end()
            if start in listed and day not in declared:
                # One of a list of other stories, each with its date: not the page's date line.
                pool.add(day, "date-line", "head_listed")
                continue
            if (
                inside(asides, start, stop)
                or _in_caption(window, match)
                # (a date right after the headline is its date line, whatever word ends it)
                or (in_prose(visible, start, stop) and not (side == "after" and match.start() < 3))
            ):
                # "opened on 18 October 2021 at the mine": an event the story tells, not its
                # date line, nor is a date in a caption or a reader's comment; it counts as
                # printed near the headline, nothing more.
                pool.add(day, "date-line", "head_prose")
                continue
            distance = match.start() if side == "after" else len(window) - match.end()
            pool.add(day, "date-line", "head_near" if distance < 150 else "head_far")
            updated = _head_label(pool, day, visible[max(0, start - 25) : start], marks, start)
            leads.append((day, updated))
            placed.append((side, day, distance, updated))
    lead = next((d for d, updated in leads if not updated), None)
    if lead is None and leads and not skip_updated:
        lead = leads[0][0]
    if lead:
        pool.add(lead, "date-line", "head_lead")
    _placed(pool, placed)


def _placed(pool: _Pool, placed: list[tuple[str, str, int, bool]]) -> None:
    """The first date below and above the headline, and the nearest: of the dates no
    "Updated" label or markup marks, when the headline has one ("2018-08-29 (updated)
    2018-06-22 (published)" puts the publication second, and the page says so)."""
    unmarked = [p for p in placed if not p[3]] or placed
    for side in ("after", "before"):
        first = next((day for s, day, _, _ in unmarked if s == side), None)
        if first:
            pool.add(first, "date-line", f"head_first_{side}")
    if unmarked:
        pool.add(min(unmarked, key=lambda p: p[2])[1], "date-line", "head_nearest")


def _head_label(
    pool: _Pool, day: str, lead: str, marks: list[tuple[int, int, str]], start: int
) -> bool:
    """Adds what says which date a printed one is: the words before it ("Updated:"), else the
    markup around it (a <time class="updated">, an itemprop="dateModified"), which says the
    same thing to a reader who sees it styled. True for an update's date."""
    if UPDATED_BEFORE.search(lead):
        kind = "updated"
    elif PUBLISHED_BEFORE.search(lead):
        kind = "published"
    else:
        kind = next((k for a, b, k in marks if a <= start < b), "")
    if kind:
        pool.add(day, "date-line", f"head_{kind}")
    return kind == "updated"


def _marked_spans(tree: HtmlElement, visible: str) -> list[tuple[int, int, str]]:
    """Where the elements that markup says hold the publication or the modification date sit
    in the visible text."""
    elems: list[HtmlElement] = []
    kinds: list[str] = []
    for elem in tree.xpath("//time | //*[@itemprop][not(self::meta)]"):
        if elem.tag == "time":
            feature = _time_kind(elem)
        else:
            feature = MICRODATA_DATES.get((elem.get("itemprop") or "").strip().lower(), "")
        if feature in ("time_pub", "time_mod"):
            elems.append(elem)
            kinds.append("published" if feature == "time_pub" else "updated")
    spans = element_spans(elems[:_MOST_MARKED], visible)
    return [(a, b, k) for (a, b), k in zip(spans, kinds, strict=False) if a >= 0]


_MOST_MARKED = 20


BYLINE_BEFORE, BYLINE_AFTER = 40, 60  # characters around an author's printed name


def _by_byline(
    pool: _Pool, visible: str, authors: list[str], declared: set[str], asides: list[tuple[int, int]]
) -> None:
    """The date printed beside the first mention of the page's author ("Von Jane Roe 29.04.2020,
    12:01", "By Jane Roe | 30 September 2018"), outside comments and captions: a byline
    carries the date the author filed, wherever the page puts it, and the author ranker found
    the name from other evidence. Later mentions are more often an author box or a list of the
    author's other stories."""
    for name in authors[:2]:
        name = " ".join(name.split())
        at = visible.find(name) if len(name) > 3 else -1
        while at >= 0 and inside(asides, at, at + len(name)):
            at = visible.find(name, at + len(name))
        if at < 0:
            continue
        after = (at + len(name), at + len(name) + BYLINE_AFTER)
        before = (max(0, at - BYLINE_BEFORE), at)
        for lo, hi in (after, before):
            matches = list(WRITTEN_DATES.finditer(visible[lo:hi]))
            if lo < at:
                matches.reverse()  # nearest the name first
            days = (
                read_printed(m[0], declared)
                for m in matches
                if not in_prose(visible, lo + m.start(), lo + m.end())
            )
            day = next((d for d in days if d), None)
            if day:  # the byline's own date: the first after the name, else before it
                pool.add(day, "date-line", "byline")
                break


# "In this Oct. 2, 2019, file photo", "In this image taken from video": a caption's opening.
IN_THIS_PHOTO = re.compile(
    r"\W*in\s+th(?:is|ese)\b[^!?]{0,60}?\b(?:photo|image|picture|frame|screen|video)",
    re.IGNORECASE,
)
# Where a sentence ends: what comes before it is another sentence.
SENTENCE_END = re.compile(r".*[.!?]\s+(?=\W*[A-Z])", re.DOTALL)


def _in_caption(window: str, match: re.Match[str]) -> bool:
    """Whether a printed date is a photo's: it ends a sentence that a caption's words open
    ("FILE PHOTO: ... near Orleans, France, January 16, 2020."), or a caption's words follow it
    ("In this Oct. 2, 2019, file photo, ..."). A credit line before a date line ("Photos: Jane
    Roe 12 May 2020") is no caption: the date ends no sentence there."""
    lead = window[max(0, match.start() - 250) : match.start()]
    ended = SENTENCE_END.match(lead)
    sentence = lead[ended.end() :] if ended else lead
    if CAPTION.search(sentence) and window[match.end() : match.end() + 2].startswith((".", ")")):
        return True
    return bool(IN_THIS_PHOTO.match(sentence + window[match.start() : match.end() + 60]))


def _labelled(pool: _Pool, visible: str, declared: set[str]) -> None:
    """Dates printed after a label anywhere on the page ("Published:", "Erschienen am",
    "Posted by Jane Roe on")."""
    labels = [(m, "updated" if m["updated"] else "published") for m in DATE_LABEL.finditer(visible)]
    labels += [(m, "published") for m in BYLINE_DATE.finditer(visible)]
    for match, kind in labels:
        if match.groupdict().get("site"):
            continue
        # "am 3. Mai 2020 veröffentlicht": the label follows its date. Only a publication's:
        # "zuletzt am ... geändert" is mostly a wiki's last edit, and the few such pages move
        # the fitted weight of every other "Updated" label.
        before = date_before_label(visible, match.start()) if kind == "published" else None
        day = read_printed(before, declared) if before else None
        if day:
            pool.add(day, "date-line", "label_published")
        printed = WRITTEN_DATES.match(visible, match.end())
        gap = None if printed else WEEKDAY_GAP.match(visible, match.end())
        if gap:
            printed = WRITTEN_DATES.match(visible, gap.end())
        day = read_printed(printed[0], declared) if printed else None
        if day:
            pool.add(day, "date-line", f"label_{kind}")
            continue
        month = MONTH_YEAR.match(visible, match.end())
        if month:
            day = f"{month[2]}-{_month_number(month[1]):02d}-01"
            if day not in pool.by_day:  # a full date of that month says more
                pool.add(day, "date-line", f"label_{kind}")


def date_candidates(
    tree: HtmlElement,
    objects: list[dict],
    tags: dict[str, str],
    url: str | None,
    visible: str = "",
    title: str | None = None,
    use_htmldate: bool = True,
    authors: list[str] | None = None,
) -> list[DateCandidate]:
    """Every day the page declares or prints, with what vouches for it."""
    pool = _Pool()
    aside_elems = aside_elements(tree)
    _structured(pool, tree, objects, tags, url, set(aside_elems))
    declared = set(pool.by_day)
    declared.update(str(v)[:10] for v in tree.xpath("//time/@datetime"))
    asides = aside_spans(aside_elems, visible) if visible else []
    _printed(pool, visible, title, declared, tree, asides)
    if authors:
        _by_byline(pool, visible, authors, declared, asides)
    # Last, so that every day found by its place (a byline's date too) counts as printed.
    for day in printed_days(visible):
        if day in pool.by_day:
            pool.add(day, "date-line", "printed")
    utc_to_local(pool)
    # htmldate costs about 10 ms a page: asked only when there is a choice to make or
    # nothing else to go by.
    if use_htmldate and len(pool.by_day) != 1:
        pool.add(_htmldate(tree, url), "htmldate", "htmldate")
    relations(list(pool.by_day.values()))
    return list(pool.by_day.values())


def date_score(cand: DateCandidate, weights: dict[str, float]) -> float:
    return weights.get("bias", 0.0) + sum(weights.get(k, 0.0) * v for k, v in cand.features.items())


def pick_date(
    cands: list[DateCandidate], weights: dict[str, float] | None = None
) -> DateCandidate | None:
    """The best-scored candidate; ties go to the first seen (declared before printed)."""
    if not cands:
        return None
    weights = DATE_WEIGHTS if weights is None else weights
    return max(cands, key=lambda c: date_score(c, weights))


def find_published(
    tree: HtmlElement,
    objects: list[dict],
    tags: dict[str, str],
    url: str | None,
    visible: str = "",
    title: str | None = None,
    use_htmldate: bool = True,
    authors: list[str] | None = None,
) -> tuple[str | None, str]:
    """(ISO date, where it came from): the page's publication date, as the best-scored
    candidate (see ``date_candidates``). A printed date that no structured field declares
    has source "date-line"."""
    cands = date_candidates(tree, objects, tags, url, visible, title, False, authors)
    # htmldate is asked only when its vote could change the pick: the same pick as always
    # asking it, for less time.
    if use_htmldate and len(cands) != 1 and _close_call(cands, DATE_WEIGHTS):
        cands = _with_htmldate(cands, _htmldate(tree, url))
    best = pick_date(cands)
    if best is None:
        return None, "none"
    return best.value, best.source


def _close_call(cands: list[DateCandidate], weights: dict[str, float]) -> bool:
    """Whether one more "htmldate" feature on any candidate, or a new candidate with only that
    feature, could change the best one."""
    vote = weights.get("htmldate", 0.0)
    scores = sorted((date_score(c, weights) for c in cands), reverse=True)
    if not scores:
        return True
    return scores[0] <= vote + weights.get("bias", 0.0) or (
        len(scores) > 1 and scores[0] - scores[1] <= vote
    )


def _with_htmldate(cands: list[DateCandidate], found: str | None) -> list[DateCandidate]:
    if not plausible(found):
        return cands
    day = _absorbing_day(cands, found[:10])
    for cand in cands:
        if cand.day == day:
            cand.features["htmldate"] = 1.0
            return cands
    return [*cands, DateCandidate(found[:10], found, "htmldate", {"htmldate": 1.0})]


# Fitted by storyline.clean.htmlmeta.fit (``python -m storyline.clean.htmlmeta.fit``).
DATE_WEIGHTS: dict[str, float] = load_weights("date")


def _htmldate(tree: HtmlElement, url: str | None) -> str | None:
    from htmldate import find_date

    try:
        # htmldate prunes the tree it is given, so it gets a copy. Its extensive search of the
        # whole text finds a date on pages with no markup for one (0.92 of htmldate's pages
        # have the gold day among our candidates without it, 0.96 with it).
        return find_date(
            tree.__copy__(),
            original_date=True,
            extensive_search=True,
            url=url,
            max_date=datetime.now().strftime("%Y-%m-%d"),
        )
    except (ValueError, TypeError):
        return None
