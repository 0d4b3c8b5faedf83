"""Where the parse leaves a cue without its speaker: the clause before a colon, a text's
issuer ("X issued a statement saying"), the person an agency quotes ("X was quoted as
saying"), a subject the parser hung on the paragraph before or on an earlier noun, a dateline
before the subject, who a relative clause's noun is ("X is a professor who says").
Used by ``storyline.analyze.quotes``; pure functions of the parse.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from storyline.analyze.earlier_text import text_author as text_author  # one place: whose text
from storyline.analyze.nlp import lemma_of
from storyline.analyze.statement_owner import statement_owner
from storyline.lexicon.nouns import DISPLAYS, ROLE_NOUNS, is_source_noun
from storyline.lexicon.speech import CAUSING_VERBS, LISTENER_VERBS, REFUSING_VERBS


def across_lines(a: Token, b: Token) -> bool:
    lo, hi = sorted((a, b), key=lambda t: t.i)
    return "\n" in lo.doc[lo.i : hi.i].text


def line_head(cue: Token) -> Token | None:
    """The first noun before the cue in its paragraph that the parser attached to the
    paragraph before: the subject of a sentence the parse ran on from there."""
    doc = cue.doc
    i = cue.i - 1
    while i >= 0 and "\n" not in doc[i].text:
        i -= 1
    for tok in doc[i + 1 : cue.i]:
        if tok.head.i <= i and tok.pos_ in ("NOUN", "PROPN", "PRON"):
            return tok
    return None


def stranded_subject(cue: Token) -> Token | None:
    """The subject of a conjoined cue that the parser hung on an earlier noun as its conjunct
    ("... despite their 0-16 season and the Varnby Owls have assured Berg his job is safe":
    "Owls" made a conjunct of "season"): the noun right before the cue and its auxiliaries,
    which a cue sharing the first verb's subject never has ("X arrived and said")."""
    if cue.dep_ != "conj":
        return None
    doc, j = cue.doc, cue.i - 1
    while j >= 0 and doc[j].dep_ in ("aux", "auxpass", "neg", "advmod") and doc[j].head == cue:
        j -= 1
    tok = doc[j] if j >= 0 else None
    if tok is None or tok.dep_ != "conj" or tok.head.i >= tok.i or tok.head.pos_ == "VERB":
        return None
    speaks = tok.pos_ == "PROPN" or tok.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")
    return tok if speaks or is_source_noun(lemma_of(tok)) else None


def unsaid_subject(cue: Token, quoted: bytearray) -> Token | None:
    """A subject the parse does not give the cue: a stranded conjunct or a verb's object."""
    return stranded_subject(cue) or object_controller(cue, quoted)


def object_controller(cue: Token, quoted: bytearray) -> Token | None:
    """Who speaks in "X's admission, which led Ana Ruiz to say ..." or "prompted Ruiz to
    remark": the object of the verb that made them speak ("to say" has no subject of its own;
    the one led or prompted says it), not that verb's subject."""
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)
    if cue.dep_ != "xcomp" or not to or lemma_of(cue.head) not in CAUSING_VERBS:
        return None  # "urged X to say": asked for, maybe never said
    for obj in cue.head.children:
        if obj.dep_ == "dobj" and obj.i < cue.i and not quoted[obj.idx]:
            return obj if obj.pos_ in ("PROPN", "PRON", "NOUN") else None
    return None


def quoted_as(verb: Token) -> Token | None:
    """ "X was quoted (by an agency) as saying", "X was cited saying": X speaks."""
    if verb.lemma_.lower() not in ("quote", "cite"):
        return None
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def colon_verb(before: list[Token], quoted: bytearray) -> tuple[Token, Token] | None:
    """A colon after a clause with no cue of its own introduces the words of that clause's
    subject ('Khan paid tribute on Twitter: "...', 'The channel issued a directive: "...'),
    not of a cue further back ("which analysts believe is ...")."""
    lo, hi = before[0].i, before[-1].i
    # the main verb of the clause the colon ends, not a clause in it nor the quote after it
    verb = before[-1].head if lo <= before[-1].head.i <= hi else before[-2 if hi > lo else -1]
    while verb.head.i != verb.i and lo <= verb.head.i <= hi:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.idx < before[0].idx or quoted[verb.idx]:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and not quoted[c.idx]]
    subject = min(subjects, key=lambda c: abs(c.i - verb.i)) if subjects else None
    if subject is None or subject.idx < before[0].idx:
        return None
    # "It read:" of a text message is no one's cue: the quote continues its author's words
    person = subject.pos_ == "PRON" and subject.lower_ in ("he", "she", "they")
    speaks = person or subject.pos_ == "PROPN" or is_source_noun(subject.lemma_.lower())
    # "A statement released by the agency read:": the agency's words
    return (verb, statement_owner(subject) or subject) if speaks else None


