"""Speaker classes found auditing briefs of unseen stories, on short invented passages: the
clause before a colon speaks, a text's issuer speaks, a namesake is another person, "they" is
no place, questions and vague pronouns report no one, a transcript's "I" is its speaker, a
surname read as a month, and sentences the parser ran on across paragraphs."""

from __future__ import annotations

from spacy.language import Language

from tests.analyze.speaking import quotes, said


def test_the_clause_before_a_colon_speaks(nlp: Language) -> None:
    text = (
        "The ferry sank off Varnby on Monday.\n"
        'Mayor Lena Holt paid tribute on Twitter: "Devastated by this loss. Varnby stands with '
        'the families tonight."\n'
    )
    assert said(nlp, text, "Devastated").speaker == "Lena Holt"


def test_a_text_message_read_out_keeps_its_author(nlp: Language) -> None:
    text = (
        "Another passenger, Tomas Brevik, said he was on the ferry a week earlier. He posted "
        "an image of a message to his partner. It read: \u201cThe captain took the bend so fast "
        "we nearly went over the rail.\u201d\n"
    )
    assert said(nlp, text, "took the bend").speaker == "Tomas Brevik"


def test_the_issuer_of_a_statement_speaks(nlp: Language) -> None:
    text = (
        "The harbour authority closed the port.\n"
        'Governor Ana Ruiz issued a statement saying, "We stand with every family that lost '
        'someone on the ferry."\n'
    )
    assert said(nlp, text, "We stand with").speaker == "Ana Ruiz"


def test_the_person_an_agency_quotes_speaks(nlp: Language) -> None:
    text = (
        "Deputy minister Pavel Orlin was quoted by the Varn news agency saying: \u201cWe see "
        "a tendency towards escalation and we are concerned.\u201d\n"
    )
    assert said(nlp, text, "tendency towards").speaker == "Pavel Orlin"


def test_they_is_never_a_place(nlp: Language) -> None:
    text = (
        "The missile was launched from a site near Paris, according to the coast guard.\n"
        "They said they were still trying to determine what kind of missile was launched.\n"
    )
    found = quotes(nlp, text)
    assert all(q.speaker != "Paris" for q in found)


def test_a_question_and_a_vague_pronoun_report_no_one(nlp: Language) -> None:
    text = (
        "The talks in Varnby ended on Monday.\n"
        "Can you tell us what the security situation in Varnby has been since then?\n"
        "Some believe the harbour will simply learn to live with the new ferries.\n"
    )
    assert all(q.speaker is None for q in quotes(nlp, text))


def test_a_transcripts_i_is_the_speaker_it_labels(nlp: Language) -> None:
    text = (
        "Varnby Radio spoke to two reporters on the quay.\n"
        "HOLT: Well, I believe that the ferry was overloaded when it left the port.\n"
    )
    assert said(nlp, text, "overloaded").speaker == "Holt"


def test_a_surname_read_as_a_month_is_still_a_name(nlp: Language) -> None:
    text = (
        'Olivia May today said: "If this was an attack we must redouble our efforts to find '
        'those who did it."\n'
        'She added: "Our hearts go out to the people of Varnby."\n'
    )
    assert "May" in (said(nlp, text, "redouble").speaker or "")
    assert "May" in (said(nlp, text, "hearts go out").speaker or "")


def test_a_sentence_run_on_from_a_caption_has_its_own_subject(nlp: Language) -> None:
    text = (
        "Mayor Lena Holt visited the harbour. Hide Caption 9 of 9\n\n"
        "One man who was leaving the hospital on Friday told reporters that he had seen the "
        "ferry tilt.\n\n"
        '"I work there," he said. "I do not know where my daughter is."\n'
    )
    assert said(nlp, text, "ferry tilt").speaker != "Lena Holt"
    assert said(nlp, text, "I work there").speaker is None


def test_he_after_a_first_name_ner_missed_is_that_person(nlp: Language) -> None:
    text = (
        "\u201cKill them wherever you find them,\u201d the group's spokesman Abu Varin urged.\n\n"
        "Kartik and his family managed to escape the scene and leave the area.\n\n"
        'He said: "I am still shaking. My last memory is of a young man lying on the road."\n'
    )
    assert said(nlp, text, "still shaking").speaker != "Abu Varin"


def test_an_added_quote_is_the_reporters_not_the_reported_subjects(nlp: Language) -> None:
    text = (
        "The mayor, Ana Holt, said the city\u2019s hospitals were struggling to cope with the "
        "injured and added: \u201cThis is the worst attack we have ever seen here.\u201d\n"
    )
    assert said(nlp, text, "worst attack").speaker == "Ana Holt"


def test_a_full_name_sharing_only_the_surname_is_another_speaker(nlp: Language) -> None:
    text = (
        "Witness Tony Brevik said he saw bodies lying in the street.\n"
        "\u2022 American Dominique Brevik, who was watching from a balcony, said the fireworks "
        'had just ended. "People were flooding the streets," she said.\n'
        "Brevik said her teenage son witnessed the carnage.\n"
    )
    assert said(nlp, text, "fireworks").speaker == "Dominique Brevik"
    assert said(nlp, text, "flooding").speaker == "Dominique Brevik"
    assert said(nlp, text, "teenage son").speaker == "Dominique Brevik"
    assert "Tony Brevik" in (said(nlp, text, "saw bodies").speaker or "")


def test_the_university_is_the_university_the_page_named(nlp: Language) -> None:
    text = (
        "Breaches hit five organisations, including the University of Varnby.\n"
        "According to the student paper, the university stated that some "
        '"750 employees had suspicious activity on their tax accounts."\n'
    )
    assert said(nlp, text, "750 employees").speaker == "University of Varnby"


def test_a_dateline_is_no_speaker(nlp: Language) -> None:
    text = (
        "VARNBY, North Coast \u2014 The harbour police say a ferry captain could face up to "
        "ten years in prison after the crash.\n"
    )
    assert "VARNBY" not in (said(nlp, text, "ferry captain").speaker or "")


def test_it_after_an_unnamed_body_is_that_body(nlp: Language) -> None:
    text = (
        "Her father Tomas Brevik has said she was upset when she approached the guards.\n"
        "The military confirmed rubber bullets had been used following what it said was a "
        "violent protest.\n"
    )
    assert said(nlp, text, "violent protest").speaker != "Tomas Brevik"


def test_an_agency_reporting_afterwards_does_not_take_the_leaders_words(nlp: Language) -> None:
    text = (
        "The Varn leader Ivo Dragan ordered the drill to be held from the capital and said it "
        "was necessary to hold more exercises at sea, the state news agency said.\n"
    )
    assert said(nlp, text, "more exercises").speaker == "Ivo Dragan"


def test_a_clause_before_a_semicolon_is_not_reported(nlp: Language) -> None:
    text = (
        "The attacker is killed in a shootout with police; he pledges allegiance to the group, "
        "which later claims responsibility.\n"
    )
    assert all("shootout" not in q.text or q.speaker is None for q in quotes(nlp, text))


def test_a_nationality_in_apposition_is_no_name(nlp: Language) -> None:
    text = (
        "One witness, an American who was about 15 feet from the lorry, said the driver "
        "accelerated into the crowd on the seafront.\n"
    )
    assert said(nlp, text, "accelerated").speaker != "American"
