"""Speakers named through what relays or frames them, on short invented passages: a firm its
own subject phrase names ("the state-run Brask company said"), a nationality that is no
organisation a "the company" stands for, a caption's credit label run into a name."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from storyline.analyze.entities import find_entities
from tests.analyze.speaking import said


def test_the_company_its_own_phrase_names_speaks(nlp: Language) -> None:
    text = (
        "Varnish space experts say they have regained control of the Orsan satellite.\n"
        "The Varnish-built craft reached orbit on Tuesday, but contact was lost.\n"
        "The state-run Vostral company that built the craft said Friday its engineers have "
        "finally established communications with it."
    )
    quote = said(nlp, text, "established communications")
    assert quote.speaker == "Vostral"


def test_a_nationality_is_no_company_a_noun_stands_for(nlp: Language) -> None:
    text = (
        "The Varnish-built craft reached orbit on Tuesday, but contact was lost.\n"
        "The company said on Friday that all its systems are working."
    )
    quote = said(nlp, text, "all its systems")
    assert (quote.speaker or "") != "Varnish"


def test_a_credit_label_in_a_caption_is_no_part_of_a_name(nlp: Language) -> None:
    text = (
        "Brask said it would raise its bid for Holm Industries.\n"
        "Tove Lind Photographer: Per Ek/Wirenet\n"
        "Holm's board rejected the first offer, Tove Lind said."
    )
    names = {e.name for e in find_entities(nlp(text)) if e.label == "PERSON"}
    assert "Tove Lind" in names
    assert not any("Photographer" in n for n in names)


def test_a_platform_a_page_puts_on_is_no_speaker(nlp: Language) -> None:
    text = (
        "Model Ana Lindqvist was aboard. Lindqvist posted updates all night.\n"
        "She wondered on Twitter why the plane was turning around.\n"
        "“Why did we all get punished for this one mistake?” she wrote.\n"
    )
    assert said(nlp, text, "punished").speaker != "Twitter"
    people = {e.name for e in find_entities(nlp(text)) if e.label == "PERSON"}
    assert "Twitter" not in people


def test_a_case_or_match_title_is_no_name(nlp: Language) -> None:
    sdoc = nlp("Varby v. Ostrand\nThe ruling came on Monday, Judge Ana Holt said.\n")
    sdoc.ents = [Span(sdoc, 0, 3, label="PERSON")]  # as the small model tags a heading
    assert not any(" v. " in e.name for e in find_entities(sdoc))


def test_the_writers_i_is_no_one_of_the_story(nlp: Language) -> None:
    text = (
        "Lumetra said the chip would ship in May. Ana Holt, its engineer, said it was fast.\n"
        "I have used the phone for weeks, and I must say I’ve noticed a huge difference in "
        "the speed of the camera.\n"
    )
    # ("I can't say I've noticed ..." denies the saying: no quote at all, test_quotes.py)
    quote = said(nlp, text, "huge difference")
    assert quote.speaker in (None, "")


def test_an_outlet_relaying_a_source_is_not_the_speaker(nlp: Language) -> None:
    text = (
        "The Crescent State has claimed responsibility for the attack.\n"
        "“The attack was carried out by a soldier of the Crescent State,” Wirenet cited the "
        "Amaq, a group-affiliated website.\n"
        "The Varn Herald quoted Ana Ruiz as saying, “We will not leave until the families are "
        "paid.”\n"
    )
    assert said(nlp, text, "soldier of").speaker == "Amaq"
    assert said(nlp, text, "will not leave").speaker == "Ana Ruiz"


def test_a_captions_adjective_is_no_part_of_a_name(nlp: Language) -> None:
    text = (
        "Hayley Brandt wrote on Monday that her family was grieving.\n"
        'Devastated Hayley added: "This is an extremely difficult time for my family."\n'
        "Mohammed Varga said he saw the truck.\n"
    )
    names = {e.name for e in find_entities(nlp(text)) if e.label == "PERSON"}
    assert not any(n.startswith("Devastated") for n in names)
    assert "Mohammed Varga" in names
    assert not said(nlp, text, "difficult time").speaker.startswith("Devastated")
