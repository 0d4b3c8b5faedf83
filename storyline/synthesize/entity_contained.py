"""Tests ``storyline.synthesize.entities._join_contained`` applies to a short name and the
longer names that contain it: whether the short form is the same name cut in front, or the
owner of the thing a longer name names."""

from __future__ import annotations

from storyline.names import regional_branch, sub_body


def cut_in_front(
    words: tuple[str, ...], longer: set[int], by_id: dict[int, tuple[str, tuple[str, ...]]]
) -> bool:
    """A name of two words or more that every longer name of the story ends with, one word
    before it ("Nippon Airways" of "All Nippon Airways"): NER cut the first word of the full
    name on most pages, so the short form, however common, is the same organisation."""
    return len(words) >= 2 and all(by_id[n][1][1:] == words and by_id[n][0] != "P" for n in longer)


def opens_a_known_name(
    words: tuple[str, ...],
    longer: set[int],
    by_id: dict[int, tuple[str, tuple[str, ...]]],
    names: dict[tuple[str, tuple[str, ...]], int],
    klass: str,
    places: set[str],
) -> bool:
    """The short name opens a longer one whose rest the story also uses as a name of its own
    ("Acme" + "Orbit Drive"): the short name is the owner of the thing the longer one
    names, not the same organisation. A one-word rest proves nothing: it is as often the
    second word of a firm's or a place's own name, used alone ("Lockheed Martin" beside
    "Martin", "Suvarnabhumi Airport" beside "Airport")."""
    for n in longer:
        long_words = by_id[n][1]
        if long_words[: len(words)] != words:
            continue
        rest = long_words[len(words) :]
        if len(rest) >= 2 and any((k, rest) in names for k in (klass, "O", "X")):
            return True
        if sub_body(rest) or regional_branch(rest, places):
            return True  # "Acme Foundation", "Acme Tarnland": a body or a branch of its own
    return False


def in_order(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return all(w in it for w in short)
