"""inputs25: hostile inputs refused for what they are, in bounded time.

A binary history (no line end in its first MiB) is said to be binary (its first bad byte or
NUL), not a line too long; a :class:`Complaint`'s ``id`` and ``account`` that are no str
are a TypeError naming the field.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ipprules._files import DEFAULT_MAX_LINE, MAX_DEPTH, parse_document
from ipprules.errors import InputError
from ipprules.goodfaith import AccountEvent, Complaint, EventKind, History
from ipprules.listings.parser import MAX_LENGTH, _slow

#: Bytes that are not UTF-8 text where they stand (a lone continuation byte, a lead byte
#: before ASCII, bytes no UTF-8 holds) and a NUL.
_BAD = st.sampled_from([b"\x80", b"\xc3a", b"\xff", b"\xfe", b"\x89", b"\x8b", b"\x00"])


@settings(max_examples=8, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    at=st.integers(0, DEFAULT_MAX_LINE - 2),
    bad=_BAD,
    fill=st.sampled_from([b"a", b"\xe5\x90\x8d", b",", b"\t"]),
    fmt=st.sampled_from(["csv", "jsonl"]),
    kind=st.sampled_from(["path", "bytes", "text"]),
)
@example(at=1, bad=b"\x8b", fill=b"a", fmt="csv", kind="path")  # was: line longer than 1 MiB
@example(at=0, bad=b"\x89", fill=b"a", fmt="jsonl", kind="bytes")  # a PNG's first byte
@example(at=DEFAULT_MAX_LINE - 2, bad=b"\x00", fill=b"a", fmt="csv", kind="text")
def test_binary_history_without_line_ends_is_said_binary_not_a_long_line(
    tmp_path: Path, at: int, bad: bytes, fill: bytes, fmt: str, kind: str
) -> None:
    head = (fill * (at // len(fill) + 1))[:at]
    head = head[: len(head.decode("utf-8", "ignore").encode("utf-8"))]  # whole characters
    data = head + bad + b"b" * (DEFAULT_MAX_LINE + 4096 - len(head))
    source: object = io.BytesIO(data)
    if kind == "path":
        path = tmp_path / f"h.{fmt}"
        path.write_bytes(data)
        source = path
    elif kind == "text":  # a text stream holds no bad byte, but may hold a NUL
        source = io.StringIO(data.decode("utf-8", "replace").replace("\ufffd", "\0"))
        bad = b"\x00"
    with pytest.raises(InputError) as caught:
        History.from_file(source, format=fmt, account="acme")  # type: ignore[arg-type]
    message = str(caught.value)
    assert "longer than" not in message
    assert ("NUL" in message) if bad == b"\x00" else ("not UTF-8" in message)
    assert caught.value.line == 1
    assert caught.value.column == len(head.decode("utf-8")) + 1


def test_a_long_line_of_text_is_still_a_long_line(tmp_path: Path) -> None:
    path = tmp_path / "h.csv"
    path.write_bytes("名".encode() * (DEFAULT_MAX_LINE // 3 + 10) + b"\x80")
    with pytest.raises(InputError, match="longer than 1 MiB") as caught:
        History.from_file(path, account="acme")
    assert caught.value.line == 1


_GOOD = {
    "filed": dt.date(2023, 3, 1),
    "platform": "taobao",
    "reason_code": "tm_counterfeit",
    "listings": 3,
    "taken_down": 3,
}
#: Values that are no str: each is refused as an id, an account or a note, naming the field.
_NOT_STRS = st.one_of(
    st.none(),
    st.integers(-5, 5),
    st.floats(allow_nan=True),
    st.binary(max_size=3),
    st.lists(st.text(max_size=2), max_size=2),
    st.booleans(),
)


@settings(max_examples=30)
@given(field=st.sampled_from(["id", "account"]), value=_NOT_STRS)
@example(field="account", value=None)  # was read as "", the file's only account
@example(field="id", value=7)  # was kept as the int 7
@example(field="id", value=b"C1")
def test_a_complaint_id_or_account_that_is_no_str_is_a_type_error_naming_it(
    field: str, value: object
) -> None:
    with pytest.raises(TypeError, match=f"^{field} must be a str, got "):
        Complaint(**_GOOD, **{field: value})


@settings(max_examples=30)
@given(field=st.sampled_from(["note", "account"]), value=_NOT_STRS)
@example(field="account", value=None)  # was read as ""
@example(field="note", value=None)  # was kept as None
def test_an_account_event_note_or_account_that_is_no_str_is_a_type_error_naming_it(
    field: str, value: object
) -> None:
    with pytest.raises(TypeError, match=f"^{field} must be a str, got "):
        AccountEvent(date="2023-01-02", kind=EventKind.DECLARATION, **{field: value})


@settings(max_examples=30)
@given(id=st.text(max_size=8), account=st.text(max_size=8))
@example(id="", account="")
def test_a_complaint_keeps_any_str_id_and_account(id: str, account: str) -> None:
    class Named(str):
        pass

    for kept_id, kept_account in ((id, account), (Named(id), Named(account))):
        complaint = Complaint(**_GOOD, id=kept_id, account=kept_account)
        assert (complaint.id, complaint.account) == (id, account)
        history = History.from_records([complaint])
        assert history == History.from_records([Complaint(**_GOOD, account=account)])


@settings(max_examples=20)
@given(
    head=st.lists(
        st.sampled_from(["h = 1", 'k = "a"', "[t]", "", "# note"]), max_size=4, unique=True
    ),
    tail=st.sampled_from(
        ["aaa", "x = [1,", 'x = "abc', "x = {a=1", "x = ", "[a", "x = '''ab\n\nq"]
    ),
    newline=st.sampled_from(["", "\n"]),
)
@example(head=[], tail="a" * 100_000, newline="")  # was: "not valid TOML" with no line
@example(head=["h = 1"], tail="x = [1,", newline="\n")
def test_toml_that_ends_too_soon_is_located_at_its_end(
    head: list[str], tail: str, newline: str
) -> None:
    if tail[-1] not in ",q":  # only an open array or string reads on past a line end
        newline = ""
    text = "\n".join([*head, tail]) + newline
    with pytest.raises(InputError, match="not valid TOML") as caught:
        parse_document(text, "p.toml", "toml")
    if "'''" in tail:  # a multi-line string never closed: said where it opens (inputs32)
        assert "opened on this line is never closed" in str(caught.value)
        assert (caught.value.line, caught.value.column) == (len(head) + 1, 5)
        return
    assert "(at the end of the file)" in str(caught.value)
    assert caught.value.line == text.count("\n") + 1
    assert caught.value.column == len(text) - text.rfind("\n")


@settings(max_examples=20)
@given(
    fmt=st.sampled_from(["json", "toml"]),
    lines_before=st.integers(0, 3),
    depth=st.integers(65, 200),
    opener=st.sampled_from(["[", "{"]),
    decoy=st.sampled_from(["", '"[[[[", ', "[], "]),
)
@example(fmt="json", lines_before=0, depth=100_000, opener="[", decoy="")  # was: no line
@example(fmt="toml", lines_before=2, depth=65, opener="[", decoy='"[[[[", ')
def test_a_document_nested_too_deep_is_located_where_it_gets_too_deep(
    fmt: str, lines_before: int, depth: int, opener: str, decoy: str
) -> None:
    closer = {"[": "]", "{": "}"}[opener]
    key = '"k": ' if opener == "{" else ""  # each level of objects keyed
    inner = (opener + key) * depth + "1" + closer * depth
    if fmt == "json":
        text = "{\n" + '"p": 1,\n' * lines_before + '"x": [' + decoy + inner + "]}"
        at = text.index(inner) + (MAX_DEPTH - 2) * len(opener + key)  # the 65th level
    else:
        key = "k = " if opener == "{" else ""
        inner = (opener + key) * depth + "1" + closer * depth
        text = "p = 1\n" * lines_before + "x = [" + decoy + inner + "]\n"
        # the root table is a level, as JSON's ``{`` is (inputs32): the same place
        at = text.index(inner) + (MAX_DEPTH - 2) * len(opener + key)  # under x = [
    with pytest.raises(InputError, match="nested deeper than 64 levels") as caught:
        parse_document(text, f"p.{fmt}", fmt)
    assert caught.value.line == text.count("\n", 0, at) + 1
    assert caught.value.column == at - text.rfind("\n", 0, at)


def _slow_patterns() -> dict[str, re.Pattern[str]]:
    """Every run-time pattern of the thorough listing parser that a host or a path is
    matched against (``fullmatch``): each form's host and path, and the pages' shapes."""
    slow = _slow()
    patterns: dict[str, re.Pattern[str]] = {}
    for routes in slow.by_domain.values():
        for _, host, path in routes:
            patterns.setdefault(host.pattern, host)
            patterns.setdefault(path.pattern, path)
    for shape in slow.shapes.values():
        patterns.setdefault(shape.pattern, shape)
    return patterns


#: Runs that the patterns' classes take, around their separators (an id, a slug, a label).
_RUNS = ("i-", "-i", "_1", "1_", "a.", "/a", "-s1", "a-", "1", "a/")


def test_the_slow_parser_patterns_take_linear_time_at_the_length_cap() -> None:
    """Each host and path pattern of the slow parser, on texts at the parser's length cap
    (8,192 characters) made of runs of what it accepts after each of its literal parts:
    linear patterns take well under a millisecond each (~0.2 ms at most, measured); a
    pattern quadratic there (a mutant: two ``[^/?#]*`` runs) took 0.09-0.2 s. inputs25
    fuzzed all 94 (88 forms' and 6 shapes') at 2k/4k/8k with 250 runs and 5 endings:
    none grew faster than linearly."""
    worst = 0.0
    for pattern, compiled in _slow_patterns().items():
        literals = {
            re.sub(r"\\(.)", r"\1", part) for part in re.findall(r"(?:\\.|[\w/-])+", pattern)
        }
        for literal in sorted(literals)[:6]:
            for run in _RUNS:
                text = literal + run * ((MAX_LENGTH - len(literal)) // len(run)) + "!"
                start = time.process_time()
                compiled.fullmatch(text)
                worst = max(worst, time.process_time() - start)
    assert worst < 0.02, worst  # a quadratic one took 0.09 s here


@settings(max_examples=3, deadline=None)
@given(at=st.integers(0, (1 << 16) - 2), bad=_BAD)
@example(at=1, bad=b"\x8b")  # was: a header row longer than 64 KiB
@example(at=(1 << 16) - 2, bad=b"\x00")
def test_a_binary_history_read_by_dask_is_said_binary_not_a_long_header(
    tmp_path_factory: pytest.TempPathFactory, at: int, bad: bytes
) -> None:
    pytest.importorskip("dask.dataframe")
    from ipprules.scale import read_histories

    path = tmp_path_factory.mktemp("dask") / "h.csv"
    path.write_bytes(b"a" * at + bad + b"b" * (1 << 17))
    with pytest.raises(InputError) as caught:
        read_histories(path)
    message = str(caught.value)
    assert "longer than" not in message
    assert ("NUL" in message) if bad == b"\x00" else ("not UTF-8" in message)
    assert (caught.value.line, caught.value.column) == (1, at + 1)


def _too_deep_before(text: str, fmt: str) -> bool:
    """``_files._too_deep`` as it was before inputs25 (the reference its quick path keeps)."""
    from ipprules import _files

    if text.count("[") + text.count("{") <= MAX_DEPTH and fmt == "json":
        return False
    brackets = (_files._TOML_SKIP if fmt == "toml" else _files._JSON_SKIP).sub("", text)
    for _ in range(MAX_DEPTH):
        shorter = _files._PAIR.sub("", brackets)
        if len(shorter) == len(brackets):
            break
        brackets = shorter
    else:
        if _files._PAIR.search(brackets):
            return True
    if fmt == "toml" and text.count(".") >= MAX_DEPTH:
        keys = _files._TOML_SKIP.sub(_files._keep_words, text)
        return _files._DOTTED.search(keys) is not None
    return False


#: A nest of 60 to 70 levels, of arrays, tables or both, with something at its heart.
_NESTS = st.tuples(
    st.sampled_from([("[", "]"), ("{", "}"), ("[{", "}]")]),
    st.integers(60, 70),
    st.sampled_from(["", "1", '"]"', "]", "}", '"', "[]", "{}", "#", "'"]),
).map(lambda t: t[0][0] * t[1] + t[2] + t[0][1] * t[1])


@settings(max_examples=60)
@given(
    parts=st.lists(
        st.one_of(_NESTS, st.text(alphabet="[]{}\"'#\n ax", max_size=8)), min_size=1, max_size=4
    ),
    fmt=st.sampled_from(["json", "toml"]),
)
@example(parts=["[" * 65 + "]" * 65], fmt="json")
@example(parts=["[" * 65 + '"]"' + "]" * 65], fmt="json")  # a quote in between: no nest
@example(parts=['"', "[" * 65 + "]" * 65, '"'], fmt="json")  # inside a string
@example(parts=["#", "{" * 65 + "}" * 65], fmt="toml")  # in a comment
def test_too_deep_answers_as_before(parts: list[str], fmt: str) -> None:
    from ipprules._files import _too_deep

    text = "".join(parts)
    assert _too_deep(text, fmt) == _too_deep_before(text, fmt)


@pytest.mark.parametrize(("opening", "closing"), [("[", "]"), ('{"a": ', "}")])
def test_a_plain_deep_nest_is_refused_in_linear_time(opening: str, closing: str) -> None:
    """``[`` * n + ``]`` * n took 64 passes over the whole text: 6 s of CPU at 10 MB (~40 s
    at the 64 MiB cap); now one search after the strings are skipped."""
    from ipprules._files import _too_deep

    text = opening * 400_000 + "1" + closing * 400_000
    start = time.process_time()
    assert _too_deep(text, "json")
    assert time.process_time() - start < 0.25  # ~0.09 s (objects), before: ~0.5 s
