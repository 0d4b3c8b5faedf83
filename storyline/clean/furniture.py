"""Page furniture that flattened text and JSONL bodies carry between the article's paragraphs,
told apart by structure and position rather than by its words:

* **picture galleries**: items counted "1/34", "2/34" ... or captions ending "Hide Caption 2 of
  34" (one per line, or run into one line), with the gallery's heading and its "34 show all
  ..." line above them;
* **captions and inline headings**: a line between two paragraphs of a page that punctuates its
  paragraphs, long enough to be a sentence but not ending like one and not in Title Case (the
  article's own subheadings are): "Police officers walk the site Carl Court/Getty Images",
  "Chris Grayling on the crash" over a video;
* **boxes run into the text**: a heading in capitals followed straight by its text ("MOST READ
  IN NEWS SHOCK Teaser ...", "CHECK YOUR SCORE Check your file ..."), and lines of labels in
  capitals (a map's or chart's place names);
* **widgets**: lines made of player or form controls ("Skip in Skip x Embed x Share CLOSE"),
  a form's messages repeated back to back ("Email is invalid Email is invalid"), chat widgets;
* **reader appeals**: a line that gives the reader an e-mail address or a "click here".

Every rule is statistical (shape and position), so each is guarded: captions only inside the
run of prose and only on pages whose paragraphs end like sentences; capitals only on pages that
do not shout. The line cleaner (``storyline.clean.text``) runs these after its own rules.
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence
from typing import Protocol

GALLERY = "picture gallery"
INNER_CAPTION = "caption or heading between paragraphs"
BOX = "box run into the text"
CAPITALS = "labels in capitals"
WIDGET = "player or form controls"
MAX_WIDGET_TOKENS = 40
# A line longer than this is a whole flattened page (or most of one), not a paragraph: a
# gallery or a box inside it costs less kept than the article costs dropped with it.
WHOLE_PAGE_WORDS = 150
CHAT = "chat widget"
APPEAL = "appeal to readers"
LINK_TAIL = "link line"
CREDIT = "photo credit"  # the same reason as the line cleaner's own credits

FURNITURE_REASONS = {GALLERY, INNER_CAPTION, BOX, CAPITALS, WIDGET, CHAT, APPEAL, LINK_TAIL, CREDIT}

# Some pages never punctuate their paragraphs: a line that does not end like a sentence is read
# as a caption only where at least PUNCTUATED_LINES lines of PROSE_WORDS words or more, and
# PUNCTUATED_SHARE of them, end like sentences.
PROSE_WORDS = 8
PUNCTUATED_LINES = 3
PUNCTUATED_SHARE = 0.5
CAPTION_MIN_WORDS = 4
CAPTION_MAX_WORDS = 40


class _Line(Protocol):
    text: str
    reason: str

    @property
    def kept(self) -> bool: ...


class Shapes(Protocol):
    """The line shapes of ``storyline.clean.text`` that these rules read."""

    def n_words(self, line: str) -> int: ...

    def ends_sentence(self, line: str) -> bool: ...

    def is_sentence(self, line: str) -> bool: ...


# ------------------------------------------------------------------ phrase-free widgets

# Controls of video players, galleries and share bars ("x" is a close icon's alt text): a line
# made mostly of them, with no sentence punctuation, is a widget.
CONTROL_WORDS = frozenset(
    """
