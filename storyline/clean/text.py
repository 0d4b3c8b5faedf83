"""Boilerplate removal for flattened text: one decision per line, with a reason.

A flattened page has lost its markup, so the classic DOM cues (link density, tag names) are
gone. What is left, and what every news page shares, is:

* phrases that only page furniture uses (log-in forms, comment widgets, "Related", tags,
  newsletter and terms lines, photo credits, copyright, share bars);
* shape: article paragraphs are sentences; chrome is short, unpunctuated, link-text-like;
* position: chrome sits before the headline and after the article's end; a teaser follows a
  "Related" label; a caption sits between the headline and the first paragraph;
* repetition: a teaser headline appears twice on a page, a newsletter line on every page of
  an outlet.

Rules marked *statistical* are judgements from those shapes and positions, not certainties.
The cleaner never rewrites a kept line: article text stays verbatim, so offsets into it can
be quoted back. Lines that carry metadata (title, date line, byline, credit) are removed from
the text but kept, with their reason, for ``textmeta``.
"""

from __future__ import annotations

import html
import re
import string
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from storyline.clean.furniture import NOT_LETTERS as _NOT_LETTERS
from storyline.clean.linerules import RELATED, line_reason
from storyline.clean.lines import (  # the reasons and line shapes, shared with textmeta
    AD,  # noqa: F401  (assigned by linerules; every reason stays importable from here)
    AFTER_END,
    BEFORE_TITLE,
    BLURB,
    BYLINE,
    CAPTION,
    CHROME,
    COMMENTS,
    COPYRIGHT,
    DATE_LINE,
    FOREIGN,
    FRAGMENT,
    LINK_LIST,
    LOGIN,
    NAVIGATION,
    NEWSLETTER,  # noqa: F401  (as AD)
    PHOTO_CREDIT,
    REPEATED_OUTLET,
    REPEATED_TITLE,
    SHARE,
    TAGS,
    TEASER,
    TITLE,
    WIRE_CREDIT,
    Line,
    ends_sentence,
    is_sentence,
    n_words,
)
from storyline.model import RemovedLine

_AFTER_END_MARKERS = {COMMENTS, TAGS, COPYRIGHT, SHARE}


# ------------------------------------------------------------------ line shapes

_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")
_CLOSERS = "\"'”’»)]】」』 "


def _script(ch: str) -> str:
    cp = ord(ch)
    if cp <= 0x024F or 0x1E00 <= cp <= 0x1EFF:
        return "latin"
    if 0x0400 <= cp <= 0x04FF:
        return "cyrillic"
    if 0x3040 <= cp <= 0x9FFF or 0xAC00 <= cp <= 0xD7AF or 0xF900 <= cp <= 0xFAFF:
        return "cjk"
    if 0x0600 <= cp <= 0x06FF:
        return "arabic"
    return unicodedata.name(ch, "other").split()[0].lower()


_SCRIPTS = {
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]"),
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "cjk": re.compile(r"[\u3040-\u9fff\uac00-\ud7af\uf900-\ufaff]"),
    "arabic": re.compile(r"[\u0600-\u06ff]"),
}
_CJK = _SCRIPTS["cjk"]
_ASCII_LETTERS = string.ascii_letters.encode()


@lru_cache(maxsize=4096)
def script_of(text: str) -> str | None:
    """The script most of the text's letters are in (letters outside the four common scripts
    are named by Unicode: "greek", "hebrew", "devanagari" ...)."""
    plain = text if text.isascii() else _NOT_LETTERS.sub("", text)
    if plain.isascii():  # only A-Z a-z are letters, all Latin: count them in C
        raw = plain.encode("ascii")
        return "latin" if len(raw.translate(None, _ASCII_LETTERS)) < len(raw) else None
    counts = Counter({name: len(rx.findall(text)) for name, rx in _SCRIPTS.items()})
    known = sum(counts.values())
    if known * 2 < sum(map(str.isalpha, text)):
        counts = Counter(_script(ch) for ch in text if ch.isalpha())
    best, n = counts.most_common(1)[0] if counts else (None, 0)
    return best if n else None


def is_heading(line: str) -> bool:
    """Statistical: a heading is short (at most 20 words), starts with a capital, digit or
    quote, and ends without sentence or list punctuation."""
    core = line.rstrip(_CLOSERS)
    if not core or n_words(line) > 20 or len(line) > 200:
        return False
    if core[-1] in ".,;:!?。，；：…":
        return False
    first = line.lstrip("\"'“‘«¿¡")[:1]
    return bool(first) and (first.isupper() or first.isdigit() or _script(first) != "latin")


