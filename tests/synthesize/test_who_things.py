"""Who's who: things NER called people or organisations (an adjective run into a noun, a
blade someone owns, an agency's rocket, a car a page quotes) are no actors; their owners stay
(our own fictional sentences)."""

from __future__ import annotations

from storyline.synthesize.entities import merge_and_propagate
from storyline.synthesize.who import who_is_who
from tests.synthesize.who_entities import ent, who


def test_a_common_adjective_run_into_a_noun_is_no_person() -> None:
    text = (
        "Her hall holds a large golden Statue from her parents. Ana Ruiz said the hall was "
        "quiet. Ana Ruiz, an actress, lives in Orsa.\n"
    )
    per_doc = [("a", [ent(text, "golden Statue", "PERSON"), ent(text, "Ana Ruiz", "PERSON")])]
    found = who(per_doc, {"a": text})
    assert "Ana Ruiz" in found and "golden Statue" not in found


def test_a_name_particle_still_opens_a_person() -> None:
    text = "Officials said van Orsel would speak. The mayor van Orsel said the road was shut.\n"
    per_doc = [("a", [ent(text, "van Orsel", "PERSON", ("mayor",))])]
    assert "van Orsel" in who(per_doc, {"a": text})


def test_a_blade_someone_owns_is_no_person() -> None:
    text = (
        "By spring, Ana Ruiz had drawn her Tarno Kenji, posting a clip of the fight. "
        "Ana Ruiz said the clip was old.\n"
    )
    per_doc = [("a", [ent(text, "Tarno Kenji", "PERSON"), ent(text, "Ana Ruiz", "PERSON")])]
    found = who(per_doc, {"a": text})
    assert "Ana Ruiz" in found and "Tarno Kenji" not in found


def test_an_agencys_rocket_is_no_organisation() -> None:
    texts = {
        "a": "Orbitex will fly before Velspace finishes work on Velspace's Deep Lift System.\n",
        "b": "Velspace's Deep Lift System rocket will fly in 2030, Velspace said.\n",
    }
    names = ("Orbitex", "Velspace", "Deep Lift System")
    per_doc = [(d, [ent(t, n, "ORG") for n in names if n in t]) for d, t in texts.items()]
    found = who(per_doc, texts)
    assert "Velspace" in found and "Deep Lift System" not in found


def test_a_car_a_page_credits_a_quote_to_is_no_organisation() -> None:
    text = (
        "Payload will be my Vela Roadster playing a song, Ana Ruiz said. A Vela Roadster "
        "with a song on, the Vela Roadster said in a joke post. Orbitex said it would fly.\n"
    )
    per_doc = [("a", [ent(text, n, "ORG") for n in ("Vela Roadster", "Orbitex")])]
    profiles, _ = merge_and_propagate(per_doc, {"a": text})
    found = {p.name for p in who_is_who(profiles, per_doc, {"a": text}, ["Vela Roadster"])}
    assert "Orbitex" in found and "Vela Roadster" not in found


def test_a_division_an_owner_holds_that_acts_stays() -> None:
    text = (
        "Velspace's Deep Lift Group said the rocket was ready. Velspace's Deep Lift Group hired.\n"
    )
    per_doc = [("a", [ent(text, n, "ORG") for n in ("Velspace", "Deep Lift Group")])]
    assert "Deep Lift Group" in who(per_doc, {"a": text})
