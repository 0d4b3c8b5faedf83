"""What a page says of a person that the name does not, kept on its entity for the story's
merge: a bare name introduced alone, the sex an honorific gives, and a father beside his
namesake son (our own fictional sentences)."""

from __future__ import annotations

from spacy.language import Language

from storyline.analyze.entities import find_entities
from storyline.model import Entity


def _people(nlp: Language, text: str) -> dict[str, Entity]:
    return {e.name: e for e in find_entities(nlp(text)) if e.label == "PERSON"}


def test_a_bare_name_an_indefinite_noun_introduces_is_alone(nlp: Language) -> None:
    text = (
        "Floods hit the town of Varnby on Monday. Omar, a taxi driver who ferried families to "
        "the hall, said the roads were closed. Omar said he drove all night."
    )
    assert _people(nlp, text)["Omar"].alone


def test_a_bare_name_after_a_described_noun_is_alone(nlp: Language) -> None:
    text = (
        "Pupils spent the night on the school roof in Varnby. Another pupil, Greta, said they "
        "waited for hours. Greta said the boats came at dawn."
    )
    people = _people(nlp, text)
    assert "Greta" in people and people["Greta"].alone


def test_a_surname_the_page_gave_in_full_is_not_alone(nlp: Language) -> None:
    text = (
        "Tomas Hendry runs the bakery in Varnby. Hendry, a baker for forty years, said the "
        "ovens were ruined."
    )
    people = _people(nlp, text)
    assert not any(e.alone for e in people.values())


def test_an_honorific_gives_the_page_sex(nlp: Language) -> None:
    text = "Mrs Hendry, who runs the clinic in Varnby, said the nurses were tired."
    assert _people(nlp, text)["Hendry"].gender == "f"


def test_a_name_after_a_noun_that_says_no_person_is_not_alone(nlp: Language) -> None:
    text = "The budget airline, Tarnair, said on Monday that Tarnair would add routes to Varnby."
    assert not any(e.alone for e in find_entities(nlp(text)))


def test_a_relative_named_by_a_bare_surname_beside_the_full_name_is_alone(nlp: Language) -> None:
    text = (
        "Rhona Kestrel, 16, was rescued on Monday in Varnby. Her father, Mr. Kestrel, said the "
        "family had waited for news for three days."
    )
    people = _people(nlp, text)
    assert people["Kestrel"].alone and not people["Rhona Kestrel"].alone
