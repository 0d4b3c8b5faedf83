"""A bare surname after a gendered honorific joins the relative of that gender the page named
in full, not the one named first (our own fictional sentences)."""

from __future__ import annotations

from spacy.language import Language

from storyline.analyze.entities import find_entities

TEXT = (
    "President Tomas Okafor opened a new hospital in Tarnby on Monday. First Lady Ada Okafor, "
    "who campaigned for the project, joined him at the ceremony. President Okafor thanked the "
    "builders. Mrs. Okafor said the maternity ward was her priority. Mr. Okafor later visited "
    "a school."
)


def mentions(nlp: Language, name: str) -> list[int]:
    ents = [e for e in find_entities(nlp(TEXT)) if e.name == name]
    assert len(ents) == 1, [e.name for e in find_entities(nlp(TEXT))]
    return [m.start for m in ents[0].mentions]


def test_mrs_joins_the_first_lady_not_the_president(nlp: Language) -> None:
    mrs = TEXT.index("Mrs. Okafor") + len("Mrs. ")
    mr = TEXT.index("Mr. Okafor") + len("Mr. ")
    assert mrs in mentions(nlp, "Ada Okafor")
    assert mrs not in mentions(nlp, "Tomas Okafor")
    assert mr in mentions(nlp, "Tomas Okafor")
