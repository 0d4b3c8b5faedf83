"""What a page declares about itself for machines: JSON-LD objects and <meta> tags."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from lxml.html import HtmlElement

ARTICLE_TYPES = {
    "article",
    "newsarticle",
    "blogposting",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "reviewnewsarticle",
    "backgroundnewsarticle",
    "report",
    "techarticle",
    "scholarlyarticle",
    "liveblogposting",
    "socialmediaposting",
    "posting",
    "medicalwebpage",
    "howto",
    "recipe",
    "review",
    "creativework",
    "discussionforumposting",
}


def _walk(node: object) -> Iterator[dict]:
    if isinstance(node, list):
        for item in node:
            yield from _walk(item)
    elif isinstance(node, dict):
        yield node
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            if isinstance(node.get(key), list | dict):
                yield from _walk(node[key])


def jsonld_objects(tree: HtmlElement) -> list[dict]:
    """Every JSON-LD object on the page, @graph members flattened; broken blocks are skipped."""
    found: list[dict] = []
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        raw = (script.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            # Common breakage: several objects pasted one after another, or a trailing ';'.
            try:
                data = json.loads(
                    "[" + re.sub(r"}\s*{", "},{", raw.rstrip(";")) + "]", strict=False
                )
            except ValueError:
                continue
        found.extend(_walk(data))
    return found


def types_of(obj: dict) -> set[str]:
    kind = obj.get("@type") or []
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower() for k in kinds}


def article_objects(objects: list[dict]) -> list[dict]:
    return [o for o in objects if types_of(o) & ARTICLE_TYPES]


def name_of(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, str):
            return [name]
        parts = [value.get(k) for k in ("givenName", "familyName") if value.get(k)]
        return [" ".join(str(p) for p in parts)] if parts else []
    if isinstance(value, list):
        return [n for item in value for n in name_of(item)]
    return []


def meta_tags(tree: HtmlElement) -> dict[str, str]:
    """name/property/itemprop (lower-cased) -> first non-empty content."""
    tags: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        content = (meta.get("content") or "").strip()
        if key and content:
            tags.setdefault(key.strip().lower(), content)
    return tags
