"""Small user-surface items (surfaces9): "1 duplicate" in the summary line, JSON Lines lines
held to a document's depth cap, a JSON document's NaN said at its line, and an unknown
option said with the value typed after it.
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules._files import MAX_DEPTH, TOO_DEEP, parse_document
from ipprules.errors import InputError
from ipprules.listings.bulk import Summary

_URL = "https://item.taobao.com/item.htm?id=606832683299"


def _said(argv: list[str]) -> tuple[int, str]:
    from ipprules.cli import main

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse's own refusals
            code = exc.code if isinstance(exc.code, int) else 2
    return code, err.getvalue()


# -- item 1: "1 duplicate" in the summary line ---------------------------------------------


@given(
    total=st.integers(min_value=0, max_value=10**6),
    duplicates=st.integers(min_value=0, max_value=10**6),
)
@example(total=2, duplicates=1)
@example(total=1, duplicates=0)
@example(total=3, duplicates=2)
def test_the_summary_line_says_duplicate_in_the_singular_for_one(
    total: int, duplicates: int
) -> None:
    line = Summary(total, 0, duplicates, {}).line()
    noun = "duplicate" if duplicates == 1 else "duplicates"
    assert f", {duplicates} {noun}, 0 rejected" in line
    assert Summary(total, 0, duplicates, {}).as_dict()["line"] == line


@given(copies=st.integers(min_value=1, max_value=4))
def test_a_run_with_one_duplicate_says_one_duplicate(copies: int) -> None:
    from ipprules.listings import dedupe, parse_listings, summarize

    line = summarize(dedupe(parse_listings([_URL] * copies))).line()
    n = copies - 1
    assert f"1 parsed, {n} duplicate{'' if n == 1 else 's'}, 0 rejected" in line


# -- item 2: a JSON Lines line nested deeper than 64 levels is refused, at its line --------


def _line(depth: int, brackets: tuple[str, str], in_string: bool) -> str:
    """A JSON Lines object holding ``depth`` levels below it (``depth + 1`` in all)."""
    opening, closing = brackets
    nested = f"{opening * depth}1{closing * depth}"
    return (
        json.dumps({"url": _URL, "more": nested})
        if in_string
        else (f'{{"url": "{_URL}", "more": {nested}}}')
    )


@settings(max_examples=40, deadline=None)
@given(
    depth=st.integers(min_value=MAX_DEPTH - 8, max_value=1000),
    brackets=st.sampled_from([("[", "]"), ('{"a": ', "}"), ('[{"a": ', "}]")]),
    in_string=st.booleans(),
    before=st.integers(min_value=0, max_value=3),
)
@example(depth=MAX_DEPTH, brackets=("[", "]"), in_string=False, before=0)  # 65 levels
@example(depth=MAX_DEPTH - 1, brackets=("[", "]"), in_string=False, before=2)  # 64: read
@example(depth=999, brackets=('{"a": ', "}"), in_string=False, before=1)
@example(depth=500, brackets=("[", "]"), in_string=True, before=0)  # in a string: read
def test_a_json_lines_line_is_held_to_the_documents_depth_cap(
    depth: int, brackets: tuple[str, str], in_string: bool, before: int
) -> None:
    from ipprules.listings.columns import jsonl_objects

    text = _line(depth, brackets, in_string)
    levels = 1 + (0 if in_string else depth * (2 if len(brackets[1]) == 2 else 1))
    numbered = [(n, json.dumps({"url": _URL})) for n in range(1, before + 1)]
    numbered.append((before + 1, text))
    if levels <= MAX_DEPTH:
        assert [n for n, _ in jsonl_objects(numbered, "in.jsonl")] == list(range(1, before + 2))
        return
    with pytest.raises(InputError) as info:
        list(jsonl_objects(numbered, "in.jsonl"))
    assert str(info.value) == f"in.jsonl:{before + 1}:1: $: {TOO_DEEP}"
    # the document of the same text is refused in the same words
    with pytest.raises(InputError, match=f"{TOO_DEEP}$"):
        parse_document(text, "doc.json", "json")


@pytest.mark.parametrize("command", ["listings", "good-faith"])
def test_both_json_lines_commands_refuse_a_line_65_levels_deep(command: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "in.jsonl"
        path.write_text(f"\n{_line(MAX_DEPTH, ('[', ']'), False)}\n")
        argv = [command, str(path)] + (["--as-of", "2024-01-02"] if command != "listings" else [])
        assert _said(argv) == (2, f"ipprules: error: {path}:2:1: $: {TOO_DEEP}\n")


# -- item 3: a NaN or an infinite number in a JSON document is said at its place -----------

_GOOD = st.sampled_from(
    ['"NaN"', '"Infinity x"', "1.5", "-2e10", "0", '"\\"NaN"', "[]", '{"NaN": 1}', "true"]
)


@given(
    before=st.lists(_GOOD, max_size=6),
    bad=st.sampled_from(["NaN", "Infinity", "-Infinity", "1e999", "-1.5e400", "9" * 400 + ".5"]),
    breaks=st.lists(st.sampled_from(["", "\n", "\n  ", "\r\n"]), min_size=8, max_size=8),
)
@example(before=[], bad="NaN", breaks=[""] * 8)
@example(before=['"NaN"', '{"NaN": 1}'], bad="Infinity", breaks=["\n"] * 8)
def test_a_refused_json_float_is_said_at_its_place(
    before: list[str], bad: str, breaks: list[str]
) -> None:
    items = [*before, bad]
    text = "{" + breaks[0] + '"a": ['
    for n, item in enumerate(items):
        text += ("," if n else "") + breaks[(n + 1) % 8] + item
    at = text.rindex(bad)
    text += "]}"
    line = text.count("\n", 0, at) + 1
    column = at - text.rfind("\n", 0, at)
    with pytest.raises(InputError) as info:
        parse_document(text, "doc.json", "json")
    assert (info.value.line, info.value.column) == (line, column), info.value


# -- item 4: an unknown option is said with the value typed after it -----------------------


@settings(max_examples=30, deadline=None)
@given(
    option=st.sampled_from(["--work", "--bogus", "--colum", "-x"]),
    value=st.sampled_from(["2", "x", "=2"]),
    file_first=st.booleans(),
    extra=st.lists(st.sampled_from(["y", "3"]), max_size=2),
)
@example(option="--work", value="2", file_first=False, extra=[])  # listings --work 2 x
@example(option="--work", value="2", file_first=True, extra=["3"])
@example(option="-x", value="2", file_first=False, extra=["y"])  # said "-x y"
def test_an_unknown_option_is_said_as_typed(
    option: str, value: str, file_first: bool, extra: list[str]
) -> None:
    typed = [option + value] if value.startswith("=") else [option, value]
    argv = ["listings", "urls.txt", *typed] if file_first else ["listings", *typed, "urls.txt"]
    argv += extra
    code, err = _said(argv)
    assert code == 2
    shown = " ".join(typed + extra)
    taken = " (only one FILE is taken)" if extra else ""  # a word too many (surfaces10)
    near = {"--work": " (did you mean --workers?)", "--colum": " (did you mean --column?)"}
    hint = near.get(option, "")  # the option meant, as names are suggested (newuser8)
    assert err == f"ipprules listings: error: unrecognized arguments: {shown}{taken}{hint}\n"
