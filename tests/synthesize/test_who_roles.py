"""Who's who: a description headed by an organisation or an event noun is no evidence of a
person ("Brask Holm, the ferry-booking service"; "the harbour music festival Wreckage is
scattered" in a caption), and a passive verb is no action of the name before it."""

from __future__ import annotations

from storyline.synthesize.entities import merge_and_propagate
from storyline.synthesize.who import role_head, who_is_who
from tests.synthesize.who_entities import ent, who


def test_the_head_of_a_description_is_its_noun_before_any_preposition() -> None:
    assert role_head("president of the Orsa region") == "president"
    assert role_head("aerospace contracting company") == "company"
    assert role_head("of the Varnby harbour police") == ""


def test_a_name_described_as_a_service_is_an_organisation() -> None:
    text = (
        "“Ferries turn back more often than people think,” said Ian Pell, a spokesman for "
        "Seatrack, the ferry-tracking service. Seatrack logged the route.\n"
    )
    per_doc = [
        (
            "d",
            [
                ent(text, "Ian Pell", "PERSON", ("spokesman for Seatrack",)),
                ent(text, "Seatrack", "PERSON", ("ferry-tracking service",)),
            ],
        )
    ]
    names = who(per_doc, {"d": text})
    assert names.get("Ian Pell") == "PERSON"
    assert names.get("Seatrack") == "ORG"


def test_a_caption_word_described_as_an_event_is_no_person() -> None:
    text = (
        "Photos: Flood at the harbour music festival Wreckage is scattered on the quay on "
        "Monday. Mayor Lena Holt said the quay would reopen.\n"
    )
    per_doc = [
        (
            "d",
            [
                ent(text, "Wreckage", "PERSON", ("harbour music festival",)),
                ent(text, "Lena Holt", "PERSON", ("Mayor",)),
            ],
        )
    ]
    names = who(per_doc, {"d": text})
    assert "Lena Holt" in names
    assert "Wreckage" not in names


def test_a_middle_initial_does_not_split_a_person() -> None:
    a = "Secretary Rex W. Tallis said the talks would go on.\n"
    b = "Rex Tallis flew to Varnby on Monday.\n"
    per_doc = [
        ("a", [ent(a, "Rex W. Tallis", "PERSON")]),
        ("b", [ent(b, "Rex Tallis", "PERSON")]),
    ]
    profiles, _ = merge_and_propagate(per_doc, {"a": a, "b": b})
    people = [p for p in profiles if p.label == "PERSON"]
    assert len(people) == 1


def test_a_name_beside_a_person_noun_is_a_person_whatever_ner_said() -> None:
    text = (
        "A resident, Mira Holm, told the paper the landlord often walked the grounds. "
        "Tove Brask, a witness, said the roof fell first. Orsa Front, a militant group, "
        "claimed the attack.\n"
    )
    per_doc = [
        (
            "d",
            [
                ent(text, "Mira Holm", "ORG"),
                ent(text, "Tove Brask", "ORG"),
                ent(text, "Orsa Front", "ORG"),
            ],
        )
    ]
    names = who(per_doc, {"d": text})
    assert names.get("Mira Holm") == "PERSON"
    assert names.get("Tove Brask") == "PERSON"
    assert names.get("Orsa Front") == "ORG"


def test_a_participle_opening_the_sentence_is_no_apposition() -> None:
    text = (
        "Citing a government source, Varnby News reported that the port would close. "
        "Varnby News later said the port stayed open.\n"
    )
    per_doc = [("d", [ent(text, "Varnby News", "ORG")])]
    assert who(per_doc, {"d": text}).get("Varnby News") == "ORG"


def test_a_platform_ner_calls_a_person_is_no_person() -> None:
    text = (
        "Lena Holt wondered on Chirper why the ferry turned back. In a post on Chirper she "
        "asked for news. The minister's Chirper account was silent. Holt said she was tired.\n"
    )
    per_doc = [
        ("d", [ent(text, "Lena Holt", "PERSON"), ent(text, "Chirper", "PERSON")]),
    ]
    profiles, _ = merge_and_propagate(per_doc, {"d": text})
    # the parser made it the speaker of a quote: even so, never a person of the story
    names = {p.name for p in who_is_who(profiles, per_doc, {"d": text}, speakers=["Chirper"])}
    assert "Lena Holt" in names
    assert "Chirper" not in names
