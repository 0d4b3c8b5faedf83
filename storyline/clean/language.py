"""Which language a page's text is in: py3langid's bundled model, offline.

py3langid ships its model LZMA-compressed (4.5 MB that unpack to 68 MB of arrays); unpacking
it costs about 0.45 s of CPU in every process that detects a language, as much as detecting
the language of 300 pages. So the unpacked arrays are kept once in the user's cache folder
(``$STORYLINE_CACHE``, else ``$XDG_CACHE_HOME/storyline``, else ``~/.cache/storyline``) as
plain ``.npy`` files and read from there by later processes: the same arrays, so the same
answers. When the cache cannot be written or read, the model is unpacked as py3langid does.

From the cache the model is also read faster, with the same result to the last bit: its
table of feature weights is kept as float32 (the type py3langid's scoring converts it to on
every call), and the byte n-grams of a text are found with array operations instead of a
Python loop over its bytes (see ``_ngram_counts``).
"""

from __future__ import annotations

import shutil
import tempfile
from array import array
from functools import lru_cache
from pathlib import Path
from typing import Any

from storyline.storepath import cache_dir

# The characters of a text the model reads: enough for a stable answer on long pages.
SAMPLE_CHARS = 5000
# Texts shorter than this (stripped) get no language: too little to tell.
MIN_CHARS = 20
# Answers less likely than this are "unsure" (None).
MIN_PROBABILITY = 0.5

# The model whose tokenizer's deepest state is WALK_DEPTH bytes from its start (py3langid
# 0.4's bundled model, known by its size); another model is scored by py3langid's own loop.
WALKED_MODEL_SIZE = 4_586_720
WALK_DEPTH = 6

# The model's arrays as py3langid's model file names them.
_ARRAYS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")


def detect_language(text: str) -> str | None:
    """ISO 639-1 code from py3langid (offline, bundled model); None when unsure."""
    if len(text.strip()) < MIN_CHARS:
        return None
    lang, prob = identifier().classify(text[:SAMPLE_CHARS])
    return str(lang) if prob >= MIN_PROBABILITY else None


@lru_cache(maxsize=1)
def identifier() -> Any:
    """py3langid's identifier with normalised probabilities, loaded once per process."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    model = Path(MODEL_DIR) / MODEL_FILE
    arrays = _cached_arrays(model)
    if arrays is None:
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    walked = model.stat().st_size == WALKED_MODEL_SIZE
    kind = _make_walked() if walked else LanguageIdentifier
    return kind(
        arrays["ptc"],
        arrays["pc"],
        arrays["classes"].tolist(),
        _int_array(arrays["nextmove"]),
        arrays["out_feat"].tolist(),
        norm_probs=True,
        tk_row=_int_array(arrays["nextmove_row"]),
    )


def _cached_arrays(model: Path) -> dict[str, Any] | None:
    """The model's arrays from the cache, unpacking them there first if needed; None when
    the cache cannot be used (read-only home, full disk, a model file that changed shape)."""
    import numpy as np

    try:
        stat = model.stat()
        folder = cache_dir() / f"langid-{stat.st_size}-{stat.st_mtime_ns}-f32"
        if not folder.is_dir():
            _unpack(model, folder)
        # Memory-mapped: worker processes share the pages of the big table.
        arrays = {name: np.load(folder / f"{name}.npy", mmap_mode="r") for name in _ARRAYS}
        arrays["pc"] = np.array(arrays["pc"])  # small: a plain array, as py3langid holds it
        return arrays
    except (OSError, ValueError, KeyError, RuntimeError):  # RuntimeError: no home folder
        return None


def _unpack(model: Path, folder: Path) -> None:
    """Write the model's arrays as .npy files into ``folder``, atomically (a process that
    loses the race keeps the other's copy)."""
    import lzma

    import numpy as np

    folder.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".langid-", dir=folder.parent))
    try:
        with tempfile.TemporaryFile(suffix=".npz") as unpacked:
            with lzma.open(model) as packed:
                shutil.copyfileobj(packed, unpacked, length=1 << 20)
            unpacked.seek(0)
            with np.load(unpacked, allow_pickle=False) as data:
                for name in _ARRAYS:
                    # float16 to float32 is exact: the same weights, scored without a cast.
                    values = data[name].astype(np.float32) if name == "ptc" else data[name]
                    np.save(work / f"{name}.npy", values, allow_pickle=False)
        try:
            work.rename(folder)
        except OSError:
            if not folder.is_dir():
                raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
    # Copies of an earlier model (py3langid upgraded or reinstalled) are no longer read.
    for old in folder.parent.glob("langid-*"):
        if old != folder:
            shutil.rmtree(old, ignore_errors=True)


def _make_walked() -> type:
    """py3langid's identifier with its per-byte tokenizer loop done by array operations."""
    import numpy as np
    from py3langid.langid import LanguageIdentifier

    class Walked(LanguageIdentifier):
        def _raw_score(self, text: bytes) -> Any:
            visits = _ngram_counts(self, text)
            if not visits:
                return super()._raw_score(b"")  # no features: py3langid's own answer
            idx = np.fromiter(visits.keys(), dtype=np.intp, count=len(visits))
            counts = np.fromiter(visits.values(), dtype=np.float32, count=len(visits))
            return np.log1p(counts) @ self.nb_ptc[idx] + self.nb_pc

    return Walked


def _ngram_counts(model: Any, data: bytes) -> dict[int, int] | None:
    """What py3langid's ``visit_counts`` returns: each feature's count, in order of first
    appearance (the order its scores are summed in). Its tokenizer is an Aho-Corasick
    automaton over byte n-grams, so the state after a byte depends only on the last
    ``WALK_DEPTH`` bytes: every position walks those few bytes at once, as arrays."""
    import numpy as np

    walk = getattr(model, "_walk_arrays", None)
    if walk is None:
        nextmove = np.frombuffer(model.tk_nextmove, dtype=np.dtype(model.tk_nextmove.typecode))
        rows = np.asarray(model._rowbase, dtype=np.intp)
        walk = model._walk_arrays = (nextmove, rows, np.asarray(model.tk_output, dtype=np.intp))
    nextmove, rows, output = walk
    text = np.frombuffer(data, dtype=np.uint8).astype(np.intp)
    state = np.zeros(len(text), dtype=np.intp)
    for back in range(min(WALK_DEPTH, len(text)) - 1, -1, -1):
        state[back:] = nextmove[rows[state[back:]] + text[: len(text) - back]]
    found = output[state]
    found = found[found >= 0]
    if not len(found):
        return None
    features, first, counts = np.unique(found, return_index=True, return_counts=True)
    order = np.argsort(first, kind="stable")
    return dict(zip(features[order].tolist(), counts[order].tolist(), strict=True))


def _int_array(values: Any) -> array[int]:
    """An unsigned integer array as the stdlib ``array`` py3langid walks (fast item access)."""
    codes = {2: "H", 4: "I", 8: "L"}
    out = array(codes[values.dtype.itemsize])
    out.frombytes(memoryview(values.tobytes()))
    return out
