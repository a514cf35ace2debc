"""Sweep 13: free text on several lines, the environment, CSV line ends, and hostile objects.

``plan --supplement`` refused a tab or a newline, which a plan file's supplement takes.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ipprules
from ipprules.errors import InputError, IpprulesError

from .test_hostile_10 import BASE, _run

# ---------------------------------------------------------------- free text on several lines

_TEXT = st.text(st.characters(codec="utf-8", categories=["L", "N", "P", "Zs"]), max_size=8)


@pytest.mark.no_cover
@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.tuples(_TEXT, st.sampled_from(["\t", "\n", "\r\n"])), min_size=1, max_size=4),
    _TEXT,
)
def test_the_supplement_takes_tabs_and_newlines(
    capsys: pytest.CaptureFixture[str], parts: list[tuple[str, str]], last: str
) -> None:
    """``plan --supplement $'Fake lamps:\\n- wrong box'`` was refused ('a control character
    (U+000A)'), where a plan file's supplement takes a reason on several lines (Windows line
    ends too)."""
    text = "".join(a + b for a, b in parts) + "x" + last
    code, err = _run([*BASE["plan"], f"--supplement={text}", "--format", "json"], capsys)
    assert "a control character" not in err
    assert code in (0, 1)


@pytest.mark.parametrize("control", ["\x00", "\r", "\x1b", "\x0b", "\x85", "\u202e", "\u2028"])
def test_the_supplement_refuses_other_controls(
    capsys: pytest.CaptureFixture[str], control: str
) -> None:
    value = "a\n" + control + "b"
    code, err = _run([*BASE["plan"], "--supplement", value], capsys)
    assert code == 2
    assert err == (
        f"ipprules plan: error: argument --supplement: a control character "
        f"(U+{ord(control):04X}) in {value!r}\n"
    )


def test_the_supplement_is_in_every_complaint_as_given(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from ipprules.cli import main

    text = "Fake lamps:\n\t- wrong box\n\t- no serial number"
    out = tmp_path / "out"
    assert main([*BASE["plan"], "--supplement", text, "--out", str(out)]) in (0, 1)
    capsys.readouterr()
    plan = json.loads((out / "plan.json").read_text(encoding="utf-8"))
    assert plan["complaints"]
    assert {c["supplement"] for c in plan["complaints"]} == {text}


# ---------------------------------------------------------------- the environment


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.one_of(
        st.text(max_size=12).filter(lambda t: "\x00" not in t and t.isprintable()),
        st.integers(-5, 2_000_000).map(str),
        st.sampled_from(["abc", "-5", "8O", "٨٠", "1e3", "+80", "80.0", "9" * 5000, "0x50"]),
    )
)
def test_a_bad_width_in_the_environment_is_refused(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    """``IPPRULES_WIDTH=abc`` was taken as no limit without a word; ``-5`` too."""
    monkeypatch.setenv("IPPRULES_WIDTH", value)
    code, err = _run(["explain", "supplement-missing"], capsys)
    given = value.strip()
    digits = given.lstrip("0")
    if not given or (
        given.isascii() and given.isdigit() and len(digits) < 8 and int(digits or 0) <= 1_000_000
    ):
        assert (code, err) == (0, "")
        return
    assert code == 2
    assert err == (
        "ipprules explain: error: environment variable IPPRULES_WIDTH: expected a whole number "
        f"of columns from 0 to 1,000,000 (0: no limit), got {value[:37] + '...' if len(value) > 40 else value!r}\n"
    )


# ---------------------------------------------------------------- bare carriage returns in CSV

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
_WHERE = re.compile(r"^.*?:(\d+)(?::\d+)?: \$[^ ]*: (.*)$", re.S)


def _said(read: Callable[[str], object], path: str) -> tuple[int, str]:
    with pytest.raises(InputError) as info:
        read(path)
    found = _WHERE.match(str(info.value))
    assert found is not None, str(info.value)
    return int(found[1]), found[2]


def _dask(frame: Callable[[str], Any]) -> Callable[[str], object]:
    def read(path: str) -> object:
        import dask

        with dask.config.set(scheduler="synchronous"):
            return frame(path).compute()

    return read


def _cli(*argv: str) -> Callable[[str], object]:
    def read(path: str) -> object:
        from ipprules.cli import main

        with contextlib.redirect_stderr(io.StringIO()) as err:
            code = main([argv[0], path, *argv[1:]])
        assert code == 2
        raise InputError(err.getvalue().split(": error: ", 1)[1].strip())

    return read


def _readers() -> list[tuple[str, str, Callable[[str], object]]]:
    """(example file, reader name, reader) for every CSV reader of the library."""
    from ipprules.goodfaith import History, read_history
    from ipprules.penalties import read_violations
    from ipprules.planner import read_lines
    from ipprules.scale import read_histories, read_urls

    return [
        ("history.csv", "read_history", read_history),
        ("history-accounts.csv", "History.by_account", History.by_account),
        ("history-accounts.csv", "read_histories", _dask(read_histories)),
        ("violations-aliexpress.csv", "read_violations", read_violations),
        ("planner-urls.csv", "read_lines", lambda p: list(read_lines(p))),
        ("planner-urls.csv", "listings", _cli("listings")),
        ("planner-urls.csv", "read_urls", _dask(read_urls)),
    ]


READERS = _readers()
BARE_CR = (
    "a line break (a bare carriage return) inside a cell that is not quoted; a file saved "
    "with old Mac line endings (CR only) needs LF or CRLF ones"
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.sampled_from(READERS), st.data())
def test_every_csv_reader_refuses_bare_carriage_returns_alike(
    tmp_path_factory: pytest.TempPathFactory,
    reader: tuple[str, str, Callable[[str], object]],
    data: st.DataObject,
) -> None:
    """A file of old Mac line ends (CR only) and a bare CR inside a row were read by the Good
    Faith history readers (a row split in two: 'expected 13 fields as in the header, got
    2'), read silently by the Dask listings reader (pandas split the row), refused in the
    csv module's words ('do you need to open the file in universal-newline mode?') by the
    Dask CSV header reader and at line 1 'inside a cell' by the violations reader. Every
    reader now says the same at the same line."""
    from ipprules._files import OLD_MAC_LINES

    example, _, read = reader
    lines = (EXAMPLES / example).read_text(encoding="utf-8").splitlines()[:12]
    path = tmp_path_factory.mktemp("cr") / example
    if data.draw(st.booleans(), label="old Mac file"):
        path.write_bytes(("\r".join(lines) + "\r").encode("utf-8"))
        assert _said(read, str(path)) == (1, OLD_MAC_LINES)
        return
    row = data.draw(st.integers(1, len(lines) - 1), label="row")
    at = data.draw(st.integers(0, len(lines[row]) - 1), label="at")
    lines[row] = lines[row][:at] + "\r" + lines[row][at:]
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    assert _said(read, str(path)) == (row + 1, f"not valid CSV: {BARE_CR}")


# ---------------------------------------------------------------- the planner names other listings

REFUSED_FIRST = [
    "https://m.tb.cn/h.UaBcDeF?tk=XyZ12345",
    "https://s.taobao.com/search?q=acme",
    "https://example.com/some/page",
    "https://detail.tmall.com/item.htm?spm=a230r.1.14.1",
]
LISTED = [
    "https://item.taobao.com/item.htm?id=606832683299",
    "https://detail.tmall.com/item.htm?id=1234567890",
    "https://www.aliexpress.com/item/1005001234567890.html",
]


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(REFUSED_FIRST),
    st.lists(st.sampled_from(LISTED), min_size=1, max_size=2, unique=True),
    st.sampled_from([" ", "，", " , ", "\t", "<br>"]),
)
def test_the_planner_names_the_other_listings_of_a_refused_line(
    first: str, others: list[str], joint: str
) -> None:
    """``ipprules plan`` rejected a line whose first link is refused (a short link, a search
    page) without a word of the listings after it on the same line, which ``ipprules
    listings`` names (``others``): they were lost. The message now names them."""
    import ipprules
    from ipprules.listings import parse_listing
    from ipprules.listings.parser import other_listings
    from ipprules.planner import Settings, plan_listings

    line = joint.join([first, *others])
    named = other_listings(line, parse_listing(line))  # what ipprules listings says (others)
    assert named
    plan = ipprules.read_plan(EXAMPLES / "planner-account.toml")
    result = plan_listings(
        [line], plan, as_of="2026-11-23", settings=Settings(reason="tm_counterfeit")
    )
    (outcome,) = result.outcomes
    assert outcome.status.value == "rejected"
    assert outcome.code is not None and outcome.code.startswith("listing:")
    assert outcome.message is not None
    assert outcome.message.endswith(f" (not read, other listings on this line: {' '.join(named)})")


def test_plan_text_output_says_a_rejected_line_holds_other_listings(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from ipprules.cli import main

    urls = tmp_path / "urls.txt"
    urls.write_text(f"{LISTED[1]}\n{REFUSED_FIRST[0]} {LISTED[0]}\n", encoding="utf-8")
    argv = ["plan", str(urls), "--account", str(EXAMPLES / "planner-account.toml")]
    assert main([*argv, "--as-of", "2026-11-23", "--reason", "tm_counterfeit"]) == 1
    out = capsys.readouterr().out
    assert out.endswith(
        "\n1 rejected line(s) shown hold other listings, not read (the reason names them): "
        "put one link per line\n"
    )


# ---------------------------------------------------------------- hostile objects, public API


class _ReprFails:
    def __repr__(self) -> str:
        raise RuntimeError("repr fails")

    __str__ = __repr__


class _StrFails(str):
    def __str__(self) -> str:
        raise RuntimeError("str fails")


def _huge() -> st.SearchStrategy[int]:
    return st.integers(3_000, 30_000).map(lambda digits: 10**digits) | st.integers(
        3_000, 30_000
    ).map(lambda digits: -(10**digits) + 1)


def _calls(value: object) -> list[Callable[[], object]]:
    from ipprules.goodfaith import History
    from ipprules.lifecycle import lifecycle_report

    history = History.from_file(EXAMPLES / "history.csv")
    return [
        lambda: ipprules.penalty_standing([], "aliexpress", "2024-06-01", validity_days=value),
        lambda: ipprules.standing(history, "2024-01-02", trial=[value]),  # type: ignore[list-item]
        lambda: list(ipprules.dedupe([value])),  # type: ignore[list-item]
        lambda: lifecycle_report([value]),  # type: ignore[list-item]
        lambda: ipprules.default_rulebook().as_of("2024-01-02", trial=[value]),  # type: ignore[list-item]
    ]


@settings(max_examples=20, deadline=None)
@given(st.one_of(_huge(), st.just(_ReprFails()), st.just(_StrFails("appeal"))), st.data())
def test_a_hostile_value_is_a_type_error_or_the_library_s_own(
    value: object, data: st.DataObject
) -> None:
    """An int of 5,000 digits in a message naming it was Python's ValueError ('Exceeds the
    limit (4300 digits) for integer string conversion'): validity_days, a trial year, a dedupe
    item, a lifecycle event; an object whose __repr__ raises (a dedupe item) or a str whose
    __str__ raises (a lifecycle event) raised its own error out of the message."""
    call = data.draw(st.sampled_from(_calls(value)))
    said = ""
    try:
        call()  # a str is a dedupe item: taken
    except (TypeError, IpprulesError) as exc:
        said = str(exc)
    except Exception as exc:  # the defect: any other error
        pytest.fail(f"{type(exc).__name__}: {str(exc)[:200]}")
    assert said or isinstance(value, str)
    assert len(said) < 2_000  # the message names the value briefly


def test_shown_value_never_fails() -> None:
    from ipprules._convert import shown_value

    assert shown_value(10**5000) == "an int of 5,001 digits"
    assert shown_value(-(10**5000) + 1) == "an int of 5,000 digits"
    assert shown_value(_ReprFails()) == "a _ReprFails (its repr fails)"
    assert shown_value("x" * 100, 10) == "'xxxxxx..."


# ---------------------------------------------------------------- the Dask planner, lone surrogates


@pytest.mark.parametrize("where", ["url", "account"])
def test_plan_accounts_refuses_a_lone_surrogate_naming_it(where: str) -> None:
    """A lone surrogate in the URL column of an object frame (``convert-string`` off) was a
    ``UnicodeEncodeError`` out of pyarrow when the outcomes were built; in the account column,
    out of dask's shuffle. ``parse_urls`` refused it as an InputError already."""
    import dask
    import dask.dataframe as dd
    import pandas as pd

    from ipprules.scale import plan_accounts

    url = "https://item.taobao.com/item.htm?id=606832683299"
    urls = [url, url + ("\ud800" if where == "url" else ""), url]
    accounts = ["acme", "acme" if where == "url" else "ac\udc80me", "acme"]
    with dask.config.set({"dataframe.convert-string": False, "scheduler": "synchronous"}):
        frame = pd.DataFrame(
            {"url": pd.Series(urls, dtype=object), "account": pd.Series(accounts, dtype=object)}
        )
        source = dd.from_pandas(frame, npartitions=1)
        plan = ipprules.read_plan(EXAMPLES / "planner-account.toml")
        with pytest.raises(InputError, match="lone surrogate") as info:
            plan_accounts(source, plan, as_of="2026-11-23").outcomes.compute()
    assert info.value.problems[0].path == f"$.{where}"
