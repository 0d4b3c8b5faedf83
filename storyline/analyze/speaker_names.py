"""Who a speaker's words name: a person or organisation of the document's entity list, a
proper name the list missed, an unnamed source kept as written ("officials", "a spokeswoman
for X") or no one (a time, an object, an unnamed passer-by). Roles that stand for someone in
context ("a spokesman", "his office") and pronouns are left to ``storyline.analyze.speakers``.
A pure function of the parse and the entity list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from storyline.analyze.earlier_text import (
    PAPER_TEXTS,
    body_by_kind,
    introduced_by,
    paper_piece,
    text_authors,
)
from storyline.analyze.nlp import lemma_of
from storyline.analyze.speaker_acronym import role_acronym, title_word
from storyline.analyze.speaker_apposed import (
    apposed_body,
    apposed_role,
    client_apposition,
    description_after,
    name_before_comma,
    person_head,
)
from storyline.analyze.speaker_forward import forward_relative
from storyline.analyze.speaker_generic import generic_plural
from storyline.analyze.speaker_pairs import coordinated
from storyline.lexicon import PRONOUN_GENDER, SPEAKER_TITLES, VAGUE_COUNTS
from storyline.lexicon.nouns import (
    ANONYMOUS_PEOPLE,
    COUNTRY_NOUNS,
    FIRM_NOUNS,
    ORGANISATIONS,
    PEOPLE,
    RELATIONS,
    ROLE_NOUNS,
    SOURCE_ROLES,
    SPOKES_NOUNS,
    TEXTS,
    is_source_noun,
)
from storyline.model import Entity
from storyline.textutil import HONORIFICS

MALE_FEMALE = frozenset(PRONOUN_GENDER) - {"his", "hers"}  # he, she, him, her
GROUP = frozenset({"it", "they", "them"})


@dataclass
class Speaker:
    name: str
    key: str | None
    description: str | None
    start: int
    end: int
    label: str  # PERSON, ORG, GROUP (anonymous plural), ANON, PRON


@dataclass
class Record:
    """A quote before pronouns and continuations are resolved."""

    start: int
    end: int
    kind: str
    line: int
    cue: Token | None = None
    cue_text: str | None = None
    subject: Token | None = None
    speaker: Speaker | None = None
    label: tuple[int, int] | None = None  # "PENCE: ..." in a transcript: the name's offsets
    open_end: bool = False  # a quote left open at the end of its paragraph


# "PENCE: ..." in a transcript: the speaker's name in capitals, then a colon.
TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+)?):\s+")

# ------------------------------------------------------------------ names


class EntityIndex:
    def __init__(self, entities: list[Entity]) -> None:
        self.entities = entities
        self.spans = sorted(
            ((m.start, m.end, e) for e in entities for m in e.mentions if "\n" not in m.text),
            key=lambda s: (s[0], -s[1]),
        )

    def at(self, start: int, end: int) -> tuple[int, int, Entity] | None:
        """The entity mention overlapping [start, end), preferring people and organisations."""
        hits = [s for s in self.spans if s[0] < end and start < s[1]]
        hits.sort(key=lambda s: (s[2].label not in ("PERSON", "ORG"), s[0] - s[1]))
        return hits[0] if hits else None

    def known(self, name: str) -> Entity | None:
        """The one entity of the page written so somewhere ("Acme" where NER missed it)."""
        found = {
            e.key: e
            for e in self.entities
            if name == e.name or name in e.aliases or any(m.text == name for m in e.mentions)
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def person(self, name: str) -> Entity | None:
        """The one person this name or surname stands for ("Aoki", "Dr Doo")."""
        low = name.lower()
        found = [
            e
            for e in self.entities
            if e.label == "PERSON"
            and (
                e.name.lower() == low
                or e.name.lower().split()[-1] == low
                or e.name.lower().split()[0] == low
                or low in (a.lower() for a in e.aliases)
            )
        ]
        return found[0] if len({e.key for e in found}) == 1 else None


TITLES = SPEAKER_TITLES
_TITLE_WORDS = frozenset(t.strip(".") for t in TITLES)


def _name_tokens(subject: Token) -> tuple[int, int]:
    """The proper name ending at ``subject``: its run of proper-noun compounds, titles cut."""
    doc = subject.doc
    lo = subject.i
    while (
        lo > 0
        and doc[lo - 1].head.i >= lo
        and (doc[lo - 1].pos_ == "PROPN" or doc[lo - 1].text in ("-", "‐"))
        and doc[lo - 1].dep_ in ("compound", "flat", "punct", "nmod")
    ):
        lo -= 1
    titles = [j for j in range(lo, subject.i) if title_word(doc[j], _TITLE_WORDS)]
    if titles:  # "Interior Minister Aleksander Vorn", "MVP Tomi Vasker": after the title
        lo = titles[-1] + 1
    while lo < subject.i and (doc[lo].is_punct or doc[lo].ent_type_ == "NORP"):
        lo += 1  # "American Dominique Molina": a nationality is no part of the name
    hi = subject.i + 1
    while hi < len(doc) and _name_run_on(doc, hi):
        hi += 1  # "according to Orbit Now": the parser read the name's last word as an adverb
    return lo, hi


def _name_run_on(doc: Doc, i: int) -> bool:
    """A capitalised word NER holds in the same name as the word before it, on its line."""
    return (
        bool(doc[i - 1].ent_type_)
        and doc[i].ent_iob_ == "I"
        and doc[i].is_title
        and "\n" not in doc[i - 1].whitespace_
    )


def phrase(subject: Token, text: str) -> tuple[int, int]:
    """Token bounds of the speaker's noun phrase: modifiers and "of/to/for" phrases, no
    apposition or relative clause."""
    keep_left = (
        "compound",
        "det",
        "amod",
        "poss",
        "case",
        "nummod",
        "nmod",
        "flat",
        "punct",
        "advmod",
        "quantmod",
    )
    lo = subject.i
    for child in subject.lefts:
        if child.dep_ in keep_left:
            lo = min(lo, child.left_edge.i)
    hi = subject.i + 1
    # "Seoul and Washington" speak together; "the police and emergency services" are two
    # unnamed sources, of which the first speaks for the phrase
    joins = ("prep", "cc", "conj", "flat", "compound") if subject.pos_ == "PROPN" else ("prep",)
    for child in subject.rights:
        if child.dep_ in joins and not _after_comma(child):
            hi = max(hi, child.right_edge.i + 1)
        else:
            break
    doc = subject.doc
    line_start = text.rfind("\n", 0, subject.idx) + 1
    line_end = text.find("\n", subject.idx)
    line_end = len(text) if line_end < 0 else line_end
    while lo < subject.i and (doc[lo].idx < line_start or doc[lo].is_punct):
        lo += 1  # nor a dash or bracket that opens it
    while hi > subject.i + 1 and doc[hi - 1].idx >= line_end:
        hi -= 1
    return lo, hi


def _after_comma(tok: Token) -> bool:
    return tok.i > 0 and tok.nbor(-1).text == ","


def _description(subject: Token, lo: int, hi: int, name: tuple[int, int]) -> str | None:
    """Apposition ("a researcher at ...") or role words around the name ("Kremlin spokesman",
    "professor ... at King's College London")."""
    doc = subject.doc
    for child in subject.rights:
        if child.dep_ == "appos" and not child.like_num:  # "Brask, 30, a passenger"
            return _clean(doc[child.left_edge.i : child.right_edge.i + 1].text)
        if child.dep_ == "prep" and child.lower_ == "of" and _after_comma(child):
            return _clean(doc[child.i : child.right_edge.i + 1].text)
    split = _split_apposition(subject)
    if split is not None:  # "Park Min-ho, the spokesman for ..., said" parsed as two subjects
        return _clean("".join(t.text_with_ws for t in split if t.dep_ != "det"))
    kept = []
    name_lo, name_hi = name
    for t in doc[lo:name_lo]:
        dropped = t.lower_ in HONORIFICS or t.dep_ == "det" or t.text in ("’s", "'s", ",")
        # a dropped word leaves a space ("The North's leader": "North leader")
        kept.append(" " if dropped else t.text_with_ws)
    text = "".join(kept) + " " + doc[name_hi:hi].text
    return _clean(text) or None


def _split_apposition(subject: Token) -> Span | None:
    """The noun phrase right after a name and a comma that the parser made a second subject
    of the name's verb: the name's apposition."""
    doc = subject.doc
    comma = subject.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    for c in subject.head.children:
        if c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.left_edge.i == comma + 1:
            return doc[c.left_edge.i : c.right_edge.i + 1]
    return None


def _clean(text: str) -> str:
    text = " ".join(text.split()).strip(" ,•·*")  # a list's bullet is no description
    if text.count("(") > text.count(")"):
        text += ")"
    return text


def named(subject: Token, text: str, index: EntityIndex) -> Speaker | None:
    """The speaker a subject names, or None when it needs its context (a pronoun, "a
    spokesman", "his office") or names no one (a time, an object: see ``no_speaker``)."""
    doc = subject.doc
    if subject.pos_ == "PRON" or pronoun_like(subject):
        return None
    held = _title_holder(subject)
    if held is not None:  # "Head of the Duma's Foreign Affairs Committee Leonid Slutsky said"
        role, person = doc[subject.left_edge.i : held.start].text, held.text
        hit = index.at(held.start_char, held.end_char)
        key = None
        if hit is not None and hit[2].label == "PERSON":
            person, key = hit[2].name, hit[2].key
        return Speaker(person, key, _clean(role) or None, *chars(held), "PERSON")
    apposed = name_before_comma(subject)  # "the Zawra, rebel-affiliated website"
    if apposed is not None and (found := named(apposed, text, index)) is not None and found.name:
        return replace(found, description=description_after(apposed, subject))
    lo, hi = phrase(subject, text)
    if (subject.pos_ != "PROPN" and not _is_mention(subject, index)) or role_acronym(subject):
        return _named_by_noun(subject, text, index, lo, hi)  # "the MVP": a role, no name
    if _capitalised_title(subject, index):  # "Norway's Ambassador to the UN, Kristian Berg,"
        found = _named_by_noun(subject, text, index, lo, hi)
        if found is not None and found.label == "PERSON" and found.name:
            return found
    name_lo, name_hi = _name_tokens(subject)
    name_span = doc[name_lo:name_hi]
    desc = _description(subject, lo, hi, (name_lo, name_hi))
    found = _by_name(subject, text, index, name_span, desc)
    hit = index.at(subject.idx, subject.idx + len(subject))
    if coordinated(subject, hit[1] if hit else None):  # the first speaks for both, as a group
        return replace(found, name=found.name or name_span.text, label="GROUP")
    return found


def _by_name(
    subject: Token, text: str, index: EntityIndex, name_span: Span, desc: str | None
) -> Speaker:
    """The speaker a proper name names: its entity, a relative sharing its surname, or the
    name as written."""
    doc = subject.doc
    name_lo, start, end = name_span.start, name_span.start_char, name_span.end_char
    hit = index.at(subject.idx, subject.idx + len(subject))
    if (
        hit is not None
        and re.search(r"['’]s\b", text[hit[0] : subject.idx])
        and (hit[2].label == "PERSON" or index.person(subject.text) is not None)
    ):
        hit = None  # "RAND's Aoki" recognised as one name; "People's Herald" is one
    entity = hit[2] if hit is not None and hit[2].label == "PERSON" else None
    entity = entity or index.person(name_span.text)
    entity = entity or (hit[2] if hit is not None else None)
    if entity is not None and forward_relative(entity, name_span.text, start, text):
        return Speaker(name_span.text, None, desc, start, end, "PERSON")  # see speaker_forward
    if entity is not None and _namesake(entity, name_span.text):
        # "Dominique Molina" where the page's Molina is Tony: another person
        return Speaker(name_span.text, None, desc, start, end, "PERSON")
    if entity is not None and not _relative_of(entity, name_span.text, desc):
        label = "PERSON" if entity.label == "PERSON" else "ORG"
        name = entity.name
        if label == "PERSON" and _longer_name(name_span.text, entity):
            name = name_span.text  # the parser's name is longer than the recognised one
        return Speaker(
            name,
            entity.key,
            desc or (entity.descriptors[0] if entity.descriptors else None),
            start,
            end,
            label,
        )
    if entity is None and _lone_word(name_span):
        entity = index.known(name_span.text)
        if entity is None:
            return Speaker("", None, desc, start, end, "NONE")  # "Hide Caption 3 of 9"
        kind = "PERSON" if entity.label == "PERSON" else "ORG"
        return Speaker(entity.name, entity.key, desc, start, end, kind)
    if entity is None and len(name_span) == 1 and generic_plural(subject):
        return Speaker("", None, name_span.text, start, end, "NONE")  # "Airlines said"
    label = "ORG" if subject.ent_type_ in ("ORG", "GPE", "NORP", "FAC") else "PERSON"
    if entity is not None:  # a relative sharing the surname: a person of their own
        label, name_text = "PERSON", _honorific(doc, name_lo) + name_span.text
        return Speaker(name_text, None, desc, start, end, label)
    return Speaker(name_span.text, None, desc, start, end, label)


def _capitalised_title(subject: Token, index: EntityIndex) -> bool:
    """A role written with a capital ("Ambassador", "Minister") that the parser took for a
    name, with a person's name in apposition: the person speaks, not the role's country."""
    return (
        lemma_of(subject) in ROLE_NOUNS
        and not _is_mention(subject, index)
        and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.rights)
    )