def dateline_subject(subject: Token) -> Token | None:
    """ "RAMALLAH, West Bank — Israel's military says": the dateline the parser made the
    subject is no speaker; the body after the dash is (or no one, when none is)."""
    doc = subject.doc
    start = subject.left_edge.i
    if not (subject.text.isupper() and len(subject.text) > 2):
        return None
    if start > 0 and "\n" not in doc[start - 1].text:
        return None
    dash = next((t for t in subject.subtree if t.text in ("—", "–", "--", "-")), None)
    if dash is None:
        return None
    after = [c for c in subject.children if c.dep_ == "appos" and c.i > dash.i]
    return after[-1] if after else subject


def no_one_speaks(cue: Token) -> bool:
    """Cues whose words are no one's: an infinitive an adjective governs ("it is fair to say",
    "hard to tell"), and "according to" how things go or a bare noun that is no source ("if
    all goes according to plan", "according to tradition")."""
    if cue.lower_ == "according":
        if cue.head.lemma_.lower() == "go":
            return True  # "all went according to plan": how it went, not who said so
        to = next((c for c in cue.children if c.lower_ == "to"), None)
        obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
        if obj is None or obj.pos_ != "NOUN":
            return False
        bare = not any(c.dep_ in ("det", "poss", "compound", "amod") for c in obj.children)
        return bare and not is_source_noun(lemma_of(obj))
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in cue.children)
    if not infinitive or cue.dep_ != "xcomp":
        return False
    return any(c.dep_ == "acomp" and c.pos_ == "ADJ" for c in cue.head.children)


def unsaid(cue: Token) -> bool:
    """A saying the sentence denies took place reports no one's words: "has not said how it
    will vote", "never said that the bridge was safe", "declined to say whether"."""
    if any(c.dep_ == "neg" for c in cue.children):
        return True
    return cue.dep_ == "xcomp" and cue.head.lemma_.lower() in REFUSING_VERBS


def cited_as(cue: Token) -> bool:
    """ "X cited his family as the reason": X names a reason, no one is relayed."""
    return cue.lemma_.lower() == "cite" and any(
        c.dep_ == "prep" and c.lower_ == "as" for c in [*cue.children, *_objects(cue)]
    )


def _objects(verb: Token) -> list[Token]:
    return [t for c in verb.children if c.dep_ == "dobj" for t in c.children]


def labels_a_noun(before: Token | None, after: Token | None) -> bool:
    """A quoted phrase inside a noun phrase, between a determiner, possessive or adjective and
    the noun it names ('his bold "sail first, ask later" tactics', 'the "Build Back"
    slogan'): a slogan, nickname or title, not speech."""
    if before is None or after is None:
        return False
    opens_np = before.pos_ in ("DET", "ADJ") or before.tag_ in ("PRP$", "POS")
    return opens_np and after.pos_ == "NOUN" and after.is_lower


def bracketed_by(before: list[Token]) -> Token | None:
    """The name a quote in brackets right after it belongs to ('Tove Lind ("...")', 'the mayor
    (“we will rebuild”)'): the writer lists who said what."""
    words = [t for t in before if not t.is_space]
    if len(words) < 2 or words[-1].text != "(":
        return None
    name = words[-2]
    # a one-word stage name the parser read as a word ("Pink (“...”)") is a name too
    capital = name.text[:1].isupper() and name.pos_ in ("NOUN", "ADJ") and name.i > 0
    if (name.pos_ == "PROPN" or capital) and name.ent_type_ in ("PERSON", "ORG", ""):
        return name
    return None


def split_apposition(noun: Token, subjects: list[Token]) -> bool:
    """A common noun the parser made a second subject that is the apposition of a name before
    it ("Park Min-ho, the spokesman for ..., said") or the end of that name ("The Bring Home
    Our Sons campaign said", cut after "Home"): the name is the subject."""
    if noun.pos_ != "NOUN":
        return False
    doc = noun.doc
    first = noun.left_edge.i
    comma = doc[first - 1].text == ","
    return any(
        s.i < noun.i
        and s.pos_ == "PROPN"
        and not s.right_edge.is_punct  # "VARNBY, North Coast — The police say": a dateline
        and (s.right_edge.i == first - 1 or (comma and s.right_edge.i == first - 2))
        for s in subjects
    )


