"""Sweep 11: the bad-input sweep's follow-ups (hostile10's notes).

A JSON document with a problem at each item of a long list was located item by item from the
top of the text: 2,000 repeated complaint ids took 15 s, 20,000 more than 15 minutes. The
positions a walk finds are now kept (``_files._JsonIndex``), so locating them all reads the
text about once.
"""

from __future__ import annotations

import json
import re
import typing
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ipprules import _files
from ipprules._convert import MAX_ITEMS
from ipprules._files import parse_document

from ._plan_fields import example_fields
from .test_hostile_10 import BASE, EXAMPLES, _with


def _paths(value: Any, path: str = "$") -> list[tuple[str, Any]]:
    out = [(path, value)]
    if isinstance(value, dict):
        for key, item in value.items():
            out += _paths(item, f"{path}['{key}']")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            out += _paths(item, f"{path}[{index}]")
    return out


def _offset(text: str, line: int, column: int) -> int:
    return sum(len(part) for part in text.split("\n")[: line - 1]) + line - 1 + column - 1


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=5)
        | st.dictionaries(st.text("ab x-", max_size=3), inner, max_size=4)
    ),
    max_leaves=30,
)


@settings(max_examples=200, deadline=None)
@given(_json, st.sampled_from([None, 0, 1, 2]), st.randoms(use_true_random=False))
def test_every_json_path_is_located_at_its_value(data: Any, indent: int | None, rnd: Any) -> None:
    """Whatever the order paths are asked in, each is placed at its value's first character."""
    text = json.dumps(data, indent=indent)
    doc = parse_document(text, "d.json", "json")
    paths = [(p, v) for p, v in _paths(data) if p.startswith("$")]
    rnd.shuffle(paths)
    for path, value in paths * 2:  # asked twice: the kept positions give the same answer
        found = doc.locate(path)
        assert found is not None, path
        decoded, _ = json.JSONDecoder().raw_decode(text, _offset(text, *found))
        assert decoded == value, (path, found)


def test_locating_every_item_of_a_long_list_reads_the_text_about_once(monkeypatch: Any) -> None:
    n = 3000
    text = json.dumps(
        {"rights": [{"id": "r", "n": [1, 2, 3]}] * n, "complaints": [{"id": "c"}] * n}
    )
    doc = parse_document(text, "p.json", "json")
    calls = 0
    skip = _files._skip_value

    def counted(text: str, pos: int) -> int:
        nonlocal calls
        calls += 1
        return skip(text, pos)

    monkeypatch.setattr(_files, "_skip_value", counted)
    for i in range(n):
        assert doc.locate(f"$.complaints[{i}].id") is not None
        assert doc.locate_key(f"$.rights[{i}]", "n") is not None
    assert calls < 8 * n  # item by item from the top: n * n / 2 and more


# ---------------------------------------------------------------- a list's reading limit
#
# A counter-notice of 1,000,000 violations (a 57 MB file, under the 64 MiB cap) took 68 s and
# 850 MB; every list of a document is now refused over MAX_ITEMS items, at its path, before
# any item is read (5 s, the JSON parse).


def _cli(args: list[str], capsys: Any) -> tuple[int, str]:
    from ipprules.cli import main

    code = main(args)
    return code, capsys.readouterr().err


def test_a_counter_notice_of_too_many_violations_is_refused_at_the_list(
    tmp_path: Path, capsys: Any
) -> None:
    doc = {
        "platform": "1688",
        "complaint_date": "2024-06-10",
        "seller": {"violations": [0] * (MAX_ITEMS + 1)},
    }
    path = tmp_path / "cn.json"
    path.write_text(json.dumps(doc))
    code, err = _cli(["counter-notice", str(path)], capsys)
    assert code == 2
    assert err.strip().splitlines() == [
        f"ipprules: error: {path}:1:79: $.seller.violations: a list of 100,001 items: at most "
        "100,000 are read (the reading limit of a list)"
    ]


@settings(max_examples=40, deadline=None)
@given(
    st.integers(0, 12),
    st.sampled_from(["violations", "purchases", "events", "holidays", "complaints", "rights"]),
)
def test_any_list_over_the_limit_is_refused_and_none_under_it(n: int, where: str) -> None:
    """With the limit set to 6, a list of n items is refused at its path exactly when n > 6,
    whichever document holds it (the item is one the reader takes)."""
    import ipprules._convert as convert
    from ipprules.calendars.files import calendar_from_data
    from ipprules.checks.plan import plan_from_data
    from ipprules.counternotice.model import CounterNotice

    saved = convert.MAX_ITEMS
    convert.MAX_ITEMS = 6
    try:
        refusals = _refusals(where, n, convert, calendar_from_data, plan_from_data, CounterNotice)
    finally:
        convert.MAX_ITEMS = saved
    assert any("reading limit of a list" in r for r in refusals) == (n > 6), refusals


