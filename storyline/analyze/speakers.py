"""Who speaks: the speaker of each quote record, from the parse and the document's entities.

A cue's subject names the speaker (``storyline.analyze.speaker_names``). What needs context is
resolved here, from what the paragraph is about (the subject of its sentences' main verbs and
the speakers already named), within the current paragraph and the few before it:

* he/she/they/it, a typo for one ("e added") and "the 76-year-old": the latest compatible
  main subject, else the latest compatible mention; he/she must fit the gender the text gives
  (an honorific, a kin noun in apposition: "his mother, Jane", a his/her in the person's own
  clause). "he tweeted" is the person the paragraph is about, not the last name mentioned;
* "a spokesman", "the statement": the organisation the paragraph is about; "the company",
  "the credit firm": the organisation the page is about so far; "this country": the country
  last named as a subject; "his office": that person's office;
* a quote with no cue of its own continues the previous attribution of its paragraph, or of
  the previous paragraph when it opens the paragraph, over caption-like lines (no sentence
  end, not Title Case) in between.

A pronoun with nothing to stand for, and a subject that names no one, keep their span (the
attribution is where it is) but get no name: the brief shows them as unattributed.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from storyline.analyze.nlp import dep_at
from storyline.analyze.speaker_continue import continue_quotes
from storyline.analyze.speaker_epithet import second_reference
from storyline.analyze.speaker_firm import firm_of_words, of_trade
from storyline.analyze.speaker_names import (
    ANONYMOUS_KEY,
    GROUP,
    MALE_FEMALE,
    TRANSCRIPT_LABEL,
    EntityIndex,
    Record,
    Speaker,
    anonymous_key,
    anonymous_person,
    chars,
    lemma_of,
    named,
    no_speaker,
    person_head,
    phrase,
    pronoun_like,
    role_noun,
    tokens,
    unnamed,
)
from storyline.analyze.speaker_namesake import latest_namesake
from storyline.analyze.speaker_owner import context_pool, nameable_owners, owned
from storyline.analyze.speaker_pool import (
    Candidate,
    in_dateline,
    in_quotes,
    role_given,
    sole_commentator,
    titled,
    told_gender,
    unlisted_people,
    unnamed_bodies,
    unnamed_people,
    unquoted,
)
from storyline.analyze.speaker_principal import (
    owner_noun,
    role_principal,
    speaks_for_owner,
    the_spokesperson,
    tied_principal,
)
from storyline.analyze.speaker_their import people_owner
from storyline.analyze.speaker_unnamed import names_subject, person_candidate
from storyline.lexicon import OWN_GENDER, PRONOUN_GENDER
from storyline.lexicon.nouns import (
    COUNTRY_NOUNS,
    FIRM_NOUNS,
    MEMBER_BODIES,
    ORG_KIND_WORDS,
    ORGANISATIONS,
    RELATIONS,
    noun_gender,
)
from storyline.lexicon.pronouns import SUBJECT_PRONOUNS
from storyline.model import Entity
from storyline.textutil import HONORIFICS

__all__ = ["EntityIndex", "Record", "Speaker", "resolve_speakers"]

# ------------------------------------------------------------------ context


def _candidates(
    sdoc: Doc,
    text: str,
    index: EntityIndex,
    genders: dict[str, str],
    quoted: list[tuple[int, int]],
) -> list[Candidate]:
    """Every entity mention; ``main`` when it opens its sentence or is its main subject."""
    out = []
    for start, end, ent in index.spans:
        span = tokens(sdoc, start, end)
        if (
            span is None
            or in_quotes(text, start, quoted)
            or titled(text, start, end)
            or in_dateline(text, start)
        ):
            continue  # a name in quoted words or a dateline is no antecedent of a "he"
        main = (
            (opens_sentence(text, start) and span.root.dep_ != "poss")
            or _in_main_subject(span, text)
            or names_subject(span)
            or _apposed_to_subject(span)
        )  # "Keel's son Daniel, 22, has flown ...": the son is what the sentence is about
        label = "PERSON" if ent.label == "PERSON" else "ORG"
        kind = _kind(ent.label)
        desc = ent.descriptors[0] if ent.descriptors else None
        speaker = Speaker(ent.name, ent.key, desc, start, end, label)
        subject = any(_a_subject(t) for t in span)
        out.append(Candidate(start, speaker, kind, main, genders.get(ent.key, ""), subject))
    return out


def _a_subject(tok: Token) -> bool:
    """A clause's subject, or the name apposed to a subject noun ("The prime minister, Ilsa
    Marenko Dahl, will visit ..., her office said": her office is the prime minister's)."""
    subjects = ("nsubj", "nsubjpass")
    return tok.dep_ in subjects or (
        tok.dep_ == "appos" and tok.head.dep_ in subjects and tok.head.pos_ == "NOUN"
    )


