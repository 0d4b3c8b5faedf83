"""What a bare number counts when no noun follows it, read from the words around it: a toll
("the death toll rose to 43", "put the toll at 47"), a casualty word used as a noun ("of the
40 dead"), or the noun a copula gives it ("12 were children"). Read by
``storyline.analyze.figures`` before it lends an earlier figure's noun to a bare number, which
would otherwise count the children of "12 were children" as the crew of the sentence before."""

from __future__ import annotations

from spacy.tokens import Span, Token

# A toll counts people: killed unless the sentence says otherwise; synthesize reads the status.
TOLL_NOUNS = {"toll"}
# Adjectives and participles that name people when they head a noun phrase: "the 40 dead".
CASUALTY_WORDS = {"dead", "injured", "wounded", "missing", "killed", "displaced", "homeless"}


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
    return None


def _of_what(toll: Token) -> bool:
    """ "the toll of migrants": the sentence names what the toll counts; the caller reads it."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in toll.children)
