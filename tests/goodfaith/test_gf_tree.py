"""goodfaith/ is a tree (no import cycle, counting every import) of short functions."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).parents[2] / "src" / "ipprules" / "goodfaith"
CLI = Path(__file__).parents[2] / "src" / "ipprules" / "cli" / "good_faith.py"


def _imports(path: Path) -> set[str]:
    """Every goodfaith module ``path`` imports: module level, TYPE_CHECKING, in functions."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        for name in names:
            if name.startswith("ipprules.goodfaith."):
                found.add(name.split(".")[2])
    return found - {path.stem}


def _graph() -> dict[str, set[str]]:
    modules = {p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__"}
    return {p.stem: _imports(p) & modules for p in PACKAGE.glob("*.py") if p.stem != "__init__"}


def test_goodfaith_imports_form_no_cycle() -> None:
    graph = _graph()
    assert graph["model"] <= {"render", "text"}  # the leaves that render a result
    assert graph["render"] == set()
    assert graph["text"] <= {"render"}
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph[node]):
            assert state.get(nxt) != 1, f"import cycle: {' -> '.join([*path, node, nxt])}"
            if nxt not in state:
                visit(nxt, [*path, node])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [])


def test_no_goodfaith_function_needs_scrolling() -> None:
    long = []
    for path in [*PACKAGE.glob("*.py"), CLI]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                lines = (node.end_lineno or node.lineno) - node.lineno + 1
                if lines > 80:
                    long.append(f"{path.name}:{node.name} ({lines} lines)")
    assert long == []