def _apposed_to_subject(span: Span) -> bool:
    """The name apposed to a main clause's subject noun ("Her son, Daniel Keel, spoke")."""
    head = span.root.head
    return (
        span.root.dep_ == "appos"
        and head.dep_ in ("nsubj", "nsubjpass")
        and head.pos_ == "NOUN"
        and head.head.dep_ == "ROOT"
    )


def _in_main_subject(span: Span, text: str) -> bool:
    """The mention is the subject of its sentence's main verb (not a name inside the subject's
    apposition: "Novak, the mayor of Brno, ..."). The parser may run a
    sentence on across paragraphs: the main verb is the highest one in the mention's own."""
    a = text.rfind("\n", 0, span.start_char) + 1
    b = text.find("\n", span.start_char)
    b = len(text) if b < 0 else b
    root = span.root
    while root.head.i != root.i and a <= root.head.idx < b:
        root = root.head
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and span.start <= c.i < span.end for c in root.children
    )


def opens_sentence(text: str, start: int) -> bool:
    """Only a title or honorific ("Dr", "Interior Minister") between a full stop and here."""
    before = _LEADING_TITLES.sub("", text[max(0, start - 60) : start])
    return before.rstrip(" \t")[-1:] in ("", ".", "!", "?", "\n")


_LEADING_TITLES = re.compile(r"(?:\b[A-Z][\w.]*\s+){0,3}$")
_HONORIFIC_BEFORE = re.compile(r"\b(\w+\.?)\s+$")


def entity_genders(sdoc: Doc, text: str, entities: list[Entity]) -> dict[str, str]:
    """Entity key -> "m"/"f" when the text says so: an honorific before a mention ("Ms
    Okesola"), or a his/her the mention's clause gives it ("X said her husband ...")."""
    found: dict[str, str] = {}
    for ent in entities:
        if ent.label != "PERSON":
            continue
        # A full name's clue first: a surname alone may be a relative's ("Molina said her
        # son ..." of the wife, where the linker gave "Molina" to the husband).
        mentions = sorted(ent.mentions, key=lambda m: " " not in m.text.strip())
        for m in mentions:
            hon = _HONORIFIC_BEFORE.search(text[max(0, m.start - 8) : m.start])
            gender = HONORIFICS.get(hon.group(1).lower(), "") if hon else ""
            gender = gender or _apposed_gender(sdoc, m.start, m.end)
            gender = gender or _pronoun_after(sdoc, m.start, m.end)
            if gender:
                found[ent.key] = gender
                break
    return found


def _apposed_gender(sdoc: Doc, start: int, end: int) -> str:
    """ "his mother, Jane", "Another man, James Tofield", "businesswoman Tove Brask"."""
    span = tokens(sdoc, start, end)
    if span is None:
        return ""
    root = span.root
    nouns = [
        c
        for c in root.children
        if c.dep_ in ("appos", "compound") and c.i not in range(span.start, span.end)
    ]
    if root.dep_ == "appos":
        nouns.append(root.head)
    for noun in nouns:
        gender = noun_gender(lemma_of(noun)) if noun.pos_ == "NOUN" else ""
        if gender:
            return gender
    return ""