def _refusals(where: str, n: int, convert: Any, calendar: Any, plan: Any, notice: Any) -> list[str]:
    from ipprules.errors import InputError

    try:
        if where == "holidays":
            calendar({"holidays": [f"2024-01-{d + 1:02d}" for d in range(n)]})
        elif where in ("complaints", "rights"):
            plan({"account": {"name": "a"}, where: [{}] * n})
        elif where == "events":
            from ipprules.lifecycle.reading import _EventsFile

            convert.structure({"events": [{"event": "takedown"}] * n}, _EventsFile)
        else:
            item = {"date": "2024-01-02", "kind": "general"}
            seller = {"violations": [item] * n} if where == "violations" else {}
            purchases = [{"id": "p"}] * n if where == "purchases" else []
            convert.structure(
                {
                    "platform": "1688",
                    "complaint_date": "2024-06-10",
                    "seller": seller,
                    "purchases": purchases,
                },
                notice,
            )
    except InputError as exc:
        return [str(p) for p in exc.problems]
    return []


# ---------------------------------------------------------------- a plan built in Python


def _plain_fields() -> list[tuple[str, int | None, str, str]]:
    """(record, index, field, type) of every str, int or float field (or tuple of them) of
    the example plan's records (hostile10 checked the enum, flag and record fields)."""
    import types

    found = []
    for where, at, name, hint in example_fields(2):
        union = isinstance(hint, types.UnionType)
        args = [a for a in typing.get_args(hint) if a is not type(None)] if union else [hint]
        for kind, tp in (("str", str), ("int", int), ("float", float)):
            tup = typing.get_origin(args[0]) is tuple
            if (typing.get_args(args[0])[:1] if tup else (args[0],)) == (tp,):
                found.append((where, at, name, f"tuple[{kind}]" if tup else kind))
    return found


PLAIN_FIELDS = _plain_fields()


def test_the_plain_fields_are_found() -> None:
    names = {(w, f) for w, _, f, _ in PLAIN_FIELDS}
    assert {
        ("complaints", "platform"),
        ("rights", "number"),
        ("account", "complaints_filed"),
    } <= names
    assert ("rights", "classes") in names


_WRONG = {
    "str": st.one_of(
        st.integers(), st.binary(max_size=3), st.floats(), st.lists(st.text(), max_size=2)
    ),
    "int": st.one_of(st.text(max_size=4), st.booleans(), st.floats(), st.none()),
    "float": st.one_of(st.text(max_size=4), st.booleans()),
}


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(PLAIN_FIELDS), st.data())
def test_a_plain_field_of_the_wrong_type_is_a_type_error_naming_it(
    field: tuple[str, int | None, str, str], data: Any
) -> None:
    import pytest

    import ipprules

    where, index, name, kind = field
    inner = kind.removeprefix("tuple[").removesuffix("]")
    value = data.draw(_WRONG[inner])
    if kind.startswith("tuple"):
        value = (value,)
    elif value is None and name not in ("complaints_filed",):
        return  # an optional field (str | None) takes None
    try:
        plan = _with(where, index, name, value)
    except (TypeError, ipprules.IpprulesError):
        return  # refused by the record itself (a converter)
    spot = f"{where}[{index}].{name}" if index is not None else f"account.{name}"
    with pytest.raises(TypeError, match=re.escape(spot)):
        ipprules.check(plan)  # type: ignore[arg-type]


# ---------------------------------------------------------------- plan --quarantine-below

_PLAN = BASE["plan"]  # the smallest plan command (hostile-10's)


@settings(max_examples=10, deadline=None)
@given(
    st.sampled_from(["0", "0.7", "7/10", "1", "0.35"]),
    st.sampled_from([[], ["--strategy", "fewest"], ["--workers", "1"]]),
)
def test_quarantine_below_without_protect_is_refused(value: str, more: list[str]) -> None:
    # the fewest strategy quarantines nothing: the value (even the default's 0.7) was taken
    # and ignored in silence
    import contextlib
    import io

    from ipprules.cli import main

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main([*_PLAN, "--quarantine-below", value, *more])
    assert code == 2
    assert err.getvalue().strip() == (
        "ipprules plan: error: argument --quarantine-below: goes with --strategy protect"
    )


def test_quarantine_below_with_protect_is_taken(capsys: Any) -> None:
    from ipprules.cli import main

    outs = {}
    for value in ("0", "1"):
        code = main(
            [*_PLAN, "--strategy", "protect", "--quarantine-below", value, "--format", "json"]
        )
        assert code in (0, 1)
        complaints = json.loads(capsys.readouterr().out)["complaints"]
        outs[value] = {c["quarantined"] for c in complaints}
    assert outs == {"0": {False}, "1": {True}}  # the floor is used


