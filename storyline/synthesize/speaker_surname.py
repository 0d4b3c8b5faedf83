"""A bare surname a page left as written ("Brandt said") is the story's one person of that
surname whom that page does not name in another way.

Two people of the story may share a surname (the union president Elsa Brandt and her brother
Jonas Brandt). A page that writes "Brandt said …" and brings in "her brother, Jonas Brandt"
only later means the one it does not introduce (``analyze.speaker_forward``): of the story's
people with that surname, the ones this page names otherwise are someone else. Two or more
left, or none, keep the surname as written.
"""

from __future__ import annotations

from storyline.model import EntityProfile


def surname_holder(
    doc_id: str,
    written: str,
    profiles: list[EntityProfile],
    index: dict[tuple[str, str], EntityProfile],
) -> EntityProfile | None:
    """The one person of the story named ``written`` (a lone surname) that page ``doc_id`` does
    not name in full."""
    if len(written.split()) != 1 or not written[:1].isupper():
        return None
    low = written.lower()
    named_here = {prof.key for (doc, _), prof in index.items() if doc == doc_id}
    people = [
        prof
        for prof in profiles
        if prof.label == "PERSON"
        and len(prof.name.split()) > 1
        and prof.name.split()[-1].lower() == low
        and prof.key not in named_here
    ]
    return people[0] if len(people) == 1 else None