def _pronoun_after(sdoc: Doc, start: int, end: int) -> str:
    """The gender of the first his/her/himself/herself in the clause a subject mention
    governs, before any other name or quotation mark ("Okesola said her husband ...")."""
    span = tokens(sdoc, start, end)
    if span is None or not any(t.dep_ == "nsubj" for t in span):
        return ""
    verb = span.root.head
    # the mention's own apposition describes it ("Ruiz, an officer in Brno, ..."): its names
    # are no other person the pronoun could be
    own = {t.i for c in span.root.children if c.dep_ == "appos" for t in c.subtree}
    for tok in verb.subtree:
        if tok.i < span.end or tok.i in own:
            continue
        if tok.ent_type_ == "PERSON" or tok.pos_ == "PROPN" or tok.is_quote:
            return ""  # another person first, or quoted words: the pronoun may be theirs
        if tok.lower_.endswith("self") and tok.lower_ in OWN_GENDER:
            return OWN_GENDER[tok.lower_]
        if tok.tag_ == "PRP$" and tok.lower_ in OWN_GENDER and _own_possessive(tok, verb):
            return OWN_GENDER[tok.lower_]
        if tok.lower_ in SUBJECT_PRONOUNS and tok.dep_ == "nsubj" and tok.head.head.i == verb.i:
            if _other_in_clause(tok):
                return ""  # "Ruiz says he introduced her to ...": he is someone else
            return PRONOUN_GENDER[tok.lower_]  # "Ruiz says she was scared": Ruiz herself
    return ""


def _own_possessive(tok: Token, verb: Token) -> bool:
    """A his/her that is the subject's own: on kin ("his wife"), on a clause's subject ("X
    said her husband ...") or on the verb's own argument ("X lost her job"), not on the object
    of a verb further down ("X had threatened to derail her career": someone else's)."""
    noun = tok.head
    if lemma_of(noun) in RELATIONS:
        return True  # "X flew to his wife's side": kin is the subject's own
    return noun.dep_ in ("nsubj", "nsubjpass") or noun.head.i == verb.i


def _other_in_clause(pronoun: Token) -> bool:
    """The clause of a he/she also holds a him/her of the other gender: two people, and the
    object may be the subject mention's own person."""
    wanted = PRONOUN_GENDER[pronoun.lower_]
    genders = {**OWN_GENDER, "him": "m"}
    return any(genders.get(t.lower_, wanted) != wanted for t in pronoun.head.subtree)


def _compatible(pronoun: str, cand: Candidate) -> bool:
    if pronoun in MALE_FEMALE or pronoun in PRONOUN_GENDER or len(pronoun) == 1 or pronoun == "one":
        wanted = PRONOUN_GENDER.get(pronoun, "")
        return cand.kind == "PERSON" and not (wanted and cand.gender and wanted != cand.gender)
    if pronoun in ("it", "its"):
        return cand.kind in ("ORG", "PLACE") or cand.speaker.label == "ANON"
    # "They said" after a city or a country is the people the writer just described, not the
    # place: a state speaks as "it" ("Tunisia condemned ... It said"), not as "they".
    return cand.kind in ("ORG", "BODY") or cand.speaker.label == "GROUP"


