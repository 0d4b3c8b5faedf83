"""Who's who: vehicles, weapons, craft and named events are no actors, whatever NER tagged
them; their makers and organisers stay (our own fictional sentences)."""

from __future__ import annotations

from storyline.synthesize.entities import merge_and_propagate
from storyline.synthesize.who import who_is_who
from tests.synthesize.who_entities import ent, who


def test_a_rocket_a_page_calls_a_rocket_is_no_organisation() -> None:
    texts = {
        "a": "Orbitex said the Vela Heavy will fly on Monday. The Vela Heavy rocket is tall.\n",
        "b": "The Vela Heavy lifted off. Orbitex said the Vela Heavy carried a car.\n",
    }
    names = {"Vela Heavy": "ORG", "Vela Heavy rocket": "ORG", "Orbitex": "ORG"}
    per_doc = [
        (d, [ent(t, n, label) for n, label in names.items() if n in t]) for d, t in texts.items()
    ]
    found = who(per_doc, texts)
    assert "Orbitex" in found
    assert not {"Vela Heavy", "Vela Heavy rocket"} & set(found)


def test_a_rifle_model_and_a_series_mark_are_no_organisations() -> None:
    text = (
        "The gunman used a KR-15 bought in Orsa. Police said the KR-15 was legal. "
        "The Tarn IV lifted a satellite for Orbitex. Orbitex said the Tarn IV was retired.\n"
    )
    per_doc = [
        ("a", [ent(text, n, "ORG") for n in ("KR-15", "Tarn IV", "Orbitex", "Police")]),
    ]
    found = who(per_doc, {"a": text})
    assert "Orbitex" in found
    assert not {"KR-15", "Tarn IV"} & set(found)


def test_an_acronym_described_as_a_technique_is_a_product() -> None:
    text = "Brask uses VISR, a technique that sharpens photos. Brask said VISR runs fast.\n"
    per_doc = [("a", [ent(text, "VISR", "ORG", ("technique",)), ent(text, "Brask", "ORG")])]
    found = who(per_doc, {"a": text})
    assert "Brask" in found and "VISR" not in found


def test_a_named_game_is_an_occasion_not_an_organisation() -> None:
    text = (
        "The Orsa Falcons lost the North Coast Championship Game in May. The Orsa Falcons "
        "said the North Coast Championship Game was their last.\n"
    )
    per_doc = [
        ("a", [ent(text, "Orsa Falcons", "ORG"), ent(text, "North Coast Championship Game", "ORG")])
    ]
    found = who(per_doc, {"a": text})
    assert "Orsa Falcons" in found
    assert "North Coast Championship Game" not in found


def test_a_rocket_given_quotes_is_still_no_actor() -> None:
    texts = {
        "a": "“We are ready,” the Vela Heavy said in a launch video. Orbitex said it flew.\n",
        "b": "The Vela Heavy rocket lifted off. Orbitex said the Vela Heavy carried a car.\n",
    }
    names = {"Vela Heavy": "ORG", "Vela Heavy rocket": "ORG", "Orbitex": "ORG"}
    per_doc = [
        (d, [ent(t, n, label) for n, label in names.items() if n in t]) for d, t in texts.items()
    ]
    profiles, _ = merge_and_propagate(per_doc, texts)
    found = {p.name for p in who_is_who(profiles, per_doc, texts, speakers=["Vela Heavy"])}
    assert "Orbitex" in found
    assert "Vela Heavy" not in found


def test_a_person_described_as_a_company_and_a_stray_noun_is_an_organisation() -> None:
    text = "Orbitex, the space-launch company, said the car flew. Orbitex, cargo, is ready.\n"
    per_doc = [("a", [ent(text, "Orbitex", "PERSON", ("space-launch company", "cargo"))])]
    assert who(per_doc, {"a": text}).get("Orbitex") == "ORG"


def test_a_song_title_given_quotes_is_still_no_person() -> None:
    text = (
        "The car will play “Orsa Nights” on a loop. “Orsa Nights” was a hit in 1969. "
        "Ana Ruiz, a singer, said she loved “Orsa Nights”.\n"
    )
    per_doc = [("a", [ent(text, "Orsa Nights", "PERSON"), ent(text, "Ana Ruiz", "PERSON")])]
    profiles, _ = merge_and_propagate(per_doc, {"a": text})
    found = {p.name for p in who_is_who(profiles, per_doc, {"a": text}, speakers=["Orsa Nights"])}
    assert "Ana Ruiz" in found and "Orsa Nights" not in found


def test_a_person_named_like_a_trade_is_an_organisation() -> None:
    text = "Vela Motors said sales rose. Vela Motors will build a plant in Orsa.\n"
    per_doc = [("a", [ent(text, "Vela Motors", "PERSON")])]
    assert who(per_doc, {"a": text}).get("Vela Motors") == "ORG"


def test_a_named_trophy_is_no_person() -> None:
    text = "Brask won the Orsa Trophy in 2004. The Orsa Trophy is given each year.\n"
    per_doc = [("a", [ent(text, "Orsa Trophy", "PERSON"), ent(text, "Brask", "PERSON")])]
    assert "Orsa Trophy" not in who(per_doc, {"a": text})
