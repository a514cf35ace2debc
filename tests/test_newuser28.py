"""An operations engineer's command-line runs (Windows habits, pipes, CI): each test is a
friction found and fixed."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from tests._cli import run_cli

from ipprules.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.mark.parametrize(
    ("name", "text", "said"),
    [
        ("plan.toml", 'as_of = "2026-11-23"\nnote = "C:\\Users\\x\\plan.toml"\n', "2:13"),
        ("plan.toml", 'as_of = "2026-11-23"\nnote = "C:\\xyz"\n', "2:13"),
        ("plan.json", '{"as_of": "2026-11-23", "note": "C:\\Users\\x"}', "1:36"),
    ],
)
def test_windows_path_in_a_string_says_how_to_write_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, text: str, said: str
) -> None:
    """A Windows path typed into a TOML "..." or JSON string fails on its backslash escape:
    the error says so and how to write it, not only "Invalid hex value"."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    code, out, err = run_cli(["check", str(path)], capsys)
    assert (code, out) == (2, "")
    assert f"{name}:{said}: $: not valid " in err
    assert "starts an escape" in err and "Windows path" in err
    assert err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.parametrize("folder", ["C:\\ci\\out", "c:/ci/out", "\\\\server\\share", "out\\sub"])
@pytest.mark.parametrize("command", ["plan", "listings"])
def test_windows_out_folder_is_refused_where_paths_are_not_windows_ones(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    command: str,
    folder: str,
) -> None:
    """A Windows script's ``--out C:\\ci\\out`` run in a Linux job made a folder of that very
    name in the current directory and said it wrote there (exit 0/1): refused, nothing made."""
    monkeypatch.setattr("ipprules._files.ON_WINDOWS", False)  # a Linux job's paths
    monkeypatch.chdir(tmp_path)
    (tmp_path / "u.txt").write_text("https://item.taobao.com/item.htm?id=1\n", encoding="utf-8")
    argv = [command, "u.txt", "--out", folder]
    if command == "plan":
        (tmp_path / "a.toml").write_text((EXAMPLES / "planner-account.toml").read_text("utf-8"))
        argv += ["--account", "a.toml", "--as-of", "2026-11-23"]
    else:
        argv += ["--workers", "1"]
    code, out, err = run_cli(argv, capsys)
    assert (code, out) == (2, "")
    assert err.startswith(f"ipprules {command}: error: argument --out: ")
    assert "is a Windows path" in err and err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["u.txt"] + (["a.toml"] if command == "plan" else [])
    )


@pytest.mark.parametrize("encoding", ["cp1252", "cp936", "ascii"])
def test_error_line_is_utf8_as_the_output_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, encoding: str
) -> None:
    """stdout is UTF-8 whatever the locale; stderr was left in the console's code page
    (``PYTHONIOENCODING``, a redirected stream on Windows), so ``> log.txt 2>&1`` mixed two
    encodings and an error naming ``计划.toml`` became ``\\u8ba1\\u5212.toml`` under ascii."""
    raw = io.BytesIO()
    stderr = io.TextIOWrapper(raw, encoding=encoding, errors="backslashreplace")
    monkeypatch.setattr(sys, "stderr", stderr)
    missing = tmp_path / "中文 é" / "计划.toml"
    code = main(["check", str(missing)])
    stderr.flush()
    assert code == 2
    err = raw.getvalue().decode("utf-8")  # strict: every byte UTF-8
    assert err.startswith("ipprules: error: ") and f"{missing}: $: cannot read the file" in err


@pytest.mark.parametrize("summary", [[], ["--summary"]])
def test_coverage_csv_lines_end_as_the_other_commands_csv_do(
    capsys: pytest.CaptureFixture[str], summary: list[str]
) -> None:
    """``coverage --format csv`` ended its lines with CR LF where ``check``, ``advise`` and
    ``listings`` end theirs with LF: ``| cut -d, -f16`` gave ``2026-12-02\\r``."""
    argv = ["coverage", str(EXAMPLES / "portfolio.toml"), "--format", "csv", *summary]
    code, out, _ = run_cli(argv, capsys)
    assert code == 1 and out.count("\n") > 2
    assert "\r" not in out
    code, check, _ = run_cli(["check", str(EXAMPLES / "plan.toml"), "--format", "csv"], capsys)
    assert code == 1 and "\r" not in check


