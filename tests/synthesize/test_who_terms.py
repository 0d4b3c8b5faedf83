"""Who's who: tickers, technical acronyms, places a page describes, firms and people read from
the words around a name (``storyline.synthesize.who_terms``)."""

from __future__ import annotations

from storyline.model import Citation, Entity, EntityProfile, Mention
from storyline.synthesize.entities import merge_and_propagate
from storyline.synthesize.who import who_is_who
from storyline.synthesize.who_terms import (
    firm_apart,
    in_exchange_bracket,
    listed_firm,
    named_place,
    person_surname,
    shared_aliases_dropped,
)
from tests.synthesize.who_entities import ent, who


def who_profiles(
    per_doc: list[tuple[str, list[Entity]]], texts: dict[str, str]
) -> list[EntityProfile]:
    profiles, _ = merge_and_propagate(per_doc, texts)
    return who_is_who(profiles, per_doc, texts)


def test_an_exchange_bracket_holds_the_exchange_and_the_ticker() -> None:
    text = "Rockets built by Brask Orrin (NYSE:BRO) and Tarn Aero (Nasdaq: TRN) flew."
    for word in ("NYSE", "BRO", "Nasdaq", "TRN"):
        start = text.index(word)
        assert in_exchange_bracket(text, start, start + len(word))
    start = text.index("Brask")
    assert not in_exchange_bracket(text, start, start + len("Brask Orrin"))


def test_a_ticker_and_its_exchange_leave_and_the_listed_name_is_a_company() -> None:
    text = (
        "Rockets built by Velant (NYSE:VLN) and Brask Orrin (NYSE:BRO) carried the probe. "
        "Brask Orrin and Velant said the launch went well.\n"
    )
    per_doc = [
        (
            "d",
            [
                ent(text, "Velant", "ORG"),
                ent(text, "NYSE", "ORG"),
                ent(text, "VLN", "ORG"),
                ent(text, "BRO", "ORG"),
                ent(text, "Brask Orrin", "PERSON"),
            ],
        )
    ]
    names = who(per_doc, {"d": text})
    assert names.get("Brask Orrin") == "ORG"
    assert names.get("Velant") == "ORG"
    assert not {"NYSE", "VLN", "BRO"} & set(names)


def test_technical_acronyms_leave_and_bodies_stay() -> None:
    text = (
        "The Tarn phone adds Shared View (SV) stickers. Like all SV stickers, they move. "
        "The chip saves power by reducing XPU cycles. The flight left at 11:36 a.m. (0336 "
        "ZTM) for Orsa. Travellers passed through the TSA checkpoint. NSB agents searched "
        "the hold, and NSB said the plane was safe.\n"
    )
    per_doc = [
        (
            "d",
            [
                ent(text, "SV", "ORG"),
                ent(text, "XPU", "ORG"),
                ent(text, "ZTM", "ORG"),
                ent(text, "TSA", "ORG"),
                ent(text, "NSB", "ORG"),
            ],
        )
    ]
    names = who(per_doc, {"d": text})
    assert not {"SV", "XPU", "ZTM"} & set(names)
    assert names.get("TSA") == "ORG"  # "the TSA checkpoint": a body's
    assert names.get("NSB") == "ORG"  # "NSB agents", "NSB said"


def test_a_name_described_as_a_village_is_a_place() -> None:
    text = (
        "Ana Ruiz is from Orsa Vale is a village of about 600 people. Ana Ruiz said the "
        "soldiers came at night.\n"
    )
    per_doc = [("d", [ent(text, "Orsa Vale", "PERSON"), ent(text, "Ana Ruiz", "PERSON")])]
    names = who(per_doc, {"d": text})
    assert "Orsa Vale" not in names
    assert names.get("Ana Ruiz") == "PERSON"


def test_kin_before_a_one_word_organisation_makes_a_person() -> None:
    text = (
        "Her father Bassam has said she was upset. Bassam called the hearing a political "
        "trial on Monday.\n"
    )
    per_doc = [("d", [ent(text, "Bassam", "ORG")])]
    assert who(per_doc, {"d": text}).get("Bassam") == "PERSON"


