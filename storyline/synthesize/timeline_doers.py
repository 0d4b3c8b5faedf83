"""Who does a dated event's act: the people and organisations a sentence names as its verb's
subject or doer, by every form its page gives them (``timeline``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.lexicon.pronouns import SUBJECT_PRONOUNS
from storyline.model import Analysis, Event
from storyline.synthesize.event_words import actor_key

__all__ = ["Actors", "actor_forms", "doers", "named_before", "subjects"]


@dataclass
class Actors:
    """One pattern matching every form a page gives its people and organisations (longest
    first), the entity key of each form, and which keys are people."""

    pattern: re.Pattern[str] | None
    keys: dict[str, str]
    people: frozenset[str]


def actor_forms(analysis: Analysis) -> Actors:
    found = [e for e in analysis.entities if e.label in ("PERSON", "ORG")]
    keys = {
        form: actor_key(e.key)
        for e in found
        for form in (e.name, *(m.text for m in e.mentions))
        if len(form) > 2
    }
    people = frozenset(actor_key(e.key) for e in found if e.label == "PERSON")
    if not keys:
        return Actors(None, keys, people)
    forms = "|".join(re.escape(f) for f in sorted(keys, key=len, reverse=True))
    return Actors(re.compile(rf"(?<!\w)(?:{forms})(?!\w)"), keys, people)


_POSSESSIVE = re.compile(r"['’]s?\b")
REACH = 400  # characters back a "he" or "she" doer is looked for: the paragraph before


def named_before(text: str, ev: Event, actors: Actors) -> frozenset[str]:
    """The doer of a sentence whose verb's subject is "he" or "she" ("On Wednesday evening, he
    posted ..."): the person named last before the sentence, within its paragraph's reach;
    nobody when the subject is no such pronoun."""
    if actors.pattern is None or ev.verb_start is None:
        return frozenset()
    subject = re.search(r"([A-Za-z]+)\W*$", text[ev.start : ev.verb_start])
    if subject is None or subject.group(1).lower() not in SUBJECT_PRONOUNS:
        return frozenset()
    found = actors.pattern.finditer(text, max(0, ev.start - REACH), ev.start)
    named = [(m, key) for m in found if (key := actors.keys[m.group()]) in actors.people]
    # "Vorn said he decided after Dale's late goal went in. He told his team ...": a name
    # owning a thing is seldom who "he" is when another person is named plainly
    plain = [key for m, key in named if not _POSSESSIVE.match(text, m.end())]
    return frozenset(plain[-1:] or [key for _, key in named][-1:])


def subjects(ev: Event, actors: Actors, doers: frozenset[str]) -> frozenset[str]:
    """The doers named before the verb (or "he" standing for one): the verb's subject, not a
    doer read from its object ("as North Korea told Vance it would not yield")."""
    if ev.verb_start is None or actors.pattern is None:
        return frozenset()
    before = ev.sentence[: ev.verb_start - ev.start]
    named = {actors.keys[m.group()] for m in actors.pattern.finditer(before)}
    pronoun = re.search(r"\b(?:[Hh]e|[Ss]he)\W*$", before) is not None
    return frozenset(k for k in doers if k in named) or (doers if pronoun else frozenset())


def doers(ev: Event, actors: Actors) -> frozenset[str]:
    """Who does the act the date hangs on: the person or organisation named last before its verb
    (most often its subject: "an analyst at Orrin Capital said in a note Friday"), else the
    first named after it ("was revealed by Vantor on Friday"); without a verb, every one the
    sentence names. An actor the sentence names further from the verb ("Vantor's charge", in
    the analyst's note) does not make the note Vantor's act; the last person named before the
    verb is a doer too (the subject an appositive describes). Names are looked for in the
    sentence by every form the page gives them (a mention the recogniser missed still counts)."""
    found = actors.pattern.finditer(ev.sentence) if actors.pattern is not None else ()
    inside = [(m.start(), m.end(), actors.keys[m.group()]) for m in found]
    verb = None if ev.verb_start is None else ev.verb_start - ev.start
    if verb is None or not inside:
        return frozenset(key for _, _, key in inside)
    described = _described(ev.sentence[:verb], inside)
    if described:
        return frozenset({described})
    before = [key for _, end, key in inside if end <= verb]
    after = [key for start, _, key in inside if start > verb]
    # "Elon Vance, chief of Orrin and Vantor, said": the person an appositive describes is the
    # doer too, though an organisation of the description is named last
    people = [key for key in before if key in actors.people]
    return frozenset(before[-1:] + people[-1:] if before else after[:1])


# "..., Elon Vance, chief of Orrin and Vantor, said": a description set off by commas that ends
# at the verb
_DESCRIPTION = re.compile(r",[^,]{1,80},\s*$")


def _described(before_verb: str, inside: list[tuple[int, int, str]]) -> str | None:
    """The name a description set off by commas right before the verb describes ("Elon Vance,
    chief of Orrin and Vantor, said", "Vance, 46, said"): the verb's subject, whatever the
    description names (the recogniser may take an organisation there for a person)."""
    found = _DESCRIPTION.search(before_verb)
    if found is None:
        return None
    cut = found.start()
    head = [key for _, end, key in inside if end <= cut and not before_verb[end:cut].strip()]
    return head[-1] if head else None
