"""Who a cue's subject is when a possessive or the parse hides it: a his/her on a role or kin
names its owner, the person the reported words are about ("…, his lawyer said") or the person
named before, never an unnamed speaker's own owner; a subject the parser hung on an earlier
noun as its conjunct still speaks."""

from __future__ import annotations

from spacy.language import Language

from tests.analyze.speaking import said


def test_the_owner_of_his_lawyer_is_the_person_the_words_are_about(nlp: Language) -> None:
    text = (
        "A court in Varnby sentenced the former mayor Tom Hale to three years in prison on "
        "Saturday for fraud, his lawyer said.\n\nThe court did not comment."
    )
    assert said(nlp, text, "three years").speaker == "Tom Hale's lawyer"


def test_her_father_after_words_about_his_daughter(nlp: Language) -> None:
    text = (
        "The rebels freed Amina Bello on Sunday along with twenty other girls, her father "
        "said.\n\nThe girls were taken in 2014."
    )
    assert said(nlp, text, "twenty other girls").speaker == "Amina Bello's father"


def test_his_spokesman_after_his_lawyer_is_the_named_man_s(nlp: Language) -> None:
    text = (
        "Tom Hale was sentenced to three years on Monday.\n\n"
        "He will appeal the verdict, his lawyer said.\n\n"
        "His spokesman said the verdict was unjust."
    )
    assert said(nlp, text, "appeal the verdict").speaker == "Tom Hale's lawyer"
    unjust = said(nlp, text, "was unjust")  # he speaks through his spokesman: his words
    assert (unjust.speaker, unjust.speaker_description) == ("Tom Hale", "His spokesman")


def test_a_subject_the_parser_hung_on_an_earlier_noun_speaks(nlp: Language) -> None:
    # the parser makes "Broncos" a conjunct of "season" and leaves "assured" without a subject
    text = (
        "The Brno Bengals could be another, with the long-serving Marvin Lusk out of "
        "contract, but Hue Jansen is expected to remain with the Cleveland Browns despite "
        "their 0-16 season and the Denver Broncos have assured Vance Josef his job is safe.\n"
    )
    assert said(nlp, text, "job is safe").speaker == "Denver Broncos"


def test_their_union_after_staff_is_the_staff_s_not_the_employer_s(nlp: Language) -> None:
    text = (
        "Workers at Kelvik Ferries will walk out on May 2, their union said on Friday, a week "
        "after the operator announced 300 job cuts.\n\nThe firm declined to comment."
    )
    quote = said(nlp, text, "walk out")
    assert quote.speaker == "The union of workers at Kelvik Ferries"


def test_their_union_after_a_collective_noun_of_people(nlp: Language) -> None:
    text = (
        "Staff at Ostra Savings Bank will vote on a strike next month, their union said, two "
        "days after the lender announced 900 job cuts.\n"
    )
    assert said(nlp, text, "vote on a strike").speaker == "The union of staff at Ostra Savings Bank"


def test_their_spokesman_after_a_company_named_later_is_the_company_s(nlp: Language) -> None:
    text = (
        "Workers at the plant were told on Monday.\n\nAcme Tools said it would close the plant "
        "in June. The decision was final, their spokesman said.\n"
    )
    assert "workers" not in (said(nlp, text, "was final").speaker or "")