# ---------------------------------------------------------------- a FIFO where no stdin is read


def test_a_fifo_as_a_calendar_is_not_told_to_use_stdin(tmp_path: Path, capsys: Any) -> None:
    # --calendar does not read "-": the advice "give a file or - for stdin" did not hold
    import os

    from ipprules.cli import main

    fifo = tmp_path / "office.json"
    os.mkfifo(fifo)
    for command in (
        ["deadline", "takedown", "--on", "2024-09-27", "--platform", "taobao"],
        ["lifecycle", str(EXAMPLES / "lifecycle-counter-notice.json")],
    ):
        assert main([*command, "--calendar", str(fifo)]) == 2
        err = capsys.readouterr().err.strip()
        assert err == f"ipprules: error: {fifo}: $: not a regular file (a FIFO); give a file"
    # where "-" is read, the advice stays
    assert main(["counter-notice", str(fifo)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.endswith("not a regular file (a FIFO); give a file or - for stdin")


# ---------------------------------------------------------------- files that are not UTF-8
#
# Documents said "not UTF-8 text (byte 0xc2)", histories "not UTF-8 text: invalid byte 0xca";
# one function (_files.not_utf8) words both, with a hint when the bytes read as GBK, Big5 or
# UTF-16 (an Excel export on a Chinese Windows is GBK). Only a hint: still exit 2.

_HANZI = st.text(st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5), min_size=2, max_size=12)
_HEADER = "type,date,id,platform,reason_code,listings,taken_down,rejected,withdrawn,pending,"
_HEADER += "reinstated,counter_rejected,note\n"
_ROW = "complaint,2022-09-05,C1,taobao,tm_misuse,20,19,1,0,0,0,1,{}\n"


def _errors(tmp_path: Path, data: bytes) -> list[str]:
    """The one error line of good-faith (a history) and of counter-notice (a document),
    the file name left out."""
    import contextlib
    import io

    from ipprules.cli import main

    out = []
    for name, command in (
        ("h.csv", ["good-faith", "{}", "--as-of", "2024-01-02"]),
        ("cn.json", ["counter-notice", "{}"]),
    ):
        path = tmp_path / name
        path.write_bytes(data)
        err = io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            assert main([c.format(path) for c in command]) == 2
        line = err.getvalue().strip()
        assert line.count("\n") == 0
        out.append(line.split(": $: ", 1)[1])
    return out


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(_HANZI, st.sampled_from(["gbk", "gb18030", "big5"]))
def test_chinese_text_in_a_chinese_encoding_is_named(tmp_path: Path, text: str, codec: str) -> None:
    try:
        data = (_HEADER + _ROW.format(text)).encode(codec)
        data.decode("utf-8")
    except UnicodeEncodeError:
        return  # a character Big5 has not
    except UnicodeDecodeError:
        pass
    else:
        return  # bytes that are UTF-8 too (mojibake, but UTF-8): read as such
    history, document = _errors(tmp_path, data)
    assert history == document  # one wording
    assert history.startswith("not UTF-8 text (byte 0x")
    if all(len(r) == 1 for r in re.findall(rb"[\x80-\xff]+", data)) and re.search(
        rb"[\x80-\xff][a-z]", data
    ):
        return  # Big5 whose characters all end in a small letter's byte reads like Latin-1
    named = history.split("; the file looks like ")[1]
    assert named.endswith(": save it as UTF-8")
    # Big5 bytes in even runs read as GB18030 too: a Chinese encoding is named, never none
    assert named.removesuffix(": save it as UTF-8") in (
        ("GBK (GB18030)", "GBK (GB18030) or Big5", "Big5")
        if codec == "big5"
        else ("GBK (GB18030)", "GBK (GB18030) or Big5")
    )


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(st.sampled_from("abcdefgh xyz"), min_size=1, max_size=6), st.sampled_from("éèàüöçñ"))
def test_latin1_text_gets_no_chinese_hint(tmp_path: Path, word: str, accent: str) -> None:
    data = (_HEADER + _ROW.format(f"{word}{accent}{word}")).encode("latin-1")
    history, document = _errors(tmp_path, data)
    assert (
        history
        == document
        == (f"not UTF-8 text (byte 0x{ord(accent):02x}): save the file as UTF-8 (Excel: CSV UTF-8)")
    )


def test_utf16_without_a_byte_order_mark_is_named(tmp_path: Path) -> None:
    data = '{"platform": "1688", "brand": "品牌"}'.encode("utf-16-le")
    path = tmp_path / "cn.json"
    path.write_bytes(data)
    from ipprules.counternotice import read_counter_notice
    from ipprules.errors import InputError

    try:
        read_counter_notice(path)
    except InputError as exc:
        message = str(exc)
    assert message.endswith(
        "the file looks like UTF-16 (without a byte order mark): save it as UTF-8"
    )
