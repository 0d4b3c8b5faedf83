"""Who gives a figure: the source named by "according to", the subject of a saying verb the
number hangs from, or the speaker of a quote around it. Read by ``storyline.analyze.figures``."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from storyline.analyze.figure_words import AGENT_NOUNS, SAY_VERBS, VACUOUS
from storyline.model import Entity, Quote

Names = dict[tuple[int, int], tuple[str, str]]  # mention span -> (canonical name, label)


def entity_names(entities: list[Entity]) -> Names:
    return {(m.start, m.end): (e.name, e.label) for e in entities for m in e.mentions}


def name_at(tok: Token, names: Names) -> str | None:
    for (start, end), (name, _label) in names.items():
        if start <= tok.idx < end:
            return name
    return None


def attribution(
    sdoc: Doc,
    run_start: int,
    run_end: int,
    sent: Span,
    names: Names,
    quotes: list[Quote],
    keys: dict[str, str],
) -> str | None:
    """Who gives the figure whose number tokens are ``run_start:run_end``: "according to X",
    else the subject of a saying verb it hangs from, else the speaker of a quote holding it."""
    source = _according_to(sdoc, sent, names)
    if source:
        return source
    tok = sdoc[run_end - 1]
    seen = 0
    while tok.head.i != tok.i and seen < 30:
        if _circumstance_of(tok):
            break  # "X claimed victory, as results gave her 51.8 percent": not X's figure
        tok = tok.head
        seen += 1
        if tok.lemma_ in SAY_VERBS and tok.pos_ in ("VERB", "AUX"):
            subject = _subject(sdoc, tok, names, run_start)
            if subject:
                return subject
    char = sdoc[run_start].idx
    for quote in quotes:
        if quote.start <= char < quote.end and quote.speaker and not _vacuous(quote.speaker):
            return keys.get(quote.speaker_key or "", quote.speaker)
    return None


def _circumstance_of(clause: Token) -> bool:
    """A clause with its own subject that a conjunction ("as", "after", "while") hangs on a
    saying verb: the writer's account of the moment, not what the sayer said."""
    return (
        clause.dep_ == "advcl"
        and clause.head.lemma_ in SAY_VERBS
        and any(c.dep_ == "mark" and c.lower_ in CIRCUMSTANCE_MARKS for c in clause.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    )


# Conjunctions that open a circumstance clause ("as results showed", "after polls closed").
CIRCUMSTANCE_MARKS = frozenset({"as", "after", "while", "when", "since", "before", "once"})


def _vacuous(speaker: str) -> bool:
    """ "Reports", "Recent reports": a source that names nobody."""
    return set(speaker.lower().split()) <= VACUOUS


def _according_to(sdoc: Doc, sent: Span, names: Names) -> str | None:
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and sdoc[tok.i + 1].lower_ == "to":
            objs = [c for c in sdoc[tok.i + 1].children if c.dep_ == "pobj"]
            if objs:
                return _phrase(sdoc, objs[0], names)
    return None


def _subject(sdoc: Doc, verb: Token, names: Names, run_start: int) -> str | None:
    subjects = _sayers(verb)
    if not subjects:
        return None
    subject = subjects[0]
    if subject.lower_ in ("he", "she"):
        return _last_person_before(subject, names)
    parts = [subject]
    while any(c.dep_ == "conj" for c in parts[-1].children):  # "South Korea, NATO and the US"
        parts.append(next(c for c in parts[-1].children if c.dep_ == "conj"))
    if all(name_at(p, names) for p in parts) and len(parts) > 1:
        found = [name_at(p, names) or p.text for p in parts]
        return ", ".join(found[:-1]) + " and " + found[-1]
    if subject.left_edge.i <= run_start <= subject.right_edge.i:
        return None  # "Two unnamed officials said": the figure counts the sources
    if name_at(subject, names) or subject.lemma_.lower() in AGENT_NOUNS:
        return _phrase(sdoc, subject, names)
    return None


def _sayers(verb: Token) -> list[Token]:
    """Who does the saying: the active verb's subject. A passive saying verb's subject is what
    is said ("47 people were confirmed dead", "the toll was put at 40"), so its sayer is the
    agent ("by the coastguard"), if the sentence names one."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return [
            g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"
        ]
    return [c for c in verb.children if c.dep_ == "nsubj"]


def _phrase(sdoc: Doc, head: Token, names: Names) -> str:
    name = name_at(head, names)
    if name:
        return name
    toks = [t for t in head.subtree if t.i <= head.i]
    while toks and toks[0].dep_ in ("det", "punct"):
        toks = toks[1:]
    if not toks or len(toks) > 8:
        return head.text
    return sdoc[toks[0].i : toks[-1].i + 1].text


def _last_person_before(tok: Token, names: Names) -> str | None:
    """The person mentioned last before the pronoun."""
    best: tuple[int, str] | None = None
    for (start, _end), (name, label) in names.items():
        if label == "PERSON" and start < tok.idx and (best is None or start > best[0]):
            best = (start, name)
    return best[1] if best else None
