"""Sweep 12: values of the right type that no file could hold, and more hostile files.

A plan built in Python was checked for the types of its fields only: ``complaints_filed=-5``,
a class of ``10**30``, a right expiring in year 1 or a document of ``-1`` MB gave a report,
where the same plan read from a file is refused at the field. ``due_date`` counted ``True``
and ``3.0`` as amounts in calendar days and hours.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import ipprules
from ipprules._convert import MAX_INT

from ._plan_fields import example_fields
from .test_hostile_10 import _with
from .test_hostile_11 import PLAIN_FIELDS


def _date_fields() -> list[tuple[str, int | None, str]]:
    """(record, index, field) of every date field of the example plan's account, first two
    rights and complaints, and their documents (by the type hints)."""
    return [
        (where, at, name)
        for where, at, name, hint in example_fields(2)
        if "datetime.date" in str(hint)
    ]


DATE_FIELDS = _date_fields()
NUMBER_FIELDS = [f for f in PLAIN_FIELDS if f[3] in ("int", "float", "tuple[int]")]


def test_the_fields_are_found() -> None:
    assert ("rights", 0, "expiry_date") in DATE_FIELDS
    assert ("account", None, "complaints_filed", "int") in NUMBER_FIELDS
    assert ("rights", 0, "classes", "tuple[int]") in NUMBER_FIELDS


def _spot(where: str, index: int | None, name: str) -> str:
    return f"$.{where}[{index}].{name}" if index is not None else f"$.account.{name}"


def _file_error(plan: object) -> str:
    """The error the plan's own data gives when read as a plan file's data."""
    from ipprules._convert import unstructure
    from ipprules.checks import plan_from_data

    data = json.loads(json.dumps(unstructure(plan), default=str))
    with pytest.raises(ipprules.InputError) as caught:
        plan_from_data(data)
    return str(caught.value)


_OUT = st.one_of(
    st.integers(max_value=-1),
    st.integers(min_value=MAX_INT + 1),
    st.sampled_from([-(10**400), 10**4000 + 1]),
)


@settings(max_examples=120, deadline=None)
@given(st.sampled_from(NUMBER_FIELDS), _OUT)
@example(("account", None, "complaints_filed", "int"), -5)
def test_a_count_no_file_could_hold_is_refused_at_its_path(
    field: tuple[str, int | None, str, str], value: int
) -> None:
    where, index, name, kind = field
    shown: object = float(value) if kind == "float" and abs(value) < 10**300 else value
    if kind == "float" and not isinstance(shown, float):
        return  # too large for a float: refused as a type elsewhere
    plan = _with(where, index, name, (shown,) if kind.startswith("tuple") else shown)
    spot = _spot(where, index, name) + ("[0]" if kind.startswith("tuple") else "")
    with pytest.raises(ipprules.InputError, match=re.escape(spot + ": expected a")) as caught:
        ipprules.check(plan)  # type: ignore[arg-type]
    assert "from 0 to 1,000,000,000" in str(caught.value)
    if abs(value) < 10**4000:  # the file's words, at the same path
        assert str(caught.value) in _file_error(plan)


def _with_size(value: float) -> object:
    import attrs

    from ipprules.checks import example_plan

    plan = example_plan()
    right = plan.rights[0]
    document = attrs.evolve(right.documents[0], size_mb=value)
    right = attrs.evolve(right, documents=(document, *right.documents[1:]))
    return attrs.evolve(plan, rights=(right, *plan.rights[1:]))


@pytest.mark.no_cover
@settings(max_examples=30, deadline=None)
@given(
    st.one_of(
        st.sampled_from([math.nan, math.inf, -math.inf, -0.5, 1e300]),
        st.floats(max_value=-1e-300),
        st.floats(min_value=MAX_INT, exclude_min=True),
    )
)
def test_a_size_that_is_no_size_is_refused_at_its_path(value: float) -> None:
    plan = _with_size(value)
    spot = "$.rights[0].documents[0].size_mb: expected a number from 0 to 1,000,000,000"
    with pytest.raises(ipprules.InputError, match=re.escape(spot)):
        ipprules.check(plan)  # type: ignore[arg-type]
    assert isinstance(ipprules.check(_with_size(4.5)), ipprules.Report)


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(DATE_FIELDS),
    st.one_of(st.dates(max_value=dt.date(1899, 12, 31)), st.dates(min_value=dt.date(3000, 1, 1))),
)
@example(("rights", 0, "expiry_date"), dt.date(1, 1, 1))
@example(("rights", 0, "registration_date"), dt.date(9999, 12, 31))
def test_a_date_no_file_could_hold_is_refused_at_its_path(
    field: tuple[str, int | None, str], day: dt.date
) -> None:
    plan = _with(*field, day)
    spot = _spot(*field)
    with pytest.raises(ipprules.InputError, match=re.escape(f"{spot}: the date {day}")) as c:
        ipprules.check(plan)  # type: ignore[arg-type]
    assert str(c.value) in _file_error(plan)


@pytest.mark.no_cover
@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(NUMBER_FIELDS + [(*f, "date") for f in DATE_FIELDS]),
    st.data(),
)
def test_values_a_file_could_hold_are_taken(field: tuple[Any, ...], data: Any) -> None:
    where, index, name, kind = field
    if kind == "date":
        value: object = data.draw(st.dates(dt.date(1900, 1, 1), dt.date(2999, 12, 31)))
    elif kind == "float":
        value = data.draw(st.floats(0, MAX_INT))
    else:
        value = data.draw(st.integers(0, MAX_INT))
        value = (value,) if kind.startswith("tuple") else value
    result: object
    try:
        plan = _with(where, index, name, value)
        result = ipprules.check(plan)  # type: ignore[arg-type]
    except ipprules.IpprulesError as exc:  # another rule (a date before the rule book, an
        result = str(exc)  # expiry before the right's filing or registration date...)
    if isinstance(result, str):
        assert f"{_spot(where, index, name)}: expected a" not in result
        assert f"{_spot(where, index, name)}: the date" not in result
    else:
        assert isinstance(result, ipprules.Report)


def test_coverage_and_the_planner_refuse_it_too() -> None:
    plan = _with("account", None, "complaints_filed", -5)
    with pytest.raises(ipprules.InputError, match=r"\$\.account\.complaints_filed"):
        ipprules.coverage(plan, as_of=dt.date(2026, 11, 23))  # type: ignore[arg-type]
    url = "https://item.taobao.com/item.htm?id=606832683299"
    with pytest.raises(ipprules.InputError, match=r"\$\.account\.complaints_filed"):
        ipprules.plan_listings([url], plan, as_of="2026-11-23")  # type: ignore[arg-type]


def test_a_negative_size_in_a_plan_file_is_refused(tmp_path: Path) -> None:
    text = (Path(__file__).parents[2] / "examples" / "plan.toml").read_text()
    text = text.replace(
        'colour = true, language = "zh" }]', 'colour = true, language = "zh", size_mb = -1 }]', 1
    )
    (tmp_path / "p.toml").write_text(text)
    with pytest.raises(ipprules.InputError, match=r"size_mb: expected a number from 0 to"):
        ipprules.read_plan(tmp_path / "p.toml")
    from ipprules.schemas import schema

    plan_schema = schema("plan")
    assert plan_schema["$defs"]["Document"]["properties"]["size_mb"]["anyOf"][0]["minimum"] == 0


# ---------------------------------------------------------------- due_date


@settings(max_examples=80, deadline=None)
@given(
    st.one_of(
        st.booleans(),
        st.floats(allow_nan=True),
        st.text(max_size=3),
        st.none(),
        st.decimals(allow_nan=False),
    ),
    st.sampled_from(["business_days", "working_days", "calendar_days", "hours"]),
)
@example(True, "calendar_days")
@example(3.0, "hours")
def test_due_date_takes_an_int_amount_only(amount: object, unit: str) -> None:
    from ipprules.lifecycle import due_date

    with pytest.raises(TypeError, match=r"^amount must be an int, got "):
        due_date(dt.date(2024, 9, 27), amount, unit)  # type: ignore[arg-type]


@settings(max_examples=40, deadline=None)
@given(st.one_of(st.integers(), st.none(), st.binary(max_size=3), st.text(max_size=12)))
def test_due_date_names_a_bad_unit(unit: object) -> None:
    from ipprules.lifecycle import due_date

    if unit in ("business_days", "working_days", "calendar_days", "hours"):
        return
    expected = ipprules.IpprulesError if isinstance(unit, str) else TypeError
    with pytest.raises(expected, match="unit"):
        due_date(dt.date(2024, 9, 27), 3, unit)  # type: ignore[arg-type]


# ---------------------------------------------------------------- old Mac line ends

_URLS = [
    "https://item.taobao.com/item.htm?id=606832683299",
    "https://detail.tmall.com/item.htm?id=690091011924",
    "https://www.aliexpress.com/item/1005004878609097.html",
    "not a url",
]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.sampled_from(_URLS), min_size=2, max_size=6),
    st.sampled_from(["lines", "csv", "jsonl", "auto"]),
    st.sampled_from(["", "\ufeff"]),
    st.sampled_from(["", "\r"]),
)
def test_listings_refuses_a_file_of_old_mac_line_ends(
    tmp_path_factory: pytest.TempPathFactory,
    capsys: pytest.CaptureFixture[str],
    urls: list[str],
    kind: str,
    bom: str,
    end: str,
) -> None:
    """A file whose lines end in bare carriage returns is one line read by ``\\n``: ``ipprules
    listings`` parsed its first URL, dropped the others and said "1 inputs" (exit 0)."""
    from ipprules.cli import main

    rows = {
        "csv": ["url", *urls],
        "jsonl": [json.dumps({"url": u}) for u in urls],
    }.get(kind, urls)
    path = tmp_path_factory.mktemp("mac") / ("pile.csv" if kind == "csv" else "pile.txt")
    path.write_text(bom + "\r".join(rows) + end, encoding="utf-8", newline="")
    assert main(["listings", str(path), "--input", kind]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert re.fullmatch(
        r"ipprules: error: .*pile\.(csv|txt):1: \$: lines end in bare carriage returns \(old "
        r"Mac line endings\): save the file with LF or CRLF line endings\n",
        err,
    )
    crlf = path.with_name("crlf" + path.suffix)
    crlf.write_text(bom + "\r\n".join(rows) + end, encoding="utf-8", newline="")
    assert main(["listings", str(crlf), "--input", kind, "--format", "json"]) in (0, 1)
    assert json.loads(capsys.readouterr().out)["summary"]["total"] == len(urls)


def test_a_csv_of_listings_with_a_bare_carriage_return_in_a_cell_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The csv module's advice ("open the file in universal-newline mode") is Python's."""
    from ipprules.cli import main

    path = tmp_path / "pile.csv"
    path.write_text(f"url,notes\n{_URLS[0]},a\rb\n", encoding="utf-8", newline="")
    assert main(["listings", str(path)]) == 2
    err = capsys.readouterr().err
    assert "universal-newline" not in err
    column = len(_URLS[0]) + 3  # the carriage return's own (inputs39)
    said = f"pile.csv:2:{column}: $: not valid CSV: a line break (a bare carriage return) inside"
    assert said in err, err


