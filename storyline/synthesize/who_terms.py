"""What a name of the who's who is, read from the words pages write right around it: a ticker,
a technical term, a person named by kin, a place described as one.

- A stock ticker is no actor: an acronym seen only in brackets after a name ("Acme (ACME)") or
  in an exchange's bracket ("(NYSE:ACME)", also the exchange itself); the name a page gives an
  exchange's ticker ("Brask Orrin (NYSE:BRO)") is a listed company, whatever NER called it.
- A technical term is no organisation: an acronym that never acts, owns or speaks, and whose
  every mention follows a number ("0336 GMT", "5 GHz"), stands in a bracket after its long form
  ("Shared View (SV)"), or modifies a common noun that names neither people nor a body ("SV
  stickers", "reducing XPU cycles"; "FBI agents", "NHS staff" name people, and "the TSA
  checkpoint" is a body's, so they stay).
- A "person" described as a firm by a word the organisation nouns lack ("chip giant Vela",
  "the carmaker Orrin"), or whose every mention, without a role, runs into a body's noun
  ("the Vorn security agency"; not "the Vorn administration", which a person has), is an
  organisation.
- An "organisation" of one word that kin or an honorific names ("her father Bassam", "Mr
  Orrin") is a person.
- A firm's name that opens a product's, merged with it ("Vela" inside "Vela Roadster"), comes
  apart where a page marks the bare name as the firm: a ticker after it ("Vela (VLA)") or a
  firm's noun before it ("electric car company Vela"). The longer name keeps its own mentions.
- A bare name that two people of the who's who share ("Vale" shown for Ana Vale and for her
  father Tom Vale, or a word of the other's full name) is no alias of either: it names both;
  nor is it a person of its own ("Vale" said, on a page that does not say which Vale).
- A name a page describes as a place ("Orsa Falls is a village of 600", "Orsa, a town near the
  border") is a place, not a person or an organisation; so is an "organisation" that never acts
  named as a place ("Orsa Space Station", "Varn Bay") or, for an acronym, mostly as a stop of a
  journey ("flew back to ORX", "from ORX").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from storyline.lexicon import COMPANY_SUFFIXES, HONORIFICS, PLACE_NOUNS, TITLE_MODIFIERS
from storyline.lexicon.nouns import (
    NAME_LIKE_NOUNS,
    ORG_HEADS,
    ORG_KIND_WORDS,
    ORGANISATIONS,
    PEOPLE,
    PERSON_NOUNS,
    RELATIONS,
    ROLE_NOUNS,
    TEXTS,
)
from storyline.lexicon.organisations import FIRM_NAME_ENDS
from storyline.lexicon.places import POLITY_NOUNS
from storyline.model import Citation, EntityProfile
from storyline.names import is_acronym
from storyline.synthesize.entity_namesakes import fits_initials, initialled

WORD = re.compile(r"[\w’'-]+")
# "(NYSE:BRO)", "(Nasdaq: VELA)", "(LSE:ORR.L)": an exchange and a ticker in one bracket.
EXCHANGE_TICKER = re.compile(r"\(\s*[A-Z][A-Za-z]{1,9}\s*:\s*[A-Z][A-Z.]{0,6}\s*\)")
# Right after a name: a space and an exchange's bracket.
TICKER_AFTER = re.compile(r"^\s?\(\s*[A-Z][A-Za-z]{1,9}\s*:\s*[A-Z][A-Z.]{0,6}\s*\)")
NUMBER_BEFORE = re.compile(r"\d[\d.,:]*\s?$")
NOUN_AFTER = re.compile(r"^\s+([a-z][a-z-]+)\b")
# Nouns whose modifier is a body: its people, its texts, its units ("FBI agents", "UN report").
BODY_NOUNS = PEOPLE | ROLE_NOUNS | ORGANISATIONS | TEXTS
# Words for a firm that the organisation nouns lack (they are heads of no person's role).
FIRM_HEADS = frozenset(
    "giant chipmaker carmaker automaker drugmaker startup start-up conglomerate".split()
)
# A body a person's name may modify: theirs, not a name of it ("the Vorn administration").
OWNED_BODIES = frozenset(
    "administration government campaign family household cabinet regime presidency team "
    "office faction camp party foundation movement".split()
)
BODY_AFTER = re.compile(
    r"^\s+(?:[a-z-]+\s+)?(" + "|".join(sorted(ORGANISATIONS - OWNED_BODIES)) + r")\b"
)
# Kin only a person has: a firm has lawyers and partners too.
KIN = "|".join(sorted(RELATIONS - {"lawyer", "attorney", "partner", "parents"}))
KIN_BEFORE = re.compile(rf"\b(?:{KIN}),?\s+$", re.IGNORECASE)
# Courtesy titles only: "Minister", "General" also open bodies' names ("General Motors").
COURTESY = "|".join(sorted({h.rstrip(".") for h in HONORIFICS}))
HONORIFIC_BEFORE = re.compile(rf"\b(?:{COURTESY})\.?\s+$", re.IGNORECASE)
# "… is a village", "…, a town of 600", "…, the small village near …": a place noun heads it.
# Polities are described so too, but a body is as often ("Orsa, a state-run firm").
POLITIES = frozenset(POLITY_NOUNS) - {"province", "region"}
PLACES = "|".join(sorted(PLACE_NOUNS - POLITIES))
DESCRIBED_PLACE = re.compile(
    rf"^(?:,|\s+(?:is|was))\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{PLACES})"
    r"(?=[,.;]|\s+(?:of|in|near|on|where|with|that|which|and|outside|north|south|east|west)\b)"
)


# Trades that name people as often as firms ("film producer", "camera operator"): a firm's
# evidence for a name of one word only ("Brask, the oil producer"), not for "Ana Ruiz".
PERSON_TRADES = frozenset({"producer", "operator", "maker", "provider", "supplier"})


def organisation_role(prof: EntityProfile, heads: list[str]) -> bool:
    """A role headed by an organisation noun, or a trade ending the name ("Flightlog, the
    tracking service", "Vela Motors"), and no person noun: an organisation, not a person.
    ``heads``: the heads of the profile's roles (``who.role_head``)."""
    found = set(heads) - (PERSON_TRADES if len(prof.name.split()) > 1 else set())
    last = prof.name.lower().split()[-1:]
    return bool(found & ORGANISATIONS or set(last) & FIRM_NAME_ENDS) and not found & PERSON_NOUNS


def person_surname(
    prof: EntityProfile, surnames: dict[str, set[str]], openers: Collection[str] = ()
) -> bool:
    """An "organisation" ending in the surname of a person of the story, that person whom NER
    called an organisation: of two or three capitalised words, no organisation noun among
    them ("Ana Lindqvist" beside "Lindqvist, who ..."); or of one word that ends a person's name
    ("Lindqvist" beside Ana Lindqvist; a person still when two relatives share it, only not
    joined to either) and opens no organisation's longer name (``openers``: "Vale" of "Vale
    Company" may be the firm)."""
    words = [w.lower() for w in WORD.findall(re.sub(r"['’]s\b", "", prof.name))]
    if not words or is_acronym(prof.name) or set(words) & ORG_HEADS:
        return False
    holders = surnames.get(words[-1], set()) - {prof.key}
    if len(words) == 1:
        return bool(holders) and words[0] not in openers and prof.name[:1].isupper()
    return (
        2 <= len(words) <= 3 and bool(holders) and all(w[:1].isupper() for w in prof.name.split())
    )


def in_exchange_bracket(text: str, start: int, end: int) -> bool:
    """The mention is part of an exchange's bracket: "(NYSE:BRO)" holds NYSE and BRO."""
    opened = text.rfind("(", max(0, start - 12), start + 1)
    closed = text.find(")", end, end + 12)
    if opened < 0 or closed < 0:
        return False
    return EXCHANGE_TICKER.fullmatch(text[opened : closed + 1]) is not None


def _after_a_name(text: str, start: int, end: int) -> bool:
    """ "Brask (BRK)": in brackets right after a capitalised word, not a dateline's wire
    ("KESSVIK (AFP) —")."""
    if not re.search(r"[A-Z][\w&.’'-]*\s\($", text[max(0, start - 30) : start]):
        return False
    return text[end : end + 1] == ")" and not re.match(r"\)\s*[—–-]", text[end : end + 4])


def ticker_only(prof: EntityProfile, texts: dict[str, str]) -> bool:
    """An acronym seen only in brackets right after another name ("Acme (ACME)", "Brask
    (BRK)") or in an exchange's bracket ("(NYSE:BRK)"): a stock ticker or an abbreviation, not
    an actor of its own."""
    if prof.label != "ORG" or not is_acronym(prof.name) or not prof.citations:
        return False
    for c in prof.citations:
        text = texts.get(c.doc_id, "")
        if not (_after_a_name(text, c.start, c.end) or in_exchange_bracket(text, c.start, c.end)):
            return False
    return True


def listed_firm(prof: EntityProfile, texts: dict[str, str], heads: list[str]) -> bool:
    """A "person" a page follows with an exchange's ticker ("Brask Orrin (NYSE:BRO)") or
    describes as a firm by a word no person's role has ("chip giant Vela"): a company."""
    if set(heads) & FIRM_HEADS and not set(heads) & (ROLE_NOUNS | PEOPLE):
        return True
    after = [texts.get(c.doc_id, "")[c.end : c.end + 40] for c in prof.citations]
    if any(TICKER_AFTER.match(a) for a in after):
        return True
    if not any(heads) and any(
        _firm_noun_before(texts.get(c.doc_id, ""), c) for c in prof.citations
    ):
        return True  # "the shipping group Marsk Linje"
    # "Israel's Vorn security agency": every mention names a body, and no role a person
    return bool(after) and not any(heads) and all(BODY_AFTER.match(a) for a in after)


def technical_term(
    prof: EntityProfile, texts: dict[str, str], acts: Callable[[Citation], bool], quoted: bool
) -> bool:
    """An acronym "organisation" that is a term, a unit or a ticker (see the module doc)."""
    if prof.label != "ORG" or quoted or not is_acronym(prof.name) or not prof.citations:
        return False
    for c in prof.citations:
        text = texts.get(c.doc_id, "")
        if in_exchange_bracket(text, c.start, c.end) or _after_a_name(text, c.start, c.end):
            continue
        if NUMBER_BEFORE.search(text[max(0, c.start - 12) : c.start]):
            continue
        after = text[c.end : c.end + 30]
        noun = NOUN_AFTER.match(after)
        if re.match(r"^['’]s?\b", after) or acts(c) or noun is None:
            return False  # an owner, an actor, or a name standing on its own
        if re.search(r"\bthe\s+$", text[max(0, c.start - 5) : c.start], re.IGNORECASE):
            return False  # "the Vorn Agency security desk": a body's name, as "the FBI"
        word = noun.group(1)
        if word in BODY_NOUNS or word in ENGLISH_STOP_WORDS or word.endswith("ed"):
            return False  # "FBI agents", "NASA has", "NASA launched"
    return True


def kin_named(prof: EntityProfile, texts: dict[str, str]) -> bool:
    """An "organisation" of one word that kin or an honorific stands right before ("her
    father Bassam", "Mr Orrin"): a person NER mislabelled."""
    if prof.label != "ORG" or " " in prof.name.strip() or is_acronym(prof.name):
        return False
    for c in prof.citations:
        before = texts.get(c.doc_id, "")[max(0, c.start - 30) : c.start]
        if KIN_BEFORE.search(before) or HONORIFIC_BEFORE.search(before):
            return True
    return False


# Before a stop of a journey: "flew back to ORX", "a flight from ORX".
ROUTE_BEFORE = re.compile(
    r"\b(?:to|from|into|via|toward|towards|departed|left|(?:landed|arrived|back) at)\s+$",
    re.IGNORECASE,
)
# Place nouns that also end bodies' and firms' names ("Islamic State", "Live Nation").
NAMING_PLACES = PLACE_NOUNS - POLITIES - {"capital"}


def role_only(name: str) -> bool:
    """A "name" of role words only ("CFO", "Vice Chairman"): NER tagged the office, not who
    holds it. Not a word that is a name as often ("Dean", "Major")."""
    tokens = WORD.findall(name.lower())
    if len(tokens) == 1 and tokens[0] in NAME_LIKE_NOUNS:
        return False
    return bool(tokens) and all(t in ROLE_NOUNS or t in TITLE_MODIFIERS for t in tokens)


def no_actor(
    prof: EntityProfile, texts: dict[str, str], acts: Callable[[Citation], bool], quoted: bool
) -> bool:
    """A place, a stop of a journey or a technical term, by the page's wording (see the module
    doc); ``acts`` tells whether a mention is the subject of a speech or action verb."""
    if described_place(prof, texts) or technical_term(prof, texts, acts, quoted):
        return True
    if quoted or prof.label != "ORG" or any(acts(c) for c in prof.citations):
        return False
    return named_place(prof.name) or route_stop(prof, texts)


def named_place(name: str) -> bool:
    """An "organisation" of two words or more whose last word is a place noun and none an
    organisation's ("Orsa Space Station", "Varn Bay"; not "Orsa Union Station")."""
    words = [w.lower() for w in WORD.findall(name)]
    return len(words) >= 2 and words[-1] in NAMING_PLACES and not set(words) & ORG_HEADS


def route_stop(prof: EntityProfile, texts: dict[str, str]) -> bool:
    """An acronym named as a stop of a journey twice or more, in most of its mentions ("back
    to ORX", "a flight from ORX", "departed ORX"): an airport's or a station's code, a place."""
    if not is_acronym(prof.name):
        return False
    stops = sum(
        bool(ROUTE_BEFORE.search(texts.get(c.doc_id, "")[max(0, c.start - 12) : c.start]))
        for c in prof.citations
    )
    return stops >= 2 and 2 * stops > len(prof.citations)


def described_place(prof: EntityProfile, texts: dict[str, str]) -> bool:
    """A page describes the name as a place ("Orsa Falls is a village of 600", "Orsa, a town
    near the border"), and no role makes it anything else."""
    if prof.roles:
        return False
    return any(
        DESCRIBED_PLACE.match(texts.get(c.doc_id, "")[c.end : c.end + 80]) for c in prof.citations
    )


def shared_aliases_dropped(
    profiles: list[EntityProfile], story: list[EntityProfile] | None = None
) -> list[EntityProfile]:
    """The people's aliases of one word that another person of the list, or with ``story``
    of the whole story, also answers to (a word of their name or one of their aliases: "Vale"
    of Ana Vale beside Tom Vale, though the cap or a filter left Tom out) left out: shown
    under either, the bare name would claim both. Citations stay as they are."""
    people = [p for p in (story or profiles) if p.label == "PERSON"]
    words_of = {p.key: {w for n in (p.name, *p.aliases) for w in name_words(n)} for p in people}
    out = []
    for prof in profiles:
        others = set().union(*(w for k, w in words_of.items() if k != prof.key))
        if prof.label != "PERSON" or not others:
            out.append(prof)
            continue
        kept = [a for a in prof.aliases if len(name_words(a)) != 1 or not name_words(a) & others]
        out.append(prof if kept == prof.aliases else prof.model_copy(update={"aliases": kept}))
    return out


def names_two_people(prof: EntityProfile, people: Collection[tuple[str, ...]]) -> bool:
    """A "person" known only by one word that two people of the story named in full bear
    ("Okafor" beside Tomas and Ada Okafor, "Rebecca" beside two girls of that name): the page
    that wrote it alone did not say which, and listed on its own it would claim both."""
    if prof.label != "PERSON":
        return False
    own = tuple(w.lower() for w in WORD.findall(prof.name))
    if initialled(own):  # "J. Halvorsen" beside Jane and John Halvorsen
        return sum(fits_initials(own, p) for p in people) >= 2
    words = {w for n in (prof.name, *prof.aliases) for w in name_words(n)}
    if len(words) != 1 or any(len(name_words(n)) != 1 for n in (prof.name, *prof.aliases)):
        return False
    word = next(iter(words))
    return sum(word in p for p in people if len(p) > 1) >= 2


def name_words(name: str) -> set[str]:
    return {w.lower() for w in WORD.findall(re.sub(r"['’]s\b", "", name))}


# After a firm's bare name, its ticker: "Vela (VLA)", "Vela (NYSE:VLA)".
OWN_TICKER = re.compile(r"^\s?\((?:[A-Z][A-Za-z]{1,9}\s*:\s*)?[A-Z]{2,5}\)")
# Before it, a noun only a firm is: "electric car company Vela", "the carmaker Vela".
FIRM_NOUN_BEFORE = re.compile(
    r"\b(?:company|firm|maker|carmaker|automaker|chipmaker|manufacturer|giant)\s+$",
    re.IGNORECASE,
)
# A firm noun only an organisation's name follows ("the shipping group Marsk Linje"): more
# than the firm's own nouns above, since a lower-case "group" never opens a person's name.
_FIRM_NOUNS = r"(?:company|firm|group|conglomerate|lender|insurer|giant)"
FIRM_BEFORE_NAME = re.compile(rf"\b{_FIRM_NOUNS}\s+$")
# ... unless a role serves that body and the comma before the name is missing ("Spokesman for
# the terrorist group Abu Vorn made ...": the name is the spokesman's).
SERVED_BEFORE_NAME = re.compile(
    rf"\b(?:for|of|at|with)\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}{_FIRM_NOUNS}\s+$"
)


def _firm_noun_before(text: str, c: Citation) -> bool:
    before = text[max(0, c.start - 60) : c.start]
    return bool(FIRM_BEFORE_NAME.search(before)) and not SERVED_BEFORE_NAME.search(before)


# Words a firm's own longer name adds: "Vela Inc", "Vela Motors", "Vela Foundation".
FIRM_WORDS = COMPANY_SUFFIXES | FIRM_NAME_ENDS | ORG_KIND_WORDS


def firm_apart(prof: EntityProfile, texts: dict[str, str]) -> list[EntityProfile]:
    """``prof``, or the firm and the product its merge held (see the module doc): an
    organisation named "Vela Roadster" with the alias "Vela", whose bare "Vela" a page marks
    as a firm, while "Roadster" is no word a firm's own name adds."""
    words = prof.name.split()
    if prof.label != "ORG" or len(words) != 2 or words[0] not in prof.aliases:
        return [prof]
    if words[1].lower().strip(".") in FIRM_WORDS or not words[1][:1].isupper():
        return [prof]
    bare = [c for c in prof.citations if c.text == words[0]]
    if not any(_marked_firm(texts.get(c.doc_id, ""), c) for c in bare):
        return [prof]
    rest = [c for c in prof.citations if c.text != words[0]]
    firm = EntityProfile(
        key=f"{prof.key}:firm",
        name=words[0],
        label="ORG",
        mentions_by_source=_by_source(bare),
        citations=bare,
    )
    aliases = [a for a in prof.aliases if a != words[0]]
    product = prof.model_copy(
        update={"aliases": aliases, "citations": rest, "mentions_by_source": _by_source(rest)}
    )
    return [firm, product] if rest else [firm]


def _marked_firm(text: str, c: Citation) -> bool:
    after, before = text[c.end : c.end + 24], text[max(0, c.start - 30) : c.start]
    return bool(OWN_TICKER.match(after) or FIRM_NOUN_BEFORE.search(before))


def _by_source(citations: list[Citation]) -> dict[str, int]:
    out: dict[str, int] = {}
    for c in citations:
        out[c.doc_id] = out.get(c.doc_id, 0) + 1
    return out


def by_salience(profiles: list[EntityProfile]) -> list[EntityProfile]:
    """The entries most sources name first, then the most mentioned: the quoted-first order
    only decides who fits under the cap, a subject never quoted still leads its story."""
    return sorted(
        profiles, key=lambda p: (-len({c.doc_id for c in p.citations}), -len(p.citations))
    )
