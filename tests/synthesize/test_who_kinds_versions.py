"""Who's who: a product line named with its version mark, an award's category and a town NER
took for a body are no actors of a story (our own fictional sentences)."""

from __future__ import annotations

from storyline.model import Citation, EntityProfile
from storyline.synthesize.who_kinds import award_category, counted_thing
from tests.synthesize.who_entities import ent, pages, who


def test_a_product_line_with_a_version_mark_is_no_actor() -> None:
    text = (
        "Acme said the new handset saves power. It relies on the Vela 835 processor for most "
        "work, and the Vela 835 chip ships in May. The camera runs ZQX+ on every shot, and "
        "ZQX+ merges ten frames. Acme's engineers built the board, Acme said.\n"
    )
    found = who(pages({"d1": text}, {"Acme": "ORG", "Vela": "ORG", "ZQX": "ORG"}), {"d1": text})
    assert "Acme" in found
    assert "Vela" not in found and "ZQX" not in found


def test_a_firm_before_a_number_stays_an_actor() -> None:
    text = (
        "Boreal 737 jets were grounded on Monday. Boreal said the Boreal 737 fleet would fly "
        "again soon. Shares of Tarnfield 20 percent lower closed the day.\n"
    )
    found = who(pages({"d1": text}, {"Boreal": "ORG", "Tarnfield": "ORG"}), {"d1": text})
    assert "Boreal" in found  # it speaks: a maker, whatever it makes


def test_award_categories() -> None:
    for name in ("Best New Video", "Best Folk Tune Album", "Tune of the Year", "Best of the Year"):
        assert award_category(name), name
    for name in ("Best Harbor Group", "Best Buy", "Year", "Mira Best", "Best new things"):
        assert not award_category(name), name


def test_an_award_category_leaves_the_who_is_who() -> None:
    text = (
        "Only one woman (Mira Lund, Best New Video) won an award on the night. The Recording "
        "Guild said Tune of the Year went to Pim Rask. Mira Lund said she was proud.\n"
    )
    names = {
        "Mira Lund": "PERSON",
        "Best New Video": "ORG",
        "Tune of the Year": "ORG",
        "Recording Guild": "ORG",
        "Pim Rask": "PERSON",
    }
    found = who(pages({"d1": text}, names), {"d1": text})
    assert "Best New Video" not in found and "Tune of the Year" not in found
    assert {"Mira Lund", "Recording Guild"} <= set(found)


def test_a_town_tagged_a_body_on_one_page_is_a_place() -> None:
    texts = {
        "d1": "Orsa police said the scam cost victims millions. Chief Leo Brandt said so.\n",
        "d2": "The arrest was made in Orsa on Friday. Leo Brandt said more arrests may come.\n",
        "d3": "Officers in Orsa traced the money. Residents of Orsa were warned.\n",
    }
    per_doc = [
        ("d1", [ent(texts["d1"], "Orsa", "ORG"), ent(texts["d1"], "Leo Brandt", "PERSON")]),
        ("d2", [ent(texts["d2"], "Orsa", "GPE"), ent(texts["d2"], "Leo Brandt", "PERSON")]),
        ("d3", [ent(texts["d3"], "Orsa", "GPE")]),
    ]
    found = who(per_doc, texts)
    assert "Leo Brandt" in found
    assert "Orsa" not in found


def test_a_body_that_acts_is_kept_though_its_name_is_a_town() -> None:
    texts = {
        "d1": "Orsa said on Monday it would appeal. Orsa won the vote.\n",
        "d2": "Voters in Orsa and across Orsa county went to the polls in Orsa.\n",
    }
    per_doc = [
        ("d1", [ent(texts["d1"], "Orsa", "ORG")]),
        ("d2", [ent(texts["d2"], "Orsa", "GPE")]),
    ]
    assert "Orsa" in who(per_doc, texts)


def test_a_town_before_its_police_is_no_body_of_its_own() -> None:
    text = (
        "The Orsa Police Department arrested a man on Friday. Orsa police said he ran the scam "
        "for years, and Orsa Police Chief Leo Brandt said more charges may follow.\n"
    )
    names = {"Orsa Police Department": "ORG", "Leo Brandt": "PERSON"}
    per_doc = pages({"d1": text}, names)
    town = ent(text, "Orsa", "ORG")  # the tagger's own span, not the one inside the body's name
    town.mentions = [m for m in town.mentions if text[m.end : m.end + 12] != " Police Depa"]
    per_doc[0][1].append(town)
    found = who(per_doc, {"d1": text})
    assert "Orsa Police Department" in found and "Leo Brandt" in found
    assert "Orsa" not in found


def test_a_name_counted_like_a_thing_is_a_product_and_its_maker_stays() -> None:
    text = (
        "Tor Vannes will send his midnight-blue Vela Rover to Mars. The payload will be a Vela "
        "Rover playing music, Vannes said. An Orvel spokesman said Orvel shares rose. Orvel "
        "said it would build more. Reporters saw an original Vela Rover on the pad.\n"
    )
    names = {"Tor Vannes": "PERSON", "Vela Rover": "ORG", "Orvel": "ORG"}
    per_doc = [("a", [ent(text, n, label) for n, label in names.items()])]
    listed = who(per_doc, {"a": text})
    assert "Vela Rover" not in listed, listed
    assert {"Tor Vannes", "Orvel"} <= set(listed), listed


def test_a_firm_after_a_phrase_opened_by_an_article_is_no_thing() -> None:
    text = (
        "Ana Ruiz, an attorney with Brell Wolk in Tarnby, filed the suit. A breach disclosed "
        "last year at the dating site Lovo Match hit millions, Ruiz said.\n"
    )
    for name in ("Brell Wolk", "Lovo Match"):
        start = text.index(name)
        cite = Citation(doc_id="a", start=start, end=start + len(name), text=name)
        prof = EntityProfile(key=name, name=name, label="ORG", citations=[cite])
        assert not counted_thing(prof, {"a": text}), name
