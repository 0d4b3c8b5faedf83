"""Which quantity a figure names, when close values of one unit name different quantities.

Two values within 5% of each other are one reported value only when they name the same
quantity. An offer price ("Orvane will pay $38 a share") and a market price ("shares closed at
$36.30") are both dollars a share, yet one is what a buyer offers and the other what the market
paid; a target ("a target of 5,000 homes") and what was built ("4,900 homes were finished") are
another such pair. A figure's role is read off the verb that governs it (``Figure.predicate``),
else off the words right before its number ("an offer price of", "the closing price of", "a
goal of"). Two values whose roles are both known and differ are different referents; a value
whose words name no role says nothing either way. Read by ``storyline.synthesize.figures``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from storyline.model import Figure

# Roles of a value and the verbs (lemmas) that give them. A market price or share move told
# during the day ("jumped 22% to $36.50 in early trading") and one at the close ("closed up 21%
# at $36.30") are different readings of the market.
ROLE_VERBS: dict[str, frozenset[str]] = {
    "offer": frozenset({"offer", "bid", "pay", "value", "tender", "propose"}),
    "close": frozenset({"close", "settle", "finish", "end"}),
    "market": frozenset(
        {
            "trade",
            "open",
            "jump",
            "surge",
            "soar",
            "rally",
            "climb",
            "gain",
            "slide",
            "slip",
            "sink",
            "tumble",
            "plunge",
            "dip",
        }
    ),
    "target": frozenset({"target", "aim", "forecast", "project", "budget", "expect", "predict"}),
    "actual": frozenset({"achieve", "record", "deliver", "win", "receive", "score"}),
}
# Words right before the number that name its role: "an offer price of $38", "the closing
# price of $36.30", "a goal of 5,000", "the actual cost of".
ROLE_WORDS: dict[str, re.Pattern[str]] = {
    "offer": re.compile(
        r"\b(?:offer(?:\s+price)?|bid|asking\s+price)\s+(?:of|at|was|is)\s*$", re.I
    ),
    "close": re.compile(r"\bclos(?:ing|ed)(?:\s+price)?\s+(?:of|at|was|is)\s*$", re.I),
    # "a target of 55 percent"; "had been expected to win about 50 percent": a forecast.
    "target": re.compile(
        r"\b(?:(?:target(?:ed)?|goal|aim|forecast|projection|budget(?:ed)?)\s+(?:of|at|was|is)|"
        r"(?:expected|forecast|projected|predicted)\s+to\s+\w+(?:\s+\w+)?)\s*$",
        re.I,
    ),
    "actual": re.compile(r"\bactual(?:ly)?\b(?:\s+\w+){0,2}\s+(?:of|at|was|is)?\s*$", re.I),
}
# How far before the number its role words may stand.
BEFORE = 40
# "46 more than it was licensed to carry", "20 fewer than last year": the number is a
# difference between two counts, never a count of its own ("3,000 more troops" is one).
_DIFFERENCE = re.compile(r"\s*(?:more|fewer|less)\s+than\b", re.I)
# "among the 40 busiest harbours", "the 10 largest banks": a rank among things, not a count.
_RANKED = re.compile(r"\s*(most|least|best|worst|[a-z]{2,}est)\s+[a-z]", re.I)
# Words in -est that are no superlative ("the 40 forest fires", "the 12 protest leaders").
_NOT_SUPERLATIVE = {
    "forest",
    "interest",
    "protest",
    "contest",
    "harvest",
    "arrest",
    "request",
    "conquest",
    "inquest",
    "manifest",
    "honest",
    "modest",
    "digest",
    "suggest",
}
_THE = re.compile(r"\bthe\s+(?:top\s+)?$", re.I)


class Roled(Protocol):
    figure: Figure
    words: str  # the figure's clause


def not_a_count(text: str, fig: Figure) -> bool:
    """Whether the number is a difference between counts ("46 more than ...") or a rank
    ("the 40 busiest harbours"), not a count of its own. The words may stand after the figure
    or inside it, after its number ("40 busiest harbors")."""
    number = re.match(r"\S+", fig.text)
    ends = {fig.end, fig.start + (number.end() if number else 0)}
    if any(_DIFFERENCE.match(text, end) for end in ends):
        return True
    if not _THE.search(text, max(0, fig.start - 12), fig.start):
        return False
    ranked = [m for end in ends if (m := _RANKED.match(text, end))]
    return any(m.group(1).lower() not in _NOT_SUPERLATIVE for m in ranked)


def role_of(item: Roled) -> str | None:
    """The quantity a figure names (offer, close, market, target, actual), or None."""
    fig = item.figure
    at = item.words.find(fig.text)
    before = item.words[max(0, at - BEFORE) : at] if at >= 0 else ""
    for role, pattern in ROLE_WORDS.items():
        if before and pattern.search(before):
            return role
    predicate = (fig.predicate or "").lower()
    return next((role for role, verbs in ROLE_VERBS.items() if predicate in verbs), None)


def roles_apart(item: Roled, cluster: Sequence[Roled]) -> bool:
    """Whether a value names another quantity than the values of ``cluster`` do."""
    mine = role_of(item)
    if mine is None:
        return False
    return any((other := role_of(it)) is not None and other != mine for it in cluster)


def roles_differ(clusters: Sequence[Sequence[Roled]]) -> bool:
    """Whether two reported values name different quantities (each by its most common role)."""
    named: set[str] = set()
    for cluster in clusters:
        roles = [r for it in cluster if (r := role_of(it))]
        if roles:
            named.add(max(set(roles), key=roles.count))
    return len(named) > 1
