"""Body, title, date and author extraction on the web-content-extraction-benchmark (wcxb/dev).

Body: the benchmark's own ``evaluate.py`` metric, i.e. lower-cased ``\\w+`` words, multiset
overlap, per-page precision/recall/F1 averaged over pages, plus the share of must-include
("with") and must-exclude ("without") snippets found. Title: exact match after whitespace and
case normalisation. Date: same calendar day, over the pages whose gold has a date. Author: the
gold's first author is among (or inside) the authors we return, over pages with a gold author.
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from storyline.eval import Report, Row, prf
from storyline.eval.aeb import read_html
from storyline.progress import Tracker

DATA = "wcxb/dev"

WORD = re.compile(r"\w+")


@dataclass
class Page:
    id: str
    url: str | None
    html: str
    gold: dict


@dataclass
class Output:
    text: str = ""
    title: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)


def word_prf(predicted: str, reference: str) -> tuple[float, float, float]:
    pred, ref = WORD.findall(predicted.lower()), WORD.findall(reference.lower())
    if not ref:
        return (1.0, 1.0, 1.0) if not pred else (0.0, 0.0, 0.0)
    if not pred:
        return 0.0, 0.0, 0.0
    return prf(sum((Counter(pred) & Counter(ref)).values()), len(pred), len(ref))


def snippet_share(text: str, snippets: list[str], empty: float = 1.0) -> float:
    """Share of ``snippets`` found in ``text``; ``empty`` when a page lists none: 1.0 for the
    snippets that must be kept (none missed), 0.0 for those that must go (none kept)."""
    if not snippets:
        return empty
    low = text.lower()
    return sum(1 for s in snippets if s.lower() in low) / len(snippets)


def norm_title(title: str | None) -> str:
    return " ".join((title or "").split()).casefold()


FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u00a0": " ",
    }
)


def fold(title: str | None) -> str:
    return norm_title((title or "").translate(FOLD))


def same_day(predicted: str | None, gold: str) -> bool:
    return bool(predicted) and predicted is not None and predicted[:10] == gold[:10]


def first_author(gold: str) -> str:
    """'A B, PhD, and C D' -> 'A B': the part before the first list separator."""
    return re.split(r",|;|&|\band\b|\|", gold, maxsplit=1)[0].strip()


def _norm_name(name: str) -> str:
    return " ".join(WORD.findall(name.casefold()))


def author_found(predicted: list[str], gold: str) -> bool:
    want = _norm_name(first_author(gold))
    if not want:
        return False
    names = [_norm_name(a) for a in predicted]
    return any(
        want == n or f" {want} " in f" {n} " or (n and f" {n} " in f" {want} ") for n in names
    )


def load_pages(data: Path, ids: list[str] | None = None) -> list[Page]:
    pages = []
    for path in sorted((data / "ground-truth").glob("*.json")):
        if ids is not None and path.stem not in ids:
            continue
        record = json.loads(path.read_text(encoding="utf-8"))
        html = read_html(data / "html" / f"{path.stem}.html.gz")
        pages.append(Page(path.stem, record.get("url"), html, record.get("ground_truth") or {}))
    return pages


def score(pages: list[Page], outputs: list[Output]) -> dict[str, float]:
    pairs = list(zip(pages, outputs, strict=True))
    prf = [word_prf(o.text, p.gold.get("main_content") or "") for p, o in pairs]
    dated = [(p, o) for p, o in pairs if p.gold.get("publish_date")]
    authored = [(p, o) for p, o in pairs if p.gold.get("author")]
    n = max(1, len(pages))
    return {
        "body_f1": sum(f for _, _, f in prf) / n,
        "body_p": sum(p for p, _, _ in prf) / n,
        "body_r": sum(r for _, r, _ in prf) / n,
        "with": sum(snippet_share(o.text, p.gold.get("with") or []) for p, o in pairs) / n,
        "without": sum(snippet_share(o.text, p.gold.get("without") or [], 0.0) for p, o in pairs)
        / n,
        "title": sum(norm_title(o.title) == norm_title(p.gold.get("title")) for p, o in pairs) / n,
        # Also folding typographic quotes and dashes: the gold often straightens them.
        "title_folded": sum(fold(o.title) == fold(p.gold.get("title")) for p, o in pairs) / n,
        "date_same_day": sum(same_day(o.published, p.gold["publish_date"]) for p, o in dated)
        / max(1, len(dated)),
        "author": sum(author_found(o.authors, p.gold["author"]) for p, o in authored)
        / max(1, len(authored)),
    }


def ours(page: Page) -> Output:
    from storyline.clean.html import extract_html

    got = extract_html(page.html, page.url)
    return Output(got.text, got.title, got.published, got.authors)


def trafilatura_alone(page: Page) -> Output:
    import trafilatura

    doc = trafilatura.bare_extraction(page.html, url=page.url, with_metadata=True)
    if doc is None or isinstance(doc, dict):  # a dict only with as_dict=True
        return Output()
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    return Output(doc.text or "", doc.title, doc.date, authors)


def htmldate_alone(page: Page) -> Output:
    from htmldate import find_date

    try:
        found = find_date(page.html, original_date=True, extensive_search=True, url=page.url)
    except (ValueError, TypeError):
        found = None
    return Output(published=found)


def run(
    pages: list[Page], system: Callable[[Page], Output], track: Tracker, label: str
) -> tuple[dict[str, float], list[Output]]:
    if pages:  # warm up lazy imports and caches outside the timing
        system(pages[0])
    start = time.perf_counter()
    outputs = [system(page) for page in track(pages, label)]
    metrics = score(pages, outputs)
    metrics["ms_per_page"] = 1000 * (time.perf_counter() - start) / max(1, len(pages))
    return {k: round(v, 4) for k, v in metrics.items()}, outputs


def by_half(pages: list[Page], outputs: list[Output]) -> dict[str, dict[str, float]]:
    """Scores on the even-numbered pages (where the rules were developed) and the odd ones
    (held out while developing)."""
    halves: dict[str, dict[str, float]] = {}
    for name, parity in (("dev_even_ids", 0), ("heldout_odd_ids", 1)):
        pairs = [
            (p, o)
            for p, o in zip(pages, outputs, strict=True)
            if p.id.isdigit() and int(p.id) % 2 == parity
        ]
        if pairs:
            got = score([p for p, _ in pairs], [o for _, o in pairs])
            halves[name] = {k: round(v, 4) for k, v in got.items()}
    return halves


# ---------------------------------------------------------------- title ceiling


def title_ceiling(pages: list[Page]) -> dict[str, float]:
    """How far choosing a title can go: the share of pages whose gold title (normalised as the
    metric does, apostrophes straightened) equals one of the page's title candidates
    (htmlmeta.title_candidates), the share whose gold title appears anywhere in the page's
    visible text, and how often the gold equals an h1 but no declared title (og:title,
    twitter:title, JSON-LD headline, <title>, or one cut at a separator), or the reverse."""
    from storyline.clean.html import parse_html
    from storyline.clean.htmlmeta import (
        STRAIGHT_QUOTES,
        jsonld_objects,
        meta_tags,
        title_candidates,
        visible_text,
    )

    def norm(text: str) -> str:
        return norm_title(text.translate(STRAIGHT_QUOTES))

    counts: Counter[str] = Counter()
    for page in pages:
        gold = norm(page.gold.get("title") or "")
        tree = parse_html(page.html)
        if not gold or tree is None:
            continue
        found = title_candidates(tree, jsonld_objects(tree), meta_tags(tree))
        h1s = {norm(t) for kind, t in found if kind == "h1"}
        declared = {norm(t) for kind, t in found if kind not in ("h1", "h2")}
        counts["candidate"] += gold in {norm(t) for _, t in found}
        counts["in_text"] += gold in norm(visible_text(tree))
        counts["h1_only"] += gold in h1s and gold not in declared
        counts["declared_only"] += gold in declared and gold not in h1s
    n = max(1, len(pages))
    return {
        "title_is_a_candidate": round(counts["candidate"] / n, 4),
        "title_in_visible_text": round(counts["in_text"] / n, 4),
        "gold_is_an_h1_only": round(counts["h1_only"] / n, 4),
        "gold_is_a_declared_title_only": round(counts["declared_only"] / n, 4),
    }


# ---------------------------------------------------------------- the rankers
#
# htmlmeta picks the date and the authors with linear rankers whose weights are fitted by
# storyline.clean.htmlmeta.fit; here they are scored held out.

DateRow = tuple[str, str, list]  # page id, gold day, the page's DateCandidates
AuthorRow = tuple[str, str, list]  # page id, gold author string, the page's AuthorCandidates


def id_halves(rows: list) -> tuple[list, list]:
    """The rows of even and of odd page ids: wcxb/dev's two halves."""
    even = [r for r in rows if r[0].isdigit() and int(r[0]) % 2 == 0]
    odd = [r for r in rows if r[0].isdigit() and int(r[0]) % 2 == 1]
    return even, odd


