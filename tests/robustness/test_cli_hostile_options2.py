"""Sweep clihostile2: the CLI options added lately, fed hostile values.

``coverage --summary``, ``--rules`` given several times, ``explain --as-of``, ``rules diff
--against/--to/--separately``, ``rules rule``, ``plan --format json`` (``--open``,
``--history``, ``--account``, ``--supplement``...), ``deadline``/``lifecycle``/
``counter-notice --format json``, ``--interpretation`` and ``--calendar``: each takes an
empty string, a 1 MB value, NUL and control characters, RTL and zero-width marks, a
directory, a missing path, a typo, a binary file, invalid UTF-8, another command's file,
numbers and far dates. Each is refused with exit 2 and one short paragraph naming what is
wrong, never a traceback. A FIFO, ``/dev/zero``, ``/dev/urandom`` and stdin (junk, nothing,
an endless ``yes``) run in a subprocess under a timeout.

``yes | ipprules plan ... --open -`` kept every line of its 64 MiB (33 million ``y``, ~2 GB)
before the size cap: ``--open`` now keeps its listings only and counts the other lines.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .test_hostile_10 import _run

EX = Path(__file__).resolve().parents[2] / "examples"
_BIG = "x" * (1 << 20)

#: Values that are not a file (for a file option) nor a date (for a date option).
_TEXT = {
    "empty": "",
    "big": _BIG,
    "nul": "a\x00b",
    "ctrl": "a\x1b[31mb\x07",
    "rtl": "\u202eabc\u200b",
    "neg": "-5",
    "zero": "0",
    "huge": "9" * 400,
}
_DATES = {**_TEXT, "d1": "0001-01-01", "d9": "9999-12-31", "feb30": "2026-02-30"}
#: Paths made in the test's directory (see ``_files``), or shipped ones of the wrong kind.
_PATHS = ("dir", "missing", "typo", "binary", "not-utf8", "history", "plan")
_FILES = (*_PATHS, "empty", "big", "nul", "ctrl", "rtl")
#: A plan is a portfolio (coverage), a plan (check) and an account (plan --account).
_NOT_PLAN = tuple(k for k in _FILES if k != "plan")

_PLAN = [
    "plan",
    str(EX / "planner-urls.csv"),
    "--account",
    str(EX / "planner-account.toml"),
    "--as-of",
    "2026-06-01",
    "--format",
    "json",
]
_COVERAGE = ["coverage", str(EX / "portfolio.toml"), "--summary", "--as-of", "2026-06-01"]
_CN = ["counter-notice", str(EX / "counter-notice-1688.toml"), "--format", "json"]
_LIFE = ["lifecycle", str(EX / "lifecycle-counter-notice.json"), "--format", "json"]
_DEADLINE = ["deadline", "takedown", "--on", "2026-06-01", "--format", "json"]

#: (name, arguments, the option given the value (None: the value is the last argument),
#: the kinds of value it is given).
SLOTS: list[tuple[str, list[str], str | None, tuple[str, ...]]] = [
    ("coverage-rules", _COVERAGE, "--rules", _FILES),
    ("coverage-as-of", _COVERAGE[:3], "--as-of", tuple(_DATES)),
    ("coverage-horizon", _COVERAGE, "--horizon", (*(k for k in _TEXT if k != "zero"), "d9")),
    ("coverage-platform", _COVERAGE, "--platform", tuple(_TEXT)),
    ("coverage-interpretation", _COVERAGE, "--interpretation", tuple(_TEXT)),
    ("coverage-file", ["coverage", "--summary", "--format", "json"], None, _NOT_PLAN),
    ("explain-as-of", ["explain", "listing-wrong-platform"], "--as-of", tuple(_DATES)),
    ("explain-rules", ["explain", "listing-wrong-platform"], "--rules", _FILES),
    ("explain-code", ["explain", "--format", "json"], None, tuple(_TEXT)),
    ("diff-against", ["rules", "diff", "--as-of", "2026-01-01"], "--against", _FILES),
    (
        "diff-separately-rules",
        ["rules", "diff", "--separately", "--against", str(EX / "rules-override.toml")],
        "--rules",
        _FILES,
    ),
    ("diff-to", ["rules", "diff", "--as-of", "2026-01-01"], "--to", tuple(_DATES)),
    ("rules-rule", ["rules", "rule"], None, tuple(_TEXT)),
    ("rules-rule-as-of", ["rules", "rule", "R47"], "--as-of", tuple(_DATES)),
    ("rules-section", ["rules", "section"], None, tuple(_TEXT)),
    ("rules-platform", ["rules", "platform"], None, tuple(_TEXT)),
    ("rules-trial-years", ["rules", "--as-of", "2026-01-01"], "--trial-years", (*_TEXT, "d1")),
    ("rules-interpretation", ["rules"], "--interpretation", tuple(_TEXT)),
    ("check-rules", ["check", str(EX / "plan.toml"), "--format", "json"], "--rules", _FILES),
    ("check-file", ["check", "--as-of", "2026-06-01", "--format", "json"], None, _NOT_PLAN),
    ("deadline-on", _DEADLINE[:2] + _DEADLINE[4:], "--on", tuple(_DATES)),
    ("deadline-calendar", _DEADLINE, "--calendar", _FILES),
    ("deadline-platform", _DEADLINE, "--platform", tuple(_TEXT)),
    ("deadline-event", ["deadline", "--format", "json"], None, tuple(_TEXT)),
    ("deadline-rules", _DEADLINE, "--rules", _FILES),
    ("lifecycle-file", ["lifecycle", "--format", "json"], None, _FILES),
    ("lifecycle-events", ["lifecycle", "--on", "2026-06-01"], "--events", tuple(_TEXT)),
    ("lifecycle-on", ["lifecycle", "--events", "takedown"], "--on", tuple(_DATES)),
    ("lifecycle-ipr-submitted", _LIFE, "--ipr-submitted", tuple(_DATES)),
    ("lifecycle-notice-received", _LIFE, "--notice-received", tuple(_DATES)),
    ("lifecycle-calendar", _LIFE, "--calendar", _FILES),
    ("lifecycle-rules", _LIFE, "--rules", _FILES),
    ("counter-notice-file", ["counter-notice", "--format", "json"], None, _FILES),
    ("counter-notice-calendar", _CN, "--calendar", _FILES),
    ("counter-notice-rules", _CN, "--rules", _FILES),
    ("counter-notice-interpretation", _CN, "--interpretation", tuple(_TEXT)),
    ("plan-history", _PLAN, "--history", tuple(k for k in _FILES if k != "history")),
    ("plan-open", _PLAN, "--open", _FILES),
    ("plan-account", _PLAN[:2] + _PLAN[4:], "--account", _NOT_PLAN),
    ("plan-rules", _PLAN, "--rules", _FILES),
    ("plan-supplement", _PLAN, "--supplement", ("empty", "nul", "ctrl", "rtl")),
    ("plan-quarantine", [*_PLAN, "--strategy", "protect"], "--quarantine-below", ("neg", "huge")),
    ("plan-right", _PLAN, "--right", tuple(_TEXT)),
    ("plan-reason", _PLAN, "--reason", tuple(_TEXT)),
    ("plan-workers", _PLAN, "--workers", tuple(_TEXT)),
    ("plan-max-bytes", _PLAN, "--max-bytes", tuple(_TEXT)),
    ("good-faith-rules", ["good-faith", str(EX / "history.csv")], "--rules", _FILES),
]

CASES = [
    pytest.param(argv, option, kind, id=f"{name}-{kind}")
    for name, argv, option, kinds in SLOTS
    for kind in kinds
]


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The paths the file options are given."""
    root = tmp_path_factory.mktemp("hostile2")
    (root / "adir").mkdir()
    (root / "binary.toml").write_bytes(bytes(range(256)) * 16)
    (root / "bad.toml").write_bytes(b'name = "\xff\xfe"\n')
    return {
        "dir": str(root / "adir"),
        "missing": str(root / "nope.toml"),
        "typo": str(EX / "portfolio.tomll"),
        "binary": str(root / "binary.toml"),
        "not-utf8": str(root / "bad.toml"),
        "history": str(EX / "history.csv"),
        "plan": str(EX / "plan.toml"),
    }


