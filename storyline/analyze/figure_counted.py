"""What a figure counts and whose it is, from the words around it. What a bare number counts
when no noun follows it: a toll ("the death toll rose to 43", "put the toll at 47"), a casualty
word used as a noun ("of the 40 dead"), the noun a copula gives it ("12 were children"), or
the plural subject of a verb of change ("cases rose to 65, up from 40"; "arrests reached 300");
read by ``storyline.analyze.figures`` before it lends an earlier figure's noun to a bare
number, which would otherwise count the children of "12 were children" as the crew of the
sentence before. Whose figure it is: the subject of the verb it hangs from ("Talvik employs
6,000 people")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from storyline.analyze.figure_attribution import Names, name_at
from storyline.lexicon.nouns import ORG_KIND_WORDS
from storyline.model import TimeExpression

# Relative pronouns whose antecedent is the subject ("Orvane, which employs 15,000 people").
RELATIVE = {"which", "who", "that"}

# A toll counts people: killed unless the sentence says otherwise; synthesize reads the status.
TOLL_NOUNS = {"toll"}
# Adjectives and participles that name people when they head a noun phrase: "the 40 dead".
CASUALTY_WORDS = {"dead", "injured", "wounded", "missing", "killed", "displaced", "homeless"}
# Verbs by which a count changes or arrives at a value: their plural subject is what is counted.
CHANGE_VERBS = {
    "rise", "climb", "jump", "fall", "drop", "reach", "increase", "grow", "surge", "top",
    "soar", "swell", "decline", "double", "edge", "hit",
}  # fmt: skip
# Verbs that give a count for a day: "rose to 65 on Tuesday", "confirmed 40 cases on Monday".
COUNTED_ON_VERBS = CHANGE_VERBS | {"confirm", "report", "record", "register", "tally"}


def counted_by_context(last: Token, sent: Span) -> str | None:
    """The unit of the bare number ending at ``last``, or None when the words do not say."""
    if last.dep_ == "nummod" and last.head.lower_ in CASUALTY_WORDS and last.head.i > last.i:
        return "people"
    if last.dep_ in ("nsubj", "nsubjpass") and last.head.lemma_ == "be":
        attrs = [c for c in last.head.children if c.dep_ == "attr" and c.tag_ in ("NNS", "NNPS")]
        if attrs and attrs[0].i > last.i:
            return attrs[0].lower_
    if any(t.lemma_ in TOLL_NOUNS and t.i < last.i and not _of_what(t) for t in sent):
        return "people"
    changed = _changed_count(last)
    return changed.lower_ if changed is not None else None


def _changed_count(number: Token) -> Token | None:
    """The plural subject of the verb of change a bare number is the value of: "to 65" and "up
    from 40" in "Cases rose to 65, up from 40", the object of "Arrests reached 300"."""
    if number.dep_ == "pobj" and number.head.lower_ in ("to", "from"):
        verb = number.head.head
        if verb.lower_ in ("up", "down"):
            verb = verb.head
    elif number.dep_ == "dobj":
        verb = number.head
    else:
        return None
    if verb.lemma_ not in CHANGE_VERBS:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject if subject is not None and subject.tag_ == "NNS" else None


def counted_on(verb: Token | None, times: list[TimeExpression]) -> str | None:
    """The day a count held, when the verb that gives it is dated: "Cases rose to 65 on
    Tuesday" is the count as of Tuesday; "confirmed 40 cases on Monday" as of Monday."""
    if verb is None or verb.lemma_ not in COUNTED_ON_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "on":
            day = next((c for c in child.children if c.dep_ == "pobj"), None)
        elif child.dep_ == "npadvmod":
            day = child  # "rose to 65 Tuesday"
        else:
            continue
        if day is None:
            continue
        for time in times:
            if time.precision == "day" and time.start <= day.idx < time.end:
                return time.value[:10]
    return None


def _of_what(toll: Token) -> bool:
    """ "the toll of migrants": the sentence names what the toll counts; the caller reads it."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in toll.children)


def figure_owner(verb: Token | None, counted: Token, names: Names) -> str | None:
    """The subject of the figure's verb, as the entity it names or its noun phrase ("combined
    company"); None when the subject is what is counted ("9,000 people had left"), a pronoun,
    or missing. A verb joined to another ("would have sales of $6 billion and employ 21,000")
    takes that verb's subject; a relative clause its antecedent."""
    subject = _subject(verb) if verb is not None else None
    while verb is not None and subject is None and verb.dep_ == "conj":
        verb = verb.head
        subject = _subject(verb)
    if verb is None or subject is None:
        return None
    if subject.left_edge.i <= counted.i <= subject.right_edge.i:
        return None
    if subject.lower_ in RELATIVE and verb.dep_ == "relcl":
        subject = verb.head
    return _phrase(subject, names)


def _phrase(subject: Token, names: Names) -> str | None:
    """The subject as a name ("Qualcomm" for "Qualcomm's stock" or "Qualcomm (QCOM) shares",
    a proper noun NER missed) or, for a kind of body, its noun with the lowercase modifiers
    ("combined company"). Other common nouns ("shares", "officials") own nothing."""
    for tok in [subject, *(t for t in subject.subtree if t.i < subject.i)]:
        name = name_at(tok, names) or (tok.text if _proper(tok) else None)
        if name:
            return name
    if subject.pos_ != "NOUN" or subject.lemma_.lower() not in ORG_KIND_WORDS:
        return None
    mods = [t for t in subject.lefts if t.dep_ in ("amod", "compound") and t.text.islower()]
    return " ".join([t.lower_ for t in mods] + [subject.lower_])


def _proper(tok: Token) -> bool:
    """A proper noun, or a capitalised word inside a sentence that the tagger took for a
    common noun (an unfamiliar firm's name)."""
    return tok.pos_ == "PROPN" or (tok.is_title and not tok.is_sent_start)


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)
