"""Page titles on two benchmarks with gold titles, beside trafilatura's title in the same run.

Sets: wcxb/dev (300 pages; the title rules were built looking at the failures of the pages
with even ids, so the odd half is the held-out figure) and trafilatura's evaluation pages
(``trafeval``, the 845 pages whose gold record has a title; mostly German news; an earlier
release built the kicker, logo-h1 and site-name classes on its misses, and the latest one
its separator, breadcrumb, ruby, leading-date and truncation classes, and the one after it
the site's name behind a hyphenated host, a box-drawing bar or inside a chain of sections, an
h1's subtitle and an h1 a declared title says after a kicker, and then an h1 in a breadcrumb,
a one-word h1 its address spells, a slash between sections, a style sheet inside the h1 and
an h1 box printed twice, and then a heading that opens the declared title on a page with no
worded h1 and a dash joining a span's ends, and then an h2 on a page with no h1 whose declared
title is printed nowhere, a heading's dashes, a tail opening with a conjunction and a page's
language read from its text, and then a heading printing a part of the declared title on a
page whose h1s disagree and a heading opening the declared title up to a bracketed issue
number, and then a site's name written with accents or umlauts its host spells without,
and then curly apostrophes kept as printed on a page not in English: in-sample for them).
Metric (as wcxb's): the title equals the gold after whitespace and case normalisation;
``*_folded`` also folds typographic quotes and dashes, which the golds write either way.
Both systems get the page text as ingest decodes it and the page's URL.

Where the page's first usable h1 and its declared title (og:title, JSON-LD headline,
<title>, without the site's name) differ, ``h1_or_declared`` counts which one the gold
follows: the choice no feature has been found to predict.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from storyline.clean.htmlmeta.fit import GoldPage, read_gold_pages
from storyline.eval import Report, Row
from storyline.eval.wcxb import fold, norm_title
from storyline.progress import Tracker

DATA = "trafeval"
WCXB = "wcxb/dev"

Pages = dict[str, list[tuple[GoldPage, str]]]  # set name -> (page, gold title)


def _ours(page: GoldPage) -> str | None:
    from storyline.clean.html import parse_html
    from storyline.clean.htmlmeta import page_title

    tree = parse_html(page.html)
    return page_title(tree, page.url) if tree is not None else None


def _trafilatura(page: GoldPage) -> str | None:
    from trafilatura import extract_metadata

    meta = extract_metadata(page.html, default_url=page.url)
    return meta.title if meta is not None else None


def gold_sets(data: Path) -> Pages:
    """wcxb's even and odd halves and trafeval, each page with its gold title."""
    sets: Pages = {"wcxb_even": [], "wcxb_odd": [], "trafeval": []}
    for page in read_gold_pages(data.parent / WCXB):
        if page.gold.get("title") and page.id.isdigit():
            half = "wcxb_even" if int(page.id) % 2 == 0 else "wcxb_odd"
            sets[half].append((page, page.gold["title"]))
    for page in read_gold_pages(data):
        title = (page.gold.get("metadata") or {}).get("title")
        if title:
            sets["trafeval"].append((page, title))
    return sets


def score(
    sets: Pages, system: Callable[[GoldPage], str | None], track: Tracker, label: str
) -> dict[str, float]:
    metrics: dict[str, float] = {}
    start, count = time.perf_counter(), 0
    for name, pages in sets.items():
        got = [system(page) for page, _ in track(pages, f"{label}: {name}")]
        count += len(pages)
        golds = [gold for _, gold in pages]
        n = max(1, len(pages))
        metrics[name] = round(sum(_same(g, w) for g, w in zip(got, golds, strict=True)) / n, 4)
        metrics[f"{name}_folded"] = round(
            sum(fold(g) == fold(w) for g, w in zip(got, golds, strict=True)) / n, 4
        )
    halves = len(sets["wcxb_even"]) + len(sets["wcxb_odd"])
    metrics["wcxb_all"] = round(
        (
            metrics["wcxb_even"] * len(sets["wcxb_even"])
            + metrics["wcxb_odd"] * len(sets["wcxb_odd"])
        )
        / max(1, halves),
        4,
    )
    metrics["ms_per_page"] = round(1000 * (time.perf_counter() - start) / max(1, count), 1)
    return metrics


def _same(got: str | None, gold: str) -> bool:
    return norm_title(got) == norm_title(gold)


def h1_or_declared(pages: Iterable[tuple[GoldPage, str]]) -> dict[str, int]:
    """On pages whose first usable h1 and declared title differ: how often the gold is the
    h1, the declared title, or neither."""
    from storyline.clean.html import parse_html
    from storyline.clean.htmlmeta import jsonld_objects, meta_tags
    from storyline.clean.htmlmeta.outlet import find_outlet, norm
    from storyline.clean.htmlmeta.title import headline_and_declared

    counts: Counter[str] = Counter()
    for page, gold in pages:
        tree = parse_html(page.html)
        if tree is None:
            continue
        objects, tags = jsonld_objects(tree), meta_tags(tree)
        h1, declared = headline_and_declared(
            tree, objects, tags, find_outlet(objects, tags), page.url
        )
        if not h1 or not declared or norm(h1) == norm(declared):
            continue
        counts["pages"] += 1
        key = norm(gold)
        counts[
            "gold_is_h1"
            if key == norm(h1)
            else "gold_is_declared"
            if key == norm(declared)
            else "gold_is_neither"
        ] += 1
    return dict(counts)