@pytest.mark.parametrize("name", ["plan.toml.txt", "PLAN.TOML.TXT"])
def test_a_toml_plan_saved_by_notepad_as_toml_txt_is_told_to_lose_the_txt(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    """Notepad saves ``plan.toml`` typed without quotes as ``plan.toml.txt``: read as JSON, it
    was "not valid JSON: Expecting value (JSON has no comments: delete them ...)", as if the
    file's ``#`` comment were the fault; it names the rename instead."""
    path = tmp_path / name
    path.write_text((EXAMPLES / "plan.toml").read_text("utf-8"), encoding="utf-8")
    code, out, err = run_cli(["check", str(path)], capsys)
    assert (code, out) == (2, "")
    assert err.rstrip().endswith(f"rename the file {name[:-4]}"), err
    assert "JSON has no comments" not in err and err.count("\n") == 1


@pytest.mark.parametrize(
    ("argv", "meant"),
    [
        (["check", str(EXAMPLES / "plan.toml"), "/as-of", "2026-11-23"], "--as-of"),
        (["check", str(EXAMPLES / "plan.toml"), "/format:json"], "--format"),
        (["deadline", "takedown", "/on", "2026-01-02"], "--on"),
    ],
)
def test_a_windows_switch_names_the_option_it_stands_for(
    capsys: pytest.CaptureFixture[str], argv: list[str], meant: str
) -> None:
    """``check plan.toml /as-of 2026-11-23`` (a cmd habit) was told ``(only one PLAN is
    taken)``, as if a second plan were given."""
    code, out, err = run_cli(argv, capsys)
    assert (code, out) == (2, "")
    assert f"(did you mean {meant}? options are written with --, not /)" in err, err
    assert "is taken" not in err and err.count("\n") == 1


@pytest.mark.parametrize("given", ["C:\\Users\\x\\plan.toml", "plans\\plan.toml"])
def test_a_windows_input_path_says_it_is_one(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], given: str
) -> None:
    """``check C:\\Users\\x\\plan.toml`` in a Linux job was "No such file or directory" and
    nothing more: it says the path is a Windows one and how this system writes paths."""
    monkeypatch.setattr("ipprules._files.ON_WINDOWS", False)
    code, out, err = run_cli(["check", given], capsys)
    assert (code, out) == (2, "")
    assert err.startswith(f"ipprules: error: {given}: $: cannot read the file: "), err
    assert err.rstrip().endswith(
        "(a Windows path: this system's paths are written with /, "
        "such as examples/plan.toml or /home/ci/plan.toml)"
    ), err


@pytest.mark.parametrize(
    ("command", "first"),
    [("check", "the plan"), ("coverage", "the portfolio"), ("plan", "the --account file")],
)
def test_as_of_help_says_the_file_date_comes_first(
    capsys: pytest.CaptureFixture[str], command: str, first: str
) -> None:
    """``check --help`` said ``--as-of`` defaults to today; it is the plan's ``as_of`` first
    (docs/quickstart.md), so a cron job that left it out checked as of a fixed day."""
    code, out, _ = run_cli([command, "--help"], capsys)
    assert code == 0
    assert f"default: {first}'s as_of, else today in China, UTC+8; printed" in " ".join(out.split())


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["check", str(EXAMPLES / "plan.toml"), "--format", "json"], 1),
        (["rules", "--format", "json"], 0),
        (["check", "no-such-plan.toml", "--format", "json"], 2),
    ],
)
def test_closed_stderr_keeps_stdout_the_json_document(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], argv: list[str], code: int
) -> None:
    """Run with stderr closed (``2>&-``, a service without one), the ``as of`` notice and the
    error line went to stdout (``print(file=None)``), before the JSON: ``jq`` failed."""
    monkeypatch.setattr(sys, "stderr", None)
    assert main(argv) == code
    out = capsys.readouterr().out
    if code == 2:
        assert out == ""
    else:
        assert isinstance(json.loads(out), dict)