def two_fold(
    rows: list,
    fit: Callable[[list], dict[str, float]],
    accuracy: Callable[[list, dict[str, float]], float],
    reachable: Callable[[str, list], bool],
) -> dict[str, float]:
    """Two-fold cross-validation by page-id parity: each half is scored with weights fitted on
    the other, so every figure is held out. ``reachable`` is the share of pages whose gold
    answer is among the candidates at all."""
    even, odd = id_halves(rows)
    on_even, on_odd = accuracy(even, fit(odd)), accuracy(odd, fit(even))
    overall = (on_even * len(even) + on_odd * len(odd)) / max(1, len(even) + len(odd))
    found = sum(reachable(gold, cands) for _, gold, cands in rows)
    return {
        "heldout_even_ids": round(on_even, 4),
        "heldout_odd_ids": round(on_odd, 4),
        "heldout_overall": round(overall, 4),
        "reachable": round(found / max(1, len(rows)), 4),
    }


def date_ranker_cv(rows: list[DateRow]) -> dict[str, float]:
    from storyline.clean.htmlmeta.fit import date_accuracy, fit_date_weights

    return two_fold(
        rows, fit_date_weights, date_accuracy, lambda gold, cands: any(x.day == gold for x in cands)
    )


def author_ranker_cv(rows: list[AuthorRow], c: float = 0.1) -> dict[str, float]:
    from storyline.clean.htmlmeta.fit import author_accuracy, fit_author_weights

    return two_fold(
        rows,
        lambda part: fit_author_weights(part, c),
        author_accuracy,
        lambda gold, cands: any(author_found([x.name], gold) for x in cands),
    )


