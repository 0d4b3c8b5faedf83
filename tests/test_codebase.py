"""The package import graph of ``storyline`` has no cycle.

Nodes are modules (``storyline/render/html.py`` is ``storyline.render.html``, a package's
``__init__.py`` is the package). An edge is any ``import`` of another storyline module found
anywhere in a file: at module level, inside a function (a late import still ties the two
modules together, it only defers the cost) and under ``TYPE_CHECKING``. ``from pkg import
name`` points at ``pkg.name`` when that is a module, else at ``pkg``.

Two granularities are checked:

* stages: each module folded into its sub-package or top-level module (``storyline.render``,
  ``storyline.synthesize``, ``storyline.model``...). A cycle there is a leak between stages:
  which runs first is no longer clear, and neither can be tested or moved alone.
* modules: a cycle between two files of one package (``clean.text`` <-> ``clean.textmeta``)
  means neither can be read without the other.
"""

from __future__ import annotations

import ast
import graphlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "storyline"

# Edges allowed to close a cycle (none today: keep it that way).
REMAINING: set[tuple[str, str]] = set()


def _modules() -> dict[str, Path]:
    out = {}
    for path in ROOT.rglob("*.py"):
        parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _imported(node: ast.AST, package: str) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if not isinstance(node, ast.ImportFrom):
        return []
    base = node.module or ""
    if node.level:  # relative: from . import x, from ..model import y
        parts = package.split(".")[: len(package.split(".")) - node.level + 1]
        base = ".".join([*parts, base] if base else parts)
    return [f"{base}.{alias.name}" for alias in node.names]


