"""What a notebook or command-line user meets (surfaces7): a result's text uses what the
result knows (the rule book it was planned on, the calendar it was replayed on), argument
and file-input errors name every problem, and CSV outputs say what they do with formulas.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import io
import tempfile
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from _cli import run_cli
from ipprules.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _cli(monkeypatch: pytest.MonkeyPatch, *argv: str) -> str:
    monkeypatch.delenv("IPPRULES_WIDTH", raising=False)  # the full text, as piped
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(list(argv))
    return out.getvalue()


# -- item 2: a PlanningResult's text projects on the rule book its lines were planned on ---

_OVERRIDE = "examples/rules-override.toml"
_ACCOUNT = "examples/planner-account.toml"
_URLS = st.sampled_from(
    [
        "https://item.taobao.com/item.htm?id=606832683299",
        "https://detail.tmall.com/item.htm?id=690091011924",
        "https://item.taobao.com/item.htm?id=1",
        "https://www.aliexpress.com/item/1005001234567890.html",
        "not a url",
    ]
)


@functools.cache
def _override_book() -> object:
    from ipprules.rulebook import load_rulebook

    return load_rulebook(_OVERRIDE)


@settings(max_examples=3, deadline=None)
@given(lines=st.lists(_URLS, max_size=5))
@example(lines=["https://item.taobao.com/item.htm?id=606832683299"])  # the embedded book's
# projection named 'acme_counterfeit' as a reason code not in the rule book
def test_a_plan_on_a_given_rule_book_prints_as_plan_rules_does(lines):
    from ipprules.checks.plan import read_plan
    from ipprules.planner import Settings, plan_listings, project

    book = _override_book()
    plan = read_plan(_ACCOUNT)
    settings_ = Settings(reason="acme_counterfeit")
    result = plan_listings(lines, plan, as_of="2026-11-23", settings=settings_, rulebook=book)
    assert result.book is book
    assert project(result) == project(result, rulebook=book)  # type: ignore[arg-type]
    assert "not in the rule book" not in result.text()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "urls.txt"
        path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        argv = ["plan", str(path), "--account", _ACCOUNT, "--as-of", "2026-11-23"]
        argv += ["--rules", _OVERRIDE, "--reason", "acme_counterfeit"]
        with pytest.MonkeyPatch.context() as monkeypatch:
            assert _cli(monkeypatch, *argv) == result.text() + "\n"


def test_a_plan_on_the_embedded_book_holds_no_book():
    from ipprules.checks.plan import read_plan
    from ipprules.planner import Settings, plan_listings

    url = "https://item.taobao.com/item.htm?id=606832683299"
    result = plan_listings(
        [url], read_plan(_ACCOUNT), as_of="2026-11-23", settings=Settings(reason="tm_counterfeit")
    )
    assert result.book is None
    assert "book" not in repr(result)


# -- item 2: a LifecycleReport's text is the command's under the calendar it was replayed on


@pytest.mark.parametrize("spec", ["weekends", "china", "office.json"])
@pytest.mark.parametrize(
    "path",
    ["examples/lifecycle-counter-notice.json", "examples/lifecycle-late-counter-notice.toml"],
)
def test_a_lifecycle_report_prints_as_the_command_under_its_calendar(
    monkeypatch, tmp_path, path, spec
):
    from ipprules.cli.deadline import load_calendar_option
    from ipprules.lifecycle import read_events

    if spec == "office.json":  # a calendar of one's own, with a holiday in the windows
        spec = str(tmp_path / spec)
        Path(spec).write_text(
            '{"name": "office", "holidays": ["2022-01-24", "2022-02-01"], '
            '"valid_from": "2022-01-01", "valid_until": "2022-12-31"}',
            encoding="utf-8",
        )
    events = read_events(path)
    years = [e.on.year for e in events.events if e.on is not None]
    calendar = load_calendar_option(spec, min(years), max(years) + 1)
    report = events.report(calendar=calendar)
    counted = {d.counted_in for d in report.deadlines} - {None}
    assert counted <= {calendar.name}  # type: ignore[attr-defined]
    assert _cli(monkeypatch, "lifecycle", path, "--calendar", spec) == report.text() + "\n"


# -- item 1: print() of a one-shot stream says why it shows no table and how to see the rows


@settings(max_examples=10, deadline=None)
@given(texts=st.lists(st.text(max_size=30), max_size=4))
@example(texts=["https://item.taobao.com/item.htm?id=1", "x"])
def test_printing_a_one_shot_stream_says_how_to_see_its_rows(texts):
    from ipprules.listings import parse_listings

    stream = parse_listings(iter(texts))
    said = str(stream)
    assert "\n" not in said and said.startswith(repr(stream) + ": ")
    assert "results.text()" in said  # how to see the rows
    assert str(stream) == said  # printing read nothing
    table = stream.text()  # reads the stream: the table the list gives
    assert table == parse_listings(texts).text()
    after = str(stream)
    assert after.startswith(repr(stream) + ": ") and "already read" in after
    assert "parse_listings(list(texts))" in after and "\n" not in after


# -- item 3: --workers --out with a last name too long says the folder once, with its reason


@pytest.mark.parametrize("command", ["listings", "plan"])
def test_workers_out_with_a_last_name_too_long_says_it_once(
    command, tmp_path, monkeypatch, synchronous, capsys
):
    import errno
    import os

    monkeypatch.chdir(tmp_path)
    long = "a" * 300
    argv = {
        "listings": ["listings", str(EXAMPLES / "urls.txt")],
        "plan": ["plan", str(EXAMPLES / "planner-accounts.csv"), "--as-of", "2024-01-02"],
    }[command]
    argv += ["--account", str(EXAMPLES / "planner-account.toml")] if command == "plan" else []
    code, out, err = run_cli([*argv, "--workers", "1", "--out", long], capsys)
    why = os.strerror(errno.ENAMETOOLONG)
    assert (code, out) == (2, "")
    assert err == f"ipprules: error: --out: cannot use {tmp_path / long}: {why}\n"
    assert list(tmp_path.iterdir()) == []


def test_write_listings_says_an_os_error_once_without_its_errno(tmp_path, synchronous_dask):
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    from ipprules.errors import IpprulesError
    from ipprules.scale import parse_urls, write_listings

    frame = parse_urls(dd.from_pandas(pd.DataFrame({"url": ["x"]}), npartitions=1))
    target = tmp_path / ("b" * 300)
    with pytest.raises(IpprulesError) as caught:
        write_listings(frame, target)
    said = str(caught.value)
    assert said.count("b" * 300) == 1 and "Errno" not in said
    assert said.endswith(": File name too long")


# -- item 4: a Parquet file of the planner's rows reads an empty last column as a CSV does


def _rows_read(path: Path) -> tuple[str, object]:
    """("ok", the rows as records) or ("refused", the message without its location)."""
    from ipprules.errors import InputError
    from ipprules.scale._planner import read_rows

    try:
        rows, found = read_rows(str(path))
        frame = rows.compute(scheduler="synchronous")
    except InputError as exc:
        said = exc.problems[0].message.split("cell ", 1)[-1]
        return "refused", said.replace(" in the header", "")  # a Parquet file has none
    named = frame[["account", found, "notes"]]  # a CSV's empty columns are read as Unnamed
    return "ok", (found, named.astype(str).to_dict("records"))


_TAIL = st.sampled_from(["", " ", None, "x", "note"])


@settings(max_examples=2, deadline=None)  # a Dask read each: kept few
@given(tails=st.lists(st.lists(_TAIL, min_size=1, max_size=2), min_size=1, max_size=3))
@example(tails=[[""], [""]])  # a spreadsheet's empty last column: read
@example(tails=[[None]])  # a missing value is an empty cell
@example(tails=[["", "x"]])  # a value under a column with no name: refused
def test_an_empty_last_column_is_read_alike_in_csv_and_parquet(tails):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    width = max(len(t) for t in tails)
    rows = [
        {
            "account": "lumen",
            "url": f"https://item.taobao.com/item.htm?id={606832683299 + i}",
            "notes": "n",
        }
        for i in range(len(tails))
    ]
    frame = pd.DataFrame(rows)
    for k in range(width):  # columns named '' (the second one ' ', pandas keeps names apart)
        frame[" " * k] = [t[k] if k < len(t) else None for t in tails]
    with tempfile.TemporaryDirectory() as folder:
        csv, parquet = Path(folder) / "rows.csv", Path(folder) / "rows.parquet"
        frame.to_csv(csv, index=False)
        frame.to_parquet(parquet, index=False)
        read_csv, read_parquet = _rows_read(csv), _rows_read(parquet)
    assert read_csv == read_parquet
    holds = any(v is not None and v.strip() for t in tails for v in t)
    assert read_csv[0] == ("refused" if holds else "ok")


# -- item 5: a URL column named more than twice is refused naming every clash


_URL_NAMES = st.sampled_from(["url", "URL", "Url", " url ", "link", "Link"])


@settings(max_examples=20, deadline=None)
@given(
    urls=st.lists(_URL_NAMES, min_size=2, max_size=4),
    others=st.lists(st.sampled_from(["notes", "title"]), max_size=2, unique=True),
)
@example(urls=["URL", "URL", "url"], others=[])  # said 'URL' only, named twice
def test_a_url_column_named_several_times_names_every_clash(urls, others):
    from ipprules.errors import InputError
    from ipprules.listings.columns import column_key, url_column

    header = [*others, *(u.strip() for u in urls)]
    keys = [column_key(h) for h in header]
    chosen = next(k for k in ("url", "link") if k in keys)  # url is looked for first
    clash = [h for h, k in zip(header, keys, strict=True) if k == chosen]
    try:
        index = url_column(header, None, "u.csv")
    except InputError as exc:
        said = exc.problems[0].message
        assert len(clash) > 1
        times = "twice" if len(clash) == 2 else f"{len(clash)} times"
        assert f"is named {times}" in said and said.endswith(": which holds the URLs?")
        if len(set(clash)) > 1:  # every cell as written, in order
            assert f"{', '.join(map(repr, clash[:-1]))} and {clash[-1]!r}" in said
    else:
        assert clash == [header[index]]


def test_the_listings_command_names_every_clash(monkeypatch, tmp_path, capsys):
    path = tmp_path / "u.csv"
    path.write_text("URL,URL,url\nhttps://item.taobao.com/item.htm?id=1,a,b\n", encoding="utf-8")
    code, out, err = run_cli(["listings", str(path)], capsys)
    assert (code, out) == (2, "")
    assert "is named 3 times ('URL', 'URL' and 'url'): which holds the URLs?" in err


# -- item 6: as_of by keyword everywhere, and a datetime is its own date (documented)


def _public_with_as_of() -> list[tuple[str, object]]:
    import importlib
    import inspect

    found: dict[int, tuple[str, object]] = {}
    for name in ("ipprules", "ipprules.planner", "ipprules.goodfaith", "ipprules.penalties"):
        module = importlib.import_module(name)
        for attr in getattr(module, "__all__", ()):
            value = getattr(module, attr)
            if isinstance(value, type) or not callable(value):
                continue
            try:
                parameters = inspect.signature(value).parameters
            except (TypeError, ValueError):
                continue
            if "as_of" in parameters:
                found[id(value)] = (f"{name}.{attr}", parameters["as_of"])
    return list(found.values())


def test_every_public_as_of_can_be_given_by_keyword():
    import inspect

    found = _public_with_as_of()
    names = {name.rsplit(".", 1)[1] for name, _ in found}
    assert {"check", "advise", "standing", "penalty_standing", "plan_listings"} <= names
    for name, parameter in found:
        kind = parameter.kind  # type: ignore[attr-defined]
        assert kind is not inspect.Parameter.POSITIONAL_ONLY, name


@pytest.mark.no_cover
@settings(max_examples=3, deadline=None)
@given(
    day=st.dates(min_value=dt.date(2023, 1, 1), max_value=dt.date(2026, 11, 23)),
    at=st.times(),
    zone=st.sampled_from([None, dt.UTC, dt.timezone(dt.timedelta(hours=8))]),
)
@example(day=dt.date(2026, 11, 23), at=dt.time(23, 59), zone=None)
def test_a_datetime_as_of_answers_as_its_own_date(day, at, zone):
    import ipprules

    moment = dt.datetime.combine(day, at, tzinfo=zone)
    plan = _plan_toml()
    assert ipprules.check(plan, as_of=moment) == ipprules.check(plan, as_of=day)
    history = _history()
    assert ipprules.standing(history, as_of=moment) == ipprules.standing(history, day)
    violations = _violations()
    by_date = ipprules.penalty_standing(violations, "aliexpress", day)
    assert ipprules.penalty_standing(violations, "aliexpress", as_of=moment) == by_date


@functools.cache
def _plan_toml() -> object:
    import ipprules

    return ipprules.read_plan("examples/plan.toml")


@functools.cache
def _history() -> object:
    from ipprules.goodfaith import History

    return History.from_file("examples/history.csv")


@functools.cache
def _violations() -> list[object]:
    from ipprules.penalties import read_violations

    return list(read_violations("examples/violations-aliexpress.csv"))


# -- item 8: CSV outputs keep a cell that a spreadsheet would read as a formula (documented)


@settings(max_examples=10, deadline=None)
@given(
    lines=st.lists(
        st.builds(
            lambda lead, rest: lead + rest,
            st.sampled_from(["=", "+", "-", "@", "\t="]),
            # no separator: a first line of cells (=,0) is read as a CSV header, no URL list
            st.text(
                st.characters(
                    codec="utf-8",
                    exclude_categories=("Cs", "Cc", "Zl", "Zp"),
                    exclude_characters=",;|",
                )
            ),
        ),
        min_size=1,
        max_size=3,
    )
)
@example(lines=['=HYPERLINK("https://example.test","x")', "@SUM(A1)", "-2+3", "+1"])
def test_a_csv_output_keeps_a_formula_like_cell_as_read(lines):
    import csv

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "urls.txt"
        path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        with pytest.MonkeyPatch.context() as monkeypatch:
            out = _cli(monkeypatch, "listings", str(path), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [row["input"] for row in rows] == lines  # each line as read, verbatim


# -- hunt: a number that overflows to an infinity (1e999) is refused as NaN and inf are


@settings(max_examples=25, deadline=None)
@given(
    mantissa=st.integers(1, 9),
    exponent=st.integers(-400, 400),
    sign=st.sampled_from(["", "-"]),
    fmt=st.sampled_from(["json", "toml"]),
)
@example(mantissa=1, exponent=999, sign="", fmt="json")  # read as inf, said nowhere
@example(mantissa=1, exponent=999, sign="-", fmt="toml")
@example(mantissa=1, exponent=308, sign="", fmt="json")  # the largest kept
def test_a_number_too_large_for_a_float_is_refused_naming_the_file(mantissa, exponent, sign, fmt):
    from ipprules._files import parse_document
    from ipprules.errors import InputError

    number = f"{sign}{mantissa}e{exponent}"
    text = f'{{"x": {number}}}' if fmt == "json" else f"x = {number}\n"
    try:
        data = parse_document(text, f"doc.{fmt}", fmt)
    except InputError as exc:
        assert float(number) in (float("inf"), float("-inf"))
        said = str(exc)
        assert said.startswith(f"doc.{fmt}") and "too large a number" in said
        assert f"{number} is too large" in said
    else:
        assert float(number) not in (float("inf"), float("-inf"))
        assert data.data["x"] == float(number)  # type: ignore[attr-defined]


def test_the_cli_refuses_a_number_too_large_with_exit_2(tmp_path, capsys):
    path = tmp_path / "lines.jsonl"
    path.write_text(
        '{"url": "https://item.taobao.com/item.htm?id=1", "confidence": 1e999}\n', encoding="utf-8"
    )
    code, out, err = run_cli(["listings", str(path)], capsys)
    assert (code, out) == (2, "")
    assert err.startswith(f"ipprules: error: {path}:1") and "1e999 is too large" in err


# -- hunt: plan --right naming no right of the plan is refused (every line was rejected)


@settings(max_examples=6, deadline=None)
@given(right=st.sampled_from(["tm-cn", "tm-c", "TM-CN", "nope", "tm-cn9", " tm-cn"]))
@example(right="tm-c")  # 24 lines rejected as unknown-right, exit 1
def test_plan_right_that_the_plan_does_not_hold_is_refused(right):
    import ipprules

    known = [r.id for r in ipprules.read_plan(_ACCOUNT).rights]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "urls.txt"
        path.write_text("https://item.taobao.com/item.htm?id=606832683299\n", encoding="utf-8")
        argv = ["plan", str(path), "--account", _ACCOUNT, "--as-of", "2026-11-23"]
        argv += ["--reason", "tm_counterfeit", "--right", right]
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(argv)
    if right in known:  # compared exactly, as the planner compares a line's right
        assert code == 0 and "1 planned" in out.getvalue()
    else:
        assert (code, out.getvalue()) == (2, "")
        assert f"argument --right: {right!r} is not a right of {_ACCOUNT}" in err.getvalue()
        assert f"(its rights: {', '.join(known)})" in err.getvalue()


# -- hunt: a read that fails with an OS error (EIO) names the file


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux's /proc")
def test_a_history_that_fails_to_read_is_said_naming_the_file(capsys):
    from ipprules.errors import InputError
    from ipprules.goodfaith import History

    with pytest.raises(InputError) as caught:
        History.from_file("/proc/self/mem")  # reading it fails with EIO
    assert str(caught.value).startswith("/proc/self/mem: $: cannot read the file: ")
    code, out, err = run_cli(["good-faith", "/proc/self/mem", "--as-of", "2024-01-02"], capsys)
    assert (code, out) == (2, "")
    assert err.startswith("ipprules: error: /proc/self/mem: $: cannot read the file: ")
    assert "Errno" not in err


# -- hunt: a table cell never splits its row (U+2028 and U+2029 escaped, as controls are)


@settings(max_examples=40, deadline=None)
@given(text=st.text(st.characters(codec="utf-8") | st.sampled_from("\u2028\u2029\x85\x1c")))
@example(text="x\u2028y")  # a rejected line's cell split the plan's table row in two
def test_a_shown_cell_is_one_line_of_printable_text(text):
    import unicodedata

    from ipprules._table import shown

    said = shown(text)
    assert len(said.splitlines()) <= 1
    assert not any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp", "Cs") for c in said)
    if text.isprintable():
        assert said == text


def test_a_rejected_line_holding_a_line_separator_keeps_its_row():
    from ipprules.checks.plan import read_plan
    from ipprules.planner import Settings, plan_listings

    lines = ["x\u2028y", "a\u2029b"]
    result = plan_listings(
        lines, read_plan(_ACCOUNT), as_of="2026-11-23", settings=Settings(reason="tm_counterfeit")
    )
    rows = [line for line in result.text().splitlines() if "listing:" in line]
    assert len(rows) == 2 and "x\\u2028y" in rows[0] and "a\\u2029b" in rows[1]


def test_plan_accounts_sends_no_rule_book_back_with_each_result():
    """A result keeps the rule book it was planned on (item 2): from a worker, each
    account's result pickled it back again (about 250 KB an account under --rules)."""
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    import pickle

    from ipprules.checks import read_plan
    from ipprules.planner import Settings, project
    from ipprules.scale import plan_accounts

    book = _override_book()
    url = "https://item.taobao.com/item.htm?id=606832683299"
    rows = pd.DataFrame({"account": ["acme", "lumen"], "url": [url, url]})
    planned = plan_accounts(
        dd.from_pandas(rows, npartitions=1), read_plan(_ACCOUNT), as_of="2026-11-23",
        settings=Settings(reason="acme_counterfeit"), rulebook=book,
    )  # fmt: skip
    _, _, results = planned.compute(scheduler="synchronous")
    assert [name for name, _ in results] == ["acme", "lumen"]
    for _, result in results:
        assert result.book is None and len(pickle.dumps(result)) < 50_000
        assert project(result, rulebook=book).after.version  # type: ignore[arg-type]
