"""Timeline entries of one day that retell the day's main event by what its agents did.

Pages retell the day's event in sentences worded nothing alike and hung on other verbs: "the
gunman opened fire on the crowd on Sunday night" beside "the attacker, Ivo Brandt, drove
through the square on Sunday night, mowing down ...". What stays is who did it: a sentence
whose doer (the person or organisation named as its subject) did, that day, the act the
main entry tells is that act, told again. So the day's main entry (the one most pages tell)
takes an entry of a single page whose head's doer is an agent of the main entry: a doer of
one of its acts in the active voice that is no saying, or one who made the day's news by
saying it ("Vorn said on Monday he would miss the game", told by several pages, beside one
page's "Vorn retired on Monday"). A passive subject is no agent ("the driver was arrested on
Sunday" is what was done to him: another event), and what one says is a statement of its own
(``_into_main`` takes the main actors' statements by another rule). On any day, a page
that tells one actor's act in several sentences on several verbs tells one event: an entry
of that page alone, whose head's agent is an agent in another entry's sentence of the same
page, joins it ("Kim held out an olive branch on Monday" and, further down, "Kim
struck a conciliatory note in his New Year's Day address").

A sentence that dates an event only as the latest of a series it names ("North Korea has
fired a dozen missiles this year, the most recent on Saturday") refers to that day's event
rather than telling one of its own: it is a moment of the day's event (``_Dated.detail``).
"""

from __future__ import annotations

import re

from storyline.model import PAGE_DATE, Event
from storyline.synthesize.claims import stem_of
from storyline.synthesize.event_words import LIGHT_VERBS, SAYING

__all__ = ["MAIN_PAGES", "acts_on_day", "agents_retold", "latest_of", "passive"]

MAIN_PAGES = 2  # pages that must tell an entry for it to be the day's main event
# "was arrested", "has been charged", "were reportedly killed": the subject undergoes the act
_PASSIVE = re.compile(
    r"(?i)\b(?:is|are|was|were|be|been|being|get|gets|got|gotten)\s+(?:\w+ly\s+)?$"
)
# "..., the most recent on Saturday", "the latest of them in May", "the latest one Friday"
_LATEST = re.compile(
    r"(?i)\bthe\s+(?:most\s+recent|latest)(?:\s+(?:one|of\s+(?:them|which|these|those)))?"
    r"\s*,?\s*(?:on|in|at|during)?\s*$"
)


_LIGHT = frozenset(stem_of(v) for v in LIGHT_VERBS) | frozenset(
    "has had is was are were does did went made took got".split()
)


def acts_on_day(event: Event, act: str) -> bool:
    """Whether the event is an act of its doers on a day that can make them its agents: dated
    to a day (a month holds many acts of one actor), no saying (``act`` as ``act_word``
    gives it) and no verb that only carries tense or a state ("has three launches planned",
    "went after its rival")."""
    if event.precision not in ("day", PAGE_DATE) or len(event.date) != 10:
        return False
    return bool(act) and act != SAYING and stem_of(act) not in _LIGHT


def passive(text: str, event: Event) -> bool:
    """Whether the verb the event's date hangs on is in the passive voice."""
    if event.verb_start is None or not 0 <= event.start <= event.verb_start <= len(text):
        return False
    return bool(_PASSIVE.search(text[max(event.start, event.verb_start - 40) : event.verb_start]))


def latest_of(text: str, event: Event) -> bool:
    """Whether the event's date is given only as that of the latest of a series ("the most
    recent on Saturday"): a reference to the day's event, not an event of its own."""
    if event.time_start is None or not 0 < event.time_start <= len(text):
        return False
    return bool(_LATEST.search(text[max(0, event.time_start - 60) : event.time_start]))


def agents_retold(
    buckets: list[list[int]],
    pages: list[str],
    agents: list[frozenset[str]],
    speakers: list[frozenset[str]],
) -> list[list[int]]:
    """One date's entries (buckets of positions, each headed by its first), with every entry of
    a single page whose head's agents include an agent or a speaker (``speakers``: the doers
    of a saying) of the day's main entry merged into the main entry."""
    if len(buckets) < 2:
        return buckets
    main = max(buckets, key=lambda b: len({pages[j] for j in b}))
    if len({pages[j] for j in main}) < MAIN_PAGES:
        return _one_actor(buckets, pages, agents)
    doers = frozenset(key for j in main for key in agents[j] | speakers[j])
    out = [main]
    for bucket in buckets:
        if bucket is main:
            continue
        single = len({pages[j] for j in bucket}) == 1
        if single and agents[bucket[0]] & doers:
            main.extend(bucket)
        else:
            out.append(bucket)
    return _one_actor(out, pages, agents)


def _one_actor(
    buckets: list[list[int]], pages: list[str], agents: list[frozenset[str]]
) -> list[list[int]]:
    """One date's entries with every entry of a single page whose head's agent is, that day and
    on that page, an agent in another entry merged into the first of them: one page tells one
    actor's act in several sentences on several verbs ("Kim held out an olive branch on
    Monday", "Kim struck a conciliatory note in his New Year's Day address"), one event. What
    an actor says is left out: a page names an organisation beside its speaker ("Elon Vance,
    chief of Vantor, said Friday"), which makes no statement of the speaker an act of
    Vantor's ("Vantor completed a launch on Friday")."""

    def acted(entry: list[int], other: list[int]) -> bool:
        page = {pages[j] for j in entry}
        head = agents[entry[0]]
        return len(page) == 1 and any(pages[j] in page and agents[j] & head for j in other)

    out: list[list[int]] = []
    for bucket in buckets:
        into = next((o for o in out if acted(bucket, o) or acted(o, bucket)), None)
        if into is None:
            out.append(bucket)
        else:
            into.extend(bucket)
    return out