def resolve_speakers(
    sdoc: Doc, text: str, records: list[Record], index: EntityIndex, lines: list[tuple[int, int]]
) -> None:
    """Fill ``speaker`` on every record: names first, then pronouns and roles from what the
    paragraph is about, then continuations. A subject that names no speaker, and a pronoun
    with nothing to stand for, keep their span but get no name."""
    genders = entity_genders(sdoc, text, index.entities)
    kinds = {e.key: _kind(e.label) for e in index.entities}
    quoted = [(r.start, r.end) for r in records if r.kind == "direct"]
    pool = _candidates(sdoc, text, index, genders, quoted)
    for r in records:
        if r.subject is None:
            continue
        if no_speaker(r.subject, index):
            r.speaker = unnamed(r.subject)
            continue
        if owner_noun(r.subject) is not None:
            continue  # "a spokesman for the bank": the bank the context names, resolved below
        sp = named(r.subject, text, index)
        if role_principal(r.subject) is not None and (sp is None or sp.label != "PERSON"):
            continue  # "a spokeswoman for the minister": the minister the context names
        r.speaker = sp = latest_namesake(sp, text, pool)
        if sp is not None and sp.label in ("PERSON", "ORG"):
            # the speaker's own name outranks an entity mention the linker put at its place
            pool = [c for c in pool if not (sp.start <= c.pos < sp.end and c.speaker.key != sp.key)]
            kind = kinds.get(sp.key or "", sp.label)
            gender = genders.get(sp.key or "", "")
            person = _shown_as_person(r.subject, text[sp.start : sp.end]) if kind == "ORG" else None
            if person is not None:  # "Tomas Eriksen, a night porter, said he ...": NER's ORG
                kind, gender = "PERSON", person
            pool.append(Candidate(r.subject.idx, sp, kind, True, gender))
        elif sp is not None and sp.label == "NONE" and sp.description:
            # "One man told ... his wife had phoned": "his" is that man, whom no one named;
            # "the brother said" is the brother named before, whom a "he said" after is too
            r.speaker = sp = second_reference(r.subject, sp, pool, text)
            gender = noun_gender(lemma_of(r.subject))
            pool.append(Candidate(r.subject.idx, sp, "PERSON", True, gender))
        elif sp is not None and sp.label in ("GROUP", "ANON"):  # "Officials said ... they"
            pool.append(Candidate(r.subject.idx, sp, sp.label, True))
        if (unnamed_one := person_candidate(r.subject, sp)) is not None:
            pool.append(unnamed_one)  # "A police source said ... he added"
    described = frozenset(w for c in pool for w in (c.speaker.description or "").lower().split())
    pool += unnamed_people(sdoc, text, quoted, described)
    pool += unlisted_people(sdoc, text, index, quoted)
    pool += _second_mentions(sdoc, text, quoted, pool)
    pool += unnamed_bodies(sdoc, text, quoted)
    pool.sort(key=lambda c: c.pos)
    for r in records:  # in text order: a pronoun resolved is what the next one may stand for
        if r.subject is not None and r.speaker is None:
            sp = _transcript_speaker(r.subject, text, lines, index)
            # "X offered Y the footage, she says": no one in the words reported is who speaks
            outside = context_pool(r.subject, pool, r.start, r.end)
            sp = sp or firm_of_words(r.subject, pool, r.start, r.end)
            r.speaker = sp = sp or _from_context(r.subject, text, outside, lines)
            if sp.name and sp.label in ("PERSON", "ORG"):
                kind = kinds.get(sp.key or "", sp.label)
                gender, pool = told_gender(r.subject.text, sp.key, kind, genders, pool)
                if role_principal(r.subject) is not None:  # "she" is the minister's spokeswoman
                    kind, gender = "PERSON", noun_gender(lemma_of(r.subject))
                bisect.insort(
                    pool, Candidate(r.subject.idx, sp, kind, True, gender), key=lambda c: c.pos
                )
            if (unnamed_one := person_candidate(r.subject, sp)) is not None:
                bisect.insort(pool, unnamed_one, key=lambda c: c.pos)  # "her mother": she
    for r in records:
        if r.label is not None:
            name = text[r.label[0] : r.label[1]]
            name = name.title() if name.isupper() else name
            entity = index.person(name)
            r.speaker = Speaker(
                entity.name if entity else name,
                entity.key if entity else None,
                None,
                *r.label,
                "PERSON",
            )
    for r in records:  # "the gun control advocate", "the friend": the one person meant
        if r.subject is not None and r.speaker is not None:
            r.speaker = second_reference(r.subject, r.speaker, pool, text)
    continue_quotes(text, records, lines)


