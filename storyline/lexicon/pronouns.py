"""Personal pronouns and the gender each implies."""

from __future__ import annotations

# Third-person pronouns that stand for one person, and that person's gender.
PRONOUN_GENDER: dict[str, str] = {
    "he": "m",
    "him": "m",
    "his": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
}
# Possessives and reflexives that point back at the subject of their clause ("said his wife").
OWN_GENDER: dict[str, str] = {"his": "m", "her": "f", "himself": "m", "herself": "f"}
# Pronouns that stand for one person as the subject of a clause ("he said", "she posted").
SUBJECT_PRONOUNS: frozenset[str] = frozenset({"he", "she"})
# Possessive determiners: a role they open ("her husband", "their lawyer") says whose only
# with the sentence before it.
POSSESSIVE_DETERMINERS: frozenset[str] = frozenset({"his", "her", "its", "their", "our", "my"})
