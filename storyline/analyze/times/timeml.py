"""The TimeML reading of a time expression (a TIMEX3), as TimeBank, TempEval-3 and MEANTIME
annotate it, for export and scoring.

It differs from the expression the pipeline keeps in one case: a phrase counted from another
moment ("two days after the vote", "a week later") is in TimeML a DURATION of the words that
count ("two days", P2D), "after" and "later" being signals that relate it to the other event,
while the pipeline keeps the day the phrase points to, which the timeline needs.
"""

from __future__ import annotations

import re

from storyline.model import TimeExpression


def timex3(t: TimeExpression) -> TimeExpression:
    """``t`` as a TIMEX3: its span, type and value as TimeML gives them."""
    if t.duration is None:
        return t
    counted = re.match(r"(.*\S)\s+\S+$", t.text, re.S)  # without its last word, "after"
    text = counted[1] if counted else t.text
    return t.model_copy(
        update={
            "text": text,
            "end": t.start + len(text),
            "type": "DURATION",
            "value": t.duration,
            "precision": "duration",
            "relative": False,
            "duration": None,
        }
    )
