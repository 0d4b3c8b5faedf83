"""Named things the person/organisation/place linker leaves out: products, facilities and
untagged runs of proper nouns, each a one-mention entity."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from storyline.analyze.names import other_names
from storyline.model import Entity, Mention

WORDS = ["Ostra", "unveiled", "the", "Zephyr", "4", "at", "Kessvik", "Arena", "near",
         "Brimor", ",", "said", "the", "Prime", "Minister", "of", "Velmark", "."]  # fmt: skip
POS = ["PROPN", "VERB", "DET", "PROPN", "NUM", "ADP", "PROPN", "PROPN", "ADP",
       "PROPN", "PUNCT", "VERB", "DET", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"]  # fmt: skip
ENTS = ["B-ORG", "O", "O", "O", "O", "O", "B-FAC", "I-FAC", "O",
        "B-GPE", "O", "O", "O", "O", "O", "O", "B-GPE", "O"]  # fmt: skip


@pytest.fixture()
def sdoc() -> Doc:
    spaces = [nxt not in (",", ".", "") for nxt in [*WORDS[1:], ""]]
    return Doc(spacy.blank("en").vocab, words=WORDS, spaces=spaces, pos=POS, ents=ENTS)


def _linked(sdoc: Doc, *names: str) -> list[Entity]:
    out = []
    for name in names:
        start = sdoc.text.index(name)
        mention = Mention(text=name, start=start, end=start + len(name))
        out.append(Entity(key=name.lower(), name=name, label="ORG", mentions=[mention]))
    return out


def test_facilities_and_untagged_names_become_entities(sdoc: Doc) -> None:
    found = other_names(sdoc, _linked(sdoc, "Ostra", "Brimor", "Velmark"))
    by_name = {e.name: e for e in found}
    assert by_name["Kessvik Arena"].label == "LOC"  # NER's facility: a place
    assert by_name["Zephyr 4"].label == "OTHER"  # a proper noun and its number, untagged
    for entity in found:
        (mention,) = entity.mentions
        assert sdoc.text[mention.start : mention.end] == entity.name
    # What the linker has, and a run of titles alone, name nothing new.
    assert not {"Ostra", "Brimor", "Velmark", "Prime Minister"} & set(by_name)
