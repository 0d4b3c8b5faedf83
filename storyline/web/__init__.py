"""The newsroom view: a local web app and JSON API over one store (``storyline serve``)."""

from storyline.web.app import create_app

__all__ = ["create_app"]
