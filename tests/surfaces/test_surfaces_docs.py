"""The docs site: navigation, API coverage, generated renderings, offline intersphinx."""

from __future__ import annotations

import re
import sys
import zlib
from pathlib import Path

import pytest

import ipprules

DOCS = Path(__file__).resolve().parents[2] / "docs"

pytestmark = pytest.mark.skipif(
    not (DOCS / "conf.py").exists(), reason="docs are not part of this checkout"
)


@pytest.fixture(scope="module")
def gen() -> object:
    sys.path.insert(0, str(DOCS))
    try:
        import gen_api
        import gen_rendered

        yield gen_api, gen_rendered
    finally:
        sys.path.remove(str(DOCS))


def _toctree_entries() -> list[str]:
    text = (DOCS / "index.md").read_text(encoding="utf-8")
    entries: list[str] = []
    for block in re.findall(r"```\{toctree\}\n(.*?)```", text, re.DOTALL):
        entries += [
            line.strip() for line in block.splitlines() if line.strip() and not line.startswith(":")
        ]
    return entries


def test_every_page_is_in_the_navigation_once() -> None:
    entries = _toctree_entries()
    assert len(entries) == len(set(entries)), "a page listed twice"
    assert not any("*" in e for e in entries), "a glob would list pages twice"
    pages = {p.stem for p in DOCS.glob("*.md")} - {"index"}
    assert pages <= set(entries), (
        f"pages missing from docs/index.md: {sorted(pages - set(entries))}"
    )


def test_every_exported_name_has_an_api_entry(gen: tuple[object, object], tmp_path: Path) -> None:
    gen_api, _ = gen
    gen_api.write_api(tmp_path)  # type: ignore[attr-defined]
    top = (tmp_path / "ipprules.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\.\. auto\w+:: ipprules\.(\w+)$", top, re.MULTILINE))
    assert documented == {n for n in ipprules.__all__ if not n.startswith("_")}
    assert "__version__" in top


def test_every_public_module_has_an_api_entry_and_objects_appear_once(
    gen: tuple[object, object], tmp_path: Path
) -> None:
    gen_api, _ = gen
    gen_api.write_api(tmp_path)  # type: ignore[attr-defined]
    text = "\n".join(p.read_text(encoding="utf-8") for p in tmp_path.glob("*.md"))
    modules = set(re.findall(r"^\.\. automodule:: ([\w.]+)$", text, re.MULTILINE))
    expected = set(gen_api.public_modules()) - {"ipprules"}  # type: ignore[attr-defined]
    assert modules == expected
    assert {
        "ipprules.listings",
        "ipprules.checks",
        "ipprules.goodfaith",
        "ipprules.schemas",
    } <= modules
    # an exported class is documented as ipprules.NAME, not again in its module's section
    findings = re.search(r"automodule:: ipprules\.checks\.findings\n((?:   .*\n)*)", text)
    assert findings
    members = set(re.findall(r"\w+", findings.group(1)))
    assert "CatalogueEntry" in members and not {"Finding", "Report"} & members


def _documented(pages: str) -> list[tuple[str, str]]:
    """The (module, name) pairs the generated pages document: the top page's directives,
    each automodule's ``:members:`` (a bare ``:members:`` takes every name the module defines
    without a leading ``_``, as autodoc with ``:ignore-module-all:`` does) and autodata."""
    import importlib

    pairs = re.findall(r"^\.\. auto(?!module)\w+:: (ipprules(?:\.\w+)*)\.(\w+)$", pages, re.M)
    blocks = re.findall(r"^\.\. automodule:: ([\w.]+)\n((?:   .*\n)*)", pages, re.M)
    for module, options in blocks:
        listed = re.search(r"^   :members:(.*)$", options, re.M)
        if listed is None:
            continue
        names = [n.strip() for n in listed.group(1).split(",") if n.strip()]
        if not names:  # every public name the module defines
            mod = importlib.import_module(module)
            excluded = re.search(r"^   :exclude-members: (.*)$", options, re.M)
            skip = {n.strip() for n in excluded.group(1).split(",")} if excluded else set()
            names = [
                n
                for n, v in vars(mod).items()
                if not n.startswith("_")
                and getattr(v, "__module__", None) == module
                and n not in skip
            ]
        pairs += [(module, n) for n in names]
    return pairs