def _longer_name(parsed: str, entity: Entity) -> bool:
    """The parser's name holds the recognised one and more, and the more is no title the
    analyzer moved out of the name ("Lawyer" of "Lawyer Ana Ruiz")."""
    if len(parsed) <= len(entity.name) or entity.name not in parsed:
        return False
    extra = parsed.replace(entity.name, " ").strip().lower()
    return extra not in {d.lower() for d in entity.descriptors}


def _lone_word(name: Span) -> bool:
    """One title or role word that neither NER nor the page's entities take for a name
    ("Head" of "Head of the ... Committee" when no name follows): it names no one. Another
    lone capitalised word may be a source NER missed ("The Undefeated reported")."""
    tok = name[0]
    low = tok.lower_
    return (
        len(name) == 1
        and not tok.ent_type_
        and not tok.text.isupper()
        and (low in _TITLE_WORDS or lemma_of(tok) in ROLE_NOUNS)
    )


def _title_holder(subject: Token) -> Span | None:
    """The person a long title ends with: "Head of the State Duma's Foreign Affairs Committee
    Leonid Slutsky", "First Deputy Chairman of the Council Franz Kell", "Varnby's ambassador
    to the United Nations Elsa Marten". The parser makes the title the subject and the name
    the object of its "of"/"to"/"for"; the name ends the phrase and is the run of words NER
    tags as a person, after other words of the object ("a lawyer for Tom Hale" is Tom Hale's
    lawyer, no title of his)."""
    if lemma_of(subject) not in ROLE_NOUNS and subject.lower_ not in _TITLE_WORDS:
        return None
    prep = next((c for c in subject.rights if c.dep_ == "prep" and c.lower_ in _TITLE_PREPS), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if obj is None or obj.pos_ != "PROPN" or obj.ent_type_ != "PERSON":
        return None
    if obj.right_edge.i != obj.i or prep is None or prep.right_edge.i != obj.i:
        return None  # the name must end the title's phrase
    doc, lo = subject.doc, obj.i
    while lo > prep.i + 1 and doc[lo].ent_iob_ != "B" and doc[lo - 1].ent_type_ == "PERSON":
        lo -= 1
    if lo == prep.i + 1:
        return None  # "Head of Acme": the object is all there is, no title's name follows
    return doc[lo : obj.i + 1]


# The prepositions of a title's complement: "Head of", "Ambassador to", "Minister for".
_TITLE_PREPS = frozenset({"of", "to", "for"})


def _named_by_noun(
    subject: Token, text: str, index: EntityIndex, lo: int, hi: int
) -> Speaker | None:
    """``named`` for a common-noun subject (tokens ``lo:hi``): the name in its apposition or
    conjunct, the organisation in its modifiers, or an anonymous speaker or group."""
    doc = subject.doc
    # "the Kremlin spokesman, Dmitry Peskov, said": the name is in the apposition;
    # "said company chairman and chief executive Richard Smith": in the conjunct;
    # "a lawyer for Acme, Jane Doe,": in the apposition the parser gave the named client.
    for child in [*subject.rights, *client_apposition(subject)]:
        if child.dep_ in ("appos", "conj") and child.pos_ == "PROPN":
            if child.ent_type_ == "NORP" and not any(c.pos_ == "PROPN" for c in child.children):
                continue  # "One witness, an American who ...": a nationality is no name
            found = named(child, text, index)
            if found is not None and found.label != "PERSON" and person_head(subject):
                found = replace(found, label="PERSON")  # "One of the sailors, Rune Tveit"
            if found is not None and found.label == "PERSON":
                role_end = _name_tokens(child)[0] if child.dep_ == "conj" else hi
                return replace(found, description=apposed_role(subject, child, lo, role_end))
            # "A power line operator, Velden Energy, said": a body described, then named
            if found is not None and apposed_body(subject, child, found.label):
                return replace(found, description=apposed_role(subject, child, lo, hi))
    if _needs_context(subject) and introduced_by(subject) is None:
        return None  # "the statement": the paragraph's body, unless "X said in a statement"
    if any(body_by_kind(t) for t in text_authors(subject)):
        return None  # "A message posted by the group": the group the paragraph names
    span = doc[lo:hi]
    owner = _owner_in_modifiers(subject, lo, index)
    if owner is not None:  # "A FirstGroup spokesman": FirstGroup speaks
        name, key = owner
        return Speaker(name, key, span.text, span.start_char, span.end_char, "ORG")
    author = _author_of_text(subject, index)
    if author is not None:  # "a complaint Acme filed", "a notice from Acme executives"
        label = "PERSON" if author.label == "PERSON" else "ORG"
        return Speaker(author.name, author.key, span.text, *chars(span), label)
    body = introduced_by(subject)  # "The army said in a statement ... the statement said"
    if body is not None and body.pos_ == "NOUN" and not person_head(body):
        b_lo, b_hi = phrase(body, text)
        words = doc[b_lo:b_hi]
        return Speaker(words.text, anonymous_key(body, words), span.text, *chars(words), "ANON")
    if anonymous_person(subject):
        return Speaker("", None, span.text, span.start_char, span.end_char, "NONE")
    label = "GROUP" if subject.tag_ in ("NNS", "NNPS") else "ANON"
    return Speaker(span.text, anonymous_key(subject, span), None, *chars(span), label)


ANONYMOUS_KEY = "anon:"
_QUANTIFIERS = frozenset("a an the some several many other most few all both".split())


def anonymous_key(subject: Token, span: Span) -> str | None:
    """ "anon:report" for "Reports", "Recent reports", "Recent media reports": one unnamed
    source, whose words before the noun only describe it. None when a name, a nationality
    or a complement says whose it is ("Russian officials", "officials of the ministry")."""
    for tok in span:
        if tok.i == subject.i or tok.lower_ in _QUANTIFIERS:
            continue
        describes = tok.pos_ in ("ADJ", "ADV") or (tok.pos_ == "NOUN" and lemma_of(tok) in TEXTS)
        if tok.i > subject.i or tok.ent_type_ or not describes:
            return None  # "the transport police" is a body of its own; "media reports" not
    return ANONYMOUS_KEY + lemma_of(subject)


def chars(span: Span) -> tuple[int, int]:
    return span.start_char, span.end_char


def _is_mention(subject: Token, index: EntityIndex) -> bool:
    """A name the tagger took for a common noun ("Lund further claimed")."""
    hit = index.at(subject.idx, subject.idx + len(subject))
    return hit is not None and hit[2].label in ("PERSON", "ORG") and subject.text[:1].isupper()


def no_speaker(subject: Token, index: EntityIndex) -> bool:
    """A subject that names no speaker: a date or number ("Monday said"), or a common noun
    that is no person, group, organisation or text ("An encounter", "A police cordon")."""
    if subject.pos_ == "PRON" or pronoun_like(subject) or _is_mention(subject, index):
        return False
    if any(c.dep_ in ("appos", "conj") and c.pos_ == "PROPN" for c in subject.rights):
        return False  # "One of the girls, Rebecca Mallum, said": the name is beside it
    if subject.ent_type_ in NOT_SPEAKERS and not _name_read_as_date(subject):
        return True
    if subject.pos_ == "PROPN" and any(
        c.dep_ == "nummod" and c.text.isdigit() for c in subject.children
    ):
        return True  # "Game 7 confirmed ...", "Stage 3 showed": a numbered thing, no one
    if subject.pos_ == "PROPN":
        return False
    # A verb is no one ("Hide" of a slideshow's "Hide Caption" parsed as the subject)
    source = is_source_noun(lemma_of(subject)) or paper_piece(subject)
    return subject.pos_ in ("NOUN", "NUM", "ADJ", "VERB") and not source


def _name_read_as_date(subject: Token) -> bool:
    """A surname the tagger reads as a month ("Theresa May said"): a capitalised first name
    that is no date stands before it in the same name."""
    if subject.pos_ != "PROPN" or subject.i == 0:
        return False
    first = subject.doc[subject.i - 1]  # a compound, or a second subject the parser split off
    return (
        first.pos_ == "PROPN"
        and first.text[:1].isupper()
        and first.ent_type_ not in NOT_SPEAKERS
        and first.head.i in (subject.i, subject.head.i)
        and first.dep_ in ("compound", "nsubj")
    )


# Entity types that name no speaker: times, amounts, a law ("the 1970 Act says": a rule).
NOT_SPEAKERS = frozenset(
    {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "LAW"}
)


def pronoun_like(subject: Token) -> bool:
    """A one-letter lower-case subject is a typo for a pronoun ("e added"); "the 76-year-old"
    refers back to the person whose age was given."""
    if year_old(subject) and not any(c.dep_ == "prep" for c in subject.children):
        return True
    if _aged_title(subject):
        return True
    return len(subject.text) == 1 and subject.text.islower() and subject.text.isalpha()


def _aged_title(subject: Token) -> bool:
    """ "The 52-year-old New Zealander", "the 58-year-old Skipper of the Season": an age and a
    nationality or title, no name; the person whose age the text gave."""
    if subject.pos_ != "PROPN" or subject.ent_type_ == "PERSON":
        return False
    det = next((c for c in subject.children if c.dep_ == "det"), None)
    left = subject.doc[subject.left_edge.i : subject.i].text
    return det is not None and det.lower_ == "the" and bool(_AGED.search(left))


_YEAR_OLD = re.compile(r"\d+\s*-?\s*years?\s*-?\s*old$", re.IGNORECASE)
_AGED = re.compile(r"\d+\s*-?\s*years?\s*-?\s*old\b", re.IGNORECASE)


def year_old(subject: Token) -> bool:
    """ "the 76-year-old", however the tokenizer cut it."""
    return bool(_YEAR_OLD.search(subject.doc[subject.left_edge.i : subject.i + 1].text))


def _needs_context(subject: Token) -> bool:
    """ "A spokesman", "the statement", "the (credit) firm", "this country", "his office": an
    unnamed role or text that stands for someone the paragraph names, when no "for X"/"of X"
    says who."""
    if any(c.dep_ in ("prep", "appos", "nmod") for c in subject.children):
        return False
    lemma = lemma_of(subject)
    det = next((c for c in subject.children if c.dep_ in ("det", "poss")), None)
    if det is None or subject.tag_ in ("NNS", "NNPS"):
        return False
    modified = any(c.dep_ in ("compound", "amod") for c in subject.children)
    if det.tag_ == "PRP$":
        return True  # "his office", "its statement"
    low = det.lower_
    if lemma in FIRM_NOUNS:
        return low == "the"  # "the company", "the credit firm"
    if lemma in ORGANISATIONS - PEOPLE_OR_POLITIES and low == "the" and not modified:
        return True  # "the university": the University of X the page named, if any
    if modified:  # "the Northern Cup MVP": the holder the text named, as "the MVP"
        return low == "the" and role_acronym(subject) and role_noun(subject)
    if lemma in SPOKES_NOUNS:
        return low in ("a", "an", "the", "this")
    if low == "the" and role_noun(subject):
        return True  # "the judge": the judge the text named or introduced before
    return lemma in COUNTRY_NOUNS and low in ("this", "that", "the")


# Bodies whose "the" points back to no named one: "the state" (a government), family, household.
PEOPLE_OR_POLITIES = frozenset({"state", "family", "household"})


def role_noun(subject: Token) -> bool:
    """A singular noun of a person's role or occupation ("judge", "mayor"), not one that only
    says who someone is to others ("wife", "passenger": see ``anonymous_person``)."""
    lemma = lemma_of(subject)
    return (
        (subject.tag_ == "NN" or role_acronym(subject))
        and lemma in ROLE_NOUNS
        and lemma not in ANONYMOUS_PEOPLE
        and lemma not in SPOKES_NOUNS
    )


def _owner_in_modifiers(subject: Token, lo: int, index: EntityIndex) -> tuple[str, str] | None:
    """An organisation named in the words before a spokes-noun ("A FirstGroup spokesman")."""
    if lemma_of(subject) not in SPOKES_NOUNS:
        return None
    doc = subject.doc
    first = next((t for t in doc[lo : subject.i] if t.dep_ != "det"), None)
    if first is None:
        return None
    hit = index.at(first.idx, subject.idx)
    last = doc[subject.i - 1]
    if (
        hit is None
        or hit[2].label not in ("ORG", "GPE")
        or hit[0] != first.idx
        or hit[1] != last.idx + len(last.text)
    ):
        return None  # the name must be all the words before the noun, not "London" of
        # "Transport for London"
    return hit[2].name, hit[2].key


def _author_of_text(subject: Token, index: EntityIndex) -> Entity | None:
    """Whose words a text is, when its own phrase names them: the subject of a relative
    clause ("a complaint Acme filed"), the agent of a participle ("a letter released by the
    ministry") or the object of "from"/"by" ("a notice from Acme executives", "a report by
    Acme"). The author must be a person or organisation of the page."""
    if lemma_of(subject) not in TEXTS | PAPER_TEXTS:
        return None
    found = text_authors(subject)
    found += [t for t in [introduced_by(subject)] if t is not None]  # "X said in a letter"
    for tok in found:  # "The company's interim CEO, Leah Morgenstern, told staff in a memo"
        for cand in (tok, *(c for c in tok.children if c.dep_ in ("compound", "poss", "appos"))):
            hit = index.at(cand.idx, cand.idx + len(cand))
            if hit is not None and hit[2].label in ("PERSON", "ORG"):
                return hit[2]
    return None


def _relative_of(entity: Entity, written: str, desc: str | None) -> bool:
    """ "Harris, the father of Martin Harris" or "Harris, Martin's mother": the speaker is
    described as the kin of the very person the shared surname would link them to."""
    if not desc or len(written.split()) > 1 or entity.label != "PERSON":
        return False
    words = {w.lower().strip(",.’'").removesuffix("’s").removesuffix("'s") for w in desc.split()}
    if not words & RELATIONS:
        return False
    own = {w.lower() for w in entity.name.split()} - {written.lower()}
    return bool(own & words)


def _namesake(entity: Entity, written: str) -> bool:
    """A full name that shares only the surname of the person the mention was linked to
    ("Dominique Molina" for "Tony Molina"): a relative or a namesake, a speaker of their own.
    A first name the entity is also written with ("Tony", "Anthony") keeps them one."""
    words, own = written.split(), entity.name.split()
    if entity.label != "PERSON" or len(words) < 2 or len(own) < 2:
        return False
    if words[-1].lower() != own[-1].lower() or written in entity.aliases:
        return False
    if written.lower().endswith(entity.name.lower()):
        return False  # "Witness Tony Molina": the same name after a role word
    first = words[0].lower().rstrip(".")
    roles = {w.lower().rstrip(".") for d in entity.descriptors for w in d.split()}
    if first in roles or first in _TITLE_WORDS or first in ROLE_NOUNS:
        return False  # "Sheriff Lombardo": the entity's own title before the surname
    spellings = {entity.name, *entity.aliases, *(m.text for m in entity.mentions)}
    firsts = {n.split()[0].lower().rstrip(".") for n in spellings if len(n.split()) >= 2}
    return not any(f == first or f.startswith(first) or first.startswith(f) for f in firsts)


def _honorific(doc: Doc, i: int) -> str:
    prev = doc[i - 1] if i > 0 else None
    return f"{prev.text} " if prev is not None and prev.lower_ in HONORIFICS else ""


def anonymous_person(subject: Token) -> bool:
    """A person described only by sex, age, kinship or circumstance ("one man", "some
    passengers", "his wife"), or a crowd counted only vaguely ("many researchers"): no
    source a reader can weigh, so no speaker's name."""
    lemma = lemma_of(subject)
    return (
        lemma in ANONYMOUS_PEOPLE
        or year_old(subject)
        or _vaguely_many(subject)
        or _unnamed_by_trade(subject, lemma)
        or generic_plural(subject)
    )


def _unnamed_by_trade(subject: Token, lemma: str) -> bool:
    """ "a local teacher", "one negotiator", "a pastor in the town": one unnamed person of a
    trade that is no source role (see ``SOURCE_ROLES``); "a lawyer for Acme" speaks for
    Acme and stays."""
    det = next((c.lower_ for c in subject.children if c.dep_ in ("det", "nummod")), "")
    if subject.tag_ != "NN" or det not in ("a", "an", "one", "another"):
        return False
    if lemma in SOURCE_ROLES or lemma in SPOKES_NOUNS or lemma.endswith("ist"):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in subject.children):
        return False
    return lemma in PEOPLE or lemma in ROLE_NOUNS


def _vaguely_many(subject: Token) -> bool:
    """ "Many researchers noted", "numerous critics": a plural that only a vague count
    qualifies, with nothing (a nationality, an affiliation) to say whose they are."""
    if subject.tag_ != "NNS" or any(c.dep_ in ("prep", "compound") for c in subject.children):
        return False
    mods = [c for c in subject.children if c.dep_ in ("amod", "det", "nummod")]
    return bool(mods) and all(c.lower_ in VAGUE_COUNTS for c in mods)


def unnamed(subject: Token) -> Speaker:
    return Speaker("", None, None, subject.idx, subject.idx + len(subject), "NONE")


def tokens(sdoc: Doc, start: int, end: int) -> Span | None:
    if end <= start:
        return None
    return sdoc.char_span(start, end, alignment_mode="expand")
