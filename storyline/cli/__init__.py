"""Command-line interface: one module per pipeline stage registers its commands on ``app``."""

from storyline.cli import (  # noqa: F401  (registers)
    analyze,
    brief,
    entities,
    evaluate,
    ingest,
    living,
    serve,
    stories,
)
from storyline.cli.app import app

__all__ = ["app"]
