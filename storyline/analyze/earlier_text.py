"""Whose text "the letter" is, when an earlier sentence said who wrote or issued it.

'Marten announced his retirement in an open letter released by the club. "…," the letter
began.': the letter's words are Marten's, not those of the last person quoted before it (a
name in passing, "a day after Talley said he was leaving") nor "the letter" as an unnamed
source. A text named with "the", "this" or "that" and no author in its own phrase ("the
letter", "the post", "the statement") stands for the latest mention of a text of the same noun
a little before it; the author is who the sentence says put words in it: the subject of the
verb the text is the means of ("X announced … in an open letter", "X said in a statement", "X
wrote on a post") or the subject of the verb that makes it ("X wrote a letter", "X posted a
message", "The club issued a statement"). Who only released or published it ("a letter
released by the club") is not asked first: the writer is. The short attribution after a quote
that no cue verb gives ('"…," the letter began.', '"…," the note read.') is read here too.
Pure functions of the parse, used by ``storyline.analyze.speaker_names`` and
``storyline.analyze.statement_owner``.
"""

from __future__ import annotations

from spacy.tokens import Token

from storyline.analyze.nlp import lemma_of
from storyline.lexicon.nouns import ORGANISATIONS, TEXTS, is_source_noun
from storyline.lexicon.speech import LISTENER_VERBS

# How far back the text may have been introduced: the paragraph before or two.
LOOK_BACK_CHARS = 700
# Prepositions that make a text the means of the words: "said in a statement", "wrote via
# a post", "announced through an open letter".
MEANS = frozenset({"in", "through", "via"})
# Determiners of a text already introduced ("the letter"), not a new one ("a letter").
KNOWN = frozenset({"the", "this", "that"})
# Verbs that give a text's words after a quote with no cue of its own: '"…," the letter began'.
READS = frozenset({"read", "begin", "continue", "conclude", "end", "open", "close", "state"})


def text_author(noun: Token) -> Token | None:
    """Who issued the text a participle reports ("Obama issued a statement saying"): the
    subject of the verb whose object the text is."""
    if noun.dep_ != "dobj" or lemma_of(noun) not in TEXTS:
        return None
    if lemma_of(noun.head) in LISTENER_VERBS:
        return None  # "Ruiz's mother told the paper": the paper heard her, it is not her text
    return _subject_of(noun.head)


def _subject_of(verb: Token) -> Token | None:
    """The verb's subject; of two the parser gave it ("the news agency KCNA released": the
    noun and the name apposed to it), the name."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    named = [c for c in subjects if c.pos_ == "PROPN" or c.ent_type_]
    found = named or subjects
    return found[0] if found else None


def introduced_by(noun: Token) -> Token | None:
    """The head token of who wrote the already-named text ``noun`` ("the letter"), from the
    latest earlier mention of a text of the same noun; None when the text is new or its own
    words name an author, or the earlier sentence names no one."""
    if lemma_of(noun) not in TEXTS or noun.pos_ != "NOUN" or noun.tag_ in ("NNS", "NNPS"):
        return None
    det = next((c for c in noun.children if c.dep_ in ("det", "poss")), None)
    if det is None or det.lower_ not in KNOWN:
        return None
    if any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in noun.children):
        return None  # "the letter from X", "the letter X wrote": its own words say whose
    doc, floor = noun.doc, max(0, noun.idx - LOOK_BACK_CHARS)
    lemma = lemma_of(noun)
    for tok in reversed(doc[: noun.i]):
        if tok.idx < floor:
            return None
        if tok.pos_ == "NOUN" and lemma_of(tok) == lemma:
            # the latest mention decides: an older one is another text, unless the latest is
            # itself "the report" of a quote before ('"…," the report read. "…," the report said')
            return _writer(tok) or introduced_by(tok)
    return None


def _writer(text: Token) -> Token | None:
    """Who put words in ``text``: the subject of the verb it is the means of, or of the verb
    whose object it is; a name, never a pronoun (whose referent is another question)."""
    author = text_author(text) or _own_owner(text)
    prep = text.head if text.dep_ == "pobj" else None
    if author is None and prep is not None and prep.lower_ in MEANS:
        verb = prep.head
        for _ in range(4):  # "announced his retirement in a letter": "in" may hang on a noun
            if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.pos_ in ("VERB", "AUX"):
            author = _subject_of(verb)
    if author is None or author.pos_ == "PRON":
        return None
    body = author.pos_ == "NOUN" and is_source_noun(lemma_of(author))  # "The army said in a"
    return author if author.pos_ == "PROPN" or author.ent_type_ or body else None


def _own_owner(text: Token) -> Token | None:
    """The owner the text's own phrase names: "the ministry's statement", "a statement from
    the presidency", "a letter by the governor"."""
    for child in text.children:
        if child.dep_ == "poss" and child.pos_ != "PRON":
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def reads_after(tail: list[Token]) -> tuple[Token, Token] | None:
    """The verb and the text of a short attribution after a quote that no cue verb gives
    ('"…," the letter began.'), when an earlier sentence says whose the text is."""
    for tok in tail:
        if lemma_of(tok) not in READS or tok.pos_ not in ("VERB", "AUX"):
            continue
        noun = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if noun is not None and introduced_by(noun) is not None:
            return tok, noun
    return None


