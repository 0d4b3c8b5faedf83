"""A town NER calls a person is a place when a page writes it with its region ("to Orsa
Falls, North Tarn,"): it leaves the who's who (our own fictional pages)."""

from __future__ import annotations

from tests.synthesize.who_entities import ent, who


def test_a_town_written_with_its_region_is_no_person() -> None:
    texts = {
        "a": "Two players boarded a flight to Orsa Falls, North Tarn, on Sunday. Ana Ruiz said "
        "the crew apologised.\n",
        "b": "The players later flew to Orsa Falls, Ana Ruiz said.\n",
    }
    per_doc = [
        (
            d,
            [ent(t, "Orsa Falls", "PERSON"), ent(t, "Ana Ruiz", "PERSON")]
            + ([ent(t, "North Tarn", "GPE")] if "North Tarn" in t else []),
        )
        for d, t in texts.items()
    ]
    names = who(per_doc, texts)
    assert "Ana Ruiz" in names
    assert "Orsa Falls" not in names


def test_a_person_with_a_role_beside_a_region_stays() -> None:
    text = "The governor, Tove Lind, North Tarn's leader, spoke. Tove Lind, a lawyer, said so.\n"
    per_doc = [
        ("a", [ent(text, "Tove Lind", "PERSON", ("lawyer",)), ent(text, "North Tarn", "GPE")])
    ]
    assert "Tove Lind" in who(per_doc, {"a": text})
