"""Who's who: one person listed once, though NER tagged their bare surname an organisation on
some pages; two people sharing that surname stay apart (our own fictional sentences)."""

from __future__ import annotations

from storyline.model import Entity
from storyline.synthesize.entities import merge_and_propagate
from storyline.synthesize.who import who_is_who
from tests.synthesize.who_entities import ent

# Each page's entities as NER gave them: the full name on one page, the bare surname as an
# organisation on the other.
Tagged = dict[str, dict[str, str]]


def _listed(texts: dict[str, str], names: Tagged) -> list[tuple[str, str, list[str]]]:
    per_doc = [(d, _alone([ent(texts[d], n, lb) for n, lb in names[d].items()])) for d in texts]
    profiles, _ = merge_and_propagate(per_doc, texts)
    return [(p.name, p.label, p.aliases) for p in who_is_who(profiles, per_doc, texts)]


def _alone(ents: list[Entity]) -> list[Entity]:
    """NER's spans never overlap: a name's mentions inside a longer name's are none of its."""
    spans = [(m.start, m.end) for e in ents for m in e.mentions]
    out = []
    for e in ents:
        kept = [
            m
            for m in e.mentions
            if not any(s <= m.start and m.end <= t and (s, t) != (m.start, m.end) for s, t in spans)
        ]
        out.append(e.model_copy(update={"mentions": kept}))
    return out


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


def test_a_papers_short_name_joins_the_paper_its_page_named_last() -> None:
    texts = {
        "a": (
            "The pilot turned back, according to the Orsa Gazette. He told the Orsa Gazette "
            "he was tired. He once flew a singer, according to the Gazette. Ana Ruiz wrote in "
            "the Tarn Gazette that she took the wrong flight.\n"
        ),
        "b": "The Tarn Gazette said the airline apologised. Vela Air said it was sorry.\n",
    }
    names = {
        "a": {"Orsa Gazette": "ORG", "Tarn Gazette": "ORG", "Gazette": "ORG", "Ana Ruiz": "PERSON"},
        "b": {"Tarn Gazette": "ORG", "Vela Air": "ORG"},
    }
    listed = {n: a for n, label, a in _listed(texts, names) if label == "ORG"}
    assert "Gazette" not in listed
    assert "Gazette" in listed["Orsa Gazette"]
    assert "Gazette" not in listed["Tarn Gazette"]


def test_a_short_name_before_any_full_name_stays_apart() -> None:
    texts = {
        "a": "The Gazette said the pilot turned back. The Orsa Gazette and Tarn Gazette agreed.\n",
        "b": "The Tarn Gazette said the airline apologised. Vela Air said it was sorry.\n",
    }
    names = {
        "a": {"Orsa Gazette": "ORG", "Tarn Gazette": "ORG", "Gazette": "ORG"},
        "b": {"Tarn Gazette": "ORG", "Vela Air": "ORG"},
    }
    listed = {n: a for n, label, a in _listed(texts, names) if label == "ORG"}
    assert not any("Gazette" in a for a in listed.values())
