"""What kind of thing an "organisation" of the who's who is, from its name and the heads of its
descriptions (``storyline.synthesize.who.role_head``): NER tags products and some people ORG.

- A product is no actor of a story, its maker is: a name described as a made thing ("Vela
  Core, a custom chip"), ending in one ("Vela Phone") or in a model number ("Vela 3",
  "Orbit X2"). Shown only when it is quoted (then the page treats it as a speaker).
- Also a made thing: a name set on its own in quotation marks ("“Orsa Nights”": a film, a
  book, a ship), a code of letters and three or more digits ("XA123": a flight or a
  model), a "person" described only as a made thing ("Vela, the smart spectacles"), and a
  name that never acts, is never anyone's owner, and mostly modifies a product noun ("the
  Vela glasses", "Acme's Vela smart glasses").
- A one-word "person" that opens a longer word of an organisation's name is that
  organisation's short name ("Vale" beside "ValeOnTech").
- A person: a name of two or three capitalised words, no organisation noun among them,
  described mainly by roles only a person holds ("Tom Brandt, the executive producer").
- A product line or a version: most mentions carry a version mark ("Vela 835 chips", "Orsa
  17", "HDR+"), none acts or owns anything; or most are counted or owned like a thing, heading
  their phrase ("a Vela Rover", "his midnight-blue Vela Rover").
- An award's category ("Best New Video", "Tune of the Year"): a prize, not an actor.
- A place: a one-word "organisation" that no role describes and that never acts, which the
  story's pages tag a place more often than it has mentions of its own; or one that opens
  another organisation's longer name, each mention followed by a body's noun ("Orsa police
  said" beside the Orsa Police Department).
- No actor either: a holiday ("New Year", "Christmas Eve"), a character of a film or show
  ("Kevin, played by actor Tom Ray", "the assassin Gogo (Ana Ruiz)"), someone only ever
  portrayed ("who played Tom Ray in two films"), a show someone watches,
  or a body of the solar system ("on the Moon").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection

from storyline.lexicon import HONORIFICS, NAME_SMALL_WORDS
from storyline.lexicon.calendar import HOLIDAY_DAYS, HOLIDAYS
from storyline.lexicon.nouns import (
    EVENT_NAME_ENDS,
    ORG_HEADS,
    ORGANISATIONS,
    PERSON_NOUNS,
    PRODUCT_NOUNS,
    TEXTS,
)
from storyline.lexicon.places import CELESTIAL_BODIES
from storyline.model import EntityProfile
from storyline.names import is_acronym

# A model number closing a name: "3", "X2", "S10", "500e", "A380".
MODEL_NUMBER = re.compile(r"^(?:\d{1,4}[a-z]{0,2}|[a-z]{1,2}\d{1,4}[a-z]?)$", re.IGNORECASE)
WORD = re.compile(r"[\w’'-]+")
# Made things that also end firms' names ("Hughes Aircraft", "Apple Computer", "Arden
# Software"): evidence of a product in a description only.
NOT_PRODUCT_ENDS = frozenset(
    "aircraft computer software product silicon piece technique algorithm version edition "
    "feature technology".split()
)


# A flight number or a model code: "XA123", "Q4000"; with a hyphen, two digits are enough
# ("AR-15", "Tu-154", "Orbsat-1" is a craft too: a word, a hyphen and a serial).
CODE = re.compile(
    r"^(?:[A-Z]{1,3}\d{3,4}|[A-Z][A-Za-z]{0,2}-\d{2,4}[A-Za-z]?|[A-Z][A-Za-z]{3,}-\d)$"
)
# A series mark closing a product's name: "Delta IV", a model number ends others.
ROMAN = re.compile(r"^(?:II|III|IV|VI|VII|VIII|IX)$")
# After a name, the product noun it modifies, with at most one word between ("Vela smart glasses").
MODIFIED = re.compile(r"^\s+([a-z][\w-]*)(?:\s+([a-z]+))?")


def made_thing(
    prof: EntityProfile,
    heads: list[str],
    texts: dict[str, str],
    acts: Callable[[], bool],
    quoted: bool = False,
) -> bool:
    """The profile names a made thing, not an actor (see the module doc); ``acts`` tells
    whether a mention is the subject of a speech or action verb. A name that is ``quoted``
    (a speaker of the story's quotes) is one only when its own spelling says so: a code, an
    event, a title in quotation marks, a product noun a page adds to it ("the Vela Heavy
    rocket" cannot speak)."""
    if CODE.match(prof.name) or named_event(prof.name) or quoted_title(prof, texts):
        return True
    if award_category(prof.name):
        return True
    if prof.label == "ORG" and any(named_as_product(prof.name, a) for a in prof.aliases):
        return True
    if quoted:
        return False
    kinds = {h for h in heads if h}
    if prof.label == "PERSON":
        return bool(kinds) and kinds <= PRODUCT_NOUNS
    if prof.label != "ORG":
        return False
    if kinds and kinds <= PRODUCT_NOUNS:
        return True  # an acronym too: "RAISR, a technique"
    if version_marked(prof, texts) and not acts():
        return True
    if counted_thing(prof, texts):
        return True  # "a Vela Rover perched on the cone": no action, whatever the verb
    return is_product(prof.name, heads) or (product_modifier(prof, texts) and not acts())


# Right after a name, a version mark: a plus sign ("HDR+") or a model number that a word, a
# bracket or a full stop follows ("Vela 835 chips", "the Orsa 17 mission"); not a score
# ("Vorn 8, Tarn 7", "Vorn 8-7") nor a count ("Vorn 2 percent" has a word too: see below).
VERSION_AFTER = re.compile(
    r"^(?:\+|\s(?:\d{2,4}[a-z]?|[A-Z]{1,2}\d{1,4}[a-z]?)(?=\s+[a-z]|\s*\)|\.(?:\s|$)))"
)
# Words after a number that make it a quantity, not a model: "Vela 20 percent", "Orsa 12 years".
QUANTITY_WORDS = frozenset(
    "percent per cent points years months days times million billion".split()
)


def version_marked(prof: EntityProfile, texts: dict[str, str]) -> bool:
    """Most mentions carry a version mark and none owns anything ("the Vela 835 processor",
    "runs HDR+"): a product line, not its maker ("Acme's Vela 835" leaves Acme an actor)."""
    marked = 0
    for c in prof.citations:
        text = texts.get(c.doc_id, "")
        after = text[c.end : c.end + 30]
        if re.match(r"^['’]s?\b", after):
            return False
        found = VERSION_AFTER.match(after)
        rest = WORD.findall(after[found.end() :])[:1] if found else []
        marked += bool(found) and not (rest and rest[0].lower() in QUANTITY_WORDS)
    return bool(prof.citations) and 2 * marked > len(prof.citations)


def award_category(name: str) -> bool:
    """A prize's category: "Best" and two or more capitalised words ("Best New Video"), or a
    name ending "of the Year" ("Tune of the Year"); not a firm ("Best Western Hotels")."""
    words = WORD.findall(name)
    if not words or {w.lower() for w in words} & ORG_HEADS:
        return False
    capitalised = all(w[:1].isupper() or w.lower() in NAME_SMALL_WORDS for w in words)
    if words[0] == "Best" and len(words) >= 3 and capitalised:
        return True
    return len(words) >= 4 and [w.lower() for w in words[-3:]] == ["of", "the", "year"]


def named_event(name: str) -> bool:
    """A name of capitalised words ending in an event noun ("Tarn Cup Final", "North Coast
    Championship Game"): an occasion, not an actor."""
    words = name.split()
    return (
        len(words) >= 2
        and all(w[:1].isupper() or w.lower() in NAME_SMALL_WORDS for w in words)
        and words[-1].lower() in EVENT_NAME_ENDS
    )


def named_as_product(name: str, alias: str) -> bool:
    """A longer spelling of the name adds a product noun ("Vela Heavy" written "Vela Heavy
    rocket" on a page): the name is the product's."""
    words, longer = WORD.findall(name.lower()), WORD.findall(alias.lower())
    return (
        len(longer) == len(words) + 1
        and longer[:-1] == words
        and longer[-1] in PRODUCT_NOUNS - NOT_PRODUCT_ENDS
    )


OPENS = "\"“‘'"
CLOSES = re.compile(r"^[,.:;!?]?[\"”’']")


def quoted_title(prof: EntityProfile, texts: dict[str, str]) -> bool:
    """At least half the mentions fill a pair of quotation marks on their own ("on the set of
    “Orsa Nights,”", the "Vela Star" ship): the title of a film, a book or a ship."""
    quoted = 0
    for c in prof.citations:
        text = texts.get(c.doc_id, "")
        opened = c.start > 0 and text[c.start - 1] in OPENS
        quoted += opened and bool(CLOSES.match(text[c.end : c.end + 2]))
    return bool(prof.citations) and 2 * quoted >= len(prof.citations)


# Right after a name that owns something ("Acme's staff", "the Reyes' home")
OWNS_AFTER = re.compile(r"^['’]s?\b")


def short_plain_name(name: str, most: int) -> bool:
    """A name of at most ``most`` words, no acronym, holding no organisation's noun: one that
    may name a made thing."""
    words = WORD.findall(name)
    return (
        bool(words)
        and len(words) <= most
        and not is_acronym(name)
        and not {w.lower() for w in words} & ORG_HEADS
    )


def modifies_product(after: str) -> bool:
    """The text after a mention opens with a product noun it modifies ("... glasses")."""
    found = MODIFIED.match(after)
    return bool(found and {found.group(1), found.group(2)} & PRODUCT_NOUNS)


def product_modifier(prof: EntityProfile, texts: dict[str, str]) -> bool:
    """Most mentions modify a product noun and none owns anything ("the Vela glasses";
    "Acme's staff" makes Acme an owner, so a maker)."""
    if not short_plain_name(prof.name, 2):
        return False
    modifies = 0
    for c in prof.citations:
        after = texts.get(c.doc_id, "")[c.end : c.end + 40]
        if OWNS_AFTER.match(after):
            return False
        modifies += modifies_product(after)
    return 2 * modifies > len(prof.citations)


# Before a name that is counted or owned like a thing: an article or a possessive pronoun, with
# up to three modifiers (or a year) between ("a Vela Rover", "his midnight-blue Vela Rover",
# "its next-generation Velaphones"), never a phrase ("a lawyer with Orvel"); "the" and "Ana's"
# are a firm's too ("Ana's Orvel said").
THING_BEFORE = re.compile(
    r"\b(?:[Aa]n?|[Mm]y|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Yy]our|[Tt]his|[Tt]hat|[Tt]hese|"
    r"[Tt]hose)(?:\s+[\"“‘]?(?!(?:with|at|in|on|of|for|from|to|by|the|and|or|as|than|"
    r"about|like)\b)(?:[a-z][\w-]*|\d{4})){0,3}\s+[\"“‘]?$"
)
# After it, what ends a thing's noun phrase: punctuation, a capital, a verb or a preposition
# ("... Vela Rover playing music", "a Vela Rover to Mars"); not a noun it modifies ("a Vela
# spokesman": the firm's).
THING_AFTER = re.compile(
    r"^(?:[\"”’']?\s*(?:[^\w\s]|$)|\s+(?:[A-Z]|[a-z]+(?:ing|ed)\b|(?:to|with|on|in|into|"
    r"from|at|for|will|would|can|is|was|has|had)\b))"
)


def counted_thing(prof: EntityProfile, texts: dict[str, str]) -> bool:
    """Most mentions of a name are counted or owned like a thing ("a Vela Rover", "his
    Vela Rover"), heading their phrase: a product, whether or not its name carries a product
    word or a version mark, and whatever verb follows it ("a Vela Rover perched")."""
    counted = 0
    for c in prof.citations:
        text = texts.get(c.doc_id, "")
        before, after = text[max(0, c.start - 60) : c.start], text[c.end : c.end + 20]
        counted += bool(THING_BEFORE.search(before) and THING_AFTER.match(after))
    return bool(prof.citations) and 2 * counted > len(prof.citations)


def is_product(name: str, heads: list[str]) -> bool:
    """The name of a made thing: a description headed by a product noun and none by a person
    or an organisation noun, or a name ending in a product noun or a model number."""
    words = WORD.findall(name)
    if not words or is_acronym(name) or {w.lower() for w in words} & ORG_HEADS:
        return False
    kinds = {h for h in heads if h}
    if kinds & PRODUCT_NOUNS and not kinds & (PERSON_NOUNS | ORGANISATIONS):
        return True
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    if words[-1].lower() in PRODUCT_NOUNS - NOT_PRODUCT_ENDS:
        return True
    # "Channel 4", "ABC 7", "Local 12" are a broadcaster and a union branch, not models.
    opener = words[0].isupper() or words[0].lower() in TEXTS | ORGANISATIONS | {"local"}
    return not opener and bool(MODEL_NUMBER.match(words[-1]) or ROMAN.match(words[-1]))


def is_titled_person(name: str, roles: list[str], heads: list[str]) -> bool:
    """An "organisation" that reads as a person's name and is described mainly as a person:
    more of its roles are headed by a person noun ("executive producer" counts, a title only
    people bear) than by an organisation noun."""
    words = name.split()
    if not 2 <= len(words) <= 3 or is_acronym(name) or any(c.isdigit() for c in name):
        return False
    if not all(w[:1].isupper() for w in words) or {w.lower() for w in words} & ORG_HEADS:
        return False
    person = org = 0
    for role, head in zip(roles, heads, strict=True):
        first = role.split()[0].lower() if role.split() else ""
        if head in PERSON_NOUNS or (first == "executive" and head and head != first):
            person += 1
        elif head in ORGANISATIONS:
            org += 1
    return person > 0 and person >= org


def opens_a_firm_word(name: str, firm_words: set[str]) -> bool:
    """A one-word "person" that opens a longer word of another entity's name ("Vale" of
    "ValeOnTech", "Vale reported"): the page's short name for that organisation (NER may
    call it anything but a person)."""
    return " " not in name and any(
        len(w) > len(name) + 2 and w.startswith(name) and w[len(name)].isalpha() for w in firm_words
    )


def occasion(name: str) -> bool:
    """A holiday or feast day ("New Year", "Christmas Eve", "Independence Day", "New Year's"):
    a date NER took for a person or an organisation."""
    words = re.sub(r"['’]s?\b", "", name.lower()).replace(".", "").split()
    if words[-1:] in (["day"], ["eve"]):
        rest = " ".join(words[:-1])
        return rest in HOLIDAYS or rest in HOLIDAY_DAYS
    return " ".join(words) in HOLIDAYS


# After a character's name: who plays them ("Kevin, played by actor Tom Ray", "Gogo (played
# by Ana Ruiz)", "voiced by").
PLAYED_BY = re.compile(r"^,?\s*\(?(?:who is\s+|as\s+)?(?:played|portrayed|voiced)\s+by\b")
# Before it: the word "character" ("the character Kevin", "her character, Gogo,").
CHARACTER_BEFORE = re.compile(r"\bcharacters?,?\s+(?:named\s+|called\s+)?$", re.IGNORECASE)
# After it, a bracket holding a person's full name: the actor ("Gogo (Ana Ruiz) throws").
ACTOR_BRACKET = re.compile(r"^\s\(([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\)")


def played_character(prof: EntityProfile, texts: dict[str, str], people: set[str]) -> bool:
    """A "person" a page shows to be a character of a film or a show: someone plays them
    ("Kevin, played by actor Tom Ray"), the page calls them a character, or a bracket after
    the name holds the full name of another person of the story (``people``), the actor."""
    if prof.label != "PERSON":
        return False
    for c in prof.citations:
        text = texts.get(c.doc_id, "")
        after, before = text[c.end : c.end + 40], text[max(0, c.start - 30) : c.start]
        actor = ACTOR_BRACKET.match(after)
        if PLAYED_BY.match(after) or CHARACTER_BEFORE.search(before):
            return True
        if actor and actor.group(1) in people and actor.group(1) != prof.name:
            return True
    return False


# Before a name someone portrays: "his portrayal of", "who has played" ... (a courtesy title may
# stand between: "his portrayal of Dr. Ana Ruiz").
_TITLE = "|".join(re.escape(h) for h in sorted(HONORIFICS, key=len, reverse=True))
PORTRAYED_BEFORE = re.compile(
    r"\b(?:(?:portrayal|impersonation|impression)s?\s+of|(?:played|plays|playing|portrayed|"
    rf"portrays|portraying)(?:\s+the\s+role\s+of)?)\s+(?:(?i:{_TITLE})\.?\s+)?$"
)
# After "played X", the screen or stage work that makes it a role, not a match ("played Ana
# Ruiz in a trio of films"; "played Vorn in the final" is a game).
SCREEN_WORK = re.compile(
    r"^[^.;\n]{0,60}?\b(?:films?|movies?|series|shows?|dramas?|biopics?|plays?|trilogy|sitcom|"
    r"miniseries|musical|stage)\b"
)


def portrayed(prof: EntityProfile, texts: dict[str, str]) -> bool:
    """Every mention names someone an actor portrays ("who has played Ana Ruiz in a trio of
    films", "his portrayal of Dr. Tom Ray"): a role of the actor's career, not an actor of
    the story, whether or not the one portrayed is a real person."""
    if prof.label != "PERSON" or not prof.citations:
        return False
    for c in prof.citations:
        text = texts.get(c.doc_id, "")
        cue = PORTRAYED_BEFORE.search(text[max(0, c.start - 40) : c.start])
        if not cue:
            return False
        playing = cue.group().lower().startswith("play")
        if playing and not SCREEN_WORK.match(text[c.end : c.end + 80]):
            return False
    return True


WATCHED = re.compile(r"\b(?:watch|watches|watched|watching|binge|binged|streamed)\s+(?:the\s+)?$")


def watched_show(prof: EntityProfile, texts: dict[str, str]) -> bool:
    """Every mention is what someone watches ("put on Bravo to watch the Real Housewives"): a
    show's title, not an actor."""
    return bool(prof.citations) and all(
        WATCHED.search(texts.get(c.doc_id, "")[max(0, c.start - 30) : c.start].lower())
        for c in prof.citations
    )


# Before a celestial body's name: an article or a preposition of place or motion.
BODY_BEFORE = re.compile(r"\b(?:the|on|to|from|around|orbit|orbiting|reach|reached)\s+$")


def celestial_body(prof: EntityProfile, texts: dict[str, str]) -> bool:
    """A name of the solar system's bodies that mostly follows "the" or a preposition ("to the
    surface of the Moon", "on Mars"): the body, not a person or an organisation ("President
    Moon said", "Mr. Moon" do not)."""
    if prof.name.lower() not in CELESTIAL_BODIES or not prof.citations:
        return False
    placed = sum(
        bool(BODY_BEFORE.search(texts.get(c.doc_id, "")[max(0, c.start - 20) : c.start].lower()))
        for c in prof.citations
    )
    return 2 * placed > len(prof.citations)


def tagged_place(prof: EntityProfile, places: Counter[str], acts: Callable[[], bool]) -> bool:
    """A one-word "organisation" no role describes and that never acts, whose name the story's
    pages tag a place (``places``: mention text -> count) more often than it has mentions of
    its own: the town NER took for a body in "Orsa police said"."""
    name = prof.name.strip()
    if prof.label != "ORG" or prof.roles or " " in name or is_acronym(name):
        return False
    return places[name] > len(prof.citations) and not acts()


# After a town's name, the noun of its body: "Orsa police said", "the Orsa council", "Orsa
# Police Chief Leo Brandt" (a mention inside a longer name of the page).
BODY_NOUN_AFTER = re.compile(r"^\s+([A-Za-z]+)\b")


def town_of_a_body(prof: EntityProfile, texts: dict[str, str], openers: Collection[str]) -> bool:
    """A one-word "organisation" no role describes that opens another organisation's longer
    name (``openers``, lower case: "orsa" of "Orsa Police Department"), every mention followed
    by a body's common noun ("Orsa police said"): the town, the body is listed on its own."""
    name = prof.name.strip()
    if prof.label != "ORG" or prof.roles or " " in name or name.lower() not in openers:
        return False
    if is_acronym(name) or not prof.citations:
        return False
    for c in prof.citations:
        found = BODY_NOUN_AFTER.match(texts.get(c.doc_id, "")[c.end : c.end + 30])
        if not found or found.group(1).lower() not in ORG_HEADS:
            return False
    return True


def occasion_or_fiction(
    prof: EntityProfile,
    texts: dict[str, str],
    people: set[str],
    acts: Callable[[], bool],
    places: Counter[str] | None = None,
    openers: Collection[str] = (),
) -> bool:
    """A holiday, a film's or a show's character, a show someone watches, a celestial body or
    a place (see the module doc); ``people`` are the story's people's full names, ``acts``
    tells whether a mention is the subject of a speech or action verb, ``places`` counts the
    story's place mentions by text, ``openers`` the first words of its organisations' longer
    names."""
    return (
        tagged_place(prof, places or Counter(), acts)
        or town_of_a_body(prof, texts, openers)
        or occasion(prof.name)
        or played_character(prof, texts, people)
        or portrayed(prof, texts)
        or (not acts() and watched_show(prof, texts))
        or celestial_body(prof, texts)
    )
