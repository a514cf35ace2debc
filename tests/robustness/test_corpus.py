"""A generated junk corpus pushed through every subcommand that reads a file.

Each run must end with exit code 0, 1 or 2 (2 for what is certainly unusable), print no
traceback, name the file when it refuses it, and finish within a time bound. A few runs go
through a subprocess to bound memory (``resource.getrusage``) and to feed endless stdin.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from ipprules.cli import main

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
SECONDS = 20

#: name -> (content builder, certainly unusable for every reader)
JUNK: dict[str, tuple[Callable[[Path], None], bool]] = {}


def _file(name: str, data: bytes | str, unusable: bool = True) -> None:
    blob = data.encode("utf-8") if isinstance(data, str) else data

    def build(path: Path) -> None:
        path.write_bytes(blob)

    JUNK[name] = (build, unusable)


_file("empty.json", b"", unusable=False)
_file("bom-only.toml", b"\xef\xbb\xbf", unusable=False)
_file("utf16.json", '{"a": 1}\n'.encode("utf-16"))
_file("nul.csv", b"date,kind\n2024-01-02,\x00general\n")
_file("bad-utf8.toml", b'name = "caf\xe9"\n')
_file("random.bin", bytes(range(256)) * 40)
_file("deep.json", "[" * 5000 + "]" * 5000)
_file("deep.toml", "a = " + "[" * 5000 + "]" * 5000 + "\n")
_file("dotted.toml", "a" + ".a" * 3000 + " = 1\n")
_file("huge-int.json", '{"as_of": "2024-01-02", "n": ' + "9" * 5000 + "}")
_file("nan.json", '{"as_of": NaN, "x": Infinity}')
_file("nan.toml", "x = nan\ny = inf\n")
_file("shape-list.json", "[]", unusable=False)
_file("shape-str.json", '"x"', unusable=False)
_file("shape-null.json", "null", unusable=False)
_file(
    "shape-deep.json",
    json.dumps({"account": {"rights": [{"id": [[["x"]]]}]}, "complaints": {}}),
    unusable=False,
)
_file(
    "far-dates.csv", "date,kind,platform,points\n9999-12-31,general,aliexpress,3\n", unusable=False
)
_file(
    "week-dates.csv",
    "type,date,platform,reason_code,listings\ncomplaint,2022-W03-4,taobao,x,1\n",
    unusable=False,
)
_file(
    "counts.csv",
    "type,date,platform,reason_code,listings,taken_down\ncomplaint,2022-01-03,taobao,x,-5,"
    + "1" * 40
    + "\n",
    unusable=False,
)
_file(
    "quoted-newline.csv",
    'url,reason\n"https://item.taobao.com/item.htm?\nid=1",x\n',
    unusable=False,
)
_file(
    "big-cell.csv",
    "url,notes\nhttps://item.taobao.com/item.htm?id=606832683299," + "x" * 200_000 + "\n",
    unusable=False,
)
_file("unclosed-quote.csv", 'url,notes\n"https://x\n', unusable=False)
_file(
    "long-string.json",
    json.dumps({"as_of": "2024-01-02", "account": {"name": "x" * 2_000_000}}),
    unusable=False,
)


def _directory(path: Path) -> None:
    path.mkdir()


def _fifo(path: Path) -> None:
    os.mkfifo(path)


JUNK["a-directory"] = (_directory, True)
if hasattr(os, "mkfifo"):
    JUNK["fifo.json"] = (_fifo, True)


#: Junk that no reader can take (the bytes or the file kind are wrong).
BYTES_JUNK = {"utf16.json", "nul.csv", "bad-utf8.toml", "random.bin", "a-directory", "fifo.json"}
#: Slots that read plain lines (URL lists): any UTF-8 text is usable there.
TEXT_SLOTS = {"listings", "plan input", "plan --open"}

#: argv templates; "{f}" is the junk file.
SLOTS: dict[str, list[str]] = {
    "check": ["check", "{f}", "--as-of", "2026-11-23"],
    "coverage": ["coverage", "{f}", "--as-of", "2026-11-23"],
    "listings": ["listings", "{f}"],
    "good-faith": ["good-faith", "{f}", "--as-of", "2024-01-02"],
    "good-faith --what-if": [
        "good-faith",
        str(EXAMPLES / "history.csv"),
        "--what-if",
        "{f}",
        "--as-of",
        "2024-01-02",
    ],
    "penalties": ["penalties", "{f}", "--platform", "aliexpress", "--as-of", "2024-06-01"],
    "lifecycle": ["lifecycle", "{f}"],
    "counter-notice": ["counter-notice", "{f}"],
    "deadline --calendar": ["deadline", "takedown", "--on", "2024-01-02", "--calendar", "{f}"],
    "plan input": [
        "plan",
        "{f}",
        "--account",
        str(EXAMPLES / "planner-account.toml"),
        "--as-of",
        "2026-11-23",
    ],
    "plan --account": [
        "plan",
        str(EXAMPLES / "planner-urls.csv"),
        "--account",
        "{f}",
        "--as-of",
        "2026-11-23",
    ],
    "plan --open": [
        "plan",
        str(EXAMPLES / "planner-urls.csv"),
        "--account",
        str(EXAMPLES / "planner-account.toml"),
        "--as-of",
        "2026-11-23",
        "--open",
        "{f}",
    ],
    "rules --rules": ["rules", "--rules", "{f}", "--as-of", "2024-01-02"],
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("junk")
    paths = {}
    for name, (build, _) in JUNK.items():
        path = folder / name
        build(path)
        paths[name] = path
    return paths


class _Hang(BaseException):  # not an Exception: the CLI's last-resort handler must not eat it
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _Hang


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, float]:
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(SECONDS)
    started = time.perf_counter()
    try:
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse's own refusals
            code = exc.code if isinstance(exc.code, int) else 2
    except _Hang:
        pytest.fail(f"ipprules {' '.join(argv)} ran past {SECONDS} s")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    elapsed = time.perf_counter() - started
    _, err = capsys.readouterr()
    return code, err, elapsed


@pytest.mark.no_cover
@pytest.mark.parametrize("slot", sorted(SLOTS))
def test_junk_through_every_file_argument(
    slot: str, corpus: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    failures = []
    for name, path in corpus.items():
        argv = [str(path) if part == "{f}" else part for part in SLOTS[slot]]
        code, err, elapsed = _run(argv, capsys)
        unusable = name in BYTES_JUNK if slot in TEXT_SLOTS else JUNK[name][1]
        problems = []
        if "Traceback" in err or "unexpected failure" in err:
            problems.append("traceback or unexpected failure")
        if code not in (0, 1, 2):
            problems.append(f"exit {code}")
        if unusable and code != 2:
            problems.append(f"exit {code}, expected 2")
        if code == 2 and name not in err and ": error: argument" not in err:
            problems.append("the message does not name the file")
        if elapsed > SECONDS:
            problems.append(f"{elapsed:.1f} s")
        if problems:
            failures.append(f"{name}: {', '.join(problems)}: {err.strip()[:300]}")
    assert not failures, "\n".join(failures)


def test_missing_file_is_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "absent.toml"
    for slot, template in SLOTS.items():
        argv = [str(missing) if part == "{f}" else part for part in template]
        code, err, _ = _run(argv, capsys)
        assert code == 2, slot
        assert "absent.toml" in err and "cannot read the file" in err, (slot, err)


def _child(
    argv: list[str], stdin: int | None = None
) -> tuple[subprocess.CompletedProcess[str], int]:
    """Run the CLI in a fresh interpreter; its peak memory in bytes (Linux: ru_maxrss in KiB)."""
    code = (
        "import resource, sys\n"
        "from ipprules.cli import main\n"
        "try:\n"
        "    rc = main(sys.argv[1:])\n"
        "except SystemExit as exc:\n"
        "    rc = exc.code\n"
        "sys.stdout.flush()\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
        "sys.exit(rc)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, *argv],
        stdin=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    peak = int(result.stderr.strip().splitlines()[-1]) * 1024
    return result, peak


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_endless_stdin_stops_at_the_cap_with_bounded_memory() -> None:
    with open("/dev/zero", "rb") as zero:
        result, peak = _child(["listings", "-", "--max-bytes", "512K"], stdin=zero.fileno())
    assert result.returncode == 2
    assert "larger than 512 KiB" in result.stderr
    assert peak < 1536 * 1024 * 1024
    assert "Traceback" not in result.stderr


def test_large_junk_file_bounded_memory(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_text('{"as_of": "2024-01-02", "note": "' + "x" * 10_000_000 + '"}', encoding="utf-8")
    result, peak = _child(["check", str(big)])
    assert result.returncode == 2 and "big.json" in result.stderr
    assert "Traceback" not in result.stderr
    assert peak < 1536 * 1024 * 1024


def test_override_that_replaces_a_section_is_blamed(tmp_path: Path, capsys) -> None:
    override = tmp_path / "mine.toml"
    override.write_text(
        'replace = ["platforms"]\n\n[[platforms]]\nid = "taobao"\nname = "Taobao"\ngroup = "tao"\n'
        'country = "CN"\nstorefront_complaints = "yes"\neffective_from = "2015-01-06"\n'
        'sources = ["BRIEF"]\nconfidence = "official"\n',
        encoding="utf-8",
    )
    code, err, _ = _run(["rules", "--rules", str(override), "--as-of", "2024-01-02"], capsys)
    assert code == 2
    lines = err.strip().splitlines()
    assert lines and all(str(override) in line for line in lines)
    assert "$.replace" in lines[0] and "rule book's own data" in lines[0]
