"""apifuzz15: hostile arguments to the two-threads refusal. A caller's own generator that raises
``ValueError("generator already executing")`` itself (however deeply nested) is the caller's
error, passed through unchanged at every entry point; a generator resumed while it runs is
still the library's ``StreamConsumedError``."""

from __future__ import annotations

import importlib.util
import pathlib
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import Any

import pytest

from ipprules._args import refuse_two_threads
from ipprules.errors import StreamConsumedError

_TESTS = pathlib.Path(__file__).resolve().parent.parent


def _load(name: str) -> ModuleType:
    """left19's and left22's tables of entry points reading a caller's iterable, by file."""
    spec = importlib.util.spec_from_file_location(f"_apifuzz15_{name}", _TESTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_LEFT19, _LEFT22 = _load("test_left19"), _load("test_left22")
CALLS: dict[str, tuple[Callable[[Iterator[Any]], object], object]] = {
    **_LEFT19.READERS,
    **_LEFT22.CALLS,
}
WORDS = "generator already executing"


def _raises_itself(item: object) -> Iterator[Any]:
    """The caller's generator raising the very words of Python's error, for its own reason."""
    yield item
    raise ValueError(WORDS)


def _nested(item: object) -> Iterator[Any]:
    """The same, two generators down (``yield from`` a generator expression over it)."""
    yield from (x for x in _raises_itself(item))


@pytest.mark.parametrize("name", list(CALLS))
def test_the_callers_own_value_error_with_pythons_words_is_unchanged(name: str) -> None:
    read, item = CALLS[name]
    for make in (_raises_itself, _nested):
        with pytest.raises(ValueError, match=WORDS) as caught:
            read(make(item))
        assert type(caught.value) is ValueError, (name, make.__name__, caught.value)


def test_a_generator_resumed_while_it_runs_is_still_refused() -> None:
    def gen() -> Iterator[int]:
        yield 1
        next(it)  # resumed while it runs: Python's own error, not a raise of the caller's
        yield 2

    it = gen()
    next(it)
    with pytest.raises(ValueError, match=WORDS) as python:
        next(it)
    with pytest.raises(StreamConsumedError, match="two threads at once"):
        refuse_two_threads(python.value, "f(): xs")
    with pytest.raises(ValueError, match=WORDS) as own:
        raise ValueError(WORDS)
    assert refuse_two_threads(own.value, "f(): xs") is None  # returns: raised again unchanged


class _NoRepr:
    def __repr__(self) -> str:
        raise RuntimeError("a label's repr that fails")


@pytest.mark.parametrize(
    ("labels", "shown"),
    [
        ([_NoRepr()], "$[a _NoRepr (its repr fails)].listings"),  # RuntimeError escaped
        ([10**5000], "$[an int of 5,001 digits].listings"),  # int-to-text's ValueError escaped
        (["x" * 100_000], "$['xxxxxxxx"),  # cut, not 100 kB in the message
        ("np.int64", "$[7].listings"),  # was $[np.int64(7)]
        ("nan", "$[nan].listings"),  # was $[np.float64(nan)]
        ("multi", "$[(1, 'x')].listings"),  # was $[(np.int64(1), 'x')]
    ],
)
def test_a_frames_row_label_is_shown_in_the_error_whatever_it_is(labels: Any, shown: str) -> None:
    import numpy as np
    import pandas as pd

    from ipprules.errors import InputError
    from ipprules.goodfaith import History

    index = (
        {
            "np.int64": pd.Index([np.int64(7)]),
            "nan": pd.Index([np.nan]),
            "multi": pd.MultiIndex.from_tuples([(np.int64(1), "x")]),
        }.get(labels)
        if isinstance(labels, str)
        else pd.Index(labels, dtype=object)
    )
    frame = pd.DataFrame(
        {
            "type": ["complaint"],
            "date": ["2023-01-05"],
            "platform": ["taobao"],
            "reason_code": ["X"],
            "listings": [2],
            "taken_down": [3],  # more taken down than filed: refused at this row
        },
        index=index,
    )
    with pytest.raises(InputError) as caught:
        History.from_frame(frame)
    assert f"<frame>: {shown}" in str(caught.value)
    assert len(str(caught.value)) < 300
