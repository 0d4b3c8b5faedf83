"""Step 4 of ``storyline.analyze.entities``: link the mentions of one document that name the
same thing (see that module's docstring for the rules)."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Token

from storyline.analyze.entity_kin import by_generation, compared, contradicts
from storyline.analyze.entity_spans import (
    DESIGNATORS,
    FAMILY,
    TITLES,
    NameSpan,
    flat_words,
    is_role,
    words,
)
from storyline.analyze.nlp import orth_at
from storyline.lexicon import RANK_MODIFIERS
from storyline.lexicon.nouns import PEOPLE, RELATIONS, ROLE_NOUNS, noun_gender
from storyline.lexicon.pronouns import PRONOUN_GENDER, SUBJECT_PRONOUNS
from storyline.names import is_acronym, name_initials, regional_branch, spells, sub_body
from storyline.textutil import HONORIFICS

# "a father known only as Kevin", "a girl named Mia": the page gives this person one name, so
# it is not a short form of someone named in full.
ONLY_NAMED = ("known as", "known only as", "only as", "named", "called", "identified as")

PERSON_NOUNS = PEOPLE | ROLE_NOUNS | RELATIONS

# Kin nouns that name a relative of someone the page names ("her father, Mr. Mallum").
KIN = RELATIONS - {"lawyer", "attorney", "partner", "parents"}

# ------------------------------------------------------------------ 4. link


def link(sdoc: Doc, spans: list[NameSpan]) -> list[list[NameSpan]]:
    """Group mentions into entities; returns clusters ordered by first mention."""
    _kin_genders(sdoc, spans)
    groups: dict[tuple[str, tuple[str, ...]], list[NameSpan]] = {}
    for span in spans:
        key = (FAMILY[span.label], tuple(_norm_words(sdoc, span)))
        groups.setdefault(key, []).append(span)
    # parent pointers between groups
    parent: dict[tuple, tuple] = {}

    def root(k: tuple) -> tuple:
        while k in parent:
            k = parent[k]
        return k

    keys = sorted(groups, key=lambda k: (-len(k[1]), groups[k][0].start))
    for key in keys:
        target = _longer_name(key, keys, groups) or _long_form(sdoc, key, keys, groups)
        if target is not None and _other_generation(sdoc, key, target, groups):
            target = None  # "his father, Tom Vale" beside "Tom Vale Jr."
        if target is not None and root(target) != key:
            parent[key] = target
    clusters: dict[tuple, list[NameSpan]] = {}
    for key in keys:
        if len(key[1]) == 1 and key[0] == "PERSON":
            _link_short_person(sdoc, key, keys, groups, clusters, root)
            continue
        clusters.setdefault(root(key), []).extend(groups[key])
    return sorted(
        (sorted(c, key=lambda s: s.start) for c in clusters.values() if c), key=lambda c: c[0].start
    )


def _norm_words(sdoc: Doc, span: NameSpan) -> list[str]:
    w = flat_words(span.name(sdoc))
    if span.label == "NORP" and w and w[-1].endswith("s") and len(w[-1]) > 3:
        w[-1] = w[-1][:-1]  # "North Koreans" is the group the adjective names
    return w


def _genders(spans: list[NameSpan]) -> set[str]:
    return {s.gender for s in spans if s.gender}


def _kin_genders(sdoc: Doc, spans: list[NameSpan]) -> None:
    """A full name right after a noun that says a person's sex ("her daughter, Ada Ndu", "his
    son Tom Ndu") takes that gender, so "Mr Ndu" is then her father, not her."""
    for span in spans:
        if span.label != "PERSON" or span.gender or span.end - span.start < 2:
            continue
        before = [t for t in sdoc[max(0, span.start - 3) : span.start] if not t.is_punct]
        if before:
            span.gender = noun_gender(before[-1].lower_)
        if not span.gender:
            span.gender = _apposed_gender(sdoc, span) or _said_gender(sdoc, span, spans)