skip embed share close play pause replay mute unmute fullscreen next previous prev copy link
email tweet pin save print more less expand collapse toggle enlarge caption captions subtitles
autoplay settings volume download watch video live loading menu search x
""".split()
)
CONTROL_SHARE = 0.6
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_CHAT = re.compile(
    r"\b(?:live chat|chat with (?:us|an? (?:agent|expert))|start (?:a )?(?:new )?chat|"
    r"type (?:your|a) (?:message|question)|we (?:typically|usually) reply|"
    r"(?:agents?|operators?|we) (?:are|is|are currently|is currently) (?:online|offline|away)|"
    r"leave (?:us )?a message|powered by \w+chat|chat (?:now|closed|ended))\b"
    r"|\bhow can (?:we|i) help(?: you)?(?: today)?\?",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_READER = re.compile(r"\b(?:you|your|us)\b|\bclick here\b", re.IGNORECASE)
_URL_TAIL = re.compile(r"(?:https?://|www\.)\S+\s*$")
# A credit alone in brackets: "(Jane Doe / The Gazette)".
_BRACKETED_CREDIT = re.compile(r"^\([^()/]{2,60}\s/\s[^()/]{2,60}\)\.?$")


# A video player's caption: the player's close button read first ("CLOSE Officials said...").
_PLAYER_CAPTION = re.compile(r"^(?:CLOSE|SKIP|REPLAY)\s+[A-Z]")
# A playlist run into one line repeats the player's controls before every video; an item
# (title, length, blurb, credit) is short, while a flattened article holds long prose.
PLAYLIST_RUNS = 2
PLAYLIST_RUN_TOKENS = 4
PLAYLIST_ITEM_TOKENS = 80  # a typical item at most (the median)
PLAYLIST_LONGEST_ITEM = 160  # longer text between the controls is prose: the line stays
_CONTROL = r"\b(?:" + "|".join(sorted(CONTROL_WORDS)) + r")\b"
# A run of controls found by one regular expression (asked after the token walk below).
_CONTROL_RUN = re.compile(
    _CONTROL + r"(?:[\W_]+" + _CONTROL + "){" + str(PLAYLIST_RUN_TOKENS - 1) + "}", re.IGNORECASE
)


def widget_reason(line: str, shapes: Shapes) -> str:
    """The reason a line on its own is a widget or a reader appeal, else ""."""
    found = _TOKEN.findall(line)
    if not found:
        return ""
    if len(found) <= 20 and _CHAT.search(line):  # the count first: it costs nothing
        return CHAT
    # The token walk first: it needs the same runs as the expression and, on the words already
    # found, costs a tenth of scanning a long line with it.
    if (
        len(found) > 2 * PLAYLIST_RUN_TOKENS
        and _playlist(found)
        and len(_CONTROL_RUN.findall(line)) >= PLAYLIST_RUNS
    ):
        return WIDGET
    n_words = shapes.n_words
    if not shapes.ends_sentence(line) and _PLAYER_CAPTION.match(line):
        return WIDGET
    if not shapes.ends_sentence(line):
        tokens = [t.casefold() for t in found]  # only these rules read the words themselves
        controls = sum(t in CONTROL_WORDS for t in tokens)
        if 3 <= len(tokens) <= 20 and controls >= CONTROL_SHARE * len(tokens):
            return WIDGET
        # Only on short lines: a form repeats its message in a few words, while a long
        # paragraph (a flattened page without final punctuation) may repeat a phrase by chance.
        if len(tokens) <= MAX_WIDGET_TOKENS and _repeats_back_to_back(tokens):
            return WIDGET
    if n_words(line) <= 60 and _EMAIL.search(line) and _READER.search(line):
        return APPEAL
    if _BRACKETED_CREDIT.match(line.strip()):
        return CREDIT
    if n_words(line) <= 8 and _URL_TAIL.search(line) and not line.lstrip().startswith("http"):
        return LINK_TAIL  # "Read or Share this story: http://..."
    return ""


def _playlist(tokens: list[str]) -> bool:
    """Runs of player controls ("Skip x Embed x Share Close") repeated through the line, with
    nothing long before, between or after them."""
    runs: list[tuple[int, int]] = []
    start = None
    for i, token in enumerate([*tokens, ""]):
        if token.casefold() in CONTROL_WORDS:
            start = i if start is None else start
            continue
        if start is not None and i - start >= PLAYLIST_RUN_TOKENS:
            runs.append((start, i))
        start = None
    if len(runs) < PLAYLIST_RUNS:
        return False
    edges = [0, *(edge for run in runs for edge in run), len(tokens)]
    gaps = sorted(edges[k + 1] - edges[k] for k in range(0, len(edges), 2))
    return gaps[-1] <= PLAYLIST_LONGEST_ITEM and gaps[len(gaps) // 2] <= PLAYLIST_ITEM_TOKENS


def _repeats_back_to_back(tokens: list[str]) -> bool:
    """A phrase of three words or more said twice in a row: form messages, not prose."""
    n = len(tokens)
    for size in range(3, min(8, n // 2) + 1):
        for i in range(n - 2 * size + 1):
            if tokens[i : i + size] == tokens[i + size : i + 2 * size]:
                return True
    return False


# ------------------------------------------------------------------ galleries

_COUNTER = re.compile(r"(?<![\d/.,])(\d{1,3})/(\d{1,3})(?![\d/])")


def _counters(text: str) -> list[tuple[int, int, int]]:
    """(k, n, position) of "k/n" counters with 1 <= k <= n."""
    out: list[tuple[int, int, int]] = []
    if "/" not in text:  # every counter has one
        return out
    for m in _COUNTER.finditer(text):
        k, n = int(m.group(1)), int(m.group(2))
        if 1 <= k <= n:
            out.append((k, n, m.start()))
    return out


def _inline_gallery(text: str) -> bool:
    """Two or more counters of one gallery in a row ("1/8 ... 2/8 ...")."""
    found = _counters(text)
    return any(b[1] == a[1] and b[0] == a[0] + 1 for a, b in zip(found, found[1:], strict=False))


# "... Hide Caption 3 of 25 Photos: <gallery> <caption> Hide Caption 4 of 25 ...": a whole
# gallery flattened into one line, its captions' controls counting through it in order.
_CAPTION_COUNTER = re.compile(r"\b(?:hide caption|caption)\s+(\d{1,3})\s+of\s+(\d{1,3})\b", re.I)
CAPTION_RUN = 3  # counters in order that make a line a gallery
GALLERY_ITEM_WORDS = 80  # a caption is short; an article paragraph beside a gallery is not
GALLERY_HEADING_WORDS = 30  # a gallery's heading, printed once or twice before its first item


def _caption_run(text: str) -> bool:
    """A line that is a gallery run into one line, whatever its length: CAPTION_RUN or more
    "Caption k of n" counters counting up through one gallery, with no more than a caption's
    words before the first, between two, or after the last (so no paragraph of the article
    shares the line)."""
    found = list(_CAPTION_COUNTER.finditer(text))
    if len(found) < CAPTION_RUN:
        return False
    for a, b in zip(found, found[1:], strict=False):
        if a.group(2) != b.group(2) or int(b.group(1)) != int(a.group(1)) + 1:
            return False
    cuts = [0, *(m.end() for m in found)]
    pieces = [text[a:b] for a, b in zip(cuts, cuts[1:], strict=False)] + [text[cuts[-1] :]]
    # The first item of a gallery that starts at 1 carries the gallery's heading as well (often
    # twice: its link and its title).
    first = GALLERY_ITEM_WORDS + (GALLERY_HEADING_WORDS if found[0].group(1) == "1" else 0)
    return len(pieces[0].split()) <= first and all(
        len(piece.split()) <= GALLERY_ITEM_WORDS for piece in pieces[1:]
    )


def _leading_counter(text: str) -> tuple[int, int] | None:
    found = _counters(text[:8])
    return (found[0][0], found[0][1]) if found and found[0][2] == 0 else None


# A gallery's caption flattened to one line ends with its control and place in the gallery:
# "... split in 2005. Hide Caption 56 of 59".
_TRAILING_COUNTER = re.compile(
    r"\b(?:hide caption|caption|photo|image|picture|slide)\s+(\d{1,3})\s+of\s+(\d{1,3})\s*$",
    re.IGNORECASE,
)


def _item_counter(text: str) -> tuple[int, int] | None:
    """A gallery item's place, "k/n" leading the line or "Caption k of n" ending it."""
    lead = _leading_counter(text)
    if lead is not None or " of " not in text[-24:]:
        return lead
    m = _TRAILING_COUNTER.search(text[-60:])
    if m is None or not 1 <= int(m.group(1)) <= int(m.group(2)):
        return None
    return int(m.group(1)), int(m.group(2))


