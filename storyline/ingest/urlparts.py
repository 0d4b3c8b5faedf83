"""What reading files needs of the fetcher's rules, without the HTTP client: the size cap and its
message, a Content-Type header's parts, an address's scheme and host, and the fetch error.

storyline.ingest.fetch builds on these (and re-exports them); keeping them here lets a run over
local files (``storyline extract folder/``) skip importing httpx, a tenth of its imports.
"""

from __future__ import annotations

from urllib.parse import SplitResult, urlsplit

from storyline.errors import InputError, first_line

DEFAULT_MAX_BYTES = 50 * 2**20


class FetchError(InputError):
    """Any fetch that did not give a page: its message names the URL the user gave."""


def check_scheme_and_host(url: str) -> SplitResult:
    """The URL's parts, if it is http(s) with a host; else a FetchError saying what is wrong."""
    try:
        parts = urlsplit(url)
        host, _ = parts.hostname, parts.port
    except ValueError as exc:  # a bracketed host that is no IPv6 address, a port over 65535
        raise FetchError(url, f"invalid URL ({first_line(exc)})") from None
    if parts.scheme not in ("http", "https"):
        scheme = parts.scheme or "no scheme"
        raise FetchError(url, f"unsupported URL scheme '{scheme}' (only http and https)")
    if not host:
        raise FetchError(url, "URL has no host")
    return parts


def parse_content_type(header: str) -> tuple[str, str | None]:
    media, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    return media.strip().lower(), charset


def too_large(limit: int, size: int | None = None, what: str = "too large") -> str:
    """The one-line problem for content over the size cap."""
    stated = f"{size:,} bytes, " if size is not None else ""
    return f"{what} ({stated}over the {limit / 2**20:g} MB limit)"
