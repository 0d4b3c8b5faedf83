"""Surnames the tagger reads as plural nouns ("Davies", "Mills", "Banks"): after a quote,
'"It hurts," Davies said' has the capitalised word mid-sentence as the subject of a speech
verb, where no common noun is capitalised, and NER often leaves it untagged. Such a word is a
person's name at every mention of the page, also where it opens a sentence ("Davies, whose
home run tied the game, said ..."). A step of ``storyline.analyze.entities`` after its
missed-mention pass: it adds only words no span holds. A singular word ("Hope", "Winter")
speaking so is a name only when he or she speaks next.

Likewise a full name NER took for an organisation or place ("Margit Hope", ORG) whose last
word speaks alone elsewhere on the page as a person does (``people_by_speaking_surname``)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storyline.analyze.entity_spans import SPACY_LABELS, NameSpan
from storyline.analyze.nlp import dep_at, orth_at
from storyline.lexicon.nouns import ORG_HEADS, ORGANISATIONS, PEOPLE, ROLE_NOUNS
from storyline.lexicon.pronouns import OWN_GENDER, SUBJECT_PRONOUNS
from storyline.lexicon.speech import SPEECH_VERBS

# Nouns of people, bodies and roles: a capitalised one speaking ("Police said") is no name.
_NOT_NAMES = PEOPLE | ORGANISATIONS | ROLE_NOUNS


def speaking_plurals(sdoc: Doc, spans: list[NameSpan]) -> list[NameSpan]:
    """``spans`` with a PERSON span at each untagged mention of a word the page shows to be
    a name that way."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    names = {tok.text for tok in _subjects(sdoc) if tok.i not in taken and _speaking_name(tok)}
    if not names:
        return spans
    added = [
        NameSpan(i, i + 1, "PERSON")
        for i in sorted(i for name in names for i in orth_at(sdoc, name))
        if i not in taken and sdoc[i].tag_ in ("NNS", "NNPS", "NNP", "NN")
    ]
    return sorted(spans + added, key=lambda s: s.start)


def people_by_speaking_surname(sdoc: Doc, spans: list[NameSpan]) -> None:
    """Relabel PERSON an ORG/GPE/LOC span of two or three capitalised proper nouns ("Keir
    Pardoe", "Margit Hope") whose last word, alone and outside any span, is the subject of a
    speech verb that the text shows to be a person's: NER tags that bare word PERSON, or a
    he/she follows it before any other name ("Hope said ... 'We beat it,' she said"). A firm
    spoken of by its last word ("Sachs said" after "Goldman Sachs") has neither."""
    taken = {
        i
        for s in spans
        if not (s.label == "PERSON" and s.end == s.start + 1)
        for i in range(s.start, s.end)
    }
    bare = [tok for tok in _subjects(sdoc) if tok.i not in taken and _speaks(tok)]
    by_pronoun = {tok.text for tok in bare if _pronoun_follows(tok)}
    # NER's own PERSON tag on the bare word is enough for an organisation's span, not a
    # place's: a country is no one's surname ("Costa Rica", "Rica" tagged a person)
    by_ner = by_pronoun | {tok.text for tok in bare if tok.ent_type_ == "PERSON"}
    if not by_ner:
        return
    for span in spans:
        toks = sdoc[span.start : span.end]
        if (
            span.label in ("ORG", "GPE", "LOC")
            and 2 <= len(toks) <= 3
            and all(t.is_title and t.pos_ == "PROPN" for t in toks)
            and toks[-1].text in (by_ner if span.label == "ORG" else by_pronoun)
            and toks[-1].lower_ not in ORG_HEADS
        ):
            span.label = "PERSON"


def _pronoun_follows(tok: Token) -> bool:
    """He or she is the next subject after the word, in its sentence or the two after, or
    his/her follows in its own sentence, with no other name between (a date or a title is
    none)."""
    sents = [tok.sent]
    while len(sents) < 3 and sents[-1].end < len(tok.doc):
        sents.append(tok.doc[sents[-1].end].sent)
    for other in (t for s in sents for t in s if t.i > tok.i and t.text != tok.text):
        if other.ent_type_ in SPACY_LABELS or (other.pos_ == "PROPN" and not other.ent_type_):
            return False
        if other.lower_ in SUBJECT_PRONOUNS:
            return True
        if other.lower_ in OWN_GENDER and other.sent == tok.sent:
            return True  # "Pardoe said his members ...": the speaker's own
    return False


def _subjects(sdoc: Doc) -> list[Token]:
    """The page's subjects, the only words ``_speaks`` can take, found without a Token made
    for every word."""
    return [sdoc[i] for i in dep_at(sdoc, ("nsubj",))]


def _speaks(tok: Token) -> bool:
    """A capitalised bare word as the subject of a speech verb: no article, adjective or
    possessor before it, nor a name it modifies."""
    return (
        tok.is_title
        and tok.dep_ == "nsubj"
        and tok.head.lemma_ in SPEECH_VERBS
        and not any(c.dep_ in ("det", "amod", "compound", "poss", "nummod") for c in tok.children)
    )


def _speaking_name(tok: Token) -> bool:
    if not (_speaks(tok) and _mid_sentence(tok)):
        return False
    if tok.tag_ == "NNS":
        return not tok.ent_type_
    # A singular word NER left untagged, or took for a title after a quote ('"The bridge is
    # safe," Winter said': WORK_OF_ART), is a name when he/she speaks next; a group's or an
    # office's noun ('"...," Police said') is none.
    return (
        tok.tag_ in ("NN", "NNP")
        and tok.ent_type_ not in SPACY_LABELS
        and tok.lower_ not in _NOT_NAMES
        and _pronoun_follows(tok)
    )


def _mid_sentence(tok: Token) -> bool:
    """Not the first word of its sentence or line, nor of a quote, and on a line not written
    in title case (a headline capitalises every noun)."""
    if tok.is_sent_start or tok.i == 0:
        return False
    prev = tok.doc[tok.i - 1]
    if "\n" in prev.whitespace_ + prev.text or (prev.is_quote and not prev.whitespace_):
        return False
    line = [t for t in tok.sent if t.is_alpha and len(t) > 3]
    return sum(t.is_title for t in line) * 2 <= len(line)
