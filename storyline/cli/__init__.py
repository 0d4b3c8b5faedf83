"""Command-line interface: one module per pipeline stage registers its commands on ``app``."""

from storyline.cli import analyze, brief, evaluate, ingest, stories  # noqa: F401  (registers)
from storyline.cli.app import app

__all__ = ["app"]
