"""What the text cleaner and the metadata parsers share: the reasons a line is removed, a
page's ``Line`` and the shape tests both read (is it a sentence?). Below both, so
``storyline.clean.text`` (which calls textmeta's parsers) and ``storyline.clean.textmeta``
(which reads the cleaner's decisions) need not import each other."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# Reasons. Metadata reasons are read back by storyline.clean.textmeta / clean_documents.
TITLE = "title"
REPEATED_TITLE = "repeated title"
DATE_LINE = "date line"
BYLINE = "byline"
WIRE_CREDIT = "wire credit"
LOGIN = "login or registration prompt"
NAVIGATION = "navigation or breadcrumb"
CHROME = "site chrome"
BEFORE_TITLE = "site chrome before the headline"
COMMENTS = "comment widget"
NEWSLETTER = "newsletter, subscription or terms"
TEASER = "teaser for another article"
BLURB = "teaser blurb"
TAGS = "tag or keyword list"
CAPTION = "photo caption"
PHOTO_CREDIT = "photo credit"
COPYRIGHT = "copyright notice"
SHARE = "share or follow buttons"
AD = "advertisement label"
FOREIGN = "short line in another script than the article"
FRAGMENT = "fragment (one lowercase token)"
REPEATED_OUTLET = "repeated on other pages of the outlet"
AFTER_END = "after the end of the article"
LINK_LIST = "menu or list of links"

METADATA_REASONS = {TITLE, REPEATED_TITLE, DATE_LINE, BYLINE, WIRE_CREDIT}


@dataclass
class Line:
    text: str
    reason: str = ""  # empty: article text

    @property
    def kept(self) -> bool:
        return not self.reason


# ------------------------------------------------------------------ line shapes

_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")
_CLOSERS = "\"'”’»)]】」』 "
_CJK = re.compile(r"[\u3040-\u9fff\uac00-\ud7af\uf900-\ufaff]")


@lru_cache(maxsize=8192)
def n_words(line: str) -> int:
    """Words, counting two CJK characters as one (they carry no spaces)."""
    cjk = len(_CJK.findall(line))
    if not cjk:
        return len(_WORD.findall(line))
    return len(_WORD.findall(_CJK.sub(" ", line))) + (cjk + 1) // 2


def ends_sentence(line: str) -> bool:
    core = line.rstrip(_CLOSERS)
    return bool(core) and core[-1] in ".!?。！？…"


def is_sentence(line: str) -> bool:
    """Statistical: prose has at least six words and ends like a sentence."""
    return n_words(line) >= 6 and ends_sentence(line)


def phrase_rule(pattern: str) -> re.Pattern[str]:
    """A phrase rule of the line cleaner: furniture is written in any case."""
    return re.compile(pattern, re.IGNORECASE)
