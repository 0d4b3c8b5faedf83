"""Words that stand before a name: courtesy titles (honorifics) and the short forms of titles."""

from __future__ import annotations

# Courtesy titles that stand before a name, lower case, and the gender each implies ("" for
# none). Not "M." (French "monsieur"): in English text it is far more often an initial ("M.
# Night Shyamalan"). Role titles ("President", "Senator") are not here: stages use them
# differently (analyze keeps them as descriptors, quotes cuts them from names).
COURTESY_TITLES: dict[str, str] = {
    "mr": "m",
    "sir": "m",
    "lord": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "dame": "f",
    "lady": "f",
    "madam": "f",
    "madame": "f",
    "mme": "f",
    "mx": "",
    "dr": "",
    "prof": "",
    "rev": "",
}
# The courtesy titles with and without their full stop.
HONORIFICS: dict[str, str] = COURTESY_TITLES | {
    f"{word}.": gender for word, gender in COURTESY_TITLES.items()
}
# Titles that pages write short, with a full stop that ends no sentence ("Mr.", "Gen.", "Jr.").
SHORT_TITLES: tuple[str, ...] = (
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "st",
    "gen",
    "col",
    "lt",
    "sgt",
    "capt",
    "gov",
    "sen",
    "rep",
    "jr",
    "sr",
)

# Role titles that stand before a name ("President", "Gen.", "Chief"), lower case, without a
# full stop; their short forms are in SHORT_TITLES.
ROLE_TITLES: frozenset[str] = frozenset(
    """
president minister premier chancellor king queen prince princess pope sheikh emir senator
representative lawmaker governor mayor secretary ambassador envoy judge justice general
lieutenant colonel captain admiral sergeant major commander marshal chairman chairwoman
director chief ceo leader spokesman spokeswoman spokesperson professor sheriff inspector
superintendent detective constable coach
""".split()
)
# Words that make a role title of the next one ("Vice President", "Foreign Minister").
TITLE_MODIFIERS: frozenset[str] = frozenset(
    "vice prime crown deputy foreign defence defense senior former acting".split()
)
# The modifiers that make another office of the title they open: the vice chairman is not the
# chairman, the crown prince not the prince ("former" or "acting" is the same office).
RANK_MODIFIERS: frozenset[str] = frozenset("vice deputy crown".split())

# Titles that "First" opens ("First Lady", "First Minister"): "first" is no title modifier on
# its own, since firms' names open with it ("First Solar").
AFTER_FIRST: frozenset[str] = frozenset("lady minister secretary deputy".split())

# Titles a one-word name before them makes an office, not an organisation and its officer:
# "Defense Secretary", "Interior minister" (the Defense Department is not the word "Defense";
# "Pentagon spokesman" does name the body).
PORTFOLIO_TITLES: frozenset[str] = frozenset("secretary minister".split())

# ------------------------------------------------------------------ named subsets

# Titles that may open a PERSON span: analyze keeps them as descriptors, never in the name.
# Short forms only with their full stop, as the tokenizer keeps it ("Sen.").
TITLES_BEFORE_NAMES: frozenset[str] = (
    ROLE_TITLES - {"ceo", "spokesperson"}
    | TITLE_MODIFIERS
    | {f"{t}." for t in ("sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt")}
)
# Titles a canonical name drops besides the courtesy titles ("President Ada Okafor" is Ada
# Okafor across documents).
TITLES_DROPPED_FROM_NAMES: frozenset[str] = frozenset(
    """
professor president prime minister gen general col colonel lt sgt capt captain gov governor sen
senator rep rev judge justice king queen prince princess chancellor ambassador secretary chairman
ceo
""".split()
)
# Titles cut from a speaker's name: the honorifics, short forms with and without their full
# stop, and role titles.
SPEAKER_TITLES: frozenset[str] = (
    frozenset(HONORIFICS)
    | frozenset("prof prof. sen sen. rep rep. gen gen. lt col col. capt".split())
    | frozenset(
        """
president minister premier chancellor senator governor secretary general professor ambassador
spokesman spokeswoman spokesperson chairman chairwoman director leader chief mayor judge king
queen prince pope lieutenant colonel captain commander""".split()
    )
)
