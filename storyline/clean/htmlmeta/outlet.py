"""The outlet's name, and recognising it (or the site's host name) inside a title or a byline."""

from __future__ import annotations

import re
import unicodedata

from storyline.clean.htmlmeta.jsonld import article_objects, name_of, types_of

# Between spaces, also the ASCII stand-ins for a dash and a guillemet that some templates
# print ("Headline -- Site", "Headline >> Site"), longest first. Not "//": blogs set it before
# a trail of hashtags ("Headline // #Lamps @lampnotes") that the page prints as its headline.
SEPARATORS = re.compile(r"\s+(?:--|>>|<<|\||-|–|—|―|•|·|∙|⋅|::|:|/|»|«|›|‹|~|_)\s+|\s*\|\s*")


def find_outlet(objects: list[dict], tags: dict[str, str]) -> str | None:
    if tags.get("og:site_name"):
        return tags["og:site_name"].strip()
    for obj in article_objects(objects):
        names = name_of(obj.get("publisher"))
        if names and names[0].strip():
            return names[0].strip()
    for obj in objects:
        if types_of(obj) & {"website", "newsmediaorganization"} and isinstance(
            obj.get("name"), str
        ):
            return obj["name"].strip()
    return tags.get("application-name")


def norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def site_words(outlet: str | None, url: str | None) -> set[str]:
    words: set[str] = set()
    if outlet:
        words.update(spellings(norm(outlet).replace(" ", "")))
    if url:
        host = re.sub(r"^https?://(www\d?\.)?", "", url).split("/")[0].lower()
        # A host's label may join words with hyphens ("lamp-notes.example"); the title
        # writes them apart ("Lamp Notes"), which ``is_site`` compares without spaces.
        labels = [label.replace("-", "") for label in host.split(".")]
        words.update(label for label in labels[:-1] if len(label) > 2)
        words.add("".join(labels[:-1]))
    return {w for w in words if w}


def strip_site(title: str, outlet: str | None, url: str | None) -> str:
    """Drop a leading or trailing ' | Site Name' when it names the site, and what follows the
    site's name inside a chain ("Headline - Site - Section"): the sections a site appends
    after its name, while the headline comes first."""
    site = site_words(outlet, url)
    title = _without_bracketed_site(title, site)
    spans = part_spans(title)
    parts = [title[a:b] for a, b in spans]
    named = [is_site(part, site) for part in parts]
    first, last = 0, len(parts)
    while last - first > 1 and named[last - 1]:
        last -= 1
    while last - first > 1 and named[first]:
        first += 1
    # Inside the chain, only a part that is the site's name and little more ("Lamp Notes
    # Blog"), not a piece of it ("UK" on express.co.uk).
    inner = [i for i in range(first + 1, last - 1) if _names_site(parts[i], site)]
    if inner:
        last = inner[0]
    if (first, last) == (0, len(parts)):
        return title.strip()
    return title[spans[first][0] : spans[last - 1][1]].strip()


# The site's name in brackets after or before the headline ("Headline (Lamp Notes)",
# "[Lamp Notes] Headline").
BRACKETED = re.compile(r"\s+[(\[](?P<end>[^()\[\]]+)[)\]]$|^[(\[](?P<start>[^()\[\]]+)[)\]]\s+")


def _without_bracketed_site(title: str, site: set[str]) -> str:
    """The title without the site's name in brackets at either end: a bracket that holds the
    site's name and little more (``_names_site``), not a bracket of the headline's own
    ("(Video)", "(Update)")."""
    for match in BRACKETED.finditer(title.strip()):
        if _names_site(match["end"] or match["start"], site):
            return title.strip()[: match.start()] + title.strip()[match.end() :]
    return title


def part_spans(title: str) -> list[tuple[int, int]]:
    """(start, end) of each part of a title between ``SEPARATORS``."""
    spans, start = [], 0
    for cut in SEPARATORS.finditer(title):
        spans.append((start, cut.start()))
        start = cut.end()
    return [*spans, (start, len(title))]


def is_site_name(text: str, site: set[str]) -> bool:
    """Stricter than ``is_site``, for a whole h1: the site's name with a few characters around
    it at most ("Acme Blog"), not a headline that uses the word ("Best Business Programs" on
    business.com)."""
    flat = norm(text).replace(" ", "")
    return not flat or any(
        f == s or (len(s) > 3 and (f in s or (s in f and len(f) - len(s) <= 8)))
        for f in spellings(flat)
        for s in site
    )


def _names_site(text: str, site: set[str]) -> bool:
    """The site's name with a few characters around it at most, and never a piece of it."""
    flat = norm(text).replace(" ", "")
    return bool(flat) and any(
        f == s or (len(s) > 3 and s in f and len(f) - len(s) <= 8)
        for f in spellings(flat)
        for s in site
    )


def is_site(segment: str, site: set[str]) -> bool:
    flat = norm(segment).replace(" ", "")
    if not flat:
        return True
    return any(f == s or (len(s) > 3 and (s in f or f in s)) for f in spellings(flat) for s in site)


# German spells an umlaut out where it cannot print it, as host names cannot: "Süddeutsche"
# at sueddeutsche.example. ("ß" is "ss" already once casefolded.)
UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def spellings(flat: str) -> set[str]:
    """A name as written, without its letters' marks ("nestlé" -> "nestle") and with German
    umlauts spelled out: the ways a host name (ASCII letters) writes it."""
    if flat.isascii():
        return {flat}
    return {flat, _unmarked(flat), _unmarked(flat.translate(UMLAUTS))}


def _unmarked(text: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )
