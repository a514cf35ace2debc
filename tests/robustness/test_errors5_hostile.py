"""The error contract, sweep errors5: hostile strings in every message.

Every public callable (the walk of test_public_api_hypothesis_hostile20, each value in each
position and keyword) and the calls of test_public_api_errors4 that reach further (a hostile
value in one argument, valid ones in the others) get the values a message may have to show:
an int of 5,001 digits, NaN, infinity, 1e308, a 1 MB string, ANSI escapes, a bare carriage
return, a NUL, a bidirectional control, a lone surrogate, a ``str`` subclass whose
``__repr__``/``__str__``/``__format__`` raise or give 5 MB, and lists and dicts nested 10,000
deep. Each must be answered, or refused with a ``TypeError`` or the library's own error whose
message is bounded and holds no control character but a newline (so the input cannot drive the
terminal the message is printed on). Then each file argument of the command line gets
documents whose key or values are such strings: stderr holds no raw ESC or carriage return.
"""

from __future__ import annotations

import contextlib
import inspect
import io
import itertools
import json
import math
import re
import tomllib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from ipprules.cli import main
from ipprules.errors import InputError, IpprulesError, Problem, plain, shown_text, shown_value
from surfaces.test_hostile_matrix34 import EXAMPLES, SLOTS

from .test_public_api_errors4 import VALID
from .test_public_api_hypothesis_hostile20 import ALL


class RaisingStr(str):
    """A str whose every way to text raises."""

    def __repr__(self) -> str:
        raise RuntimeError("repr")

    def __str__(self) -> str:
        raise RuntimeError("str")

    def __format__(self, spec: str) -> str:
        raise RuntimeError("format")


class HugeStr(str):
    """A str whose repr and text are 5 MB."""

    def __repr__(self) -> str:
        return "r" * 5_000_000

    def __str__(self) -> str:
        return "s" * 5_000_000


def _nested(depth: int, make: Callable[[Any], Any]) -> Any:
    value: Any = []
    for _ in range(depth):
        value = make(value)
    return value


ESCAPES = "\x1b[2J\x1b[31mred"
HOSTILE: dict[str, Any] = {
    "int of 5,001 digits": 10**5000,
    "nan": math.nan,
    "inf": math.inf,
    "1e308": 1e308,
    "1 MB str": "x" * 1_000_000,
    "ANSI escapes": ESCAPES,
    "bare CR": "a\rb",
    "NUL": "a\0b",
    "bidi control": "\u202eabc",
    "lone surrogate": "\ud800",
    "str subclass, raising": RaisingStr("taobao"),
    "str subclass, 5 MB repr": HugeStr("taobao"),
    "list 10,000 deep": _nested(10_000, lambda v: [v]),
    "dict 10,000 deep": _nested(10_000, lambda v: {"a": v}),
}

#: A control character (a newline aside), a bidirectional control or a lone surrogate.
RAW = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _call(function: Callable[..., Any], *args: Any, **kwargs: Any) -> BaseException | None:
    try:
        result = function(*args, **kwargs)
        if isinstance(result, Iterator):
            list(itertools.islice(result, 10))
    except BaseException as exc:  # judged by _broken
        return exc
    return None


def _broken(exc: BaseException | None) -> str | None:
    """What is wrong with the error ``exc`` (None when nothing is)."""
    if exc is None:
        return None
    if not isinstance(exc, TypeError | IpprulesError):
        return f"raised {type(exc).__name__}"
    text = str(exc)
    parts = [p.message for p in exc.problems] if isinstance(exc, InputError) else [text]
    if max(len(part) for part in parts) > 2_100:
        return f"a message of {max(len(part) for part in parts):,} characters"
    found = RAW.search(text)
    return f"a raw {found[0]!r} in {shown_value(text)}" if found else None


def _keywords(function: Callable[..., Any]) -> list[str]:
    try:
        parameters = inspect.signature(function).parameters.values()
    except (TypeError, ValueError):
        return []
    return [p.name for p in parameters if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)]


