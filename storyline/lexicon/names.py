"""Small words inside names: the particles of personal names and the small words of
organisations' names, whose letters an acronym may drop."""

from __future__ import annotations

# Particles of personal names, written in lower case inside a capitalised name ("Ursula von der
# Leyen", "Osama bin Laden", "Luiz Inácio Lula da Silva").
NAME_PARTICLES: tuple[str, ...] = (
    "van",
    "von",
    "de",
    "der",
    "da",
    "del",
    "la",
    "le",
    "bin",
    "al",
    "du",
    "di",
)
# Small words inside a name: an acronym may leave out their letters ("Bank of England", BoE;
# "Transport for London", TfL) and reordered names are compared without them.
NAME_SMALL_WORDS: frozenset[str] = frozenset(
    {"of", "the", "and", "for", "&", "in", "on", "at", "to"}
) | (frozenset(NAME_PARTICLES) - {"da", "bin", "al", "di"})
