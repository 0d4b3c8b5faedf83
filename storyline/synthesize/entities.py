"""Who's who: one canonical profile per person or organisation across a story's documents.

Merging runs in passes over the distinct names (each document's canonical name and aliases):
1. same normalised form (case, accents, hyphens, dots, honorifics, possessives, and for
   organisations corporate suffixes);
2. spelling and romanisation variants: same number of words and every word pair equal,
   alike by Jaro-Winkler, or sharing its consonant skeleton (Suk/Seok, Jong-un/Jong Un);
3. an acronym and the long form whose initials it spells (NIS / National Intelligence Service);
4. a name whose words are all inside longer names (a bare surname, "Apple" of "Apple Inc.")
   joins them only when exactly one merged entity of the story contains it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from itertools import combinations

import jellyfish
from scipy.cluster.hierarchy import DisjointSet

from storyline.lexicon import NAME_SMALL_WORDS
from storyline.lexicon.nouns import ORG_KIND_WORDS
from storyline.model import Citation, Entity, EntityProfile
from storyline.names import (
    NAME_TITLES,
    is_acronym,
    is_state_body,
    name_initials,
    normalise,
    spells_initials,
)
from storyline.synthesize.entity_acronyms import join_partial_acronyms, word_acronym
from storyline.synthesize.entity_apart import gapless, kept_apart, page_kept_apart
from storyline.synthesize.entity_contained import cut_in_front, in_order, owner_or_series
from storyline.synthesize.entity_namesakes import join_initials, named_apart
from storyline.synthesize.entity_roles import one_by_role, one_off_page, role_heads
from storyline.synthesize.entity_sexes import Sexes, both_sexes
from storyline.synthesize.entity_spread import add_found, find_names, first_words, spreadable
from storyline.synthesize.owners import split_by_owner
from storyline.synthesize.places import is_place, place_cue  # noqa: F401  (place_cue: re-exported)
from storyline.textutil import slug

# Courtesy titles from the shared list, plus role titles a canonical name drops too.
HONORIFICS = NAME_TITLES
MINOR = NAME_SMALL_WORDS
PERSONAL = {"PERSON"}
FAMILY = {"PERSON": "P", "ORG": "O", "GPE": "L", "LOC": "L", "NORP": "N", "OTHER": "X"}
FUZZY = 0.9


def skeleton(word: str) -> str:
    """Consonants of a word after its first letter: romanisations differ in their vowels."""
    return word[0] + re.sub(r"[aeiouyhw]", "", word[1:]) if word else ""


def words_alike(a: str, b: str, loose: bool = True) -> bool:
    """Two spellings of one word: the same consonants (romanisations differ in vowels and
    doubled letters: Suk/Seok, Sissi/Sisi), or with ``loose``, alike by Jaro-Winkler."""
    if a == b:
        return True
    if a[0] != b[0] or a.isdigit() or b.isdigit():
        return False
    if min(len(a), len(b)) >= 3 and len(skeleton(a)) >= 2 and _squeezed(a) == _squeezed(b):
        return True
    return loose and min(len(a), len(b)) >= 4 and jellyfish.jaro_winkler_similarity(a, b) >= FUZZY


def _squeezed(word: str) -> str:
    return re.sub(r"(.)\1+", r"\1", skeleton(word))


def variants(a: tuple[str, ...], b: tuple[str, ...], person: bool = False) -> bool:
    """Two spellings of one name (see the module doc). A ``person``'s surname must be a
    respelling of the same consonants: "Shekau" and "Shekarau" are two families."""
    if a == b:
        return True
    core_a, core_b = [w for w in a if w not in MINOR], [w for w in b if w not in MINOR]
    if len(core_a) >= 3 and sorted(core_a) == sorted(core_b):
        return True  # reordered words: "National Agency for Civil Protection" (a translation)
    if not person and _state_body_core(a) and _state_body_core(a) == _state_body_core(b):
        return True  # "Ministry of Defence" / "Defence Ministry", "Ministry of Foreign Affairs"
    if "".join(a) == "".join(b) and len("".join(a)) >= 6:  # Jong Un / Jongun, FirstGroup
        return True
    if len(a) != len(b) or len(a) < 2 and min(len(a[0]), len(b[0])) < 5:
        return False
    # A name of one word has no other word to vouch for it: only a respelling of the same
    # consonants joins ("Energia" / "Energiya"), never a different word alike by letters
    # ("Boeing" / "Boring").
    if person and not words_alike(a[-1], b[-1], loose=False):
        return False
    return all(words_alike(x, y, loose=len(a) > 1) for x, y in zip(a, b, strict=True))


def _state_body_core(name: tuple[str, ...]) -> tuple[str, ...]:
    """The sorted words of a body named by its role ("defence ministry"), without its small
    words and "affairs" (which the short form drops); () for any other name. Whose body it is
    is decided afterwards (``storyline.synthesize.owners``)."""
    if not is_state_body(name):
        return ()
    return tuple(sorted(w for w in name if w not in MINOR and w != "affairs"))


def compatible(a: str, b: str) -> bool:
    """Labels that may name the same thing (NER often confuses ORG, GPE and the like)."""
    return (a in PERSONAL) == (b in PERSONAL)


def cluster_entities(per_doc: list[tuple[str, list[Entity]]]) -> list[list[tuple[str, Entity]]]:
    """Groups of (doc_id, entity) that name the same person or organisation."""
    records = [(doc_id, ent) for doc_id, ents in per_doc for ent in ents]
    klass_of = _majority_class(records)
    names: dict[tuple[str, tuple[str, ...]], int] = {}  # (class, words) -> name id
    surfaces: dict[int, set[str]] = defaultdict(set)
    docs_of: dict[int, set[str]] = defaultdict(set)
    roles_of: dict[int, set[str]] = defaultdict(set)
    union = DisjointSet()
    record_names: list[list[int]] = []
    both = both_sexes(records, normalise)
    sexed: dict[tuple[str, tuple[str, ...], str], int] = {}  # a bare name's node per sex
    sexes = Sexes()
    for doc_id, ent in records:
        klass = _firm_of_person(ent) or klass_of[_class_key(ent)]
        ids: list[int] = []
        for surface in _surfaces(ent):
            words = normalise(surface, ent.label)
            if not words:
                continue
            if (words, ent.gender) in both:
                nid = sexed.setdefault((klass, words, ent.gender), -1 - len(sexed))
            else:
                nid = names.setdefault((klass, words), len(names))
            sexes.add(nid, ent.gender)
            union.add(nid)
            surfaces[nid].add(surface)
            docs_of[nid].add(doc_id)
            roles_of[nid] |= role_heads(ent.descriptors)
            ids.append(nid)
        for nid in ids[1:]:
            union.merge(ids[0], nid)
        record_names.append(ids)
    by_id = {nid: key for key, nid in names.items()}
    by_id |= {nid: (klass, words) for (klass, words, sex), nid in sexed.items()}
    sexes.of_node = {nid: sex for (_, _, sex), nid in sexed.items()}
    _join_variants(names, union, named_apart(records, record_names))
    _join_acronyms(names, surfaces, union)
    join_partial_acronyms(names, surfaces, union)
    _join_contained(names, by_id, docs_of, union, roles_of, sexes)
    join_initials(names, union)
    groups: dict[int, list[tuple[str, Entity]]] = defaultdict(list)
    for record, ids in zip(records, record_names, strict=True):
        if ids:
            groups[union[ids[0]]].append(record)
    return kept_apart(list(groups.values()))


def _surfaces(ent: Entity) -> list[str]:
    """The entity's name first, then its aliases and the distinct words of its mentions: the
    in-document linker's "Apple" for "Apple Computer" is evidence across documents too."""
    out = [ent.name]
    # A person's bare surname or first name is theirs on this page only: across pages it
    # bridges namesakes ("Smith" of Jane Smith here, of her father Tom Smith there; two girls
    # called Mary). A page that names someone only so joins by containment, when one
    # person of the story holds the name (see ``_join_contained``).
    full = ent.label in PERSONAL and len(normalise(ent.name, ent.label)) > 1
    for s in [*ent.aliases, *(m.text for m in ent.mentions)]:
        if s not in out and not (full and len(normalise(s, ent.label)) == 1):
            out.append(s)
    return out


