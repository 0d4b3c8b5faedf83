"""Page furniture between an article's paragraphs, on invented pages: galleries, captions,
boxes run into the text, capitals, widgets, reader appeals, chat-widget pages."""

from __future__ import annotations

import pytest

from storyline.clean import clean_document
from storyline.clean import furniture as f
from storyline.clean.text import clean_text
from storyline.errors import InputError
from storyline.model import RawDocument

PARAGRAPHS = [
    "Flood water reached the lower town of Varnby on Tuesday night after three days of rain in "
    "the hills, the river authority said.",
    "About 300 homes were evacuated before dawn, and two schools on the river road will stay "
    "closed for the rest of the week.",
    '"We have never seen the river this high in March, and we do not expect it to fall before '
    'Friday," said the mayor, Tove Lindqvist.',
    "Engineers will inspect the old stone bridge and the harbour wall once the water falls, "
    "officials said on Wednesday.",
]


def _reasons(text: str) -> dict[str, str]:
    return {ln.text[:24]: ln.reason for ln in clean_text(text).lines}


HEADLINE = "River floods lower Varnby as the rain goes on"


def _page(*middle: str) -> str:
    first, second, third, fourth = PARAGRAPHS
    return "\n".join([HEADLINE, first, second, *middle, third, fourth])


def test_gallery_items_and_heading_are_removed() -> None:
    page = _page(
        "Region in pictures",
        "3 show all Region in pictures",
        "1/3 2 March 2031 A choir sings at the harbour festival in Ostby Lena Berg/Photo Desk",
        "2/3 1 March 2031 Cyclists race along the coast road near Hallen Photo Desk",
        "3/3 28 February 2031 The new ferry Saga leaves port for the first time Photo Desk",
    )
    reasons = _reasons(page)
    assert reasons["Region in pictures"] == f.GALLERY
    assert reasons["3 show all Region in pic"] == f.GALLERY
    assert reasons["1/3 2 March 2031 A choir"] == f.GALLERY
    assert reasons["3/3 28 February 2031 The"] == f.GALLERY
    assert all(reasons[p[:24]] == "" for p in PARAGRAPHS)


def test_gallery_run_into_one_line_is_removed() -> None:
    line = "Varnby floods 2 show all Varnby floods 1/2 Water in the square A. Holm 2/2 Boats B. Ek"
    assert _reasons(_page(line))[line[:24]] == f.GALLERY


def test_a_date_or_score_with_a_slash_is_no_gallery() -> None:
    line = "The 2030/31 budget set aside 4/5 of the fund for repairs, the council said."
    assert _reasons(_page(line))[line[:24]] == ""


def test_captions_between_paragraphs_go_and_subheadings_stay() -> None:
    page = _page(
        "Residents carry belongings through the flooded square in Varnby Photo Desk",
        "Tove Lindqvist on the flood defences",
        "What the River Authority Plans Next",
    )
    reasons = _reasons(page)
    assert reasons["Residents carry belongin"] == f.INNER_CAPTION
    assert reasons["Tove Lindqvist on the fl"] == f.INNER_CAPTION
    assert reasons["What the River Authority"] == ""  # a subheading in Title Case


def test_captions_are_left_alone_on_pages_that_never_punctuate() -> None:
    page = "\n".join([HEADLINE, *(p.rstrip(".") for p in PARAGRAPHS[:2] + PARAGRAPHS[3:])])
    page += "\n"
    page += "Residents carry belongings through the flooded square in Varnby\nThe end of it all."
    assert all(ln.kept or ln.reason == "title" for ln in clean_text(page).lines)


def test_a_list_announced_by_a_colon_is_article_text() -> None:
    page = _page(
        "The authority listed three measures:",
        "sandbags for every house on the river road",
        "Pumps moved from the upper town overnight",
    )
    reasons = _reasons(page)
    assert reasons["Pumps moved from the upp"] == ""


def test_box_with_capital_heading_run_into_its_text() -> None:
    box = "TOP STORIES TODAY SHOCK EXIT Singer quits band before tour BIG WIN Local team lifts cup"
    tips = "PACK A GO BAG Keep papers, medicine and a torch by the door."
    reasons = _reasons(_page(box, tips))
    assert reasons[box[:24]] == f.BOX
    assert reasons[tips[:24]] == f.BOX


def test_a_paper_that_opens_paragraphs_in_capitals_keeps_them() -> None:
    lead = "FLOOD water reached the lower town of Varnby on Tuesday night, officials said."
    assert _reasons(_page(lead))[lead[:24]] == ""


def test_labels_in_capitals_are_removed() -> None:
    labels = "VARNBY OSTBY HALLEN 40 km"
    assert _reasons(_page(labels))[labels[:24]] == f.CAPITALS


@pytest.mark.parametrize(
    "line,reason",
    [
        ("Skip in Skip x Embed x Share CLOSE", f.WIDGET),
        ("Replay Mute Fullscreen Captions", f.WIDGET),
        ("Gazette News Enter your email Email is invalid Email is invalid Try again", f.WIDGET),
        ("Got a story? Email us at desk@example.org or click here to upload your video.", f.APPEAL),
        ("Read or share this story: https://example.org/x1", f.LINK_TAIL),
        ("(Jane Doe / The Gazette)", f.CREDIT),
        ("Chat with us - we typically reply in a few minutes", f.CHAT),
    ],
)
def test_widget_lines(line: str, reason: str) -> None:
    assert _reasons(_page(line))[line[:24]] == reason


@pytest.mark.parametrize(
    "line",
    [
        '"We want a bridge! We want a bridge!" the crowd chanted outside the town hall.',
        "Watch the river, the mayor told residents, and share what you see with neighbours.",
        "Residents can call the helpline on 0800 000 000 for sandbags, the council said.",
        # a flattened page: one long paragraph, cut off without a full stop, that happens to
        # say a phrase twice in a row
        "The river rose through the night and the council opened the school hall. "
        + "Volunteers filled sandbags until dawn while the pumps ran. " * 4
        + "By noon the water stood at the bridge and at the bridge and it was still rising",
    ],
)
def test_prose_that_looks_like_a_widget_is_kept(line: str) -> None:
    assert _reasons(_page(line))[line[:24]] == ""


def test_a_page_of_only_a_chat_widget_is_a_failed_input() -> None:
    page = "Support\nHi there! How can we help you today?\nType your message here\nSend\n"
    raw = RawDocument(source="helpdesk.txt", content=page.encode())
    with pytest.raises(InputError, match="helpdesk.txt: no article text"):
        clean_document(raw)


def test_an_article_with_a_chat_line_is_still_an_article() -> None:
    page = "\n".join([HEADLINE, *PARAGRAPHS]) + "\nLive chat: we typically reply in a few minutes\n"
    doc = clean_document(RawDocument(source="gazette.txt", content=page.encode()))
    assert doc.text.startswith("Flood water reached")
    assert any(r.reason == f.CHAT for r in doc.removed)


def test_a_flattened_page_with_a_box_or_gallery_inside_keeps_its_article() -> None:
    """Text input flattened to one line: dropping the line for the box or the gallery in it
    would drop the whole article."""
    article = " ".join(PARAGRAPHS) + " "
    box = "TOP STORIES TODAY SHOCK EXIT Singer quits band before tour. "
    gallery = "Varnby floods 2 show all Varnby floods 1/2 Water in the square 2/2 Boats B. Ek "
    for inside in (box, gallery):
        page = article * 2 + inside + article * 2
        cleaned = clean_text(page)
        assert "Flood water reached the lower town" in cleaned.text, inside
