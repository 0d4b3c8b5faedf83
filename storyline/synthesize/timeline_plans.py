"""Timeline entries that tell a plan, not a happening.

A page often dates what is still to come: "the council will meet on Friday", "the ship is
scheduled to sail tomorrow", "the firm plans to file its appeal on May 3". The date is the
plan's, and nothing the page says tells that it happened; shown bare in a timeline it reads
as done. Such an entry is kept (a reader following the story wants what is coming) but marked
planned (``TimelineEvent.planned``), so that it reads as expected. An entry is planned only
when every sentence it cites tells the plan: one page telling the meeting as held makes it
a happening.

The words read are those right before the verb the date hangs on (its auxiliaries: "will",
"is due to"), and that verb itself when it names the plan ("is scheduled for Friday"); the
analyzer's tense of an undated main clause counts too (``Event.main_tense``).
"""

from __future__ import annotations

import re

from storyline.model import Event
from storyline.synthesize.event_words import SAYING, act_word

__all__ = ["planned"]

# Adverbs between an auxiliary and its verb: "will most likely meet", "will not sail".
_ADVERBS = r"(?:\s+(?:not|also|now|then|most|likely|probably|soon|again|still|only))*"
# Auxiliaries right before the dated verb that put it ahead: "will meet", "will not sail",
# "'ll vote", "is to testify", "is scheduled to sail", "plans to file", "are expected to
# rule", "is going to", "is set to be sworn in".
_AHEAD = re.compile(
    rf"(?i)(?:\b(?:will|shall|won't)|'ll){_ADVERBS}(?:\s+be)?\s*$"
    r"|\b(?:is|are|am)\s+(?:also\s+)?(?:to|due\s+to|set\s+to|going\s+to)(?:\s+be)?\s*$"
    r"|\b(?:scheduled|slated|expected|planning|planned|plans?|poised|intends?|due|set)\s+to"
    r"(?:\s+be)?\s*$"
)
# The dated verb itself names the plan: "is scheduled for Friday", "was due on Monday", "is
# expected on Saturday night", "a hearing is set for Tuesday" (after a form of "be"); "they
# plan a vote on Friday".
_PLAN_AFTER_BE = frozenset({"scheduled", "slated", "due", "set", "expected"})
_PLAN_PRESENT = frozenset({"plan", "plans"})
# "would" tells a plan only as said: "officials said the vote would be held on Friday", "the
# council would meet Tuesday, diplomats said"; else it is a past habit or a condition ("he
# would later die on Monday").
_WOULD = re.compile(rf"(?i)\bwould{_ADVERBS}(?:\s+be)?\s*$")
_BEFORE = 40  # characters before the verb where its auxiliaries are
_BE = re.compile(r"(?i)\b(?:is|are|am|was|were|be|been)\s+(?:\w+\s+)?$")


def planned(text: str, ev: Event) -> bool:
    """The dated event ``ev`` of page ``text`` is told as planned or expected, not done."""
    if ev.main_tense == "future":
        return True
    if ev.verb_start is None or not ev.start <= ev.verb_start < ev.end:
        return False
    before = text[max(ev.start, ev.verb_start - _BEFORE) : ev.verb_start]
    before = re.split(r"[,;:()\u2014]", before)[-1]  # the verb's own clause
    if _AHEAD.search(before):
        return True
    if _WOULD.search(before) and _said(text[ev.start : ev.end]):
        return True
    verb = (ev.verb or "").lower()
    if verb in _PLAN_PRESENT:
        return True
    if verb not in _PLAN_AFTER_BE or not _BE.search(before):
        return False
    # "is set for Tuesday", not "was set on fire on Tuesday"
    after = text[ev.verb_start + len(verb) : ev.verb_start + len(verb) + 6]
    return verb != "set" or bool(re.match(r"\s+(?:for|to)\b", after))


def _said(sentence: str) -> bool:
    """The sentence reports what someone said ("said the vote would be held", "the vote would
    be held Friday, officials said")."""
    return any(act_word(w) == SAYING for w in re.findall(r"[A-Za-z]+", sentence))
