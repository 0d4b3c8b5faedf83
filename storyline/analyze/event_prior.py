"""A past event told beside a plan: the second event of a sentence.

"The ferries will return on Monday after the union and the operator agreed a deal late on
Thursday": the sentence's main date is the plan's (Monday), and the rule of one date per
sentence (``storyline.analyze.events``) keeps it; the agreement, a past act with its own day in
a subordinate clause, is the news the page reports, and a timeline dated by the plan alone
loses it. Such a sentence yields a second event, dated by the past clause's day, with the
anchor ``PRIOR_ANCHOR`` (the clause's own date, which ``storyline.dating`` keeps as it stands); the
plan stays the sentence's first event (the timeline marks it planned).

Only a sentence dated by a clause not told as done (no past tense: "will return", "is due to
resume", "return Monday") adds a past act of another clause, and only one dated on an earlier
day: "the hearing was adjourned on Tuesday to April 20" is one act, and "left on Friday after
the vote on Thursday" is the leaving.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from spacy.tokens import Token

    from storyline.model import TimeExpression


class Placed(Protocol):
    """A date traced to its verb and that verb's place (``events.Anchor``)."""

    time: TimeExpression
    verb: Token | None
    role: str


# Places of a date that tell an act on that date (not a state's bound, a name, or a day
# counted from an undated event); the parse may hang the act's date on another clause's word.
_ACTS = ("main", "reported", "after", "clause", "relative", "noun")
_UP = 3  # heads climbed from where a date hangs to its clause's verb
_PAST_AUX = frozenset({"have", "has", "had", "was", "were", "been"})


def dated_plan(chosen: Placed) -> bool:
    """The sentence is dated by a plan's day (a verb not told as done): only such a sentence
    may tell a prior act, so only its other dates are worth tracing to their verbs."""
    return chosen.verb is not None and chosen.time.precision == "day" and not _past(chosen.verb)


def prior_act(chosen: Placed, others: Sequence[Placed]) -> tuple[Placed, Token] | None:
    """The date of a past act a sentence dated by a plan (``chosen``) also tells, with the act's
    verb, if any: the first in the text, dated to a day before the plan's."""
    if not dated_plan(chosen) or chosen.verb is None:
        return None
    for other in sorted(others, key=lambda a: a.time.start):
        if other.role not in _ACTS or other.verb is None:
            continue
        if other.time.precision != "day" or other.time.value[:10] >= chosen.time.value[:10]:
            continue
        done = _done_verb(other.verb, chosen.verb)
        if done is not None:
            return other, done
    return None


def _done_verb(verb: Token, plan: Token) -> Token | None:
    """The past verb of the clause a date hangs in: the verb itself, or one a few heads up
    when the parse hung the date on a noun or an object ("agreed on a raise late on
    Thursday"), short of the plan's own verb."""
    tok = verb
    for _ in range(_UP):
        if tok.i == plan.i:
            return None
        if _past(tok):
            return tok
        if tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _past(verb: Token) -> bool:
    """The verb tells a done act: a past tense ("agreed"), or a participle with a past or
    perfect auxiliary ("had agreed", "was signed", "has agreed")."""
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ != "VBN":
        return False
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PAST_AUX for c in verb.children)
