"""The entity index: names merged across every stored page, with mentions as offsets into the
stored text (and, apart, into titles), rebuilt only when the analyses change."""

from __future__ import annotations

import pytest

from storyline.entityindex import entities, get_entity, is_current, update_entity_index
from storyline.model import Analysis, Document, Entity, Mention
from storyline.store import Store

TEXT_A = "Mira Holt leads the Varn Water Board. Holt said the reservoir is full."
TEXT_B = "The Varn Water Board met on Friday. Mira Holt spoke first."
TEXT_C = "A quiet week in Oslund with no news from Mira Holt."


def _ent(text: str, key: str, name: str, label: str, *surfaces: str) -> Entity:
    mentions = []
    for s in surfaces:
        start = text.rindex(s)  # "Holt" alone, not the one inside "Mira Holt"
        mentions.append(Mention(text=s, start=start, end=start + len(s)))
    return Entity(key=key, name=name, label=label, mentions=mentions)


def _fill(store: Store) -> None:
    store.put_documents(
        [
            Document(id="a", source="a.txt", text=TEXT_A, title="Holt warns on reservoir"),
            Document(id="b", source="b.txt", text=TEXT_B),
            Document(id="c", source="c.txt", text=TEXT_C),
        ]
    )
    store.put_analyses(
        [
            Analysis(doc_id="a", version="t", text_hash="h", entities=[
                _ent(TEXT_A, "p1", "Mira Holt", "PERSON", "Mira Holt", "Holt"),
                _ent(TEXT_A, "o1", "Varn Water Board", "ORG", "Varn Water Board"),
            ]),
            Analysis(doc_id="b", version="t", text_hash="h", entities=[
                _ent(TEXT_B, "p1", "Mira Holt", "PERSON", "Mira Holt"),
                _ent(TEXT_B, "o1", "Varn Water Board", "ORG", "Varn Water Board"),
            ]),
            # NER missed the name on c: the index finds it as a known name.
            Analysis(doc_id="c", version="t", text_hash="h", other_entities=[
                _ent(TEXT_C, "x1", "Oslund", "GPE", "Oslund"),
            ]),
        ]
    )  # fmt: skip


@pytest.fixture()
def store(db_path):
    with Store(db_path) as s:
        _fill(s)
        yield s


def _by_name(store: Store) -> dict[str, object]:
    return {e.name: e for e in entities(store)}


def test_the_index_is_built_once_and_rebuilt_when_analyses_change(store):
    assert not is_current(store)
    assert update_entity_index(store) is True
    assert is_current(store)
    assert update_entity_index(store) is False
    assert update_entity_index(store, force=True) is True
    store.put_analyses([Analysis(doc_id="c", version="t2", text_hash="h")])
    assert not is_current(store)
    assert update_entity_index(store) is True


def test_names_are_merged_across_pages_with_exact_offsets(store):
    update_entity_index(store)
    found = _by_name(store)
    holt = found["Mira Holt"]
    assert holt.label == "PERSON"
    texts = {"a": TEXT_A, "b": TEXT_B, "c": TEXT_C}
    assert {d for d, *_ in holt.mentions} == {"a", "b", "c"}
    for doc_id, start, end, text in holt.mentions:
        assert texts[doc_id][start:end] == text
    assert holt.docs == 3
    assert found["Varn Water Board"].docs == 2
    # Most documents first.
    assert list(found)[0] == "Mira Holt"


def test_title_mentions_are_offsets_into_the_title(store):
    update_entity_index(store)
    holt = _by_name(store)["Mira Holt"]
    assert holt.title_mentions, "the headline names Holt"
    for doc_id, start, end, text in holt.title_mentions:
        assert doc_id == "a"
        assert "Holt warns on reservoir"[start:end] == text
    assert all(not d.endswith("#title") for d, *_ in holt.mentions)


def test_other_names_are_indexed_apart_from_the_brief_entities(store):
    update_entity_index(store)
    oslund = _by_name(store)["Oslund"]
    assert oslund.label == "GPE"
    assert [d for d, *_ in oslund.mentions] == ["c"]


def test_reading_limited_to_some_documents(store):
    update_entity_index(store)
    names = [e.name for e in entities(store, doc_ids=["b"])]
    assert sorted(names) == ["Mira Holt", "Varn Water Board"]
    holt = next(e for e in entities(store, doc_ids=["b"]) if e.name == "Mira Holt")
    assert {d for d, *_ in holt.mentions} == {"b"}
    assert holt.title_mentions == []
    bare = next(iter(entities(store, with_mentions=False)))
    assert bare.mentions == []
    assert get_entity(store, "no-such-key") is None
    full = get_entity(store, holt.key)
    assert full is not None and len(full.mentions) >= 4


def test_record_is_the_json_shape(store):
    update_entity_index(store)
    holt = _by_name(store)["Mira Holt"]
    record = holt.record()
    assert set(record) == {"key", "name", "label", "aliases", "mentions", "title_mentions"}
    assert set(record["mentions"][0]) == {"doc_id", "start", "end", "text"}


def test_a_read_only_store_is_never_rebuilt(store, db_path):
    with Store(db_path, read_only=True) as ro:
        assert update_entity_index(ro, force=True) is False


def _merged_sizes(monkeypatch) -> list[int]:
    """The number of pages (titles apart) each merge of the index is given."""
    import storyline.synthesize.entities as merging

    sizes: list[int] = []
    real = merging.merge_and_propagate

    def counting(per_doc, texts, pages=None):
        sizes.append(sum(not d.endswith("#title") for d, _ in per_doc))
        return real(per_doc, texts, pages)

    monkeypatch.setattr(merging, "merge_and_propagate", counting)
    return sizes


def test_a_large_store_is_merged_a_shard_at_a_time_and_joined_by_name(store, monkeypatch):
    sizes = _merged_sizes(monkeypatch)
    update_entity_index(store, force=True, shard_docs=1)
    assert sizes == [1, 1, 1]  # never more than a shard of pages held at once
    found = list(entities(store))
    keys = [e.key for e in found]
    assert len(keys) == len(set(keys))
    holt = [e for e in found if e.name == "Mira Holt"]
    assert len(holt) == 1, "one person across the shards"
    assert holt[0].docs == 2  # page c alone never names Holt to NER, and no shard tells it
    assert {d for d, *_ in holt[0].mentions} == {"a", "b"}
    board = next(e for e in found if e.name == "Varn Water Board")
    assert board.docs == 2 and board.mention_count == 2


def test_shards_hold_whole_stories(store, monkeypatch):
    from storyline.model import Story

    # a and c are one story: in one shard, c's "Mira Holt" is found as a known name.
    store.put_stories(
        [Story(id="s1", label="x", doc_ids=["a", "c"]), Story(id="s2", label="y", doc_ids=["b"])]
    )
    sizes = _merged_sizes(monkeypatch)
    update_entity_index(store, force=True, shard_docs=2)
    assert sorted(sizes) == [1, 2]
    holt = _by_name(store)["Mira Holt"]
    assert {d for d, *_ in holt.mentions} == {"a", "b", "c"}
    assert holt.docs == 3


def test_one_shard_gives_the_whole_store_merge(store):
    update_entity_index(store, force=True)
    whole = [(e.key, e.name, e.aliases, e.docs, e.mentions) for e in entities(store)]
    update_entity_index(store, force=True, shard_docs=3)
    assert [(e.key, e.name, e.aliases, e.docs, e.mentions) for e in entities(store)] == whole
