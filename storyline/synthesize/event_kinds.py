"""Kinds of news event, for telling that two timeline entries of one day retell one event in
other words.

Outlets tell one event each in their own words: a tram "derailed", "overturned on a bend",
"came off the tracks"; a man "was arrested", "detained", "taken into custody"; "a car bomb
exploded", "the bombing". The stems ``event_words`` gives such sentences share no word, yet each
names the event by a word of one kind. A kind is narrow on purpose: the different events a story
tells on one day are of different kinds (the crash and the rescue; the arrest and the court
hearing; a stabbing and a bombing), so no kind holds words of two of them, and a word that
names many kinds of event ("attack", "killed", "charged", "incident") is in none, nor is a
word for the doers ("gunmen seized the students" tells a kidnapping), nor a result a
story's other events are named after ("the victory parade", "fans celebrated the win").
"""

from __future__ import annotations

import re

from storyline.lexicon.calendar import MONTH_NAMES
from storyline.synthesize.claims import stem_of
from storyline.synthesize.event_words import KIND_MARK, PAST_BASE

__all__ = ["KIND_MARK", "event_kinds", "kind_words", "sentence_kinds"]

_KINDS: dict[str, str] = {
    # a vehicle leaves its road, rails or the water's surface: one accident, however told
    "wreck": """derail derailed derailment overturn overturned topple toppled flipped capsize
        capsized crashed crash collided collision sank sinking plunged""",
    "detention": "arrest arrested detained detention custody apprehended",
    "search": "search searched raid raided",
    "hearing": "court hearing judge magistrate arraigned arraignment",
    "explosion": "exploded explosion blast bomb bombing detonated",
    "stabbing": "stabbed stabbing knife",
    "shooting": "shooting shot gunfire",
    # "freed" is also what captives are when they are released
    "rescue": "rescued rescue freed saved",
    "release": "released release freed",
    "kidnap": "kidnapped kidnapping abducted abduction",
    "resignation": "resigned resignation quit",
    # "marched" (lower-case: "March" is a month) on a building, through a city
    "protest": "protest protested demonstration marched",
    "vote": "vote voted votes ballot",
    "signing": "signed signing signature",
    "intrusion": "hacked hack breach breached cyberattack intrusion",
    "reopening": "reopened reopen resumed restarted",
    "verdict": "convicted guilty verdict acquitted",
}
# Phrases that name an event of a kind by words of no kind ("came off the tracks").
_PHRASES = {
    "wreck": re.compile(r"\b(?:off|left|jumped|leaving|leaves|leave)\s+the\s+(?:tracks|rails)\b"),
    "detention": re.compile(r"\bheld by (?:police|officers|detectives)\b"),
    "resignation": re.compile(r"\bstep(?:ped|s|ping)?\s+down\b"),
    "rescue": re.compile(r"\bpulled\b[^.;]{1,40}\b(?:from|out of) the (?:water|sea|rubble)\b"),
    "release": re.compile(r"\b(?:handed|handing) (?:over )?to\b|\blet go\b|\bset free\b"),
}
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_ARTICLES = frozenset("a an the its their his her".split())


def _stem(word: str) -> str:
    return stem_of(PAST_BASE.get(word, word))


_BY_STEM: dict[str, frozenset[str]] = {}
for _kind, _words in _KINDS.items():
    for _word in _words.split():
        _BY_STEM[_stem(_word)] = _BY_STEM.get(_stem(_word), frozenset()) | {_kind}


def event_kinds(words: frozenset[str]) -> frozenset[str]:
    """The kinds of event that a sentence's event words (stems, ``event_words``) name."""
    return frozenset(k for w in words for k in _BY_STEM.get(w, ()))


def sentence_kinds(sentence: str) -> list[frozenset[str]]:
    """The kinds each word (lower-case but the first: "March" is a month) or phrase of a
    sentence names, one set per word: the event a sentence tells when its date hangs on a word
    of no kind ("a blast tore through a checkpoint on Saturday"). A participle after an article
    describes a thing ("cut passengers out of the overturned carriage"): it names no event."""
    tokens = _WORD.findall(sentence)
    found = {
        _BY_STEM[stem]
        for k, t in enumerate(tokens)
        if (t[0].islower() or (k == 0 and t.lower() not in MONTH_NAMES))
        and not (k and tokens[k - 1].lower() in _ARTICLES and _participle(t.lower()))
        and (stem := _stem(t.lower())) in _BY_STEM
    }
    lowered = sentence.lower()
    found |= {frozenset({k}) for k, phrase in _PHRASES.items() if phrase.search(lowered)}
    return sorted(found, key=sorted)


def _participle(word: str) -> bool:
    return word.endswith("ed") or word in PAST_BASE


def kind_words(words: frozenset[str], sentence: str, saying: bool) -> frozenset[str]:
    """The kind of event a dated sentence tells, as event words (``KIND_MARK`` and the kind):
    two sentences of one kind share one. The kinds its event words name; when they name none,
    the kinds the sentence's other words name, if they all name the same (a blast that "tore
    through" a checkpoint). A statement names the event it is about, not one it is ("claimed
    responsibility on Sunday for the bombing"); a sentence naming several kinds tells how they
    relate ("cut trapped passengers out of the overturned carriage"), not which is its own."""
    kinds = event_kinds(words)
    if not kinds and not saying:
        found = sentence_kinds(sentence)
        kinds = found[0] if len(found) == 1 else frozenset()
    return frozenset(KIND_MARK + k for k in kinds)
