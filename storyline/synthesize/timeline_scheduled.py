"""The event a schedule names: "Sentencing is set for next month", "The vote is scheduled for
Sunday", "Judge Vasko set sentencing for July 2".

A verb that only schedules ("set", "scheduled", "slated", "due", "expected", "planned") names
no event of its own, so a page that dates a coming event this way shares no word with the page
that tells the same event by its own verb or noun ("She will pass sentence on July 2", "Sunday's
vote"), and one coming event reads as two entries. The scheduled event is the verb's subject
when the verb is passive ("Sentencing is set for"), else its object, the words between the verb
and the date ("set sentencing for July 2"): that noun names the event, as the verb or the noun
the date owns does elsewhere (``event_words``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from storyline.model import Event

__all__ = ["SCHEDULING", "scheduled_words"]

SCHEDULING = frozenset(
    "set scheduled slated due expected planned pencilled penciled rescheduled".split()
)
_CLAUSE = re.compile(r"[,;:()\u2014\u201c\u201d\"]")
# "Sentencing is set", "The swearing-in has been scheduled", "A decision is now expected": the
# word right before the form of "be" is the subject's head.
_PASSIVE = re.compile(
    r"([A-Za-z][\w'’-]*)\s+(?:is|are|was|were|(?:has|have|had)\s+been|(?:will|would)\s+be)"
    r"(?:\s+(?:now|also|still|tentatively|provisionally|currently|initially|originally|not))*"
    r"\s+$"
)
# "set sentencing for", "scheduled a vote on": the object's last word before the preposition
# that introduces the date (up to three words: "set a new hearing date for").
_OBJECT = re.compile(r"\s+(?:[\w'’-]+\s+){0,3}?([a-z][\w-]*)\s+(?:for|on)\s+$")


def scheduled_words(text: str, event: Event, naming: Callable[[str], str | None]) -> list[str]:
    """Stems (by ``naming``) of the noun naming the event the sentence's dated verb schedules,
    if that verb only schedules; [] otherwise."""
    verb = (event.verb or "").lower()
    start = event.verb_start
    if verb not in SCHEDULING or start is None or not event.start <= start < event.end:
        return []
    before = _CLAUSE.split(text[max(event.start, start - 80) : start])[-1]
    subject = _PASSIVE.search(before)
    if subject is not None:
        return _named(subject.group(1), naming)
    end = start + len(verb)
    when = event.time_start
    if when is None or not end <= when <= end + 60:
        return []
    found = _OBJECT.match(text, end, when)
    return _named(found.group(1), naming) if found else []


def _named(token: str, naming: Callable[[str], str | None]) -> list[str]:
    """The word's stem, or for a compound whose last part names nothing ("swearing-in") the
    stem of its first part that does."""
    for part in (token, *token.split("-")):
        stem = naming(part)
        if stem:
            return [stem]
    return []
