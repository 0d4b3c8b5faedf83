"""Who's who without NER noise: drop the places and fragments the small model calls people or
organisations ("the Seravin valley" as a PERSON, "Interior minister" giving an ORG "Interior").

The evidence is general, read from the story's own text and NER output, never from name lists:

- strong evidence makes a person: a role that is not a place noun ("hydrologist", not the
  "river" of "the river Seravin"), an honorific or title right before a mention ("Ms
  Okesola", "President"), a relation ("his wife, Malaak", "Varga's lawyer");
- weak evidence (organisations speak and act too) makes a person only when nothing speaks
  against it: a name of two words or more, quotes of their own, a mention that is the subject
  of a speech or action verb ("Yonhap said", "said Vorn"). Against it: every entity mention of
  the story that contains the name votes with its label, and a name tagged more often as a
  place, organisation or group than as a person is not a person ("Little Brenn" in "the towns
  of Orsa and Little Brenn"); and a name that mostly follows "the" or a preposition of place,
  or precedes a place noun, names a place ("the Seravin valley", "in Trafalgar Square");
- an organisation of one word that only ever appears right before a title ("Interior
  minister") is part of that title.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from storyline.lexicon import ACTOR_VERB_FORMS, PLACE_NOUNS
from storyline.lexicon.nouns import (
    CREDIT_WORDS,
    ORG_HEADS,
    ORGANISATIONS,
    PERSON_NOUNS,
    POSTPOSITIVE_TITLE_WORDS,
    PRODUCT_NOUNS,
    RELATIONS,
    ROLE_NOUNS,
    ROLE_SUFFIXES,
    TEXTS,
)
from storyline.model import Citation, Entity, EntityProfile
from storyline.synthesize.entities import HONORIFICS, is_acronym
from storyline.synthesize.places import names_a_town
from storyline.synthesize.who_bodies import used_as_body, without_place_aliases
from storyline.synthesize.who_doubles import final_list
from storyline.synthesize.who_furniture import page_furniture
from storyline.synthesize.who_kinds import (
    is_titled_person,
    made_thing,
    occasion_or_fiction,
    opens_a_firm_word,
)
from storyline.synthesize.who_terms import (
    FIRM_WORDS,
    firm_apart,
    kin_named,
    listed_firm,
    names_two_people,
    no_actor,
    organisation_role,
    person_surname,
    role_only,
    ticker_only,
)
from storyline.synthesize.who_things import thing_named

PERSON_LIKE = {"PERSON"}
PLACES = {"GPE", "LOC"}
PLACE_BEFORE = {
    *"the a an in at from near into across along outside inside around toward towards".split(),
    *"through via between".split(),
    *PLACE_NOUNS,
}
# Before a full name, only words that put it in a place: people come "from", stand "between".
IN_PLACE = {"the", "in", "at", "near", "into", "across", "along", "outside", "inside", *PLACE_NOUNS}
# Before an organisation's name that never acts: a route's stops and a journey's ends ("from
# New Addington to Wimbledon", "on a bus to Bromley").
AT_PLACE = (IN_PLACE - {"the"}) | {"from", "to", "towards", "toward", "between", "via"}
TITLE_NOUNS = set(
    "minister ministry secretary spokesman spokeswoman spokesperson chief official officials"
    " department committee chairman director head deputy undersecretary".split()
)
OWNS = re.compile(r"^['’]s\s+(?:" + "|".join(sorted(RELATIONS - {"partner"})) + r")\b")
SPEECH = "|".join(ACTOR_VERB_FORMS)
AFTER_VERB = re.compile(
    rf"^(?:\s*,[^,.;\n]{{1,80}},)?\s+(?:(?:has |had |have |will |would |also |then |later )?"
    rf"(?:{SPEECH}|[a-z]+ed)|(?:was |is )(?:{SPEECH}|[a-z]+ing))\b"
)
# "said Vorn": a verb a speaker follows in an inverted attribution. Not a verb whose object
# is who hears ("a source told Sputnik", "urged Vorn"): that is the listener, an outlet.
LISTENER_VERBS = {"told", "tells", "warned", "warns", "urged", "urges", "accused", "praised"}
LISTENER_VERBS |= {"called", "asked", "met", "visited", "toured", "tours", "signed", "ordered"}
INVERTED = "|".join(v for v in ACTOR_VERB_FORMS if v not in LISTENER_VERBS)
BEFORE_VERB = re.compile(rf"\b(?:{INVERTED}|according to)\s+$", re.IGNORECASE)
# Before a name that is a source a page cites, not someone who acts: an agency a remark was
# told to, a data firm a figure comes from ("according to Dealogic", "told Sputnik").
SOURCE_BEFORE = re.compile(
    r"\b(?:according to|told|tells|telling|reported by|cited by|data from|figures from)\s+$",
    re.IGNORECASE,
)
WORD = re.compile(r"[\w’'-]+")
PREPOSITIONS = {
    *"of in on at to from by with for into onto near via between across along towards".split(),
    *"toward outside inside around about against among".split(),
}
AUXILIARIES = set("is are was were has have had will would can could may might must should".split())
NOT_MODIFIED = {"and", "or", "of", "in"} | AUXILIARIES  # after a name: it modifies no noun


def who_is_who(
    profiles: list[EntityProfile],
    per_doc: list[tuple[str, list[Entity]]],
    texts: dict[str, str],
    speakers: Iterable[str] = (),
    limit: int | None = None,
    outlets: dict[str, str] | None = None,
) -> list[EntityProfile]:
    """The people and organisations among `profiles` (in their order, at most `limit`) that
    the evidence shows to be what they are labelled as. ``outlets`` (doc id -> the page's
    outlet or domain) lets a page's own staff ("NPR's Jane Doe" on npr.org) be left out."""
    quoted = set(speakers)
    # Salience: the people and organisations quoted come first, so the size cap never drops
    # a quoted expert for a name seen in passing; each part keeps the merge order (sources,
    # then mentions).
    candidates = sorted(
        (q for p in profiles if p.label in ("PERSON", "ORG") for q in firm_apart(p, texts)),
        key=lambda p: p.name not in quoted,
    )
    affiliations = _affiliations(candidates)
    people = {_tokens(p.name) for p in profiles if p.label == "PERSON" and " " in p.name}
    full_names = {p.name for p in profiles if p.label == "PERSON" and " " in p.name}
    surnames = _surnames(profiles, per_doc)
    regions = Counter(
        m.text for _, es in per_doc for e in es if e.label in PLACES for m in e.mentions
    )
    firm_words = {w for p in profiles if p.label != "PERSON" for w in WORD.findall(p.name)}
    openers = {_tokens(p.name)[0] for p in profiles if p.label != "PERSON" and " " in p.name}
    terms = story_terms(texts)
    out: list[EntityProfile] = []
    step = 2 * limit if limit else len(candidates)
    # Label votes cost a pass over every mention of the story: count them for a batch of
    # candidates at a time, so a large story's brief only pays for the profiles it shows.
    for begin in range(0, len(candidates), max(step, 1)):
        batch = candidates[begin : begin + step]
        votes = _label_votes(per_doc, _wanted(batch))
        for prof in batch:
            if role_only(prof.name):
                continue  # "the unit's former CFO": an office, not who holds it
            if prof.name not in quoted and (
                written_lower(prof.name, texts)
                or lower_headed(prof)
                or off_story(prof, texts, terms)
                or own_staff(prof, texts, outlets or {})
            ):
                continue  # a common noun phrase set in capitals, another story's name
            if credit_only(prof, texts) or ticker_only(prof, texts) or page_furniture(prof, texts):
                continue  # "(Photo: Ana Ruiz/Agency)", "Acme (ACME)": furniture, not actors
            if names_two_people(prof, people):
                continue  # "Vale" beside Ana Vale and Tom Vale: which one, the page did not say
            if no_actor(prof, texts, lambda c: _acts(c, texts), prof.name in quoted):
                continue  # "Orsa is a village", "0336 GMT", "XPU cycles", "back to ORX"
            if prof.label == "ORG" and (held := _without_person(prof, people)) is not None:
                if not held:
                    continue
                aliases = [a for a in prof.aliases if a != held]
                prof = prof.model_copy(update={"name": held, "aliases": aliases})  # Acme
            heads = [role_head(r) for r in prof.roles]
            if prof.label == "PERSON" and (
                _tokens(prof.name) in affiliations
                or organisation_role(prof, heads)
                or cited_source(prof, texts)
                or named_medium(prof, texts)
                or used_as_body(prof, texts, heads)  # "the union, Nordavik Dockers,"
            ):
                prof = prof.model_copy(update={"label": "ORG"})  # "a lawyer with Doe Smith"
            if prof.label == "PERSON" and listed_firm(prof, texts, heads):
                prof = prof.model_copy(update={"label": "ORG"})  # "Brask (NYSE:BRK)"
            if prof.label == "ORG":
                prof = without_place_aliases(prof, regions)  # Kessport Water is not Kessport
            acts = lambda p=prof: any(_acts(c, texts) for c in p.citations)  # noqa: E731
            said = prof.name in quoted
            if made_thing(prof, heads, texts, acts, said) or thing_named(prof, texts, acts, said):
                continue  # "Vela Core, a custom chip", "the Vela 3": a product, not an actor
            if occasion_or_fiction(prof, texts, full_names, acts, regions, openers):
                continue  # "New Year", "Kevin, played by Tom Ray", "on the Moon"
            if prof.label == "ORG" and (
                apposed_person(prof, texts)
                or person_surname(prof, surnames, openers)
                or is_titled_person(prof.name, prof.roles, heads)
                or kin_named(prof, texts)
            ):
                prof = prof.model_copy(update={"label": "PERSON"})  # "Ana Ruiz, a witness,"
            if prof.label == "PERSON" and (
                not is_person(prof, texts, votes, quoted)
                or (not prof.roles and names_a_town(prof.citations, texts, regions))
                or (not prof.roles and opens_a_firm_word(prof.name, firm_words))
            ):
                continue
            if prof.name not in quoted and only_in_quotes(prof, texts):
                continue
            if prof.label == "ORG" and not_an_actor(prof, texts, quoted):
                continue
            out.append(prof)
            if limit and len(out) >= limit:
                return final_list(out, profiles)
    return final_list(out, profiles)