def _said_gender(sdoc: Doc, span: NameSpan, spans: list[NameSpan]) -> str:
    """The sex of the pronoun that is the subject of what a full name says ("Esther Yakila
    told reporters she prayed"), when no one else is named in that sentence or the one before
    it and no pronoun of that sex is there (whom "she" could be): "Mr. Yakila" is then her
    father, not her."""
    root = sdoc[span.start : span.end].root
    if root.dep_ != "nsubj" or root.head.pos_ != "VERB":
        return ""
    said = [c for c in root.head.children if c.dep_ == "ccomp" and c.i > span.end]
    sex = next(
        (
            PRONOUN_GENDER[t.lower_]
            for c in said
            for t in c.children
            if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in SUBJECT_PRONOUNS
        ),
        "",
    )
    sent = sdoc[span.start].sent
    begin = sdoc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    if any(o.start != span.start and begin <= o.start < sent.end for o in spans):
        return ""
    for tok in sdoc[begin : root.head.i]:
        if span.start <= tok.i < span.end:
            continue
        if PRONOUN_GENDER.get(tok.lower_) == sex or (tok.pos_ == "PROPN" and not _dated(tok)):
            return ""  # someone else "she" may be: "Ana Ruiz lost her job. Tom Vale said she"
    return sex


def _dated(tok: Token) -> bool:
    return tok.ent_type_ in ("DATE", "TIME", "GPE", "LOC")


def _apposed_gender(sdoc: Doc, span: NameSpan) -> str:
    """The sex a noun in apposition after the name says ("Ada Ndu, a mother of one of the
    pupils", "Tom Ndu, 61, the victim's father"): pages introduce relatives this way as often
    as with the noun before the name, and "Mrs. Ndu" must then find her."""
    window = sdoc[span.end : min(len(sdoc), span.end + 8)]
    for tok in window:
        if tok.dep_ == "appos" and span.start <= tok.head.i < span.end:
            # an age ("Ada Ndu, 45, a mother of three") says no sex: the next apposition may
            if sex := noun_gender(tok.lemma_.lower()) or _one_of(tok):
                return sex
    return ""


def _one_of(tok: Token) -> str:
    """The sex of the group "one of" names ("Grace Audu, one of the freed girls")."""
    if tok.lower_ != "one":
        return ""
    return next(
        (
            sex
            for prep in tok.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for obj in prep.children
            if obj.dep_ == "pobj" and (sex := noun_gender(obj.lemma_.lower()))
        ),
        "",
    )


def _compatible(a: list[NameSpan], b: list[NameSpan]) -> bool:
    ga, gb = _genders(a), _genders(b)
    return not ga or not gb or bool(ga & gb)


def _longer_name(key: tuple, keys: list[tuple], groups: dict) -> tuple | None:
    """A person's name of two or more words joins a longer one that starts or ends with it. An
    organisation's name joins the only longer one that starts with it ("Apple" -> "Apple Inc.",
    "China Eastern" -> "China Eastern Airlines"; with several, the one that only adds a legal
    designator) or, from two words, ends with it ("Air Force" -> "United States Air Force").
    Places never: "North Korea" is not part of "North and South Korea"."""
    fam, w = key
    if fam == "ORG":
        n = len(w)
        longer = [
            o
            for o in keys
            if o[0] == "ORG" and len(o[1]) > n and (o[1][:n] == w or (n > 1 and o[1][-n:] == w))
        ]
        # "Acme" opening "Acme Orbit Core" beside "Orbit Core": Acme's product, not Acme.
        longer = [o for o in longer if not (o[1][:n] == w and ("ORG", o[1][n:]) in groups)]
        # "Acme" opening "Acme Youth League" or "the Acme Foundation": a body of its own.
        longer = [o for o in longer if not (o[1][:n] == w and sub_body(o[1][n:], page=True))]
        # "Orsa State" opening "Orsa State Tarn Province": a branch of its own.
        places = {k[1][0] for k in keys if k[0] == "PLACE" and len(k[1]) == 1}
        longer = [o for o in longer if not (o[1][:n] == w and regional_branch(o[1][n:], places))]
        if len(longer) > 1:
            longer = [o for o in longer if o[1][:n] == w and set(o[1][n:]) <= DESIGNATORS]
        return longer[0] if len(longer) == 1 else None
    if len(w) < 2 or fam != "PERSON":
        return None
    fuller = [
        other
        for other in keys
        if other[0] == fam
        and len(other[1]) > len(w)
        and (other[1][: len(w)] == w or other[1][-len(w) :] == w)
        and _compatible(groups[key], groups[other])
    ]
    return _likeliest_fuller(key, fuller, groups)


