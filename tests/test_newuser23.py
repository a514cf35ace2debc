"""A notebook user's walk (newuser23): files read from a path, from a stream and from bytes.

A notebook holds a file's contents as text or bytes (an upload, a download) as often as a
path. Every reader told a file's text "pass ... the text as a stream, io.StringIO(text)", yet
``read_violations``, ``read_events`` and ``read_counter_notice`` refused that stream with a
TypeError; bytes were refused without a word on how to pass them; ``read_lines`` read a
binary stream as lines of bytes; and a listing's URL given where a file belongs was "cannot
read the file: No such file or directory".
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pytest

import ipprules
from ipprules.cli import main
from ipprules.counternotice import read_counter_notice
from ipprules.errors import InputError
from ipprules.goodfaith import History
from ipprules.lifecycle import read_events
from ipprules.penalties import read_violations
from ipprules.planner import read_lines

_EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

#: The readers whose "this is a file's text" error tells to pass ``io.StringIO(text)``.
_TOLD_A_STREAM: list[tuple[Callable[[Any], Any], str]] = [
    (read_violations, "violations-aliexpress.csv"),
    (read_violations, "violations-alibaba-com.csv"),
    (read_events, "lifecycle-counter-notice.json"),
    (read_events, "lifecycle-late-counter-notice.toml"),
    (read_counter_notice, "counter-notice-alibaba.toml"),
]


@pytest.mark.parametrize(("reader", "name"), _TOLD_A_STREAM)
def test_the_stream_the_text_error_asks_for_is_read(
    reader: Callable[[Any], Any], name: str
) -> None:
    path = _EXAMPLES / name
    text = path.read_text(encoding="utf-8")
    with pytest.raises(InputError, match=r"io\.StringIO\(text\)"):
        reader(text)
    # doing as told: it raised "path must be a str or a Path, got StringIO"
    assert reader(io.StringIO(text)) == reader(path)
    assert reader(io.BytesIO(path.read_bytes())) == reader(path)


def test_a_violations_stream_is_read_as_json_or_csv_by_its_text() -> None:
    as_json = io.StringIO('{"violations": [{"date": "2024-02-03", "kind": "general"}]}')
    as_csv = io.StringIO("date,kind\n2024-02-03,general\n")
    assert read_violations(as_json) == read_violations(as_csv)
    with pytest.raises(InputError, match=r"<stream>:2:1: \$\[0\]\.date"):
        read_violations(io.StringIO("date,kind\n2024-02-30,general\n"))


def _what_if(batch: Any) -> Any:
    return ipprules.what_if(History.from_file(_EXAMPLES / "history.csv"), batch, "2022-12-31")


#: Every reader of a file a notebook meets, with a file it reads.
_READERS: list[tuple[Callable[[Any], Any], str]] = [
    *_TOLD_A_STREAM,
    (ipprules.read_plan, "plan.toml"),
    (ipprules.load_rulebook, "rules-override.toml"),
    (History.from_file, "history.csv"),
    (History.by_account, "history-accounts.csv"),
    (lambda source: list(read_lines(source)), "planner-urls.csv"),
    (_what_if, "what-if.toml"),
]


@pytest.mark.parametrize(("reader", "name"), _READERS)
def test_bytes_are_told_to_come_as_a_stream_and_then_read(
    reader: Callable[[Any], Any], name: str
) -> None:
    data = (_EXAMPLES / name).read_bytes()
    for given in (data, bytearray(data)):
        with pytest.raises(TypeError, match=r"pass them as a stream, io\.BytesIO\(data\)"):
            reader(given)
    assert repr(reader(io.BytesIO(data))) == repr(reader(_EXAMPLES / name))


def test_read_lines_reads_a_binary_stream_as_text() -> None:
    path = _EXAMPLES / "planner-urls.csv"
    expected = [(line.line, line.url, line.reason) for line in read_lines(path)]
    with path.open("rb") as stream:  # said "lines must be str, not bytes (line 1)"
        assert [(line.line, line.url, line.reason) for line in read_lines(stream)] == expected


_URL = "https://item.taobao.com/item.htm?id=606832683299"


def test_a_url_given_as_a_path_is_told_it_is_a_url() -> None:
    with pytest.raises(InputError, match="this is a URL, not a file's path") as caught:
        list(read_lines(_URL))
    assert "pass them in a list" in str(caught.value)
    assert [line.url for line in read_lines([_URL])] == [_URL]  # as told


def test_the_cli_tells_a_url_given_as_a_file() -> None:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["listings", _URL])
    assert code == 2
    assert "this is a URL, not a file's path" in err.getvalue()
    assert "- to read them from stdin" in err.getvalue()


# -------------------- a date from a DataFrame: pandas' NaT, numpy's datetime64


def _day_takers() -> list[Callable[[Any], Any]]:
    plan = ipprules.read_plan(_EXAMPLES / "plan.toml")
    history = History.from_file(_EXAMPLES / "history.csv")
    return [
        lambda day: ipprules.check(plan, as_of=day),
        lambda day: ipprules.standing(history, day),
        lambda day: ipprules.default_rulebook().as_of(day),
        lambda day: ipprules.penalty_standing([], "aliexpress", day),
        # said "ValueError: NaTType does not support utcoffset" (a ValueError from a door)
        lambda day: ipprules.deadline_for("ipr_verification", day),
    ]


def test_a_missing_pandas_date_is_named_as_one() -> None:
    """``df["date"].max()`` of an empty column is NaT: check said pandas' own "Cannot compare
    NaT with datetime.date object", deadline_for a ValueError about utcoffset."""
    for taker in _day_takers():
        with pytest.raises(TypeError, match=r"got NaTType \(a missing date, pandas' NaT"):
            taker(pd.NaT)
        assert taker(pd.Timestamp("2024-06-03")) is not None  # a Timestamp is a datetime


def test_numpy_datetime64_is_told_how_to_convert() -> None:
    value = np.datetime64("2024-06-03")
    with pytest.raises(TypeError, match=r"pandas\.Timestamp\(value\)\.date\(\)") as caught:
        ipprules.check(ipprules.read_plan(_EXAMPLES / "plan.toml"), as_of=value)
    assert "as_of must be a datetime.date" in str(caught.value)
    assert ipprules.default_rulebook().as_of(pd.Timestamp(value).date()) is not None  # as told


def test_planner_settings_as_a_dict_are_told_how_to_make_them() -> None:
    account = ipprules.read_plan(_EXAMPLES / "planner-account.toml")
    data = {"reason": "tm_counterfeit", "strategy": "protect"}
    with pytest.raises(TypeError, match=r"got dict \(make one with ipprules\.planner\.Settings"):
        ipprules.plan_listings([_URL], account, as_of="2026-11-23", settings=data)  # type: ignore[arg-type]
    from ipprules.planner import Settings

    done = ipprules.plan_listings([_URL], account, as_of="2026-11-23", settings=Settings(**data))
    assert done.counts()["planned"] == 1  # as told
