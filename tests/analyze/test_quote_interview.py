"""Interviews in question-and-answer form: each answer is a quote of the interviewee, the
interviewer's questions are no one's quote, and other colon lines give nothing. The pages are
invented."""

from __future__ import annotations

from spacy.language import Language

from tests.analyze.speaking import quotes


def _answers(nlp: Language, text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in quotes(nlp, text) if q.kind == "direct"]


def test_q_and_a_answers_are_the_interviewee_named_in_the_intro(nlp: Language) -> None:
    text = (
        "We spoke to Ana Ruiz, the director of the port of Varnby, about the strike that has "
        "closed the docks for a week.\n"
        "Q: How long can the port stay closed?\n"
        "A: We can hold out for another ten days. After that the warehouses are full.\n"
        "Q: Will you meet the union?\n"
        "A: Yes. I have asked Tom Hale to join us on Monday, and I expect a deal.\n"
    )
    found = _answers(nlp, text)
    assert found == [
        ("Ana Ruiz", "We can hold out for another ten days. After that the warehouses are full."),
        ("Ana Ruiz", "Yes. I have asked Tom Hale to join us on Monday, and I expect a deal."),
    ]
    assert not any("?" in q.text for q in quotes(nlp, text))  # no question is a quote


def test_question_and_answer_words_after_sat_down_with(nlp: Language) -> None:
    text = (
        "Tom Hale, the union's leader, sat down with us to talk about the strike.\n"
        "Question: Why did the crews walk out?\n"
        "Answer: Because nobody listened to them for three years.\n"
        "Question: Will you accept the port's offer?\n"
        "Answer: Not as it stands. We want the night shifts shortened first.\n"
    )
    found = _answers(nlp, text)
    assert [s for s, _ in found] == ["Tom Hale", "Tom Hale"]
    assert found[1][1] == "Not as it stands. We want the night shifts shortened first."


def test_name_labels_in_capitals_with_a_paper_that_asks_and_a_continued_answer(
    nlp: Language,
) -> None:
    text = (
        "We talked to Ana Ruiz, the director of the port, about the strike and the ships.\n"
        "Courier: Is there any sign of a deal?\n"
        "RUIZ: Not yet. The union wants a pay rise we cannot give this year.\n"
        "And I have told them so, more than once, since the first day of the strike.\n"
        "Courier: What happens if the ships go elsewhere?\n"
        "RUIZ: We will lose them for years, and that is what worries me most.\n"
        "This interview has been edited for length.\n"
    )
    found = _answers(nlp, text)
    assert [s for s, _ in found] == ["Ana Ruiz"] * 3
    assert found[1][1].startswith("And I have told them so")
    assert not any("edited for length" in t for _, t in found)  # after the last turn


def test_transcript_labels_with_roles_and_a_host_who_asks(nlp: Language) -> None:
    text = (
        "A transcript of the evening broadcast on the strike, with the port's director "
        "Ana Ruiz and the union leader Tom Hale.\n"
        "LENA MARSH (host): Ms Ruiz, how long can the port stay shut?\n"
        "ANA RUIZ (port director): About ten more days, and then the warehouses are full.\n"
        "LENA MARSH (host): Mr Hale, will the crews go back?\n"
        "TOM HALE (union leader): Only when the night shifts are shortened.\n"
    )
    found = _answers(nlp, text)
    assert found == [
        ("Ana Ruiz", "About ten more days, and then the warehouses are full."),
        ("Tom Hale", "Only when the night shifts are shortened."),
    ]


def test_initials_after_a_first_full_mention(nlp: Language) -> None:
    text = (
        "Interview with Ana Ruiz, director of the port of Varnby, and Lena Marsh.\n"
        "Lena Marsh (LM): The docks have been closed for a week. How bad is it?\n"
        "Ana Ruiz (AR): It is the worst week the port has had in twenty years.\n"
        "LM: Will the ships come back?\n"
        "AR: Some will. The ones that went north may never return.\n"
    )
    found = _answers(nlp, text)
    assert [s for s, _ in found] == ["Ana Ruiz", "Ana Ruiz"]  # the interviewer asks
    assert found[1][1] == "Some will. The ones that went north may never return."


def test_answers_with_no_interviewee_give_nothing(nlp: Language) -> None:
    text = (
        "The crews want shorter shifts, the union leader said on Monday.\n"
        "Q: How long can the port stay closed?\n"
        "A: Another ten days, and then the warehouses are full and the ships leave.\n"
        "Q: Will you meet the union?\n"
        "A: Yes, on Monday, and I expect a deal before the weekend.\n"
    )
    assert not any("ten days" in q.text or "Monday, and" in q.text for q in quotes(nlp, text))