def _likeliest_fuller(key: tuple, fuller: list[tuple], groups: dict) -> tuple | None:
    """Of the fuller names a short one ("Abdel-Fattah") could stand for, the one the reader has
    met before it, and among those one it ends (a surname: "Alaa Abdel-Fattah") rather than
    opens (a given name: "Abdel-Fattah el-Sissi", named later); else the longest."""
    if len(fuller) < 2:
        return fuller[0] if fuller else None
    first = groups[key][0].start
    w = key[1]

    def rank(other: tuple) -> tuple[bool, bool]:
        return (groups[other][0].start < first, other[1][-len(w) :] == w)

    return max(fuller, key=rank)  # max keeps the first (longest) of equals


def _long_form(sdoc: Doc, key: tuple, keys: list[tuple], groups: dict) -> tuple | None:
    """An acronym joins the long form it spells; a parenthesised one is preferred."""
    fam, w = key
    text = groups[key][0].name(sdoc).replace(".", "")
    if fam not in ("ORG", "PLACE") or len(w) != 1 or not is_acronym(text):
        return None
    introduced = _introduced_by(sdoc, groups[key], groups)
    if introduced is not None and introduced[0] == fam:
        return introduced
    matches = [
        k for k in keys if k[0] == fam and len(k[1]) > 1 and spells(text, groups[k][0].name(sdoc))
    ]
    others = {g[0].name(sdoc).replace(".", "").upper() for k, g in groups.items() if k != key}
    matches = [k for k in matches if not _spelled_by_another(text, groups[k][0].name(sdoc), others)]
    if not matches:
        return None
    first = groups[key][0].start
    before = [k for k in matches if groups[k][0].start < first]
    pool = before or matches
    return max(pool, key=lambda k: groups[k][0].start if before else -groups[k][0].start)


def _spelled_by_another(acronym: str, long_form: str, acronyms: set[str]) -> bool:
    """The long form's own initials are another acronym of the page, and ``acronym`` spells
    only a part of it ("ROK" of "Democratic People's Republic of Korea" beside "DPRK"): the
    part after a possessive-looking word is a name of something else."""
    letters, every = name_initials(long_form.replace(".", ""))
    own = {letters.upper(), every.upper()}
    return acronym.upper() not in own and bool(own & (acronyms - {acronym.upper()}))


def _introduced_by(sdoc: Doc, spans: list[NameSpan], groups: dict) -> tuple | None:
    """The long form right before "(NIS)"."""
    for span in spans:
        if span.start >= 2 and sdoc[span.start - 1].text == "(":
            for key, members in groups.items():
                for m in members:
                    if (
                        m.end == span.start - 1
                        and len(key[1]) > 1
                        and spells(span.name(sdoc).replace(".", ""), m.name(sdoc), loose=True)
                    ):
                        return key
    return None


