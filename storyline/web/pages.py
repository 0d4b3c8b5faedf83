"""The HTML pages: stories, story (the brief), document, entities, entity, search; each list
with CSV and JSON export (``?format=csv`` / ``?format=json``)."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import Response

from storyline.render.charts import mentions_chart
from storyline.render.html import render_html
from storyline.render.labels import link_url
from storyline.web import versions as _versions  # noqa: F401 - registers the story history
from storyline.web.api import SortKey, plain_hits, shared, story_query
from storyline.web.data import (
    document_view,
    entity_documents,
    entity_list,
    entity_quotes,
    search,
    stories_titles,
)
from storyline.web.export import csv_response, json_response
from storyline.web.history import history_sections

router = APIRouter(include_in_schema=False)
Format = Literal["html", "csv", "json"]
VISIT_GAP = timedelta(minutes=30)
STORY_COLUMNS = [
    ("headline", "headline"),
    ("size", "documents"),
    ("independent", "independent sources"),
    ("start", "from"),
    ("end", "to"),
    ("updated", "last update"),
]


def page(request: Request, name: str, context: dict[str, Any]) -> Response:
    return request.app.state.templates.TemplateResponse(request, name, context)


def _visits(request: Request) -> tuple[str, str, bool]:
    """(last visit, this visit, renewed): a visit ends after 30 minutes without one."""
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
    last = request.cookies.get("last_visit", "")
    this = request.cookies.get("this_visit", "")
    try:
        renewed = not this or now - datetime.fromisoformat(this) > VISIT_GAP
    except ValueError:
        renewed = True
    if renewed:
        last, this = this, now.isoformat(sep=" ")
    return last, this, renewed


@router.get("/")
def stories_page(
    request: Request,
    q: str = "",
    outlet: str = "",
    language: str = "",
    date_from: str = "",
    date_to: str = "",
    min_size: int = 0,
    max_size: int = 0,
    sort: SortKey = "updated",
    order: Literal["asc", "desc"] = "desc",
    page_no: int = Query(1, alias="page", ge=1),
    format: Format = "html",
) -> Response:
    state = shared(request)
    store = state.store()
    query = story_query(
        q, outlet, language, date_from, date_to, min_size, max_size, sort, order, page_no
    )
    if format != "html":
        query.per_page = 1_000_000
    rows, total = state.listing.query(store, query)
    if format == "csv":
        columns = ["id", "headline", "size", "independent", "start", "end", "updated", "outlets"]
        return csv_response([r.record() for r in rows], columns, "stories")
    if format == "json":
        return json_response([r.record() for r in rows], "stories")
    everything = state.listing.rows(store)
    last, this, renewed = _visits(request)
    response = page(
        request,
        "stories.html",
        {
            "rows": rows,
            "total": total,
            "all_count": len(everything),
            "documents": store.count_documents(),
            "query": query,
            "params": query.filters(),
            "columns": STORY_COLUMNS,
            "outlets": state.listing.outlets[:500],
            "languages": state.listing.languages,
            "last_visit": last.replace("T", " "),
        },
    )
    if renewed:
        for name, value in (("last_visit", last), ("this_visit", this)):
            response.set_cookie(name, value, max_age=400 * 86400, httponly=True, samesite="lax")
    return response


def _story(request: Request, story_id: str) -> tuple[Any, Any]:
    state = shared(request)
    store = state.store()
    story = store.get_story(story_id)
    if story is None:
        raise HTTPException(404, f"No story {story_id} in this store.")
    return store, state.briefs.get(store, story)


@router.get("/stories/{story_id}")
def story_page(request: Request, story_id: str) -> Response:
    store, cached = _story(request, story_id)
    extra = history_sections(store, story_id)
    body = cached.body
    if extra:
        from storyline.render.html import brief_body

        body = brief_body(cached.result.brief, cached.result.documents, extra)
    return page(
        request,
        "story.html",
        {
            "story_id": story_id,
            "headline": cached.result.brief.headline,
            "body": body,
            "documents": cached.result.documents,
        },
    )


@router.get("/stories/{story_id}/brief.{fmt}")
def story_download(request: Request, story_id: str, fmt: Literal["md", "html", "json"]) -> Response:
    """The brief as a file, exactly as `storyline brief --format FMT` writes it."""
    from storyline.render import render
    from storyline.render.html import _csp

    _, cached = _story(request, story_id)
    result = cached.result
    if fmt == "html":
        return Response(
            render_html(result.brief, result.documents),
            media_type="text/html; charset=utf-8",
            headers={"Content-Security-Policy": _csp()},
        )
    media = "text/markdown; charset=utf-8" if fmt == "md" else "application/json"
    return Response(
        render(result.brief, result.documents, fmt),
        media_type=media,
        headers={"Content-Disposition": f'attachment; filename="brief-{story_id}.{fmt}"'},
    )


@router.get("/documents/{doc_id}")
def document_page(request: Request, doc_id: str) -> Response:
    view = document_view(shared(request).store(), doc_id)
    if view is None:
        raise HTTPException(404, f"No document {doc_id} in this store.")
    return page(
        request, "document.html", {"doc": view.doc, "view": view, "url": link_url(view.doc.url)}
    )


@router.get("/entities")
def entities_page(
    request: Request,
    q: str = "",
    label: str = "",
    page_no: int = Query(1, alias="page", ge=1),
    format: Format = "html",
) -> Response:
    store = shared(request).store()
    per_page = 50 if format == "html" else 1_000_000
    rows, total = entity_list(store, q, label, page_no, per_page)
    if format == "csv":
        columns = ["key", "name", "label", "aliases", "roles", "documents", "mentions"]
        return csv_response(rows, columns, "entities")
    if format == "json":
        return json_response(rows, "entities")
    labels = [r[0] for r in store.conn.execute("SELECT DISTINCT label FROM entity_index")]
    params = {k: v for k, v in {"q": q, "label": label}.items() if v}
    return page(
        request,
        "entities.html",
        {
            "rows": rows,
            "total": total,
            "params": params,
            "labels": sorted(labels),
            "page": page_no,
            "per_page": per_page,
        },
    )


@router.get("/entities/{key:path}")
def entity_page(request: Request, key: str, format: Format = "html") -> Response:
    from storyline.entityindex import get_entity

    store = shared(request).store()
    ent = get_entity(store, key)
    if ent is None:
        raise HTTPException(404, f"No entity {key} in this store.")
    if format != "html":
        rows = [{"doc_id": d, "start": s, "end": e, "text": t} for d, s, e, t in ent.mentions]
        if format == "csv":
            return csv_response(rows, ["doc_id", "start", "end", "text"], "mentions")
        return json_response(ent.record(), "entity")
    documents = entity_documents(store, key)
    forms: dict[str, list[str]] = defaultdict(list)
    for d, _, _, text in ent.mentions:
        if text not in forms[d]:
            forms[d].append(text)
    return page(
        request,
        "entity.html",
        {
            "ent": ent,
            "documents": documents,
            "forms": forms,
            "stories": stories_titles(store, {d["story_id"] for d in documents}),
            "quotes": entity_quotes(store, key),
            "titles": {d["doc_id"]: d["title"] or d["doc_id"] for d in documents},
            "chart": mentions_chart([(d["published"], d["mentions"]) for d in documents]),
        },
    )


@router.get("/search")
def search_page(request: Request, q: str = "", format: Format = "html") -> Response:
    store = shared(request).store()
    if format != "html":
        found = search(store, q, limit=500)
        rows = [
            {"type": "document", "id": d["doc_id"], "title": d["title"],
             "text": plain_hits(d["snippet"])["text"]}
            for d in found["documents"]
        ] + [
            {"type": "quote", "id": x["doc_id"], "title": x["speaker"],
             "text": plain_hits(x["text"])["text"]}
            for x in found["quotes"]
        ] + [
            {"type": "entity", "id": x["key"], "title": plain_hits(x["name"])["text"], "text": ""}
            for x in found["entities"]
        ]  # fmt: skip
        if format == "csv":
            return csv_response(rows, ["type", "id", "title", "text"], "search")
        return json_response(rows, "search")
    return page(request, "search.html", {"q": q, "result": search(store, q) if q else None})