def mark_galleries(lines: Sequence[_Line], shapes: Shapes) -> None:
    """Gallery items, and the short heading lines right above the first one."""
    items: list[int] = []
    for i, line in enumerate(lines):
        if not line.kept:
            continue
        inline = _inline_gallery(line.text) and shapes.n_words(line.text) <= WHOLE_PAGE_WORDS
        if inline or _caption_run(line.text):
            items.append(i)
            continue
        lead = _item_counter(line.text)
        if lead is None:
            continue
        prev = _previous_counter(lines, i)
        nxt = _next_counter(lines, i)
        if (prev and prev[1] == lead[1] and prev[0] == lead[0] - 1) or (
            nxt and nxt[1] == lead[1] and nxt[0] == lead[0] + 1
        ):
            items.append(i)
    for i in items:
        lines[i].reason = GALLERY
    for i in items:
        j = i - 1
        while j >= 0 and i - j <= 2 and lines[j].kept and not shapes.ends_sentence(lines[j].text):
            if shapes.n_words(lines[j].text) > 12:
                break
            lines[j].reason = GALLERY  # "UK news in pictures", "34 show all ..."
            j -= 1


def _previous_counter(lines: Sequence[_Line], i: int) -> tuple[int, int] | None:
    j = i - 1
    while j >= 0 and not lines[j].text.strip():
        j -= 1
    return _item_counter(lines[j].text) if j >= 0 else None