def _link_short_person(
    sdoc: Doc, key: tuple, keys: list[tuple], groups: dict, clusters: dict, root
) -> None:
    """Each bare "Kim" joins the most prominent compatible fuller name (see module doc)."""
    word = key[1][0]
    candidates = [root(k) for k in keys if k[0] == "PERSON" and len(k[1]) > 1]
    candidates = list(dict.fromkeys(c for c in candidates if _edge_match(word, groups[c], sdoc)))
    # A bare given name shared by two people named in full ("Kevin" beside Kevin Hale and
    # Kevin Moss) is either's: without a title to mark it a surname ("Mr Kim"), it stays apart.
    given = _given_holders(sdoc, word, candidates, keys, groups)
    # A surname the page gives a woman ("Ms Vale") is not her father's, named once in full
    # ("her father, Tom Vale"): where surnames come last, the bare name is hers throughout.
    if not given:
        candidates = [c for c in candidates if _compatible(groups[key], groups[c])]
    seen: dict[tuple, list[int]] = {}  # where each target was last named, bare mentions too
    # "Ms Aldern said" once given to Sofia Aldern tells her sex: a later "Mr Aldern" is then
    # the brother the page named, not her
    placed: dict[tuple, list[NameSpan]] = {}
    first_alone = _first_alone(sdoc, groups[key][0], keys, groups)
    for span in groups[key]:
        options = [c for c in candidates if _compatible([span], _members(c, keys, groups, root))]
        options = [c for c in options if not _someone_else(sdoc, word, span, groups[c])]
        options = _same_office(span, options, groups)
        kin = _kin_before(sdoc, span)
        if kin and not span.gender:
            span.gender = noun_gender(kin)
        # "Mrs. Okafor" beside "First Lady Ada Okafor" and "President Tomas Okafor": the
        # honorific's gender picks the one whose gender the page gave, not the one named first.
        # "Her father, Mr. Mallum" beside "Rebecca Mallum": a relative the page introduces by
        # the bare name is someone of their own unless a full name of that gender is theirs.
        # A kin noun's bare name needs its own sex named ("her father, Mr. Mallum").
        people = {c: _members(c, keys, groups, root) + placed.get(c, []) for c in options}
        same = _of_sex(span, people, _genders if kin else _fitting)
        if kin:  # "her mother, Ms. Yakubu" is not Grace Yakubu, of whom the page just spoke
            same = [c for c in same if c != _possessor(sdoc, span, keys, groups, root)]
        if kin:  # "his wife, Ana" is Ana Vale: only a shared surname makes another relative
            same += [c for c in options if _given_name_of(word, groups[c], sdoc) and c not in same]
        options = same if kin else same or options
        span.alone = first_alone
        alone = _named_alone(sdoc, span) and not _aged_again(sdoc, span, word, options, groups)
        if first_alone or alone or (len(given) > 1 and not _titled(sdoc, span)):
            options = []
        options = _generation_options(sdoc, span, options, keys, groups, root)
        target = _pick(sdoc, word, span, options, keys, groups, root) if options else key
        if target == key:
            target = _by_sex(key, span, groups[key], placed)
        # "her father, Mr. Mallum" beside "Rebecca Mallum": a relative the page names no
        # further, whom no page's full name of that surname may take
        span.alone = span.alone or bool(kin and target == key and candidates)
        if target != key and key in seen and _compatible([span], groups[key]):
            # after "her father, Mr. Mallum", a bare "Mallum said" is whoever was named last
            target = max((target, key), key=lambda t: _last_before(t, span, seen, groups))
        seen.setdefault(target, []).append(span.start)
        placed.setdefault(target, []).append(span)
        clusters.setdefault(target, []).append(span)


def _given_holders(
    sdoc: Doc, word: str, candidates: list[tuple], keys: list[tuple], groups: dict
) -> list[tuple]:
    """The full names the bare word opens, and the first organisation's: "Hanmok" beside
    "Hanmok Retail" (a person to NER) and Hanmok Heavy Industries is either's."""
    given = [c for c in candidates if _given_name_of(word, groups[c], sdoc)]
    return given + [k for k in keys if k[0] == "ORG" and len(k[1]) > 1 and k[1][0] == word][:1]


def _of_sex(span: NameSpan, people: dict[tuple, list[NameSpan]], fits: Callable) -> list[tuple]:
    """The people an honorific's sex fits; of those, the ones the page gave that sex before
    it when others only fit for want of one: "Mr. Ibrahim said" after "Mary Ibrahim, whose
    father, Joseph Ibrahim," is the father (before "his brother, Aldo Vekk" is named, "Mr.
    Vekk" is still the subject, Dorian Vekk, whose sex the page had not given)."""
    same = [c for c, spans in people.items() if span.gender in fits(spans)]
    said = [
        c for c in same if any(s.gender == span.gender and s.start < span.start for s in people[c])
    ]
    return said if span.gender and said else same


def _aged_again(sdoc: Doc, span: NameSpan, word: str, options: list[tuple], groups: dict) -> bool:
    """ "Halberg, 61, denied wrongdoing" after "Anton Halberg": an age after a bare surname
    the page already gave in full describes that person again; it introduces no one."""
    if not _AGE_AFTER.match(_after(sdoc, span)):
        return False
    return any(
        s.start < span.start and words(s.name(sdoc))[-1] == word
        for c in options
        for s in groups[c]
        if s.end - s.start > 1
    )


def _generation_options(
    sdoc: Doc, span: NameSpan, options: list[tuple], keys: list[tuple], groups: dict, root
) -> list[tuple]:
    """ "the younger Halberg" beside Anton Halberg and "his son, Lukas Halberg" is Lukas, not
    the one named first; beside only "his father, Anton Halberg" it is the son, no one the page
    names in full."""
    cue = compared(sdoc, span)
    if not cue or not options:
        return options
    people = {c: _members(c, keys, groups, root) for c in options}
    if len(options) == 1:
        return [] if contradicts(sdoc, cue, people[options[0]]) else options
    chosen = by_generation(sdoc, cue, people)
    return [chosen] if chosen is not None else options