def evaluate(data: Path, track: Tracker) -> Report:
    sets = gold_sets(data)
    report = Report(
        name="titles", data=f"{WCXB} + {DATA}", targets={"wcxb_odd": 0.90, "wcxb_all": 0.90}
    )
    ours = score(sets, _ours, track, "ours")
    theirs = score(sets, _trafilatura, track, "trafilatura")
    note = "wcxb_odd held out; trafeval in-sample for this release's title classes"
    report.rows.append(Row("storyline page_title", ours, "ours", note))
    report.rows.append(Row("trafilatura 2.3.1 extract_metadata", theirs, "measured"))
    report.extra["pages"] = {name: len(pages) for name, pages in sets.items()}
    report.extra["ratio_to_trafilatura"] = {
        name: round(ours[name] / theirs[name], 2) if theirs[name] else None for name in sets
    }
    report.extra["h1_or_declared"] = {
        name: h1_or_declared(track(pages, f"h1 or declared: {name}"))
        for name, pages in sets.items()
    }
    report.extra["note"] = (
        "wcxb_even is in-sample for the title rules (built on its failures); wcxb_odd is held "
        "out. trafeval was looked at for the kicker, logo-h1 and site-name-title classes of an "
        "earlier release and for this release's classes (a dash tail kept off English pages, "
        "'»' breadcrumbs, ruby readings, CJK headlines, a leading date, NFC, the logo's motto, "
        "declared titles cut short) and for the next release's (the site's name behind a "
        "hyphenated host, a box-drawing bar or inside a chain of sections, an h1's closing "
        "subtitle, an h1 a declared title says after a kicker) and for the one after it "
        "(an h1 in a breadcrumb a declared title says, a one-word h1 its address spells, a "
        "slash between sections, a style sheet inside the h1, an h1 box printed twice) and "
        "for the latest (a heading opening the declared title on a page with no worded h1, a "
        "dash joining a span's ends) and for this one's (an h2 on a page with no h1 whose "
        "declared title is printed nowhere, a heading's dashes, a tail opening with a "
        "conjunction, a page's language read from its text) and for the next one's (a "
        "heading printing a part of the declared title on a page whose h1s disagree, a "
        "heading opening the declared title up to a bracketed issue number) and for the "
        "round after it (a site's name written with accents or umlauts its host spells without: 15 "
        "declared titles on 13 pages lose the site's name, no page's title changes) and "
        "for the latest (a curly apostrophe kept as printed on a page not in English: 11 "
        "trafeval titles fixed, none broken; every even-half page is in English, so neither "
        "wcxb half moves): in-sample for them. Tried on the even half and trafeval in "
        "those rounds, not kept: none did better than the rules. A heading (h2, h3) saying "
        "a declared title while no h1 "
        "says one (fixed 2 trafeval pages, broke 3), a part two declared titles share "
        "(fixed none, broke 13), a breadcrumb naming the declared title and not the h1 "
        "(fixed 1, broke 3), an h1 of one-word labels between separators taken for no "
        "headline (fixed 1, broke 1), a heading going on past the title (fixed 3, broke "
        "41), dropping a leading 'Label:' (the golds keep it on 102 of 114 pages), the "
        "first h2 over a declared title printed only in links (broke 9), and, for h1 against "
        "declared title, how many declared titles agree, the page declaring no article, the "
        "h1 inside the extracted body. Left as they are, because the two sets' golds "
        "disagree on them: curly apostrophes on pages in English (trafeval keeps them as "
        "printed on 17 of 18 such pages where ours would have one, the even half "
        "straightens them on 6 of 9), a dash "
        "or bar tail printed in a heading (trafeval keeps it on 3 pages, the even half drops "
        "it on 3) and a kicker a declared title says with the h1 (trafeval drops it on 8 of "
        "11 pages). h1_or_declared: where the h1 and the declared title differ the golds "
        "follow either; features tried on the even half "
        "(JSON-LD headline agreeing with either, all declared titles agreeing, h1 in a banner, "
        "header or article, h1 far above the body's start, URL slug words, lengths, word "
        "overlap) fitted as a logistic model on the even pages where the rules keep the h1 "
        "flipped no odd page and fixed no trafeval page (fitted on trafeval instead it fixed "
        "no even page), so the rules stay; in the latest round neither the declared title "
        "being printed on the page (unprinted on 5 of 6 even pages whose gold follows it "
        "against the h1, and on 35 of 40 whose gold follows the h1) nor og:title and <title> "
        "agreeing on a page with no JSON-LD headline (5 against 9) told them apart."
    )
    return report