AFFILIATED = re.compile(r"\b(?:with|at)\s+(?:the\s+)?([A-Z][\w&’'.-]*(?:\s+[A-Z&][\w&’'.-]*)*)")


def _affiliations(profiles: list[EntityProfile]) -> set[tuple[str, ...]]:
    """Names a person's role gives as their workplace ("cybersecurity lawyer with Doe Smith",
    "analyst at Acme"): organisations, whatever NER called them elsewhere. Kin and counsel
    ("the son of ...") say nothing of the kind."""
    out: set[tuple[str, ...]] = set()
    for prof in profiles:
        if prof.label != "PERSON":
            continue
        for role in prof.roles:
            head = WORD.findall(role.split(" with ")[0].split(" at ")[0])
            if head and head[-1].lower() in RELATIONS - {"lawyer", "attorney"}:
                continue
            for m in AFFILIATED.finditer(role):
                out.add(_tokens(m.group(1)))
                out.add(_tokens(re.split(r"\s+(?:in|of)\s+", m.group(1))[0]))
    return out


CREDITS = "|".join(sorted(CREDIT_WORDS))
# A bracketed credit: "(Ana Ruiz, File/Agency)", "[Photo: Ana Ruiz]", "(Ana Ruiz/Agency)".
CREDIT_BRACKET = re.compile(rf"/|\b(?:{CREDITS})\b", re.IGNORECASE)
# A caption's credit line: "Photographer: Ana Ruiz/Agency", "Photo credit: Ana Ruiz".
# Only the name itself may stand between the label and the mention: "Photos: Flood at the
# harbour" is a caption, not a credit.
CREDIT_LABEL = re.compile(
    rf"\b(?:photographer|credits?|(?:{CREDITS})\s+(?:credit|by))\s*:?\s*(?:[A-Z][\w.’'-]*\s+){{0,3}}$",
    re.IGNORECASE,
)


