"""Classes of who's-who errors, on invented texts and analyses: common noun phrases set in
capitals, names from another story a page mentions in passing, a firm a role names as a
workplace, namesakes bridged by a bare surname, and an organisation's everyday name."""

from __future__ import annotations

from storyline.model import Mention
from storyline.synthesize.entities import merge_and_propagate
from storyline.synthesize.who import who_is_who
from tests.synthesize.who_entities import ent, pages, who


def test_a_common_phrase_in_capitals_and_another_storys_names_are_no_actors() -> None:
    texts = {
        "a": "Harbor Freight said the ferry leaked. Thieves took ferry booking codes.\n",
        "b": "Harbor Freight closed the ferry route. Customers were offered ferry booking codes.\n",
        "c": (
            "Harbor Freight said the ferry was safe; its Ferry Booking Codes were reset.\n"
            "Elsewhere, the snow season is here. Olav Brenn weighs in on skiing.\n"
        ),
    }
    per_doc = [
        (d, [ent(t, n, lbl) for n, lbl in names if n in t])
        for d, t in texts.items()
        for names in [
            [("Harbor Freight", "ORG"), ("Ferry Booking Codes", "ORG"), ("Olav Brenn", "PERSON")]
        ]
    ]
    names = who(per_doc, texts)
    assert "Harbor Freight" in names
    assert "Ferry Booking Codes" not in names
    assert "Olav Brenn" not in names


def test_a_workplace_in_a_role_is_an_organisation() -> None:
    text = (
        "“Ferries sink slowly,” says Tove Lind, a shipping lawyer with Brask Holm in Varnby. "
        "Brask Holm did not comment.\n"
    )
    per_doc = [
        (
            "d",
            [
                ent(text, "Tove Lind", "PERSON", ("shipping lawyer with Brask Holm in Varnby",)),
                ent(text, "Brask Holm", "PERSON"),
            ],
        )
    ]
    names = who(per_doc, {"d": text})
    assert names.get("Brask Holm") == "ORG"


def test_a_bare_surname_does_not_bridge_namesakes_across_pages() -> None:
    a = "Jon Ek, the ferry's captain, spoke first. Ek said the hull was sound.\n"
    b = "Per Ek, the captain's father, said he was proud. Ek wept.\n"
    per_doc = []
    for doc_id, text, full in (("a", a, "Jon Ek"), ("b", b, "Per Ek")):
        e = ent(text, full, "PERSON")
        start = text.index("Ek said") if doc_id == "a" else text.index("Ek wept")
        e.mentions.append(Mention(text="Ek", start=start, end=start + 2))
        e.aliases = ["Ek"]
        per_doc.append((doc_id, [e]))
    profiles, _ = merge_and_propagate(per_doc, {"a": a, "b": b})
    people = [p for p in profiles if p.label == "PERSON"]
    assert len(people) == 2


def test_an_organisation_keeps_the_name_most_pages_use() -> None:
    texts = {f"d{i}": f"Varnco said on day {i} that the ferry was safe.\n" for i in range(4)}
    texts["d4"] = "Varnco said its unit Varnco Payroll Services was hit.\n"
    per_doc = [(d, [ent(t, "Varnco", "ORG")]) for d, t in texts.items()]
    per_doc[-1][1].append(ent(texts["d4"], "Varnco Payroll Services", "ORG"))
    profiles, _ = merge_and_propagate(per_doc, texts)
    assert profiles[0].name == "Varnco"


def test_a_name_that_mostly_heads_a_common_noun_is_no_actor() -> None:
    texts = {
        "a": "Thieves took Civic Pass numbers and Harbor Freight said so.\n",
        "b": "Harbor Freight lost Civic Pass numbers, it said.\n",
    }
    per_doc = [
        (d, [ent(t, "Harbor Freight", "ORG"), ent(t, "Civic Pass numbers", "ORG")])
        for d, t in texts.items()
    ]
    names = who(per_doc, texts)
    assert "Harbor Freight" in names
    assert not any(n.startswith("Civic Pass") for n in names)


def test_the_pages_own_staff_is_no_actor() -> None:
    texts = {
        "a": "Harbor Freight said the ferry leaked.\nVarn Radio's Lisa Dahl contributed to this.\n",
        "b": "Harbor Freight closed the route, Varn Radio's Lisa Dahl reported on Monday.\n",
    }
    per_doc = [
        (d, [ent(t, "Harbor Freight", "ORG"), ent(t, "Lisa Dahl", "PERSON")])
        for d, t in texts.items()
    ]
    profiles, _ = merge_and_propagate(per_doc, texts)
    own = who_is_who(
        profiles, per_doc, texts, outlets={"a": "www.varnradio.com", "b": "Varn Radio"}
    )
    assert {p.name for p in own} == {"Harbor Freight"}
    other = who_is_who(profiles, per_doc, texts, outlets={"a": "news.example", "b": "Other Post"})
    assert "Lisa Dahl" in {p.name for p in other}


def test_a_firm_that_opens_its_products_name_stays_apart() -> None:
    texts = {
        "a": "The Lumetra Orbit Core chip speeds up photos. Lumetra said it ships in May.\n",
        "b": "Orbit Core is a custom chip. Lumetra built it for its phones.\n",
        "c": "Lumetra shares rose. Orbit Core reviews were good.\n",
    }
    per_doc = pages(texts, dict.fromkeys(("Lumetra Orbit Core", "Orbit Core", "Lumetra"), "ORG"))
    profiles, _ = merge_and_propagate(per_doc, texts)
    for prof in profiles:
        names = {prof.name, *prof.aliases}
        assert not ({"Lumetra", "Orbit Core"} <= names)


def test_a_common_last_word_is_no_short_name_of_an_organisation() -> None:
    texts = {
        "a": "The Crescent State claimed the attack. Fighters of the Crescent State fled.\n",
        "b": "Officials said the State would respond. The Crescent State denied it.\n",
        "c": "State media said the Crescent State was behind it.\n",
    }
    per_doc = pages(texts, {"Crescent State": "ORG", "State": "ORG"})
    profiles, _ = merge_and_propagate(per_doc, texts)
    front = next(p for p in profiles if p.name == "Crescent State")
    assert "State" not in front.aliases


def test_a_full_name_tagged_organisation_ending_in_a_persons_surname_is_that_person() -> None:
    texts = {
        "a": "Model Ana Lindqvist was aboard. Lindqvist said she was tired.\n",
        "b": "Lindqvist posted updates all night. Lindqvist said the crew was kind.\n",
    }
    per_doc = [
        ("a", [ent(texts["a"], "Ana Lindqvist", "ORG"), ent(texts["a"], "Lindqvist", "PERSON")]),
        ("b", [ent(texts["b"], "Lindqvist", "PERSON")]),
    ]
    names = who(per_doc, texts)
    assert all(label == "PERSON" for n, label in names.items() if "Lindqvist" in n)


def test_an_everyday_word_in_capitals_is_no_organisation() -> None:
    texts = {
        "a": "The Crescent State claimed the attack, according to the State news channel.\n",
        "b": "Officials said state media had reported the claim. The state of alert was raised.\n",
    }
    per_doc = [
        ("a", [ent(texts["a"], "Crescent State", "ORG"), ent(texts["a"], "State", "ORG")]),
        ("b", []),
    ]
    per_doc[0][1][1].mentions[:] = [m for m in per_doc[0][1][1].mentions if m.start > 20]
    names = who(per_doc, texts)
    assert "Crescent State" in names
    assert "State" not in names
