"""The API reference pages and the offline intersphinx inventories (written before the build).

Pages are generated from the package itself, so a name added to ``ipprules.__all__`` or a new
public module appears without anyone editing the docs:

* ``_generated/api/ipprules.md``: every name in ``ipprules.__all__``;
* one page per public subpackage (a module path without a ``_``-part), holding the package
  and each of its public modules, every object documented once, where it is defined.

Intersphinx needs each project's ``objects.inv``, which is normally downloaded; the build runs
offline, so :func:`write_inventories` writes them from the installed modules and each project's
stable URL scheme (Python: ``library/MODULE.html#NAME``; attrs: ``api.html#NAME``; pandas:
``reference/api/NAME.html``).
"""

from __future__ import annotations

import builtins
import importlib
import inspect
import pkgutil
import types
import zlib
from pathlib import Path

#: Modules whose import needs an optional extra that the docs build may not have.
OPTIONAL = ("ipprules.scale",)

#: The CLI subcommand modules are the command line, documented on the engine pages.
SKIP_PREFIXES = ("ipprules.cli.",)


def public_modules() -> list[str]:
    """Every importable public module of ipprules, sorted."""
    import ipprules

    names = ["ipprules"]
    for info in pkgutil.walk_packages(ipprules.__path__, "ipprules."):
        parts = info.name.split(".")
        if any(p.startswith("_") for p in parts) or info.name.startswith(SKIP_PREFIXES):
            continue
        names.append(info.name)
    out = []
    for name in sorted(names):
        try:
            importlib.import_module(name)
        except ImportError:
            if name.startswith(OPTIONAL):
                continue  # an edge package whose extra is not installed here
            raise
        out.append(name)
    return out


def _directive(obj: object) -> str:
    if inspect.isclass(obj):
        return "autoexception" if issubclass(obj, BaseException) else "autoclass"
    if callable(obj):
        return "autofunction"
    return "autodata"


def _block(directive: str, target: str, options: list[str]) -> list[str]:
    return ["```{eval-rst}", f".. {directive}:: {target}", *(f"   {o}" for o in options), "```", ""]


def top_level_page() -> str:
    import ipprules

    lines = [
        "# `ipprules`",
        "",
        "Every name exported by the package (`ipprules.__all__`), as `ipprules.NAME`. The",
        "modules that define them have their own pages.",
        "",
        "```{eval-rst}",
        ".. module:: ipprules",
        "   :no-index:",
        "```",
        "",
    ]
    modules = set(public_modules())
    for name in sorted(n for n in ipprules.__all__ if not n.startswith("_")):
        obj = getattr(ipprules, name)
        directive = _directive(obj)
        options = [":members:", ":show-inheritance:"] if directive != "autofunction" else []
        if directive == "autodata":
            options = [":no-value:"]
        if f"ipprules.{name}" in modules:  # a function named as its module: the module is indexed
            options.append(":no-index:")
        lines += [f"## `{name}`", "", *_block(directive, f"ipprules.{name}", options)]
    lines += ["## `__version__`", "", f"The version of the package: `{ipprules.__version__}`.", ""]
    return "\n".join(lines)


def exported_here(module: str) -> list[str]:
    """Names of ``ipprules.__all__`` defined in ``module`` (documented on the top page)."""
    import ipprules

    out = []
    for name in ipprules.__all__:
        obj = getattr(ipprules, name)
        if getattr(obj, "__module__", None) == module and getattr(obj, "__name__", None) == name:
            out.append(name)
    return sorted(out)


def _home(module: str, name: str, modules: list[str]) -> str:
    """The module whose section documents ``module.name``: where the object is defined when
    that is a public module that exports it, else the deepest public module exporting it."""
    obj = getattr(importlib.import_module(module), name)
    defined = getattr(obj, "__module__", None)
    code = inspect.isclass(obj) or inspect.isfunction(obj)
    if code and defined in modules and name in importlib.import_module(defined).__all__:
        return str(defined)
    listing = [
        m
        for m in modules
        if name in getattr(importlib.import_module(m), "__all__", ())
        and getattr(importlib.import_module(m), name) is obj
    ]
    return max(listing, key=lambda m: (m.count("."), m))


def documented_here(module: str, modules: list[str] | None = None) -> list[str]:
    """The names documented in ``module``'s section: its ``__all__`` (the public API), less
    what is documented elsewhere (as ``ipprules.NAME``, or where it is defined)."""
    import ipprules

    modules = public_modules() if modules is None else modules
    out = []
    for name in importlib.import_module(module).__all__:
        obj = getattr(importlib.import_module(module), name)
        if module != "ipprules" and getattr(ipprules, name, None) is obj:
            continue  # documented on the top page
        if _home(module, name, modules) == module:
            out.append(name)
    return out


def documented_names() -> set[str]:
    """Every module-level name the API pages document, as ``module.name``: exactly the names
    of the public ``__all__`` lists, each once."""
    import ipprules

    modules = public_modules()
    names = {f"ipprules.{n}" for n in ipprules.__all__ if not n.startswith("_")}
    for module in modules:
        if module != "ipprules":
            names |= {f"{module}.{n}" for n in documented_here(module, modules)}
    return names