def _second_mentions(
    sdoc: Doc, text: str, quoted: list[tuple[int, int]], pool: list[Candidate]
) -> list[Candidate]:
    """A main subject that is a second reference to a named person ("The general manager
    then spoke about Brennan. “…,” he said"): that person is what the sentence is about, so
    a he/she after it stands for them, not for the name in passing."""
    out = []
    for tok in (sdoc[i] for i in dep_at(sdoc, ("nsubj",))):
        if tok.dep_ != "nsubj" or tok.head.dep_ != "ROOT" or tok.pos_ != "NOUN":
            continue
        det = next((c for c in tok.children if c.dep_ == "det"), None)
        if det is None or det.lower_ != "the" or not person_head(tok):
            continue
        if in_quotes(text, tok.idx, quoted) or any(c.pos == tok.idx for c in pool):
            continue
        lo, hi = phrase(tok, text)
        written = Speaker("", None, sdoc[lo:hi].text, *chars(sdoc[lo:hi]), "NONE")
        found = second_reference(tok, written, pool, text)
        if found.key and found.label == "PERSON":
            out.append(Candidate(tok.idx, found, "PERSON", True, noun_gender(lemma_of(tok))))
    return out


def _shown_as_person(subject: Token, name: str) -> str | None:
    """A name NER took for an organisation that its own sentence shows is a person: an
    apposition only a person can be ("Tomas Eriksen, a harbour pilot, said"), a person noun
    the name is apposed to ("Holt's wife, Karin, said"), or a he/she reporting its own words
    ("Tomas Eriksen said he heard"). The gender it gives ("" when none), or None. A name that
    ends like a body's ("Varnby Water Board") stays one."""
    if set(name.lower().split()) & ORG_KIND_WORDS:
        return None
    if subject.pos_ == "NOUN" and subject.tag_ == "NN" and person_head(subject):
        return noun_gender(lemma_of(subject))  # "Holt's wife, Karin, said": NER's ORG Karin
    for c in subject.children:
        if c.dep_ == "appos" and c.pos_ == "NOUN" and person_head(c):
            return noun_gender(lemma_of(c))
    verb = subject.head
    for comp in verb.children if subject.dep_ == "nsubj" else []:
        for s in comp.children if comp.dep_ == "ccomp" else []:
            if s.dep_ == "nsubj" and s.lower_ in ("he", "she") and s.i < comp.i:
                return PRONOUN_GENDER[s.lower_]
    return None


def _transcript_speaker(
    subject: Token, text: str, lines: list[tuple[int, int]], index: EntityIndex
) -> Speaker | None:
    """ "I"/"we" in a transcript is whoever the paragraph's label names ("SHAPIRO: I believe
    ..."), also in the unlabelled paragraphs that continue that turn."""
    if subject.lower_ not in FIRST_PERSON:
        return None
    starts = [a for a, _ in lines]
    line = max(0, bisect.bisect_right(starts, subject.idx) - 1)
    for n in range(line, max(-1, line - CONTEXT_LINES - 1), -1):
        label = TRANSCRIPT_LABEL.match(text, lines[n][0], lines[n][1])
        if label is None:
            continue
        name = label.group(1)
        name = name.title() if name.isupper() else name
        entity = index.person(name)
        key = entity.key if entity else None
        return Speaker(entity.name if entity else name, key, None, *label.span(1), "PERSON")
    return None


def _kind(label: str) -> str:
    """A nationality ("the Russian-built craft") is no organisation a "the company" or a
    "they" may stand for: a kind of its own that nothing resolves to."""
    if label == "NORP":
        return "NORP"
    return "PERSON" if label == "PERSON" else ("PLACE" if label in ("GPE", "LOC") else "ORG")


# How far back a pronoun or a role looks for what it stands for: paragraphs and characters
# (a run of quoted paragraphs may stand between "X said:" and "he added").
CONTEXT_LINES = 5
CONTEXT_CHARS = 2500


# The writer's own voice outside any quote: no one of the story. "You" outside quotes is the
# reader or an interviewer's guest ("Can you tell us what ..."): no one either.
FIRST_PERSON = frozenset({"i", "we", "me", "us"})
SECOND_PERSON = frozenset({"you"})
# Pronouns that stand for someone named before: the rest ("some", "many", "this") do not.
ANAPHORS = MALE_FEMALE | GROUP | {"one"}
# "Who would say ...?": a question's pronoun asks who; it stands for no one.
QUESTION_WORDS = frozenset({"who", "whom", "what", "which"})


