"""Dated lines that tell nothing of the story (for ``storyline.analyze.events``): datelines and
bylines, captions, embedded posts' signatures, archive menus, bracketed notes and what a page
says of a request for comment."""

from __future__ import annotations

import re

from storyline.analyze.times.lexicon import MONTH
from storyline.lexicon import MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES
from storyline.lexicon.captions import CAPTION, NO_COMMENT, SOCIAL_POST
from storyline.model import TimeExpression

__all__ = ["CALENDAR_WORD", "WEEKDAY", "date_list", "not_an_event", "player_line", "wire_caption"]

_BYLINE = re.compile(r"(?i)(?:posted|published|updated|last\s+updated|first\s+published)\b")
# A correction note: "This article was amended on 10 November 2016 to remove ...", "An earlier
# version of this story misstated ...": the page's own history, not the story's
_CORRECTION = re.compile(
    r"(?i)^\W*(?:this\s+(?:article|story|report|post)\s+(?:was|has\s+been)\s+"
    r"(?:amended|corrected|updated|changed|edited)|an\s+earlier\s+version\s+of\s+this)\b"
)


def not_an_event(sentence: str, inside: list[TimeExpression]) -> bool:
    """A bare dateline, header or byline, a photo caption (its date is the picture's), an
    embedded post's signature (the post's), a list of dates (an archive's menu of months), a
    note in brackets, a correction note, or what a page says of a request for comment: nothing
    of the story happened in it."""
    rest = sentence
    for t in inside:
        rest = rest.replace(t.text, " ")
    return (
        len(re.findall(r"[A-Za-z]{2,}", rest)) < 3
        or bool(_BYLINE.match(sentence) or _CORRECTION.match(sentence))
        or bool(CAPTION.search(sentence))
        or bool(SOCIAL_POST.search(sentence))
        or bool(NO_COMMENT.search(sentence))
        or (sentence.startswith("(") and sentence.endswith(")"))  # a print edition's note
        or date_list(sentence, rest)
    )


CALENDAR_WORD = re.compile(
    rf"(?i)\b(?:{'|'.join(sorted({*MONTH_NAMES, *MONTH_ABBREVIATIONS}))}|1[6-9]\d\d|20\d\d)\b"
)
WEEKDAY = re.compile(rf"(?i)\b(?:{'|'.join(WEEKDAY_NAMES)})")
DATE_LIST = 4  # dates in a row with hardly a word between them: a menu, not a sentence


def date_list(sentence: str, rest: str) -> bool:
    """ "Select Month January 2018 December 2017 November 2017 ...": most of the words are
    months and years (counted in the text, since a recogniser may join or skip some)."""
    words = re.findall(r"[A-Za-z]+|\d+", sentence)
    calendar = [w for w in words if CALENDAR_WORD.fullmatch(w)]
    return len(calendar) >= 2 * DATE_LIST and len(calendar) * 2 > len(words)


# "on Tuesday, Dec. 26, 2017": a weekday and a full date with its year, as wire captions write
# a picture's day (running text gives one or the other)
_CAPTION_DAY = re.compile(
    rf"\b(?:{'|'.join(n.capitalize() for n in WEEKDAY_NAMES)}),?\s+{MONTH}\s*\d{{1,2}},\s+\d{{4}}\b"
)


def wire_caption(sentence: str, present: bool) -> bool:
    """A wire photo's caption: told in the present ("Residents dig out on Tuesday, Dec. 26,
    2017, after ...", "Debris is scattered on the ground Monday, October 2, 2017") with the
    picture's weekday and full date. Told in the past, it is a page's own sentence."""
    return present and bool(_CAPTION_DAY.search(sentence))


# A line of a picture gallery or a video player run into the text, or a link to another story:
# "Photos: <gallery> ... Hide Caption 3 of 9", "(Dec. 15) AP 1 of 41 Skip in Skip x Embed x
# Share CLOSE <teaser>", "More: <headline>". Its sentences tell the pictures and teasers of
# other stories, in their own days.
_PLAYER_LINE = re.compile(
    r"(?i)\bhide\s+caption\s+\d+\s+of\s+\d+\b|\bskip\s+in\s+skip\b|\bembed\s+x\s+share\b"
    r"|^\W*(?:photos?|gallery|more|related|read\s+more|see\s+also)\s*:\s"
)


def player_line(text: str, pos: int) -> bool:
    """The line holding ``pos`` is a gallery caption or a video player's teaser."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return bool(_PLAYER_LINE.search(text[start : len(text) if end < 0 else end]))
