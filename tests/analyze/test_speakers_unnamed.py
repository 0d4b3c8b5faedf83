"""Unnamed people who speak, on short invented passages: a relative introduced by a pronoun
("her mother"), a reporter or a spokesman of some body, a police source. A later "he"/"she"
stands for that person, not for someone named before; and a colon cue standing alone in its
paragraph introduces the quoted paragraph after the blank line."""

from __future__ import annotations

from spacy.language import Language

from tests.analyze.speaking import said


def test_her_mother_speaks_not_the_daughter(nlp: Language) -> None:
    text = (
        "Maria Ruiz was rescued from the roof. Her mother said she had not slept.\n\n"
        '"I kept calling her phone every ten minutes and nobody answered at all," she said.\n'
    )
    assert said(nlp, text, "kept calling").speaker == "Maria Ruiz's mother"


def test_his_father_in_the_paragraph_before_speaks(nlp: Language) -> None:
    text = (
        "Tomas Hale, 34, was driving home when the bridge gave way.\n\n"
        "His father said the family had waited all night by the telephone.\n\n"
        '"We did not know whether he was alive until the morning came," he said.\n'
    )
    assert said(nlp, text, "morning came").speaker == "Tomas Hale's father"


def test_a_relative_clause_is_no_part_of_the_speaker(nlp: Language) -> None:
    text = (
        "Ana Berg won the race on Sunday. Her coach, who asked not to be named, said the win "
        "was deserved.\n"
    )
    assert said(nlp, text, "win was deserved").speaker == "Berg's coach"


def test_a_reporter_for_a_paper_is_the_he_after_him(nlp: Language) -> None:
    text = (
        '"People went down one after another," Tomas Ek, a baker on the quay, told Radio '
        "Varnby.\n\n"
        "A reporter for the Brackenford Gazette said the van sped along the quay before police "
        "stopped it.\n\n"
        '"It was total chaos on the quay that night and nobody knew where to run," he said.\n'
    )
    assert said(nlp, text, "total chaos").speaker == "A reporter for the Brackenford Gazette"


def test_a_spokesman_is_the_he_after_him(nlp: Language) -> None:
    text = (
        "The ferry sank near the harbour on Monday. A Varnby Council spokesman said the mayor, "
        'Lena Ostrova, was being kept informed. He stressed: "Our thoughts are with every '
        'family waiting for news tonight."\n'
    )
    assert said(nlp, text, "Our thoughts").speaker == "Varnby Council"


def test_a_police_source_is_the_he_after_it(nlp: Language) -> None:
    text = (
        "Peter Lund, 40, was among the first at the scene.\n\n"
        "A police source said the driver had been known to officers for years.\n\n"
        '"He had been warned twice before and ignored both warnings completely," he added.\n'
    )
    assert said(nlp, text, "warned twice").speaker == "A police source"


def test_a_colon_cue_alone_in_its_paragraph(nlp: Language) -> None:
    text = (
        "The mayor of Brackenford, Lena Ostrova, visited the flooded streets on Monday.\n\n"
        "Ostrova also said:\n\n"
        '"The water came faster than anyone expected and we will rebuild every home."\n'
    )
    assert said(nlp, text, "water came faster").speaker == "Lena Ostrova"


def test_the_team_is_the_club_the_page_is_about(nlp: Language) -> None:
    text = (
        "The Brackenford Rovers lost the final on Sunday.\n\n"
        '"We gave everything we had and came up one goal short tonight," the team said.\n'
    )
    assert said(nlp, text, "one goal short").speaker == "Brackenford Rovers"


def test_he_after_a_new_witness_is_that_witness(nlp: Language) -> None:
    text = (
        'Eyewitness Paul Arnaud told Radio Varnby: "I saw the van mount the kerb and I just '
        'froze on the spot."\n\n'
        "Brit Kevin Mallory, from Kent, watched the chaos unfold with his dad, sister and mum, "
        "who has cancer and says he originally thought it was a drunk driver.\n\n"
        'He added: "Suddenly as we crossed the road, we heard screams and loud bangs behind us."\n'
    )
    assert said(nlp, text, "loud bangs").speaker == "Kevin Mallory"


def test_the_director_he_is_still_the_director_named_before(nlp: Language) -> None:
    text = (
        "Ole Brask has said the crash on the set of his 2003 film was his biggest regret.\n\n"
        'In an interview, the director said he heard "Ana was nervous about the shot" but '
        'added: "None of us ever considered it a stunt."\n\n'
        'He added: "I was very happy, thinking, she can totally do this, it will be fine."\n'
    )
    assert said(nlp, text, "very happy").speaker == "Ole Brask"


def test_a_student_named_so_is_that_named_person(nlp: Language) -> None:
    text = (
        "Back in 1985, a 21-year-old college student named Piet Varga was flying home from "
        "Oslo, according to the Varnby Times.\n\n"
        "He misheard an announcement and boarded the wrong flight.\n\n"
        '"They didn\'t say Oslo. They said Osaka," he told the Varnby Times.\n'
    )
    assert said(nlp, text, "said Osaka").speaker == "Piet Varga"


def test_a_name_given_by_named_outranks_an_earlier_subject(nlp: Language) -> None:
    text = (
        "In the film, the family's young son Kevin gets lost in the rush and loses his ticket. "
        "A flight to Oslo is about to take off and Kevin is convinced his family is on the "
        "plane, so they send him off to Oslo.\n\n"
        "That plot may have been informed by a real story. Back in 1985, a 21-year-old college "
        "student named Piet Varga was returning home from a three-month holiday in Spain, "
        "according to the Varnby Times\n\n"
        "He was supposed to fly from London to Oslo. Instead, he misheard an announcement, and "
        "boarded a flight from London to Osaka.\n\n"
        '"They didn\'t say Oslo. They said Osaka," he told the Varnby Times.\n'
    )
    assert said(nlp, text, "said Osaka").speaker == "Piet Varga"


def test_the_board_of_one_of_two_firms_stays_unresolved(nlp: Language) -> None:
    text = (
        "Acme Holdings raised its offer for Brask Systems on Monday. Brask Systems said its "
        "board would review the proposal.\n\n"
        "Acme Holdings shares fell 3%. The board rejected the earlier offer, saying it "
        '"dramatically undervalues the company and its future".\n'
    )
    assert said(nlp, text, "dramatically undervalues").speaker_key != "acme-holdings"


def test_a_clause_of_a_thing_before_a_colon_and_a_blank_line_is_no_cue(nlp: Language) -> None:
    text = (
        "The way the maker explains it, the Vision Chip is likely to help other apps:\n\n"
        '"The Vision Chip is built to do heavy image processing while using less power."\n'
    )
    assert said(nlp, text, "heavy image processing").speaker is None
