"""The FastAPI application: HTML pages (Jinja2, autoescaped) and the JSON API under /api.

Safety: every page and download carries a Content-Security-Policy that allows scripts and
styles only from this server's /static (no inline script, so markup that slipped into a page
could not run), ``nosniff``, and no referrer; page content is escaped by the templates and the
renderer; only http(s) URLs become links. Read-only: every store connection is opened with
SQLite's ``mode=ro``.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware

from storyline.render.charts import coverage_bar
from storyline.render.html import CSS as BRIEF_CSS
from storyline.render.html import SCRIPT as BRIEF_SCRIPT
from storyline.safetext import safe_text
from storyline.store import Store
from storyline.web import api, pages
from storyline.web.briefs import BriefCache
from storyline.web.data import HIT_CLOSE, HIT_OPEN, StoryListing

HERE = Path(__file__).parent
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
LOOPBACK = ["127.0.0.1", "localhost", "::1", "[::1]"]


class State:
    """What every request shares: the store path, per-thread read-only connections, the
    stories list and the brief cache."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.local = threading.local()
        self.listing = StoryListing()
        self.briefs = BriefCache(path)
        self.started = datetime.now(UTC)

    def store(self) -> Store:
        store = getattr(self.local, "store", None)
        if store is None:
            store = Store(self.path, read_only=True)
            self.local.store = store
        return store


def _urlencode_dict(params: dict[str, Any], **changes: Any) -> str:
    merged = {**params, **changes}
    return urlencode({k: v for k, v in merged.items() if v not in (None, "", 0)})


def _highlight(text: str | None) -> Markup:
    """Escaped text with the search hits between the FTS markers in <mark>."""
    safe = str(escape(text or ""))
    return Markup(safe.replace(HIT_OPEN, "<mark>").replace(HIT_CLOSE, "</mark>"))


def templates() -> Jinja2Templates:
    found = Jinja2Templates(directory=str(HERE / "templates"))
    found.env.filters["urlencode_dict"] = _urlencode_dict
    found.env.filters["highlight"] = _highlight
    found.env.filters["coverage"] = lambda outlets: Markup(coverage_bar(outlets))
    # Every value a template prints loses control and bidi characters first (page text is
    # untrusted); Markup the app built itself is left as it is.
    found.env.finalize = _printable
    return found


def _printable(value: object) -> object:
    if isinstance(value, str) and not isinstance(value, Markup):
        return safe_text(value, keep_lines=True)
    return value


def create_app(path: str | Path, allowed_hosts: list[str] | None = None) -> FastAPI:
    """The app over the store at ``path``. ``allowed_hosts`` (plus loopback names) guards
    against DNS rebinding when given."""
    web = FastAPI(
        title="Storyline",
        summary="Stories, briefs, documents, entities and search over a Storyline store.",
        docs_url=None,  # the interactive docs load scripts from a CDN: /openapi.json only
        redoc_url=None,
    )
    web.state.shared = State(Path(path))
    web.state.templates = templates()
    if allowed_hosts is not None:
        web.add_middleware(TrustedHostMiddleware, allowed_hosts=[*allowed_hosts, *LOOPBACK])

    @web.middleware("http")
    async def headers(request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    @web.exception_handler(HTTPException)
    async def not_found(request: Request, exc: HTTPException) -> Response:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": str(exc.detail)}, status_code=exc.status_code)
        return web.state.templates.TemplateResponse(
            request,
            "error.html",
            {"status": exc.status_code, "message": exc.detail},
            status_code=exc.status_code,
        )

    @web.get("/static/site.css", include_in_schema=False)
    def site_css() -> Response:
        return Response((HERE / "static" / "site.css").read_text(), media_type="text/css")

    @web.get("/static/brief.css", include_in_schema=False)
    def brief_css() -> Response:
        return Response(BRIEF_CSS, media_type="text/css")

    @web.get("/static/brief.js", include_in_schema=False)
    def brief_js() -> Response:
        return Response(BRIEF_SCRIPT, media_type="text/javascript")

    @web.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    @web.get("/robots.txt", include_in_schema=False)
    def robots() -> PlainTextResponse:
        return PlainTextResponse("User-agent: *\nDisallow: /\n")

    web.include_router(api.router)
    web.include_router(pages.router)
    return web
