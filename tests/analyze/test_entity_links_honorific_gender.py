"""A bare surname after a gendered honorific joins the relative of that gender the page named
in full, not the one named first (our own fictional sentences)."""

from __future__ import annotations

from spacy.language import Language

from storyline.analyze.entities import find_entities
from tests.analyze.linking import entity_of

TEXT = (
    "President Tomas Okafor opened a new hospital in Tarnby on Monday. First Lady Ada Okafor, "
    "who campaigned for the project, joined him at the ceremony. President Okafor thanked the "
    "builders. Mrs. Okafor said the maternity ward was her priority. Mr. Okafor later visited "
    "a school."
)


def mentions(nlp: Language, name: str) -> list[int]:
    ents = [e for e in find_entities(nlp(TEXT)) if e.name == name]
    assert len(ents) == 1, [e.name for e in find_entities(nlp(TEXT))]
    return [m.start for m in ents[0].mentions]


def test_mrs_joins_the_first_lady_not_the_president(nlp: Language) -> None:
    mrs = TEXT.index("Mrs. Okafor") + len("Mrs. ")
    mr = TEXT.index("Mr. Okafor") + len("Mr. ")
    assert mrs in mentions(nlp, "Ada Okafor")
    assert mrs not in mentions(nlp, "Tomas Okafor")
    assert mr in mentions(nlp, "Tomas Okafor")


def test_a_father_named_by_his_surname_is_not_his_daughter(nlp: Language) -> None:
    text = (
        "Rebecca Mallum, 17, returned home on Sunday after three years away. Her father, "
        'Mr. Mallum, said the family had prayed every day. "We never lost hope," Mallum said. '
        "Rebecca Mallum told reporters she wanted to finish school."
    )
    assert entity_of(nlp, text, "Mr. Mallum", "Mallum") != "Rebecca Mallum"
    assert entity_of(nlp, text, 'hope," Mallum', "Mallum") != "Rebecca Mallum"
    assert entity_of(nlp, text, "Rebecca Mallum told", "Rebecca") == "Rebecca Mallum"


def test_a_husband_named_by_the_surname_is_not_his_wife(nlp: Language) -> None:
    text = (
        "Ambassador Grace Tembo met the minister on Friday. Her husband, Mr. Tembo, a banker, "
        "said the talks went well."
    )
    assert entity_of(nlp, text, "Mr. Tembo", "Tembo") != "Grace Tembo"


def test_a_wife_named_by_her_given_name_is_still_her(nlp: Language) -> None:
    text = (
        "Maria Lopez, 40, runs the bakery. Her husband, John Smith, bakes the bread. His wife, "
        "Maria, said sales were up."
    )
    assert entity_of(nlp, text, "wife, Maria", "Maria") == "Maria Lopez"


def test_mr_is_the_subject_not_the_brother_a_kin_noun_named(nlp: Language) -> None:
    text = (
        "Dorian Vekk, the suspect, had lived in Harlow for a decade. Details about Mr. Vekk's "
        "work were sparse. His brother, Aldo Vekk, told reporters the family was shocked. "
        "Mr. Vekk bought three rifles last year, the police said. Aldo Vekk wept."
    )
    assert entity_of(nlp, text, "Mr. Vekk bought", "Vekk") == "Dorian Vekk"
    assert entity_of(nlp, text, "about Mr. Vekk", "Vekk") == "Dorian Vekk"


def test_mrs_still_picks_the_wife_a_kin_noun_named(nlp: Language) -> None:
    text = (
        "Robert Hale runs the mill in Harlow. His wife, Anna Hale, keeps its books. "
        "Mrs. Hale said the orders had doubled."
    )
    assert entity_of(nlp, text, "Mrs. Hale", "Hale") == "Anna Hale"


def test_a_kin_noun_apposed_after_the_name_gives_her_sex(nlp: Language) -> None:
    text = (
        "Rebel leader Tarik Sello released a video on Sunday. In it, Sello said the group would "
        "not negotiate. Amina Sello, a mother of one of the missing pupils, waited at the gate. "
        '"I just want my daughter home," Mrs. Sello said.'
    )
    assert entity_of(nlp, text, "Mrs. Sello", "Sello") == "Amina Sello"
    assert entity_of(nlp, text, "In it, Sello", "Sello") == "Tarik Sello"


