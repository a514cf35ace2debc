"""A vendor's pipeline scripting the CLI and its JSON and CSV outputs (sweep newuser24).

- ``ipprules listings --format json`` wrote rows whose keys depended on the row's status:
  ``duplicate_of`` only on a duplicate, ``id_type`` and ``note`` missing from a rejected row,
  so a consumer reading ``row["duplicate_of"]`` failed on the first row that was not a
  duplicate (the CSV has every column on every row). Every row has the same keys, ``null``
  where it has no value.
- The README said the CSV of ``listings`` is the result's ``to_records()`` in Python: its
  columns are the command's own (``line``, ``status``, ``duplicate_of``, ``others``...), and
  no page listed them. docs/listings.md lists them; this test holds the list to the header.
- ``--as-of ""`` (a script's unset variable) said only "not a date (YYYY-MM-DD): ''": it says
  "an empty value (expected a date, YYYY-MM-DD)" (or "white space only"), as every other
  option's empty value is said, on every date option.
- ``advise``'s exit code (1 only when no reason code is admissible, 0 for a decision
  ``unknown``) was written nowhere: docs/checks.md says it, and how a script tells a decision
  ``unknown`` from ``file`` (``decision.answer``).
- ``ipprules plan`` without ``--as-of`` took the account file's ``as_of`` without a word, where
  ``check`` and ``coverage`` say ``ipprules: as of ... (the plan's as_of)`` on stderr: it says
  ``(the account's as_of)``, on one machine and with ``--workers`` alike.
- The README showed ``ipprules lifecycle`` and ``ipprules rules diff`` bare, as commands: both
  exit 2 so (a file or ``--events``; ``--to`` or ``--against``). They name what they need.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from _cli import run_cli
from ipprules.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def _csv_header(capsys: pytest.CaptureFixture[str], path: Path) -> list[str]:
    code, out, _ = run_cli(["listings", str(path), "--dedupe", "--format", "csv"], capsys)
    assert code == 1
    return next(csv.reader(io.StringIO(out)))


def test_listings_json_rows_have_the_same_keys_whatever_their_status(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run_cli(
        ["listings", str(EXAMPLES / "urls.txt"), "--dedupe", "--format", "json"], capsys
    )
    assert code == 1
    results = json.loads(out)["results"]
    assert {r["status"] for r in results} == {"listing", "duplicate", "rejected"}
    keys = {tuple(r) for r in results}
    assert len(keys) == 1, keys
    header = _csv_header(capsys, EXAMPLES / "urls.txt")
    extra = {"ok", "region", "slug", "derived_key", "note"}
    assert set(results[0]) == set(header) | extra
    for row in results:
        if row["status"] != "duplicate":
            assert row["duplicate_of"] is None
        else:
            assert isinstance(row["duplicate_of"], int) and row["duplicate_of"] < row["line"]


def test_a_line_repeated_keeps_naming_its_first_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = "https://item.taobao.com/item.htm?id=606832683299"
    path = tmp_path / "urls é.txt"
    path.write_text(f"{url}\n{url}\nnot a url\n{url}\n", encoding="utf-8")
    code, out, _ = run_cli(["listings", str(path), "--dedupe", "--format", "json"], capsys)
    assert code == 1
    rows = json.loads(out)["results"]
    assert [(r["line"], r["status"], r["duplicate_of"]) for r in rows] == [
        (1, "listing", None),
        (2, "duplicate", 1),
        (3, "rejected", None),
        (4, "duplicate", 1),
    ]
    assert rows[2]["id_type"] is None and rows[0]["id_type"] == "item"


def test_the_documented_csv_columns_are_the_header(capsys: pytest.CaptureFixture[str]) -> None:
    page = (ROOT / "docs" / "listings.md").read_text(encoding="utf-8")
    found = re.search(r"in the columns\s+`(line,status,[a-z_,]+)`", page)
    assert found, "docs/listings.md lists the columns of listings --format csv"
    assert found.group(1).split(",") == _csv_header(capsys, EXAMPLES / "urls.txt")


@pytest.mark.parametrize(
    "argv",
    [
        ["check", str(EXAMPLES / "plan.toml"), "--as-of", ""],
        ["coverage", str(EXAMPLES / "portfolio.toml"), "--as-of", " "],
        ["good-faith", str(EXAMPLES / "history.csv"), "--timeline", "", "2023-01-01"],
        ["deadline", "takedown", "--on", ""],
        ["rules", "diff", "--as-of", "2022-01-19", "--to", ""],
    ],
)
def test_a_blank_date_says_what_to_write(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    out, err = capsys.readouterr()
    assert exited.value.code == 2 and out == ""
    name = "--to" if "--to" in argv else "--timeline" if "--timeline" in argv else argv[-2]
    said = "white space only (' ')" if " " in argv else "an empty value"
    assert err.endswith(f": error: argument {name}: {said} (expected a date, YYYY-MM-DD)\n")
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("argv", "answer", "code"),
    [
        (
            ["--ipr-type", "trademark", "--platform", "taobao", "--fact", "counterfeit_product"],
            "file",
            0,
        ),
        (
            ["--ipr-type", "patent", "--platform", "lazada_my", "--fact", "counterfeit_product"],
            "unknown",
            0,
        ),
        (
            [
                "--ipr-type",
                "trademark",
                "--platform",
                "1688",
                "--target",
                "storefront",
                "--fact",
                "store_name",
            ],
            "none",
            1,
        ),
    ],
)
def test_advise_exit_code_is_the_documented_one(
    argv: list[str], answer: str, code: int, capsys: pytest.CaptureFixture[str]
) -> None:
    page = " ".join((ROOT / "docs" / "checks.md").read_text(encoding="utf-8").split())
    assert "The exit code of `advise` is 1 when no reason code is admissible" in page
    assert f"`{answer}`" in page.split("`decision.answer` in JSON:")[1][:40]
    got, out, _ = run_cli(["advise", *argv, "--as-of", "2026-11-23", "--format", "json"], capsys)
    assert got == code and json.loads(out)["decision"]["answer"] == answer


def test_plan_says_it_took_the_accounts_as_of(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["plan", str(EXAMPLES / "planner-urls.csv")]
    argv += ["--account", str(EXAMPLES / "planner-account.toml"), "--format", "json"]
    code, out, err = run_cli(argv, capsys)
    assert code == 1 and json.loads(out)["as_of"] == "2026-11-23"
    assert err == "ipprules: as of 2026-11-23 (the account's as_of)\n"
    code, out, err = run_cli([*argv, "--as-of", "2026-11-24"], capsys)
    assert json.loads(out)["as_of"] == "2026-11-24" and err == ""
    page = " ".join((ROOT / "docs" / "quickstart.md").read_text(encoding="utf-8").split())
    assert "the `--account` file's for `plan`), else today, and says which on stderr" in page


def test_plan_on_dask_says_it_took_the_accounts_as_of(capsys: pytest.CaptureFixture[str]) -> None:
    import argparse

    from ipprules import read_plan
    from ipprules.cli._common import flush_notices
    from ipprules.scale.cli import _plans_dated

    plan = read_plan(EXAMPLES / "planner-account.toml")
    args = argparse.Namespace(as_of=None, interpretation=None, rules=None)
    as_of, _, dates = _plans_dated(args, plan)
    assert str(as_of) == "2026-11-23" and dates == [as_of]
    flush_notices()  # held until the command's first output, as main() prints them
    assert capsys.readouterr().err == "ipprules: as of 2026-11-23 (the account's as_of)\n"


def test_no_command_of_the_readme_is_refused_as_written(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each ``ipprules ...`` of the README without a placeholder (an upper-case word, ``[``,
    ``...``) runs as written (exit 0 or 1); ``ipprules lifecycle`` and ``ipprules rules diff``
    were shown bare and exit 2 so."""
    import shlex

    monkeypatch.chdir(ROOT)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    written = set(re.findall(r"`ipprules ([^`]+)`", readme))
    plain = [c for c in sorted(written) if not re.search(r"[A-Z]{2}|\[|\.\.\.|--workers", c)]
    assert len(plain) >= 10
    for command in plain:
        code: object
        try:
            code = main(shlex.split(command))
        except SystemExit as exited:  # argparse's refusals
            code = exited.code
        capsys.readouterr()
        assert code in (0, 1), command