@pytest.mark.no_cover
@pytest.mark.parametrize(("argv", "option", "kind"), CASES)
def test_a_hostile_value_is_refused_in_one_paragraph(
    argv: list[str],
    option: str | None,
    kind: str,
    files: dict[str, str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    value = files[kind] if kind in _PATHS else _DATES[kind]
    code, err = _run([*argv, *((option, value) if option else (value,))], capsys)
    assert code == 2, (code, err[:500])
    assert "Traceback" not in err and err.strip() and len(err) < 2000
    # one paragraph: the error, then each error of a document on a line of its own
    assert "\n\n" not in err.strip() and err.count("\n") <= 12
    assert "\x00" not in err and "\x1b" not in err and "\u202e" not in err
    if kind in _PATHS:
        assert value in err or Path(value).name in err, err


@pytest.mark.parametrize(
    ("argv", "option"),
    [
        pytest.param(["coverage", str(EX / "portfolio.toml")], "--rules", id="coverage"),
        pytest.param(_DEADLINE, "--rules", id="deadline"),
        pytest.param(_LIFE, "--rules", id="lifecycle"),
        pytest.param(["explain", "listing-wrong-platform"], "--rules", id="explain"),
    ],
)
def test_a_second_rules_file_of_the_wrong_kind_is_named(
    argv: list[str], option: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--rules`` given several times (the layering): the second file, a plan, is the one
    named; the first, a good rules file, is read."""
    wrong = str(EX / "plan.toml")
    code, err = _run([*argv, option, str(EX / "rules-override.toml"), option, wrong], capsys)
    assert code == 2 and wrong in err and "Traceback" not in err


@pytest.mark.parametrize(
    ("option", "value"),
    [("--interpretation", "official"), ("--on", "2026-06-02"), ("--calendar", "china")],
)
def test_a_value_option_given_twice_with_two_values_is_refused(
    option: str, value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    first = {"--interpretation": "brief", "--on": "2026-06-01", "--calendar": "weekends"}[option]
    code, err = _run(["deadline", "takedown", option, first, option, value], capsys)
    assert code == 2 and "given twice" in err and option in err


def test_open_keeps_its_listings_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``yes | ipprules plan ... --open -`` kept every line that holds no listing (64 MiB of
    ``y``: ~2 GB) though such a line skips nothing; now they are counted, not kept."""
    from ipprules.cli._common import flush_notices
    from ipprules.cli.plan import _open_listings

    listing = "https://item.taobao.com/item.htm?id=606832683299"
    path = tmp_path / "open.txt"
    path.write_text("y\n" * 500 + listing + "\n" + "n\n" * 499, encoding="utf-8")
    assert _open_listings(str(path)) == [listing]
    flush_notices()
    err = capsys.readouterr().err
    assert "999 of 1000 line(s) hold no listing" in err and "(the first: line 1)" in err


# ------------------------------------------------------------ FIFOs, devices and stdin

_ENV = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}


def _cli(argv: list[str], **kwargs: object) -> tuple[int, str]:
    done = subprocess.run(
        [sys.executable, "-m", "ipprules", *argv],
        capture_output=True,
        timeout=60,
        env=_ENV,
        check=False,
        **kwargs,  # type: ignore[call-overload]
    )
    return done.returncode, done.stderr.decode("utf-8", "replace")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize(
    ("argv", "option", "device"),
    [
        pytest.param(_COVERAGE, "--rules", None, id="coverage-rules-fifo"),
        pytest.param(_PLAN, "--open", None, id="plan-open-fifo"),
        pytest.param(["counter-notice"], None, "/dev/zero", id="counter-notice-zero"),
        pytest.param(["rules", "diff"], "--against", "/dev/urandom", id="diff-against-urandom"),
    ],
)
def test_a_fifo_or_device_is_refused_at_once(
    argv: list[str], option: str | None, device: str | None, tmp_path: Path
) -> None:
    if device is None:
        device = str(tmp_path / "in.toml")
        os.mkfifo(device)
    code, err = _cli([*argv, *((option, device) if option else (device,))])
    assert code == 2 and device in err and "not a regular file" in err, err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("argv", "option", "stdin", "said"),
    [
        pytest.param(_CN[:1], None, b"\xff\x00junk\n[[[\n", "not UTF-8", id="counter-notice-junk"),
        pytest.param(["lifecycle"], None, b"", "<stdin>", id="lifecycle-nothing"),
        pytest.param(_COVERAGE, "--rules", "yes", "larger than 64 MiB", id="coverage-rules-yes"),
        pytest.param(
            [*_PLAN, "--max-bytes", "64K"], "--open", "yes", "larger than 64 KiB", id="open-yes"
        ),
    ],
)
def test_stdin_junk_nothing_or_endless_is_refused(
    argv: list[str], option: str | None, stdin: bytes | str, said: str
) -> None:
    command = [*argv, *((option, "-") if option else ("-",))]
    if stdin != "yes":
        code, err = _cli(command, input=stdin)
    elif shutil.which("yes") is None:
        pytest.skip("no yes here")
    else:
        with subprocess.Popen(["yes"], stdout=subprocess.PIPE) as endless:
            try:
                code, err = _cli(command, stdin=endless.stdout)
            finally:
                endless.kill()
    assert code == 2 and said in err, err
    assert "Traceback" not in err and len(err) < 2000


def test_json_is_written_in_large_pieces() -> None:
    """``plan --format json`` of 100,000 lines that hold no listing (``yes | ipprules plan -
    --format json``) made 3.7 million writes, one per piece of the encoder (json.dump): most
    of its time. The same text now goes out 64 KiB at a time."""
    from ipprules.cli._common import print_json

    class Counted(io.StringIO):
        writes = 0

        def write(self, text: str) -> int:
            Counted.writes += 1
            return super().write(text)

    data = {"lines": [{"line": n, "code": "listing:not-a-url", "url": "y"} for n in range(5000)]}
    out = Counted()
    print_json(data, out)
    assert out.getvalue() == json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    assert Counted.writes <= len(out.getvalue()) // (1 << 16) + 2
