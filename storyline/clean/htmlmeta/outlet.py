"""The outlet's name, and recognising it (or the site's host name) inside a title or a byline."""

from __future__ import annotations

import re

from storyline.clean.htmlmeta.jsonld import article_objects, name_of, types_of

SEPARATORS = re.compile(r"\s+(?:\||-|–|—|•|·|::|:|/|»|«)\s+")


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
        words.add(norm(outlet).replace(" ", ""))
    if url:
        host = re.sub(r"^https?://(www\d?\.)?", "", url).split("/")[0].lower()
        labels = host.split(".")
        words.update(label for label in labels[:-1] if len(label) > 2)
        words.add("".join(labels[:-1]))
    return {w for w in words if w}


def strip_site(title: str, outlet: str | None, url: str | None) -> str:
    """Drop a leading or trailing ' | Site Name' when it names the site."""
    site = site_words(outlet, url)
    parts = SEPARATORS.split(title)
    while len(parts) > 1 and is_site(parts[-1], site):
        parts.pop()
    while len(parts) > 1 and is_site(parts[0], site):
        parts.pop(0)
    if len(parts) == len(SEPARATORS.split(title)):
        return title.strip()
    # Re-join with the original separators: cut the title at the kept span.
    first, last = parts[0], parts[-1]
    start = title.find(first)
    end = title.rfind(last) + len(last)
    return title[start:end].strip()


def is_site_name(text: str, site: set[str]) -> bool:
    """Stricter than ``is_site``, for a whole h1: the site's name with a few characters around
    it at most ("Acme Blog"), not a headline that uses the word ("Best Business Programs" on
    business.com)."""
    flat = norm(text).replace(" ", "")
    return not flat or any(
        flat == s or (len(s) > 3 and (flat in s or (s in flat and len(flat) - len(s) <= 8)))
        for s in site
    )


def is_site(segment: str, site: set[str]) -> bool:
    flat = norm(segment).replace(" ", "")
    if not flat:
        return True
    return any(flat == s or (len(s) > 3 and (s in flat or flat in s)) for s in site)