def _firm_of_person(ent: Entity) -> str:
    """ "O" for a firm whose legal form follows a bare name ("Vale Company", "Vale Ltd"): the
    firm that bears a person's name is not that person, though its name without the legal form
    is theirs ("" otherwise: the name's majority kind decides)."""
    if ent.label in PERSONAL or len(normalise(ent.name, "ORG")) != 1:
        return ""
    return "O" if len(normalise(ent.name, "PERSON")) > 1 else ""


def _class_key(ent: Entity) -> tuple[str, ...]:
    return normalise(ent.name, "ORG")


def _company_like(votes: dict[tuple[str, ...], Counter[str]]) -> set[tuple[str, ...]]:
    """ "Person" names whose first word is, on its own, an organisation ("Lockheed Martin",
    "Northrop Grumman" next to "Lockheed", "Northrop"): NER reads such firm names as people."""
    orgs = {k[0] for k, v in votes.items() if len(k) == 1 and v.most_common(1)[0][0] == "O"}
    return {
        k for k, v in votes.items() if len(k) > 1 and k[0] in orgs and v.most_common(1)[0][0] == "P"
    }


def _majority_class(records: list[tuple[str, Entity]]) -> dict[tuple[str, ...], str]:
    """Kind of entity (person, organisation, place, group, other) by majority over every
    entity with that name: NER labels the same name differently from page to page
    ("Ryanair" a PERSON once, an ORG three times)."""
    votes: dict[tuple[str, ...], Counter[str]] = defaultdict(Counter)
    for _, ent in records:
        votes[_class_key(ent)][FAMILY.get(ent.label, "X")] += 1
    firms = _company_like(votes)
    out = {k: "O" if k in firms else v.most_common(1)[0][0] for k, v in votes.items()}
    for k in _lone_surnames(records, out) | _full_names_of_surnames(out):
        out[k] = "P"
    return out