# ---------------------------------------------------------------- the violations CSV


@settings(max_examples=40, deadline=None)
@given(
    st.integers(1, 12),
    st.lists(st.sampled_from(["", " ", ",", " , "]), max_size=4),
    st.booleans(),
)
def test_a_violations_csv_is_read_up_to_the_list_limit_as_json_is(
    n: int, blanks: list[str], as_json: bool
) -> None:
    """The JSON list of violations was capped at MAX_ITEMS, the CSV not (1,000,000 rows: 69 s,
    1.3 GB): both now read at most MAX_ITEMS violations (lowered to 8 here), and refuse one
    more at its row (CSV) or the list (JSON); blank rows are not violations."""
    import tempfile

    from ipprules import _convert
    from ipprules.penalties import read_violations

    folder = Path(tempfile.mkdtemp())
    rows = [f"2024-03-{1 + i % 28:02d},general,{i % 5}" for i in range(n)]
    for at, blank in enumerate(blanks):  # blank rows anywhere: no violations
        rows.insert(at * 3 % (len(rows) + 1), blank)
    if as_json:
        path = folder / "v.json"
        path.write_text(json.dumps([{"date": "2024-03-01", "kind": "general"}] * n))
    else:
        path = folder / "v.csv"
        path.write_text("date,kind,points\n" + "\n".join(rows) + "\n")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_convert, "MAX_ITEMS", 8)
        if n <= 8:
            assert len(read_violations(path)) == n
            return
        with pytest.raises(ipprules.InputError) as caught:
            read_violations(path)
    text = str(caught.value)
    assert len(caught.value.problems) == 1
    if as_json:
        limit = "at most 8 are read (the reading limit of a list)"
        assert text.endswith(f"$: a list of {n} items: {limit}")
    else:  # at the 9th violation's row: its line counts the header and the blank rows
        line = 1 + [i for i, r in enumerate(rows, 1) if r.strip(" ,")][8]
        assert text == (
            f"{path}:{line}: $[8]: more than 8 rows: at most 8 violations are read (the reading "
            "limit of a list)"
        )


