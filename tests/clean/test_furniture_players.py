"""Video players, related-article teasers and follow lines in flattened text: furniture that
text and JSONL inputs carry, which no HTML extractor removed for us."""

from __future__ import annotations

from storyline.clean import furniture as f
from storyline.clean.text import clean_text
from tests.clean.test_furniture import PARAGRAPHS, _page, _reasons

CONTROLS = "Skip in Skip x Embed x Share CLOSE WHAT TO KNOW ABOUT THE FLOODS"
ITEMS = [
    "Sandbag queues grow in Varnby | 1:12 Residents lined up at the depot before the rain "
    "returned. Gazette Video",
    "The old bridge at night | 0:45 Water reached the arches of the stone bridge after dark. "
    "(March 3) Northern Wire",
    "Mayor visits the shelter | 2:03 Tove Lindqvist met families staying in the school hall. "
    "Gazette Video",
    "Harbour wall holds | 0:58 Engineers said the wall took the surge without damage. "
    "Northern Wire",
]


def _playlist() -> str:
    return " ".join(f"{CONTROLS} {item} {n} of {len(ITEMS)}" for n, item in enumerate(ITEMS, 1))


def test_a_playlist_run_into_one_line_is_a_widget() -> None:
    line = _playlist()
    reasons = _reasons(_page(line))
    assert reasons[line[:24]] == f.WIDGET
    assert reasons[PARAGRAPHS[0][:24]] == ""


def test_a_flattened_article_around_a_playlist_keeps_its_text() -> None:
    article = " ".join(PARAGRAPHS) + " "
    page = article * 2 + _playlist() + " " + article * 2
    assert "Flood water reached the lower town" in clean_text(page).text


def test_a_players_caption_is_removed_and_a_sentence_in_capitals_kept() -> None:
    caption = "CLOSE Volunteers filled sandbags through the night in Varnby. Gazette Video"
    sentence = "CLOSE to 300 homes were evacuated before dawn, the river authority said."
    reasons = _reasons(_page(caption, sentence))
    assert reasons[caption[:24]] == f.WIDGET
    assert reasons[sentence[:24]] == ""


def test_more_teasers_and_follow_lines_go_and_sentences_stay() -> None:
    teaser = "More: Varnby's flood year? The river authority counts the cost"
    follow = "Follow Tove Lindqvist on Twitter: @tovelindqvist"
    sentence = "More than 300 homes were evacuated before dawn, the river authority said."
    reasons = _reasons(_page(teaser, follow, sentence))
    assert reasons[teaser[:24]] != ""
    assert reasons[follow[:24]] != ""
    assert reasons[sentence[:24]] == ""


def test_gallery_captions_ending_with_their_place_are_removed() -> None:
    items = [
        f"Photos: Floods of the decade The river rose over the quay in Varnby in March {year}, "
        f"and boats were tied to lamp posts. "
        + "Shops on the square closed for a week. " * 8
        + f"Hide Caption {n} of 12"
        for n, year in ((3, 2015), (4, 2018), (5, 2021))
    ]
    lines = clean_text(_page(*items)).lines
    assert [ln.reason for ln in lines if ln.text in items] == [f.GALLERY] * 3
    assert PARAGRAPHS[1] in clean_text(_page(*items)).text


def test_one_caption_count_in_prose_is_no_gallery() -> None:
    line = "The museum shows the flood in pictures: this is photo 3 of 12 in its new hall."
    assert _reasons(_page(line))[line[:24]] == ""