def _full_names_of_surnames(klass: dict[tuple[str, ...], str]) -> set[tuple[str, ...]]:
    """Two-word names NER tagged as something else ("a homer by Rafael Davies" read as an
    organisation) that end with a surname the story's pages use only for a person ("Davies
    said") and that no person's full name of the story ends with: that person's full name, so a
    page naming him by his surname joins it. Not a name with a word of an organisation's kind."""
    people = {k[0] for k, c in klass.items() if len(k) == 1 and c == "P"}
    taken = {k[-1] for k, c in klass.items() if len(k) > 1 and c == "P"}
    return {
        k
        for k, c in klass.items()
        if len(k) == 2
        and c in ("O", "X")
        and k[-1] in people - taken
        and not set(k) & ORG_KIND_WORDS
    }


def _lone_surnames(
    records: list[tuple[str, Entity]], klass: dict[tuple[str, ...], str]
) -> set[tuple[str, ...]]:
    """One-word names NER tagged as something else that are the surname of exactly one person
    of the story ("Okafor said" tagged ORG beside "Ada Okafor"): that person, as within a page."""
    surnames: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    docs: dict[tuple[str, ...], set[str]] = defaultdict(set)
    shouted: set[tuple[str, ...]] = set()
    for doc_id, ent in records:
        key = _class_key(ent)
        docs[key].add(doc_id)
        if ent.name.isupper():
            shouted.add(key)  # an acronym, not a surname
        if klass.get(key) == "P" and len(key) > 1:
            surnames[key[-1]].add(key)
    out = set()
    for k, c in klass.items():
        people = surnames.get(k[0], set()) if len(k) == 1 and c != "P" else set()
        # one person holds the name, and a page names both: the short name is theirs there
        if len(people) == 1 and k not in shouted and docs[k] & docs[next(iter(people))]:
            out.add(k)
    return out


