"""What the web pages read: the stories list with its filters and orders, a document's view,
the entity list and pages, and search that never lets user syntax reach FTS5."""

from __future__ import annotations

import pytest

from storyline.entityindex import update_entity_index
from storyline.model import Analysis, CopyRelation, Document, Entity, Mention, Quote, Story
from storyline.store import Store
from storyline.web.data import (
    HIT_CLOSE,
    HIT_OPEN,
    StoryListing,
    StoryQuery,
    document_view,
    entity_documents,
    entity_list,
    entity_quotes,
    fts_query,
    search,
    stories_titles,
    story_rows,
)

FERRY = (
    "Councillor Edda Lunn said the ferry to Varnholm will run hourly. Lunn said: “We are ready.”"
)
ROAD = "Snow closed the Tessby road again."


def _doc(doc_id: str, text: str, outlet: str | None, language: str = "en", **kw) -> Document:
    return Document(id=doc_id, source=f"{doc_id}.txt", text=text, outlet=outlet,
                    language=language, title=kw.pop("title", f"Title {doc_id}"), **kw)  # fmt: skip


def _lunn(text: str) -> Entity:
    mentions = []
    for s in ("Edda Lunn", "Lunn"):
        i = text.find(s)
        if i >= 0:
            mentions.append(Mention(text=s, start=i, end=i + len(s)))
    return Entity(key="lunn", name="Edda Lunn", label="PERSON", mentions=mentions[:1])


@pytest.fixture()
def store(db_path):
    with Store(db_path) as s:
        s.put_documents([
            _doc("f1", FERRY, "Fjord Times", published="2026-02-01", title="Ferry to run hourly"),
            _doc("f2", FERRY + " Copied.", "Coast Daily", published="2026-02-02"),
            _doc("f3", FERRY + " More.", "Fjord Times", language="nb", published="2026-02-03"),
            _doc("r1", ROAD, None, published="2025-12-01", title="Road closed"),
        ])  # fmt: skip
        s.put_stories([
            Story(id="ferry", label="Varnholm ferry line", doc_ids=["f1", "f2", "f3"],
                  start="2026-02-01", end="2026-02-03"),
            Story(id="road", label="Tessby road closed", doc_ids=["r1"], start="2025-12-01",
                  end="2025-12-01"),
        ])  # fmt: skip
        s.put_relations([CopyRelation(doc_id="f2", of_id="f1", kind="copy_of", score=0.9)])
        q0 = FERRY.index("We are ready.")
        s.put_analyses([
            Analysis(doc_id="f1", version="t", text_hash="h", entities=[_lunn(FERRY)],
                     quotes=[Quote(text="We are ready.", kind="direct", speaker="Edda Lunn",
                                   speaker_key="lunn", start=q0, end=q0 + 13)]),
            *(Analysis(doc_id=i, version="t", text_hash="h") for i in ("f2", "f3", "r1")),
        ])  # fmt: skip
        update_entity_index(s)
        yield s


def test_story_rows_count_outlets_languages_and_copies(store):
    rows = {r.id: r for r in story_rows(store)}
    ferry = rows["ferry"]
    assert ferry.size == 3 and ferry.independent == 2  # f2 is a copy of f1
    assert ferry.outlets[0] == ("Fjord Times", 2)
    assert ferry.languages == ["en", "nb"]
    assert rows["road"].outlets == [("unknown outlet", 1)]
    record = ferry.record()
    assert record["outlets"][0] == {"outlet": "Fjord Times", "documents": 2}