@pytest.mark.parametrize(("name", "function"), ALL, ids=[name for name, _ in ALL])
def test_every_callable_refuses_hostile_values_with_a_bounded_escaped_message(
    name: str, function: Callable[..., Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    broken = []
    for label, value in HOSTILE.items():
        calls = [((value,), {}), ((value, value), {})]
        calls += [((), {keyword: value}) for keyword in _keywords(function)]
        for args, kwargs in calls:
            why = _broken(_call(function, *args, **kwargs))
            if why:
                broken.append(f"{name}({len(args) or next(iter(kwargs))}={label}): {why}")
    assert not broken, "\n".join(broken[:5])


@pytest.mark.no_cover
@pytest.mark.parametrize(
    ("name", "function", "args", "kwargs"), VALID, ids=[call[0] for call in VALID]
)
def test_a_hostile_value_beside_valid_ones_gets_a_bounded_escaped_message(
    name: str,
    function: Callable[..., Any],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``advise("trademark", RaisingStr("taobao"))`` raised the str's RuntimeError from a note
    (``f"inferred on {platform}"``), ``as_date(x, "\\x1b[2J")`` printed the escape, a 1 MB
    event name came back whole in a TypeError."""
    monkeypatch.chdir(tmp_path)
    parameters = inspect.signature(function).parameters.values()
    optional = [p.name for p in parameters if p.default is not p.empty and p.kind != p.VAR_KEYWORD]
    broken = []
    for slot in [*range(len(args)), *optional]:
        for label, value in HOSTILE.items():
            call_args, call_kwargs = list(args), dict(kwargs)
            if isinstance(slot, int):
                call_args[slot] = value
            else:
                call_kwargs[slot] = value
            why = _broken(_call(function, *call_args, **call_kwargs))
            if why:
                broken.append(f"{name} [{slot}]={label}: {why}")
    assert not broken, "\n".join(broken[:5])


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        (ESCAPES, "\\x1b[2J\\x1b[31mred"),
        ("a\rb", "a\\rb"),
        ("a\0b", "a\\x00b"),
        ("\u202eabc", "\\u202eabc"),
        ("\ud800", "\\ud800"),
        ("two\nlines\tand a tab", "two\nlines\tand a tab"),  # kept: messages of many lines
        ("plain", "plain"),
    ],
)
def test_a_message_shows_control_characters_escaped(text: str, shown: str) -> None:
    assert shown_text(f"got {text}") == f"got {shown}"
    assert str(IpprulesError(f"got {text}")) == f"got {shown}"
    assert Problem(f"got {text}").message == f"got {shown}"


def test_a_message_of_a_hostile_str_subclass_is_bounded_plain_text() -> None:
    assert type(plain(RaisingStr("taobao"))) is str
    assert plain(HugeStr("taobao")) == "taobao"
    assert shown_value(RaisingStr("taobao")) == "'taobao'"
    assert shown_value(HugeStr("taobao")) == "'taobao'"
    assert len(str(IpprulesError(HugeStr("m" * 10_000)))) <= 2_000


# ------------------------------------------------------------------- the command line


def _run(argv: list[str]) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse
            code = int(exc.code or 0)
    return code, err.getvalue()


def _leaves(data: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _leaves(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data[:2]):
            yield from _leaves(value, (*path, index))
    else:
        yield path


HOST = "\x1b[2J\x1b[31m\rX\u202e\x00"
DOCUMENTS = [name for name, slot in SLOTS.items() if slot.kind == "document"]


@pytest.mark.no_cover
@pytest.mark.parametrize("slot_name", DOCUMENTS)
def test_a_hostile_string_in_a_file_reaches_stderr_escaped(
    slot_name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each document argument, with a hostile key and with each of its first values replaced
    by a string of ESC sequences, a carriage return, a bidi control and a NUL: whatever the
    command says, stderr holds none of them raw (``check``'s "known: ..." list of right ids
    printed them as they were)."""
    monkeypatch.chdir(tmp_path)
    slot = SLOTS[slot_name]
    example = EXAMPLES / slot.example
    text = example.read_text(encoding="utf-8")
    data = tomllib.loads(text) if example.suffix == ".toml" else json.loads(text)
    documents = [{**data, HOST: 1}] if isinstance(data, dict) else []
    for path in itertools.islice(_leaves(data), 30):
        changed = json.loads(json.dumps(data, default=str))
        place = changed
        for step in path[:-1]:
            place = place[step]
        place[path[-1]] = HOST
        documents.append(changed)
    broken = []
    for number, document in enumerate(documents):
        file = tmp_path / f"hostile{number}.json"
        file.write_text(json.dumps(document, default=str), encoding="utf-8")
        code, err = _run(slot.argv(str(file)))
        found = RAW.search(err)
        if code not in (0, 1, 2) or "Traceback" in err or found:
            broken.append(f"{slot_name} #{number}: exit {code}, {shown_value(err, 200)}")
    assert not broken, "\n".join(broken[:3])
