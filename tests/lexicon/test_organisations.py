"""Company suffixes: legal forms and group words, lower case, no dots."""

from storyline.lexicon import organisations


def test_suffixes_are_legal_forms_and_group_words() -> None:
    assert set(organisations.LEGAL_FORM_ABBREVIATIONS) <= organisations.LEGAL_FORMS
    assert organisations.COMPANY_SUFFIXES == organisations.LEGAL_FORMS | organisations.GROUP_WORDS
    assert {"inc", "ltd", "plc"} <= organisations.COMPANY_SUFFIXES
    assert all(w == w.lower() and "." not in w for w in organisations.COMPANY_SUFFIXES)