def test_a_role_noun_apposed_after_the_name_says_no_sex(nlp: Language) -> None:
    text = (
        "Dana Corr, the mayor of Harlow, met Lee Corr, a councillor, on Friday. Mrs. Corr said "
        "the budget was fair."
    )
    assert entity_of(nlp, text, "Mrs. Corr", "Corr") == "Dana Corr"


def test_a_sex_learned_from_an_honorific_sends_the_other_to_the_brother(nlp: Language) -> None:
    text = (
        "Chief executive Sofia Brenn sued her brother, Henrik Brenn, to remove him from the "
        'board.\n\n"My brother has put his pride ahead of our employees," Ms Brenn said in a '
        "statement.\n\nMr Brenn said he would fight the lawsuit."
    )
    assert entity_of(nlp, text, "Ms Brenn", "Brenn") == "Sofia Brenn"
    assert entity_of(nlp, text, "Mr Brenn", "Brenn") == "Henrik Brenn"


def test_a_bare_surname_given_both_sexes_is_two_people(nlp: Language) -> None:
    # Neither is named in full on this page: "Ms. Keel" and "Mr. Keel, her son" are two
    # people, and a later bare "Keel said" is the one named last.
    text = (
        "Ms. Keel said the family had lived above the bakery for thirty years. Mr. Keel, her "
        'son, spent the night helping neighbours. "You just do what you can," Keel said.'
    )
    people = [e for e in find_entities(nlp(text)) if e.label == "PERSON"]
    by_sex = {e.gender: [m.start for m in e.mentions] for e in people}
    assert sorted(by_sex) == ["f", "m"], [(e.name, e.gender) for e in people]
    assert text.index("Keel said the") in by_sex["f"]
    assert text.index("Keel said.") in by_sex["m"]


def test_a_mother_introduced_by_her_surname_is_not_her_daughter(nlp: Language) -> None:
    text = (
        "Another freed girl, Grace Yakubu, was carried off the helicopter by a nurse. Her "
        'mother, Ms. Yakubu, wept. "Nobody can give us back those years," Ms. Yakubu said.'
    )
    assert entity_of(nlp, text, "mother, Ms. Yakubu", "Yakubu") != "Grace Yakubu"
    assert entity_of(nlp, text, 'years," Ms. Yakubu', "Yakubu") != "Grace Yakubu"


def test_one_of_the_girls_says_her_sex_so_mr_is_her_father(nlp: Language) -> None:
    text = (
        "Grace Audu, 19, one of the freed girls, stepped off the helicopter. Her father, "
        'Emmanuel Audu, had not slept. "I only want to see her face," Mr. Audu said.'
    )
    assert entity_of(nlp, text, 'face," Mr. Audu', "Audu") == "Emmanuel Audu"


def test_mr_is_the_father_the_page_made_a_man_not_the_daughter_named_first(
    nlp: Language,
) -> None:
    text = (
        "Among them was Mary Ibrahim, whose father, Joseph Ibrahim, is a pastor in Kudara. "
        "Her sister Sarah is still held, Mr. Ibrahim said."
    )
    assert entity_of(nlp, text, "held, Mr. Ibrahim", "Ibrahim") == "Joseph Ibrahim"


def test_mr_is_the_businessman_not_the_mother_whose_sex_went_unsaid(nlp: Language) -> None:
    text = (
        "Kelly Pruitt, the daughter of Deputy Governor Ann Pruitt and businessman Dale Pruitt, "
        "defended her parents on Thursday.\nDale Pruitt said in a statement that his company "
        'won its contracts fairly. "We were the lowest bidder every time," Mr. Pruitt said.'
    )
    assert entity_of(nlp, text, 'time," Mr. Pruitt', "Pruitt") == "Dale Pruitt"


def test_she_as_what_a_full_name_says_gives_her_sex_so_mr_is_her_father(
    nlp: Language,
) -> None:
    text = (
        "Freed girls spoke on Wednesday.\nEsther Yakila told reporters she prayed every day "
        "for her sister.\nMr. Yakila said he would keep waiting."
    )
    assert entity_of(nlp, text, "Mr. Yakila", "Yakila") != "Esther Yakila"


def test_she_after_someone_else_named_says_nothing_of_the_speaker(nlp: Language) -> None:
    text = (
        "Ana Ruiz lost her job in May. Tom Vale said she would be rehired. Mr. Vale said the "
        "firm had erred."
    )
    assert entity_of(nlp, text, "Mr. Vale said", "Vale") == "Tom Vale"
