"""Speakers the writer's frame around a quote gives away: a nickname in marks inside the
speaker's name, a named person's colon line above a blank line, a relative "who" after a list
of names, a participle after a dashed aside (all on sentences written here)."""

from __future__ import annotations

from spacy.language import Language

from tests.analyze.test_quotes import one, run


def test_nickname_in_marks_inside_the_name(nlp: Language) -> None:
    text = (
        '"We are proud of this town and we will rebuild it together," Sheriff Paula "Doc" '
        "Brennan told the crowd."
    )
    q = one(run(nlp, text), "We are proud of this town")
    assert q.speaker is not None and "Brennan" in q.speaker
    assert not any(x.text == "Doc" for x in run(nlp, text))


def test_nickname_needs_a_name_on_both_sides(nlp: Language) -> None:
    text = (
        '"The bridge will reopen in the spring after the repairs," the engineer said of the '
        '"Old Lady" as the crowd watched.'
    )
    q = one(run(nlp, text), "The bridge will reopen")
    assert q.cue == "said"


def test_named_persons_colon_line_above_a_blank_line(nlp: Language) -> None:
    text = (
        "On July 6, Senator Alan Brisk made the following comment:\n\n"
        '"For people who are young and out of work, the rate is far higher than the official '
        'numbers say."\n\nCritics disagreed.'
    )
    q = one(run(nlp, text), "For people who are young")
    assert q.speaker == "Alan Brisk"


def test_a_thing_above_a_blank_line_speaks_no_quote(nlp: Language) -> None:
    text = (
        "The committee's report is likely to be long:\n\n"
        '"The budget for the new bridge is far higher than the council said," a resident '
        "wrote in a letter to the paper."
    )
    q = one(run(nlp, text), "The budget for the new bridge")
    assert q.speaker != "The committee's report"


def test_who_after_a_list_of_names_is_the_last_name(nlp: Language) -> None:
    text = (
        "The ceremony featured the senator Tom Bright as well as stars like Ann Crane, Bill "
        'Mott, Rosa Dean, Carl Pike and Nina Ford, who joked of the hall, "I have not seen it '
        'yet, but I am going to."'
    )
    q = one(run(nlp, text), "I have not seen it yet")
    assert q.speaker == "Nina Ford"


def test_who_after_one_name_stays_that_name(nlp: Language) -> None:
    text = (
        "Ann Crane, who chairs the hall's board, said the roof \"will be repaired before the "
        'first concert of the season."'
    )
    q = one(run(nlp, text), "will be repaired")
    assert q.speaker == "Ann Crane"


def test_participle_after_a_dashed_aside_is_the_main_subjects(nlp: Language) -> None:
    text = (
        "Marchers continued to demand answers about the shooting, circling the streets around "
        "the stadium - where the Harbor Gulls played the Lakeside Bears - while chanting, "
        '"We want justice for our town now."'
    )
    q = one(run(nlp, text), "We want justice")
    assert q.speaker != "Harbor Gulls"
    assert q.speaker_start is not None and text[q.speaker_start : q.speaker_end] == "Marchers"


def test_recording_of_a_name_saying_is_that_names(nlp: Language) -> None:
    text = 'The channel aired a video of Tom Arden saying, "We will never give up on this town."'
    q = one(run(nlp, text), "We will never give up")
    assert q.speaker == "Tom Arden"


def test_a_name_not_shown_in_a_recording_keeps_the_subject(nlp: Language) -> None:
    text = (
        "Mayor Ann Crane criticised the plan of Tom Arden, saying, "
        '"This town cannot afford another empty promise."'
    )
    q = one(run(nlp, text), "This town cannot afford")
    assert q.speaker == "Ann Crane"
