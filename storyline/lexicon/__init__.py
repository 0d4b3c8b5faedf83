"""Storyline's language data: each word list defined once, in a module per concept (as spaCy
keeps ``lang/en``). A stage that needs fewer words takes a named subset from here; stage-specific
lists that no other stage reads stay in their stage (``analyze/times/lexicon.py``,
``analyze/figure_words.py``) and import from here what is shared. ``nouns`` holds the nouns
that can head a speaker's phrase, by class (read by analyze and by the who's who).

This package imports nothing from the stages, so every stage may import it.
"""

from __future__ import annotations

from storyline.lexicon.calendar import (
    CALENDAR_WORDS,
    EASTER_FEASTS,
    FOREIGN_MONTHS,
    FOREIGN_WEEKDAYS,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    MONTH_NUMBERS,
    THANKSGIVING_DAYS,
    TIME_NOUNS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAY_NAMES,
    WEEKDAY_NUMBERS,
)
from storyline.lexicon.names import NAME_PARTICLES, NAME_SMALL_WORDS
from storyline.lexicon.numbers import (
    FEW_WORDS,
    NUMBER_WORDS,
    ORDINAL_WORDS,
    SCALE_ABBREVIATIONS,
    SCALE_WORDS,
    SCALES,
    SMALL_COUNTS,
    TENS_WORDS,
    UNIT_WORDS,
    VAGUE_COUNTS,
    VAGUE_PLURALS,
)
from storyline.lexicon.organisations import (
    COMPANY_SUFFIXES,
    GROUP_WORDS,
    LEGAL_FORM_ABBREVIATIONS,
    LEGAL_FORMS,
)
from storyline.lexicon.places import (
    FIGURE_PLACE_NOUNS,
    PLACE_NOUNS,
    POLITY_NOUNS,
    SETTLEMENT_NOUNS,
)
from storyline.lexicon.pronouns import OWN_GENDER, PRONOUN_GENDER
from storyline.lexicon.speech import (
    ACTOR_VERB_FORMS,
    FIGURE_SOURCE_VERBS,
    PLAIN_SPEECH_VERBS,
    QUOTE_ONLY_VERBS,
    RECKON_VERBS,
    SAID_FORMS,
    SAID_ON_FORMS,
    SAID_PAST_FORMS,
    SPEECH_VERBS,
    SPEECH_VERBS_CORE,
    STANCE_VERBS,
    THOUGHT_VERBS,
)
from storyline.lexicon.titles import (
    COURTESY_TITLES,
    HONORIFICS,
    RANK_MODIFIERS,
    ROLE_TITLES,
    SHORT_TITLES,
    SPEAKER_TITLES,
    TITLE_MODIFIERS,
    TITLES_BEFORE_NAMES,
    TITLES_DROPPED_FROM_NAMES,
)

__all__ = [
    "ACTOR_VERB_FORMS",
    "CALENDAR_WORDS",
    "COMPANY_SUFFIXES",
    "EASTER_FEASTS",
    "COURTESY_TITLES",
    "FEW_WORDS",
    "FIGURE_SOURCE_VERBS",
    "FIGURE_PLACE_NOUNS",
    "FOREIGN_MONTHS",
    "FOREIGN_WEEKDAYS",
    "GROUP_WORDS",
    "HONORIFICS",
    "LEGAL_FORMS",
    "LEGAL_FORM_ABBREVIATIONS",
    "MONTH_ABBREVIATIONS",
    "MONTH_NAMES",
    "MONTH_NUMBERS",
    "THANKSGIVING_DAYS",
    "TIME_NOUNS",
    "NAME_PARTICLES",
    "NAME_SMALL_WORDS",
    "NUMBER_WORDS",
    "ORDINAL_WORDS",
    "OWN_GENDER",
    "PLACE_NOUNS",
    "PLAIN_SPEECH_VERBS",
    "POLITY_NOUNS",
    "PRONOUN_GENDER",
    "QUOTE_ONLY_VERBS",
    "RECKON_VERBS",
    "SAID_FORMS",
    "SAID_ON_FORMS",
    "SAID_PAST_FORMS",
    "ROLE_TITLES",
    "SCALES",
    "SCALE_ABBREVIATIONS",
    "SCALE_WORDS",
    "SETTLEMENT_NOUNS",
    "SHORT_TITLES",
    "SPEAKER_TITLES",
    "RANK_MODIFIERS",
    "TITLE_MODIFIERS",
    "TITLES_BEFORE_NAMES",
    "TITLES_DROPPED_FROM_NAMES",
    "SMALL_COUNTS",
    "SPEECH_VERBS",
    "SPEECH_VERBS_CORE",
    "STANCE_VERBS",
    "TENS_WORDS",
    "THOUGHT_VERBS",
    "UNIT_WORDS",
    "VAGUE_COUNTS",
    "VAGUE_PLURALS",
    "WEEKDAY_ABBREVIATIONS",
    "WEEKDAY_NAMES",
    "WEEKDAY_NUMBERS",
]