def test_firm_words_and_body_nouns_make_an_organisation_of_a_person() -> None:
    text = (
        "Tarn weaned itself off chip giant Velcor this year, and Velcor said it was sad. "
        "Orsa's Vorn Tal security agency referred questions to the army.\n"
    )
    per_doc = [
        (
            "d",
            [
                ent(text, "Velcor", "PERSON", ("chip giant",)),
                ent(text, "Vorn Tal", "PERSON"),
                ent(text, "Tarn", "ORG"),
            ],
        )
    ]
    names = who(per_doc, {"d": text})
    assert names.get("Velcor") == "ORG"
    assert names.get("Vorn Tal") != "PERSON"


def test_a_film_producer_stays_a_person_and_a_lone_surname_is_theirs() -> None:
    one = (
        "Harlan Vost, the embattled Hollywood producer, denied it. Vost said nothing more. "
        "Edda Marr, the director, spoke later.\n"
    )
    two = "She says Marr noticed after a dinner that she was tense. Marr's partnership ended.\n"
    per_doc = [
        (
            "a",
            [
                ent(one, "Harlan Vost", "PERSON", ("embattled Hollywood producer",)),
                ent(one, "Edda Marr", "PERSON", ("director",)),
            ],
        ),
        ("b", [ent(two, "Marr", "ORG")]),
    ]
    names = who(per_doc, {"a": one, "b": two})
    assert names.get("Harlan Vost") == "PERSON"
    assert names.get("Edda Marr") == "PERSON"
    assert names.get("Marr", "PERSON") == "PERSON"


def test_a_one_word_surname_is_a_person_unless_it_opens_a_firm_name() -> None:
    marr = EntityProfile(key="org:marr", name="Marr", label="ORG")
    surnames = {"marr": {"person:edda-marr"}}
    assert person_surname(marr, surnames)
    assert not person_surname(marr, surnames, {"marr"})  # "Marr Company" is named too
    assert person_surname(marr, {"marr": {"person:edda-marr", "person:tom-marr"}})


def test_names_of_places_and_stops_of_a_journey_are_no_organisations() -> None:
    assert named_place("Orsa Space Station")
    assert not named_place("Orsa Union Station")  # a union's name
    assert not named_place("Delta")  # one word: an airline as often as a river's mouth
    assert not named_place("Islamic State")
    text = (
        "The flight from ORX turned back. It landed back at ORX after four hours, and the "
        "airline flew everyone back to ORX on Friday. Reporters asked ORX for comment. "
        "Crews aboard the Orsa Space Station could see the plane.\n"
    )
    per_doc = [("d", [ent(text, "ORX", "ORG"), ent(text, "Orsa Space Station", "ORG")])]
    names = who(per_doc, {"d": text})
    assert not {"ORX", "Orsa Space Station"} & set(names)


def test_a_bare_name_two_people_share_is_shown_under_neither() -> None:
    ana = EntityProfile(key="p:ana", name="Ana Vale", label="PERSON", aliases=["Vale", "Ana"])
    tom = EntityProfile(key="p:tom", name="Tom Vale", label="PERSON", aliases=["Vale"])
    firm = EntityProfile(key="o:vale", name="Vale Group", label="ORG", aliases=["Vale"])
    shown = {p.name: p.aliases for p in shared_aliases_dropped([ana, tom, firm])}
    assert shown == {"Ana Vale": ["Ana"], "Tom Vale": [], "Vale Group": ["Vale"]}


def test_a_firm_comes_apart_from_the_product_named_after_it() -> None:
    one = (
        "Its cargo will be Orrin's own Vela Roadster, he said. Orrin runs the electric car "
        "company Vela (VLA), and Vela said the Vela Roadster was ready.\n"
    )
    two = "The Vela Roadster will fly on the rocket. Fans cheered the Vela Roadster.\n"
    per_doc = [
        ("a", [ent(one, "Vela Roadster", "ORG")]),
        ("b", [ent(two, "Vela Roadster", "ORG")]),
    ]
    # the page's linker put the bare "Vela" into the longer name
    first = per_doc[0][1][0]
    start = one.index("Vela (")
    bare = [Mention(text="Vela", start=start, end=start + 4)]
    start = one.index("Vela said")
    bare.append(Mention(text="Vela", start=start, end=start + 4))
    per_doc[0][1][0] = first.model_copy(
        update={"aliases": ["Vela"], "mentions": [*first.mentions, *bare]}
    )
    profiles = {p.name: p for p in who_profiles(per_doc, {"a": one, "b": two})}
    assert "Vela" in profiles
    assert {c.text for c in profiles["Vela"].citations} == {"Vela"}
    assert "Vela" not in profiles.get("Vela Roadster", profiles["Vela"]).aliases


