"""Common nouns of places: they stand before or after a place's name ("the city of Kessvik",
"the Seravin valley")."""

from __future__ import annotations

PLACE_NOUNS: frozenset[str] = frozenset(
    """
river valley lake mount mountain mountains town city village region province county district
state country island islands sea bay coast port capital area street square dam bridge border
peninsula strait basin delta airport station road highway harbour harbor canal creek forest
desert plain gulf ocean reservoir republic kingdom nation neighborhood neighbourhood suburb
""".split()
)

# ------------------------------------------------------------------ named subsets

# Settlements and divisions that name the place after "of" ("the city of Vladivostok", "the
# towns of ..."): spaCy often calls such places people.
SETTLEMENT_NOUNS: frozenset[str] = frozenset(
    """city town region province capital village port district island country republic
    kingdom""".split()
) | {"towns", "villages"}
# Polities: what a country, region or state is called in an apposition ("Norvania, a country of
# ...").
POLITY_NOUNS: tuple[str, ...] = (
    "country",
    "nation",
    "state",
    "republic",
    "kingdom",
    "province",
    "region",
)
# The nouns that give a figure its place ("in the port city of ...").
FIGURE_PLACE_NOUNS: tuple[str, ...] = (
    "city",
    "region",
    "town",
    "port",
    "province",
    "capital",
    "area",
)

# Bodies of the solar system, written with a capital in science stories ("on the Moon", "to
# Mars"): places, never actors, wherever nothing shows a person or a firm by the name.
CELESTIAL_BODIES = frozenset(
    "moon sun earth mars venus mercury jupiter saturn uranus neptune pluto".split()
)

# The kinds of state a country's official long form names it by ("the Kingdom of Norvania",
# "the Democratic People's Republic of Norvania", "the Grand Duchy of ..."): such a name is a
# country, whatever the tagger called it.
STATE_FORMS = frozenset("republic kingdom principality sultanate duchy".split())
