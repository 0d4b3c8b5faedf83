"""The word that names a dated event, and the timeline entries of one date that retell one event.

Pages retell the day's event in sentences worded nothing alike: "observers watched the drill on
Friday night", "said Ms Marrow of Friday's drill", "when the navy drilled its crews on May
9"; a planned month is told as "plans to launch the rocket next
month" and "a satellite is due to launch next month". What stays is the event's own word: the
verb its date hangs on ("drilled", "launch") or the noun the date owns ("Friday's drill",
"next month's launch", "the drill on Friday night"). Entries of one date and precision whose
sentences share that word (as a Snowball stem) tell one event, unless the entries say it of
different actors (they name people, organisations or things, and none in common) or the
sentences give different numbers ("three launches of the Kestrel 2" is not the launch of the
Kestrel Heavy). Words that name no event of their own are never the event's word: verbs of
saying and thinking (a day holds many statements), verbs of mere happening, light verbs and
stop words.
"""

from __future__ import annotations

import re
from itertools import combinations

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from storyline.lexicon.organisations import COMPANY_SUFFIXES
from storyline.lexicon.speech import (
    QUOTE_ONLY_VERBS,
    RECKON_VERBS,
    SAID_FORMS,
    SAID_PAST_FORMS,
    SPEECH_VERBS,
    THOUGHT_VERBS,
)
from storyline.model import PAGE_DATE, Event
from storyline.synthesize.claims import numbers, stem_of
from storyline.synthesize.timeline_scheduled import scheduled_words

__all__ = [
    "KIND_MARK",
    "PAST_BASE",
    "SAYING",
    "act_word",
    "actor_key",
    "clash",
    "event_words",
    "light_words",
    "naming_word",
    "owned_words",
    "past_acts",
    "retold",
    "share_actor",
]

# Verbs that carry a sentence's tense or aspect but name no event ("took place", "made a
# statement", "set off", "came after", "it happened"): sharing one says nothing about sharing
# an event.
LIGHT_VERBS = frozenset(
    "be have do take make give get go come set hold keep leave put see happen occur".split()
)
# Irregular forms of light verbs, by lemma: "made landfall" carries the event "landfall".
_LEMMA = {
    "made": "make",
    "took": "take",
    "taken": "take",
    "gave": "give",
    "given": "give",
    "got": "get",
    "held": "hold",
    "kept": "keep",
    "came": "come",
    "went": "go",
}
# Irregular forms of the verbs above, which stemming does not bring to their lemma (the
# reporting ones from the lexicon).
_IRREGULAR = frozenset(SAID_FORMS + SAID_PAST_FORMS) | frozenset(
    """written spoke spoken thought felt was were been is are had has did done took taken made
    gave given got gone went came kept left saw seen held happened occurred""".split()
)
# scikit-learn's stop list holds words that name events in news ("fired a missile", "the bill",
# "called an election", "found guilty", "moved troops"): they name an event here.
_EVENT_NOUNS_AND_VERBS = frozenset("fire bill call cry fill find found move show describe".split())
_STOP = ENGLISH_STOP_WORDS - _EVENT_NOUNS_AND_VERBS
# Words before a date that say when, not what ("early on Tuesday", "later on Monday").
_WHEN = frozenset("early earlier late later again ago since until till".split())
_NO_EVENT = frozenset(
    stem_of(w)
    for w in _IRREGULAR
    | SPEECH_VERBS
    | QUOTE_ONLY_VERBS
    | THOUGHT_VERBS
    | RECKON_VERBS
    | LIGHT_VERBS
    | _STOP
    | _WHEN
)
_LIGHT_STEMS = frozenset(stem_of(v) for v in LIGHT_VERBS - {"be", "have", "happen", "occur"})
# Irregular past forms of verbs that name events, which stemming does not bring to the stem of
# their other forms ("the Cubs won" and "their win", "the missile flew" and "its flight path
# flies").
PAST_BASE = {
    "flew": "fly",
    "flown": "fly",
    "struck": "strike",
    "shot": "shoot",
    "fell": "fall",
    "fallen": "fall",
    "broke": "break",
    "broken": "break",
    "rose": "rise",
    "risen": "rise",
    "began": "begin",
    "begun": "begin",
    "won": "win",
    "lost": "lose",
    "sank": "sink",
    "sunk": "sink",
    "ran": "run",
    "drove": "drive",
    "driven": "drive",
    "threw": "throw",
    "thrown": "throw",
    "froze": "freeze",
    "frozen": "freeze",
    "stole": "steal",
    "stolen": "steal",
    "sold": "sell",
    "bought": "buy",
    "caught": "catch",
    "fought": "fight",
    "led": "lead",
    "met": "meet",
    "paid": "pay",
    "sent": "send",
    "spent": "spend",
    "hid": "hide",
    "hidden": "hide",
    "fled": "flee",
    "wore": "wear",
    "swore": "swear",
    "sworn": "swear",
    "chose": "choose",
    "chosen": "choose",
    "forgave": "forgive",
    "withdrew": "withdraw",
    "withdrawn": "withdraw",
}
# Saying, in any of its verbs: "said Friday", "disclosed in a filing on Friday" and "announced
# in a blog post Monday" by one actor on one day are one act of telling.
_SPEECH = frozenset(
    stem_of(w) for w in SPEECH_VERBS | frozenset(SAID_FORMS + SAID_PAST_FORMS) | {"spoke", "wrote"}
)
SAYING = "say"
KIND_MARK = "kind:"  # a kind of event among a sentence's event words (``event_kinds``)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_KEY_WORDS = re.compile(r"[-\s]+")
# "the drill on Friday night", "a post Wednesday": the word before the date (and before the
# preposition that introduces it, which the time expression may or may not hold), past a short
# aside set off by commas ("its first bid, of $70 a share, in November") and past an adverb
# of time ("launched early on Tuesday").
_BEFORE = re.compile(
    r"\b([a-z][a-z-]*)(?:,[^,.;]{1,30},)?\s+(?:(?:early|earlier|late|later)\s+)?"
    r"(?:(?:on|in|at|during|of)\s+)?(?:the\s+)?$"
)
# "Friday's drill", "next month's Kestrel launch": the date owns the words after it.
_OWNS = re.compile(r"['’]s\s+((?:[A-Z][\w-]*\s+){0,3})((?:[a-z][a-z-]*\s*){1,2})")