def is_title_like(line: str) -> bool:
    """A heading long enough to be a headline (four words or more)."""
    return is_heading(line) and n_words(line) >= 4


_TRUNCATED = re.compile(
    r"(?:\.\.\.|…|\[…\]|\[\.\.\.\])\s*$|\bread more\W*$|"
    r"\bcontinue reading\W*$|\bweiterlesen\W*$",
    re.IGNORECASE,
)
# Longer than any ending above and the character before it (for its \b).
_TRUNCATED_REACH = 20


def truncated(line: str) -> bool:
    """A teaser blurb is cut off: it ends in an ellipsis or a "read more" link."""
    # Every ending above lies within reach of the line's last word character (or, for an
    # ellipsis, its last non-space), so only that tail is searched, not each position.
    end = len(line)
    while end and not (line[end - 1].isalnum() or line[end - 1] == "_"):
        end -= 1
    return bool(_TRUNCATED.search(line[max(0, end - _TRUNCATED_REACH) :]))


_QUOTES = re.compile(r"[\"'“”‘’«»]")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=16384)  # a page's lines are compared with its title and each other
def normalize(line: str) -> str:
    """The key under which lines are compared across and within pages."""
    text = unicodedata.normalize("NFKC", line).casefold()
    text = _QUOTES.sub("", text)
    return _SPACES.sub(" ", text).strip()


# ------------------------------------------------------------------ the cleaner

