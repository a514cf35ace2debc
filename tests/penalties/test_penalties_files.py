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
    assert (info.value.path, info.value.line, info.value.column) == ("$[0].kind", 2, 34)


@pytest.mark.parametrize(
    ("cells", "fragment"),
    [
        ("9999-12-31,general,", "outside 1900-01-01..2999-12-31"),  # as JSON says it (life13)
        ("1899-12-31,general,", "outside 1900-01-01..2999-12-31"),
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


def test_a_case_id_given_twice_is_refused(tmp_path: Path) -> None:
    """An export appended twice would count every case twice (two counterfeit cases became
    four strikes and a closure on Alibaba.com): a repeated id is an error at its line, naming
    the first; cases without ids are not compared."""
    from ipprules.penalties import Violation, penalty_standing

    rows = "2024-03-01,counterfeit,T1,c1\n2024-03-01,counterfeit,T2,c2\n"
    path = tmp_path / "v.csv"
    path.write_text("date,kind,right,id\n" + rows + rows + "2024-03-01,general,,\n" * 2)
    with pytest.raises(InputError) as caught:
        read_violations(path)
    assert [(p.line, p.column, p.path) for p in caught.value.problems] == [
        (4, 27, "$[2].id"),
        (5, 27, "$[3].id"),
    ]
    assert "'c1' repeats line 2" in str(caught.value)
    json_path = tmp_path / "v.json"
    json_path.write_text('[{"date": "2024-03-01", "kind": "general", "id": "a"},\n'
                         ' {"date": "2024-03-02", "kind": "general", "id": "a"}]')  # fmt: skip
    with pytest.raises(InputError, match=r"v\.json:2:50: \$\[1\]\.id: id 'a' repeats line 1"):
        read_violations(json_path)
    one = Violation(on=date(2024, 3, 1), kind="counterfeit", id="a")
    with pytest.raises(InputError, match=r"\$\[1\]\.id"):
        penalty_standing([one, one], platform="alibaba_com", as_of=date(2024, 3, 1))
    unnamed = Violation(on=date(2024, 3, 1), kind="general")
    both = penalty_standing([unnamed, unnamed], platform="aliexpress", as_of=date(2024, 3, 1))
    assert both.counted == 2


def _penalties_error(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    from ipprules.cli import main

    assert main(["penalties", str(path), "--platform", "lazada_sg", "--as-of", "2024-06-01"]) == 2
    return capsys.readouterr().err


def test_engine_errors_about_a_row_name_its_csv_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Review 7 F10: the engine's refusal of a row's points named the file, not the line.
    The row's line is named, blank lines counted (the third row is on line 5 here)."""
    path = tmp_path / "lz.csv"
    path.write_text(
        "date,kind,points,id\n2024-01-05,counterfeit,16,V1\n\n2024-02-05,content,1,V2\n"
        "2024-03-05,content,2,V3\n"
    )
    err = _penalties_error(path, capsys)
    assert f"{path}:5:20: $[2].points: 2 points for content on lazada_sg: a case costs 1" in err


def test_engine_errors_about_a_row_name_its_json_line_and_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same for JSON: the line and column of the value, at its path in the file (a list,
    or the ``violations`` list of an object)."""
    path = tmp_path / "lz.json"
    path.write_text(
        '{"violations": [\n  {"date": "2024-01-05", "kind": "counterfeit"},\n'
        '  {"date": "2024-02-05",\n   "kind": "content",\n   "points": 2}\n]}\n'
    )
    err = _penalties_error(path, capsys)
    assert f"{path}:5:14: $.violations[1].points: 2 points for content" in err
    path.write_text(json.dumps([{"date": "2024-02-05", "kind": "content", "points": 2}]))
    assert f"{path}:1:54: $[0].points: 2 points" in _penalties_error(path, capsys)


def test_places_leave_problems_about_no_one_row_as_they_are() -> None:
    from ipprules.errors import Problem
    from ipprules.penalties.reading import Places

    places = Places("v.csv", lines=(2, 4))
    assert str(places.place(Problem("x", "$[1].kind"))) == "v.csv:4: $[1].kind: x"
    assert str(places.place(Problem("x", "$[7].kind"))) == "v.csv: $[7].kind: x"
    assert str(places.place(Problem("x", "$"))) == "v.csv: $: x"
    placed = Problem("x", "$[0]", "other.csv", 9)
    assert places.place(placed) == placed