def _from_context(
    subject: Token, text: str, pool: list[Candidate], lines: list[tuple[int, int]]
) -> Speaker:
    """A pronoun's antecedent; "his office" as that person's office; "a spokesman", "the
    statement", "the company" as the organisation, "this country" as the country, the
    paragraph is about. Without one, the words as written (a pronoun: no name)."""
    start, end = subject.idx, subject.idx + len(subject)
    window = _window(text, start, pool, lines)
    if subject.lower_ in FIRST_PERSON | SECOND_PERSON | QUESTION_WORDS:
        return unnamed(subject)  # "I can't say I've noticed": the writer, whom no name holds
    if subject.pos_ == "PRON" or pronoun_like(subject):
        word = subject.lower_ if subject.pos_ == "PRON" or len(subject.text) == 1 else "one"
        if len(word) > 1 and word not in ANAPHORS:
            return unnamed(subject)  # "Some believe", "Many say": no one in particular
        cand = _antecedent(word, window)  # "the 76-year-old" is one person, any gender
        return replace(cand.speaker, start=start, end=end) if cand else unnamed(subject)
    lo, hi = phrase(subject, text)
    doc = subject.doc
    span = doc[lo:hi]
    owner = owner_noun(subject)
    if owner is not None:  # "a spokesman for the bank": the bank the page is about
        found = _stands_for(owner, window, pool)
        if isinstance(found, Candidate):
            return replace(found.speaker, description=span.text, start=start, end=end)
        label = "GROUP" if subject.tag_ in ("NNS", "NNPS") else "ANON"
        return Speaker(span.text, anonymous_key(subject, span), None, *chars(span), label)
    office = role_principal(subject)  # "a spokeswoman for the minister": the minister named
    if office is not None:
        holder = _role_holder(office, text, window)
        if isinstance(holder, Candidate):
            return replace(holder.speaker, description=span.text, start=start, end=end)
        return Speaker(span.text, anonymous_key(subject, span), None, *chars(span), "ANON")
    if role_noun(subject) and not owned(subject):  # "the judge wrote"
        holder = _role_holder(subject, text, window)
        if isinstance(holder, Candidate):
            return replace(holder.speaker, description=span.text, start=start, end=end)
        if holder:  # "a Los Angeles judge ...": someone the text never names
            return Speaker("", None, span.text, span.start_char, span.end_char, "NONE")
        return Speaker(span.text, anonymous_key(subject, span), None, *chars(span), "ANON")
    if the_spokesperson(subject):  # "the spokesman said" after "Park, the spokesman for ..."
        holder = _role_holder(subject, text, window)
        if isinstance(holder, Candidate):
            return replace(holder.speaker, description=span.text, start=start, end=end)
    found = _stands_for(subject, window, pool)
    tied = tied_principal(subject, window)  # "Through a spokesperson, X denied …" before
    if tied is not None and not (isinstance(found, Candidate) and found.pos > tied.pos):
        found = tied
    if isinstance(found, str):  # "his office": that person's office
        return Speaker(found, None, None, span.start_char, span.end_char, "ANON")
    if found is not None:
        return replace(
            found.speaker, description=span.text, start=span.start_char, end=span.end_char
        )
    if anonymous_person(subject):
        return Speaker("", None, span.text, span.start_char, span.end_char, "NONE")
    label = "GROUP" if subject.tag_ in ("NNS", "NNPS") else "ANON"
    return Speaker(span.text, anonymous_key(subject, span), None, *chars(span), label)