def _next_counter(lines: Sequence[_Line], i: int) -> tuple[int, int] | None:
    j = i + 1
    while j < len(lines) and not lines[j].text.strip():
        j += 1
    return _item_counter(lines[j].text) if j < len(lines) else None


# ------------------------------------------------------------------ captions between paragraphs

_BULLET = re.compile(r"^\s*(?:[•·*▪►–—-]|\d+[.)])\s")


def punctuates_paragraphs(lines: Sequence[_Line], shapes: Shapes) -> bool:
    """Whether the page ends its paragraphs like sentences (most long kept lines do)."""
    long = [ln.text for ln in lines if ln.kept and shapes.n_words(ln.text) >= PROSE_WORDS]
    ended = sum(shapes.ends_sentence(t) for t in long)
    return ended >= PUNCTUATED_LINES and ended >= PUNCTUATED_SHARE * len(long)


def mark_inner_captions(lines: Sequence[_Line], shapes: Shapes) -> None:
    """A line after the page's first paragraph that is long enough to be a sentence but does
    not end like one is a caption, a credit or a heading over a video or a box."""
    if not punctuates_paragraphs(lines, shapes):
        return
    prose = [i for i, ln in enumerate(lines) if ln.kept and shapes.is_sentence(ln.text)]
    if len(prose) < 2:
        return
    for i in range(prose[0] + 1, len(lines)):
        line = lines[i]
        text = line.text.strip()
        if (
            not line.kept
            or shapes.ends_sentence(text)
            or not CAPTION_MIN_WORDS <= shapes.n_words(text) <= CAPTION_MAX_WORDS
            or text[-1:] in ":,;-–—"
            or not (text[:1].isupper() or text[:1].isdigit() or text[:1] in "\"“‘'")
            or _BULLET.match(text)
            or _title_case(text)
            or _in_list(lines, i, shapes)
        ):
            continue
        line.reason = INNER_CAPTION


_SMALL = frozenset("a an the and or but of in on at to for by with from as vs via".split())


def _title_case(text: str) -> bool:
    """A subheading of the article ("Security on the Peninsula"): every word that is not a
    small word is capitalised, which a caption's running sentence never is."""
    words = [w for w in _WORDS.findall(text) if w.casefold() not in _SMALL]
    return bool(words) and all(w[0].isupper() for w in words)