def _join_variants(
    names: dict[tuple[str, tuple[str, ...]], int],
    union: DisjointSet,
    apart: Callable[[int, int], bool] = lambda a, b: False,
) -> None:
    blocks: dict[tuple[str, int, str], list[tuple[tuple[str, ...], int]]] = defaultdict(list)
    for (klass, words), nid in names.items():
        # Variants agree on every word's first letter, so those letters make the block.
        blocks[(klass, 0, "".join(w[0] for w in words) + f"/{len(words)}")].append((words, nid))
        core = tuple(sorted(w for w in words if w not in MINOR))
        if len(core) >= 3:  # reordered long names meet in a block of their sorted words
            blocks[(klass, -1, " ".join(core))].append((words, nid))
        if klass != "P" and (body := _state_body_core(words)):
            blocks[(klass, -3, " ".join(body))].append((words, nid))
        if len(words) <= 3:  # "First Group" and "FirstGroup" meet in a block of their letters
            blocks[(klass, -2, "".join(words))].append((words, nid))
    for (klass, _, _), block in blocks.items():
        for (a, ia), (b, ib) in combinations(block, 2):
            kin = klass == "P" and a[-1] == b[-1] and apart(ia, ib)
            if variants(a, b, person=klass == "P") and not kin:
                union.merge(ia, ib)  # not relatives a page named apart ("Jane" / "John")


def _join_acronyms(
    names: dict[tuple[str, tuple[str, ...]], int],
    surfaces: dict[int, set[str]],
    union: DisjointSet,
) -> None:
    """An acronym joins the one long form it spells, by the rule the analyzer links a page's
    mentions by (``storyline.names``): a pair that is one organisation on a page is one across
    pages too."""
    long_forms = [
        (nid, name_initials(" ".join(words)))
        for (klass, words), nid in names.items()
        if klass != "P" and len(words) >= 2
    ]
    pairs = {nid for (klass, words), nid in names.items() if len(words) == 2}
    for (klass, words), nid in names.items():
        if klass == "P" or len(words) != 1:
            continue
        spelled = any(is_acronym(s) for s in surfaces[nid])
        word = not spelled and any(word_acronym(s) for s in surfaces[nid])
        if not word and not spelled:
            continue
        # Two letters spell many names: across pages they join a name of two words only
        # ("Tarn Air"), never one whose other words they skip ("Apollo 11 pad" is not AP).
        # An acronym written as a word ("Orsa") must spell every initial exactly.
        matches = {
            union[n]
            for n, (letters, every) in long_forms
            if spells_initials(words[0], letters, every)
            and (len(words[0]) > 2 or n in pairs)
            and (not word or words[0].upper() in (letters, every))
        }
        if len(matches) == 1:  # unambiguous expansion only
            union.merge(nid, matches.pop())


