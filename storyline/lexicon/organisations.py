"""Words that end a company's name: legal forms ("Inc", "plc", "GmbH") and group words."""

from __future__ import annotations

# Legal forms, lower case and without their full stops. The short ones first: pages write
# them with a full stop ("Inc.", "Co.") that ends no sentence.
LEGAL_FORM_ABBREVIATIONS: tuple[str, ...] = ("inc", "corp", "co", "ltd", "plc", "llc", "ag", "sa")
LEGAL_FORMS: frozenset[str] = frozenset(LEGAL_FORM_ABBREVIATIONS) | frozenset(
    "corporation company limited incorporated nv gmbh spa bv ab asa oyj".split()
)
# Words that end a company's name without naming it ("Equifax Group" is Equifax).
GROUP_WORDS: frozenset[str] = frozenset({"group", "holdings"})
# Everything that may end a company's name after the name proper.
COMPANY_SUFFIXES: frozenset[str] = LEGAL_FORMS | GROUP_WORDS
# Trades a firm's name ends in and a person's never does ("Tarn Motors", "Vela Airways"): such
# a name is an organisation's whatever NER tagged it. Not a company suffix: "Vela Airways" is
# not "Vela".
FIRM_NAME_ENDS: frozenset[str] = frozenset(
    """
motors airlines airways technologies systems industries electronics pharmaceuticals
laboratories labs enterprises ventures entertainment studios communications networks
telecom logistics semiconductors petroleum aerospace insurance securities shipping ferries
mining foods bakeries breweries
""".split()
)

# An organisation named by its role, not by a name of its own ("Foreign Ministry", "Ministry of
# Defence", "Interior Ministry", "Coast Guard"): every country has one, so two pages' "Foreign
# Ministry" are one body only when they have the same owner. Its words are the heads below,
# the portfolios before them and small words.
STATE_BODY_HEADS: frozenset[str] = frozenset(
    """
ministry ministries department office embassy consulate army navy military police government
cabinet parliament
""".split()
)
PORTFOLIO_WORDS: frozenset[str] = frozenset(
    """
foreign affairs defence defense interior home justice finance economy trade industry health
education transport environment energy agriculture labour labor culture unification security
state national public coast border armed naval
""".split()
)
