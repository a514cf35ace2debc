"""Violation files: CSV and JSON, read strictly."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from ipprules.errors import InputError
from ipprules.penalties import ViolationKind, read_violations


def test_csv(tmp_path: Path) -> None:
    path = tmp_path / "v.csv"
    path.write_text(
        "date,kind,platform,points,right,id\n"
        "2024-03-01,counterfeit,aliexpress,,TM1,c-1\n"
        "\n"
        "2024-03-02,general,,3,,\n"
    )
    first, second = read_violations(path)
    assert (first.on, first.kind, first.platform, first.points, first.right, first.id) == (
        date(2024, 3, 1),
        ViolationKind.COUNTERFEIT,
        "aliexpress",
        None,
        "TM1",
        "c-1",
    )
    assert (second.platform, second.points, second.right) == (None, 3, None)


def test_csv_errors_name_line_and_path(tmp_path: Path) -> None:
    path = tmp_path / "v.csv"
    path.write_text("date,kind,points\n2024-03-01,general,x\n01/03/2024,piracy,2\n2024-03-01,a\n")
    with pytest.raises(InputError) as info:
        read_violations(path)
    found = [(p.path, p.line) for p in info.value.problems]
    assert found == [("$[0].points", 2), ("$[1].date", 3), ("$[2]", 4)]
    assert all(p.file == str(path) for p in info.value.problems)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "empty file"),
        ("date,colour\n", "unknown column 'colour'"),
        ("date\n", "missing column 'kind'"),
        ('date,kind\n"2024-03-01,general\n', "not valid CSV"),
    ],
)
def test_csv_bad_headers(tmp_path: Path, text: str, fragment: str) -> None:
    path = tmp_path / "v.csv"
    path.write_text(text)
    with pytest.raises(InputError, match=fragment):
        read_violations(path)


def test_missing_and_binary_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read"):
        read_violations(tmp_path / "missing.csv")
    bad = tmp_path / "v.csv"
    bad.write_bytes(b"date,kind\n\xff\n")
    with pytest.raises(InputError, match="UTF-8"):
        read_violations(bad)


def test_json_list_and_object(tmp_path: Path) -> None:
    rows = [{"date": "2024-03-01", "kind": "patent", "points": 6, "platform": "lazada_sg"}]
    (tmp_path / "a.json").write_text(json.dumps(rows))
    (tmp_path / "b.json").write_text(json.dumps({"violations": rows}))
    assert read_violations(tmp_path / "a.json") == read_violations(tmp_path / "b.json")
    assert read_violations(tmp_path / "a.json")[0].kind is ViolationKind.PATENT


def test_json_errors(tmp_path: Path) -> None:
    path = tmp_path / "v.json"
    path.write_text(
        '[\n  {"date": "2024-03-01", "kind": "general", "points": "3"},\n'
        '  {"date": "2024-03-01", "kind": "fake", "colour": 1}\n]\n'
    )
    with pytest.raises(InputError) as info:
        read_violations(path)
    paths = {p.path for p in info.value.problems}
    assert "$.violations[0].points" in paths or "$[0].points" in paths
    path.write_text('[\n  {"date": "2024-03-01", "kind": "fake"}\n]\n')
    with pytest.raises(InputError, match="unknown violation kind") as info:
        read_violations(path)
    assert (info.value.path, info.value.line) == ("$[0]", 2)


@pytest.mark.parametrize(
    ("cells", "fragment"),
    [
        ("9999-12-31,general,", "between 1900-01-01 and 2999-12-31"),
        ("1899-12-31,general,", "between 1900-01-01 and 2999-12-31"),
        ("2024-03-01,general," + "9" * 40, "whole number from 0 to 999999999"),
        ("2024-03-01,general,-3", "whole number from 0 to 999999999"),
    ],
)
def test_far_dates_and_absurd_points_are_refused(tmp_path: Path, cells: str, fragment: str) -> None:
    path = tmp_path / "v.csv"
    path.write_text("date,kind,points\n" + cells + "\n")
    with pytest.raises(InputError, match=fragment) as info:
        read_violations(path)
    assert info.value.problems[0].file == str(path)
    assert info.value.problems[0].line == 2


def test_boundary_dates_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "v.csv"
    path.write_text("date,kind\n1900-01-01,general\n2999-12-31,piracy\n")
    assert [v.on for v in read_violations(path)] == [date(1900, 1, 1), date(2999, 12, 31)]


@pytest.mark.parametrize(
    "argv",
    [
        ["--as-of", "9999-12-31"],
        ["--assume-validity", "99999999999999999999"],
        ["--assume-validity", "0"],
    ],
)
def test_cli_refuses_far_dates_and_overflows(tmp_path: Path, argv: list[str]) -> None:
    import subprocess
    import sys

    path = tmp_path / "v.csv"
    path.write_text("date,kind\n2999-12-30,general\n")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "ipprules",
            "penalties",
            str(path),
            "--platform",
            "alibaba_com",
            *argv,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 2, run.stdout
    assert "Traceback" not in run.stderr
    assert "error" in run.stderr
