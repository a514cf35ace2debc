"""checks/ is a tree: no module imports one that imports it back (#16).

The graph is built from the source, counting every import: module level, under
``TYPE_CHECKING`` and inside functions.
"""

from __future__ import annotations

import ast
from pathlib import Path

import ipprules.checks

PACKAGE = Path(ipprules.checks.__file__).parent
CHECK_MODULES = ("account", "rights", "listings", "complaints")


def _imports(module: str) -> set[str]:
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        else:
            continue
        for name in names:
            if name.startswith("ipprules.checks."):
                part = name.split(".")[2]
                if (PACKAGE / f"{part}.py").exists() and part != module:
                    out.add(part)
    return out


def _graph() -> dict[str, set[str]]:
    modules = [p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__"]
    return {m: _imports(m) for m in modules}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """The first import cycle found (as a path), or None."""
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> list[str] | None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*trail, node, nxt]
            if nxt not in state:
                found = visit(nxt, [*trail, node])
                if found:
                    return found
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node, [])
            if found:
                return found
    return None


def test_no_cycle_among_the_checks_modules() -> None:
    assert _cycle(_graph()) is None


def test_the_context_imports_no_check_and_no_check_imports_the_engine() -> None:
    graph = _graph()
    assert not graph["context"] & {*CHECK_MODULES, "engine"}
    for module in CHECK_MODULES:
        assert "engine" not in graph[module], module
    assert {"account", "rights", "complaints", "context"} <= graph["engine"]
    assert "listings" in graph["complaints"]


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set(), "c": {"a", "b"}}) is None