def credit_only(prof: EntityProfile, texts: dict[str, str]) -> bool:
    """Every mention is part of a photo credit: inside brackets that hold a slash or a credit
    word, after a credit label, or right before "/Agency": a photographer or picture agency,
    page furniture rather than an actor."""
    if not prof.citations:
        return False
    return all(_in_credit(texts.get(c.doc_id, ""), c.start, c.end) for c in prof.citations)


def _in_credit(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    opened = max(text.rfind("(", line_start, start), text.rfind("[", line_start, start))
    if opened >= 0 and not re.search(r"[)\]]", text[opened:start]):
        closed = re.search(r"[)\]]", text[end:line_end])
        inside = text[opened : end + closed.end()] if closed else ""
        if CREDIT_BRACKET.search(inside):
            return True
    if CREDIT_LABEL.search(text[line_start:start]):
        return True
    return bool(re.match(r"/\s?[A-Z]", text[end : end + 3])) or text[start - 1 : start] == "/"


def _surnames(
    profiles: list[EntityProfile], per_doc: list[tuple[str, list[Entity]]]
) -> dict[str, set[str]]:
    """A person's last name -> the keys of the people who hold it; a one-word "person" counts
    only when NER tags the word as a person more often than as anything else ("Tramlink" of
    "London Tramlink" is no one's surname), or a role describes it ("Ambassador Haley")."""
    lone = {_tokens(p.name) for p in profiles if p.label == "PERSON" and len(_tokens(p.name)) == 1}
    votes = _label_votes(per_doc, lone)
    out: dict[str, set[str]] = {}
    for p in profiles:
        words = _tokens(p.name)
        if p.label != "PERSON" or not words:
            continue
        tally = votes.get(words, Counter())
        if len(words) > 1 or tally["person"] > tally["other"] or _has_role(p):
            out.setdefault(words[-1], set()).add(p.key)
    return out


def _without_person(prof: EntityProfile, people: set[tuple[str, ...]]) -> str | None:
    """An "organisation" whose name runs on through a title into a person of the story ("Acme
    COO Ana Ruiz"): the organisation's own name (an alias without the person, "" when there
    is none); None when the name holds no person."""
    words = _tokens(prof.name)
    for size in range(len(words) - 2, 1, -1):
        if words[-size:] in people:
            break
    else:
        return None
    rest = words[:-size]
    names = [a for a in prof.aliases if rest[: len(_tokens(a))] == _tokens(a) and _tokens(a)]
    return max(names, key=len, default="")


MEDIUM_BEFORE = re.compile(r"\b(?:the|official|state-run|state-owned|state)\s+$", re.IGNORECASE)
MEDIUM_AFTER = re.compile(
    r"^\s+(?:newspaper|paper|daily|weekly|tabloid|magazine|agency|broadcaster|channel|website)\b"
)


def named_medium(prof: EntityProfile, texts: dict[str, str]) -> bool:
    """A "person" a page puts after "the" or "official" or before "newspaper" ("the Tarn
    Herald newspaper", "the country's official Tarn Herald said"), with nothing showing a
    person: a newspaper or a broadcaster NER took for a person."""
    if _has_role(prof) or not prof.citations or any(_titled(c, texts) for c in prof.citations):
        return False
    medium = 0
    for c in prof.citations:
        text = texts.get(c.doc_id, "")
        before, after = text[max(0, c.start - 20) : c.start], text[c.end : c.end + 20]
        medium += bool(MEDIUM_AFTER.match(after) or _medium_the(before))
    return 2 * medium > len(prof.citations)


# "in the", "to the" before a name: a place ("at the Times" still names a medium)
_PLACE_PREPOSITIONS = AT_PLACE - {"at"}


def _medium_the(before: str) -> bool:
    """ "the" before a name marks a medium, unless a preposition of place stands before it:
    "based in the U.K.", "moved to the U.K." name a country NER took for a person."""
    if not MEDIUM_BEFORE.search(before):
        return False
    prior = WORD.findall(before)[-2:-1]
    return not (prior and prior[0].lower() in _PLACE_PREPOSITIONS)


def cited_source(prof: EntityProfile, texts: dict[str, str]) -> bool:
    """A "person" of one word that mostly stands where a page cites a source ("according to
    Dealogic", "a source told Sputnik") and nothing shows to be a person: a data firm or a news
    agency NER took for a person."""
    names = [prof.name, *prof.aliases]
    if any(len(_tokens(n)) != 1 for n in names) or _has_role(prof) or not prof.citations:
        return False
    if any(_titled(c, texts) for c in prof.citations):
        return False
    cited = sum(
        bool(SOURCE_BEFORE.search(texts.get(c.doc_id, "")[max(0, c.start - 30) : c.start]))
        for c in prof.citations
    )
    return cited > 0 and 2 * cited >= len(prof.citations)


def written_lower(name: str, texts: dict[str, str]) -> bool:
    """A name of two words or more that the story writes in lower case at least as often as
    with capitals ("identity theft protection" on most pages, "Identity Theft Protection" on
    one): a common noun phrase a page set in capitals, not a name."""
    low = name.lower()
    if len(_tokens(name)) < 2 or name.isupper() or not any(low in t for t in texts.values()):
        return False
    lower = re.compile(rf"(?<![\w-]){re.escape(low)}(?![\w-])")
    exact = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    found = sum(len(lower.findall(t)) for t in texts.values() if low in t)
    return found >= sum(len(exact.findall(t)) for t in texts.values() if name in t)


def lower_headed(prof: EntityProfile) -> bool:
    """Most mentions end in a word in lower case ("Social Security numbers"): NER took a
    common noun with a name before it for a name."""
    ends = [WORD.findall(c.text)[-1:] for c in prof.citations]
    lower = sum(bool(w) and w[0].isalpha() and w[0].islower() for w in ends)
    return bool(ends) and 2 * lower > len(ends)


def _outlet_key(outlet: str) -> str:
    """ "www.npr.org" -> "npr", "The Daily Mail" -> "dailymail": comparable outlet names."""
    host = outlet.lower().removeprefix("www.")
    if "." in host and " " not in host:
        host = host.split(".")[0]
    return re.sub(r"[^a-z0-9]", "", host.removeprefix("the "))


def own_staff(prof: EntityProfile, texts: dict[str, str], outlets: dict[str, str]) -> bool:
    """Every mention is owned by the page's own outlet ("NPR's Jane Doe contributed", "Jane
    Doe of NPR" on npr.org): a byline or credit, not an actor of the story."""
    if prof.label != "PERSON" or not prof.citations:
        return False
    for c in prof.citations:
        text, own = texts.get(c.doc_id, ""), _outlet_key(outlets.get(c.doc_id, ""))
        before = re.search(
            r"([\w.&-]+(?: [\w.&-]+)?)['’]s\s+$", text[max(0, c.start - 40) : c.start]
        )
        after = re.match(r"\s*,?\s+(?:of|for)\s+([\w.&-]+(?: [\w.&-]+)?)", text[c.end : c.end + 40])
        words = [m.group(1).split() for m in (before, after) if m]
        names = {_outlet_key(" ".join(w[i:])) for w in words for i in range(len(w))}
        names |= {_outlet_key(" ".join(w[:i])) for w in words for i in range(1, len(w) + 1)}
        if not own or own not in names:
            return False
    return True


TERM = re.compile(r"[a-z]{4,}")
SENTENCE_END = re.compile(r"[.!?][\"”’']?\s|\n")


def story_terms(texts: dict[str, str]) -> set[str]:
    """Content words a quarter of the story's pages use (at least three pages): what the
    story is about ("tram", "breach"). Empty for a story of fewer than three pages."""
    if len(texts) < 3:
        return set()
    df: Counter[str] = Counter()
    for text in texts.values():
        df.update(set(TERM.findall(text.lower())))
    least = max(3, -(-len(texts) // 4))
    return {w for w, n in df.items() if n >= least and w not in ENGLISH_STOP_WORDS}


def off_story(prof: EntityProfile, texts: dict[str, str], terms: set[str]) -> bool:
    """Named on one page only, in sentences that use none of the story's terms: a name from
    another story the page mentions in passing (a programme's other topics, a teaser)."""
    if not terms or len({c.doc_id for c in prof.citations}) != 1:
        return False
    own = {w for n in (prof.name, *prof.aliases) for w in TERM.findall(n.lower())}
    for c in prof.citations:
        text = texts.get(c.doc_id, "")
        starts = [m.end() for m in SENTENCE_END.finditer(text, 0, c.start)]
        start = starts[-1] if starts else 0
        end_m = SENTENCE_END.search(text, c.end)
        sentence = text[start : end_m.start() if end_m else len(text)].lower()
        if (set(TERM.findall(sentence)) - own) & terms:
            return False
    return True


def is_person(
    prof: EntityProfile,
    texts: dict[str, str],
    votes: dict[tuple[str, ...], Counter[str]],
    speakers: set[str],
) -> bool:
    """Strong evidence (an honorific, a role, a relation: "Ms Okesola", "hydrologist", "his
    wife, Malaak") makes a person; weak evidence (two words, quotes, a speech or action verb:
    organisations speak too) only when NER does not mostly tag the name as something else."""
    if _has_role(prof) or any(_titled(c, texts) for c in prof.citations):
        return True
    names = [prof.name, *prof.aliases]
    tally: Counter[str] = Counter()
    for name in names:
        tally.update(votes.get(_tokens(name), Counter()))
    if tally["other"] > tally["person"]:
        return False  # NER mostly tags this name as a place, organisation or group
    single = all(len(_tokens(n)) == 1 for n in names)
    if _mostly_place_context(prof.citations, texts, PLACE_BEFORE if single else IN_PLACE, single):
        return False  # "the Seravin valley", "in Trafalgar Square", "on Chirper", "Chirper posts"
    return not single or prof.name in speakers or any(_acts(c, texts) for c in prof.citations)


def not_an_actor(prof: EntityProfile, texts: dict[str, str], speakers: set[str]) -> bool:
    """An "organisation" that is part of a title, a modifier or a place (see below)."""
    if title_fragment(prof, texts):
        return True
    if prof.name in speakers or any(_acts(c, texts) for c in prof.citations):
        return False
    words = set(_tokens(prof.name))
    if words & ORG_HEADS or is_acronym(prof.name):
        return False
    return (
        modifier_only(prof, texts)
        or _place_or_modifier(prof, texts)
        or common_word(prof.name, texts)
    )


def common_word(name: str, texts: dict[str, str]) -> bool:
    """A name of one word the story writes in lower case at least as often as on its own
    with a capital ("State" beside "state media", "the state of"; "State" of "Crescent
    State" does not count): an everyday word set in capitals, not an organisation."""
    if " " in name or not name[:1].isupper() or name.isupper():
        return False
    low = name.lower()
    lower = re.compile(rf"(?<![\w-]){re.escape(low)}(?![\w-])")
    alone = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    found = sum(len(lower.findall(t)) for t in texts.values())
    capital = 0
    for t in texts.values():
        for m in alone.finditer(t):
            before = t[max(0, m.start() - 30) : m.start()]
            if not re.search(r"(?:^|[.!?:\n]\s*|[A-Z][\w.’'-]*\s+)$", before):
                capital += 1  # not after a sentence's end nor inside a longer name
    return found > 0 and found >= capital


def _place_or_modifier(prof: EntityProfile, texts: dict[str, str]) -> bool:
    """Most mentions stand after a preposition of place or route or modify a common noun
    ("from Orsa", "in Orsa", "the Orsa schoolgirls"), and at least one is a place: a town or
    region NER took for an organisation."""
    place = modifier = 0
    for c in prof.citations:
        text = texts.get(c.doc_id, "")
        before = WORD.findall(text[max(0, c.start - 20) : c.start])
        if before and before[-1].lower() in AT_PLACE:
            place += 1
        elif _modifies(text[c.end : c.end + 30]):
            modifier += 1
    return place > 0 and 2 * (place + modifier) > len(prof.citations)


def _modifies(after: str) -> bool:
    """ "Orsa schoolgirls": a lowercase word after the name, unless "and", "or", "of", "in"
    or an auxiliary ("Talvik has 6,000 staff", "Talvik is the target"); also after a number
    that goes with the name ("the Vega 17 lunar landing": the 17th of a series of things)."""
    word = re.match(r" (?:\d+ )?([a-z][a-z-]+)\b", after)
    return word is not None and word.group(1) not in NOT_MODIFIED


def only_in_quotes(prof: EntityProfile, texts: dict[str, str]) -> bool:
    """Named only inside someone's quoted words ("There is no Triple Alliance," he said): a
    speaker's reference, not an actor the story reports on."""
    return bool(prof.citations) and all(
        _quoted_at(texts.get(c.doc_id, ""), c.start) for c in prof.citations
    )


def _quoted_at(text: str, pos: int) -> bool:
    """Whether an opening quotation mark of the paragraph is still open at ``pos``."""
    line = text[text.rfind("\n", 0, pos) + 1 : pos]
    curly = line.count("“") + line.count("«") - line.count("”") - line.count("»")
    return curly > 0 or line.count('"') % 2 == 1


def title_fragment(prof: EntityProfile, texts: dict[str, str]) -> bool:
    """An organisation of one plain word seen only right before a title or role: "Interior
    minister", "Hacker analyst X"."""
    if len(_tokens(prof.name)) != 1 or is_acronym(prof.name) or not prof.citations:
        return False
    for c in prof.citations:
        text = texts.get(c.doc_id, "")
        after = WORD.match(text[c.end : c.end + 30].lstrip(" "))
        if not (after and text[c.end : c.end + 1] == " " and _title_word(after.group())):
            return False
    return True


def _title_word(word: str) -> bool:
    low = word.lower()
    return low in TITLE_NOUNS or low in ROLE_NOUNS or (low.endswith(ROLE_SUFFIXES) and len(low) > 5)


def modifier_only(prof: EntityProfile, texts: dict[str, str]) -> bool:
    """Every mention modifies a common noun ("Social Security numbers"): a name used as a
    word, not an actor."""
    if not prof.citations:
        return False
    return all(_modifies(texts.get(c.doc_id, "")[c.end : c.end + 30]) for c in prof.citations)


# ------------------------------------------------------------------ evidence


def _tokens(name: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in WORD.findall(re.sub(r"['’]s\b", "", name)))


def _wanted(profiles: list[EntityProfile]) -> set[tuple[str, ...]]:
    return {_tokens(n) for p in profiles if p.label == "PERSON" for n in (p.name, *p.aliases)} - {
        ()
    }


def _label_votes(
    per_doc: list[tuple[str, list[Entity]]], wanted: set[tuple[str, ...]]
) -> dict[tuple[str, ...], Counter[str]]:
    """For each wanted name, the labels of every entity mention that contains it."""
    kinds: Counter[tuple[str, str]] = Counter()  # (mention text, kind): texts repeat a lot
    for _doc_id, ents in per_doc:
        for ent in ents:
            kind = (
                "person"
                if ent.label in PERSON_LIKE
                else ("other" if ent.label in ("GPE", "LOC", "ORG", "NORP") else "")
            )
            if kind:
                kinds.update((m.text, kind) for m in ent.mentions)
    longest = max((len(w) for w in wanted), default=0)
    votes: dict[tuple[str, ...], Counter[str]] = {}
    for (text, kind), n in kinds.items():
        words = _tokens(text)
        inside = {
            words[i:j]
            for i in range(len(words))
            for j in range(i + 1, min(len(words), i + longest) + 1)
        } & wanted
        for key in inside:
            votes.setdefault(key, Counter())[kind] += n
    return votes


def _has_role(prof: EntityProfile) -> bool:
    """A role that is not a place noun ("river" of "the river Seravin") nor headed by a
    thing or an organisation ("the aerospace company", "a flight-tracking service")."""
    for role in prof.roles:
        words = [w.lower() for w in WORD.findall(role)]
        if words and not set(words) & PLACE_NOUNS and role_head(role) not in THING_HEADS:
            return True
    return False


# Heads of descriptions that no person has: organisations, texts and events. NER calls the
# name before "the aerospace company" or "a music festival" a person.
THING_HEADS = (
    ORGANISATIONS | TEXTS | PRODUCT_NOUNS | {"festival", "event", "concert", "show", "game"}
)


def role_head(role: str) -> str:
    """The noun a description is about: the last word before its first preposition
    ("president" of "president of the region", "company" of "aerospace company"); "" for a
    bare affiliation ("of the city council")."""
    words = [w.lower() for w in WORD.findall(role)]
    cut = next((i for i, w in enumerate(words) if w in PREPOSITIONS), len(words))
    while cut > 1 and words[cut - 1] in POSTPOSITIVE_TITLE_WORDS:
        cut -= 1  # "astronomy professor emeritus": the professor
    return words[cut - 1] if cut else ""


# "A resident, Ana Ruiz, told": the noun phrase opens the sentence ("Citing a source, Acme
# reported" is no apposition).
APPOSED_BEFORE = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:an?|the|one|another)\s+(?:[\w’'-]+\s+){0,2}?([a-z]+),\s+$",
    re.IGNORECASE,
)
APPOSED_AFTER = re.compile(
    r"^,\s+(?:an?|the|one)\s+(?:[\w’'-]+\s+){0,3}?([a-z]+)"
    r"(?=[,.;]|\s+(?:of|at|for|in|with|from|who|and)\b)"  # the noun that heads the phrase
)


def apposed_person(prof: EntityProfile, texts: dict[str, str]) -> bool:
    """An "organisation" of two or three words set beside a noun only a person can be ("A
    resident, Ana Ruiz, told"): a person NER mislabelled, unless a firm word is in it."""
    words = _tokens(prof.name)
    if not 2 <= len(words) <= 3 or set(words) & FIRM_WORDS or is_acronym(prof.name):
        return False
    for c in prof.citations:
        text = texts.get(c.doc_id, "")
        before = APPOSED_BEFORE.search(text[max(0, c.start - 60) : c.start])
        after = APPOSED_AFTER.match(text[c.end : c.end + 60])
        nouns = {m.group(1) for m in (before, after) if m}
        if nouns & PERSON_NOUNS:
            return True
    return False


def _titled(c: Citation, texts: dict[str, str]) -> bool:
    """An honorific or a relation right before the mention ("Ms Okesola", "his wife, Malaak"),
    or a relation owned by it right after ("Varga's lawyer")."""
    text = texts.get(c.doc_id, "")
    before = WORD.findall(text[max(0, c.start - 30) : c.start])
    if before and (before[-1].lower().rstrip(".") in HONORIFICS or before[-1].lower() in RELATIONS):
        return True
    return bool(OWNS.match(text[c.end : c.end + 30]))


def _acts(c: Citation, texts: dict[str, str]) -> bool:
    """The mention is the subject of a speech or action verb: "Vorn said", "said Vorn"; not
    when a preposition governs it ("from Varnby, south of the capital, said")."""
    text = texts.get(c.doc_id, "")
    if BEFORE_VERB.search(text[max(0, c.start - 30) : c.start]):
        return True
    before = WORD.findall(text[max(0, c.start - 20) : c.start])
    if before and before[-1].lower() in PREPOSITIONS:
        return False
    return bool(AFTER_VERB.match(text[c.end : c.end + 120]))


def _mostly_place_context(
    citations: list[Citation], texts: dict[str, str], place_before: set[str], medium: bool = False
) -> bool:
    """Most mentions follow "the", "a" or a preposition of place, or precede a place noun;
    with ``medium`` (a name of one word), also "on" or a common noun it modifies, not a verb
    it is the subject of: a platform or a thing ("on Chirper", "his Chirper account"), not a
    person ("Vorn posted")."""
    placey = 0
    for c in citations:
        text = texts.get(c.doc_id, "")
        before = WORD.findall(text[max(0, c.start - 20) : c.start])
        after = WORD.findall(text[c.end : c.end + 20])
        last = before[-1].lower() if before else ""
        if (
            last in place_before
            or (after and after[0].lower() in PLACE_NOUNS)
            or (
                medium
                and (last == "on" or _modifies(text[c.end : c.end + 30]))
                and not _acts(c, texts)
            )
        ):
            placey += 1
    return 2 * placey > len(citations)
