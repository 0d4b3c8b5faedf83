"""Names, one rule for every stage: comparable words, the titles a name drops, initials and
acronyms.

analyze links the mentions of one page and synthesize the entities of many pages. Both read an
acronym by the rules here, so a pair that names one organisation on a page ("Transport for
London (TfL)", "European Aeronautic Defence and Space Company (EADS)") names one across pages
too. The words these rules skip (small words, company suffixes) come from the lexicon.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence
from functools import lru_cache

from storyline.lexicon import (
    COMPANY_SUFFIXES,
    HONORIFICS,
    LEGAL_FORMS,
    NAME_SMALL_WORDS,
    TITLES_DROPPED_FROM_NAMES,
)
from storyline.lexicon.nouns import ORG_KIND_WORDS
from storyline.lexicon.organisations import PORTFOLIO_WORDS, STATE_BODY_HEADS

POSSESSIVES = ("'s", "’s", "'", "’")
# What a name drops in front across pages: courtesy titles and the role titles that stand
# before a name ("President Ada Okafor" is Ada Okafor).
NAME_TITLES = HONORIFICS.keys() | TITLES_DROPPED_FROM_NAMES


def words(name: str) -> list[str]:
    """A page's comparable words of a name (the analyzer's in-page linking): case, dots and
    apostrophes ignored, hyphens kept."""
    name = name.replace("’", "'").replace(".", "")
    return [w.lower() for w in name.split() if w]


def flat_words(name: str) -> list[str]:
    """As ``words``, with hyphenated parts split: "Kim Jong-un" == "Kim Jong Un"."""
    return [p for w in words(name) for p in w.split("-") if p]


# The Arabic article a romanisation writes joined by a hyphen or in lower case, or leaves out:
# "Abdel Fattah el-Sisi" = "al-Sisi" = "Sisi", "al Qaeda" = "Qaeda". A capitalised "Al"
# standing alone is kept: it is a given name too ("Al Gore").
ARTICLE = re.compile(
    r"(?<![\w-])(?:[Aa]l|[Ee]l|[Aa]d|[Aa]sh?|[Uu]l)[-‐](?=[A-Za-z]{3})|(?<=\s)(?:al|el) (?=[A-Z])"
)


@lru_cache(maxsize=65536)
def normalise(name: str, label: str) -> tuple[str, ...]:
    """Comparable words of a name across pages (synthesize's merging): accents, possessives,
    dots and hyphens dropped, titles cut in front, and for all but people a legal form cut at
    the end and a plural model number made singular ("A380s")."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"['’]s\b", "", text)
    text = ARTICLE.sub("", text)
    text = text.replace(".", "").replace("-", " ").replace("‐", " ").lower()
    found = re.findall(r"[\w&]+", text)
    while found and (found[0] in NAME_TITLES or found[0] == "the") and len(found) > 1:
        found = found[1:]
    if label == "PERSON" and len(found) > 2:
        # A middle initial is the same person's fuller form: "Rex W. Tillerson", "Rex Tillerson"
        found = [found[0], *(w for w in found[1:-1] if len(w) > 1), found[-1]]
    if label != "PERSON":
        while len(found) > 1 and found[-1] in LEGAL_FORMS:
            found = found[:-1]
        # Model numbers in the plural are the model: "A380s", "787s".
        found = [re.sub(r"^(\w*\d\w*?)s$", r"\1", w) for w in found]
    return tuple(found)


def is_acronym(surface: str) -> bool:
    """ "NIS", "U.N.", and mixed-case forms that keep a small word's letter ("TfL")."""
    bare = surface.replace(".", "")
    if not (2 <= len(bare) <= 6 and bare.isalpha() and bare[0].isupper()):
        return False
    return sum(c.isupper() for c in bare) >= max(2, len(bare) - 1)


def initials(words: Sequence[str], small: bool = True) -> str:
    """First letters of a name's words that start with a letter, upper case; without the
    letters of its small words ("of", "for", "de") unless ``small``."""
    return "".join(
        w[0] for w in words if w[0].isalpha() and (small or w.lower() not in NAME_SMALL_WORDS)
    ).upper()


def spells(acronym: str, long_form: str, loose: bool = False) -> bool:
    """Whether ``acronym`` abbreviates ``long_form`` (any case: a page's "Transport for London"
    or a normalised "transport for london").

    It does when it is the initials of the long form's words, with or without the small words'
    letters ("BoE", "TfL"), after a possessor ("Singapore's S. Rajaratnam School of
    International Studies": RSIS) and a company suffix ("... Space NV": EADS) are cut; or when
    it keeps, in order, at least three quarters of those initials and the last ("NCPA" for
    "National Civil Protection Agency"). ``loose`` (an acronym in brackets right after the
    name) also accepts the same letters in another order, or the same first letter: translated
    names keep the original acronym ("National Agency for Civil Protection (NCPA)").
    """
    for mark in POSSESSIVES:
        if f"{mark} " in long_form and spells(acronym, long_form.split(f"{mark} ", 1)[1]):
            return True
    return spells_initials(acronym, *name_initials(long_form), loose=loose)


def name_initials(long_form: str) -> tuple[str, str]:
    """The initials of a name without and with its small words' letters, a company suffix cut
    ("European Aeronautic Defence and Space Company" -> "EADS", "EADAS")."""
    parts = [w for w in re.split(r"[\s\-]+", long_form) if w]
    while len(parts) > 1 and parts[-1].replace(".", "").lower() in COMPANY_SUFFIXES:
        parts.pop()
    return initials(parts, small=False), initials(parts)


def spells_initials(acronym: str, letters: str, every: str, loose: bool = False) -> bool:
    """``spells`` for a long form's initials, ``letters`` without and ``every`` with its small
    words' (see ``name_initials``): callers that try many acronyms compute them once."""
    acronym = acronym.replace(".", "").upper()
    if not letters:
        return False
    if acronym in (letters, every):
        return True
    if loose and (sorted(acronym) == sorted(letters) or acronym[0] == letters[0]):
        return True
    if len(acronym) < 3 or len(acronym) < 0.75 * len(letters) or acronym[-1] != letters[-1]:
        return False
    it = iter(letters)
    return all(ch in it for ch in acronym)


# What a longer name that opens with an organisation's name calls a body of its own (a
# league, a school, a foundation of that organisation), unlike a legal form or a group word
# ("Acme Group" is Acme).
SUB_BODY_WORDS = ORG_KIND_WORDS - COMPANY_SUFFIXES - {"company", "corporation", "bank"}
# One such word alone makes a body of its own only when it is a charity or a league ("the Acme
# Foundation" is not Acme, but "Orsa University" is the Orsa a page calls the university).
OWN_BODY_ENDS = frozenset({"foundation", "fund", "trust", "charity", "league"})


# On one page, of two words or more: a body's kind that a page's short name never stands for
# ("Acme Youth League", "Orsa Police Department"), unlike what an agency is ("Tarkan News
# Agency" is the Tarkan a page writes).
PAGE_BODY_ENDS = frozenset(
    "league foundation fund trust charity school college academy university institute museum "
    "library hospital clinic police department council committee commission court board club "
    "society association church".split()
)


def sub_body(rest: Sequence[str], page: bool = False) -> bool:
    """The words a longer name adds after an organisation's name (lower case) make it a body
    of its own: "Youth League" of "Acme Youth League", "Foundation" of "Acme Foundation".
    On one ``page``, the bodies' kinds are fewer (``PAGE_BODY_ENDS``)."""
    if len(rest) == 1:
        return rest[0] in OWN_BODY_ENDS
    ends = PAGE_BODY_ENDS if page else SUB_BODY_WORDS
    return len(rest) >= 2 and (rest[-1] in ends or _head_before_of(rest) in ends)


def _head_before_of(rest: Sequence[str]) -> str:
    """The head of a name's rest that an "of"/"for" phrase closes: "institute" of "Institute
    for Policy" ("Orsa Institute for Policy" is not the Orsa a page names)."""
    small = next((i for i, w in enumerate(rest) if w in ("of", "for", "on")), 0)
    return rest[small - 1] if small > 0 else ""


# Words closing a longer name that make it a part of an organisation, not the organisation
# ("Acme Northern Province", "Acme Youth Wing").
BRANCH_ENDS = frozenset("province region branch chapter wing affiliate faction".split())


def regional_branch(rest: Sequence[str], places: Collection[str]) -> bool:
    """The words a longer name adds after an organisation's name (lower case) make it a branch
    of its own: a place of the story or a branch's noun ("West Africa Province" of "Orsa
    State West Africa Province", "Tarnland" of "Acme Tarnland"). Not a place after "of": that
    names the whole body ("Royal Bank of Tarnland")."""
    if not rest or rest[0] in NAME_SMALL_WORDS:
        return False
    return rest[-1] in BRANCH_ENDS or any(w in places for w in rest)


def is_state_body(name_words: Sequence[str]) -> bool:
    """A body named only by its role ("Foreign Ministry", "Ministry of Defence", "Coast
    Guard"), lower-case words: every country has one, so the name alone does not say whose it
    is."""
    found = [w for w in name_words if w not in ("of", "for", "and", "the")]
    return (
        bool(found)
        and any(w in STATE_BODY_HEADS for w in found)
        and all(w in STATE_BODY_HEADS or w in PORTFOLIO_WORDS for w in found)
    )
