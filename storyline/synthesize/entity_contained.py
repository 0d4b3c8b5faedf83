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


def owner_or_series(
    words: tuple[str, ...],
    longer: set[int],
    by_id: dict[int, tuple[str, tuple[str, ...]]],
    names: dict[tuple[str, tuple[str, ...]], int],
    klass: str,
    places: set[str],
) -> bool:
    """The short name is not the longer names' entity: it owns what one of them names (see
    ``opens_a_known_name``) or it is the series that numbered ones belong to."""
    return opens_a_known_name(words, longer, by_id, names, klass, places) or names_a_series(
        words, longer, by_id
    )


def names_a_series(
    words: tuple[str, ...], longer: set[int], by_id: dict[int, tuple[str, tuple[str, ...]]]
) -> bool:
    """Two or more longer names are the short one with a different number after it ("Vega 3",
    "Vega 4", "Vega 2.0"): the short name is the series they belong to, not one of them."""
    numbers = {
        by_id[n][1][-1]
        for n in longer
        if len(by_id[n][1]) == len(words) + 1
        and by_id[n][1][:-1] == words
        and any(c.isdigit() for c in by_id[n][1][-1])
    }
    return len(numbers) >= 2


def in_order(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    it = iter(long)
    return all(w in it for w in short)