def test_other_colon_lines_are_no_interview(nlp: Language) -> None:
    furniture = (
        "Update: The port reopened on Friday after talks with Ana Ruiz and Tom Hale.\n"
        "Photo: Ana Ruiz at the docks on Thursday.\n"
        "Watch: The cranes start moving again.\n"
        "VARNBY: The port stayed closed on Tuesday as the strike went on.\n"
    )
    listing = (
        "The strike in numbers, as given by the port's director Ana Ruiz and the union "
        "leader Tom Hale.\n"
        "Ana Ruiz: director of the port since 2019.\n"
        "Tom Hale: union leader, elected in March.\n"
        "Ships diverted: 14\n"
        "Days closed: 8\n"
    )
    for text in (furniture, listing):
        assert not [q for q in quotes(nlp, text) if q.kind == "direct"]


def test_one_speaker_s_labelled_lines_are_no_exchange(nlp: Language) -> None:
    text = (
        "We spoke to Ana Ruiz, the director of the port, about the strike.\n"
        "Ruiz: The port will reopen on Monday and the ships will come back.\n"
        "Ruiz: The union has agreed to talks, which is a first step forward.\n"
    )
    assert not [q for q in quotes(nlp, text) if "reopen on Monday" in q.text]


def test_labels_alone_on_their_line_as_cleaned_html_gives_them(nlp: Language) -> None:
    text = (
        "We spoke to Ana Ruiz, the director of the port of Varnby, about the strike.\n"
        "Interviewer:\n"
        "How long can the port stay closed?\n"
        "Ana Ruiz:\n"
        "About ten more days, and then the warehouses are full.\n"
        "Interviewer:\n"
        "Will the ships come back?\n"
        "Ana Ruiz:\n"
        "Some will, but the ones that went north may never return.\n"
    )
    found = _answers(nlp, text)
    assert found == [
        ("Ana Ruiz", "About ten more days, and then the warehouses are full."),
        ("Ana Ruiz", "Some will, but the ones that went north may never return."),
    ]


def test_an_intro_naming_two_people_leaves_answers_unattributed(nlp: Language) -> None:
    text = (
        "We spoke to Ana Ruiz and Tom Hale about the strike that has closed the docks.\n"
        "Q: How long can the port stay closed?\n"
        "A: Another ten days, and then the warehouses are full and the ships leave.\n"
        "Q: Will the crews go back?\n"
        "A: Only when the night shifts are shortened, and not a day before that.\n"
    )
    assert not [q for q in quotes(nlp, text) if q.speaker in ("Ana Ruiz", "Tom Hale")]


def test_q_and_a_letters_with_a_full_stop(nlp: Language) -> None:
    text = (
        "In an interview with Ana Ruiz, the director of the port, we asked about the strike.\n"
        "Q. How long can the port stay closed?\n"
        "A. Another ten days. After that the warehouses are full.\n"
        "Q. And then?\n"
        "A. Then the ships go to Kesby, and they may never come back.\n"
    )
    found = _answers(nlp, text)
    assert found == [
        ("Ana Ruiz", "Another ten days. After that the warehouses are full."),
        ("Ana Ruiz", "Then the ships go to Kesby, and they may never come back."),
    ]


def test_an_initial_opening_a_paragraph_is_no_answer(nlp: Language) -> None:
    text = (
        "We spoke to Tom Hale, the union's leader, on the picket line on Monday.\n"
        "A. Ruiz, the port's director, said the docks could stay shut for ten more days.\n"
        "Q. Will the crews go back?\n"
        "A. Not without a deal on the night shifts.\n"
    )
    found = _answers(nlp, text)
    assert found == [("Tom Hale", "Not without a deal on the night shifts.")]


def test_a_label_with_a_courtesy_title(nlp: Language) -> None:
    text = (
        "The Courier sat down with Ana Ruiz, the director of the port, after the vote.\n"
        "Courier: Is the strike over?\n"
        "Dr. Ana Ruiz: It is, and the first ships dock on Monday.\n"
        "Courier: Will the night shifts change?\n"
        "Dr. Ruiz: They will be shorter from March, as the union asked.\n"
    )
    found = _answers(nlp, text)
    assert [s for s, _ in found] == ["Ana Ruiz", "Ana Ruiz"]