def evaluate(data: Path, track: Tracker) -> Report:
    pages = load_pages(data)
    report = Report(name="wcxb", data=DATA, targets={"date_same_day": 0.95, "title": 0.90})
    metrics, outputs = run(pages, ours, track, "ours")
    report.rows.append(Row("storyline extract_html", metrics, "ours"))
    metrics, _ = run(pages, trafilatura_alone, track, "trafilatura")
    report.rows.append(Row("trafilatura 2.3.1 with_metadata", metrics, "measured"))
    metrics, _ = run(pages, htmldate_alone, track, "htmldate")
    dates_only = {k: metrics[k] for k in ("date_same_day", "ms_per_page")}
    report.rows.append(
        Row("htmldate find_date", dates_only, "measured", "original_date, extensive_search")
    )
    report.rows.append(
        Row(
            "trafilatura",
            {"date_same_day": 0.85, "author": 0.75},
            "published",
            "benchmark README, dated articles; author = first author",
        )
    )
    report.extra["pages"] = len(pages)
    report.extra["dated_pages"] = sum(1 for p in pages if p.gold.get("publish_date"))
    report.extra["authored_pages"] = sum(1 for p in pages if p.gold.get("author"))
    report.extra["ours_by_half"] = by_half(pages, outputs)
    # The shipped date and author weights were fitted on all dated (authored) pages, so "ours"
    # above is in-sample for them; these figures are not.
    from storyline.clean.htmlmeta.fit import author_rows, date_rows

    report.extra["date_ranker_2fold"] = date_ranker_cv(date_rows(pages))
    report.extra["author_ranker_2fold"] = author_ranker_cv(author_rows(pages))
    report.extra["title_ceiling"] = title_ceiling(pages)
    report.extra["note"] = (
        "date: ours is in-sample (weights fitted on these 251 dated pages and htmldate's 995); "
        "the held-out figures are date_ranker_2fold.heldout_overall (each half scored with "
        "weights fitted on the other) and, in eval_htmldate.json, "
        "wcxb_by_weights_fitted_on_htmldate. Where a page prints only its 'Updated' date, "
        "the gold takes it in 18 of 27 "
        "pages and the declared publication date in 9, which bounds any ranker. "
        "author: the shipped weights were fitted on all 233 authored pages; the held-out "
        "figure is author_ranker_2fold.heldout_overall (the hand rules before it scored 0.956 "
        "on the even pages they were built on, 0.833 on the odd ones). Its features were "
        "designed looking at even-page failures. "
        "title rules were developed on even-numbered pages, odd ones held out (the latest, "
        "an h1 restyling the declared title's words yields to it, changed no odd page; then "
        "a declared title adding one count or year to the h1 wins: 2 even pages, no odd "
        "page; the kicker, logo-h1 and site-name-title classes came from trafilatura's "
        "evaluation pages and change no wcxb page's score; an h1 with no byline, date or "
        "body beside it yielding to agreeing og:title and <title> gained 3 even pages but "
        "lost 2 odd ones, so it is not used). "
        "title: a pairwise logistic ranker over the title candidates scored 0.867 held out "
        "against 0.873 for the rules, so the rules stay; the gold equals some candidate on "
        "title_ceiling.title_is_a_candidate of pages, but where the h1 and the declared title "
        "differ it follows either, and it keeps curly apostrophes on 8 pages, straightens "
        "them on 9."
    )
    return report