def by_or_in(arg: Token, participle: Token) -> bool:
    """The agent of a participle ("a letter released by the ministry"), or where a text was
    published ("a commentary published in the Tribune"): a paper's commentary is its words."""
    if arg.dep_ == "agent":
        return True
    return arg.dep_ == "prep" and arg.lower_ == "in" and lemma_of(participle) in PUBLISHING


# Participles that place a text in a paper: "published in", "printed in", "carried in".
PUBLISHING = frozenset({"publish", "print", "carry", "run"})
# A paper's own pieces: whose words they are only when the text says where they ran ("a
# commentary published in X"); alone ("a commentary said") they name no one.
PAPER_TEXTS = frozenset({"commentary", "editorial", "column", "op-ed"})


def paper_piece(noun: Token) -> bool:
    """ "a commentary published in the Tribune": a paper's piece that says where it ran, a
    paper the parse names as an organisation."""
    return lemma_of(noun) in PAPER_TEXTS and any(
        a.dep_ == "prep" and by_or_in(a, acl) and any(t.ent_type_ == "ORG" for t in a.subtree)
        for acl in noun.children
        if acl.dep_ == "acl"
        for a in acl.children
    )


def text_authors(subject: Token) -> list[Token]:
    """Who a text's own phrase says wrote it: the subject of a relative clause ("a complaint
    Acme filed"), the agent of a participle ("a letter released by the ministry"), the object
    of "from"/"by" ("a notice from Acme executives")."""
    if lemma_of(subject) not in TEXTS | PAPER_TEXTS:
        return []
    found: list[Token] = []
    # "a notice of (a data breach) from Acme": the "from" may hang on the "of" phrase
    of = [c for p in subject.children if p.lower_ == "of" for c in p.children if c.dep_ == "pobj"]
    for child in [*subject.children, *(p for o in of for p in o.children if p.dep_ == "prep")]:
        if child.dep_ == "relcl":
            found += [c for c in child.children if c.dep_ == "nsubj"]
        elif child.dep_ == "acl":  # "by the ministry"; "published in the Tribune": its own
            found += [p for a in child.children if by_or_in(a, child) for p in a.children]
        elif child.dep_ == "prep" and child.lower_ in ("from", "by"):
            found += [c for c in child.children if c.dep_ == "pobj"]
    return found


def body_by_kind(tok: Token) -> bool:
    """ "the group", "the militants' group": a body named by its kind, whom the context names."""
    det = next((c.lower_ for c in tok.children if c.dep_ == "det"), "")
    return tok.pos_ == "NOUN" and det == "the" and lemma_of(tok) in ORGANISATIONS
