"""Who's who: one person listed once, though NER tagged their bare surname an organisation on
some pages; two people sharing that surname stay apart (our own fictional sentences)."""

from __future__ import annotations

from storyline.synthesize.entities import merge_and_propagate
from storyline.synthesize.who import who_is_who
from tests.synthesize.who_entities import ent

# Each page's entities as NER gave them: the full name on one page, the bare surname as an
# organisation on the other.
Tagged = dict[str, dict[str, str]]


def _listed(texts: dict[str, str], names: Tagged) -> list[tuple[str, str, list[str]]]:
    per_doc = [(d, [ent(texts[d], n, label) for n, label in names[d].items()]) for d in texts]
    profiles, _ = merge_and_propagate(per_doc, texts)
    return [(p.name, p.label, p.aliases) for p in who_is_who(profiles, per_doc, texts)]


def test_a_surname_tagged_an_organisation_joins_its_one_person() -> None:
    texts = {
        "a": "The director Mira Lindqvist said the shoot was safe. Orvel Films agreed.\n",
        "b": (
            "She went to the party for Lindqvist's engagement. She says Lindqvist noticed the "
            "car. Lindqvist did not respond, Orvel Films said.\n"
        ),
    }
    names = {
        "a": {"Mira Lindqvist": "PERSON", "Orvel Films": "ORG"},
        "b": {"Lindqvist": "ORG", "Orvel Films": "ORG"},
    }
    listed = _listed(texts, names)
    people = [(n, a) for n, label, a in listed if label == "PERSON"]
    assert [n for n, _ in people] == ["Mira Lindqvist"]
    assert "Lindqvist" in people[0][1]


def test_a_surname_two_people_share_joins_neither() -> None:
    texts = {
        "a": "Ana Vale said the shoot was safe. Her brother Tom Vale, a driver, agreed.\n",
        "b": (
            "She went to the party for Vale's engagement. She says Vale noticed the car. Vale "
            "did not respond, Orvel Films said.\n"
        ),
    }
    names = {
        "a": {"Ana Vale": "PERSON", "Tom Vale": "PERSON"},
        "b": {"Vale": "ORG", "Orvel Films": "ORG"},
    }
    for name, _, aliases in _listed(texts, names):
        assert name == "Vale" or "Vale" not in aliases
