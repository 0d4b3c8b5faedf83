"""Two names joined by "and" as one speaker's subject ("Seoul and Washington said", "Ana Ruiz
and Tom Hale announced they were separating"): a pair string is no source a reader can look
up, nor one of the story's people or organisations. The first name, which the parse makes the
subject's head, speaks for both, as news reports credit a joint statement to the first named;
it stays a group, so the "they" of a later sentence is that speaker too.
"""

from __future__ import annotations

from spacy.tokens import Token


def coordinated(subject: Token, name_end: int | None) -> bool:
    """Two proper names joined by "and" ("Seoul and Washington"); not one name that holds an
    "and" ("Marks and Spencer said", which the page's entities list as one: ``name_end`` is
    where the page's entity at the subject ends, None when none is there)."""
    conj = next((c for c in subject.children if c.dep_ == "conj" and c.pos_ == "PROPN"), None)
    cc = next((c for c in subject.children if c.dep_ == "cc"), None)
    if conj is None or cc is None or cc.lower_ not in ("and", "&"):
        return False
    return name_end is None or name_end <= conj.idx  # a name running over the conjunct is one
