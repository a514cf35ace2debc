"""The shape of the house: no import cycle (every import counted), no function that needs
scrolling, and the layers importing only downwards.

The import graph is built from the source text, so an import under ``TYPE_CHECKING`` or inside a
function counts as much as one at module level: a dependency hidden from the interpreter is
still a dependency for a reader.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterator
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "ipprules"

#: Functions longer than this many lines must be data tables that say so.
MAX_LINES = 80
#: The words of the comment that declares a long function a data table.
TABLE_MARK = "data table"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _resolve(name: str, known: dict[str, Path]) -> str | None:
    """The longest known module that ``name`` names (``a.b.c`` -> ``a.b`` if ``c`` is a
    function of module ``a.b``)."""
    while name:
        if name in known:
            return name
        name = name.rpartition(".")[0]
    return None


def _imports(module: str, path: Path, known: dict[str, Path]) -> Iterator[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                target = _resolve(alias.name, known)
                if target is not None:
                    yield target, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                origin = ".".join([*base, node.module] if node.module else base)
            else:
                origin = node.module or ""
            for alias in node.names:
                target = _resolve(f"{origin}.{alias.name}", known)
                if target is not None:
                    yield target, node.lineno
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            target = _resolve(node.args[0].value, known)
            if target is not None:
                yield target, node.lineno


def import_graph() -> dict[str, set[str]]:
    """Module -> the ipprules modules it imports, anywhere in its source."""
    return {module: set(targets) for module, targets in _import_graph().items()}


@functools.cache
def _import_graph() -> dict[str, frozenset[str]]:
    """:func:`import_graph`, worked out once for the tests that read it (each parse of every
    module is seconds under coverage)."""
    known = _modules()
    graph: dict[str, set[str]] = {m: set() for m in known}
    for module, path in known.items():
        for target, _ in _imports(module, path, known):
            if target != module:
                graph[module].add(target)
    return {module: frozenset(targets) for module, targets in graph.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    counter = 0

    def visit(v: str) -> None:
        nonlocal counter
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


@pytest.mark.no_cover
def test_the_graph_builder_sees_every_kind_of_import() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []
    real = import_graph()
    # an import inside a function and one under TYPE_CHECKING both count
    assert "ipprules.checks" in real["ipprules"]  # TYPE_CHECKING block of the top level
    assert "ipprules.checks" in real["ipprules.cli.check"]  # inside run()


def test_no_import_cycle() -> None:
    found = cycles(import_graph())
    assert found == [], "import cycles: " + "; ".join(" <-> ".join(c) for c in found)


#: Which layer a module belongs to; a module may import its own layer and those below.
LAYERS = (
    (
        "base",
        (
            "ipprules.errors",
            "ipprules._args",
            "ipprules._dates",
            "ipprules._vocab",
            "ipprules._convert",
            "ipprules._files",
            "ipprules._frames",
            "ipprules._table",
            "ipprules._shipped",
            "ipprules._gc",
        ),
    ),
    ("rules", ("ipprules.rulebook", "ipprules.calendars")),
    ("engines", ("ipprules.listings",)),
    (
        "engines",
        (
            "ipprules.checks",
            "ipprules.goodfaith",
            "ipprules.lifecycle",
            "ipprules.penalties",
            "ipprules.counternotice",
        ),
    ),
    ("engines", ("ipprules.planner", "ipprules.coverage", "ipprules._codes")),
    (
        "edge",
        (
            "ipprules.scale",
            "ipprules.columnar",
            "ipprules.schemas",
            "ipprules.cli",
            "ipprules.__main__",
        ),
    ),
)


def _layer(module: str) -> int | None:
    for rank, (_, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            if module == prefix or module.startswith(prefix + "."):
                return rank
    return None


def test_layers_import_only_downwards() -> None:
    upward = []
    for module, targets in import_graph().items():
        mine = _layer(module)
        if mine is None:
            continue
        for target in targets:
            theirs = _layer(target)
            if theirs is not None and theirs > mine:
                upward.append(f"{module} -> {target}")
    assert upward == []


def _long_functions() -> Iterator[str]:
    for module, path in _modules().items():
        text = path.read_text(encoding="utf-8")
        lines = text.splitlines()
        for node in ast.walk(ast.parse(text, str(path))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length <= MAX_LINES:
                    continue
                comments = [
                    line.split("#", 1)[1].lower()
                    for line in lines[node.lineno - 1 : node.end_lineno]
                    if "#" in line
                ]
                if any(TABLE_MARK in c for c in comments):
                    continue
                yield f"{module}.{node.name} ({length} lines, {path.name}:{node.lineno})"


@pytest.mark.no_cover
def test_no_function_needs_scrolling() -> None:
    too_long = list(_long_functions())
    assert too_long == [], f"functions over {MAX_LINES} lines: {too_long}"


def _runtime_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node but those under ``if TYPE_CHECKING:`` (annotations only, never run)."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING":
            continue
        yield node
        yield from _runtime_nodes(node)


@functools.cache
def _core_runtime_imports() -> tuple[tuple[str, int, tuple[str, ...]], ...]:
    """(module, line, names imported) of every absolute import the core runs (not under
    ``if TYPE_CHECKING:``), read once for every extra's test."""
    edge = ("ipprules.scale", "ipprules.columnar", "ipprules.cli", "ipprules._frames")
    found = []
    for module, path in _modules().items():
        if module.startswith(edge):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in _runtime_nodes(tree):
            if isinstance(node, ast.Import):
                found.append((module, node.lineno, tuple(a.name for a in node.names)))
            elif isinstance(node, ast.ImportFrom) and not node.level:
                found.append((module, node.lineno, (node.module or "",)))
    return tuple(found)


@pytest.mark.parametrize("extra", ["dask", "distributed", "pandas", "pyarrow", "numpy", "tqdm"])
def test_the_core_never_imports_an_extra(extra: str) -> None:
    offenders = [
        f"{module}:{line}"
        for module, line, names in _core_runtime_imports()
        if any(n == extra or n.startswith(extra + ".") for n in names)
    ]
    assert offenders == []