def _titles(spans: list[NameSpan]) -> set[str]:
    """The titles of a person's descriptions, up to a preposition: "nephew of President Anton
    Keller" gives none (the title is the uncle's). A rank modifier makes one title of the next
    ("vice chairman"): "Chairman Park" is not the vice chairman Park Jin-woo, his son."""
    out = set()
    for d in (d for s in spans for d in s.descriptors):
        found = [
            w.rstrip(".")
            for w in _ROLE_CUT.sub("", d).lower().split()
            if w in TITLES or f"{w.rstrip('.')}." in TITLES
        ]
        for i, w in enumerate(found):
            if w in RANK_MODIFIERS and i + 1 < len(found):
                found[i + 1] = f"{w} {found[i + 1]}"
            else:
                out.add(w)
    return out


# A description's own words end at its first preposition ("president of the region").
_ROLE_CUT = re.compile(r"\s+(?:of|at|for|in|with|from|to|on|by)\s+.*$", re.IGNORECASE)


def _other_office(sdoc: Doc, word: str, span: NameSpan, named: list[NameSpan]) -> bool:
    """ "President Tanko" is not "spokesman Tanko Musa": a title marks the bare name as a
    surname, and a full name it only opens (a given name) whose own titles are all others
    belongs to someone else of that name. A full name that opens with the family name
    ("President Xi" of "President Xi Jinping") shares the title, so it still joins. A titled
    surname is not a namesake the page gives other titles only ("President Keller" beside
    "Finance Minister Markus Keller"), nor one it describes as someone's relative without a
    title ("Jonas Keller, the president's nephew")."""
    own = _titles([span])
    if not own:
        return False
    theirs = _titles(named)
    if any(words(s.name(sdoc))[-1] == word for s in named):
        other = bool(theirs) or _kin_described(named) or _other_trade(own, named)
        return not own & theirs and other
    return bool(theirs) and not own & theirs


def _someone_else(sdoc: Doc, word: str, span: NameSpan, named: list[NameSpan]) -> bool:
    """The bare name is not the person named in full: another office, or another family."""
    return _other_office(sdoc, word, span, named) or _given_name_before(sdoc, word, span, named)


def _given_name_before(sdoc: Doc, word: str, span: NameSpan, named: list[NameSpan]) -> bool:
    """ "Ms. Yakubu said" before "Yakubu Nkeki": an honorific marks a surname, so a full name
    it only opens is another family's given name, unless the page named that person first
    (surname-first order: "Park Jin-woo ... Mr. Park")."""
    if not span.gender and not _courtesy(sdoc, span):
        return False
    full = [words(s.name(sdoc)) for s in named if s.end - s.start > 1]
    return (
        bool(full)
        and all(w[0] == word and w[-1] != word for w in full)
        and all(s.start > span.start for s in named if s.end - s.start > 1)
    )


def _courtesy(sdoc: Doc, span: NameSpan) -> bool:
    prev = sdoc[span.start - 1].lower_.rstrip(".") if span.start > 0 else ""
    return prev in HONORIFICS


def _other_trade(own: set[str], named: list[NameSpan]) -> bool:
    """ "Minister Solberg" beside "Farmer Erik Solberg": a namesake the page describes by a
    trade only ("farmer", "sheep farmer") and never by the bare name's title is someone else."""
    heads = [_ROLE_CUT.sub("", d).lower().split()[-1:] for s in named for d in s.descriptors]
    trades = {h[0] for h in heads if h and h[0] in PEOPLE}
    return bool(trades) and not any(
        t in d.lower() for t in own for s in named for d in s.descriptors
    )


# What a son's name adds to his father's ("Tom Vale Jr.", "Tom Vale III").
GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _other_generation(sdoc: Doc, key: tuple, target: tuple, groups: dict) -> bool:
    """ "Tom Vale Jr." and "his father, Tom Vale" (or "Tom Vale, the victim's father"): the
    name without the son's suffix is the father's when the page introduces it as a relative.
    Without a kin noun it is the son's, his suffix dropped."""
    w = key[1]
    if key[0] != "PERSON" or target[1][: len(w)] != w or not target[1][len(w) :]:
        return False
    if not set(target[1][len(w) :]) <= GENERATIONS:
        return False
    return any(_kin_before(sdoc, s) for s in groups[key]) or _kin_described(groups[key])


