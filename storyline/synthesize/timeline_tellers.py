"""Who states a timeline sentence, one entry per speaker and day, and who "he" is.

A person's statements and acts of one day are one entry: "Mr. Rask ordered the army on Saturday
to ..." and "Mr. Rask said after an emergency meeting on Saturday" tell one day of his, as an
analyst reads it (what he did and said that day), not two events. A sentence is a speaker's
statement of its day when its date hangs on a verb of saying by that speaker ("said Friday"), or
when the analyzer attributes the sentence's words to that speaker and the act dated is the
speaker's own ("Mayor Vell said the situation was under control early today"). What a speaker
reports others did ("police said the gunman opened fire on Sunday") stays the others' event: the
speaker is no doer of it.

A sentence opening on "He" or "She" cannot be read away from its page: the entry shows whom the
pronoun stands for, as the analyzer resolved it (the speaker of the words the sentence
attributes, else the person the timeline took for the verb's doer).
"""

from __future__ import annotations

import re
from itertools import combinations

from storyline.lexicon.pronouns import SUBJECT_PRONOUNS
from storyline.model import Analysis, Event
from storyline.synthesize.event_words import actor_key, share_actor

__all__ = ["Who", "opening_name", "opening_pronoun", "resolved", "speaker_days", "tellers", "whom"]

# A pronoun of a cited span and whom it stands for: the offset in the span where it ends, and
# the name ((-1, "") when unknown).
Who = tuple[int, str]

# "He confirmed ...": the pronoun opens the sentence itself ("“…,” she said" does not).
_OPENING = re.compile(r"\s*([A-Z][a-z]*)\b")


def tellers(analysis: Analysis, event: Event) -> frozenset[str]:
    """The actor keys of the named speakers the analyzer gives the words of the event's sentence
    (a quotation or a reported clause whose speaker stands in the sentence)."""
    found: set[str] = set()
    for quote in analysis.quotes:
        key = quote.speaker_key
        if not key or key.startswith("anon"):
            continue
        at = quote.speaker_start if quote.speaker_start is not None else quote.start
        if event.start <= at < event.end:
            found.add(actor_key(key))
    return frozenset(found)


def opening_pronoun(text: str) -> str:
    """The pronoun a sentence opens on ("He"): empty when it opens otherwise."""
    found = _OPENING.match(text)
    if found is None or found.group(1).lower() not in SUBJECT_PRONOUNS:
        return ""
    return found.group(1)


def resolved(text: str, at: int, name: str) -> str:
    """The sentence with a name set in brackets after the pronoun that ends at ``at`` ("He
    [Elon Vance] confirmed on Sunday ...", "..., she [Lina Hoss] said"): the cited words stay
    as written. Unchanged when no such pronoun ends there."""
    pronoun = re.search(r"\b([A-Za-z]+)$", text[:at]) if 0 < at <= len(text) else None
    if pronoun is None or pronoun.group(1).lower() not in SUBJECT_PRONOUNS or not name:
        return text
    return f"{text[:at]} [{name}]{text[at:]}"


def whom(analysis: Analysis, event: Event, span: tuple[int, int]) -> Who:
    """The "he" or "she" of the cited span (``span`` of the page's text) the analyzer resolved
    as a speaker ("..., she said"), and whom it stands for; (-1, "") when there is none."""
    for quote in analysis.quotes:
        at, end = quote.speaker_start, quote.speaker_end
        if at is None or end is None or not span[0] <= at < end <= span[1] or at < event.start:
            continue
        said = event.sentence[at - event.start : end - event.start].lower()
        named = quote.speaker or ""
        known = not (quote.speaker_key or "anon").startswith("anon")
        if said in SUBJECT_PRONOUNS and known and named.lower() not in SUBJECT_PRONOUNS:
            return end - span[0], named
    return -1, ""


def opening_name(cited: str, analysis: Analysis, doers: frozenset[str]) -> Who:
    """Whom the "He" or "She" a cited span opens on stands for: the one person among the act's
    doers (the timeline's reading of "he" as the person named last before)."""
    found = _OPENING.match(cited)
    if found is None or found.group(1).lower() not in SUBJECT_PRONOUNS:
        return -1, ""
    people = [e for e in analysis.entities if e.label == "PERSON" and actor_key(e.key) in doers]
    return (found.end(1), people[0].name) if len(people) == 1 else (-1, "")


def speaker_days(
    buckets: list[list[int]], stated: list[frozenset[str]], doers: list[frozenset[str]]
) -> list[list[int]]:
    """One date's entries (buckets of row positions, each headed by its first) with every
    entry headed by a speaker's statement (``stated``: who states the row) merged with an
    entry where that speaker acts (``doers``). Only the head bridges two entries: an entry
    that took in a statement among the sentences of an act ("Vantor raised its offer on
    Monday", "Vantor said on Monday its offer was final") does not bring its speaker's other
    acts of the day into it (the same day's slides against a rival's model)."""
    out = [list(b) for b in buckets]
    merged = True
    while merged:
        merged = False
        for a, b in combinations(range(len(out)), 2):
            if _one_day(out[a], out[b], stated, doers) or _one_day(out[b], out[a], stated, doers):
                out[a].extend(out.pop(b))
                merged = True
                break
    return out


def _one_day(
    says: list[int], acts: list[int], stated: list[frozenset[str]], doers: list[frozenset[str]]
) -> bool:
    head = stated[says[0]]
    return bool(head) and any(share_actor(head, doers[j]) for j in acts)