def role_head(tok: Token) -> bool:
    """A common noun, or a role written with a capital ("Norway's Ambassador")."""
    return tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and lemma_of(tok) in ROLE_NOUNS)


def displayed_by(before: list[Token]) -> tuple[Token, Token] | None:
    """The verb and the thing that displays the quoted words right after it ("His sign read:",
    "a banner reading", "a T-shirt that said", "a cap emblazoned with"): words on a sign are
    no one's speech, neither its holder's nor the last speaker's."""
    words = [t for t in before if not t.is_space][-6:]
    for tok in reversed(words):
        if lemma_of(tok) not in _DISPLAY_VERBS:
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.tag_ in ("WDT", "WP"):
            subject = tok.head  # "a banner reading", "a T-shirt that said"
        if lemma_of(subject) in DISPLAYS:
            return tok, subject
        # the parser may read "The scoreboard read:" as a noun phrase: the noun right before
        near = [t for t in tok.doc[max(0, tok.i - 2) : tok.i] if lemma_of(t) in DISPLAYS]
        if near:
            return tok, near[-1]
    return None


_DISPLAY_VERBS = frozenset({"read", "say", "write", "emblazon", "proclaim", "declare", "bear"})


def performed(sdoc: Doc, start: int, end: int) -> bool:
    """Quoted words that a clause says were sung, chanted or given as a name ("the crowd
    chanted "...", "what Acme calls "flight proven""): the object of such a verb."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if root.head.i != root.i and lemma_of(root.head) in _PERFORMING_VERBS:
        return True
    before = [
        t for t in sdoc[max(0, span.start - 3) : span.start] if not (t.is_punct or t.is_space)
    ]
    return bool(before) and lemma_of(before[-1]) in _PERFORMING_VERBS  # 'sang "Sail on, ..."'


_PERFORMING_VERBS = frozenset(
    "sing chant hum recite play perform call dub nickname title label brand name".split()
)


def reported_clause(cue: Token) -> Token | None:
    """The clause a cue reports: its complement, else one the parser hung elsewhere."""
    comp = next((c for c in cue.children if c.dep_ == "ccomp"), None)
    return comp if comp is not None else _misparsed_complement(cue)


def _misparsed_complement(cue: Token) -> Token | None:
    """ "She told analysts on a call that the bank would close 90 branches": the parser hangs
    the that-clause on the noun before it as a relative clause. A relative clause whose "that"
    is a mere mark and which has its own subject and object fills no gap: it is what the
    listener verb reports. Only within the verb's object and a phrase after it."""
    if lemma_of(cue) not in LISTENER_VERBS:
        return None
    objects = [c for c in cue.children if c.dep_ in ("dobj", "dative")]
    nouns = [p for o in objects for p in o.children if p.dep_ == "prep"]
    nouns += [p for p in cue.children if p.dep_ == "prep" and p.i > cue.i]
    for noun in (o for p in nouns for o in p.children if o.dep_ == "pobj"):
        for clause in noun.children:
            deps = {c.dep_ for c in clause.children}
            mark = next((c for c in clause.children if c.dep_ == "mark"), None)
            if (
                clause.dep_ == "relcl"
                and mark is not None
                and mark.lower_ == "that"
                and mark.i == clause.left_edge.i
                and "nsubj" in deps
                and deps & {"dobj", "attr", "ccomp", "xcomp", "acomp"}
            ):
                return clause
    return None


def described_subject(noun: Token) -> Token:
    """Who a relative clause's noun is: the subject a copula gives it ("Olaf Brandt is a
    professor at Varn who says ...": Brandt speaks, not "a professor"), else the noun."""
    top = noun  # "a professor of studies at Varn who": the parse may hang it on "Varn"
    while top.dep_ == "pobj" and top.head.dep_ == "prep" and top.head.head.pos_ == "NOUN":
        top = top.head.head
    verb = top.head
    if top.dep_ == "attr" and verb.lemma_.lower() == "be":
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ in ("PROPN", "NOUN"):
            return subject
    return noun