def _kin_described(spans: list[NameSpan]) -> bool:
    """Described as someone's relative: "nephew of President Keller", "the president's son"."""
    for s in spans:
        for d in s.descriptors:
            head = _ROLE_CUT.sub("", d).lower().split()
            if head and head[-1] in KIN:
                return True
    return False


def _same_office(span: NameSpan, options: list[tuple], groups: dict) -> list[tuple]:
    """Of the namesakes a titled surname could be, those the page gives its title ("President
    Keller" is President Anton Keller, not his nephew Jonas named first); all when none."""
    own = _titles([span])
    shared = [c for c in options if own & _titles(groups[c])] if own else []
    return shared or options


def _fitting(spans: list[NameSpan]) -> set[str]:
    """The honorific genders that fit a person: their sex, and for one whose sex the page never
    gave, "Mr." too. A page says a man's sex through the kin nouns of his relatives ("his
    brother, Eric Vorn") and leaves the subject's unsaid: "Mr. Vorn" fits the subject as well
    as the brother, so the usual rules decide (the one named first)."""
    return _genders(spans) or {"m"}


def _possessor(sdoc: Doc, span: NameSpan, keys: list[tuple], groups: dict, root) -> tuple | None:
    """The person a kin noun's possessive is about ("her" of "her mother, Ms. Yakubu"): the
    one named in full last before it whose sex the pronoun fits; None without a pronoun."""
    i = span.start - 1
    while i >= 0 and (sdoc[i].is_punct or sdoc[i].lower_.rstrip(".") in HONORIFICS):
        i -= 1
    sex = _POSSESSIVE_SEX.get(sdoc[i - 1].lower_, "") if i > 0 else ""
    if not sex:
        return None
    named = [
        (s.start, k)
        for k in keys
        if k[0] == "PERSON" and len(k[1]) > 1
        for s in groups[k]
        if s.start < span.start and s.gender in ("", sex)
    ]
    return root(max(named)[1]) if named else None


_POSSESSIVE_SEX = {"her": "f", "his": "m"}


def _by_sex(key: tuple, span: NameSpan, group: list[NameSpan], placed: dict) -> tuple:
    """ "Ms. Keel said" and "Mr. Keel, her son, said" on a page that names neither in full are
    two people: a bare name the page gives both sexes stands for one person of each, and a
    mention without a sex ("Keel said") is whichever of them the page named last."""
    if len(_genders(group)) < 2:
        return key
    if span.gender:
        return (*key, span.gender)
    last = {
        max(s.start for s in spans if s.start < span.start): k
        for k, spans in placed.items()
        if k[:2] == key and len(k) == 3 and any(s.start < span.start for s in spans)
    }
    return last[max(last)] if last else key


def _last_before(target: tuple, span: NameSpan, seen: dict, groups: dict) -> int:
    starts = [s.start for s in groups.get(target, [])] if target[1][1:] else []
    return max((s for s in [*starts, *seen.get(target, [])] if s < span.start), default=-1)


def _kin_before(sdoc: Doc, span: NameSpan) -> str:
    """The kin noun right before a bare name, across a comma and an honorific ("her father,
    Mr. Mallum", "his wife Mrs. Okafor"): "" when there is none."""
    i = span.start - 1
    while i >= 0 and (sdoc[i].is_punct or sdoc[i].lower_.rstrip(".") in HONORIFICS):
        i -= 1
    if i < 0 or span.start - i > 4:
        return ""
    low = sdoc[i].lower_
    return low if low in KIN else ""


def _given_name_of(word: str, spans: list[NameSpan], sdoc: Doc) -> bool:
    return any(len(w) > 1 and w[0] == word for w in (words(s.name(sdoc)) for s in spans))


def _named_alone(sdoc: Doc, span: NameSpan) -> bool:
    """ "known only as Kevin": the page introduces someone by this one name. So it does when it
    gives the bare name an age or a description of its own ("Aisha, 19, one of the freed
    women", "another pupil, Grace, said"): pages that withhold a victim's or a witness's
    surname introduce them so, and a full name of the page that opens with the same word
    ("First Lady Aisha Tanko") is someone else."""
    before = sdoc[max(0, span.start - 3) : span.start].text.lower()
    return before.endswith(ONLY_NAMED) or _introduced_bare(sdoc, span)


# ", 19," or ", a 19-year-old": an age right after a name introduces its holder
_AGE_AFTER = re.compile(r"^\s*,\s*(?:\d{1,3}\s*[,)]|an?\s+\d{1,3}-year-old\b)")