def _role_holder(
    subject: Token, text: str, window: list[tuple[int, Candidate]]
) -> Candidate | bool:
    """Who "the judge" is: the latest person of the context whose role has that noun ("Judge
    Ana Ruiz"); True when the text brought in an unnamed one before ("a Los Angeles judge");
    False when neither."""
    noun = subject.lower_
    for _, cand in reversed(window):
        desc = (cand.speaker.description or "").lower()
        if cand.kind == "PERSON" and re.search(rf"\b{re.escape(noun)}\b", desc):
            return cand
    given = role_given(noun, subject.doc, window)  # "Vasker was named MVP ... the MVP said"
    if given is not None:
        return given
    before = unquoted(text[max(0, subject.idx - CONTEXT_CHARS) : subject.idx]).lower()
    if re.search(rf"\b(?:a|an|one)\s+(?:[\w'’-]+\s+){{0,3}}{re.escape(noun)}\b", before):
        return True
    return sole_commentator(noun, text, window) or False


def _stands_for(
    subject: Token, window: list[tuple[int, Candidate]], pool: list[Candidate]
) -> Candidate | str | None:
    """Who a role or text in context stands for: the owner's name for a possessive ("Tove
    Lindqvist's office"); the story's most mentioned organisation of the paragraph for "the
    company"; the organisation the paragraph is about for "a spokesman" or "the statement";
    the country for "this country"."""
    doc = subject.doc
    lemma = lemma_of(subject)
    det = next((c for c in subject.children if c.dep_ in ("det", "poss")), None)
    if det is not None and det.tag_ == "PRP$":
        if (group := people_owner(det, subject, window)) is not None:
            return group  # "Staff at the bank ..., their union said": the staff's union
        owner = _antecedent(det.lower_, nameable_owners(window))
        if owner is None or anonymous_person(subject) and owner.speaker.key is None:
            return None
        if speaks_for_owner(subject):
            return owner  # "her spokeswoman said": she speaks through her spokeswoman
        # "her coach, who asked not to be named,": the noun phrase, not the clause after it
        rest = doc[det.i + 1 : subject.right_edge.i + 1].text.split(",")[0].strip()
        return f"{owner.speaker.name}'s {rest}"
    wanted = ("PLACE", "ORG") if lemma in COUNTRY_NOUNS else ("ORG",)
    if lemma in COUNTRY_NOUNS:  # "this country": the country last named as a subject
        for kind in ("PLACE", "ORG"):  # NER often calls a country an organisation
            named = [c for _, c in window if c.kind == kind]
            subjects = [c for c in named if c.subject]
            if named:
                return (subjects or named)[-1]
        return None
    if lemma in FIRM_NOUNS:  # the organisation the page is about so far
        before = [c for c in pool if c.kind == "ORG" and c.pos < subject.idx and c.speaker.key]
        trade = [c for c in before if of_trade(c.speaker.name, lemma)]
        before = trade or before  # "the airline": an airline the page names, if any
        own = [c for c in before if c.pos >= subject.left_edge.idx]
        if own:  # "the state-run Acme company said": the company its own words name
            return own[-1]
        topic = Counter(c.speaker.key for c in before if c.main)
        mentions = Counter(c.speaker.key for c in before)
        return max(
            before,
            key=lambda c: (topic[c.speaker.key], mentions[c.speaker.key], -c.pos),
            default=None,
        )
    if lemma in ORGANISATIONS and lemma != "group":  # "the university": one named so
        kinds = (lemma, lemma + "s")
        named = [c for _, c in window if c.kind == "ORG" and c.speaker.key]
        named = [c for c in named if set(c.speaker.name.lower().split()) & set(kinds)]
        if named or lemma not in MEMBER_BODIES:
            return named[-1] if named else None
        # "the team": no name says so; the one body the nearest paragraph that is about a
        # body is about ("The Hawks congratulated their rivals. “…,” the team said")
        bodies = [(d, c) for d, c in window if c.kind == "ORG" and c.main and c.speaker.key]
        near = [c for d, c in bodies if d == min(d for d, _ in bodies)] if bodies else []
        return near[-1] if len({c.speaker.key for c in near}) == 1 else None
    fits = [c for _, c in window if c.kind in wanted and c.main]
    if not fits:
        return None  # only what a sentence is about: a name in passing may be anyone's
    fits.sort(key=lambda c: (wanted.index(c.kind) == 0, c.pos))
    return fits[-1]