def test_the_listing_filters_sorts_and_pages(store):
    listing = StoryListing()
    rows, total = listing.query(store, StoryQuery(sort="size"))
    assert total == 2 and [r.id for r in rows] == ["ferry", "road"]
    rows, _ = listing.query(store, StoryQuery(sort="size", order="asc"))
    assert [r.id for r in rows] == ["road", "ferry"]
    assert [r.id for r in listing.query(store, StoryQuery(q="FERRY"))[0]] == ["ferry"]
    assert [r.id for r in listing.query(store, StoryQuery(outlet="coast daily"))[0]] == ["ferry"]
    assert [r.id for r in listing.query(store, StoryQuery(language="nb"))[0]] == ["ferry"]
    assert [r.id for r in listing.query(store, StoryQuery(date_to="2025-12-31"))[0]] == ["road"]
    assert [r.id for r in listing.query(store, StoryQuery(date_from="2026-02-02"))[0]] == ["ferry"]
    assert listing.query(store, StoryQuery(min_size=2, max_size=2))[1] == 0
    assert listing.query(store, StoryQuery(outlet="nobody"))[1] == 0
    page2, total = listing.query(store, StoryQuery(sort="headline", per_page=1, page=2))
    assert total == 2 and len(page2) == 1
    assert listing.outlets == ["Coast Daily", "Fjord Times", "unknown outlet"]
    assert listing.languages == ["en", "nb"]


def test_the_listing_follows_changes_of_the_store(store):
    listing = StoryListing()
    assert listing.query(store, StoryQuery())[1] == 2
    store.put_documents([_doc("n1", "A new page about gulls.", "Bird News")])
    store.put_stories([Story(id="gulls", label="Gulls", doc_ids=["n1"])])
    assert listing.query(store, StoryQuery())[1] == 3


def test_query_filters_leave_out_defaults_and_the_page():
    assert StoryQuery().filters() == {}
    assert StoryQuery(q="x", page=3, min_size=2).filters() == {"q": "x", "min_size": 2}


def test_document_view_has_relations_story_entities_and_quotes(store):
    view = document_view(store, "f2")
    assert view is not None
    assert [(r.doc_id, r.of_id) for r in view.relations] == [("f2", "f1")]
    assert view.titles == {"f1": "Ferry to run hourly"}
    assert [s.id for s in view.stories] == ["ferry"]
    assert document_view(store, "missing") is None
    f1 = document_view(store, "f1")
    assert [e["name"] for e in f1.entities] == ["Edda Lunn"]
    assert [q["text"] for q in f1.quotes] == ["We are ready."]


def test_entity_list_pages_and_filters(store):
    people, total = entity_list(store, label="PERSON")
    assert total == 1 and people[0]["name"] == "Edda Lunn"
    assert people[0]["documents"] == 3  # NER found it once; the index finds it on f2, f3
    assert entity_list(store, q="lunn")[1] == 1
    assert entity_list(store, q="nobody")[1] == 0
    key = people[0]["key"]
    docs = entity_documents(store, key)
    assert [d["doc_id"] for d in docs] == ["f1", "f2", "f3"]
    assert docs[0]["story_id"] == "ferry"
    assert [q["text"] for q in entity_quotes(store, key)] == ["We are ready."]


def test_stories_titles_skips_unknown_and_empty_ids(store):
    assert stories_titles(store, {"ferry", "", "nope"}) == {"ferry": "Varnholm ferry line"}


def test_fts_query_quotes_every_word_and_keeps_a_prefix_star():
    assert fts_query("ferry line") == '"ferry" "line"'
    assert fts_query("ferr*") == '"ferr"*'
    assert fts_query('title:x OR "y" NEAR(z)') == '"title" "x" "OR" "y" "NEAR" "z"'
    assert fts_query("  ... -- ") == ""


def test_search_finds_documents_quotes_and_entities_with_marked_hits(store):
    found = search(store, "ferry")
    assert {d["doc_id"] for d in found["documents"]} == {"f1", "f2", "f3"}
    assert found["total"]["doc_search"] == 3 and found["ranked"]
    assert all(HIT_OPEN in d["snippet"] and HIT_CLOSE in d["snippet"] for d in found["documents"])
    assert [q["doc_id"] for q in search(store, "ready")["quotes"]] == ["f1"]
    assert [e["label"] for e in search(store, "Lunn")["entities"]] == ["PERSON"]
    assert search(store, "NEAR(")["documents"] == []  # no FTS5 syntax error
    empty = search(store, "!!!")
    assert empty["documents"] == [] and empty["total"] == {}