# ---------------------------------------------------------------- control characters in arguments

_CONTROLS = st.sampled_from(
    [
        "\x00",
        "\x01",
        "\t",
        "\n",
        "\r",
        "\x1b",
        "\x7f",
        "\x85",
        "\x9b",
        "\u2028",
        "\u202e",
        "\u2067",
        "\u200e",
        "\u200f",
        "\u061c",
    ]
)


_CONTROL = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]"
)


def _value_options() -> list[tuple[str, str]]:
    """hostile10's options of one value, those its smallest commands give left out."""
    from .test_hostile_10 import BASE
    from .test_hostile_10 import _value_options as options

    return [(command, name) for command, name in options() if name not in BASE[command]]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.sampled_from(_value_options()),
    st.text("ab-1.", max_size=4),
    _CONTROLS,
    st.text("ab[31m", max_size=4),
)
def test_a_control_character_in_an_option_is_refused_naming_it(
    capsys: pytest.CaptureFixture[str],
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    option: tuple[str, str],
    before: str,
    control: str,
    after: str,
) -> None:
    """``plan --out $'a\\e[31mb'`` made that folder and printed its name to the terminal
    whole, ``--supplement`` took a NUL into every complaint, and a file option's error showed
    an escape sequence raw or split in two lines at a newline: every argument's value is now
    refused at once when it holds a control character."""
    from .test_hostile_10 import BASE, _run

    command, name = option
    value = before + control + after
    folder = tmp_path_factory.mktemp("cwd")
    monkeypatch.chdir(folder)
    code, err = _run([*BASE[command], f"{name}={value}"], capsys)
    if name == "--supplement" and control in "\t\n":  # free text takes them (hostile-13)
        assert "a control character" not in err
        return
    if not _CONTROL.search(value.strip()) and code != 2:  # white space at an end, trimmed by
        assert "a control character" not in err  # the option's type (a name, a size): taken
        return
    assert code == 2
    assert err.endswith("\n")
    assert not _CONTROL.search(err[:-1])  # one line, nothing for the terminal to obey
    if "a control character" in err:
        assert err == (
            f"ipprules {command}: error: argument {name}: a control character "
            f"(U+{ord(control):04X}) in {value!r}\n"
        )
    elif _CONTROL.search(value.strip()):  # refused by the option's type (a date, a choice...)
        assert err.startswith(f"ipprules {command}: error: argument {name}: ")
    # else: white space at an end, trimmed from a name (--platform), and the rest refused
    assert list(folder.iterdir()) == []  # nothing made


