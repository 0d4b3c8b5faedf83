"""Who's who without a site's menus, headings in capitals, picture galleries of other stories
and dates cut short (our own fictional pages)."""

from __future__ import annotations

from storyline.synthesize.who_furniture import gallery_openings, non_prose
from tests.synthesize.who_entities import ent, who

MENU = (
    "Categories 2017 MAINS GUIDE EXAM PREP BUDGET BOOK REVIEW ORSA STUDIES CULTURE CURRENT "
    "AFFAIRS DAILY NEWS Brask Notes GENERAL STUDIES GEOGRAPHY HEALTH HISTORY Mission 2018"
)


def test_menu_and_heading_lines_are_not_prose() -> None:
    assert non_prose(MENU)
    assert non_prose("FREE ORSA TEST SERIES")
    assert not non_prose("Ana Ruiz, a hydrologist at Orsa University, said the river rose.")
    assert not non_prose("Skyline Air Flight Lands A Day Before It Took Off")  # a headline


def test_names_only_in_a_menu_or_a_heading_are_no_actors() -> None:
    text = (
        "FREE ORSA TEST SERIES\n"
        f"{MENU}\n"
        "Ana Ruiz of Orsa University said astronauts sequenced microbes aboard the station.\n"
    )
    names = ["ORSA TEST SERIES", "Brask Notes", "Ana Ruiz", "Orsa University"]
    per_doc = [("a", [ent(text, n, "PERSON" if n == "Ana Ruiz" else "ORG") for n in names])]
    found = who(per_doc, {"a": text})
    assert {"Ana Ruiz", "Orsa University"} <= set(found)
    assert "ORSA TEST SERIES" not in found and "Brask Notes" not in found


def test_a_gallery_of_another_story_names_no_actor() -> None:
    text = (
        "A cruise ship hit a bridge near Orsa on Tuesday, police said. Lumen Cruises said "
        "the passengers were safe.\n"
        "Port of Orsa turns 300 The early days The port first handled coal.\n"
        "Port of Orsa turns 300 Growth The steelworks of Brask Steel still use it.\n"
        "Port of Orsa turns 300 Landmarks Architect Tove Lind redesigned the harbour.\n"
    )
    per_doc = [
        ("a", [ent(text, "Lumen Cruises", "ORG"), ent(text, "Brask Steel", "ORG")]),
    ]
    per_doc[0][1].append(ent(text, "Tove Lind", "PERSON", ("Architect",)))
    assert gallery_openings(text) == {("port", "of", "orsa", "turns")}
    found = who(per_doc, {"a": text})
    assert "Lumen Cruises" in found
    assert "Brask Steel" not in found and "Tove Lind" not in found


def test_a_weekday_cut_short_is_no_organisation() -> None:
    text = "The flight landed on Sun. Dec. 31, a day before it left. Skyline Air said so.\n"
    per_doc = [("a", [ent(text, "Sun", "ORG"), ent(text, "Skyline Air", "ORG")])]
    found = who(per_doc, {"a": text})
    assert "Skyline Air" in found and "Sun" not in found


def test_a_shouting_line_is_a_heading_and_a_follow_prompt_is_furniture() -> None:
    assert non_prose("ORSA EXAM SERIES – 2018 (CSAT + GS Total 47 Tests)")
    text = (
        "Brask Holm said the glasses would ship in May.\n"
        "Like us on Facebook or Follow us on Chirper.\n"
    )
    per_doc = [("a", [ent(text, "Brask Holm", "ORG"), ent(text, "Chirper", "ORG")])]
    found = who(per_doc, {"a": text})
    assert "Brask Holm" in found and "Chirper" not in found


def test_a_transcripts_host_is_the_outlets_staff() -> None:
    text = (
        "TOVE LIND, HOST:\n"
        "Good morning. I'm Tove Lind with news of a flight back in time. Skyline Air said the "
        "flight left late.\n"
    )
    per_doc = [("a", [ent(text, "Tove Lind", "PERSON"), ent(text, "Skyline Air", "ORG")])]
    found = who(per_doc, {"a": text})
    assert "Skyline Air" in found and "Tove Lind" not in found


def test_a_host_introducing_herself_is_staff_but_a_quoted_witness_is_not() -> None:
    text = (
        "Good morning. I'm Tove Lind with news of a flight back in time. Skyline Air said the "
        "flight left late.\n"
        "'I'm Ana Ruiz, and I was on board,' the passenger told reporters. Ana Ruiz said it was "
        "fun.\n"
    )
    names = [("Tove Lind", "PERSON"), ("Ana Ruiz", "PERSON"), ("Skyline Air", "ORG")]
    per_doc = [("a", [ent(text, n, label) for n, label in names])]
    found = who(per_doc, {"a": text})
    assert {"Skyline Air", "Ana Ruiz"} <= set(found) and "Tove Lind" not in found
