"""One actor listed twice in the who's who: a bare surname NER tagged an organisation on some
pages ("Lindqvist's engagement", "told Lindqvist") forms a profile apart from the person's,
since names join only within their kind; once ``storyline.synthesize.who`` relabels it a
person, it is a second entry for the one person of the story who bears that word.

Merged only when that is provable: the word belongs to exactly one person of the whole story
(in full name or alias), never when two people share it ("Vale" beside Ana and Tom Vale stays
apart, and ``who_terms.names_two_people`` says why it is left out).

Likewise a one-word organisation ending longer organisations' names ("the Gazette") is the one
of them its page named last before it ("according to the Orsa Gazette ... the Gazette said").
"""

from __future__ import annotations

import re

from storyline.model import Citation, EntityProfile
from storyline.synthesize.who_terms import by_salience, name_words, shared_aliases_dropped

WORD = re.compile(r"[\w’'-]+")


def final_list(listed: list[EntityProfile], story: list[EntityProfile]) -> list[EntityProfile]:
    """The who's who as shown: doubles folded, most-sourced first, shared aliases dropped."""
    folded = folded_short_names(folded_doubles(listed, story))
    return shared_aliases_dropped(by_salience(folded), story)


def folded_doubles(listed: list[EntityProfile], story: list[EntityProfile]) -> list[EntityProfile]:
    """``listed`` with each one-word person that the story's merge held as an organisation
    folded into the one listed person bearing that word (``story``: every profile, whose
    labels tell which entries were relabelled)."""
    was_org = {p.key for p in story if p.label == "ORG"}
    full = [p for p in story if p.label == "PERSON" and len(name_words(p.name)) >= 2]
    by_key = {p.key: i for i, p in enumerate(listed)}
    out = list(listed)
    dropped: set[str] = set()
    for prof in listed:
        word = _lone_word(prof)
        if prof.key not in was_org or prof.label != "PERSON" or word is None:
            continue
        holders = [p for p in full if word in _words(p)]
        if len(holders) != 1 or holders[0].key not in by_key:
            continue
        at = by_key[holders[0].key]
        out[at] = _joined(out[at], prof)
        dropped.add(prof.key)
    return [p for p in out if p.key not in dropped]


def folded_short_names(listed: list[EntityProfile]) -> list[EntityProfile]:
    """``listed`` with each one-word organisation that ends longer organisations' names ("the
    Gazette" beside the Orsa Gazette and the Tarn Gazette) folded into the one whose name each
    of its mentions last follows on its page: a page names the paper in full, then shortens it.
    Left apart when a mention follows none of them, or mentions follow different ones."""
    out = list(listed)
    dropped: set[str] = set()
    for prof in listed:
        words = name_words(prof.name)
        if prof.label != "ORG" or len(words) != 1 or prof.aliases:
            continue
        word = next(iter(words))
        longer = [i for i, p in enumerate(out) if _ends_with(p, word) and p.key != prof.key]
        owners = {_last_named(c, [out[i] for i in longer]) for c in prof.citations}
        owner = owners.pop() if len(owners) == 1 else None
        if owner is None:
            continue
        at = by_key_index(out, owner)
        out[at] = _joined(out[at], prof)
        dropped.add(prof.key)
    return [p for p in out if p.key not in dropped]


def _ends_with(prof: EntityProfile, word: str) -> bool:
    names = WORD.findall(prof.name.lower())
    return prof.label == "ORG" and len(names) >= 2 and names[-1] == word


def _last_named(mention: Citation, longer: list[EntityProfile]) -> str | None:
    """The key of the longer name mentioned last before ``mention`` on its page, if any."""
    best: tuple[int, str] | None = None
    for prof in longer:
        for c in prof.citations:
            if c.doc_id == mention.doc_id and c.end <= mention.start:
                if best is None or c.start > best[0]:
                    best = (c.start, prof.key)
    return best[1] if best else None


def by_key_index(profiles: list[EntityProfile], key: str) -> int:
    return next(i for i, p in enumerate(profiles) if p.key == key)


def _lone_word(prof: EntityProfile) -> str | None:
    """The one word every name of the profile is ("Lindqvist", "Lindqvist's"), else None."""
    words = set().union(*(name_words(n) for n in (prof.name, *prof.aliases)))
    if len(words) != 1 or any(len(name_words(n)) != 1 for n in (prof.name, *prof.aliases)):
        return None
    return next(iter(words))


def _words(prof: EntityProfile) -> set[str]:
    return set().union(*(name_words(n) for n in (prof.name, *prof.aliases)))


def _joined(person: EntityProfile, double: EntityProfile) -> EntityProfile:
    aliases = list(person.aliases)
    aliases += [n for n in (double.name, *double.aliases) if n not in aliases and n != person.name]
    counts = dict(person.mentions_by_source)
    for source, n in double.mentions_by_source.items():
        counts[source] = counts.get(source, 0) + n
    return person.model_copy(
        update={
            "aliases": aliases,
            "roles": person.roles + [r for r in double.roles if r not in person.roles],
            "mentions_by_source": counts,
            "citations": person.citations + double.citations,
        }
    )
