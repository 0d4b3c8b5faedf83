"""Names the who's who leaves out because every mention of them is page furniture, not the
story: read from the page's layout around each mention, never from name lists.

- a sign-up box, a newsletter's offer or a social prompt ("Sign up for the Daily Brief
  Newsletter", "Follow us on Chirper", a byline's "Follow Ana Ruiz on Chirper");
- a menu or a heading: the mention's line is set in capitals ("FREE EXAM TEST SERIES"), or
  shouts (no word in lower case, most in capitals: "EXAM SERIES – 2018 (CSAT + Total)"), or is
  a long run of capitalised words with no sentence in it (a site's category menu);
- a picture gallery: the mention's paragraph opens with the same words as two or more other
  paragraphs of the page ("Port of Orsa turns 300 ...": each slide's caption repeats the
  gallery's title), the slideshow of another story a page carries;
- a weekday or a month cut short ("Sun. Dec. 31"): a date, not a name;
- a button of a video player or a gallery ("CLOSE", "REPLAY"): a plain word in capitals;
- a slideshow or a video playlist: the span of a page its counters ("3 of 41") fill;
- the outlet's own host or reporter: a broadcast transcript labels them "ANA RUIZ, HOST:" or
  "TOM VALE, BYLINE:", or they introduce themselves outside any quotation ("Good morning. I'm
  Ana Ruiz with the news"): staff, not an actor;
- who filed the page: a person or organisation named only in a paragraph's lead, before its
  first sentence (the wire of a dateline "KESSVIK (Wirenet) -", an outlet's credit "(Newsdesk)",
  a byline before a dateline): the same lead the brief's sentences start after.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from storyline.lexicon.calendar import MONTH_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS
from storyline.model import EntityProfile
from storyline.synthesize.common import lead_end

SIGN_UP = re.compile(
    r"\b(?:(?:sign up|sign-up|signup|subscribe|register)\s+(?:for|to)\s+(?:the\s+|our\s+)?"
    r"|(?:follow|like|find|join)\s+us\s+on\s+)$",
    re.I,
)
WORD = re.compile(r"[A-Za-z][\w’'-]*")
STAFF_LABEL = re.compile(r"^([A-Z][A-Z.’' -]+), (?:HOST|BYLINE|ANCHOR)\b[A-Z ,]*:", re.MULTILINE)
SELF_INTRODUCED = re.compile(r"\bI['’]m ((?:[A-Z][\w.’'-]+ ){1,2}[A-Z][\w’'-]+)(?= with\b|[.,])")
SENTENCE = re.compile(r"[a-z][.!?][\"'”’)]?(?:\s|$)")
# A menu line is long: a headline in title case has a dozen words at most.
MENU_WORDS = 16
# Words a gallery's caption repeats at the start of each slide.
GALLERY_OPENING = 4
SHORT_DATES = frozenset(WEEKDAY_ABBREVIATIONS) | frozenset(MONTH_ABBREVIATIONS)


def page_furniture(prof: EntityProfile, texts: dict[str, str]) -> bool:
    """Every mention of the profile is page furniture (see the module doc)."""
    if not prof.citations:
        return False
    if sign_up(prof, texts) or short_date(prof, texts) or button_word(prof.name, texts):
        return True
    # People and organisations only: a place named in a dateline is still where the story is.
    if prof.label in ("PERSON", "ORG") and all(
        in_lead(texts.get(c.doc_id, ""), c.start) for c in prof.citations
    ):
        return True  # "KESSVIK (Wirenet) -": the wire that filed the page
    name = prof.name.lower()
    if any(name in transcript_staff(texts.get(c.doc_id, "")) for c in prof.citations):
        return True
    galleries = {d: gallery_openings(texts.get(d, "")) for d in {c.doc_id for c in prof.citations}}
    for c in prof.citations:
        text = texts.get(c.doc_id, "")
        line = _line(text, c.start, c.end)
        if not (non_prose(line) or _opening(line) in galleries[c.doc_id]):
            if not any(a <= c.start and c.end <= b for a, b in slideshows(text)):
                return False
    return True


# A slide's counter: "3 of 41". A slideshow counts three slides or more out of one total.
COUNTER = re.compile(r"\b(\d{1,3}) of (\d{1,3})\b")
SLIDES = 3
# A slide's caption runs this far before its counter (the first slide's too).
CAPTION_CHARS = 200


@lru_cache(maxsize=256)
def slideshows(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of the page a slideshow or a video playlist fills ("... Ana Ruiz has more. 3 of
    41 Skip ... 4 of 41 ..."): the captions of other stories, from a little before the first
    counter to a little after the last one of the same total."""
    by_total: dict[str, list[re.Match[str]]] = {}
    for m in COUNTER.finditer(text):
        if int(m.group(1)) <= int(m.group(2)):
            by_total.setdefault(m.group(2), []).append(m)
    spans = []
    for found in by_total.values():
        # Slides follow one another ("3 of 41", "4 of 41"): a poll's "6 of 10" do not.
        pairs = [
            (m, n)
            for m, n in zip(found, found[1:], strict=False)
            if int(n.group(1)) == int(m.group(1)) + 1
        ]
        if len(pairs) + 1 >= SLIDES:
            first, last = pairs[0][0].start(), pairs[-1][1].end()
            # within the paragraphs of the slides: the article before and after stays
            begin = max(text.rfind("\n", 0, first) + 1, first - CAPTION_CHARS)
            end = text.find("\n", last)
            spans.append((begin, min(last + CAPTION_CHARS, len(text) if end < 0 else end)))
    return tuple(spans)


