"""CLI hygiene: exit 2 and one line for unusable input, pipes, UTF-8 output, usage."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

import ipprules
from _signals import default_sigint
from ipprules.cli import main

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_listings_refuses_invalid_utf8_with_line_and_column(tmp_path: Path, capsys) -> None:
    path = tmp_path / "urls.txt"
    path.write_bytes(b"https://detail.tmall.com/item.htm?id=1\nhttps://x.\xfftmall.com/\n")
    code, out, err = _run(capsys, "listings", str(path))
    assert code == 2 and out == ""
    assert f"{path}:2:11:" in err and "not UTF-8" in err
    assert "Traceback" not in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_argument_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "plan.toml"
    os.mkfifo(fifo)
    result = subprocess.run(
        [sys.executable, "-m", "ipprules", "check", str(fifo), "--as-of", "2026-01-01"],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 2
    assert "FIFO" in result.stderr and str(fifo) in result.stderr


def test_max_bytes_is_offered_by_the_commands_that_read_files_only(capsys) -> None:
    """``schema`` prints shipped schemas and reads no file: it offered ``--max-bytes`` all the
    same ("refuse input files larger than this"). The commands that read files keep it."""
    from ipprules.cli import build_parser

    commands = {
        name: sub
        for action in build_parser()._subparsers._group_actions  # type: ignore[union-attr]
        for name, sub in getattr(action, "choices", {}).items()
    }
    offers = {name for name, sub in commands.items() if "--max-bytes" in sub.format_help()}
    assert offers == set(commands) - {"schema", "version"}
    with pytest.raises(SystemExit) as exited:
        main(["schema", "plan", "--max-bytes", "1M"])
    out, err = capsys.readouterr()
    assert exited.value.code == 2 and out == "" and "unrecognized arguments: --max-bytes" in err


def test_max_bytes_option(tmp_path: Path, capsys) -> None:
    path = tmp_path / "urls.txt"
    path.write_text("https://detail.tmall.com/item.htm?id=1\n" * 100, encoding="utf-8")
    code, _, err = _run(capsys, "listings", str(path), "--max-bytes", "1K")
    assert code == 2 and "larger than 1 KiB" in err and str(path) in err
    code, out, err = _run(capsys, "listings", str(path), "--max-bytes", "1M")
    assert code in (0, 1) and "larger" not in err and out.count("\n") > 100
    with pytest.raises(SystemExit) as info:
        main(["listings", str(path), "--max-bytes", "0"])
    assert info.value.code == 2
    assert "not a size" in capsys.readouterr().err


def test_unknown_option_is_one_line_naming_the_subcommand(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main(["rules", "reasons", "--bogus"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err == "ipprules rules: error: unrecognized arguments: --bogus\n"


_COMMANDS = [
    "rules",
    "check",
    "advise",
    "explain",
    "listings",
    "good-faith",
    "deadline",
    "lifecycle",
    "penalties",
    "plan",
    "schema",
    "coverage",
    "counter-notice",
    "version",
]


@pytest.mark.parametrize("command", _COMMANDS)
@pytest.mark.parametrize(
    ("option", "fragment"),
    [
        # `schema` reads no file and has no --max-bytes: the option itself is unknown there
        (["--max-bytes", "lots"], "argument --max-bytes: |unrecognized arguments: --max-bytes"),
        # a command that needs a file names what is missing first
        (["--no-such-option"], "unrecognized arguments: --no-such-option|arguments are required"),
    ],
)
def test_an_option_error_is_one_line_without_usage(
    capsys, command: str, option: list[str], fragment: str
) -> None:
    with pytest.raises(SystemExit) as info:
        main([command, *option])
    assert info.value.code == 2
    out, err = capsys.readouterr()
    assert out == "" and "usage:" not in err
    assert err.count("\n") == 1 and err.startswith(f"ipprules {command}: error: "), err
    assert re.search(fragment, err), err


def test_every_subcommand_is_in_the_option_error_test() -> None:
    from ipprules.cli import _COMMANDS as registered

    assert [name for name, _ in registered] == _COMMANDS


def test_a_bad_command_is_one_line(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main(["nosuch"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("ipprules: error: argument COMMAND: invalid choice: 'nosuch'")
    assert err.count("\n") == 1


def test_help_still_shows_the_usage(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main(["penalties", "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: ipprules penalties") and "--platform ID" in out


def test_closed_pipe_keeps_the_exit_code() -> None:
    """``check ... | head -1`` keeps exit code 1 (findings), with nothing on stderr."""
    command = (
        f"{sys.executable} -m ipprules check --example --as-of 2026-11-23 | head -c 1 >/dev/null;"
        ' echo "rc=${PIPESTATUS[0]}"'
    )
    result = subprocess.run(
        ["bash", "-c", command], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.stdout.strip() == "rc=1"
    assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr


def test_output_is_utf8_whatever_the_locale() -> None:
    env = dict(os.environ, PYTHONIOENCODING="ascii", LC_ALL="C", LANG="C")
    result = subprocess.run(
        [sys.executable, "-m", "ipprules", "rules", "--as-of", "2023-01-01"],
        capture_output=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "·".encode() in result.stdout  # written as UTF-8, not refused by the ascii codec


def test_unexpected_failures_are_one_line(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    import ipprules.cli.rules as rules_cli

    for exc in (RecursionError("deep"), MemoryError(), OverflowError("big"), KeyError("x")):

        def boom(args, exc=exc):
            raise exc

        monkeypatch.setattr(rules_cli, "run", boom)
        code, _, err = _run(capsys, "rules")
        assert code == 2
        assert err.startswith("ipprules rules: error:") and err.count("\n") == 1


@pytest.mark.parametrize("value", ["9999-12-31", "1899-12-31", "2022-W03-4", "2022-1-1", ""])
@pytest.mark.parametrize(
    "command", [["rules"], ["check", "--example"], ["penalties", "x.csv", "--platform", "taobao"]]
)
def test_date_options_are_range_checked(capsys, command: list[str], value: str) -> None:
    try:
        code = main([*command, "--as-of", value])
    except SystemExit as exc:  # argparse refuses what is not a date
        code = exc.code
    assert code == 2
    err = capsys.readouterr().err
    said = ("not a date", "outside 1900-01-01", "an empty value (expected a date")
    assert "--as-of" in err and any(words in err for words in said)


@pytest.mark.parametrize("value", ["1/0", "1e-999999999", "2", "-0.1", "nan", "0x1"])
def test_quarantine_below_is_a_share(capsys, value: str) -> None:
    with pytest.raises(SystemExit) as info:
        main(["plan", "urls.txt", "--account", "a.toml", "--quarantine-below", value])
    assert info.value.code == 2
    assert "not a number from 0 to 1" in capsys.readouterr().err


def _shell(command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", command], capture_output=True, text=True, timeout=60, check=False
    )


def test_closed_stdout_keeps_the_exit_code() -> None:
    """Started with stdout closed (``>&-``): the output is dropped, the exit code kept."""
    result = _shell(f"{sys.executable} -m ipprules check --example --as-of 2026-11-23 >&-")
    assert result.returncode == 1, result.stderr
    assert result.stderr == ""


def test_closed_stdin_is_named() -> None:
    result = _shell(f"{sys.executable} -m ipprules listings - <&-")
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "ipprules: error: <stdin>: $: standard input is closed: give a file, or pipe the input in"
    )


def test_ctrl_c_is_one_line_and_exit_130(tmp_path: Path) -> None:
    """Interrupted (SIGINT) in the middle of a long run: one line, exit 130, no traceback.
    The signal is sent once the command has written its first result (not after a fixed
    time, which a loaded machine may spend importing). The child starts with SIGINT at its
    default (a shell's background job ignores it, and Python then never installs its
    handler: the run went on to the end and exited 0)."""
    big = tmp_path / "big.txt"
    big.write_text("https://item.taobao.com/item.htm?id=606832683299\n" * 1_000_000)
    env = {**os.environ, "PYTHONPATH": str(Path(ipprules.__file__).parents[1])}
    with subprocess.Popen(
        [sys.executable, "-m", "ipprules", "listings", str(big)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        preexec_fn=default_sigint,
    ) as proc:
        assert proc.stdout is not None
        assert proc.stdout.readline()  # the run has started
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert err.strip() == "ipprules listings: interrupted"


@pytest.mark.parametrize(
    ("name", "text", "command", "expected"),
    [
        (
            "dup.json",
            '{"as_of": "2026-11-23", "as_of": "2026-11-24"}',
            "check",
            "dup.json:1:25: $: not valid JSON: the key 'as_of' is given twice in one object "
            "(first on line 1)",
        ),
        (
            "dup-nested.json",
            '{"account": {"name": "a"},\n"rights": [{"id": "x",\n   "id": "y"}],\n'
            ' "a b": {"c": [1, {"d d": 0, "d d": 1}]}}',
            "check",
            "dup-nested.json:3:4: $.rights[0]: not valid JSON: the key 'id' is given twice in "
            "one object (first on line 2)",
        ),
        (
            "dup-quoted.json",
            '{"a b": {"c": [1, {"d d": 0,\n"d d": 1}]}, "a b": 2}',
            "check",
            "dup-quoted.json:2:1: $['a b'].c[1]: not valid JSON: the key 'd d' is given twice",
        ),
        (
            "dup.jsonl",
            '{"url": "https://item.taobao.com/item.htm?id=606832683299", "url": "x"}\n',
            "listings",
            "dup.jsonl:1:61: $: not valid JSON: the key 'url' is given twice in one object "
            "(first on line 1)",
        ),
        (
            "dup-history.jsonl",
            '{"date": "2026-01-05", "platform": "taobao", "reason_code": "tm_counterfeit", '
            '"listings": 1, "listings": 2, "taken_down": 1}\n',
            "good-faith",
            "dup-history.jsonl:1:94: $: not valid JSON: the key 'listings' is given twice",
        ),
        (
            "dup-nested.jsonl",
            '{"url": "https://item.taobao.com/item.htm?id=606832683299"}\n'
            '{"url": "x", "meta": {"a": 1, "a": 2}}\n',
            "listings",
            "dup-nested.jsonl:2:31: $.meta: not valid JSON: the key 'a' is given twice",
        ),
        ("top.json", "[]", "check", "top.json:1:1: $: expected a table (an object), got an array"),
        ("top.toml", "", "check", "top.toml"),
        (
            "big.json",
            '{"as_of": "2026-11-23",\n"x": ' + "9" * 5000 + "}",
            "check",
            "big.json:2:6: $: not valid JSON: a number with more than 100 digits",
        ),
        (
            "big.toml",
            "as_of = 2026-11-23\ncomplaints_filed = " + "9" * 5000 + "\n",
            "check",
            "big.toml:2: $: not valid TOML: a number with more than 4,300 digits",
        ),
    ],
)
def test_json_and_toml_edge_values_are_located(
    tmp_path: Path, capsys, name: str, text: str, command: str, expected: str
) -> None:
    """Duplicate keys (the last would win silently), numbers Python refuses to convert, a
    top level that is not a table: exit 2, the file and line named, no Python advice."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    extra = ["--as-of", "2026-11-23"] if command == "good-faith" else []
    code, _, err = _run(capsys, command, str(path), *extra)
    assert code == 2
    assert expected in err
    assert "sys.set_int_max_str_digits" not in err and "object has no attribute" not in err


def test_escape_sequences_from_the_input_are_shown_not_obeyed(tmp_path: Path, capsys) -> None:
    """A URL holding a terminal escape (clear the screen, set the title) is printed escaped
    in the text tables (plan here; every table goes through the same cell)."""
    path = tmp_path / "esc.csv"
    path.write_text(
        'url\n"\x1b[2J\x1b]0;pwned\x07https://item.taobao.com/item.htm?id=1"\n', encoding="utf-8"
    )
    account = str(EXAMPLES / "planner-account.toml")
    code, out, _ = _run(capsys, "plan", str(path), "--account", account, "--as-of", "2026-11-23")
    assert code == 1
    assert "\x1b" not in out and "\x07" not in out
    assert "\\x1b[2J\\x1b]0;pwned\\x07" in out
