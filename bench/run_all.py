"""`make bench`: run every benchmark script in turn; each prints a table and writes JSON."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from usage import exit_if_help_asked

BENCHES = [
    "extraction",
    "analyze",
    "speed",
    "profile_stages",
    "cluster_scale",
    "brief",
    "claims",
    "serve_load",
    "serve_scale",
    "living_replay",
    "living_scale",
    "codebase",
]


def _load(name: str):  # a module
    path = Path(__file__).with_name(f"{name}.py")
    spec = importlib.util.spec_from_file_location(f"bench_{name}", path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def main() -> int:
    chosen = sys.argv[1:] or BENCHES
    failed = []
    for name in chosen:
        print(f"\n=== bench/{name}.py")
        try:
            _load(name).main()
        except Exception as exc:  # one broken benchmark should not hide the others' numbers
            print(f"bench/{name}.py failed: {exc}")
            failed.append(name)
    return 1 if failed else 0


if __name__ == "__main__":
    exit_if_help_asked(__doc__)
    sys.exit(main())