def _window(
    text: str, pos: int, pool: list[Candidate], lines: list[tuple[int, int]]
) -> list[tuple[int, Candidate]]:
    """Candidates before ``pos`` in its paragraph and the few before it, oldest first, each
    with its distance in paragraphs (0: this one, 1: the one before ...)."""
    starts = [a for a, _ in lines]
    here = max(0, bisect.bisect_right(starts, pos) - 1)
    distance = {here: 0}
    first, seen = here, 0
    while first > 0 and seen < CONTEXT_LINES:
        first -= 1
        if text[lines[first][0] : lines[first][1]].strip():
            seen += 1
        distance[first] = seen
    floor = max(lines[first][0], pos - CONTEXT_CHARS)
    return [
        (distance.get(bisect.bisect_right(starts, c.pos) - 1, seen), c)
        for c in pool
        if floor <= c.pos < pos
    ]


def _antecedent(word: str, window: list[tuple[int, Candidate]]) -> Candidate | None:
    """Who a pronoun stands for: in the nearest paragraph that has a fitting name, a person
    whose gender the text gives and fits first, then what its sentence is about, then the
    latest: "he tweeted" is the person the paragraph is about, not the last name mentioned."""
    wanted = PRONOUN_GENDER.get(word, "")
    fits = [(d, c) for d, c in window if _compatible(word, c) and not _far_for_she(wanted, d, c)]
    if wanted == "f" and any(c.gender == "f" and c.main for _, c in fits):
        # a woman the text is about outranks a name in passing of no stated gender ("her
        # play, written by Tom Hale, she said")
        fits = [(d, c) for d, c in fits if c.gender or c.main or c.subject]
    if not fits:
        return None
    # Between names only in passing, the one the context names most ("Carter's idea ... with a
    # Paul Baker band on deck", after paragraphs about Carter) rather than the latest.
    seen = Counter(c.speaker.key or c.speaker.name for _, c in window)

    def rank(dc: tuple[int, Candidate]) -> tuple[int, bool, bool, int, int, bool]:
        d, c = dc
        salience = 0 if c.main else seen[c.speaker.key or c.speaker.name]
        # at one place, the name the words resolved to outranks them as written ("The firm
        # said ... It also said": the firm's name, not "The firm")
        key = not (c.speaker.key or ANONYMOUS_KEY).startswith(ANONYMOUS_KEY)
        return (-_distance(d, c), _fits_gender(wanted, c), c.main, salience, c.pos, key)

    return max(fits, key=rank)[1]


def _far_for_she(wanted: str, paragraphs: int, cand: Candidate) -> bool:
    """A "she" stands for a person of no stated gender only nearby: paragraphs away, such a
    name (most often a man's in news) is no safer a guess than no name ("as she calls it"
    of a woman NER missed, five paragraphs after the last man quoted)."""
    return wanted == "f" and not cand.gender and paragraphs > 2


def _distance(paragraphs: int, cand: Candidate) -> int:
    """How far back a candidate lies, in paragraphs. A name only in passing in an earlier
    paragraph (an object, a teaser line's "after Varnby boat launch") counts one paragraph
    farther: the person the paragraphs are about, named as a subject just before it, is who
    "he said" stands for. In the quote's own paragraph a name in passing still counts ("Rescuers
    pulled Tom Hale from the water. “…,” he said")."""
    passing = paragraphs > 0 and not cand.main and not cand.subject
    return paragraphs + passing


def _fits_gender(wanted: str, cand: Candidate) -> bool:
    """The pronoun's gender is the one the text gives the candidate. A man the text gives no
    gender fits "he" as well as one it does: news names men without a gendered word more
    often than not, so "he" after "President Hollande" is Hollande, not a man named earlier
    whose "his wife" was mentioned."""
    return bool(wanted) and (cand.gender == wanted or (wanted == "m" and not cand.gender))
