"""Quotes from an interview in question-and-answer form.

A Q&A page ("Q: How long can the port stay closed? / A: Ten more days.") quotes no one in marks,
yet every answer is the interviewee's words, with the speaker stated by the format. Recognised:

* turns labelled at a paragraph's start: "Q:"/"A:", "Question:"/"Answer:", "Interviewer:",
  "Host:", a person's name in any case ("Ana Ruiz:", "RUIZ:"), initials standing for a person
  the page names in full ("AR:" for Ana Ruiz), a transcript's "NAME (role):"; a label alone on
  its line opens a turn whose words are the next paragraph;
* the interviewee of "A:" answers, from the intro above the first turn ("We spoke to Ana Ruiz,
  the port's director, about ..."; "... in an interview with Ana Ruiz");
* unlabelled paragraphs between two turns continue the earlier turn.

A label must be a person of the page (or a question/answer word): "Update:", "Photo:", a
dateline or a "Label: value" list names no one. The page must show an exchange: two turns or
more, by two speakers at least, one of whom asks (a question label, or a person whose turns are
mostly questions). The asker's words are not a quote of the story's actors; an "A:" answer with
no interviewee found gives nothing (nothing is shown when unsure). Each answer paragraph is one
direct quote, as a paragraph in marks is. Used by ``storyline.analyze.quotes``; a pure function
of the text and the entity list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from storyline.analyze.speaker_names import EntityIndex, Record, Speaker
from storyline.lexicon import HONORIFICS
from storyline.lexicon.speech import ANSWER_LABELS, QUESTION_LABELS
from storyline.model import Entity

# A turn's label at a paragraph's start, bold marks allowed: up to four capitalised words, an
# optional "(role)", a colon, then the words (none when the label stands alone on its line).
_LABEL = re.compile(
    r"[ \t]*(?:\*\*|__)?(?P<label>[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){0,3})(?:\*\*|__)?"
    r"[ \t]*(?:\((?P<role>[^()\n]{1,60})\))?[ \t]*(?:\*\*|__)?:(?:\*\*|__)?[ \t]*(?P<words>.*)"
)
# "Q. How long ...?" / "A. Ten more days.": the question and answer letters with a full stop,
# as many newspapers print an interview. An "A." opening a paragraph can also be an initial
# ("A. Ruiz said"), so these count only in an exchange: see ``_dotted_kept``.
_DOTTED = re.compile(r"[ \t]*(?:\*\*|__)?(?P<label>[QA])\.(?:\*\*|__)?[ \t]+(?P<words>\S.*)")
# What the intro says when it names whom the page interviews: the interviewee follows
# ("spoke to Ana Ruiz", "an interview with", "sat down with", "asked") or, failing that, is the
# person just before ("Ana Ruiz spoke to the Courier", "Ana Ruiz told us in an interview").
_INTRO_CUE = re.compile(
    r"\b(?:(?:spoke|speaks|talked|talks|chatted|sat down|caught up)\s+(?:with|to)"
    r"|interview(?:ed|s)?(?:\s+with)?|(?:conversation|Q&A|chat)\s+with|asked)\b",
    re.IGNORECASE,
)
# How far from the cue the interviewee's name may lie ("spoke to the port's director, Ana Ruiz").
_AFTER_CUE = 60
_BEFORE_CUE = 80


@dataclass
class Turn:
    """One labelled turn: who by the label (Q, A or a person's entity), and its words' spans."""

    line: int
    side: str  # "Q", "A" or "P" (a person named by the label)
    label: tuple[int, int]
    person: Entity | None
    spans: list[tuple[int, int]]
    dotted: bool = False  # labelled "Q." or "A."

    def asks(self, text: str) -> bool:
        return any(text[a:b].rstrip().endswith("?") for a, b in self.spans)


def interview_records(text: str, lines: list[tuple[int, int]], index: EntityIndex) -> list[Record]:
    """The answers of a Q&A page as direct quotes with their speaker; [] on any other page."""
    turns = _turns(text, lines, index)
    if not _exchange(turns, text):
        return []
    askers = _askers(turns, text)
    guest = _interviewee(text[: lines[turns[0].line][0]], index)
    records = []
    for t in turns:
        who = _answerer(t, guest, askers)
        if who is None:
            continue
        entity, (a, b) = who
        for start, end in t.spans:
            sp = Speaker(entity.name, entity.key, None, a, b, "PERSON")
            records.append(Record(start, end, "direct", _line_at(lines, start), speaker=sp))
    return records


def _turns(text: str, lines: list[tuple[int, int]], index: EntityIndex) -> list[Turn]:
    """Every labelled turn, with the unlabelled paragraphs that continue it up to the next."""
    turns: list[Turn] = []
    loose: list[tuple[int, int]] = []  # unlabelled paragraphs since the last turn
    for n, (a, b) in enumerate(lines):
        m = _LABEL.match(text, a, b) or _DOTTED.match(text, a, b)
        if m is None:
            if text[a:b].strip():
                loose.append((a, b))
            continue
        if turns:
            _continue(turns[-1], loose, text)
        loose = []
        words = _strip(text, m.start("words"), b)
        spans = [words] if words[0] < words[1] else []
        # "LENA MARSH:", "Update:": no one known; an interviewer only if it asks (below)
        role = m.groupdict().get("role")
        kind, person = _side(m.group("label"), role, index) or ("?", None)
        turns.append(Turn(n, kind, m.span("label"), person, spans, m.re is _DOTTED))
    if turns and not turns[-1].spans and loose:
        turns[-1].spans.append(_strip(text, *loose[0]))  # "Ana Ruiz:" alone, then her words
    turns = _dotted_kept(turns, text)
    return _unknown_askers([t for t in turns if t.spans or t.side == "?"], text)


def _dotted_kept(turns: list[Turn], text: str) -> list[Turn]:
    """ "Q." and "A." turns only where they alternate as an interview: an "A." right after a
    "Q." that asks. Elsewhere "A." is an initial ("A. Ruiz said ...") and "Q." a stray letter."""
    kept: list[Turn] = []
    for i, t in enumerate(turns):
        if not t.dotted:
            kept.append(t)
        elif t.side == "Q" and t.asks(text):
            follows = turns[i + 1] if i + 1 < len(turns) else None
            if follows is not None and follows.dotted and follows.side == "A":
                kept.append(t)
        elif t.side == "A" and kept and kept[-1].dotted and kept[-1].side == "Q":
            kept.append(t)
    return kept


def _unknown_askers(turns: list[Turn], text: str) -> list[Turn]:
    """A label that names no one known ("Courier:", the paper that asks) is the interviewer
    when it labels two questions or more and nothing else; any other is dropped."""
    words: dict[str, list[Turn]] = {}
    for t in turns:
        if t.side == "?":
            words.setdefault(text[t.label[0] : t.label[1]], []).append(t)
    for same in words.values():
        if len(same) >= 2 and all(t.spans and t.asks(text) for t in same):
            for t in same:
                t.side = "Q"
    return [t for t in turns if t.side != "?"]


def _continue(turn: Turn, loose: list[tuple[int, int]], text: str) -> None:
    for a, b in loose:
        turn.spans.append(_strip(text, a, b))


def _side(label: str, role: str | None, index: EntityIndex) -> tuple[str, Entity | None] | None:
    """What a label stands for: a question or answer word, or one person of the page (the
    interviewer when the transcript says so: "LENA MARSH (host):")."""
    low = label.lower()
    if low in QUESTION_LABELS or (role or "").strip().lower() in QUESTION_LABELS:
        return "Q", None
    if low in ANSWER_LABELS:
        return "A", None
    first, _, rest = label.partition(" ")
    if rest and first.lower() in HONORIFICS:
        label = rest  # "Dr. Ana Ruiz:", "MS RUIZ:": the name after the courtesy title
    if label.isupper() and len(label) <= 3:
        person = _initials(label, index)  # "AR", never a name of its own ("AP", "US")
    elif "." in label:
        person = None  # "U.S.", "J.": no name to look up
    else:
        person = index.person(label.title() if label.isupper() else label)
    return ("P", person) if person is not None else None


def _initials(label: str, index: EntityIndex) -> Entity | None:
    """The one person of the page whose full name has these initials ("AR" for Ana Ruiz)."""
    found = {
        e.key: e
        for e in index.entities
        if e.label == "PERSON"
        and len(e.name.split()) >= 2
        and "".join(w[0] for w in e.name.split()).upper() == label
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _exchange(turns: list[Turn], text: str) -> bool:
    """Two turns or more, by two speakers or more taking turns, one of whom asks."""
    if len(turns) < 2:
        return False
    who = [(t.side, t.person.key if t.person else None) for t in turns]
    if len(set(who)) < 2 or all(x == y for x, y in zip(who, who[1:], strict=False)):
        return False
    return any(t.side == "Q" for t in turns) or bool(_askers(turns, text))


def _askers(turns: list[Turn], text: str) -> set[str]:
    """The people whose turns are mostly questions: the interviewer, whoever they are."""
    asked: dict[str, list[bool]] = {}
    for t in turns:
        if t.person is not None:
            asked.setdefault(t.person.key, []).append(t.asks(text))
    return {k for k, v in asked.items() if 2 * sum(v) >= len(v) and any(v)}


def _answerer(
    turn: Turn, guest: tuple[Entity, tuple[int, int]] | None, askers: set[str]
) -> tuple[Entity, tuple[int, int]] | None:
    """Who speaks a turn's words, when they are an answer: the labelled person (not the
    interviewer), or the interviewee for "A:"; None for a question or an unknown answerer."""
    if turn.side == "P" and turn.person is not None and turn.person.key not in askers:
        return turn.person, turn.label
    if turn.side == "A" and guest is not None:
        return guest
    return None


def _interviewee(intro: str, index: EntityIndex) -> tuple[Entity, tuple[int, int]] | None:
    """The person the intro says the page interviews, with the span of that mention."""
    people = sorted(
        ((m.start, m.end, e) for e in index.entities if e.label == "PERSON" for m in e.mentions),
        key=lambda s: s[0],
    )
    for cue in _INTRO_CUE.finditer(intro):
        after = [
            s
            for s in people
            if cue.end() <= s[0] <= cue.end() + _AFTER_CUE
            and not re.search(r"[.!?]\s", intro[cue.end() : s[0]])
        ]
        before = [
            s
            for s in people
            if cue.start() - _BEFORE_CUE <= s[1] <= cue.start()
            and not re.search(r"[.!?]\s", intro[s[1] : cue.start()])
        ]
        found = after[:1] or before[-1:]
        if found and _paired(intro, found[0][0], found[0][1]):
            return None  # "spoke to Ana Ruiz and Tom Hale": whose is an "A:" answer is unsure
        if found:
            a, b, entity = found[0]
            return entity, (a, b)
    return None


# Another name joined to the one found ("Ana Ruiz and Tom Hale", "Tom Hale and Ana Ruiz"),
# read in the text, so that a name the model missed counts too.
_JOINED_AFTER = re.compile(r"\s*(?:,\s*)?(?:and|&|or)\s+(?:[a-z]+\s+){0,3}[A-Z]")
_JOINED_BEFORE = re.compile(r"[A-Z][\w'’\-]*,?\s+(?:and|&|or)\s+$")


def _paired(intro: str, start: int, end: int) -> bool:
    """Whether another name stands beside the one found, joined by "and"."""
    return bool(_JOINED_AFTER.match(intro, end) or _JOINED_BEFORE.search(intro, 0, start))


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in " \t*_":
        a += 1
    while b > a and text[b - 1] in " \t*_":
        b -= 1
    return a, b


def _line_at(lines: list[tuple[int, int]], pos: int) -> int:
    return next((n for n, (a, b) in enumerate(lines) if a <= pos <= b), 0)
