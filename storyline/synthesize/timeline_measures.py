"""Dates that belong to a market reading, not to an event.

"Orvane will pay $38 a share, a premium of 27% to Talvik's closing price on Friday"; "the offer
is 30% above Friday's close": the date says when a price or a level was read, and the parse
hangs it on the sentence's verb ("will pay"), so the offer showed as planned for Friday (or, told
in the past, done on it). The reading is no event of the story, and the act the sentence tells
happened on no day it gives: such a sentence has no entry. A closing of its own ("the deal is
expected to close on March 3", "shares closed up 21% on Monday") is an event: only a price,
level or value named as a thing, after a determiner or a possessive, owns the date.
"""

from __future__ import annotations

import re

from storyline.model import Event

__all__ = ["measured"]

_OWNER = r"(?:['’]s|\bthe|\bits|\btheir|\bhis|\bher|\ba|\bthat)"
_READING = r"(?:(?:closing|opening|share|stock|market)\s+(?:price|level|value)|close|open)"
# "Talvik's closing price on Friday", "its close on Monday", "the share price of May 3"
_BEFORE = re.compile(rf"(?i){_OWNER}\s+(?:[\w-]+\s+)?{_READING}\s+(?:on|of|at)\s+(?:the\s+)?$")
# "Friday's close", "Monday's closing price"
_AFTER = re.compile(rf"(?i)['’]s\s+{_READING}\b")


def measured(text: str, event: Event) -> bool:
    """The date of ``event`` is when a price or level was read, not when its act happened."""
    start, end = event.time_start, event.time_end
    if start is None or end is None or not 0 <= start < end <= len(text):
        return False
    return bool(_BEFORE.search(text[max(0, start - 60) : start]) or _AFTER.match(text, end))
