"""Events dated from the event told just before: "The following day, the Coast Guard ...".

"The following day", "the next day", "the same day" count from an event the text has just
told, not from the page's date. The time recogniser counts them from the last date the text
named, which is often a date in the sentence before that belongs to another event, in a
subordinate clause ("Rescuers pulled 400 people from homes on Sunday after the hurricane made
landfall late Saturday. The following day, the Coast Guard lifted 40 people from rooftops."):
the rescue's Sunday, not the landfall's Saturday, is the day the next one follows. So an event
dated by such a phrase counts from the day of the event told last before it, when that one is
dated by its own main clause to a day, near enough ("Hours later, a levee failed." may come
between), and no date is named between them.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from storyline.model import MAIN_ANCHORS, Event, TimeExpression

__all__ = ["counted_on"]

# the phrase, the whole of the time expression, and how many days it moves on
_SEQUEL = re.compile(
    r"(?i)^(?:the\s+(?P<next>following|next)\s+day|(?P<same>(?:later\s+)?that|the\s+same)\s+day"
    r"|(?:a|one)\s+day\s+later)$"
)
NEAR = 300  # characters between the two events: a sentence or two


def counted_on(text: str, events: list[Event], times: list[TimeExpression]) -> list[Event]:
    """``events`` (in text order) with those dated by a phrase counting from the event just
    told re-dated from its day (see above). Events are changed in place and returned."""
    for before, event in zip(events, events[1:], strict=False):
        step = _step(text, event)
        if step is None or not _near(before, event, times):
            continue
        if before.anchor not in MAIN_ANCHORS or before.precision != "day" or len(before.date) != 10:
            continue
        try:
            event.date = (date.fromisoformat(before.date) + timedelta(days=step)).isoformat()
        except ValueError:
            continue
    return events


def _step(text: str, event: Event) -> int | None:
    """The days the event's own date phrase moves on from the event before, or None when its
    date is no such phrase (or dates another event of its sentence)."""
    if event.time_start is None or event.time_end is None or event.precision != "day":
        return None
    if event.anchor not in MAIN_ANCHORS:
        return None
    found = _SEQUEL.match(text[event.time_start : event.time_end].strip())
    if found is None:
        return None
    return 0 if found["same"] else 1


def _near(before: Event, event: Event, times: list[TimeExpression]) -> bool:
    """The event's sentence comes soon after the one before, and no date lies between them."""
    if not before.end <= event.start <= before.end + NEAR or event.time_start is None:
        return False
    return not any(before.end <= t.start < event.time_start for t in times)
