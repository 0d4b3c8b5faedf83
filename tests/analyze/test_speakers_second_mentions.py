"""Second mentions of a speaker: a relative sharing a surname, a surname NER read as a date, a
body named in commas, a named body's spokesman, a memo already introduced, "another" fan, and
a quote whose own attribution the parse could not read."""

from __future__ import annotations

from spacy.language import Language

from storyline.analyze.entities import find_entities
from tests.analyze.speaking import quotes, said


def test_mr_and_surname_is_the_relative_just_named_in_full(nlp: Language) -> None:
    text = (
        "Ellen Keel, 46, a nurse from Duluth, was handed over to officials at a checkpoint.\n"
        "Her son, Daniel Keel, spoke briefly to reporters outside the family home. "
        '"Mom is safe, and that\'s all that matters right now," Mr. Keel said.\n'
        "Keel worked for the charity Open Hands, which runs clinics in the region."
    )
    assert said(nlp, text, "Mom is safe").speaker == "Daniel Keel"


def test_a_surname_alone_after_the_father_named_in_full(nlp: Language) -> None:
    text = (
        "Dana Okafor's tenth-inning double settled it, sending the Gulls' dugout onto the field.\n"
        "'I've dreamed about this since I was six years old,' Okafor said.\n"
        "His father, Samuel Okafor, was in the stands. "
        "'He's always been a fighter, even when he was small,' Mr Okafor said."
    )
    assert said(nlp, text, "always been a fighter").speaker == "Samuel Okafor"
    assert said(nlp, text, "dreamed about this").speaker == "Dana Okafor"


def test_a_surname_tagged_as_a_date_is_still_the_person(nlp: Language) -> None:
    text = (
        "The rain delay gave the Gulls time to regroup. "
        '"We had a meeting and Jake Morrow stood up and told everyone to relax," Brennan said.\n'
        "Morrow, a veteran outfielder, later described the moment. "
        "\"I just said, we're the better team, let's go play like it,\" he said."
    )
    assert said(nlp, text, "better team").speaker == "Jake Morrow"


def test_a_firm_named_between_commas_speaks(nlp: Language) -> None:
    text = (
        "Osei's lawyer, Benjamin Hart, said his client had been vindicated.\n"
        'The audit firm, Pryce & Dunmore, said in a statement: "We are cooperating fully with '
        'the authorities."'
    )
    assert said(nlp, text, "cooperating fully").speaker == "Pryce & Dunmore"


def test_he_after_a_named_bodys_spokesman_is_that_spokesman(nlp: Language) -> None:
    text = (
        "Whitcombe thanked the mediators on Sunday.\n"
        "The Northern Front's spokesman, who uses the name Abu Tariq, said the group had "
        'released Keel for humanitarian reasons. "Her health was getting worse and we are not '
        'monsters," he said in an audio recording.'
    )
    assert said(nlp, text, "not monsters").speaker == "The Northern Front's spokesman"


def test_the_memo_is_the_words_of_who_sent_it(nlp: Language) -> None:
    text = (
        "The company's interim CEO, Leah Morgenstern, told employees in a memo that the review "
        'would be "thorough and independent."\n'
        'The memo read: "Anyone with information should come forward without fear."'
    )
    assert said(nlp, text, "come forward").speaker == "Leah Morgenstern"


def test_another_fan_is_not_the_fan_named_before(nlp: Language) -> None:
    text = (
        'Harbor City erupted. "We\'ve waited 61 years for this moment," said one fan, Joe Marsh.\n'
        'The victory sparked wild celebrations. "This is the best day of my life," said '
        "another fan."
    )
    assert said(nlp, text, "best day").speaker != "Joe Marsh"


def test_a_quote_with_an_attribution_of_its_own_continues_no_one(nlp: Language) -> None:
    text = (
        'Speaking after the victory, Brennan added: "We played for each other all season."\n'
        '"The drought is finally over for this city," screamed the front page of the Herald.'
    )
    assert said(nlp, text, "drought is finally over").speaker != "Brennan"


def test_a_spokeswoman_for_the_minister_speaks_for_the_minister_named_before(
    nlp: Language,
) -> None:
    text = (
        'Information Minister Kolade Adisa confirmed the release. "This is the first batch," '
        "he told reporters.\n"
        "A spokeswoman for the minister said the government had not paid a ransom. "
        '"There was no swap and no payment," she said.'
    )
    assert said(nlp, text, "not paid a ransom").speaker == "Kolade Adisa"
    assert said(nlp, text, "no swap").speaker == "Kolade Adisa"


def test_the_statement_is_the_words_of_the_body_that_issued_it(nlp: Language) -> None:
    text = (
        "The army said in a statement on Sunday that troops had freed 21 girls near the forest.\n"
        '"The girls are in good health," the statement said.\n'
        "The ministry of defence issued a statement on Monday.\n"
        "A statement from the presidency welcomed the release.\n"
        '"This is a great day for the nation," the statement said.'
    )
    assert said(nlp, text, "good health").speaker.lower() == "the army"
    assert said(nlp, text, "great day").speaker.lower() == "the presidency"