def test_a_firm_and_its_own_longer_name_stay_one() -> None:
    prof = EntityProfile(
        key="org:vela-motors",
        name="Vela Motors",
        label="ORG",
        aliases=["Vela"],
        citations=[Citation(doc_id="a", start=0, end=4, text="Vela")],
    )
    assert firm_apart(prof, {"a": "Vela (VLA) said so."}) == [prof]


def test_a_full_name_ending_in_a_described_persons_name_is_that_person() -> None:
    text = (
        "Ambassador Vorn said the council would meet on Friday. Tova Vorn spoke after the "
        "vote. Tova Vorn left early, and Tova Vorn came back to agree with Vorn.\n"
    )
    vorn = ent(text, "Vorn", "PERSON", ("Ambassador",))
    inside = {m.start for m in ent(text, "Tova Vorn", "ORG").mentions}
    # the page's linker kept them apart: the bare "Vorn" is the ambassador's, the NER
    # tagged the full name an organisation more often than "Vorn" a person
    vorn = vorn.model_copy(
        update={"mentions": [m for m in vorn.mentions if m.start - 5 not in inside]}
    )
    per_doc = [("d", [vorn, ent(text, "Tova Vorn", "ORG")])]
    names = who(per_doc, {"d": text})
    assert names.get("Tova Vorn") == "PERSON"


def test_a_firm_named_before_an_auxiliary_is_no_modifier_of_a_noun() -> None:
    # Two place-like mentions ("at Talvor's plants", "to Talvor's price") beside "Talvor
    # shares": the name is followed by auxiliaries more often, so it is a firm that acts,
    # not a town that modifies nouns.
    text = (
        "Orvane agreed to buy Talvor, its rival. Talvor has 6,000 staff. The bid for "
        "Talvor is the largest this year. Talvor shares rose. Unions at Talvor's plants "
        "objected. The offer is a premium to Talvor's price. Talvor will keep its name.\n"
    )
    per_doc = [("d", [ent(text, "Talvor", "ORG")])]
    assert "Talvor" in who(per_doc, {"d": text})


def test_a_name_after_a_firm_noun_is_a_firm() -> None:
    text = "Ostrand Ferries agreed a sale to the shipping group Marsk Linje on Monday."
    start = text.index("Marsk Linje")
    prof = EntityProfile(
        key="marsk-linje",
        name="Marsk Linje",
        label="PERSON",
        citations=[Citation(doc_id="d", start=start, end=start + 11, text="Marsk Linje")],
    )
    assert listed_firm(prof, {"d": text}, [])
    assert not listed_firm(prof, {"d": text.replace("the shipping group ", "")}, [])


def test_a_name_after_a_body_a_role_serves_is_no_firm() -> None:
    text = "Spokesman for the rebel group Abu Vorn made a speech on Monday."
    start = text.index("Abu Vorn")
    prof = EntityProfile(
        key="abu-vorn",
        name="Abu Vorn",
        label="PERSON",
        citations=[Citation(doc_id="d", start=start, end=start + 8, text="Abu Vorn")],
    )
    assert not listed_firm(prof, {"d": text}, [])


def test_an_office_tagged_as_a_name_is_no_entry() -> None:
    text = (
        "Lee Dahye, the unit's former CFO, told investigators she acted on orders. The CFO "
        "was released on bail. Dalmark Shipping said it would cooperate."
    )
    per_doc = [
        (
            "a",
            [
                ent(text, "Lee Dahye", "PERSON", ("former CFO",)),
                ent(text, "CFO", "ORG"),
                ent(text, "Dalmark Shipping", "ORG"),
            ],
        )
    ]
    listed = who(per_doc, {"a": text})
    assert "CFO" not in listed and "Dalmark Shipping" in listed, listed
