"""Pronouns say the gender of the person they stand for."""

from storyline.lexicon import pronouns


def test_gendered_pronouns() -> None:
    assert pronouns.PRONOUN_GENDER["he"] == "m" and pronouns.PRONOUN_GENDER["she"] == "f"
    assert set(pronouns.OWN_GENDER.values()) == {"m", "f"}
