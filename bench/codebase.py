"""`make size` (also part of `make bench`): the files and functions of ``storyline/`` over the
house limits, longest first. Prints a table and writes ``bench/results/codebase.json``.

A file's length is its number of lines. A function's length runs from its ``def`` line to its
last line (decorators left out; docstring, comments and blank lines inside counted), as a
reader scrolls it; a nested function counts in its parent too. Methods are named
``Class.method``. Reading only the source (``ast``), it takes well under a second.
"""

from __future__ import annotations

import ast
import json
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from usage import exit_if_help_asked

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "storyline"
RESULTS = ROOT / "bench" / "results" / "codebase.json"
MAX_FILE_LINES = 700
MAX_FUNCTION_LINES = 60


@dataclass
class Long:
    path: str
    name: str  # "" for a whole file
    line: int
    lines: int


def _functions(tree: ast.Module) -> list[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]]:
    """(qualified name, node) of every function and method, nested ones included."""
    out: list[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]] = []

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                out.append((prefix + child.name, child))
                visit(child, f"{prefix}{child.name}.")
            elif isinstance(child, ast.ClassDef):
                visit(child, f"{prefix}{child.name}.")
            else:
                visit(child, prefix)

    visit(tree, "")
    return out


def measure(package: Path = PACKAGE) -> tuple[list[Long], list[Long], int, int]:
    """Files over the file limit, functions over the function limit, and the totals seen."""
    files: list[Long] = []
    functions: list[Long] = []
    n_files = n_functions = 0
    for path in sorted(package.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        name = str(path.relative_to(package.parent))
        n_lines = len(source.splitlines())
        n_files += 1
        if n_lines > MAX_FILE_LINES:
            files.append(Long(name, "", 1, n_lines))
        for qualname, node in _functions(ast.parse(source)):
            n_functions += 1
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            if length > MAX_FUNCTION_LINES:
                functions.append(Long(name, qualname, node.lineno, length))
    files.sort(key=lambda x: -x.lines)
    functions.sort(key=lambda x: -x.lines)
    return files, functions, n_files, n_functions


def main() -> int:
    from rich.console import Console
    from rich.table import Table

    files, functions, n_files, n_functions = measure()
    console = Console()
    table = Table(
        title=f"storyline/ over the limits ({MAX_FILE_LINES} / {MAX_FUNCTION_LINES} lines)"
    )
    for column in ("what", "where", "lines", "over by"):
        table.add_column(column, justify="right" if column in ("lines", "over by") else "left")
    for item in files:
        table.add_row("file", item.path, str(item.lines), str(item.lines - MAX_FILE_LINES))
    for item in functions:
        where = f"{item.path}:{item.line} {item.name}"
        table.add_row("function", where, str(item.lines), str(item.lines - MAX_FUNCTION_LINES))
    console.print(table)
    console.print(
        f"{len(files)} of {n_files} files over {MAX_FILE_LINES} lines; "
        f"{len(functions)} of {n_functions} functions over {MAX_FUNCTION_LINES} lines"
    )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    report = {
        "limits": {"file_lines": MAX_FILE_LINES, "function_lines": MAX_FUNCTION_LINES},
        "files_checked": n_files,
        "functions_checked": n_functions,
        "long_files": [asdict(f) for f in files],
        "long_functions": [asdict(f) for f in functions],
    }
    RESULTS.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    exit_if_help_asked(__doc__)
    sys.exit(main())