def _after(sdoc: Doc, span: NameSpan) -> str:
    """The text right after a name, from its last word's trailing space on."""
    last = sdoc[span.end - 1]
    return last.whitespace_ + sdoc[span.end : min(len(sdoc), span.end + 8)].text


def _introduced_bare(sdoc: Doc, span: NameSpan) -> bool:
    if _AGE_AFTER.match(_after(sdoc, span)):
        return True
    root = sdoc[span.start : span.end].root
    head = root.head
    if root.dep_ == "appos" and head.i < span.start and head.pos_ == "NOUN":
        # "another pupil, Grace": not a kin noun ("his wife, Maria" is Maria Vale) nor a title,
        # and a noun that says a person ("the airline, Tarnair" is NER's "person" too)
        return _person_noun(head) and head.lower_ not in KIN | TITLES and not is_role(head)
    return any(c.dep_ == "appos" and c.i >= span.end and c.lower_ == "one" for c in root.children)


def _first_alone(sdoc: Doc, span: NameSpan, keys: list[tuple], groups: dict) -> bool:
    """The page's first use of a bare name introduces someone by it alone, before any fuller
    name with that word: NER may tag that first use apart ("another pupil, Grace" an ORG,
    "Grace said" a PERSON), so the word's first token is read, whatever its tag."""
    text = span.name(sdoc)
    word = words(text)[-1]
    first = next(iter(orth_at(sdoc, text)), span.start)
    fuller = [k for k in keys if len(k[1]) > 1 and word in k[1]]
    if any(groups[k][0].start < first for k in fuller) or _after_a_name(sdoc, first):
        return False
    bare = NameSpan(first, first + 1, "PERSON")
    return _named_alone(sdoc, bare) or (not _titled(sdoc, bare) and _introduced_first(sdoc, bare))


def _after_a_name(sdoc: Doc, i: int) -> bool:
    """The word ends a capitalised name NER left untagged ("Mark Vale" in a headline)."""
    prev = sdoc[i - 1] if i > 0 else None
    return prev is not None and prev.is_title and prev.pos_ == "PROPN"


def _introduced_first(sdoc: Doc, span: NameSpan) -> bool:
    """ "Mohammed, a taxi driver, said": a bare name without a title that an indefinite common
    noun describes ("Vale, a Democrat" names a party, not what someone is)."""
    root = sdoc[span.start : span.end].root
    for child in root.children:
        if child.dep_ == "appos" and child.i > span.end and _person_noun(child):
            if any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in child.children):
                return True
    return False


def _person_noun(tok: Token) -> bool:
    """A common noun that says what a person is ("pupil", "driver", "mother")."""
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in PERSON_NOUNS or is_role(tok))


def _titled(sdoc: Doc, span: NameSpan) -> bool:
    """ "Mr Kim", "President Kim": a title before the bare name marks it as a surname."""
    if span.gender:
        return True
    prev = sdoc[span.start - 1].lower_.rstrip(".") if span.start > 0 else ""
    return prev in HONORIFICS or prev in TITLES or f"{prev}." in TITLES


def _edge_match(word: str, spans: list[NameSpan], sdoc: Doc) -> bool:
    for span in spans:
        w = words(span.name(sdoc))
        if len(w) > 1 and word in (w[0], w[-1]):
            return True
    return False


def _members(target: tuple, keys: list[tuple], groups: dict, root) -> list[NameSpan]:
    return [s for k in keys if root(k) == target for s in groups[k]]


def _pick(
    sdoc: Doc,
    word: str,
    span: NameSpan,
    options: list[tuple],
    keys: list[tuple],
    groups: dict,
    root,
) -> tuple:
    """The most mentioned so far ("Mr Kim" of Kim Dahee, named twice, over Kim Sora: where the
    family name comes first, pages write everyone's name in full). A surname that ends every
    option's name goes to the one named first: a page spells out in full, again and again, the
    relative it must tell apart from the story's subject ("Eric Vorn said" beside "Vorn")."""
    members = {t: _members(t, keys, groups, root) for t in options}
    surname_last = not any(_given_name_of(word, m, sdoc) for m in members.values())

    def score(target: tuple) -> tuple[int, int]:
        starts = [m.start for m in members[target]]
        before = [s for s in starts if s < span.start]
        if not before:
            return (0, -min(starts) - 10**9)
        return (1, -min(starts)) if surname_last else (len(before), max(before))

    return max(options, key=score)
