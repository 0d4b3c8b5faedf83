"""Selection and entry points: every rule's matches, longest first, each character in at most
one expression; anchored rules resolved once the other dates are known. ``find_times`` and
``estimate_published``."""

from __future__ import annotations

import bisect
import re
from datetime import date
from typing import cast

from spacy.tokens import Doc

from storyline.analyze.nlp import doc_text
from storyline.analyze.times.calendar import parse_ref, precision_of
from storyline.analyze.times.context import Context, sentence_spans
from storyline.analyze.times.gates import Scan, rule_matches
from storyline.analyze.times.lexicon import WEEKDAY, WEEKDAYS
from storyline.analyze.times.recognise import RULES, Hit, Rule
from storyline.analyze.times.tense import clause_tense
from storyline.model import TimeExpression, TimeType

Candidate = tuple[int, int, int, Rule, re.Match[str]]  # start, end, rule order, rule, match
Chosen = tuple[int, int, Rule, Hit | re.Match[str]]  # an anchored rule keeps its match


def _candidates(ctx: Context, rules: list[Rule]) -> list[Candidate]:
    found: list[Candidate] = []
    scan = Scan(ctx.text)
    for order, rule in enumerate(rules):
        for m in rule_matches(rule, scan):
            if m.end() > m.start():
                s, e = m.span("t") if "t" in rule.pattern.groupindex and m["t"] else m.span()
                found.append((s, e, order, rule, m))
    return found


def _choose(found: list[Candidate], ctx: Context) -> list[Chosen]:
    """Longest matches first; each character belongs to at most one expression. Anchored rules
    keep their match and are resolved once the other dates are known."""
    taken: list[tuple[int, int]] = []
    chosen: list[Chosen] = []
    for s, e, _order, rule, m in sorted(found, key=lambda f: (f[0] - f[1], f[2], f[0])):
        if any(s < te and ts < e for ts, te in taken):
            continue
        if rule.name != "holiday" and ctx.titled(s, e):  # "New Year's Day" is a holiday's name
            continue
        if ctx.names_thing(s, e):  # "the Sunday Times"
            continue
        hit: Hit | re.Match[str] | None = m if rule.anchored else rule.handler(m, ctx)
        if hit is None:
            continue
        if isinstance(hit, tuple):  # the handler may have narrowed its span
            type_, value, s, e, _length = _spanned(hit, s, e)
            hit = (type_, value)
        taken.append((s, e))
        chosen.append((s, e, rule, hit))
    return chosen


def _spanned(hit: Hit, start: int, end: int) -> tuple[str, str, int, int, str | None]:
    """(type, value, start, end, duration) of a hit: its own span when the handler gave one,
    and the length a counted phrase names (else None)."""
    if len(hit) == 5:
        return cast(tuple[str, str, int, int, str], hit)
    if len(hit) == 4:
        return (*cast(tuple[str, str, int, int], hit), None)
    type_, value = cast(tuple[str, str], hit)
    return type_, value, start, end, None


def _value(hit: Hit | re.Match[str]) -> str:
    """The value of a resolved hit (first-pass dates, which anchored phrases count from)."""
    return cast(tuple[str, str], hit)[1]


def find_times(
    sdoc_or_text: Doc | str, reference: date | str | None = None
) -> list[TimeExpression]:
    """Time expressions in a document with ISO/TimeML values, in text order.

    ``reference`` is the publication date (a date or an ISO string); relative expressions are
    resolved against it and marked ``relative=True``. Anchored phrases ("a month before", "the
    same week") count from the last date before them in the same or previous sentence and are
    left out when there is none.
    """
    doc = sdoc_or_text if isinstance(sdoc_or_text, Doc) else None
    text = doc_text(doc) if doc is not None else str(sdoc_or_text)
    ctx = Context(text, parse_ref(reference), doc, sentence_spans(text, doc))
    chosen = _choose(_candidates(ctx, RULES), ctx)
    ctx.resolved = sorted((s, _value(hit)) for s, _e, r, hit in chosen if not r.anchored)
    ctx.quarters = sorted((s, _value(hit)) for s, _e, r, hit in chosen if r.name == "quarter")
    out = []
    for s, e, rule, hit in sorted(chosen, key=lambda c: c[0]):
        duration = None
        if isinstance(hit, re.Match):
            resolved = rule.handler(hit, ctx)
            if resolved is None:
                continue
            type_, value, s, e, duration = _spanned(resolved, s, e)
            if rule.name == "clock" and re.match(r"\d{4}-\d\d-\d\dT", value):
                # "left at 11:36 a.m. Tuesday and returned at 7:33 p.m.": a later clock time
                # of the sentence belongs to the same day
                bisect.insort(ctx.resolved, (s, value[:10]))
        else:
            type_, value = cast(tuple[str, str], hit)
        relative = (
            (rule.relative or rule.anchored)
            and value not in ("PRESENT_REF", "PAST_REF", "FUTURE_REF")
            and type_ not in ("DURATION", "SET")
        )
        out.append(
            TimeExpression(
                text=text[s:e],
                start=s,
                end=e,
                type=cast(TimeType, type_),
                value=value,
                precision=precision_of(type_, value),
                relative=relative,
                duration=duration,
            )
        )
    return out


def estimate_published(times: list[TimeExpression], text: str) -> str | None:
    """A publication date guessed from content, for a page with no stated date.

    The latest absolute day-precise date the text names (one not computed from a reference, so
    ``times`` may come from ``find_times`` with or without one). Dates the text looks forward to
    ("will vote on November 5, 2024") are left out, and a date written with its weekday
    ("Friday, October 25, 2024") must agree with it. A page whose content names no such date
    gets None; the story stage then uses the other pages' dates.
    """
    ctx = Context(text, None, None, sentence_spans(text))
    days: set[str] = set()
    for t in times:
        if t.relative or t.precision != "day" or not re.fullmatch(r"\d{4}-\d\d-\d\d", t.value):
            continue
        day = date.fromisoformat(t.value)
        said = re.match(WEEKDAY, t.text)
        if said and WEEKDAYS[said[0].lower()] != day.weekday():
            continue
        if clause_tense(ctx, t.start, t.end) == "future":
            continue
        days.add(t.value)
    return max(days) if days else None
