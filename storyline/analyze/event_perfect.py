"""Whether a sentence's act is told in the past perfect ("had proclaimed", "had been
declared", "had been working"): part of ``storyline.analyze.events``, kept apart so that module
stays small.

An act in the past perfect happened before the time the sentence (or its page) tells of: "Vorn,
who hours earlier had announced the end of the curfew on August 20, said it would be extended"
announced nothing on August 20 (a day after the page's: the end of the curfew's), and "police
had arrested two men after Tuesday's fire" did so on some day before the page's, not on it.
``Event.perfect`` carries this to ``storyline.dating.event_date``, which never gives such an act
its page's day nor a day after it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from storyline.analyze.times.lexicon import MODALS, SPEECH_VERBS

if TYPE_CHECKING:  # the timeline reads Event.perfect without loading spaCy
    from spacy.tokens import Doc, Token

__all__ = ["main_perfect", "pluperfect"]

# "had" as an auxiliary; "'d" only before a participle ("he'd left"; "he'd leave" is "would")
_HAD = frozenset(("had", "'d", "’d"))
_SPEECH_DEPS = ("ccomp", "parataxis")


def pluperfect(verb: Token | None) -> bool:
    """The verb is in the past perfect, active, passive or progressive ("had left", "had
    been fired", "had been working"), or joined by "and" to one without an auxiliary of its own
    ("had closed the road and evacuated the village")."""
    for _ in range(3):
        if verb is None or verb.tag_ not in ("VBN", "VBG", "VBD"):
            return False
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if auxes:
            words = {a.lower_ for a in auxes}
            had = any(a.lower_ in _HAD and a.dep_ == "aux" for a in auxes)
            # "'d" is "would" before a bare verb; a modal ("would have had") is a conditional
            return had and not (words - _HAD) & MODALS and verb.tag_ in ("VBN", "VBG")
        if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return False
        verb = verb.head
    return False


def main_perfect(sdoc: Doc, start: int, end: int) -> bool:
    """The main clause of the sentence at [start, end), or the clause it reports ("said police
    had arrested two men"), is in the past perfect."""
    return any(_perfect_clause(sdoc, start, end))


def reported_perfect(sdoc: Doc, start: int, end: int) -> bool:
    """The past perfect ``main_perfect`` finds is that of a clause a verb of saying reports.
    Reported speech shifts "have now left" back to "had now left": the act holds as of the
    telling, so its page's day may stand in for it."""
    return _perfect_clause(sdoc, start, end)[1]


def _perfect_clause(sdoc: Doc, start: int, end: int) -> tuple[bool, bool]:
    """(the main clause is in the past perfect, the clause it reports is)."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False, False
    verb = span.root
    said = [c for c in verb.children if c.dep_ in _SPEECH_DEPS and c.pos_ in ("VERB", "AUX")]
    if verb.lemma_ in SPEECH_VERBS and said:
        # what was said carries the event, as ``main_tense`` reads it
        return False, pluperfect(said[0])
    return pluperfect(verb), False