@lru_cache(maxsize=256)
def transcript_staff(text: str) -> frozenset[str]:
    """The names a broadcast transcript labels as its host or reporter, or that introduce
    themselves outside quotation marks, in lower case."""
    found = {m.group(1).lower() for m in STAFF_LABEL.finditer(text)}
    for m in SELF_INTRODUCED.finditer(text):
        line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
        if not re.search(r"[\"“”‘]|(?:^|\s)'", line):  # the paragraph quotes no one before it
            found.add(m.group(1).lower())
    return frozenset(found)


def in_lead(text: str, start: int) -> bool:
    """The mention sits in its paragraph's lead: a dateline, the wire or outlet credited in it,
    a byline before it (see synthesize.common.lead_end)."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", start)
    return start < lead_end(text, first, len(text) if last < 0 else last)


def sign_up(prof: EntityProfile, texts: dict[str, str]) -> bool:
    """A newsletter or a sign-up box's offer ("Sign up for the Daily Brief Newsletter"): page
    furniture, not an actor."""
    if not prof.citations:
        return False
    if prof.name.lower().split()[-1:] in (["newsletter"], ["newsletters"]):
        return True
    return all(
        SIGN_UP.search(texts.get(c.doc_id, "")[max(0, c.start - 30) : c.start])
        or _followed(texts.get(c.doc_id, ""), c.start, c.end)
        for c in prof.citations
    )


def _followed(text: str, start: int, end: int) -> bool:
    """ "Follow Ana Ruiz on Chirper: @aruiz": a byline's social prompt."""
    return bool(
        re.search(r"(?:^|\n)\s*Follow\s+$", text[max(0, start - 12) : start])
        and re.match(r"\s+on\s+[A-Z]", text[end : end + 8])
    )


def button_word(name: str, texts: dict[str, str]) -> bool:
    """A word of five letters or more set in capitals that the story also writes in lower
    case as a plain word ("CLOSE", "REPLAY" beside "close", "replay"): a video player's or a
    gallery's button, not an acronym of a name."""
    if not (len(name) >= 5 and name.isalpha() and name.isupper()):
        return False
    plain = re.compile(rf"(?<![\w-]){name.lower()}(?![\w-])")
    return any(plain.search(text) for text in texts.values())


def short_date(prof: EntityProfile, texts: dict[str, str]) -> bool:
    """A weekday or month cut short, each mention followed by its full stop ("Sun. Dec. 31")."""
    if prof.name.lower() not in SHORT_DATES:
        return False
    return all(texts.get(c.doc_id, "")[c.end : c.end + 1] == "." for c in prof.citations)


def non_prose(line: str) -> bool:
    """A line set in capitals (a heading, a menu item) or shouting in most of its words, or a
    long run of capitalised words without a sentence in it (a site's menu of categories)."""
    words = WORD.findall(line)
    if not words:
        return False
    if not any(ch.islower() for ch in line):
        return True
    lower = sum(w[0].islower() for w in words)
    shouted = sum(len(w) > 1 and w.isupper() for w in words)
    if not lower and 2 * shouted > len(words) and not SENTENCE.search(line):
        return True
    return len(words) >= MENU_WORDS and 5 * lower < len(words) and not SENTENCE.search(line)


@lru_cache(maxsize=256)  # asked once per profile a page names; pages repeat
def gallery_openings(text: str) -> frozenset[tuple[str, ...]]:
    """Openings (the first words) that three or more paragraphs of the page share: the
    captions of a picture gallery, each starting with the gallery's title."""
    counts = Counter(_opening(p) for p in text.split("\n") if p.strip())
    return frozenset(o for o, n in counts.items() if n >= 3 and len(o) == GALLERY_OPENING)


def _opening(line: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in WORD.findall(line)[:GALLERY_OPENING])


def _line(text: str, start: int, end: int) -> str:
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    return text[first : len(text) if last < 0 else last]