def import_graph() -> dict[str, set[str]]:
    """Module -> the storyline modules it imports."""
    modules = _modules()

    def owner(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {}
    for module, path in modules.items():
        package = module if path.name == "__init__.py" else module.rpartition(".")[0]
        targets = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            for name in _imported(node, package):
                target = owner(name) if name.split(".")[0] == "storyline" else None
                if target and target != module:
                    targets.add(target)
        graph[module] = targets
    return graph


def stage(module: str) -> str:
    return ".".join(module.split(".")[:2])


def stage_graph(graph: dict[str, set[str]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for module, targets in graph.items():
        out.setdefault(stage(module), set()).update(
            stage(t) for t in targets if stage(t) != stage(module)
        )
    return out


def cycle(graph: dict[str, set[str]]) -> list[str] | None:
    try:
        tuple(graphlib.TopologicalSorter(graph).static_order())
    except graphlib.CycleError as exc:
        return list(exc.args[1])
    return None


def without(graph: dict[str, set[str]], edges: set[tuple[str, str]]) -> dict[str, set[str]]:
    return {m: {t for t in targets if (m, t) not in edges} for m, targets in graph.items()}


def test_graph_sees_late_and_type_checking_imports():
    graph = import_graph()
    # A function-level import (the renderers are imported when first used) ...
    assert "storyline.render.html" in graph["storyline.render"]
    # ... a relative-free `from package import module` ...
    assert "storyline.clean.lines" in graph["storyline.clean.textmeta"]
    # ... and names imported from a package resolve to the package.
    assert "storyline.model" in graph["storyline.render.labels"]


def test_the_only_cycles_left_are_the_known_edges():
    """New code must not add a cycle: with the known edges taken out, both graphs are acyclic."""
    graph = without(import_graph(), REMAINING)
    assert cycle(graph) is None
    assert cycle(stage_graph(graph)) is None


def test_no_cycle_between_stages():
    assert cycle(stage_graph(import_graph())) is None


def test_no_cycle_between_modules():
    assert cycle(import_graph()) is None


# ---------------------------------------------------------------- the tests mirror the package
#
# tests/<stage>/test_<module>.py tests storyline/<stage>/<module>.py (or the sub-package
# storyline/<stage>/<module>/); tests/<stage>/test_<stage>.py the stage's __init__.py;
# tests/test_<module>.py a top-level module storyline/<module>.py. A module's tests may be
# split by topic: test_<module>_<topic>.py. Only tests of the evaluation harness (tests/eval/)
# import storyline.eval.

TESTS = ROOT.parent / "tests"
# Whole-program tests: every stage at once (hostile input through every reader, fuzzing of
# every target, these rules, the benchmark scripts), so no one stage's folder is theirs.
WHOLE_PROGRAM = {"test_codebase.py", "test_fuzz.py", "test_hostile_input.py", "test_bench_help.py"}


def _stage_names() -> dict[str, set[str]]:
    """Each stage (sub-package of storyline) -> the names of its modules and sub-packages."""
    out = {}
    for package in ROOT.iterdir():
        if (package / "__init__.py").is_file():
            inner = {p.stem for p in package.glob("*.py") if p.stem != "__init__"}
            inner |= {p.name for p in package.iterdir() if (p / "__init__.py").is_file()}
            out[package.name] = inner | {package.name}
    return out


def _imports(path: Path) -> set[str]:
    """The storyline modules a test file imports (anywhere in it)."""
    if not path.is_file():
        return set()
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        for name in _imported(node, "tests"):
            if name.startswith("storyline."):
                names.add(name)
    return names


def _named_for(stem: str, modules: set[str]) -> bool:
    name = stem.removeprefix("test_")
    return any(name == m or name.startswith(m + "_") for m in modules)


def layout_errors() -> list[str]:
    stages = _stage_names()
    top = {p.stem for p in ROOT.glob("*.py") if p.stem != "__init__"}
    wrong = []
    for path in sorted(TESTS.rglob("test_*.py")):
        rel = path.relative_to(TESTS)
        if len(rel.parts) == 1:
            if path.name not in WHOLE_PROGRAM and not _named_for(path.stem, top):
                wrong.append(f"{rel}: a top-level test file is named after storyline/<module>.py")
            continue
        folder = rel.parts[0]
        if len(rel.parts) > 2 or folder not in stages:
            wrong.append(f"{rel}: test folders are tests/<stage>/ for storyline/<stage>/")
            continue
        if not _named_for(path.stem, stages[folder]):
            wrong.append(f"{rel}: not named test_<module>[_<topic>].py for a module of {folder}")
        # The folder's conftest counts: fixtures may be what reaches the stage.
        reached = {
            name.split(".")[1] for name in _imports(path) | _imports(path.parent / "conftest.py")
        }
        if folder not in reached and "cli" not in reached:
            wrong.append(f"{rel}: imports nothing from storyline.{folder} (nor drives the CLI)")
    return wrong


def test_every_test_file_sits_in_the_folder_of_the_stage_it_tests():
    wrong = layout_errors()
    assert not wrong, "\n".join(wrong)


def test_only_the_eval_harness_tests_import_evaluation_code():
    """conftest.py may ask storyline.eval where the shared data lives (one place decides it)."""
    wrong = [
        str(path.relative_to(TESTS))
        for path in sorted(TESTS.rglob("*.py"))
        if path.relative_to(TESTS).parts[0] != "eval"
        and path.name != "conftest.py"
        and any(name.split(".")[:2] == ["storyline", "eval"] for name in _imports(path))
    ]
    assert not wrong, f"import storyline.eval outside tests/eval: {wrong}"


def test_the_brief_never_imports_the_analyzers() -> None:
    """build_brief is a pure function of stored documents and analyses: nothing the synthesize
    stage reaches, even lazily, is an analyzer (or spaCy's loader)."""
    graph = import_graph()
    seen, todo = set(), [m for m in graph if stage(m) == "storyline.synthesize"]
    while todo:
        module = todo.pop()
        if module not in seen:
            seen.add(module)
            todo += graph.get(module, set())
    assert not sorted(m for m in seen if stage(m) == "storyline.analyze")
