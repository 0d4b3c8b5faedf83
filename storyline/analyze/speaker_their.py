"""Whose "their" a speaking noun is, when the sentence opens with a group of people.

"Staff at Norvik Bank will vote on a strike, their union said": "their" is the staff's, not the
bank's, although the bank is the only name before it. A plural "their" agrees with the group of
people the sentence (or the paragraph) is about, and the bank is only inside that group's
description. The speaker is then the group's union ("The union of staff at Norvik Bank"), never
"Norvik Bank's union", which would credit the employer with its workers' words.
"""

from __future__ import annotations

from spacy.tokens import Token

from storyline.analyze.speaker_names import lemma_of, person_head
from storyline.analyze.speaker_pool import Candidate
from storyline.analyze.speaker_pool import _opens as opens_sentence
from storyline.lexicon.nouns import GROUP_PEOPLE

# Prepositions that keep a group's description ("staff at the bank", "families of the victims").
_DESCRIBING = frozenset({"at", "of", "from", "in"})
# A longer description reads worse than the group's own noun.
_MAX_WORDS = 8


def people_owner(det: Token, noun: Token, window: list[tuple[int, Candidate]]) -> str | None:
    """ "The union of staff at Norvik Bank" for "their union" after a sentence-opening group of
    people, when no name the paragraph is about comes between the group and the "their"; None
    when "their" may stand for a name as usual."""
    if det.lower_ != "their":
        return None
    group = _opening_group(det)
    if group is None:
        return None
    lo, hi = _phrase(group)
    doc = det.doc
    end = doc[hi - 1].idx + len(doc[hi - 1])
    if any(end <= c.pos < det.idx and c.main for _, c in window):
        return None  # "Workers walked out. Acme said ... their pay": a name the text is about
    words = doc[lo:hi].text
    if doc[lo].pos_ != "PROPN":
        words = words[:1].lower() + words[1:]
    rest = doc[det.i + 1 : noun.i + 1].text
    return f"The {rest} of {words}"


def _opening_group(det: Token) -> Token | None:
    """The latest subject before ``det`` in its paragraph that opens its sentence and is a
    group of people: a plural person noun ("Workers at the plant") or a collective one ("Staff")."""
    doc = det.doc
    found = None
    for tok in doc[: det.i]:
        if "\n" in tok.text:
            found = None  # a new paragraph: what the one before was about no longer counts
            continue
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "NOUN":
            continue
        plural = tok.tag_ == "NNS" or lemma_of(tok) in GROUP_PEOPLE
        if plural and person_head(tok) and opens_sentence(tok.left_edge):
            found = tok
    return found


def _phrase(group: Token) -> tuple[int, int]:
    """The group's words: its modifiers and a describing "at/of/from/in X", not a clause."""
    hi = group.i + 1
    for child in group.rights:
        if child.dep_ == "prep" and child.lower_ in _DESCRIBING:
            hi = child.right_edge.i + 1
        break
    lo = group.left_edge.i
    if hi - lo > _MAX_WORDS:
        hi = group.i + 1
    return lo, hi