def test_the_api_pages_document_exactly_the_public_names(
    gen: tuple[object, object], tmp_path: Path
) -> None:
    """Every name of a public ``__all__`` is documented once, and nothing else: no helper
    left out of ``__all__``, no ``_`` name (the pages listed 130 such helpers)."""
    import importlib

    gen_api, _ = gen
    gen_api.write_api(tmp_path)  # type: ignore[attr-defined]
    pages = "\n".join(p.read_text(encoding="utf-8") for p in sorted(tmp_path.glob("*.md")))
    documented = _documented(pages)
    public = {
        (m, n)
        for m in gen_api.public_modules()  # type: ignore[attr-defined]
        for n in importlib.import_module(m).__all__
    }

    def obj(pair: tuple[str, str]) -> object:
        return getattr(importlib.import_module(pair[0]), pair[1])

    not_public = sorted(f"{m}.{n}" for m, n in documented if (m, n) not in public)
    assert not_public == []
    assert not [p for p in documented if p[1].startswith("_")]
    missing = sorted(
        f"{m}.{n}"
        for m, n in public
        if not n.startswith("_")
        and not any(d[1] == n and obj(d) is obj((m, n)) for d in documented)
    )
    assert missing == []
    twice = [
        d for d in documented if sum(e[1] == d[1] and obj(e) is obj(d) for e in documented) > 1
    ]
    assert twice == []


def test_rendered_outputs_come_from_the_objects(gen: tuple[object, object], tmp_path: Path) -> None:
    _, gen_rendered = gen
    gen_rendered.write_rendered(tmp_path)  # type: ignore[attr-defined]
    timeline = (tmp_path / "good-faith-timeline.md").read_text(encoding="utf-8")
    assert "<svg" in timeline and "<title>" in timeline
    for name in ("good-faith-standing.md", "checks-report.md", "listings-table.md"):
        assert "<table" in (tmp_path / name).read_text(encoding="utf-8"), name
    for page, fragment in (
        ("good-faith", "good-faith-timeline"),
        ("checks", "checks-report"),
        ("listings", "listings-table"),
    ):
        assert f"_generated/rendered/{fragment}.md" in (DOCS / f"{page}.md").read_text(
            encoding="utf-8"
        )


def test_offline_inventories_resolve_the_names_the_api_uses(
    gen: tuple[object, object], tmp_path: Path
) -> None:
    gen_api, _ = gen
    gen_api.write_inventories(tmp_path)  # type: ignore[attr-defined]
    data = (tmp_path / "python.inv").read_bytes()
    head, _, body = data.partition(b"zlib.\n")
    assert head.startswith(b"# Sphinx inventory version 2")
    lines = zlib.decompress(body).decode().splitlines()
    names = {line.split()[0]: line for line in lines}
    assert "library/datetime.html#$" in names["datetime.date"]
    assert "library/fractions.html#$" in names["fractions.Fraction"]
    assert "py:exception" in names["ValueError"]
    pandas = zlib.decompress(
        (tmp_path / "pandas.inv").read_bytes().partition(b"zlib.\n")[2]
    ).decode()
    assert "pandas.DataFrame py:class 1 reference/api/pandas.DataFrame.html -" in pandas


# pages for the people who extend ipprules, where the private helpers are the subject
_FOR_ENGINE_AUTHORS = {"architecture.md", "errors.md"}


@pytest.mark.parametrize(
    "page",
    sorted(p.name for p in DOCS.glob("*.md") if p.name not in _FOR_ENGINE_AUTHORS),
)
def test_user_pages_need_nothing_private(page: str) -> None:
    """What a user page shows is done with public names: no example imports or calls a
    private module or function (``ipprules._files``, ``_plan``...)."""
    text = (DOCS / page).read_text(encoding="utf-8")
    sessions = "\n".join(line for line in text.splitlines() if line.startswith((">>> ", "... ")))
    private = re.findall(
        r"\bipprules(?:\.\w+)*\._\w+|\bimport _\w+|\b_(?!repr_)[a-z]\w*\(", sessions
    )
    assert private == [], f"{page} uses private names: {private}"