def _in_list(lines: Sequence[_Line], i: int, shapes: Shapes) -> bool:
    """A run of unpunctuated lines announced by a line ending in a colon: the article's list."""
    j = i - 1
    while j >= 0 and (not lines[j].kept or not shapes.ends_sentence(lines[j].text)):
        if lines[j].kept and lines[j].text.rstrip().endswith((":", "：")):
            return True
        j -= 1
    return False


# ------------------------------------------------------------------ capitals

# A heading in capitals (three words or more) run straight into a capitalised sentence.
_CAPS_WORD = r"[\"'“‘]?[A-Z][A-Z0-9'’&.-]*[!?,:]?[\"'”’]?"
_BOX_HEADING = re.compile(rf"(?:^|\s)(?:{_CAPS_WORD}\s+){{2,}}{_CAPS_WORD}\s+[A-Z][a-z]")
_WORDS = re.compile(r"[^\W\d_][^\W_'’.-]*(?:['’.-][^\W_]+)*")


# Punctuation and spaces common in news text that are neither letters nor capitals: without
# them most lines are ASCII, whose letters and capitals are counted in C.
NOT_LETTERS = re.compile(
    "[\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00a0\u00ab\u00bb\u2022\u00b7]"
)
_ASCII_LETTERS = string.ascii_letters.encode()
_ASCII_UPPER = string.ascii_uppercase.encode()


def shouting(lines: Sequence[_Line]) -> bool:
    """Most of the page's letters are capitals."""
    letters = upper = 0
    for ln in lines:
        text = ln.text if ln.text.isascii() else NOT_LETTERS.sub("", ln.text)
        if text.isascii():  # an ASCII letter is one of A-Z a-z, an ASCII capital one of A-Z
            raw = text.encode("ascii")
            letters += len(raw) - len(raw.translate(None, _ASCII_LETTERS))
            upper += len(raw) - len(raw.translate(None, _ASCII_UPPER))
        else:  # some capitals are not letters (Ⓐ, Ⅳ)
            letters += sum(map(str.isalpha, text))
            upper += sum(map(str.isupper, filter(str.isalpha, text)))
    return bool(letters) and upper > 0.6 * letters


def capitals_reason(line: str, shapes: Shapes) -> str:
    """A box whose capital heading runs into its text, or a line of labels in capitals."""
    long = shapes.n_words(line) > WHOLE_PAGE_WORDS
    if not long and _BOX_HEADING.search(line) and _caps_run_words(line) >= 3:
        return BOX
    # A word nearly always starts with its letter: test that one first.
    words = [w for w in _WORDS.findall(line) if w[0].isalpha() or any(c.isalpha() for c in w)]
    caps = [w for w in words if w.isupper() and len(w) > 1]
    if len(words) >= 2 and len(caps) >= 0.7 * len(words) and not shapes.ends_sentence(line):
        return CAPITALS
    return ""


def _caps_run_words(line: str) -> int:
    """Words of two letters or more in the longest capital run ("A" and "I" continue a run
    without counting): acronyms in prose come one or two at a time."""
    best = run = 0
    for w in line.split():
        core = w.strip("\"'“”‘’!?,:.()")
        if core in ("A", "I"):
            continue
        if len(core) > 1 and core.isupper() and any(c.isalpha() for c in core):
            run += 1
            best = max(best, run)
        else:
            run = 0
    return best


def mark_capitals(lines: Sequence[_Line], shapes: Shapes) -> None:
    if shouting(lines):
        return
    for line in lines:
        if line.kept:
            line.reason = capitals_reason(line.text, shapes)


def mark_furniture(lines: Sequence[_Line], shapes: Shapes, *, extracted: bool) -> None:
    """Apply the rules above to the lines the line cleaner kept. ``extracted`` (the text came
    out of an HTML extractor, which drops captions and galleries with the markup) skips the
    caption rule, whose guess is not needed there."""
    for line in lines:
        if line.kept:
            line.reason = widget_reason(line.text, shapes)
    mark_galleries(lines, shapes)
    mark_capitals(lines, shapes)
    if not extracted:
        mark_inner_captions(lines, shapes)
