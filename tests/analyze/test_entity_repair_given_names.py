"""A person the small model names by a bare surname gets the full name a page gives with a
given name it left untagged; a caption's label before a name is no given name. Invented
sentences."""

from __future__ import annotations

from spacy.language import Language

from storyline.analyze.entities import find_entities
from storyline.analyze.quotes import find_quotes


def test_an_untagged_given_name_before_a_known_surname_joins_it(nlp: Language) -> None:
    text = (
        "Varhadi said she was innocent when the court charged her this week.\n"
        "Israel has held Ahmet Varhadi since arresting her three days after the video.\n"
        "Varhadi, 16, was not asked to enter a plea.\n"
    )
    found = find_entities(nlp(text))
    names = {n for e in found if e.label == "PERSON" for n in (e.name, *e.aliases)}
    assert "Ahmet Varhadi" in names


def test_a_label_at_a_line_start_is_no_given_name(nlp: Language) -> None:
    text = (
        "Video Varhadi\n"
        "Varhadi said she was innocent when the court charged her this week.\n"
        "Varhadi, 16, was not asked to enter a plea.\n"
    )
    names = {n for e in find_entities(nlp(text)) for n in (e.name, *e.aliases)}
    assert "Video Varhadi" not in names


def test_a_relative_given_by_his_full_name_speaks_under_it(nlp: Language) -> None:
    text = (
        "Former treasurer Corwin Pruitt was convicted on Tuesday. His brother, Mr. Pruitt, sat "
        "in the front row. Ambrose Pruitt said the family would appeal. "
        '"He is still my brother," he said.'
    )
    sdoc = nlp(text)
    entities = find_entities(sdoc)
    speakers = {q.speaker for q in find_quotes(sdoc, entities)}
    assert speakers == {"Ambrose Pruitt"}, speakers
    assert "Corwin Pruitt" in {e.name for e in entities}
