"""Openings by which a sentence leans on the one before it.

A summary point or takeaway is read on its own, away from its page: "However, she added that
it will depend on the weather" tells the reader nothing without the sentence it follows.
"""

from __future__ import annotations

from storyline.lexicon.calendar import CALENDAR_WORDS, TIME_NOUNS
from storyline.lexicon.pronouns import PRONOUN_GENDER

# A first word that stands for something the previous sentence named.
BACK_POINTERS = frozenset(PRONOUN_GENDER) | {
    "they",
    "them",
    "their",
    "it",
    "its",
    "this",
    "these",
    "those",
    "that",
    "such",
    "which",  # "Which is where ... comes in": a clause of the sentence before
}
# "I told her ...", "We were ...": outside a quotation, a speaker the page names elsewhere.
FIRST_PERSON = frozenset({"i", "we", "my", "our", "me", "us"})
# A demonstrative before one of these says when, not what was said before ("This week, ...").
DEICTIC_TIMES = CALENDAR_WORDS | TIME_NOUNS | {"quarter", "season", "spring", "summer", "autumn"}
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# A first word that opens a clause hanging on what follows: before a back pointer the clause
# leans on the sentence before ("Once this link is established, ...", "When they arrived, ...").
SUBORDINATORS = frozenset(
    "once when whenever after before since until while because although though despite if "
    "unless as".split()
)
# A first word or phrase that links the sentence to the one before it (it continues, contrasts
# with or follows in time from it).
LINKING_OPENERS = (
    "however",
    "but",
    "and",
    "or",
    "yet",
    "also",
    "meanwhile",
    "moreover",
    "furthermore",
    "additionally",
    "besides",
    "nevertheless",
    "nonetheless",
    "instead",
    "thus",
    "hence",
    "therefore",
    "then",
    "afterwards",
    "likewise",
    "similarly",
    "otherwise",
    "consequently",
    "accordingly",
    "in addition",
    "in turn",
    "in contrast",
    "in response",
    "on the other hand",
    "as a result",
    "even so",
    "at that time",
    "at the time",
    "by then",
    "since then",
    "after that",
    "even then",
    # "Another 20 inches fell", "To do this, she ...": more of, or the means of, what the
    # sentence before told
    "another",
    "to do this",
    "to do that",
    "to do so",
    "in doing so",
    "in so doing",
    "by doing so",
    "doing so",
    "the latter",
    "the former",
)