# Control characters left inside a line (NUL, ESC, C1): never text, and an escape sequence
# kept in a document would reach every terminal and page that shows it.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# An HTML character reference left in text ("&amp;", "&#8217;"): flattened pages and embedded
# posts keep them, and a reader should see the character, not the markup.
_ENTITY = re.compile(r"&(?:#0*[1-9][0-9]{0,6}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _characters(line: str) -> str:
    if "&" not in line:
        return line
    return _ENTITY.sub(lambda m: html.unescape(m.group()), line)


@dataclass
class CleanedText:
    text: str
    title: str | None
    lines: list[Line] = field(default_factory=list)

    @property
    def removed(self) -> list[RemovedLine]:
        return [RemovedLine(line=ln.text, reason=ln.reason) for ln in self.lines if ln.reason]


def clean_text(
    text: str,
    *,
    title: str | None = None,
    repeated: set[str] | None = None,
    extracted: bool = False,
) -> CleanedText:
    """Split flattened text into lines and classify each as article text or boilerplate.

    ``title`` is a known headline (from HTML or a feed); without it the headline is guessed.
    ``repeated`` holds ``normalize``d lines seen on other pages of the same outlet.
    ``extracted`` says an HTML extractor already cut the page's menus: runs of short lines
    left in its output are the article's own lists, so the menu rule is skipped."""
    lines = [
        Line(s)
        for s in (_CONTROL.sub("", _characters(s)).strip() for s in unwrap(text).splitlines())
        if s
    ]
    main_script = _main_script(lines)
    for line in lines:
        line.reason = line_reason(line.text)
    t = _mark_title(lines, title)
    if t is not None:
        _mark_before_title(lines, t)
        _mark_caption(lines, t)
    _mark_teasers(lines)
    _mark_repeats(lines, repeated or set())
    _mark_fragments(lines)
    _mark_foreign(lines, main_script)
    _mark_inner_credits(lines)
    # Imported here: the furniture rules read this module's line shapes.
    from storyline.clean import furniture
    from storyline.clean import text as shapes

    furniture.mark_furniture(lines, shapes, extracted=extracted)
    if not extracted:
        _mark_link_lists(lines)
    _mark_after_end(lines)
    _mark_credit_after_caption(lines)
    kept = [ln.text for ln in lines if ln.kept]
    title_text = lines[t].text if t is not None else title
    return CleanedText(text="\n\n".join(kept), title=title_text, lines=lines)


def unwrap(text: str) -> str:
    """Join hard-wrapped paragraphs (text broken at a fixed width, as in e-mail or terminal
    copies), so that each paragraph is one line again.

    Statistical: the text counts as wrapped when no line is longer than 100 characters and at
    least 40% of its lines stop mid-sentence within 25 characters of the widest line; such a
    line continues on the next one. Lines that end a sentence, and short lines (headings,
    menus), are never joined, so paragraph-per-line text is left as it is."""
    raw = text.splitlines()
    lengths = [len(ln.rstrip()) for ln in raw if ln.strip()]
    if len(lengths) < 3 or max(lengths) > 100:
        return text
    width = max(lengths)

    def continues(line: str) -> bool:
        return len(line.rstrip()) >= width - 25 and not ends_sentence(line.strip())

    if sum(continues(ln) for ln in raw if ln.strip()) < max(2, 0.4 * len(lengths)):
        return text
    # Paragraphs as lists of parts, joined once: growing one string line by line is quadratic
    # on a long wrapped text.
    out: list[list[str]] = []
    joining = False
    for line in raw:
        if joining and line.strip():
            out[-1].append(line.strip())
        else:
            out.append([line])
        joining = bool(line.strip()) and continues(line)
    return "\n".join(" ".join(parts) for parts in out)


def _main_script(lines: list[Line]) -> str | None:
    return script_of("\n".join(ln.text for ln in lines))


def _mark_title(lines: list[Line], title: str | None) -> int | None:
    """Mark the headline line and its copies; return its index.

    With a known title, the first line equal to it, or a heading near the top that contains
    it or is contained in it ("Title | Site"). Without one, the first title-like line among
    the first six candidates (statistical: a
    headline is the first short, unpunctuated, capitalised line; a block of key takeaways
    above it ends in full stops; a long paragraph means the body began without a headline)."""
    # A known title that is not in the text means the text starts with the body (feeds,
    # jsonl, extracted HTML): guessing would then take a subheading or caption for it.
    index = _find_known_title(lines, title) if title else _guess_title(lines)
    if index is None:
        return None
    key = normalize(lines[index].text)
    for i, line in enumerate(lines):
        if normalize(line.text) == key:
            line.reason = TITLE if i == index else REPEATED_TITLE
    return index


def _find_known_title(lines: list[Line], title: str) -> int | None:
    key = normalize(title)
    exact = next((i for i, ln in enumerate(lines) if normalize(ln.text) == key), None)
    if exact is not None:
        return exact
    for i in _head(lines):
        text = normalize(lines[i].text)
        similar = 2 * min(len(text), len(key)) >= max(len(text), len(key))
        if is_heading(lines[i].text) and similar and (text in key or key in text):
            return i
    return None


def _guess_title(lines: list[Line]) -> int | None:
    for i in _head(lines):
        if is_title_like(lines[i].text) and not _opens_menu(lines, i):
            return i
    return None


def _head(lines: list[Line]) -> list[int]:
    """Indexes of the first six kept lines, up to the first long paragraph."""
    head: list[int] = []
    for i, line in enumerate(lines):
        if not line.kept:
            continue
        if len(head) == 6 or (n_words(line.text) >= 40 and ends_sentence(line.text)):
            break  # the body has begun
        head.append(i)
    return head


def _opens_menu(lines: list[Line], i: int) -> bool:
    """A site's tagline sits above its menu; a headline is followed by the article, its date,
    byline or photo, never by the navigation bar."""
    return i + 1 < len(lines) and lines[i + 1].reason in (NAVIGATION, LOGIN, CHROME)


def _mark_before_title(lines: list[Line], t: int) -> None:
    """Above the headline sit the masthead, tagline, menus and section labels: short lines
    (statistical: at most 12 words) that are not sentences. Prose (a block of takeaways, a
    summary) and a label introducing it ("Key takeaways") are kept."""
    for i in range(t):
        line = lines[i]
        if (
            not line.kept
            or is_sentence(line.text)
            or n_words(line.text) > 12
            or line.text[:1].islower()
        ):
            continue  # prose, or the tail of a wrapped sentence
        nxt = next((ln for ln in lines[i + 1 : t] if ln.kept), None)
        if nxt and is_sentence(nxt.text):
            continue
        line.reason = BEFORE_TITLE


def _mark_caption(lines: list[Line], t: int) -> None:
    """A lead photo's caption sits right under the headline: the first line after it, when
    the line after that is a photo credit (statistical: position plus the credit's cue)."""
    after = [
        i
        for i in range(t + 1, len(lines))
        if lines[i].kept or lines[i].reason in (PHOTO_CREDIT, CAPTION, DATE_LINE, BYLINE)
    ]
    after = [i for i in after if lines[i].reason not in (DATE_LINE, BYLINE)]
    if (
        len(after) >= 2
        and lines[after[0]].kept
        and lines[after[1]].reason == PHOTO_CREDIT
        and n_words(lines[after[0]].text) <= 40
    ):
        lines[after[0]].reason = CAPTION


def _mark_credit_after_caption(lines: list[Line]) -> None:
    """A credit line ("Ministry of National Defense of Korea") follows its caption: short,
    no sentence punctuation (statistical)."""
    for i in range(1, len(lines)):
        prev, line = lines[i - 1], lines[i]
        if (
            prev.reason == CAPTION
            and line.kept
            and n_words(line.text) <= 8
            and not ends_sentence(line.text)
            and not line.text.endswith(":")
        ):
            line.reason = PHOTO_CREDIT


def _mark_teasers(lines: list[Line]) -> None:
    """A "Related" / "Other topics of interest" label is followed by teaser headlines and at
    most one blurb; a blurb is taken only when it is cut off or a heading follows it, so an
    article paragraph right after a teaser is never lost. A headline above a cut-off blurb
    is a teaser too."""
    for i, line in enumerate(lines):
        if line.reason == TEASER and not _has_inline_teaser(line.text):
            j = i + 1
            while j < len(lines) and lines[j].kept and is_title_like(lines[j].text):
                lines[j].reason = TEASER
                j += 1
            if j < len(lines) and lines[j].kept and _blurb_ends_block(lines, j):
                lines[j].reason = BLURB
        if line.kept and truncated(line.text):
            prev = i - 1
            if prev >= 0 and (is_title_like(lines[prev].text) or lines[prev].reason == TEASER):
                line.reason = BLURB
                if lines[prev].kept:
                    lines[prev].reason = TEASER


def _has_inline_teaser(line: str) -> bool:
    m = RELATED.match(line)
    return bool(m and re.sub(r"^[\s:：|»>-]+", "", m.group("rest") or ""))


def _blurb_ends_block(lines: list[Line], j: int) -> bool:
    if truncated(lines[j].text):
        return True
    nxt = next((ln for ln in lines[j + 1 :] if ln.kept or ln.reason != REPEATED_TITLE), None)
    return nxt is None or not nxt.kept or is_heading(nxt.text)


def _mark_repeats(lines: list[Line], repeated: set[str]) -> None:
    """Within a page, a headline printed twice next to a teaser block is a teaser (image link
    plus text link: every copy goes). Other repeated lines stay: list labels ("Pros"), table
    headers, a question asked in every interview are all content (measured on aeb gold
    bodies). Across pages of one outlet, a line seen on other pages is furniture."""
    keys = [normalize(ln.text) for ln in lines]
    counts = Counter(keys)
    teaser_keys = {
        keys[i]
        for i, ln in enumerate(lines)
        if counts[keys[i]] > 1 and is_title_like(ln.text) and _near_teaser(lines, i)
    }
    for line, key in zip(lines, keys, strict=True):
        if line.kept and key in teaser_keys:
            line.reason = TEASER
        if line.kept and key in repeated:
            line.reason = REPEATED_OUTLET


def _near_teaser(lines: list[Line], i: int) -> bool:
    return any(
        lines[j].reason in (TEASER, BLURB)
        for j in range(max(0, i - 2), min(len(lines), i + 3))
        if j != i
    )


def _mark_fragments(lines: list[Line]) -> None:
    """A lone lowercase token (a user handle, a widget label) around the headline or outside
    the run of prose. Inside the prose it may be a list item, so it stays."""
    prose = [i for i, ln in enumerate(lines) if ln.kept and is_sentence(ln.text)]
    if not prose:
        return
    for i, line in enumerate(lines):
        if (
            not line.kept
            or " " in line.text
            or not line.text[:1].islower()
            or ends_sentence(line.text)
            or re.search(r"://|www\.|\.\w{2,3}/", line.text)
        ):
            continue  # a bare link is a source, not a widget label
        near_title = i > 0 and lines[i - 1].reason in (TITLE, REPEATED_TITLE)
        if near_title or i < prose[0] or i > prose[-1]:
            line.reason = FRAGMENT


def _mark_link_lists(lines: list[Line]) -> None:
    """Runs of short lines (headline length at most, no sentence or label punctuation) are
    menus and lists of links or teasers when they stand above the first paragraph or below
    the last one, or when they are long. Statistical: four lines make a run (an article never
    stacks four subheadings); ten or more in a row are a menu wherever they are, while a
    shorter list between paragraphs is kept as article content (measured on the aeb and wcxb
    gold bodies, whose lists are article text)."""
    prose = [i for i, ln in enumerate(lines) if ln.kept and is_sentence(ln.text)]
    first, last = (prose[0], prose[-1]) if prose else (len(lines), -1)
    for run in _short_runs(lines):
        if _introduced(lines, run[0]) or sum(
            bool(re.search(r"\d", lines[k].text)) for k in run
        ) * 2 >= len(run):
            continue  # "Tour dates:" + a schedule, or a table: the article's own list
        outside = run[-1] < first or run[0] > last
        if len(run) >= MENU_RUN and (outside or len(run) >= LONG_MENU_RUN):
            for k in run:
                lines[k].reason = LINK_LIST


MENU_RUN = 4
LONG_MENU_RUN = 10


def _introduced(lines: list[Line], i: int) -> bool:
    """Whether the kept line before ``i`` is a label announcing a list ("The deal covers:")."""
    prev = next((ln for ln in reversed(lines[:i]) if ln.kept), None)
    return prev is not None and prev.text.rstrip().endswith((":", "："))


def _short_runs(lines: list[Line]) -> list[list[int]]:
    def short(line: Line) -> bool:
        text = line.text
        if (
            "\t" in text
            or re.match(r"\d+[.)]\s", text)
            or (text.count("|") >= 2 and re.search(r"\d", text))
        ):
            return False  # a table row or a numbered item: content, not navigation
        return (
            n_words(text) <= 20
            and not ends_sentence(text)
            and not text.rstrip().endswith((":", "："))
        )

    runs: list[list[int]] = []
    current: list[int] = []
    for i, line in enumerate(lines):
        if not line.kept:
            continue  # removed lines (ads, labels) do not break a menu
        if short(line):
            current.append(i)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _mark_after_end(lines: list[Line]) -> None:
    """Once a comment widget, tag list, share bar or copyright line appears, the rest is
    footer. Statistical guard: only when what follows is under a fifth of the page's
    remaining text, so a share bar above the article does not swallow it."""
    total = sum(len(ln.text) for ln in lines if ln.kept) or 1
    for i, line in enumerate(lines):
        if line.reason not in _AFTER_END_MARKERS or _share_bar_inside(lines, i):
            continue
        rest = [ln for ln in lines[i + 1 :] if ln.kept]
        before = sum(len(ln.text) for ln in lines[:i] if ln.kept)
        if before and sum(len(ln.text) for ln in rest) < 0.2 * total:
            for ln in rest:
                ln.reason = AFTER_END
            return


def _share_bar_inside(lines: list[Line], i: int) -> bool:
    """A share bar is also set between paragraphs (after the lead, beside a photo). It sits
    inside the article when a sentence of prose follows it before the next end marker: a
    footer's teasers are headlines, not sentences, and a later copyright line still ends the
    page."""
    if lines[i].reason != SHARE:
        return False
    for line in lines[i + 1 :]:
        if line.reason in _AFTER_END_MARKERS:
            return False
        if line.kept and is_sentence(line.text):
            return True
    return False


def _mark_foreign(lines: list[Line], main_script: str | None) -> None:
    """Statistical: a short line in another script than the article, above or below the run of
    prose, is the host site's chrome (an English story on a Chinese portal). Inside the prose
    it may be a quoted original or a name, so it stays."""
    prose = [i for i, ln in enumerate(lines) if ln.kept and is_sentence(ln.text)]
    if not main_script or not prose:
        return
    for i, line in enumerate(lines):
        if (
            line.kept
            and (i < prose[0] or i > prose[-1])
            and len(line.text) < 120
            and script_of(line.text) not in (main_script, None)
        ):
            line.reason = FOREIGN


def _mark_inner_credits(lines: list[Line]) -> None:
    """A wire name alone between two article paragraphs ("Reuters") credits a photo; the
    text's own credit stands above or below the article."""
    prose = [i for i, ln in enumerate(lines) if ln.kept and is_sentence(ln.text)]
    for i, line in enumerate(lines):
        if line.reason == WIRE_CREDIT and prose and prose[0] < i < prose[-1]:
            line.reason = PHOTO_CREDIT
