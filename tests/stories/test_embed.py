"""The optional sentence-embedding extra, tested without loading the model."""

from __future__ import annotations

import numpy as np
import pytest

from storyline.model import Document
from storyline.stories import embed as embed_module
from storyline.stories.embed import MAX_CHARS, available, embed


def test_available_is_a_plain_answer() -> None:
    assert isinstance(available(), bool)


def test_available_is_false_when_a_package_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        embed_module, "find_spec", lambda name: None if name == "sentence_transformers" else 1
    )
    assert available() is False


def test_available_is_true_when_every_package_is_found(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embed_module, "find_spec", lambda name: object())
    assert available() is True


@pytest.mark.parametrize("error", [ImportError, ValueError])
def test_available_survives_a_broken_install(
    monkeypatch: pytest.MonkeyPatch, error: type[Exception]
) -> None:
    def broken(name: str) -> None:
        raise error(name)

    monkeypatch.setattr(embed_module, "find_spec", broken)
    assert available() is False


class _FakeModel:
    """Stands in for the SentenceTransformer: records what it was asked to encode."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.kwargs: dict = {}

    def encode(self, texts: list[str], **kwargs) -> np.ndarray:
        self.texts, self.kwargs = list(texts), kwargs
        return np.array([[3.0, 4.0]] * len(texts), dtype=np.float64) / 5.0


def test_embed_reads_title_and_lead_capped(monkeypatch: pytest.MonkeyPatch) -> None:
    model = _FakeModel()
    monkeypatch.setattr(embed_module, "load_model", lambda: model)
    docs = [
        Document(id="a", source="a", title="Quarry floods", text="Water rose overnight."),
        Document(id="b", source="b", title=None, text="x" * (MAX_CHARS * 2)),
    ]
    vectors = embed(docs, batch_size=4)
    assert model.texts[0] == "Quarry floods\nWater rose overnight."
    assert model.texts[1] == ("\n" + "x" * MAX_CHARS)[:MAX_CHARS]
    assert len(model.texts[1]) == MAX_CHARS
    assert model.kwargs["normalize_embeddings"] is True
    assert model.kwargs["batch_size"] == 4
    assert len(vectors) == 2
    assert all(v.dtype == np.float32 for v in vectors)
    assert np.allclose(vectors[0], [0.6, 0.8])


def test_embed_of_no_documents_is_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    model = _FakeModel()
    monkeypatch.setattr(embed_module, "load_model", lambda: model)
    assert embed([]) == []


@pytest.mark.skipif(not embed_module.available(), reason="the embeddings extra is not installed")
def test_loading_the_model_draws_no_bar_of_its_own(capfd: pytest.CaptureFixture[str]) -> None:
    """transformers draws a 'Loading weights' bar on stderr; --quiet must silence everything,
    and our own progress (rich, in documents) is the only one shown."""
    embed_module.load_model.cache_clear()
    embed_module.load_model()
    assert capfd.readouterr().err == ""
