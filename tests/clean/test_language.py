"""The language of a cleaned text, and the unpacked model kept in the user's cache."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from storyline.clean import language

TEXTS = {
    "en": "The river authority opened all four spillway gates on Tuesday morning after the "
    "reservoir rose by almost two metres in a single night of heavy rain over the hills.",
    "fr": "Les pêcheurs du petit port ont décidé de rester à quai toute la semaine, car le "
    "vent souffle trop fort pour sortir les bateaux au large de la côte.",
    "de": "Die Bauern im Tal sagen, dass die Felder mit Mais schon unter Wasser stehen und "
    "die Ernte in diesem Jahr viel kleiner ausfallen wird als erhofft.",
}


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh cache folder, and a model loaded again from it (not from an earlier test)."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("STORYLINE_CACHE", str(folder))
    language.identifier.cache_clear()
    yield folder
    language.identifier.cache_clear()


def test_detects_the_language_of_a_text(cache: Path) -> None:
    for code, text in TEXTS.items():
        assert language.detect_language(text) == code
    assert language.detect_language("  Too short.  ") is None


def test_the_cached_model_gives_py3langid_s_own_scores(cache: Path) -> None:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    own = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    first = language.identifier()  # unpacks the model into the cache
    assert [p.name for p in cache.iterdir() if p.name.startswith("langid-")]
    language.identifier.cache_clear()
    again = language.identifier()  # a later process: read from the cache
    for text in [*TEXTS.values(), "Mixed words und Wörter et des mots", "12345 !!!"]:
        assert np.array_equal(own._decide(text), first._decide(text))
        assert np.array_equal(own._decide(text), again._decide(text))
        assert own.classify(text) == again.classify(text)


def test_an_unwritable_cache_falls_back_to_the_packed_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("STORYLINE_CACHE", str(blocker / "cache"))
    language.identifier.cache_clear()
    try:
        assert language.detect_language(TEXTS["fr"]) == "fr"
    finally:
        language.identifier.cache_clear()
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_the_cache_folder_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("STORYLINE_CACHE", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere/cache")
    assert language.cache_dir() == Path("/somewhere/cache/storyline")
    monkeypatch.setenv("STORYLINE_CACHE", "/elsewhere")
    assert language.cache_dir() == Path("/elsewhere")


def test_the_array_walk_finds_py3langid_s_ngrams_in_its_order(cache: Path) -> None:
    import random

    from py3langid.langid import visit_counts

    model = language.identifier()
    rng = random.Random(11)
    samples = [t.encode("utf-8") for t in TEXTS.values()]
    samples += [bytes(rng.randrange(256) for _ in range(rng.randint(0, 30))) for _ in range(300)]
    for data in samples:
        own = visit_counts(model.tk_nextmove, model._rowbase, model.tk_output, data)
        walked = language._ngram_counts(model, data)
        assert (list(own.items()) if own else None) == (list(walked.items()) if walked else None)


def test_a_copy_of_an_earlier_model_is_removed(cache: Path) -> None:
    stale = cache / "langid-1-2-f32"
    stale.mkdir(parents=True)
    (stale / "ptc.npy").write_bytes(b"old")
    unrelated = cache / "other-tool"
    unrelated.mkdir()
    assert language.detect_language(TEXTS["de"]) == "de"
    assert not stale.exists() and unrelated.is_dir()
    assert len(list(cache.glob("langid-*"))) == 1


def test_no_home_folder_falls_back_to_the_packed_model(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(language, "cache_dir", no_home)
    assert language.detect_language(TEXTS["en"]) == "en"
