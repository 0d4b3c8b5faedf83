"""The JSON API under /api (schema at /openapi.json)."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from storyline.model import Brief, CopyRelation, Document
from storyline.web.data import (
    HIT_CLOSE,
    HIT_OPEN,
    StoryQuery,
    document_view,
    entity_documents,
    entity_list,
    entity_quotes,
    search,
)

router = APIRouter(prefix="/api", tags=["api"])
SortKey = Literal["updated", "size", "independent", "start", "end", "headline"]


class OutletCount(BaseModel):
    outlet: str
    documents: int


class StoryItem(BaseModel):
    id: str
    headline: str
    size: int = Field(description="documents")
    independent: int = Field(description="independent sources: documents less copies")
    outlets: list[OutletCount]
    languages: list[str]
    start: str | None
    end: str | None
    updated: str = Field(description="when a document of the story was last stored (UTC)")


class StoryList(BaseModel):
    total: int
    page: int
    per_page: int
    stories: list[StoryItem]


class EntityItem(BaseModel):
    key: str
    name: str
    label: str
    aliases: list[str]
    roles: list[str]
    documents: int
    mentions: int


class EntityList(BaseModel):
    total: int
    page: int
    per_page: int
    entities: list[EntityItem]


class MentionOut(BaseModel):
    doc_id: str
    start: int
    end: int
    text: str


class EntityOut(BaseModel):
    key: str
    name: str
    label: str
    aliases: list[str]
    roles: list[str]
    mentions: list[MentionOut]
    title_mentions: list[MentionOut] = Field(description="offsets into the document's title")
    documents: list[dict[str, Any]]
    quotes: list[dict[str, Any]]


class DocumentOut(BaseModel):
    document: Document
    relations: list[CopyRelation]
    story_ids: list[str]
    entities: list[dict[str, Any]]
    quotes: list[dict[str, Any]]


class Hit(BaseModel):
    text: str
    hits: list[tuple[int, int]] = Field(description="matched words: offsets into text")


class SearchOut(BaseModel):
    q: str
    total: dict[str, int]
    ranked: bool = Field(description="best first (bm25); false: too many matches, newest first")
    documents: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    entities: list[dict[str, Any]]


def shared(request: Request) -> Any:
    return request.app.state.shared


def story_query(
    q: str = "",
    outlet: str = "",
    language: str = "",
    date_from: str = "",
    date_to: str = "",
    min_size: int = 0,
    max_size: int = 0,
    sort: SortKey = "updated",
    order: Literal["asc", "desc"] = "desc",
    page: int = 1,
    per_page: int = 50,
) -> StoryQuery:
    return StoryQuery(
        q, outlet, language, date_from, date_to, min_size, max_size, sort, order,
        max(page, 1), min(max(per_page, 1), 1000),
    )  # fmt: skip


@router.get("/stories", response_model=StoryList)
def api_stories(
    request: Request,
    q: str = "",
    outlet: str = "",
    language: str = "",
    date_from: str = Query("", description="YYYY-MM-DD: stories that end on or after it"),
    date_to: str = Query("", description="YYYY-MM-DD: stories that start on or before it"),
    min_size: int = 0,
    max_size: int = 0,
    sort: SortKey = "updated",
    order: Literal["asc", "desc"] = "desc",
    page: int = Query(1, ge=1),
    per_page: int = Query(50, ge=1, le=1000),
) -> Response:
    """Stories, filtered and sorted; one page of them."""
    state = shared(request)
    query = story_query(
        q, outlet, language, date_from, date_to, min_size, max_size, sort, order, page, per_page
    )
    rows, total = state.listing.query(state.store(), query)
    # A ready response: the rows are well-formed already, validating them again is the
    # largest cost of this call at 100,000 documents.
    return JSONResponse(
        {
            "total": total,
            "page": query.page,
            "per_page": query.per_page,
            "stories": [r.record() for r in rows],
        }
    )


@router.get("/stories/{story_id}", responses={200: {"model": Brief}})
def api_story(request: Request, story_id: str) -> Response:
    """The story's brief (the same JSON as `storyline brief --format json`)."""
    state = shared(request)
    store = state.store()
    story = store.get_story(story_id)
    if story is None:
        raise HTTPException(404, f"no story {story_id}")
    return Response(state.briefs.get(store, story).json, media_type="application/json")


@router.get("/documents/{doc_id}", response_model=DocumentOut)
def api_document(request: Request, doc_id: str) -> dict[str, Any]:
    """A stored document (clean text, removed lines and reasons, metadata), its copy relations,
    its story, the entities and quotes found in it."""
    view = document_view(shared(request).store(), doc_id)
    if view is None:
        raise HTTPException(404, f"no document {doc_id}")
    return {
        "document": view.doc,
        "relations": view.relations,
        "story_ids": [s.id for s in view.stories],
        "entities": view.entities,
        "quotes": view.quotes,
    }


@router.get("/entities", response_model=EntityList)
def api_entities(
    request: Request,
    q: str = "",
    label: str = "",
    page: int = Query(1, ge=1),
    per_page: int = Query(50, ge=1, le=1000),
) -> dict[str, Any]:
    """Entities of the cross-story index, most documents first."""
    rows, total = entity_list(shared(request).store(), q, label, page, per_page)
    return {"total": total, "page": page, "per_page": per_page, "entities": rows}


@router.get("/entities/{key:path}", response_model=EntityOut)
def api_entity(request: Request, key: str) -> Response:
    """One entity: names, roles, every mention, the documents and quotes."""
    from storyline.entityindex import get_entity

    store = shared(request).store()
    ent = get_entity(store, key)
    if ent is None:
        raise HTTPException(404, f"no entity {key}")
    return JSONResponse(
        {
            **ent.record(),
            "roles": ent.roles,
            "documents": entity_documents(store, key),
            "quotes": entity_quotes(store, key),
        }
    )


def plain_hits(text: str | None) -> dict[str, Any]:
    """A snippet with the FTS markers turned into offsets."""
    out, hits, start = [], [], 0
    length = 0
    for ch in text or "":
        if ch == HIT_OPEN:
            start = length
        elif ch == HIT_CLOSE:
            hits.append((start, length))
        else:
            out.append(ch)
            length += 1
    return {"text": "".join(out), "hits": hits}


@router.get("/search", response_model=SearchOut)
def api_search(request: Request, q: str, limit: int = Query(20, ge=1, le=200)) -> Response:
    """Full-text search (every word must match; `word*` for a prefix) over documents, quotes
    and entity names; snippets with the offsets of the matched words."""
    found = search(shared(request).store(), q, limit)
    for d in found["documents"]:
        d["snippet"] = plain_hits(d["snippet"])
        d.pop("title_hit", None)
    for item in found["quotes"]:
        item["text"] = plain_hits(item["text"])
    for item in found["entities"]:
        item["name"] = plain_hits(item["name"])["text"]
    found["total"] = {
        "documents": found["total"].get("doc_search", 0),
        "quotes": found["total"].get("quote_search", 0),
        "entities": found["total"].get("entity_search", 0),
    }
    return JSONResponse(found)