def package_page(package: str, modules: list[str]) -> str:
    everything = public_modules()
    lines = [f"# `{package}`", ""]
    for name in modules:
        if name != package:
            lines += [f"## `{name}`", ""]
        # the module's public names (its __all__) it is the home of: every object once
        module = importlib.import_module(name)
        members = documented_here(name, everything)
        # data goes by a directive of its own: :members: skips a constant with no doc comment
        data = [n for n in members if _directive(getattr(module, n)) == "autodata"]
        code = [n for n in members if n not in data]
        options = [f":members: {', '.join(code)}"] if code else []
        options.append(":show-inheritance:")
        exported = exported_here(name)
        if exported:
            links = ", ".join(f"{{py:obj}}`ipprules.{n}`" for n in exported)
            lines += [f"Also defined here, documented as exported: {links}.", ""]
        lines += _block("automodule", name, options)
        for n in data:
            lines += _block("autodata", f"{name}.{n}", [":no-value:"])
    return "\n".join(lines)


def write_api(folder: Path) -> None:
    """Write the API pages into ``folder`` (only files whose text changed are rewritten)."""
    folder.mkdir(parents=True, exist_ok=True)
    modules = public_modules()
    pages = {"ipprules.md": top_level_page()}
    groups: dict[str, list[str]] = {}
    for name in modules:
        if name == "ipprules":
            continue
        parts = name.split(".")
        groups.setdefault(".".join(parts[:2]), []).append(name)
    for package, members in sorted(groups.items()):
        pages[f"{package}.md"] = package_page(package, members)
    for stale in folder.glob("*.md"):
        if stale.name not in pages:
            stale.unlink()
    for name, text in pages.items():
        path = folder / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")


# ------------------------------------------------------------------ intersphinx, offline

_PY_MODULES = (
    "argparse",
    "collections",
    "collections.abc",
    "csv",
    "datetime",
    "decimal",
    "enum",
    "fractions",
    "functools",
    "io",
    "itertools",
    "json",
    "os",
    "pathlib",
    "re",
    "shutil",
    "types",
    "typing",
)
_STDTYPES = ("bool", "bytes", "dict", "float", "frozenset", "int", "list", "object", "set")
_STDTYPES += ("str", "tuple", "type", "range", "memoryview", "bytearray", "complex")

_ATTRS = ("attrs.define", "attrs.frozen", "attrs.field", "attrs.evolve", "attrs.fields")
_ATTRS += ("attrs.has", "attrs.asdict", "attrs.Attribute", "attrs.Factory", "attrs.NOTHING")
_PANDAS = ("pandas.DataFrame", "pandas.Series", "pandas.Categorical", "pandas.CategoricalDtype")
_PANDAS += ("pandas.Timestamp", "pandas.NaT", "pandas.to_datetime", "pandas.isna")


def _python_entries() -> list[str]:
    lines = ["None py:data 1 library/constants.html#None -"]
    for name in dir(builtins):
        obj = getattr(builtins, name)
        if name.startswith("_"):
            continue
        if inspect.isclass(obj) and issubclass(obj, BaseException):
            lines.append(f"{name} py:exception 1 library/exceptions.html#$ -")
        elif name in _STDTYPES:
            lines.append(f"{name} py:class 1 library/stdtypes.html#$ -")
        elif callable(obj):
            lines.append(f"{name} py:function 1 library/functions.html#$ -")
    for module_name in _PY_MODULES:
        module = importlib.import_module(module_name)
        page = f"library/{module_name}.html"
        lines.append(f"{module_name} py:module 0 {page}#module-$ -")
        for attr in sorted(getattr(module, "__all__", None) or dir(module)):
            if attr.startswith("_") or not hasattr(module, attr):
                continue
            obj = getattr(module, attr)
            if isinstance(obj, types.ModuleType):
                continue
            role = "class" if inspect.isclass(obj) else "function" if callable(obj) else "data"
            lines.append(f"{module_name}.{attr} py:{role} 1 {page}#$ -")
    return lines


def _inventory(project: str, version: str, entries: list[str]) -> bytes:
    head = (
        "# Sphinx inventory version 2\n"
        f"# Project: {project}\n"
        f"# Version: {version}\n"
        "# The remainder of this file is compressed using zlib.\n"
    )
    body = "".join(f"{line}\n" for line in sorted(set(entries)))
    return head.encode() + zlib.compress(body.encode())


def write_inventories(folder: Path) -> None:
    """Write ``python.inv``, ``attrs.inv`` and ``pandas.inv`` into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    attrs_entries = ["attrs py:module 0 api.html#module-$ -"]
    attrs_entries += [
        f"{n} py:{'class' if n[6].isupper() else 'function'} 1 api.html#$ -" for n in _ATTRS
    ]
    pandas_entries = ["pandas py:module 0 reference/index.html -"]
    pandas_entries += [
        f"{n} py:{'class' if n[7].isupper() else 'function'} 1 reference/api/{n}.html -"
        for n in _PANDAS
    ]
    files = {
        "python.inv": _inventory("Python", "3", _python_entries()),
        "attrs.inv": _inventory("attrs", "stable", attrs_entries),
        "pandas.inv": _inventory("pandas", "2", pandas_entries),
    }
    for name, data in files.items():
        path = folder / name
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