def _join_contained(
    names: dict[tuple[str, tuple[str, ...]], int],
    by_id: dict[int, tuple[str, tuple[str, ...]]],
    docs_of: dict[int, set[str]],
    union: DisjointSet,
    roles_of: dict[int, set[str]] | None = None,
    sexes: Sexes | None = None,
) -> None:
    """A name inside longer names of the same kind joins them when one entity holds them all.

    For organisations and things, also when one entity is the likelier reading: it shares
    more pages with the short name than all other candidates together ("Apple" with "Apple
    Computer", not "Apple Corps"). Never when the short name is far more common
    than its container: then it is an entity of its own ("Airbus" is not short for "First
    Airbus A380"). People need a unique container: "Kim" stays apart from Kim Jong Un while
    the story also has Kim Yo Jong, unless the bare name's role is one only one of them holds
    ("President Okafor" beside President Tomas Okafor and First Lady Ada Okafor).
    """
    roles_of = roles_of or {}
    sexes = sexes or Sexes()
    places = {w[0] for k, w in names if k == "L" and len(w) == 1}  # one-word places of the story
    containing: dict[tuple[str, str], set[int]] = defaultdict(set)
    for (klass, words), nid in names.items():
        for w in set(words):
            containing[(klass, w)].add(nid)
    # Longest names first: "Moon Jae" joins "Moon Jae-in" before a bare "Moon" counts the
    # people it could be, so two spellings of one name are one candidate, not two.
    for nid, (klass, words) in sorted(by_id.items(), key=lambda kv: -len(kv[1][1])):
        core = [w for w in words if w not in MINOR]
        if not core:
            continue
        longer = set.intersection(*(containing[(klass, w)] for w in core))
        longer = {
            n for n in longer if len(by_id[n][1]) > len(words) and in_order(words, by_id[n][1])
        }
        if klass != "P":  # "National Space Administration" of "Chinese ...", not of NASA's
            longer = {n for n in longer if gapless(words, by_id[n][1])} or longer
        owners: dict[int, set[str]] = defaultdict(set)
        for n in longer:
            owners[union[n]] |= docs_of[n]
        if not owners:
            continue
        together = {o: len(d & docs_of[nid]) for o, d in owners.items()}
        ranked = sorted(owners, key=lambda o: (-together[o], -len(owners[o])))
        top = ranked[0]
        if len(ranked) > 1:
            others = sum(together[o] for o in ranked[1:])
            # A person's bare name, and a body named by its role ("Foreign Ministry" beside
            # China's and Japan's), join only the one entity of the story that can be theirs.
            if klass == "P":
                by_role = one_by_role(roles_of.get(nid, set()), owners, longer, union, roles_of)
                by_role = by_role if by_role is not None else sexes.one_owner(nid, longer, union)
                # a surname ends every longer name (not "Kim" of "Kim Yo Jong")
                if by_role is None and all(by_id[n][1][-1] == words[-1] for n in longer):
                    by_role = one_off_page(docs_of[nid], owners)
                if by_role is None:
                    continue
                top = by_role
            elif is_state_body(words) or together[top] <= max(others, 0):
                continue
        if klass == "P" and not sexes.fits(nid, top, longer, union):
            continue  # "Ms. Keel" is not the story's one Keel named in full, her son
        if 4 * len(owners[top]) < len(docs_of[nid]) and not cut_in_front(words, longer, by_id):
            continue
        if (
            klass != "P"
            and len(words) == 1
            and words[0] in ORG_KIND_WORDS
            and all(by_id[n][1][0] != words[0] for n in longer)
        ):
            continue  # "State" of "Islamic State": the word says what kind it is, not which
        if klass != "P" and owner_or_series(words, longer, by_id, names, klass, places):
            continue  # "Acme" of "Acme Orbit Drive" and "Orbit Drive"; "Vega" of "Vega 3", "Vega 4"
        full = [(n, by_id[n][1]) for n in longer if union[n] == top]
        if klass == "P" and page_kept_apart(core, full, docs_of, nid):
            continue  # a page that names both kept them apart ("a father known only as Tom")
        union.merge(nid, top)


def canonical_name(members: list[tuple[str, Entity]]) -> str:
    """The fullest name most documents use; ties go to the spelled-out form, then mentions."""
    docs_using: dict[str, set[str]] = defaultdict(set)
    mention_count: Counter[str] = Counter()
    for doc_id, ent in members:
        docs_using[ent.name].add(doc_id)
        mention_count[ent.name] += max(1, len(ent.mentions))
    label = members[0][1].label
    words = {n: tuple(w for w in normalise(n, label) if w not in MINOR) for n in docs_using}
    person = label in PERSONAL
    fuller = _fuller_names(words)
    # An organisation's fuller name wins only when it is in common use: "Acme" on ten pages
    # is not renamed after "Acme Workforce Solutions", a unit one page names.
    maximal = [
        n
        for n in docs_using
        if not any(person or 2 * len(docs_using[m]) >= len(docs_using[n]) for m in fuller(n))
        and not (is_acronym(n) and len(docs_using) > 1)
    ]
    maximal = maximal or list(docs_using)
    return max(
        maximal,
        key=lambda n: (len(docs_using[n]), len(words[n]), len(n.split()), mention_count[n], n),
    )


