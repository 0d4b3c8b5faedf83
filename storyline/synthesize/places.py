"""Whether an entity the tagger called an organisation is a place, from the story's wording.
Read by ``storyline.synthesize.entities`` when it labels a merged entity."""

from __future__ import annotations

import re
from collections.abc import Container

from storyline.lexicon import POLITY_NOUNS
from storyline.lexicon.nouns import ORG_KIND_WORDS, ORGANISATIONS
from storyline.lexicon.places import STATE_FORMS
from storyline.model import Citation, Entity

# Wording that only a country, region or town takes: a dateline ("KESSVIK, Norvania (AFP)"),
# a compass word before it ("southern Norvania"), a state body it owns ("Norvania's
# parliament"), an apposition ("Norvania, a country of ..."). After "in", "across" ... a name
# is a place more often than not, but organisations sit there too ("in Congress"): half a vote.
COMPASS = {
    "southern",
    "northern",
    "eastern",
    "western",
    "central",
    "north",
    "south",
    "east",
    "west",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
}
PLACE_PREPOSITIONS = {"in", "across", "throughout", "inside"}
STATE_BODY = re.compile(
    r"^['’]s?\s+(?:[a-z]+\s+)?(?:parliament|government|prime\s+minister|capital|army|"
    r"armed\s+forces|military|economy|population|borders?|territory|citizens|cabinet|"
    r"constitution|navy|air\s+force|(?:foreign|interior|defen[cs]e)\s+minist(?:er|ry))\b"
)
APPOSITION = re.compile(
    r"^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}"
    rf"(?:{'|'.join(POLITY_NOUNS)})\b"
)
DATELINE_BEFORE = re.compile(r"^[A-Z][A-Z'’.\- ]{1,40},\s$")
DATELINE_AFTER = re.compile(r"^\s*(?:\(|[—–-]\s)")
PLACE_LABELS = {"GPE", "LOC"}


def place_cue(text: str, start: int, end: int) -> float:
    """How much the words around one mention say it names a place: 1 (a dateline, a compass
    word, a state body, an apposition), 0.5 (after "in" and the like), else 0."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    after = text[end : end + 80]
    if DATELINE_BEFORE.match(line) and DATELINE_AFTER.match(after):
        return 1.0
    if STATE_BODY.match(after) or APPOSITION.match(after):
        return 1.0
    before = re.findall(r"[\w’'-]+", text[max(0, start - 25) : start])
    last = before[-1].lower() if before and not text[start - 1 : start].strip() else ""
    if last in COMPASS:
        return 1.0
    return 0.5 if last in PLACE_PREPOSITIONS else 0.0


# Words a demonym could be: a capitalised word of a name ("Norvania", four letters or more)
# and its ending. Each word's stems are looked up, rather than a pattern per name searched:
# a name on thousands of pages has thousands of spellings.
CAPITALISED = re.compile(r"\b[A-Z][a-z]{4,}\b")
DEMONYM_ENDINGS = ("n", "ns", "ian", "ians")


def _demonym_of(word: str) -> set[str]:
    """The names ``word`` is a demonym of, if it is one ("Norvanian" -> Norvania, Norvan)."""
    return {word[: -len(end)] for end in DEMONYM_ENDINGS if word.endswith(end)}


def is_place(members: list[tuple[str, Entity]], texts: dict[str, str]) -> bool:
    """Whether the mentions, read one by one, make a place more than an organisation: each
    mention votes for a place with its wording (``place_cue``) or NER's GPE/LOC tag, else for
    an organisation with NER's ORG tag; a demonym in a page ("Norvanian") is a place vote too.
    At least one strong cue is needed: NER's tags alone decided the label already. A country's
    official long form among the names decides alone (``state_name``): its acronym ("DPRN"),
    tagged an organisation on every page, would outvote it."""
    if any(state_name(m.text) for _, e in members for m in e.mentions) or any(
        state_name(e.name) for _, e in members
    ):
        return True
    place = org = strong = 0.0
    seen: set[tuple[str, int]] = set()
    for doc_id, ent in members:
        text = texts.get(doc_id, "")
        tagged = "" if ent.key.startswith("spread:") else ent.label  # spread: not NER's tag
        for m in ent.mentions:
            if (doc_id, m.start) in seen:
                continue
            seen.add((doc_id, m.start))
            cue = place_cue(text, m.start, m.end)
            strong += cue == 1.0
            if cue or tagged in PLACE_LABELS:
                place += max(cue, float(tagged in PLACE_LABELS))
            elif tagged == "ORG":
                org += 1
    names = {e.name for _, e in members if re.fullmatch(r"[A-Z][a-z]{3,}", e.name)}
    if names:
        for doc_id in {d for d, _ in members}:
            if any(_demonym_of(w) & names for w in set(CAPITALISED.findall(texts.get(doc_id, "")))):
                place += 1
                strong += 1
    return strong >= 1 and place > org


def names_a_town(citations: list[Citation], texts: dict[str, str], regions: Container[str]) -> bool:
    """A mention followed by a comma and a region the story names as a place, then the end of
    a phrase ("to Orsa Falls, North Tarn, on Sunday"): the town of a postal address, whatever
    NER called it."""
    for c in citations:
        after = texts.get(c.doc_id, "")[c.end : c.end + 60]
        found = TOWN_OF.match(after)
        if found and found.group(1) in regions:
            return True
    return False


# ", North Tarn," after a name: the region of a town, closing a phrase.
TOWN_OF = re.compile(r"^,\s+([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})(?=[,.;:)!?]|\s*$|\n)")


def state_name(name: str) -> bool:
    """A country's official long form: capitalised words, then a kind of state, then "of" and
    the country's name ("the Democratic People's Republic of Norvania", "Kingdom of Norvania"),
    or "... People's Republic" ("the Norvanian People's Republic"). Not a body of the state,
    whose own noun opens or closes its name ("Embassy of the Republic of Norvania", "Republic of
    Norvania Navy", "Bank of the Republic")."""
    words = name.split()
    if words and words[0].lower() == "the":
        words = words[1:]
    at = next((i for i, w in enumerate(words) if w.lower() in STATE_FORMS), None)
    if at is None or any(not _name_word(w) for w in words[:at]):
        return False
    rest = words[at + 1 :]
    if not rest:
        return at > 0 and words[at - 1].lower() in ("people's", "people’s")
    if rest[0] != "of":
        return False
    rest = rest[2:] if rest[1:2] == ["the"] else rest[1:]
    return 1 <= len(rest) <= 3 and all(_name_word(w) for w in rest)


def _name_word(word: str) -> bool:
    """A capitalised word of a name that is no noun of a body ("Democratic", "People's",
    "Norvania"; not "Navy", "Bank", "Embassy")."""
    low = re.sub(r"['’]s$", "", word.lower())
    return word[:1].isupper() and low.replace("-", "").isalpha() and low not in BODY_WORDS


# Nouns of bodies, less the kinds of state: a name holding one is an organisation of the state.
BODY_WORDS = (ORG_KIND_WORDS | ORGANISATIONS) - STATE_FORMS