def test_according_to_after_the_quote_outranks_a_thing_as_subject(nlp: Language) -> None:
    text = (
        "The Gulls celebrated on the field for an hour.\n"
        'The victory signals "a new era for this franchise," according to Brennan.'
    )
    assert said(nlp, text, "new era").speaker == "Brennan"


def test_the_team_is_the_club_its_own_paragraph_is_about(nlp: Language) -> None:
    text = (
        "The Harbor City Gulls won their first title since 1965 on Wednesday night.\n"
        "Manager Tomas Brennan hugged every player on the field.\n"
        '"It\'s been a long, long wait," the club said in a statement.\n'
        "The Ridgefield Hawks congratulated their rivals. "
        '"They were the better team this week," the team said.'
    )
    assert said(nlp, text, "long, long wait").speaker == "Harbor City Gulls"
    assert said(nlp, text, "better team").speaker == "Ridgefield Hawks"


def test_he_after_a_relative_named_in_apposition_is_the_relative(nlp: Language) -> None:
    text = (
        "A message posted by the group on Thursday read a short notice.\n"
        "Keel's son Daniel, 22, has flown to Germany to be with her. "
        '"I just want to hug her," he said before boarding.'
    )
    assert said(nlp, text, "hug her").speaker == "Daniel"


def test_he_after_a_bodys_unnamed_leader_is_not_the_last_man_named(nlp: Language) -> None:
    text = (
        'Maiduguri was quiet on Friday. "We are waiting for the list of names," said Amos '
        "Lawan, the father of another captive.\n"
        "The group's leader appeared in a video last month. "
        '"The girls will never return to you," he said in the video.'
    )
    assert said(nlp, text, "never return").speaker != "Amos Lawan"


def test_a_players_position_is_the_player_the_paragraph_is_about(nlp: Language) -> None:
    text = (
        "Dana Okafor doubled home the winning run in the 10th inning.\n"
        '"I could barely hold the bat, my hands were shaking so much," the shortstop admitted.\n'
        "Jake Morrow, who turns 39 next month, may now retire.\n"
        '"I don\'t know what comes next, maybe nothing," the veteran outfielder said.'
    )
    assert said(nlp, text, "barely hold the bat").speaker == "Dana Okafor"
    assert said(nlp, text, "what comes next").speaker == "Jake Morrow"


def test_a_message_posted_by_the_group_is_the_group_the_text_names(nlp: Language) -> None:
    text = (
        "Her captors, a faction calling itself the Northern Front, moved her at least nine "
        "times, officials said.\n"
        'A message posted by the group on Thursday read: "The prisoner was released as a '
        'gesture to the people of the region."'
    )
    assert said(nlp, text, "released as a gesture").speaker == "Northern Front"


def test_a_numbered_game_is_no_speaker(nlp: Language) -> None:
    text = (
        "The Harbor City Gulls beat the Ridgefield Hawks in Game 7 on Wednesday night.\n"
        "Game 7 confirmed what Brennan had said all along: "
        '"This team never quits, not ever."\n'
        'The victory continued what Okafor described as "a fairytale season from start to '
        'finish."'
    )
    assert all(q.speaker != "Game" for q in quotes(nlp, text))
    assert said(nlp, text, "fairytale season").speaker == "Okafor"


def test_he_after_a_second_reference_as_subject_is_that_person(nlp: Language) -> None:
    text = (
        "Colin Asher traded for Okafor in 2021 after scouting him with Ben Ruiz. "
        '"We saw something special in him straight away," Asher said.\n'
        'The general manager then spoke about Brennan. "He is the best manager in baseball, no '
        'question," he said.'
    )
    assert said(nlp, text, "best manager in baseball").speaker == "Colin Asher"


def test_an_opening_preposition_is_no_part_of_the_firms_name(nlp: Language) -> None:
    text = (
        'Inside Veltrix, sales managers called it "pulling forward", according to five former '
        "employees.\n"
        '"We received a subpoena and we are complying with it," Veltrix said in a filing.'
    )
    names = [e.name for e in find_entities(nlp(text))]
    assert "Inside Veltrix" not in names and "Veltrix" in names


def test_a_person_noun_with_a_name_beside_it_still_reports_speech(nlp: Language) -> None:
    text = (
        "Tech boss Howard Banes has quit after his firm was caught cooking the books.\n"
        "Banes, 61, who lives in a $20million mansion, said: 'I am deeply sorry to everyone I "
        "let down.'\n"
        "Veltrix's largest shareholder, the pension fund CalTeach, said it was considering legal "
        "action."
    )
    assert said(nlp, text, "considering legal action").speaker == "CalTeach"
    assert said(nlp, text, "deeply sorry").speaker == "Howard Banes"


def test_a_mother_the_linker_kept_apart_is_not_her_daughter_named_before(nlp: Language) -> None:
    text = (
        "Another freed girl, Grace Yakubu, was carried off the helicopter. Her mother, Ms. "
        'Yakubu, wept. "Nobody can give us back those years," Ms. Yakubu said.'
    )
    assert said(nlp, text, "Nobody can give").speaker != "Grace Yakubu"
