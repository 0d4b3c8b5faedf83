"""Where the store lives: the one setting every command reads before it opens the store.

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