def naming_word(token: str) -> str | None:
    """The stem of a word that can name an event ("night-drilled" -> "drill"), or None: no stop
    word, no verb of saying, thinking or mere happening."""
    last = token.lower().split("-")[-1].strip("'’")
    last = PAST_BASE.get(last, last)
    if len(last) < 3 or last in _STOP:
        return None
    stem = stem_of(last)
    return None if stem in _NO_EVENT else stem


def act_word(verb: str | None) -> str:
    """The act a verb names, for telling one actor's acts of a day apart: every verb of saying
    is the one act of saying (``SAYING``); another verb is its own word, lower-cased."""
    if not verb:
        return ""
    word = verb.lower()
    return SAYING if stem_of(word) in _SPEECH else word


def event_words(text: str, event: Event) -> frozenset[str]:
    """Stems of the words naming the event: the verb its date hangs on, the noun before the
    preposition that introduces the date, the nouns the date owns, and the event a verb of
    scheduling schedules (``timeline_scheduled``)."""
    found: list[str | None] = [naming_word(event.verb)] if event.verb else []
    start, end = event.time_start, event.time_end
    if start is not None and end is not None and 0 <= start < end <= len(text):
        before = _BEFORE.search(text[max(0, start - 40) : start])
        if before:
            found.append(naming_word(before.group(1)))
        found += owned_words(text, event)
    # "Sentencing is set for next month": the scheduled event names it, not "set"
    found += scheduled_words(text, event, naming_word)
    return frozenset(w for w in found if w)


# "made landfall", "took office", "held a vote", "gave a speech": after a light verb, the noun
# (past an article) names the event the verb only carries.
# ("took place", "took part", "made sure" name no event of their own).
_IDIOMS = frozenset("place part effect care note sure clear way use time".split())
# "a victory parade would be held", "the vote was held": the noun before a passive light verb.
_PASSIVE_SUBJECT = re.compile(
    r"\b([a-z][a-z-]*)\s+(?:(?:would|will|shall|could|may|might|is|are|was|were|to|has|have|had)"
    r"\s+)*(?:be|been|being|is|are|was|were)\s+$"
)
_OBJECT = re.compile(r"\s+(?:(?:a|an|the|its|his|her|their)\s+)?([a-z][a-z-]*)\b")


def light_words(text: str, event: Event) -> frozenset[str]:
    """The stem of the noun right after a light verb the date hangs on ("made landfall"), or
    of the noun it tells of in the passive ("a parade would be held"), if any: the event a plan
    and its happening name alike ("expected to make landfall", "made landfall"). Not among
    ``event_words``: "put the city on lockdown" names no event by "city"."""
    return frozenset(w for w in _light_object(text, event) if w)


def _light_object(text: str, event: Event) -> list[str | None]:
    verb, at = event.verb, event.verb_start
    if not verb or at is None or naming_word(verb) is not None:
        return []
    if stem_of(_LEMMA.get(verb.lower(), verb.lower())) not in _LIGHT_STEMS:
        return []
    held = _PASSIVE_SUBJECT.search(text, max(0, at - 60), at)
    if held is not None:  # "a parade would be held": the event is the subject
        return [naming_word(held.group(1))]
    found = _OBJECT.match(text, at + len(verb))
    if found is None or found.group(1) in _IDIOMS:
        return []
    return [naming_word(found.group(1))]


def owned_words(text: str, event: Event) -> list[str]:
    """The stem of the noun the event's date owns ("Friday's drill" -> "drill"), if any."""
    end = event.time_end
    owns = _OWNS.match(text, end) if end is not None and 0 <= end <= len(text) else None
    if owns is None:
        return []
    found = [naming_word(w) for w in owns.group(2).split() if w.islower()][:1]
    return [w for w in found if w]


# A verb in the past tense: "rammed", "killed", "ploughed" (irregular ones from ``PAST_BASE``).
_PAST = re.compile(r"(?i)\b[a-z]+ed\b")


