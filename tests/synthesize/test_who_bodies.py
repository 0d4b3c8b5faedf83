"""Who's who: a company or a union whose name has no corporate word is an organisation when the
story uses it as one ("their union, Dockfolk Nord,", "who leads Dockfolk Nord", "Brennvik
Terminals said ... its terminals", "the Dockfolk Nord union"), however NER tagged it; a person
with a person's role stays a person; and a body named after its town does not show the town as
its alias."""

from __future__ import annotations

import pytest

from tests.synthesize.who_entities import ent, pages, who


@pytest.mark.parametrize(
    "text",
    [
        "Drivers walked out over pay, their union, Dockfolk Nord, said on Monday.\n",
        "“We will stay out,” said Tor Hegg, who leads Dockfolk Nord. Dockfolk Nord agreed.\n",
        "Dockfolk Nord said only 600 drivers had joined and that two of its depots were open.\n",
        "Tor Hegg said the Dockfolk Nord union would strike. Dockfolk Nord said talks failed.\n",
        "Dockfolk Nord, a smaller rival owned by the city, said it would not bid.\n",
        "Dockfolk Nord, which has called itself a province since 2025, freed 21 women.\n",
        "Dockfolk Nord, led by Tor Hegg, still holds the town, campaigners say.\n",
        "Dockfolk Nord, which is a militant group, freed 21 women on Monday.\n",
        "Militants of the Dockfolk Nord group freed them. Dockfolk Nord said it wants a ransom.\n",
        "Dockfolk Nord fighters took them in 2024. Dockfolk Nord said it wants a ransom.\n",
    ],
)
def test_a_name_used_as_a_body_is_an_organisation(text: str) -> None:
    per_doc = [("d", [ent(text, "Dockfolk Nord", "PERSON"), ent(text, "Tor Hegg", "PERSON")])]
    assert who(per_doc, {"d": text}).get("Dockfolk Nord") == "ORG"


def test_a_person_who_leads_is_no_group() -> None:
    text = "Tor Hegg, who leads the town council, said Tor Hegg supporters would march.\n"
    per_doc = [("d", [ent(text, "Tor Hegg", "PERSON")])]
    assert who(per_doc, {"d": text}).get("Tor Hegg") == "PERSON"


def test_the_owner_of_a_family_its_members_belong_to_stays_a_person() -> None:
    text = "Most villagers are members of Lea Varo’s family. Lea Varo said she would appeal.\n"
    per_doc = [("d", [ent(text, "Lea Varo", "PERSON")])]
    assert who(per_doc, {"d": text}).get("Lea Varo") == "PERSON"


def test_a_person_with_a_persons_role_stays_a_person() -> None:
    text = (
        "Their lawyer, Dag Nord, said the union would appeal. Dag Nord said its case was strong.\n"
    )
    per_doc = [("d", [ent(text, "Dag Nord", "PERSON", ("lawyer",))])]
    assert who(per_doc, {"d": text}).get("Dag Nord") == "PERSON"


def test_a_body_named_after_its_town_does_not_take_the_town_as_alias() -> None:
    texts = {
        "a": "Brackmouth Water said it had shut the main. Brackmouth Water is testing samples.\n",
        "b": "Cases rose in Brackmouth on Tuesday. Brackmouth said schools would close.\n",
    }
    per_doc = pages(texts, {"Brackmouth Water": "ORG", "Brackmouth": "GPE"})
    water = per_doc[0][1][0]
    water.aliases.append("Brackmouth")
    from storyline.synthesize.entities import merge_and_propagate
    from storyline.synthesize.who import who_is_who

    profiles, _ = merge_and_propagate(per_doc, texts)
    listed = {p.name: p for p in who_is_who(profiles, per_doc, texts)}
    assert "Brackmouth" not in listed["Brackmouth Water"].aliases


def test_an_outlets_initials_stay_its_alias_though_tagged_as_a_place() -> None:
    texts = {
        "a": "The Harbour Ledger reported the vote. Harbour Ledger staff counted it.\n",
        "b": "“It was close,” she told HL. Voters in Brackmouth queued for hours.\n",
    }
    per_doc = pages(texts, {"Harbour Ledger": "ORG", "HL": "GPE", "Brackmouth": "GPE"})
    ledger = per_doc[0][1][0]
    ledger.aliases.append("HL")
    from storyline.synthesize.entities import merge_and_propagate
    from storyline.synthesize.who import who_is_who

    profiles, _ = merge_and_propagate(per_doc, texts)
    listed = {p.name: p for p in who_is_who(profiles, per_doc, texts)}
    assert "HL" in listed["Harbour Ledger"].aliases


@pytest.mark.parametrize(
    "which",
    ["which was a problem", "which was a big surprise to everyone", "which meant a long delay"],
)
def test_a_which_about_the_whole_clause_makes_no_body(which: str) -> None:
    text = f"Ana Ruiz says she was uneasy around Tor Hegg, {which}. Tor Hegg said he never knew.\n"
    per_doc = [("d", [ent(text, "Tor Hegg", "PERSON"), ent(text, "Ana Ruiz", "PERSON")])]
    assert who(per_doc, {"d": text}).get("Tor Hegg") == "PERSON"