@pytest.mark.parametrize("command", ["check", "listings", "lifecycle", "explain"])
def test_a_control_character_in_a_positional_argument_is_refused(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    from .test_hostile_10 import _run

    code, err = _run([command, "pl\x1b]0;pwned\x07an.toml"], capsys)
    assert code == 2
    assert "\x1b" not in err
    assert err.count("\n") == 1
    assert "a control character (U+001B) in 'pl\\x1b]0;pwned\\x07an.toml'" in err


# ---------------------------------------------------------------- deep JSON Lines


@settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.integers(5_000, 100_000), st.sampled_from(["[", '{"a":']))  # under 1 MiB a line
def test_a_json_lines_record_nested_too_deeply_is_named_alike(
    tmp_path_factory: pytest.TempPathFactory,
    capsys: pytest.CaptureFixture[str],
    depth: int,
    opening: str,
) -> None:
    """``ipprules listings`` said "maximum recursion depth exceeded while decoding a JSON array
    from a unicode string" (Python's words) where a Good Faith history says "nested too
    deeply"."""
    from ipprules.cli import main

    closing = "]" if opening == "[" else "}"
    path = tmp_path_factory.mktemp("deep") / "pile.jsonl"
    path.write_text(
        "\n"
        f'{{"url": "x", "more": {opening * depth}1{closing * depth}}}\n'
        '{"url": "https://item.taobao.com/item.htm?id=606832683299"}\n'
    )
    said = []
    for argv in (["listings", str(path)], ["good-faith", str(path), "--as-of", "2024-01-02"]):
        assert main(argv) == 2
        out, err = capsys.readouterr()
        assert out == ""  # nothing half written
        said.append(err.split(": ", 2)[-1])
        assert err == f"ipprules: error: {path}:2:1: $: nested deeper than 64 levels\n"
    assert said[0] == said[1]