def past_acts(text: str) -> frozenset[str]:
    """Stems of the acts a clause tells in the past tense ("a truck rammed into a crowd,
    killing dozens" -> "ram"), as ``event_words`` gives them; nouns ("the attack") are no
    act: a later day's news may name the earlier event by its noun ("arrested a man over the
    attack")."""
    found = [m.group() for m in _PAST.finditer(text)]
    found += [w for w in _WORD.findall(text) if w.lower() in PAST_BASE]
    return frozenset(w for token in found if (w := naming_word(token)))


_SPAN = re.compile(
    r"\b\d[\d,.]*[\s-]+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?)\b",
    re.IGNORECASE,
)


def _numbers(event: Event) -> frozenset[float]:
    """The numbers the sentence states besides its date ("July 28" is when, not what)."""
    sentence = event.sentence
    if event.time_start is not None and event.time_end is not None:
        a, b = event.time_start - event.start, event.time_end - event.start
        if 0 <= a < b <= len(sentence):
            sentence = sentence[:a] + " " * (b - a) + sentence[b:]
    # "for 21 years", "a 12-hour flight": how long, a detail a retelling adds, not what
    return numbers(_SPAN.sub(" ", sentence))


def clash(a: Event, b: Event) -> bool:
    """Two sentences that give numbers and share none tell two events."""
    num_a, num_b = _numbers(a), _numbers(b)
    return bool(num_a and num_b and not num_a & num_b)


def _grain(event: Event) -> str:
    """How finely an entry is dated: a page-dated event happened on its page's day, so it may
    retell a day's event ("the driver was arrested after the crash", on the crash's day)."""
    return "day" if event.precision == PAGE_DATE else event.precision


def actor_key(key: str) -> str:
    """One key for a company however a page names it: "american-airlines-group" and
    "american-airlines", "vantor-inc" and "vantor" (each page's analysis keys its own names)."""
    words = key.split("-")
    while len(words) > 1 and words[-1] in COMPANY_SUFFIXES:
        words.pop()
    return "-".join(words)


def share_actor(ours: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether two sets of actor keys name one actor: one key, or a key whose words end the
    other's ("musk" and "elon-musk": each page keys a person by the names it gives him, one
    by his full name, another by his surname alone), or a one-word key that starts the other
    ("goldman" and "goldman-sachs": a page names a company by its first word alone)."""
    if ours & theirs:
        return True
    return any(
        _ends(a, b) or _ends(b, a) or _leads(a, b) or _leads(b, a) for a in ours for b in theirs
    )


def _leads(short: str, long: str) -> bool:
    words = _KEY_WORDS.split(long)
    return len(words) > 1 and "-" not in short and " " not in short and words[0] == short


def _ends(short: str, long: str) -> bool:
    words, more = _KEY_WORDS.split(short), _KEY_WORDS.split(long)
    return len(words) < len(more) and more[-len(words) :] == words


def _actors(members: list[int], events: list[Event]) -> set[str]:
    return {actor_key(key) for i in members for key in events[i].entities}


def _joins(
    kept: list[int], bucket: list[int], events: list[Event], words: list[frozenset[str]]
) -> bool:
    """A sentence of each entry names the event by one word, the two sentences give no other
    numbers, and neither do the entries' heads (an entry headed by "3 launches" takes no "4
    launches"; the details a retelling adds, an altitude or a count of years, may differ).
    The entries name a person, organisation or thing in common, or one names none: an entry
    of several sentences names the event's actors between them ("Vantor plans to launch
    the Kestrel next month" and "the rocket is due to launch from Gale Island next month" are
    one launch when another sentence names both)."""
    head, other = events[kept[0]], events[bucket[0]]
    if _grain(head) != _grain(other) or clash(head, other):
        return False
    ours, theirs = _actors(kept, events), _actors(bucket, events)
    if ours and theirs and not ours & theirs:
        return False
    # entries naming events of different kinds (``event_kinds``) tell different events, though
    # a sentence of each names a place in common ("adopted by parliament", "marched on
    # parliament")
    ours, theirs = _kinds(kept, words), _kinds(bucket, words)
    if ours and theirs and not ours & theirs:
        return False
    return any(not clash(events[i], events[j]) for i in kept for j in bucket if words[i] & words[j])


def _kinds(members: list[int], words: list[frozenset[str]]) -> set[str]:
    return {w for i in members for w in words[i] if w.startswith(KIND_MARK)}


def retold(
    buckets: list[list[int]], events: list[Event], words: list[frozenset[str]]
) -> list[list[int]]:
    """One date's entries (buckets of positions into ``events``, each headed by its first),
    with every entry that retells another entry's event in other words merged into the first
    of them, until no two entries tell one event (a sentence that joins a third entry may
    bring it the retelling of a second)."""
    out = [list(b) for b in buckets]
    merged = True
    while merged:
        merged = False
        for a, b in combinations(range(len(out)), 2):
            if _joins(out[a], out[b], events, words):
                out[a].extend(out.pop(b))
                merged = True
                break
    return out
