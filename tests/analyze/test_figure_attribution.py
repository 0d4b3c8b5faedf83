"""Who gives a figure: "according to X", the subject of the saying verb, or a quote's speaker."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from storyline.analyze.entities import find_entities
from storyline.analyze.figure_attribution import attribution, entity_names
from storyline.model import Entity, Mention, Quote


def source_of(
    nlp: Language,
    text: str,
    number: str,
    quotes: list[Quote] | None = None,
    keys: dict[str, str] | None = None,
) -> str | None:
    sdoc: Doc = nlp(text)
    tok = next(t for t in sdoc if t.text == number)
    names = entity_names(find_entities(sdoc))
    return attribution(sdoc, tok.i, tok.i + 1, tok.sent, names, quotes or [], keys or {})


def test_entity_names_index_every_mention() -> None:
    ada = Entity(
        key="ada-rusk",
        name="Ada Rusk",
        label="PERSON",
        mentions=[Mention(text="Ada Rusk", start=0, end=8), Mention(text="Rusk", start=30, end=34)],
    )
    assert entity_names([ada]) == {
        (0, 8): ("Ada Rusk", "PERSON"),
        (30, 34): ("Ada Rusk", "PERSON"),
    }


def test_according_to_names_the_source(nlp: Language) -> None:
    text = "According to the coast guard, 300 boats were damaged in the storm."
    assert source_of(nlp, text, "300") == "coast guard"


def test_subject_of_the_saying_verb_gives_the_figure(nlp: Language) -> None:
    text = "Police said 12 people were injured in the crash."
    assert source_of(nlp, text, "12") == "Police"


def test_a_named_speaker_gives_the_figure(nlp: Language) -> None:
    text = "Mayor Ada Rusk said 40 homes had flooded overnight."
    assert source_of(nlp, text, "40") == "Ada Rusk"


def test_a_pronoun_is_the_last_person_named_before(nlp: Language) -> None:
    text = "Ada Rusk visited the dam on Monday.\nShe said 40 homes had flooded."
    assert source_of(nlp, text, "40") == "Ada Rusk"


def test_a_figure_counting_the_sources_has_no_source(nlp: Language) -> None:
    text = "Two officials said the bridge would close."
    assert source_of(nlp, text, "Two") is None


def test_a_subject_that_cannot_give_numbers_is_no_source(nlp: Language) -> None:
    text = "The storm showed that 40 homes were at risk."
    assert source_of(nlp, text, "40") is None


def test_a_figure_in_a_quote_is_its_speakers(nlp: Language) -> None:
    text = "“We lost 40 boats in one night.” The harbour master spoke at the quay."
    quote = Quote(
        text="We lost 40 boats in one night.",
        kind="direct",
        speaker="Ada Rusk",
        speaker_key="ada-rusk",
        start=1,
        end=31,
    )
    assert source_of(nlp, text, "40", [quote]) == "Ada Rusk"
    # the page's canonical name for the speaker wins over the quote's wording
    assert source_of(nlp, text, "40", [quote], {"ada-rusk": "Ada M. Rusk"}) == "Ada M. Rusk"


def test_a_quote_of_vague_reports_names_no_source(nlp: Language) -> None:
    text = "“We lost 40 boats in one night.” The harbour master spoke at the quay."
    quote = Quote(
        text="We lost 40 boats in one night.",
        kind="direct",
        speaker="Recent reports",
        start=1,
        end=31,
    )
    assert source_of(nlp, text, "40", [quote]) is None


def test_no_cue_no_source(nlp: Language) -> None:
    assert source_of(nlp, "The ferry carried 200 passengers.", "200") is None


def test_several_named_subjects_give_the_figure_together(nlp: Language) -> None:
    text = "Valmora, Brimland and Ostia said 300 boats were lost."
    assert source_of(nlp, text, "300") == "Valmora, Brimland and Ostia"


def test_an_institution_without_a_name_keeps_its_noun(nlp: Language) -> None:
    assert source_of(nlp, "The ministry said 300 boats were lost.", "300") == "ministry"


def test_any_reporting_verb_carries_the_source(nlp: Language) -> None:
    assert source_of(nlp, "Ada Rusk warned that 300 boats were lost.", "300") == "Ada Rusk"


def test_a_passive_saying_verb_takes_its_agent_not_its_subject(nlp: Language) -> None:
    # The subject of "were confirmed" is what is said; a dateline before it is no source either.
    text = (
        "VELMORA (Wirepress) - 31 people were confirmed dead after the bridge fell on Monday, "
        "officials said on Tuesday."
    )
    assert source_of(nlp, text, "31") == "officials"
    text = "The toll was confirmed at 31 by the ministry on Tuesday."
    assert source_of(nlp, text, "31") == "ministry"
    assert source_of(nlp, "Some 31 people were reported missing in Velmora.", "31") is None


def test_a_circumstance_clause_on_the_saying_verb_is_not_the_sayer_s_figure(nlp: Language) -> None:
    text = (
        "Mayor Ilse Varga claimed victory in the city election on Sunday, as early results "
        "gave her 53.4 percent of the vote."
    )
    assert source_of(nlp, text, "53.4") is None


def test_a_figure_in_the_reported_clause_stays_the_sayer_s(nlp: Language) -> None:
    text = "Mayor Ilse Varga said on Sunday that turnout had reached 61.2 percent."
    assert source_of(nlp, text, "61.2") == "Ilse Varga"
