"""Where the store lives (the one setting every command reads before it opens the store), and
the folder of what storyline derives once per machine.

Kept apart from ``storyline.store`` so that the CLI can declare its ``--db`` option (and print
``--help``) without importing the data model behind the store.
"""

from __future__ import annotations

import os
from pathlib import Path

DB_ENV = "STORYLINE_DB"
DEFAULT_DB = "storyline.db"


def default_db_path() -> Path:
    return Path(os.environ.get(DB_ENV) or DEFAULT_DB)


def cache_dir() -> Path:
    """Where storyline keeps what it derives once per machine (the unpacked language model,
    the stages' code versions): ``$STORYLINE_CACHE``, else ``$XDG_CACHE_HOME/storyline``, else
    ``~/.cache/storyline``."""
    if os.environ.get("STORYLINE_CACHE"):
        return Path(os.environ["STORYLINE_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "storyline"
