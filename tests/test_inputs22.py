"""Sweep inputs22: bad and surprising input at the edges (CLI options, stdin, public as_of).

Each refusal is exit code 2 and one error line saying what is wrong with the input (an
empty stdin is said to be empty, not "not valid JSON"), never a traceback.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ipprules._dates import date_hint
from ipprules.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
AS_OF = "2024-01-02"
_FIXTURE = [HealthCheck.function_scoped_fixture]


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's own refusals
        code = exc.code if isinstance(exc.code, int) else 2
    out, err = capsys.readouterr()
    return code, out, err


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


# ---------------------------------------------------------------- 1. an empty standard input

#: Every command that reads a document (JSON or TOML) from ``-`` (``penalties -`` reads a
#: CSV there, and an empty one holds no violations, said in a note).
_DOCUMENT_ON_STDIN = {
    "check -": ["check", "-", "--as-of", AS_OF],
    "coverage -": ["coverage", "-", "--as-of", AS_OF],
    "counter-notice -": ["counter-notice", "-"],
    "lifecycle -": ["lifecycle", "-"],
    "rules --rules -": ["rules", "--rules", "-", "--as-of", AS_OF],
    "plan --account -": [
        "plan",
        str(EXAMPLES / "planner-urls.csv"),
        "--account",
        "-",
        "--as-of",
        AS_OF,
    ],
    "good-faith --what-if -": [
        "good-faith",
        str(EXAMPLES / "history.csv"),
        "--as-of",
        AS_OF,
        "--what-if",
        "-",
    ],
}


@settings(max_examples=4, deadline=None, suppress_health_check=_FIXTURE)
@given(blank=st.text(" \t\r\n", max_size=6), bom=st.booleans())
@example(blank="", bom=False)
@example(blank="", bom=True)
@pytest.mark.parametrize("where", sorted(_DOCUMENT_ON_STDIN))
def test_an_empty_stdin_is_said_to_be_empty(
    where: str,
    blank: str,
    bom: bool,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Nothing (or white space, or a BOM alone) on stdin was "not valid JSON: Expecting
    value" at line 1, column 1: a syntax error to look for in a document never given."""
    _stdin(monkeypatch, (b"\xef\xbb\xbf" if bom else b"") + blank.encode())
    code, out, err = _cli(_DOCUMENT_ON_STDIN[where], capsys)
    assert code == 2, err
    assert out == ""
    assert err.startswith("ipprules: error: <stdin>: $: the input is empty: standard input held")
    assert "Expecting value" not in err
    assert len(err.splitlines()) == 1


