"""Where a title names its site (a hyphenated host, a name inside a chain of sections, a bar
that is no "|") and where an h1 holds more than the headline (a subtitle under it) or shares
the page with other h1s."""

from __future__ import annotations

from storyline.clean.html import extract_html
from storyline.clean.htmlmeta import drop_tagline
from storyline.clean.htmlmeta.outlet import strip_site
from tests.clean.html_pages import LAMP_PARAGRAPHS

URL = "https://lampnotes.example/2031/03/keepers-light-the-old-lamp/"


def _page(head: str, body: str = "", lang: str = "en") -> str:
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'>{head}</head><body>"
        f"<article>{body}{LAMP_PARAGRAPHS}</article></body></html>"
    )


def test_a_hyphenated_host_names_the_site() -> None:
    url = "https://harbour-diary.example/2031/lamps/"
    assert strip_site("Keepers Light the Old Lamp | Harbour Diary", None, url) == (
        "Keepers Light the Old Lamp"
    )


def test_sections_after_the_site_name_go_with_it() -> None:
    title = "Keepers Light the Old Lamp - Lamp Notes - Harbour - News"
    assert strip_site(title, "Lamp Notes", URL) == "Keepers Light the Old Lamp"


def test_a_piece_of_the_site_name_inside_a_chain_is_no_cut() -> None:
    url = "https://www.lampnotes.co.uk/news/keepers"
    title = "Keepers Light the Old Lamp | UK | News | Lampnotes.co.uk"
    assert strip_site(title, "Lampnotes.co.uk", url) == "Keepers Light the Old Lamp | UK | News"


def test_a_box_drawing_bar_sets_off_the_site() -> None:
    html = _page("<title>Keepers Light the Old Lamp│Harbour Diary</title>")
    assert extract_html(html, URL).title == "Keepers Light the Old Lamp"


def test_a_chain_of_sections_after_bars_goes_step_by_step() -> None:
    title = "Old lamp no longer lights after the update ? | iLamp | Forum"
    assert drop_tagline(title, "de") == "Old lamp no longer lights after the update ?"
    # a tail all in lower case still continues the headline
    kept = "Keepers Light the Old Lamp — and why it matters"
    assert drop_tagline(kept, "en") == kept


def test_a_subtitle_inside_the_h1_goes_when_a_declared_title_leaves_it_out() -> None:
    h1 = "<h1>Keepers Light the Old Lamp <small>A night on Varrow Point</small></h1>"
    html = _page('<meta property="og:title" content="Keepers Light the Old Lamp">', h1)
    assert extract_html(html, URL).title == "Keepers Light the Old Lamp"
    # a declared title that says the whole h1 keeps it whole
    whole = "Keepers Light the Old Lamp A night on Varrow Point"
    html = _page(f'<meta property="og:title" content="{whole}">', h1)
    assert extract_html(html, URL).title == whole


def test_the_h1_a_declared_title_says_after_its_kicker_beats_other_h1s() -> None:
    body = (
        "<h1>Keepers Light the Old Lamp Again</h1><h1>Your account</h1><h1>Forgotten password</h1>"
    )
    html = _page("<title>Harbour petition : Keepers Light the Old Lamp Again</title>", body)
    assert extract_html(html, URL).title == "Keepers Light the Old Lamp Again"


def test_ascii_stand_ins_for_a_dash_or_a_bar_set_off_the_site() -> None:
    for join in (" -- ", " &gt;&gt; ", " \u2758 ", " \u2223 ", " \u01c0 "):
        html = _page(f"<title>Keepers Light the Old Lamp{join}Lamp Notes</title>")
        assert extract_html(html, URL).title == "Keepers Light the Old Lamp", join
    # "--" that is no separator (no site's name after it) stays in the headline
    assert strip_site("Keepers Light the Old Lamp -- Again", "Lamp Notes", URL) == (
        "Keepers Light the Old Lamp -- Again"
    )


def test_a_shouted_h1_takes_the_case_a_declared_title_types() -> None:
    head = '<meta property="og:title" content="Keepers Light the Old Lamp | Lamp Notes">'
    html = _page(head, "<h1>KEEPERS LIGHT THE OLD LAMP</h1>")
    assert extract_html(html, URL).title == "Keepers Light the Old Lamp"
    # with no declared title in mixed case the h1 stays as printed
    html = _page("<title>KEEPERS LIGHT THE OLD LAMP</title>", "<h1>KEEPERS LIGHT THE OLD LAMP</h1>")
    assert extract_html(html, URL).title == "KEEPERS LIGHT THE OLD LAMP"


def test_characters_printed_as_nothing_leave_the_title() -> None:
    html = _page("", "<h1>Keepers Light\u200b the Old\u2060 Lamp\ufeff</h1>")
    assert extract_html(html, URL).title == "Keepers Light the Old Lamp"


def test_the_site_name_in_brackets_goes() -> None:
    assert strip_site("Keepers Light the Old Lamp (Lamp Notes)", None, URL) == (
        "Keepers Light the Old Lamp"
    )
    assert strip_site("[Lamp Notes] Keepers Light the Old Lamp", None, URL) == (
        "Keepers Light the Old Lamp"
    )
    # a bracket of the headline's own stays
    assert strip_site("Keepers Light the Old Lamp (Video)", None, URL) == (
        "Keepers Light the Old Lamp (Video)"
    )


def test_an_h1_that_stops_at_a_joiner_goes_on_as_the_declared_title_says() -> None:
    head = '<meta property="og:title" content="Keepers Light the Old Lamp: A Night on the Point">'
    body = "<h1>Keepers Light the Old Lamp:</h1><h1>A Night on the Point</h1>"
    assert extract_html(_page(head, body), URL).title == (
        "Keepers Light the Old Lamp: A Night on the Point"
    )


def test_a_site_name_with_marks_its_host_spells_without_them_goes() -> None:
    accented = "https://lumiere-cotiere.example/2031/lamps/"
    assert strip_site("Keepers Light the Old Lamp | Lumière Côtière", None, accented) == (
        "Keepers Light the Old Lamp"
    )
    # German spells an umlaut out in a host name ("ü" as "ue")
    umlaut = "https://kuestenlaempchen.example/2031/lamps/"
    assert strip_site("Keepers Light the Old Lamp - Küstenlämpchen", None, umlaut) == (
        "Keepers Light the Old Lamp"
    )
    # and an outlet named with marks is its name in a title written without them
    assert strip_site("Keepers Light the Old Lamp | Lumiere Cotiere", "Lumière Côtière", URL) == (
        "Keepers Light the Old Lamp"
    )
    # a headline that shares no name with the site keeps its accented words
    kept = "Keepers Light the Old Lamp | Café Society"
    assert strip_site(kept, None, accented) == kept


def test_an_h1_naming_the_site_with_marks_is_no_headline() -> None:
    url = "https://lumiere-cotiere.example/2031/lamps/"
    head = '<meta property="og:title" content="Keepers Light the Old Lamp | Lumière Côtière">'
    html = _page(head, "<h1>Lumière Côtière</h1>")
    assert extract_html(html, url).title == "Keepers Light the Old Lamp"
