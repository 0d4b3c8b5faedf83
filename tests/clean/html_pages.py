"""Invented HTML pages for the HTML extraction tests."""

from __future__ import annotations

PARAS = [
    "The river authority opened all four spillway gates on Tuesday morning after the reservoir "
    "rose by almost two metres in a single night of heavy rain over the hills.",
    "Engineers said the concrete of the old dam showed no new cracks, but they asked families "
    "living along the lower valley to move their cars and animals to higher ground.",
    "The mayor of the nearest town told reporters that the school gym would stay open as a "
    "shelter until the water level had fallen back below the warning mark.",
    "Farmers downstream said the fields planted with maize in the spring were already under "
    "water, and that the harvest this year would be far smaller than they had hoped.",
]

# An article's paragraphs in HTML, for the title tests that build their own head and h1.
LAMP_PARAGRAPHS = "".join(
    f"<p>{text}</p>"
    for text in (
        "Keepers on Varrow Point lit the old lamp again on Tuesday after a winter in the dark.",
        "The lamp room was rebuilt by volunteers who carried the glass up the stair by hand.",
        "Boats in the bay saw the light from six miles out, the harbour master said.",
    )
)


def page(head: str = "", body_top: str = "", body_end: str = "", lang: str = "en") -> str:
    paras = "\n".join(f"<p>{p}</p>" for p in PARAS)
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news section</a></li>
<li><a href="/sport">Sport and leisure pages</a></li></ul></nav></header>
<main><article>{body_top}<h1>Spillway gates opened as reservoir rises</h1>
<div class="article-body">{paras}</div>{body_end}</article></main>
<aside class="comments"><h3>Comments</h3><div class="comment">I think this is all the fault of
the council and nobody will ever admit it, mark my words on that.</div></aside>
<footer><p>Copyright 2024 Valley Courier. All rights reserved.</p>
<a href="/privacy">Privacy policy and cookie settings for readers</a></footer></body></html>"""


def small_page(head: str, top: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        f"<html><head>{head}</head><body><article>{top}<div class='article-body'>{paras}"
        "</div></article></body></html>"
    )