@pytest.mark.parametrize(("text", "held"), [("", "empty"), (" \n\t\n", "blank")])
def test_an_empty_json_file_is_said_to_be_empty(
    text: str, held: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An empty ``.json`` plan: "the file is empty", not "Expecting value" at 1:1."""
    plan = tmp_path / "plan.json"
    plan.write_text(text, encoding="utf-8")
    code, _, err = _cli(["check", str(plan), "--as-of", AS_OF], capsys)
    assert code == 2
    assert err == f"ipprules: error: {plan}: $: not valid JSON: the file is {held}" + (
        " (only white space)\n" if held == "blank" else "\n"
    )


# ---------------------------------------------------------------- 2. numbers in ASCII digits

#: Digits that are not ASCII but that ``int()`` (and ``re``'s ``\d``) read as digits.
_DIGITS = "\u0660\u06f0\u0966\u09e6\uff10\U0001d7ce"  # Arabic-Indic, Persian, Devanagari...


def _foreign(number: str, zero: str) -> str:
    return "".join(chr(ord(zero) + int(c)) for c in number)


@settings(max_examples=10, deadline=None, suppress_health_check=_FIXTURE)
@given(number=st.integers(1, 99_999).map(str), zero=st.sampled_from(_DIGITS))
@example(number="12", zero="\u0660")
def test_a_number_option_takes_ascii_digits_only(
    number: str, zero: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--max-bytes ١٢`` was 12 bytes (``int`` reads any script's digits), ``--workers ١٢``
    twelve workers: a number is written in ASCII digits, as the other options already take
    them (``--assume-validity``, ``--horizon``, ``--trial-years``)."""
    written = _foreign(number, zero)
    urls = str(EXAMPLES / "planner-urls.csv")
    for argv, option in (
        (["rules", "--as-of", AS_OF, "--max-bytes", written], "--max-bytes"),
        (["rules", "--as-of", AS_OF, "--max-bytes", written + "K"], "--max-bytes"),
        (["listings", urls, "--workers", written], "--workers"),
    ):
        code, out, err = _cli(argv, capsys)
        assert code == 2, (argv, err)
        assert out == ""
        assert err.startswith(f"ipprules {argv[0]}: error: argument {option}: not a"), err
        assert len(err.splitlines()) == 1


@pytest.mark.parametrize("written", ["1_0", "+3", " 3", "0x10", "3.0", "", "9" * 5000])
def test_workers_takes_a_plain_whole_number(
    written: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """``int`` read ``1_0`` as 10 and `` +3`` as 3; 5,000 digits was ``invalid int value``."""
    urls = str(EXAMPLES / "planner-urls.csv")
    code, _, err = _cli(["listings", urls, f"--workers={written}"], capsys)
    assert code == 2
    said = "a number too large" if written.isdigit() else "not a whole number"  # surfaces10
    assert err.startswith(f"ipprules listings: error: argument --workers: {said}")
    assert len(err.splitlines()) == 1
    assert len(err) < 300


# ---------------------------------------------------------------- 4. plan's rejected reasons

_REFUSED = [
    "https://m.tb.cn/h.UaBcDeF?tk=XyZ12345",
    "https://s.taobao.com/search?q=acme",
    "https://example.com/some/page",
    "https://detail.tmall.com/item.htm?spm=a230r.1.14.1",
    "https://item.taobao.com/item.htm?id=abc",
    "not a link at all",
]
_LISTED = [
    "https://item.taobao.com/item.htm?id=606832683299",
    "https://detail.tmall.com/item.htm?id=1234567890",
    "https://www.aliexpress.com/item/1005001234567890.html",
]


@settings(max_examples=5, deadline=None, suppress_health_check=_FIXTURE)
@given(
    lines=st.lists(
        st.tuples(st.sampled_from(_REFUSED), st.lists(st.sampled_from(_LISTED), max_size=3)).map(
            # plain words followed by a link are a text line holding a link: planned, not refused
            lambda line: (line[0], []) if line[0] == _REFUSED[-1] else line
        ),
        min_size=1,
        max_size=4,
    )
)
@example(lines=[(_REFUSED[0], _LISTED)])
@example(lines=[(_REFUSED[-1], [])])
def test_plan_prints_a_rejected_lines_reason_whole_when_piped(
    lines: list[tuple[str, list[str]]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The text table cut a reason at 70 characters on a pipe too (and the URL at 60 with no
    mark): the end of the reason, which names the other listings on the line, was lost."""
    urls = tmp_path / "urls.txt"
    urls.write_text("".join(" ".join([first, *rest]) + "\n" for first, rest in lines), "utf-8")
    argv = ["plan", str(urls), "--account", str(EXAMPLES / "planner-account.toml")]
    argv += ["--as-of", "2026-11-23", "--reason", "tm_counterfeit"]
    code, text, err = _cli(argv, capsys)
    assert code in (0, 1), err
    code, data, err = _cli([*argv, "--format", "json"], capsys)
    import json

    rejected = [row for row in json.loads(data)["lines"] if row["status"] == "rejected"]
    assert rejected
    table = text.split("\nline  code", 1)[1].split("\n\n", 1)[0].splitlines()[2:]
    rows = {int(line.split()[0]): line + "  " for line in table}
    for row in rejected:
        shown = rows[row["line"]]
        assert f"  {row['message']}  " in shown
        url = row["url"]
        assert url in shown if len(url) <= 60 else f"  {url[:59]}…" in shown


# ---------------------------------------------------------------- 5. white space around a URL

_BLANKS = st.text(" \t\u3000\u00a0\r\n", max_size=3)


@settings(max_examples=25, deadline=None)
@given(
    url=st.sampled_from([*_LISTED, *_REFUSED]),
    before=_BLANKS,
    after=_BLANKS,
)
@example(url=_LISTED[0], before=" ", after="\t")
@example(url="https://example.com/", before=" ", after=" ")
def test_plan_listings_strips_a_plan_lines_url_as_a_strings(
    url: str, before: str, after: str
) -> None:
    """A plain string's URL was stripped in its outcome, a PlanLine's kept its blanks: the
    same line gave two outcomes (read_lines and the Dask planner strip the cell too)."""
    import ipprules
    from ipprules.planner import PlanLine, Settings, plan_listings

    plan = ipprules.read_plan(EXAMPLES / "planner-account.toml")
    padded = before + url + after
    settings_ = Settings(reason="tm_counterfeit")
    results = [
        plan_listings(lines, plan, as_of="2026-11-23", settings=settings_)
        for lines in ([padded], [PlanLine(1, padded)], [PlanLine(1, url)])
    ]
    outcomes = [result.outcomes for result in results]
    assert outcomes[0] == outcomes[1] == outcomes[2]
    assert outcomes[1][0].url == padded.strip()


# ---------------------------------------------------------------- 3. as_of: a datetime's date


#: Every public function with an ``as_of`` date, called on small inputs: ``day`` -> an answer.
def _as_of_calls() -> dict[str, Any]:
    import ipprules
    from ipprules.checks import advise
    from ipprules.coverage import coverage
    from ipprules.penalties import penalty_standing
    from ipprules.planner import Settings, plan_listings
    from ipprules.rulebook import default_rulebook, diff_rules

    plan = ipprules.read_plan(EXAMPLES / "plan.toml")
    account = ipprules.read_plan(EXAMPLES / "planner-account.toml")
    book = default_rulebook()
    plain = Settings(reason="tm_counterfeit")
    return {
        "check": lambda day: ipprules.check(plan, as_of=day).to_dict(),
        "is_valid": lambda day: ipprules.is_valid(plan, as_of=day),
        "coverage": lambda day: repr(coverage(plan, as_of=day)),
        "advise": lambda day: repr(advise("trademark", "taobao", as_of=day)),
        "penalty_standing": lambda day: repr(penalty_standing([], "taobao", as_of=day)),
        "plan_listings": lambda day: repr(
            plan_listings(_LISTED, account, as_of=day, settings=plain).outcomes
        ),
        "diff_rules": lambda day: repr(diff_rules(book, book, as_of=day)),
        "RuleBook.as_of": lambda day: repr(book.as_of(day)),
    }


@pytest.mark.no_cover
@settings(max_examples=3, deadline=None)
@given(
    moment=st.datetimes(
        min_value=dt.datetime(2022, 1, 1), max_value=dt.datetime(2026, 12, 31, 23, 59)
    ),
    zone=st.sampled_from([None, dt.UTC, dt.timezone(dt.timedelta(hours=14))]),
)
@example(moment=dt.datetime(2026, 11, 23, 23, 59, 59), zone=dt.timezone(dt.timedelta(hours=-12)))
def test_every_public_as_of_takes_a_datetimes_own_date(
    moment: dt.datetime, zone: dt.tzinfo | None
) -> None:
    """The decision (docs/errors.md, "Values and dates"): a ``datetime`` is a ``date``
    (its subclass), and every door reads its calendar date in its own time zone, never
    converted; refusing it would break callers the docs promise it to. Each public
    ``as_of`` answers for a datetime as for its date and its ISO string."""
    when = moment.replace(tzinfo=zone)
    for name, call in _as_of_calls().items():
        answer = call(when.date())
        assert call(when) == answer, name
        assert call(when.date().isoformat()) == answer, name


def test_the_cli_as_of_is_a_date_and_no_time(capsys: pytest.CaptureFixture[str]) -> None:
    """``--as-of 2026-11-23T10:00`` is refused naming the option (a file's date, a date
    option and ``--as-of`` take ``YYYY-MM-DD`` alone)."""
    for written in ("2026-11-23T10:00", "2026-11-23 10:00", "2026-11-23Z", "20261123"):
        code, out, err = _cli(["rules", "--as-of", written], capsys)
        assert (code, out) == (2, "")
        said = f"argument --as-of: not a date (YYYY-MM-DD): {written!r}{date_hint(written)}"
        assert err == f"ipprules rules: error: {said}\n"


# ---------------------------------------------------------------- 6. the hunt

_AS_OF_COMMANDS = {
    "rules": ["rules"],
    "advise": ["advise", "--ipr-type", "trademark", "--platform", "taobao"],
    "penalties": [
        "penalties",
        str(EXAMPLES / "violations-aliexpress.csv"),
        "--platform",
        "aliexpress",
    ],
    "plan": [
        "plan",
        str(EXAMPLES / "planner-urls.csv"),
        "--account",
        str(EXAMPLES / "planner-account.toml"),
    ],
    "check": ["check", str(EXAMPLES / "plan.toml")],
    "coverage": ["coverage", str(EXAMPLES / "portfolio.toml")],
    "good-faith": ["good-faith", str(EXAMPLES / "history.csv")],
    "deadline --on": ["deadline", "takedown", "--on"],
    "rules diff --to": ["rules", "diff", "--as-of", "2026-11-23", "--to"],
}


@settings(max_examples=3, deadline=None, suppress_health_check=_FIXTURE)
@given(day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2015, 1, 5)))
@example(day=dt.date(1900, 1, 1))
@pytest.mark.parametrize("command", sorted(_AS_OF_COMMANDS))
def test_an_as_of_before_the_rule_book_names_the_option(
    command: str, day: dt.date, capsys: pytest.CaptureFixture[str]
) -> None:
    """``rules``, ``advise``, ``penalties`` and ``plan --as-of 1900-01-01`` (and ``deadline
    --on``, ``rules diff --to``) said "1900-01-01 is before the rule book's coverage" naming
    nothing; ``check`` and ``coverage`` named ``--as-of``: every command names the option."""
    argv = _AS_OF_COMMANDS[command]
    option = argv[-1] if argv[-1].startswith("--") else "--as-of"
    if option == "--as-of":
        argv = [*argv, option]
    code, out, err = _cli([*argv, day.isoformat()], capsys)
    assert (code, out) == (2, ""), err
    assert err.startswith(f"ipprules: error: {option}: {day} is before the rule book's coverage")
    assert len(err.splitlines()) == 1


def test_plan_names_the_account_files_as_of_outside_the_book(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An account file's ``as_of`` before the book's coverage (no ``--as-of``) was refused as
    "2001-01-01 is before the rule book's coverage", naming no file or line."""
    text = (EXAMPLES / "planner-account.toml").read_text("utf-8")
    lines = text.splitlines(keepends=True)
    at = next(i for i, line in enumerate(lines) if line.startswith("as_of"))
    lines[at] = "as_of = 2001-01-01\n"
    account = tmp_path / "account.toml"
    account.write_text("".join(lines), "utf-8")
    urls = str(EXAMPLES / "planner-urls.csv")
    code, out, err = _cli(["plan", urls, "--account", str(account)], capsys)
    assert (code, out) == (2, "")
    assert err.startswith(
        f"ipprules: error: {account}:{at + 1}:1: $.as_of: 2001-01-01 is before the rule book's"
    )


@settings(max_examples=6, deadline=None, suppress_health_check=_FIXTURE)
@given(suffix=st.sampled_from([".txt", ".csv", ".conf", ".yaml", "", ".tml"]))
@example(suffix=".txt")
def test_a_toml_plan_named_otherwise_is_told_it_was_read_as_json(
    suffix: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``check plan.txt`` of a TOML plan said "not valid JSON: Expecting value" at 1:1 (a
    file named neither ``*.json`` nor ``*.toml`` is read as JSON), as if a character were
    wrong; the error now says how the file was read. A ``.json`` name gets no hint."""
    text = (EXAMPLES / "plan.toml").read_text("utf-8")
    for name, hinted in ((f"plan{suffix}", True), ("plan.json", False)):
        plan = tmp_path / name
        plan.write_text(text, "utf-8")
        code, out, err = _cli(["check", str(plan), "--as-of", AS_OF], capsys)
        assert (code, out) == (2, "")
        assert err.startswith(f"ipprules: error: {plan}:1:1: $: not valid JSON: "), err
        assert ("is read as JSON: name a TOML document *.toml)" in err) is hinted, err
    (tmp_path / "plan.toml").write_text(text, "utf-8")  # the same text, named for what it is
    assert _cli(["check", str(tmp_path / "plan.toml"), "--as-of", AS_OF], capsys)[0] == 1


@settings(max_examples=5, deadline=None, suppress_health_check=_FIXTURE)
@given(blanks=st.lists(st.text(" \t", min_size=1, max_size=3), min_size=1, max_size=3))
@example(blanks=[" "])
def test_penalties_skips_blank_lines_before_the_header(
    blanks: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A violations CSV that began with a line of spaces was read as a header of one column
    named '' ("unknown column ''; ... missing column 'date'"); a file of such lines alone was
    not "empty". Blank lines are skipped before the header as between rows (and as the
    planner's and the Good Faith readers skip them)."""
    given_file = EXAMPLES / "violations-aliexpress.csv"
    argv = ["penalties", "FILE", "--platform", "aliexpress", "--as-of", "2026-11-23"]
    padded = tmp_path / "violations.csv"
    prefix = "".join(blank + "\n" for blank in blanks)
    padded.write_text(prefix + given_file.read_text("utf-8"), "utf-8")
    runs = [
        _cli([str(path) if a == "FILE" else a for a in argv], capsys)
        for path in (given_file, padded)
    ]
    assert runs[0] == runs[1]
    assert runs[0][0] in (0, 1)
    padded.write_text(prefix, "utf-8")
    code, out, err = _cli([str(padded) if a == "FILE" else a for a in argv], capsys)
    assert (code, err) == (0, "")  # no rows: no violations, said (left3), as good-faith's
    assert f"note: {padded} holds no violations (no rows)" in out


@settings(max_examples=5, deadline=None, suppress_health_check=_FIXTURE)
@given(
    option=st.sampled_from(["--as-of", "--format", "--max-bytes", "--rules", "--interpretation"]),
    joined=st.booleans(),
)
@example(option="--as-of", joined=False)
def test_a_commands_option_before_the_command_is_said_to_go_after_it(
    option: str, joined: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    """``ipprules --as-of 2026-11-23 check plan.toml`` said "argument COMMAND: invalid choice:
    '2026-11-23'": the option's value read as the command, and the option not named."""
    value = {"--as-of": AS_OF, "--format": "json", "--max-bytes": "1M"}.get(option, "x")
    first = [f"{option}={value}"] if joined else [option, value]
    code, out, err = _cli([*first, "check", str(EXAMPLES / "plan.toml")], capsys)
    assert (code, out) == (2, "")
    assert err == (
        f"ipprules: error: {option} is an option of a command: give it after the command "
        f"(ipprules check ... {option})\n"
    )
    # after the command, the same option is taken
    code, _, err = _cli(["check", str(EXAMPLES / "plan.toml"), "--as-of", AS_OF, *first], capsys)
    assert code != 2 or option in ("--rules", "--interpretation"), err


_NUMBER_OPTIONS = {
    "--max-bytes": ["rules", "--as-of", AS_OF, "--max-bytes"],
    "--workers": ["listings", str(EXAMPLES / "urls.txt"), "--workers"],
    "--horizon": ["coverage", str(EXAMPLES / "portfolio.toml"), "--as-of", AS_OF, "--horizon"],
    "--assume-validity": [
        "penalties",
        str(EXAMPLES / "violations-aliexpress.csv"),
        "--platform",
        "aliexpress",
        "--assume-validity",
    ],
    "--quarantine-below": [
        "plan",
        str(EXAMPLES / "planner-urls.csv"),
        "--account",
        str(EXAMPLES / "planner-account.toml"),
        "--quarantine-below",
    ],
    "--trial-years": ["good-faith", str(EXAMPLES / "history.csv"), "--trial-years"],
}


@pytest.mark.parametrize("option", sorted(_NUMBER_OPTIONS))
def test_a_number_of_a_million_digits_is_refused_in_one_short_line(
    option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every numeric option refuses a 1,000,000-digit number at once, quoting 40 characters of
    it (``--max-bytes`` echoed 1,400 of them, cut only by the last-resort bound)."""
    code, out, err = _cli([*_NUMBER_OPTIONS[option], "9" * 1_000_000], capsys)
    assert (code, out) == (2, "")
    assert option in err and len(err.splitlines()) == 1
    assert len(err) < 300, err
