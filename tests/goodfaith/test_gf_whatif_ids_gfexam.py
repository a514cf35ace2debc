"""``ipprules good-faith --what-if``: a planned batch read from a history file whose complaint
ids are already in the history is refused, as an id repeated within one history is (docs:
"Complaint ids are unique"); without that, the overlapping export was counted twice."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipprules.cli import main

HEADER = "type,date,id,platform,reason_code,listings,taken_down,rejected\n"


def _history(path: Path, ids: list[str]) -> Path:
    rows = "".join(f"complaint,2024-05-01,{i},taobao,tm_counterfeit,10,10,0\n" for i in ids)
    path.write_text(HEADER + "declaration,2024-01-02,,,,,,\n" + rows, encoding="utf-8")
    return path


def test_a_batch_repeating_history_ids_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    history = _history(tmp_path / "h.csv", [f"K{i}" for i in range(101)])
    batch = tmp_path / "b.csv"
    batch.write_text(
        HEADER
        + "complaint,2024-06-01,N1,taobao,tm_counterfeit,10,0,10\n"
        + "complaint,2024-06-01,K5,taobao,tm_counterfeit,10,0,10\n",
        encoding="utf-8",
    )
    argv = ["good-faith", str(history), "--as-of", "2024-06-30", "--what-if", str(batch)]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "b.csv:3" in err and "'K5'" in err and "h.csv" in err and "(line 8;" in err


def test_a_batch_repeating_history_ids_in_json_lines_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    history = _history(tmp_path / "h.csv", ["A", "B"])
    batch = tmp_path / "b.jsonl"
    batch.write_text(
        '{"type": "complaint", "date": "2024-06-01", "id": "B", "platform": "taobao",'
        ' "reason_code": "tm_counterfeit", "listings": 1, "taken_down": 1}\n',
        encoding="utf-8",
    )
    argv = ["good-faith", str(history), "--as-of", "2024-06-30", "--what-if", str(batch)]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "b.jsonl:1" in err and "'B'" in err and "(line 4;" in err


def test_new_ids_and_empty_ids_still_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    history = _history(tmp_path / "h.csv", [f"K{i}" for i in range(101)] + [""])
    batch = tmp_path / "b.csv"
    batch.write_text(
        HEADER
        + "complaint,2024-06-01,N1,taobao,tm_counterfeit,10,10,0\n"
        + "complaint,2024-06-01,,taobao,tm_counterfeit,10,10,0\n",
        encoding="utf-8",
    )
    argv = ["good-faith", str(history), "--as-of", "2024-06-30", "--what-if", str(batch)]
    assert main(argv) == 0
    assert "After 2 planned complaint(s)" in capsys.readouterr().out


def test_a_history_without_an_id_column_is_not_compared(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    history = tmp_path / "h.csv"
    history.write_text(
        "type,date,platform,reason_code,listings,taken_down\n"
        + "complaint,2024-05-01,taobao,tm_counterfeit,10,10\n" * 101,
        encoding="utf-8",
    )
    batch = tmp_path / "b.csv"
    batch.write_text(HEADER + "complaint,2024-06-01,K5,taobao,tm_counterfeit,10,10,0\n")
    argv = ["good-faith", str(history), "--as-of", "2024-06-30", "--what-if", str(batch)]
    assert main(argv) == 1  # no declaration: the standing, not an error
    assert "After 1 planned complaint(s)" in capsys.readouterr().out


@pytest.mark.parametrize("kind", ["empty.csv", "h.jsonl", "h.csv.gz"])
def test_other_history_files_are_compared_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    import gzip

    batch = tmp_path / "b.csv"
    batch.write_text(HEADER + "complaint,2024-06-01,B,taobao,tm_counterfeit,1,1,0\n")
    history = tmp_path / kind
    if kind == "empty.csv":
        history.write_bytes(b"")
    elif kind == "h.jsonl":
        history.write_text(
            '{"type": "complaint", "date": "2024-05-01", "id": "A", "platform": "taobao",'
            ' "reason_code": "tm_counterfeit", "listings": 1, "taken_down": 1}\n'
            '{"type": "complaint", "date": "2024-05-01", "id": "B", "platform": "taobao",'
            ' "reason_code": "tm_counterfeit", "listings": 1, "taken_down": 1}\n',
            encoding="utf-8",
        )
    else:
        plain = _history(tmp_path / "h.csv", ["A", "B"])
        history.write_bytes(gzip.compress(plain.read_bytes()))
    argv = ["good-faith", str(history), "--as-of", "2024-06-30", "--what-if", str(batch)]
    code = main(argv)
    err = capsys.readouterr().err
    if kind == "empty.csv":
        assert code == 1 and err == ""
    else:
        assert code == 2 and "'B'" in err and ("(line 2;" in err or "(line 4;" in err)
