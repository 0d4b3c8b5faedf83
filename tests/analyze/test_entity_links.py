"""Linking one page's mentions that name the same thing (step 4 of the entity analyzer).

The spans are set by hand on a tokenised text, so these tests pin the linking rules alone,
whatever the tagger would have found."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from storyline.analyze.entity_links import link
from storyline.analyze.entity_spans import NameSpan


@pytest.fixture(scope="module")
def tokenizer() -> Language:
    return spacy.blank("en")


def spans_of(doc: Doc, marked: list[tuple[str, str, str]]) -> list[NameSpan]:
    """NameSpans for (text, label, gender) in order of appearance, each found after the
    previous one."""
    out, pos = [], 0
    for text, label, gender in marked:
        char = doc.text.index(text, pos)
        span = doc.char_span(char, char + len(text))
        assert span is not None, text
        out.append(NameSpan(span.start, span.end, label, gender=gender))
        pos = char + len(text)
    return out


def groups(doc: Doc, spans: list[NameSpan]) -> list[list[str]]:
    return [[s.name(doc) for s in cluster] for cluster in link(doc, spans)]


def test_surname_joins_the_full_name(tokenizer: Language) -> None:
    doc = tokenizer("Marta Quill inspected the bridge. Later Quill said it was safe.")
    spans = spans_of(doc, [("Marta Quill", "PERSON", ""), ("Quill", "PERSON", "")])
    assert groups(doc, spans) == [["Marta Quill", "Quill"]]


def test_surname_goes_to_the_person_whose_gender_fits(tokenizer: Language) -> None:
    doc = tokenizer("Tomas Brel met Ilse Brel at the quay. Ms Brel said the boats were late.")
    spans = spans_of(
        doc,
        [("Tomas Brel", "PERSON", "m"), ("Ilse Brel", "PERSON", "f"), ("Brel", "PERSON", "f")],
    )
    assert groups(doc, spans) == [["Tomas Brel"], ["Ilse Brel", "Brel"]]


def test_bare_name_joins_the_most_mentioned_candidate_so_far(tokenizer: Language) -> None:
    doc = tokenizer(
        "Kim Sora spoke first. Then Kim Dahee spoke. Kim Dahee left early. "
        "Mr Kim later returned to the hall."
    )
    spans = spans_of(
        doc,
        [
            ("Kim Sora", "PERSON", ""),
            ("Kim Dahee", "PERSON", ""),
            ("Kim Dahee", "PERSON", ""),
            ("Kim", "PERSON", ""),
        ],
    )
    clusters = groups(doc, spans)
    assert ["Kim Dahee", "Kim Dahee", "Kim"] in clusters
    assert ["Kim Sora"] in clusters


def test_two_full_names_sharing_a_word_stay_apart(tokenizer: Language) -> None:
    doc = tokenizer("Kim Sora and Kim Dahee both attended.")
    spans = spans_of(doc, [("Kim Sora", "PERSON", ""), ("Kim Dahee", "PERSON", "")])
    assert len(link(doc, spans)) == 2


def test_hyphens_and_case_do_not_separate_a_name(tokenizer: Language) -> None:
    doc = tokenizer("Lee Jae-min arrived. Later LEE JAE MIN spoke.")
    spans = spans_of(doc, [("Lee Jae-min", "PERSON", ""), ("LEE JAE MIN", "PERSON", "")])
    assert len(link(doc, spans)) == 1


def test_company_joins_its_name_with_a_legal_form(tokenizer: Language) -> None:
    doc = tokenizer("Brimco Ltd reported a loss. Brimco said sales fell.")
    spans = spans_of(doc, [("Brimco Ltd", "ORG", ""), ("Brimco", "ORG", "")])
    assert groups(doc, spans) == [["Brimco Ltd", "Brimco"]]


def test_among_several_longer_names_only_the_legal_form_is_taken(tokenizer: Language) -> None:
    doc = tokenizer("Brimco Foods and Brimco Ltd disagree. Brimco said so.")
    spans = spans_of(
        doc, [("Brimco Foods", "ORG", ""), ("Brimco Ltd", "ORG", ""), ("Brimco", "ORG", "")]
    )
    clusters = groups(doc, spans)
    assert ["Brimco Ltd", "Brimco"] in clusters
    assert ["Brimco Foods"] in clusters


def test_organisation_name_ending_a_longer_one_joins_it(tokenizer: Language) -> None:
    doc = tokenizer("The Valmora Coast Guard searched. The Coast Guard found nothing.")
    spans = spans_of(doc, [("Valmora Coast Guard", "ORG", ""), ("Coast Guard", "ORG", "")])
    assert len(link(doc, spans)) == 1


def test_places_never_join_a_longer_place(tokenizer: Language) -> None:
    doc = tokenizer("Storms hit South Valmora. Valmora declared an emergency.")
    spans = spans_of(doc, [("South Valmora", "GPE", ""), ("Valmora", "GPE", "")])
    assert len(link(doc, spans)) == 2


def test_bracketed_acronym_and_its_later_uses_join_the_long_form(tokenizer: Language) -> None:
    doc = tokenizer("The Harbour Safety Board (HSB) opened an inquiry. The HSB will report in May.")
    spans = spans_of(
        doc, [("Harbour Safety Board", "ORG", ""), ("HSB", "ORG", ""), ("HSB", "ORG", "")]
    )
    assert groups(doc, spans) == [["Harbour Safety Board", "HSB", "HSB"]]


def test_acronym_without_brackets_joins_the_long_form_it_spells(tokenizer: Language) -> None:
    doc = tokenizer("The Valmora Port Authority met. Later VPA officials spoke.")
    spans = spans_of(doc, [("Valmora Port Authority", "ORG", ""), ("VPA", "ORG", "")])
    assert len(link(doc, spans)) == 1


def test_acronym_that_spells_nothing_stays_alone(tokenizer: Language) -> None:
    doc = tokenizer("The Valmora Port Authority met. Later XQZ officials spoke.")
    spans = spans_of(doc, [("Valmora Port Authority", "ORG", ""), ("XQZ", "ORG", "")])
    assert len(link(doc, spans)) == 2


def test_same_words_of_different_kinds_are_different_things(tokenizer: Language) -> None:
    doc = tokenizer("Jordan Pell flew to Jordan. Jordan said the trip went well.")
    spans = spans_of(doc, [("Jordan Pell", "PERSON", ""), ("Jordan", "GPE", "")])
    assert len(link(doc, spans)) == 2


def test_a_group_and_its_plural_are_one(tokenizer: Language) -> None:
    doc = tokenizer("Valmoran fishermen protested. The Valmorans said more would come.")
    spans = spans_of(doc, [("Valmoran", "NORP", ""), ("Valmorans", "NORP", "")])
    assert len(link(doc, spans)) == 1


def test_clusters_come_in_order_of_first_mention(tokenizer: Language) -> None:
    doc = tokenizer("Brimco hired Ada Rusk. Rusk praised Brimco Ltd on Friday.")
    spans = spans_of(
        doc,
        [
            ("Brimco", "ORG", ""),
            ("Ada Rusk", "PERSON", ""),
            ("Rusk", "PERSON", ""),
            ("Brimco Ltd", "ORG", ""),
        ],
    )
    assert groups(doc, spans) == [["Brimco", "Brimco Ltd"], ["Ada Rusk", "Rusk"]]


def test_no_spans_no_entities(tokenizer: Language) -> None:
    assert link(tokenizer("Nothing named here."), []) == []


def test_bracketed_acronym_of_a_translated_name_may_reorder_letters(tokenizer: Language) -> None:
    doc = tokenizer("The National Agency for Civil Protection (NCPA) said the NCPA was ready.")
    spans = spans_of(
        doc,
        [
            ("National Agency for Civil Protection", "ORG", ""),
            ("NCPA", "ORG", ""),
            ("NCPA", "ORG", ""),
        ],
    )
    assert len(link(doc, spans)) == 1
