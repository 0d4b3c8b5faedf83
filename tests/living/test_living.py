"""The living package: the store imports it, so its ``__init__`` must import nothing."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import storyline.living


def test_the_package_init_imports_nothing():
    path = Path(storyline.living.__file__)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imports = [n for n in ast.walk(tree) if isinstance(n, ast.Import | ast.ImportFrom)]
    assert imports == []
    assert tree.body and isinstance(tree.body[0], ast.Expr)  # only its docstring


def test_its_modules_import_under_the_package():
    for name in ("changes", "identity", "pages", "versions"):
        module = importlib.import_module(f"storyline.living.{name}")
        assert module.__name__.startswith("storyline.living.")