def _fuller_names(words: dict[str, tuple[str, ...]]) -> Callable[[str], list[str]]:
    """``fuller(n)``: the names whose words strictly include all of ``n``'s. Looked up by word,
    not by comparing every pair: an organisation on thousands of pages has thousands of names."""
    sets = {n: frozenset(w) for n, w in words.items()}
    holders: dict[str, set[str]] = defaultdict(set)
    for n, ws in sets.items():
        for w in ws:
            holders[w].add(n)

    def fuller(n: str) -> list[str]:
        mine = sets[n]
        near = set.intersection(*(holders[w] for w in mine)) if mine else set(sets)
        return [m for m in near if mine < sets[m]]

    return fuller


def _label(members: list[tuple[str, Entity]], texts: dict[str, str] | None = None) -> str:
    """The label most of the entity's records have; with the texts, an "organisation" that the
    story's wording shows to be a country or place is a GPE (see ``is_place``)."""
    records = Counter(e.label for _, e in members)
    mentions = Counter({e.label: 0 for _, e in members})
    for _, e in members:
        mentions[e.label] += len(e.mentions)
    label = max(records, key=lambda k: records[k])
    tied = [k for k in records if records[k] == records[label]]
    if len(tied) > 1 and "PERSON" in tied:
        # a person or not, as many records each way: the kind most mentions have ("Rafael
        # Davies" an organisation on one page, "Davies said" twice a person on another)
        label = max(tied, key=lambda k: mentions[k])
    if texts is not None and label == "ORG" and is_place(members, texts):
        return "GPE"
    return label


def profile(members: list[tuple[str, Entity]], key: str, label: str | None = None) -> EntityProfile:
    name = canonical_name(members)
    aliases: list[str] = []
    roles: Counter[str] = Counter()
    role_form: dict[str, str] = {}
    by_source: Counter[str] = Counter()
    citations: list[Citation] = []
    for doc_id, ent in members:
        for alias in [ent.name, *ent.aliases]:
            if alias != name and alias not in aliases:
                aliases.append(alias)
        for role in ent.descriptors:
            low = role.lower().strip()
            roles[low] += 1
            role_form.setdefault(low, role.strip())
        by_source[doc_id] += max(1, len(ent.mentions))
        citations += [
            Citation.model_construct(
                doc_id=doc_id, start=m.start, end=m.end, text=m.text
            )  # mentions are validated already
            for m in ent.mentions
        ]
    return EntityProfile(
        key=key,
        name=name,
        label=label or _label(members),
        aliases=aliases,
        roles=[role_form[r] for r in _by_use(roles)],
        mentions_by_source=dict(by_source),
        citations=citations,
    )


def _by_use(roles: Counter[str]) -> list[str]:
    """Most used first, but a role that names what someone is ("hydrologist at X") before a
    bare affiliation ("of X"): the first role is the one shown beside every quote."""
    order = [r for r, _ in roles.most_common()]
    return sorted(order, key=lambda r: r.split(" ", 1)[0] in AFFILIATION_WORDS)


AFFILIATION_WORDS = {"of", "at", "from", "with", "for", "in"}


def merge_entities(per_doc: list[tuple[str, list[Entity]]]) -> list[EntityProfile]:
    """One profile per entity across documents, most-mentioned first; keys are unique."""
    return merge_with_index(per_doc)[0]


