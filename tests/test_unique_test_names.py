"""Test modules outside packages need distinct basenames: pytest's default import mode
imports each as a top-level module by its basename, and a second ``test_x.py`` in another
folder without ``__init__.py`` stops the whole collection ("import file mismatch"), as a
``tests/test_rules53.py`` beside ``tests/rulebook/test_rules53.py`` did."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def _top_level_name(path: Path) -> str:
    """The module name pytest's ``prepend`` import mode gives a test file: its dotted path
    from the first folder up that is no package."""
    parts = [path.stem]
    folder = path.parent
    while (folder / "__init__.py").exists():
        parts.insert(0, folder.name)
        folder = folder.parent
    return ".".join(parts)


def test_no_two_test_modules_import_under_one_name() -> None:
    names: defaultdict[str, list[str]] = defaultdict(list)
    for path in TESTS.rglob("*.py"):
        if "__pycache__" not in path.parts and path.name != "__init__.py":
            names[_top_level_name(path)].append(str(path.relative_to(TESTS)))
    clashes = {name: paths for name, paths in names.items() if len(paths) > 1}
    assert not clashes, clashes


def test_a_clash_is_seen(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "__init__.py").write_text("")
    assert _top_level_name(tmp_path / "a" / "test_x.py") == "test_x"
    assert _top_level_name(tmp_path / "b" / "test_x.py") == "b.test_x"
