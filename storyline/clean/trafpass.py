"""trafilatura's quick precise extraction without the copies it makes for its other modes.

``trafilatura.bare_extraction(tree, fast=True, favor_precision=True)`` copies the tree it is
given (right, so the caller's tree stays whole), then copies that copy again before cleaning it
and copies the cleaned one as a backup: the raw tree and the backup are what its slow modes
read afterwards (the comparison with readability and jusText, the baseline rescue, the recall
retry), and in fast precise mode none of them runs. This module runs the same steps in the same
order on one copy (or on a tree the caller hands over, such as the joined copy of a chunked
article): about a tenth of extraction's time on news pages, for the same text.

The steps are trafilatura 2.3.1's (``trafilatura.core.trafilatura_sequence`` and the parts of
``bare_extraction`` that apply without metadata, language filter, deduplication or comments);
with any other version ``bare_extraction`` itself runs (tests/clean/test_trafpass.py checks
both give the same text).
"""

from __future__ import annotations

from typing import TypedDict

import trafilatura
from lxml.html import HtmlElement
from trafilatura.core import _forum_thread_page
from trafilatura.htmlprocessing import convert_tags, prune_unwanted_nodes, tree_cleaning
from trafilatura.main_extractor import extract_content
from trafilatura.settings import Document as ExtractedPage
from trafilatura.settings import Extractor
from trafilatura.xml import xmltotxt
from trafilatura.xpaths import (
    RAW_TREE_PRUNE_XPATH,
    REMOVE_COMMENTS_AND_LISTS_XPATH,
    REMOVE_COMMENTS_XPATH,
)


class ExtractOptions(TypedDict):
    """The trafilatura options every extraction here uses (typed so each maps to its keyword)."""

    include_comments: bool
    include_tables: bool
    include_images: bool
    include_links: bool
    deduplicate: bool
    with_metadata: bool


EXTRACT_OPTIONS: ExtractOptions = {
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_links": False,
    "deduplicate": False,
    "with_metadata": False,
}

# The version whose steps ``quick_precise_text`` repeats.
STEPS_OF = "2.3.1"
SUPPORTED = trafilatura.__version__ == STEPS_OF


def quick_precise_text(
    tree: HtmlElement, url: str | None, settings: ExtractOptions, owned: bool = False
) -> str | None:
    """The body text ``bare_extraction(tree, url=url, fast=True, favor_precision=True,
    **settings)`` finds (its ``.text``), or None when it finds none. ``owned``: the tree is the
    caller's to give away (it is pruned)."""
    options = Extractor(
        fast=True,
        precision=True,
        comments=settings["include_comments"],
        tables=settings["include_tables"],
        images=settings["include_images"],
        links=settings["include_links"],
        dedup=settings["deduplicate"],
        with_metadata=settings["with_metadata"],
        url=url,
        output_format="python",
    )
    # The steps below are those of this mode without comments, metadata or deduplication.
    repeatable = not (options.comments or options.with_metadata or options.dedup)
    if not SUPPORTED or not repeatable or options.max_tree_size:
        return _text(trafilatura.bare_extraction(tree, options=options))
    try:  # bare_extraction's answer to a failing step: no text
        return _steps(tree if owned else tree.__copy__(), options, url)
    except (TypeError, ValueError):
        return None


def _steps(work: HtmlElement, options: Extractor, url: str | None) -> str | None:
    """trafilatura_sequence's steps in fast precise mode without comments, on ``work``."""
    is_forum = _forum_thread_page(work)
    work = prune_unwanted_nodes(work, RAW_TREE_PRUNE_XPATH)
    work = prune_unwanted_nodes(work, REMOVE_COMMENTS_AND_LISTS_XPATH)
    cleaned = convert_tags(tree_cleaning(work, options), options, url)
    if not is_forum:
        cleaned = prune_unwanted_nodes(cleaned, REMOVE_COMMENTS_XPATH)
    body, text = extract_content(cleaned, options)
    # bare_extraction's size check (no comments: their length is 0)
    if len(text) < options.min_output_size and 0 < options.min_output_comm_size:
        return None
    return str(xmltotxt(body, options.formatting))


def _text(doc: object) -> str | None:
    if not isinstance(doc, ExtractedPage) or doc.body is None:
        return None
    return doc.text if isinstance(doc.text, str) else xmltotxt(doc.body, False)
