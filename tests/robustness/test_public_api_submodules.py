"""The error contract, sweep apifuzz3: the callables of the submodules' ``__all__``.

``from ipprules.listings.columns import url_key`` works, and a name in a module's ``__all__``
is public to whoever imports it. test_public_api.py, test_public_api_methods.py and
test_public_api_hypothesis_hostile20.py walk the packages' ``__all__``; here every other
module under ``src/ipprules`` (not ``ipprules.cli.*``, not the private ``_`` modules; an edge
module whose extra is missing is skipped, saying so) has each callable fed junk: one call per
(callable, parameter, junk kind), the junk in that parameter and in each required one before
it. Only ``TypeError`` or an :class:`~ipprules.errors.IpprulesError` may escape.

``LEFT`` names the callables that still let something else out. They are strict expected
failures: one that is fixed fails here until it is taken off the list.
"""

from __future__ import annotations

import enum
import importlib
import pkgutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import ipprules

from .test_public_api_hypothesis_hostile20 import ALL, LEFT_OUT
from .test_public_api_methods import MODULE_CALLABLES, Hostile, _call, _parameters

JUNK: tuple[Any, ...] = (None, 1.5, b"x", object(), Hostile("taobao"), [], {})

#: Callables that still let an AttributeError, ValueError or a Hostile's RuntimeError out
#: (none since sweep apifuzz4: the listings helpers, ``sort_key``, ``first_day_out``,
#: ``row_blocks`` and ``write_parquet`` check their arguments' types).
LEFT: frozenset[str] = frozenset()


def _submodules() -> tuple[list[Any], list[Any]]:
    """The modules walked, and a skipped param for each one whose extra is missing."""
    found, skipped = [], []
    for info in pkgutil.walk_packages(ipprules.__path__, "ipprules."):
        parts = info.name.split(".")
        if parts[1] == "cli" or any(part.startswith("_") for part in parts):
            continue
        try:
            found.append(importlib.import_module(info.name))
        except ImportError as exc:  # an edge module (Dask, pandas, pyarrow) without its extra
            skipped.append(pytest.param(info.name, None, marks=pytest.mark.skip(reason=str(exc))))
    return found, skipped


def _callables() -> list[Any]:
    walked = {id(function) for _, function in [*ALL, *MODULE_CALLABLES]}
    modules, skipped = _submodules()
    found: dict[int, tuple[str, Callable[..., Any]]] = {}
    for module in modules:
        for name in getattr(module, "__all__", ()):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, BaseException | enum.Enum):
                continue  # errors are made by the library; enums: test_public_api_errors4.py
            full = f"{module.__name__}.{name}"
            if callable(obj) and id(obj) not in walked and full not in LEFT_OUT:
                found.setdefault(id(obj), (full, obj))  # LEFT_OUT: write_all writes the tree
    params = [
        pytest.param(
            name, function, id=name, marks=[pytest.mark.xfail(strict=True)] * (name in LEFT)
        )
        for name, function in sorted(found.values(), key=lambda item: item[0])
    ]
    return params + skipped


CALLABLES = _callables()


def test_the_walk_reaches_the_submodules() -> None:
    names = {param.values[0] for param in CALLABLES}
    assert {"ipprules.checks.account.check_account", "ipprules.listings.columns.url_key"} <= names
    assert names >= LEFT, sorted(LEFT - names)
    assert len(CALLABLES) > 100, len(CALLABLES)


def _calls(function: Callable[..., Any], junk: object) -> list[tuple[list[Any], dict[str, Any]]]:
    """One call per parameter: ``junk`` in it and in every required parameter."""
    parameters = _parameters(function)
    calls = []
    for parameter in parameters:
        args: list[Any] = []
        kwargs: dict[str, Any] = {}
        for other in parameters:
            if other is not parameter and other.default is not other.empty:
                continue
            if other.kind is other.KEYWORD_ONLY:
                kwargs[other.name] = junk
            elif other.kind is other.POSITIONAL_ONLY or other.default is other.empty:
                args.append(junk)
            else:
                kwargs[other.name] = junk
        calls.append((args, kwargs))
    return calls or [([], {})]


@pytest.fixture(scope="module")
def _in_a_new_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """A junk file name is made in a folder of the run's, not in the tree (one for the module:
    a folder per callable cost more than the calls)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(tmp_path_factory.mktemp("junk"))
        yield


@pytest.mark.usefixtures("synchronous_dask", "_in_a_new_folder")
@pytest.mark.parametrize(("name", "function"), CALLABLES)
def test_submodule_callables_refuse_junk(name: str, function: Callable[..., Any]) -> None:
    broken = []
    for junk in JUNK:
        for args, kwargs in _calls(function, junk):
            exc = _call(function, *args, **kwargs)
            if exc is not None:
                shown = [type(a).__name__ for a in args]
                shown += [f"{k}={type(v).__name__}" for k, v in kwargs.items()]
                broken.append(f"{name}({', '.join(shown)}): {type(exc).__name__}: {exc}"[:300])
    assert not broken, "\n".join(broken[:5])


def test_a_counts_series_names_a_key_it_does_not_hold() -> None:
    from ipprules.goodfaith import History

    counts = History.from_file(Path(__file__).resolve().parents[2] / "examples/history.csv").counts
    platform, code = sorted(counts.slots)[0]
    with pytest.raises(TypeError, match=r"key must be a \(platform, reason code\) tuple"):
        counts.series(None)  # type: ignore[arg-type]
    with pytest.raises(ipprules.UnknownNameError, match=f"did you mean '{platform}, {code}'"):
        counts.series((platform, code + "x"))
    plain = counts.series((platform, code)).window(-1, 10**7)
    assert counts.series((Hostile(platform), code)).window(-1, 10**7) == plain
    assert plain[0] > 0


def test_an_engine_helper_names_the_object_it_wants() -> None:
    from ipprules.checks.account import check_account

    with pytest.raises(TypeError, match="ctx must be a Context, got NoneType"):
        list(check_account(None))  # type: ignore[arg-type]


def test_a_hot_helper_names_the_argument_it_refuses() -> None:
    from ipprules.checks.findings import sort_key
    from ipprules.listings.columns import url_key
    from ipprules.listings.lookalike import lookalike_reason
    from ipprules.listings.text import cut_url

    with pytest.raises(TypeError, match="url must be a str, got NoneType"):
        cut_url(None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="finding must be a Finding, got dict"):
        sort_key({"path": "$"})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="data must be a dict, got list"):
        url_key([], None, "in.jsonl", 1)  # type: ignore[arg-type]
    link = "https://item.taobao.com/item.htm?id=1"  # a str subclass is read as its characters
    assert cut_url(Hostile(link + "，看看")) == link
    assert url_key({"Link": "x"}, Hostile("link"), "in.jsonl", 1) == "Link"
    assert lookalike_reason(Hostile("taobao-shop.example")) == "imitates taobao"
