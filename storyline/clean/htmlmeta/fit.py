"""Fit the date and author rankers' weights and write them beside this script.

``python -m storyline.clean.htmlmeta.fit [BENCH_DIR]`` reads the pages of wcxb/dev (gold title,
author, date) from ../shared/bench (or BENCH_DIR) and writes ``date_weights.json`` and
``author_weights.json``. The rankers are linear: each candidate's features are summed with
these weights, and the best-scored candidate wins. The weights come from a pairwise logistic
regression (the right candidate's features minus a wrong one's, both ways round), which fits
what the ranker does: compare the candidates of one page.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from storyline.clean.htmlmeta.authors import pick_authors
from storyline.clean.htmlmeta.date_relations import PUBLICATION_EVIDENCE
from storyline.clean.htmlmeta.outlet import norm
from storyline.clean.htmlmeta.published import DateCandidate, date_score, pick_date
from storyline.clean.htmlmeta.weights import weights_path

# A candidate ranker's training row: page id, gold answer, the page's candidates.
Row = tuple[str, str, list[Any]]


@dataclass
class GoldPage:
    """A benchmark page: id, url, HTML text and its gold record."""

    id: str
    url: str | None
    html: str
    gold: dict[str, Any]


def read_gold_pages(data: Path, failures: list[str] | None = None) -> Iterator[GoldPage]:
    """Pages of a set laid out as ``ground-truth/<id>.json`` and ``html/<id>.html.gz`` (wcxb,
    htmldate), decoded as ingest decodes them; a gold record's fields may sit under
    ``ground_truth``. A page that does not decode is skipped and its id added to ``failures``."""
    from storyline.errors import InputError
    from storyline.ingest.encoding import decode

    for path in sorted((data / "ground-truth").glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        raw = gzip.decompress((data / "html" / f"{path.stem}.html.gz").read_bytes())
        try:
            html = decode(raw, path.stem)
        except InputError:
            if failures is not None:
                failures.append(path.stem)
            continue
        yield GoldPage(path.stem, record.get("url"), html, record.get("ground_truth") or record)


def date_rows(pages: Iterable[Any]) -> list[Row]:
    """(id, gold day, date candidates) of every page with a gold date; a page is anything with
    ``id``, ``url``, ``html`` and a ``gold`` dict holding ``publish_date``."""
    from storyline.clean.html import parse_html
    from storyline.clean.htmlmeta import published_candidates

    rows: list[Row] = []
    for page in pages:
        gold = (page.gold.get("publish_date") or "")[:10]
        tree = parse_html(page.html) if gold else None
        if tree is not None:
            rows.append((page.id, gold, published_candidates(tree, page.url)))
    return rows


def author_rows(pages: Iterable[Any]) -> list[Row]:
    """(id, gold author, author candidates) of every page with a gold author, as
    ``find_authors`` sees them (trafilatura's byline finder only where it would ask it)."""
    from storyline.clean.html import parse_html
    from storyline.clean.htmlmeta import author_candidates_as_found

    rows: list[Row] = []
    for page in pages:
        gold = page.gold.get("author") or ""
        tree = parse_html(page.html) if gold else None
        if tree is not None:
            rows.append((page.id, gold, author_candidates_as_found(tree, page.url)))
    return rows


def fit_ranker(examples: list[tuple[Any, list[Any]]], c: float) -> dict[str, float]:
    """Weights of a linear candidate ranker: a logistic regression, without intercept, on the
    right candidate's features minus a wrong one's, both ways round. ``examples`` pairs a
    page's right candidate with its wrong ones (each with ``.features``)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    names = sorted(
        {k for right, wrong in examples for cand in (right, *wrong) for k in cand.features}
    )
    diffs: list[list[float]] = []
    for right, wrong in examples:
        for cand in wrong:
            diff = [right.features.get(k, 0.0) - cand.features.get(k, 0.0) for k in names]
            diffs += [diff, [-v for v in diff]]
    if not diffs:
        return {}
    labels = [1, 0] * (len(diffs) // 2)
    model = LogisticRegression(C=c, fit_intercept=False, max_iter=5000)
    model.fit(np.array(diffs), labels)
    return {k: round(float(w), 3) for k, w in zip(names, model.coef_[0], strict=True)}


def fit_date_weights(rows: list[Row], c: float = 0.3) -> dict[str, float]:
    """Feature weights for ``pick_date``, fitted on pages whose gold day is a candidate; the
    weights of evidence for a publication date stay at zero or above (``PUBLICATION_EVIDENCE``)."""
    examples = []
    for _, gold, cands in rows:
        right = next((x for x in cands if x.day == gold), None)
        if right is not None:  # other candidates of the same day count as wrong, too
            examples.append((right, [x for x in cands if x is not right]))
    return fit_bounded_ranker(examples, c, PUBLICATION_EVIDENCE)


def fit_bounded_ranker(
    examples: list[tuple[Any, list[Any]]], c: float, nonnegative: frozenset[str]
) -> dict[str, float]:
    """``fit_ranker``'s model (the same L2-penalised pairwise logistic loss, no intercept) with
    the weights of the features in ``nonnegative`` kept at zero or above. scikit-learn's
    LogisticRegression takes no bounds, so the loss is minimised with scipy's L-BFGS-B."""
    import numpy as np
    from scipy.optimize import minimize

    names = sorted(
        {k for right, wrong in examples for cand in (right, *wrong) for k in cand.features}
    )
    diffs = [
        [right.features.get(k, 0.0) - cand.features.get(k, 0.0) for k in names]
        for right, wrong in examples
        for cand in wrong
    ]
    if not diffs:
        return {}
    x = np.array(diffs)

    def loss(w: Any) -> tuple[float, Any]:
        # Each difference enters both ways round (label 1, and negated with label 0): the
        # two terms are equal, hence the factor 2.
        z = x @ w
        value = 0.5 * w @ w + 2 * c * np.logaddexp(0, -z).sum()
        grad = w - 2 * c * (x.T @ (1 / (1 + np.exp(z))))
        return float(value), grad

    bounds = [(0.0, None) if k in nonnegative else (None, None) for k in names]
    fitted = minimize(loss, np.zeros(len(names)), jac=True, method="L-BFGS-B", bounds=bounds)
    return {k: round(float(w), 3) for k, w in zip(names, fitted.x, strict=True)}


# The candidate feature that holds htmldate's own pick.
HTMLDATE_VOTE = "htmldate"


def without_htmldate_vote(rows: list[Row]) -> list[Row]:
    """``rows`` whose candidates no longer carry htmldate's vote: htmldate was developed on its
    own evaluation pages (0.91 same day there, 0.86 on wcxb/dev), so a weight fitted on them
    would trust its vote more than it earns on pages it was not tuned on. Its candidates stay."""
    return [
        (rid, gold, [replace(c, features=_without_vote(c.features)) for c in cands])
        for rid, gold, cands in rows
    ]


def _without_vote(features: dict[str, float]) -> dict[str, float]:
    return {k: v for k, v in features.items() if k != HTMLDATE_VOTE}


def date_accuracy(rows: list[Row], weights: dict[str, float] | None = None) -> float:
    right = 0
    for _, gold, cands in rows:
        best: DateCandidate | None = pick_date(cands, weights)
        right += bool(best and best.day == gold)
    return right / max(1, len(rows))


# Margins below which an unsure ranker could defer to htmldate's own pick.
DEFER_GRID = (0.0, 0.1, 0.2, 0.3, 0.5, 0.75, 1.0, 1.5, 2.0)

# Rows with the weights that score them held out (weights fitted without those rows): what the
# "unsure" rule is tuned and reported on, as a margin measured on in-sample scores is wider than
# the ranker's margins on pages it has not seen.
Scored = tuple[list[Row], dict[str, float]]


def deferring_pick(
    cands: list[DateCandidate], weights: dict[str, float], margin: float
) -> DateCandidate | None:
    """The ranker's pick, unless htmldate picked another candidate that scores within
    ``margin`` of it: then htmldate's pick. (The gap to htmldate's candidate, not to the
    runner-up: a close third place is no reason to leave the first for htmldate's.)"""
    ranked = sorted(cands, key=lambda c: -date_score(c, weights))
    if not ranked:
        return None
    voted = next((c for c in ranked if c.features.get(HTMLDATE_VOTE)), None)
    if voted is not None and date_score(ranked[0], weights) - date_score(voted, weights) < margin:
        return voted
    return ranked[0]


def defer_accuracy(parts: list[Scored], margin: float) -> float:
    right = total = 0
    for rows, weights in parts:
        for _, gold, cands in rows:
            best = deferring_pick(cands, weights, margin)
            right += bool(best and best.day == gold)
        total += len(rows)
    return right / max(1, total)


def tune_defer_margin(parts: list[Scored]) -> float:
    """The margin, of ``DEFER_GRID``, that does best on ``parts`` (the smallest of equals):
    "unsure, defer to htmldate" fitted on held-out scores of one set, to be reported on
    another."""
    return max(DEFER_GRID, key=lambda m: (round(defer_accuracy(parts, m), 6), -m))


def author_found(predicted: list[str], gold: str) -> bool:
    """The gold's first author (before any list separator) is among, or inside, the predicted
    names: the wcxb metric, used here to tell the right candidates from the wrong ones."""
    want = norm(re.split(r",|;|&|\band\b|\|", gold, maxsplit=1)[0])
    if not want:
        return False
    names = [norm(a) for a in predicted]
    return any(
        want == n or f" {want} " in f" {n} " or (n and f" {n} " in f" {want} ") for n in names
    )


def fit_author_weights(rows: list[Row], c: float = 0.1) -> dict[str, float]:
    """Feature weights for ``pick_authors``, fitted on pages whose gold first author is among
    the candidates."""
    examples = []
    for _, gold, cands in rows:
        right = [x for x in cands if author_found([x.name], gold)]
        if right:
            examples.append((right[0], [x for x in cands if x not in right]))
    return fit_ranker(examples, c)


def author_accuracy(rows: list[Row], weights: dict[str, float] | None = None) -> float:
    found = 0
    for _, gold, cands in rows:
        picked = pick_authors(cands, weights)
        found += author_found(picked, gold)
    return found / max(1, len(rows))


def write_weights(name: str, weights: dict[str, float], fitted_on: str) -> Path:
    path = weights_path(name)
    payload = {"fitted_on": fitted_on, "weights": dict(sorted(weights.items()))}
    path.write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    return path


def main(argv: list[str]) -> None:
    """The date weights are fitted on wcxb/dev and htmldate together (their figures are
    reported cross-set by ``storyline eval htmldate``), htmldate's vote weighed on wcxb/dev
    alone (see ``without_htmldate_vote``); the author weights on wcxb/dev, the
    only set with gold authors (reported 2-fold by ``storyline eval wcxb``)."""
    root = Path(argv[0]) if argv else Path.cwd().parent / "shared" / "bench"
    wcxb = list(read_gold_pages(root / "wcxb" / "dev"))
    dated = date_rows(wcxb)
    more = without_htmldate_vote(date_rows(read_gold_pages(root / "htmldate")))
    credited = author_rows(wcxb)
    fits: list[tuple[str, Callable[[list[Row]], dict[str, float]], list[Row], str]] = [
        ("date", fit_date_weights, dated + more, f"wcxb/dev {len(dated)} + htmldate {len(more)}"),
        ("author", fit_author_weights, credited, f"wcxb/dev {len(credited)}"),
    ]
    for name, fit, rows, where in fits:
        path = write_weights(name, fit(rows), f"{where} pages")
        print(f"wrote {path}")


if __name__ == "__main__":
    main(sys.argv[1:])
