"""`--help` for the benchmark scripts that read their few arguments by hand: print the script's
docstring (its usage) and stop before anything is measured or any result file is written."""

from __future__ import annotations

import sys


def exit_if_help_asked(doc: str | None) -> None:
    if {"-h", "--help"} & set(sys.argv[1:]):
        print((doc or "").strip())
        raise SystemExit(0)