def merge_with_index(
    per_doc: list[tuple[str, list[Entity]]],
    groups: list[list[tuple[str, Entity]]] | None = None,
    texts: dict[str, str] | None = None,
) -> tuple[list[EntityProfile], dict[tuple[str, str], EntityProfile]]:
    """Profiles, and (doc_id, in-document entity key) -> the profile it was merged into.
    ``groups`` skips the clustering when it is already known; ``texts`` (doc id -> text) let
    the wording around mentions correct an organisation into a place (see ``_label``)."""
    groups = cluster_entities(per_doc) if groups is None else groups
    groups.sort(
        key=lambda g: (-len({d for d, _ in g}), -sum(max(1, len(e.mentions)) for _, e in g))
    )
    out: list[EntityProfile] = []
    index: dict[tuple[str, str], EntityProfile] = {}
    used: Counter[str] = Counter()
    taken: set[str] = set()
    for members in groups:
        label = _label(members, texts)
        base = f"{label.lower()}:{slug(canonical_name(members))}"
        key, n = base, used[base]
        while key in taken:  # "Acme" twice, or beside a name whose slug ends "-2"
            n = max(n, 1) + 1
            key = f"{base}-{n}"
        used[base] = n
        taken.add(key)
        prof = profile(members, key, label)
        out.append(prof)
        for doc_id, ent in members:
            index[(doc_id, ent.key)] = prof
    return out, index


def merge_and_propagate(
    per_doc: list[tuple[str, list[Entity]]],
    texts: dict[str, str],
    pages: dict[str, str] | None = None,
) -> tuple[list[EntityProfile], dict[tuple[str, str], EntityProfile]]:
    """merge_with_index after propagate_mentions, clustering only once: a spread mention
    belongs to the entity whose name it is. ``pages`` maps a text that is part of another
    document (its headline, given as a text of its own) to that document's id."""
    spread, assign = _propagate(per_doc, texts, pages)
    groups: dict[str, list[tuple[str, Entity]]] = defaultdict(list)
    for doc_id, ents in spread:
        for ent in ents:
            if (doc_id, ent.key) in assign:
                groups[assign[(doc_id, ent.key)]].append((doc_id, ent))
    return merge_with_index(spread, split_by_owner(list(groups.values()), texts), texts)


def propagate_mentions(
    per_doc: list[tuple[str, list[Entity]]], texts: dict[str, str]
) -> list[tuple[str, list[Entity]]]:
    """The documents' entities with the mentions NER missed of names the story knows
    (see ``_propagate``)."""
    return _propagate(per_doc, texts)[0]


def _propagate(
    per_doc: list[tuple[str, list[Entity]]],
    texts: dict[str, str],
    pages: dict[str, str] | None = None,
) -> tuple[list[tuple[str, list[Entity]]], dict[tuple[str, str], str]]:
    """Add the occurrences NER missed of names the story already knows.

    After merging, every name or alias that belongs to exactly one entity is searched in every
    document (whole words; names of one word in their case, longer names in any case); an
    occurrence no mention covers becomes a mention of that entity, and a name of several
    words replaces shorter mentions inside it ("iPod" in "iPod nano"). One-word names only
    spread when their entity is in two or more documents, or into the headline of the one
    document that names it (``pages``: "Aeroflot orders jets" over a page about Aeroflot).
    """
    profiles, index = merge_with_index(per_doc)
    spread, own = spreadable(profiles)
    assign = {pair: prof.key for pair, prof in index.items()}
    pages = pages or {}
    if not spread and not pages:
        return per_doc, assign
    ordered = first_words(spread)
    by_key = {p.key: p for p in profiles}
    out: list[tuple[str, list[Entity]]] = []
    for doc_id, ents in per_doc:
        text = texts.get(doc_id, "")
        if own.get(pages.get(doc_id, "")):  # the page's own one-word names reach its headline
            mine = {**spread, **own[pages[doc_id]]}
            found = find_names(text, mine, first_words(mine))
        else:
            found = find_names(text, spread, ordered)
        if found:
            ents = add_found(doc_id, ents, found, len(text), index, by_key, assign)
        out.append((doc_id, ents))
    return out, assign


def canonical_names(profiles: list[EntityProfile]) -> dict[str, str]:
    """Lower-cased name or alias -> canonical name; the first (most mentioned) profile wins
    an alias that two profiles share."""
    names: dict[str, str] = {}
    for prof in profiles:
        for name in (prof.name, *prof.aliases):
            names.setdefault(name.lower(), prof.name)
    return names