@settings(max_examples=15, deadline=None)
@given(st.integers(2, 12), st.sampled_from(["", "\ufeff"]), st.sampled_from(["", "\r"]))
def test_a_json_lines_history_of_old_mac_line_ends_says_so(n: int, bom: str, end: str) -> None:
    """Its records were one line, refused as "not valid JSON: Extra data" at a column past
    the first record (the CSV reader reads such a file: a CR alone ends a CSV line)."""
    import tempfile

    from ipprules.goodfaith import History

    records = [
        json.dumps({"type": "complaint", "date": f"2023-01-{1 + i % 28:02d}", "listings": 2,
                    "taken_down": 2, "platform": "taobao", "reason_code": "tm_counterfeit"})
        for i in range(n)
    ]  # fmt: skip
    folder = Path(tempfile.mkdtemp())
    good, bad = folder / "h.jsonl", folder / "mac.jsonl"
    good.write_text(bom + "\n".join(records) + "\n", encoding="utf-8", newline="")
    bad.write_text(bom + "\r".join(records) + end, encoding="utf-8", newline="")
    assert History.from_file(good).complaints == n
    with pytest.raises(ipprules.InputError) as caught:
        History.from_file(bad)
    assert str(caught.value) == (
        f"{bad}:1: $: lines end in bare carriage returns (old Mac line endings): save the file "
        "with LF or CRLF line endings"
    )


_TOMLS = sorted((Path(__file__).parents[2] / "examples").glob("*.toml"))


@settings(max_examples=20, deadline=None)
@given(st.sampled_from(_TOMLS), st.sampled_from(["", "\ufeff"]), st.booleans())
def test_a_toml_file_of_old_mac_line_ends_says_so(
    example: Path, bom: str, crlf_first: bool
) -> None:
    """TOML ends lines at LF: a file saved with CR alone was "not valid TOML: Found invalid
    character '\\r'" (or "Expected newline or end of document after a statement")."""
    import tempfile

    from ipprules._files import read_document

    lines = example.read_text(encoding="utf-8").split("\n")
    head = "\r\n".join(lines[:2]) + "\r\n" if crlf_first else ""  # a first line or two in CRLF
    rest = lines[2:] if crlf_first else lines
    path = Path(tempfile.mkdtemp()) / example.name
    path.write_text(bom + head + "\r".join(rest), encoding="utf-8", newline="")
    with pytest.raises(ipprules.InputError) as caught:
        read_document(path)
    assert re.fullmatch(
        re.escape(str(path)) + r":\d+: \$: lines end in bare carriage returns \(old Mac line "
        r"endings\): save the file with LF or CRLF line endings",
        str(caught.value),
    )
    assert read_document(example).data  # the file itself is read


# ---------------------------------------------------------------- many problems


@pytest.mark.no_cover
@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.integers(1, 400))
@example(101)
@example(102)
def test_the_command_line_shows_at_most_100_problems_and_counts_the_rest(
    tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str], bad: int
) -> None:
    """A violations CSV of 99,999 bad rows printed 99,999 error lines (15 MB on stderr)."""
    from ipprules.cli import main
    from ipprules.penalties import read_violations

    path = tmp_path_factory.mktemp("many") / "v.csv"
    path.write_text("date,kind\n" + "2024-03-01,fake\n" * bad + "2024-03-01,general\n")
    with pytest.raises(ipprules.InputError) as caught:
        read_violations(path)
    assert len(caught.value.problems) == bad  # the library keeps them all
    argv = ["penalties", str(path), "--platform", "aliexpress", "--as-of", "2024-06-01"]
    assert main(argv) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == (bad if bad <= 101 else 101)  # a 101st problem is shown, not counted
    assert err[0].startswith(f"ipprules: error: {path}:2:12: $[0].kind: unknown violation kind")
    if bad > 101:
        more = f"{bad - 100:,} more problems"
        assert err[-1] == f"{path}: ... and {more} (the first 100 shown)"  # the file named
    else:
        assert err[-1].startswith(f"{path}:{bad + 1}:12: $[{bad - 1}].kind:" if bad > 1 else "ipp")


def test_a_readers_own_count_of_the_rest_is_shown_not_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A calendar of 5,000 non-dates is 100 problems and one counting the other 4,900; the
    command line printed the 100 and "... and 1 more problem", hiding the count itself."""
    from ipprules.cli import main

    path = tmp_path / "c.json"
    path.write_text('{"name": "x", "holidays": [' + ",".join(["1"] * 5000) + "]}\n")
    argv = ["deadline", "takedown", "--on", "2024-06-03", "--calendar", str(path)]
    assert main(argv) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 101
    assert "and 4,900 more problems in the items of this list" in err[-1]
    assert "more problem (the first 100 shown)" not in "\n".join(err)
