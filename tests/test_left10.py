"""left10: a vendor's small API additions (finding lines in Python, the rule book's date,
a lower item cap, an ``as_of`` argument's error)."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
from pathlib import Path

import pytest

import ipprules
from ipprules.checks import placed_findings
from ipprules.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
PLAN = EXAMPLES / "plan.toml"


def test_placed_findings_of_an_upload_give_each_finding_its_file_and_line() -> None:
    data = PLAN.read_bytes()
    upload = io.BytesIO(data)
    upload.name = "upload.toml"  # type: ignore[attr-defined]
    report = ipprules.check(ipprules.read_plan(upload), as_of="2026-11-23")
    placed = placed_findings(report, upload)  # the stream again: read from its start
    assert len(placed) == len(report.findings)
    first = placed[0]
    assert list(first)[list(first).index("path") + 1 : list(first).index("path") + 3] == [
        "file",
        "line",
    ]
    assert first["file"] == "upload.toml"
    from_path = placed_findings(report, PLAN)  # as ipprules check --format json shows them
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(["check", str(PLAN), "--as-of", "2026-11-23", "--format", "json"])
    shown = json.loads(out.getvalue())["findings"]
    assert [(f["path"], f["line"]) for f in placed] == [(f["path"], f["line"]) for f in shown]
    assert from_path == shown
    assert (
        first["line"] is not None
        and "[[complaints]]" in PLAN.read_text().splitlines()[first["line"] - 1]
    )


def test_placed_findings_refuse_a_stream_that_cannot_be_read_again() -> None:
    report = ipprules.check(ipprules.read_plan(PLAN), as_of="2026-11-23")

    class Once:
        def read(self, n: int = -1) -> bytes:
            return b""

    with pytest.raises(TypeError, match="seekable"):
        placed_findings(report, Once())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="report"):
        placed_findings("report", PLAN)  # type: ignore[arg-type]


def test_results_name_the_rule_books_version_and_date_beside_its_label() -> None:
    book = ipprules.default_rulebook()
    assert book.data_date == dt.date(2026, 11, 23)
    report = ipprules.check(ipprules.read_plan(PLAN), as_of="2026-11-23")
    data = report.to_dict()
    assert report.rulebook_version == book.version
    assert list(data)[3:6] == ["rulebook", "rulebook_version", "rulebook_date"]
    assert (data["rulebook_version"], data["rulebook_date"]) == ("2026.11.23", "2026-11-23")
    history = ipprules.History.from_file(EXAMPLES / "history.csv")
    for day in ("2023-03-31", "2016-01-31"):  # in the programme, and before it
        standing = ipprules.standing(history, day).to_dict()
        assert standing["rulebook_version"] == "2026.11.23", day
        assert standing["rulebook_date"] == "2026-11-23", day
        assert standing["version"] != standing["rulebook_version"]  # the criteria's, not the book's
    json.dumps(data)


def test_a_version_that_names_no_date_has_none() -> None:
    from ipprules._dates import rulebook_keys, version_date

    assert version_date("acme-7") is None and version_date("2026.02.30") is None
    assert rulebook_keys("acme-7") == {"rulebook_version": "acme-7", "rulebook_date": None}


def test_version_prints_the_embedded_rule_books_version(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out == f"ipprules {ipprules.__version__} (rule book 2026.11.23)\n"


def test_reading_limits_lowers_the_item_cap_naming_the_file_and_path() -> None:
    from ipprules._convert import MAX_ITEMS, item_cap
    from ipprules.penalties import read_violations

    with ipprules.reading_limits(max_items=3), pytest.raises(ipprules.InputError) as caught:
        ipprules.read_plan(PLAN)
    first = caught.value.problems[0]
    assert (first.file, first.path, first.line) == (str(PLAN), "$.rights", 27)
    assert "at most 3 are read" in first.message and "max_items" in first.message
    rows = EXAMPLES / "violations-aliexpress.csv"
    with ipprules.reading_limits(max_items=2), pytest.raises(ipprules.InputError) as caught:
        read_violations(rows)
    assert caught.value.problems[0].path == "$[2]" and caught.value.problems[0].file == str(rows)
    assert len(read_violations(rows)) > 2  # the default again after the block
    assert item_cap() == MAX_ITEMS


def test_the_item_cap_is_never_raised_and_holds_per_thread() -> None:
    import threading

    from ipprules._convert import MAX_ITEMS, item_cap

    for bad, error, said in [
        (MAX_ITEMS + 1, ipprules.InputError, "at most 100,000"),
        (0, ipprules.InputError, "at least 1"),
        ("5", TypeError, "max_items"),
    ]:
        with pytest.raises(error, match=said), ipprules.reading_limits(max_items=bad):  # type: ignore[arg-type]
            pass
    seen: list[int] = []
    with ipprules.reading_limits(max_items=5):
        with ipprules.reading_limits(max_items=50, max_bytes=10_000):  # the lower one holds
            seen.append(item_cap())
        worker = threading.Thread(target=lambda: seen.append(item_cap()))
        worker.start()
        worker.join()
    assert seen == [5, MAX_ITEMS]


def test_a_bad_as_of_argument_is_said_to_be_the_callers_argument() -> None:
    import pickle

    from ipprules.errors import ArgumentError

    plan = ipprules.read_plan(PLAN)
    history = ipprules.History.from_file(EXAMPLES / "history.csv")
    for call in (
        lambda: ipprules.check(plan, as_of="2026-13-01"),
        lambda: ipprules.standing(history, "soon"),
        lambda: ipprules.check(plan, as_of="3026-01-01"),  # a date, out of range
    ):
        with pytest.raises(ipprules.InputError) as caught:  # still caught as an InputError
            call()
        error = caught.value
        assert isinstance(error, ArgumentError) and error.argument == "as_of"
        assert str(error).startswith("argument as_of: ") and error.file is None
        body = error.to_dict()
        assert body["error"] == "ArgumentError" and body["argument"] == "as_of"
        assert body["message"] == str(error) and json.dumps(body)
        back = pickle.loads(pickle.dumps(error))
        assert type(back) is ArgumentError and str(back) == str(error) and back.argument == "as_of"
    with pytest.raises(ipprules.InputError) as caught:  # a file's bad date is no argument's
        ipprules.read_plan(io.StringIO('as_of = "2026-13-01"\n[account]\n'))
    assert not isinstance(caught.value, ArgumentError)


@pytest.mark.parametrize("keyword", ["max_bytes", "max_items"])
def test_a_cap_of_thousands_of_digits_below_one_is_refused_by_its_digits(keyword: str) -> None:
    """``reading_limits(max_bytes=-10**5000)`` let Python's int-to-text ``ValueError`` escape
    (the message wrote the value); a too-large ``max_items`` was already named by its digits."""
    caps = ipprules.reading_limits(**{keyword: -(10**5000)})
    with pytest.raises(ipprules.InputError, match="at least 1, got an int of 5,001 digits"):
        caps.__enter__()
