"""Every CLI command that reads a file, times every hostile file (sweep inputs34).

Each file argument of ``ipprules --help``'s commands (the main file and the options that
read one: ``--rules``, ``--against``, ``--what-if``, ``--calendar``, ``--account``,
``--history``, ``--open``) is given the same hostile files: nothing, a byte order mark
alone, UTF-16 with and without its mark, Latin-1, a NUL, bare carriage returns, CRLF and
mixed line ends, a 3 MiB line, a 50 MB line over ``--max-bytes``, nesting past the depth
cap, another format's document (TOML or JSON where CSV is read, CSV where a document is), a
directory, a missing file, a FIFO, endless standard input, and dates out of range or not
dates at all. A refusal is exit code 2, nothing on stdout, the file named (with its line
where there is one) on one line of stderr, no traceback. A file that only has other line
ends is read as the same file with LF ones. In-process (``main()``); the one subprocess
test pipes ``/dev/zero`` and ``yes`` into a real process.

Each CSV file argument (inputs39) also gets its hostile files split by ``;``, by tabs and
after an Excel ``sep=;`` line, and must answer as the comma file does (same exit code, same
output, same lines and columns); ``sep=`` lines that name no delimiter read are said to be
one, and a ``;`` history is written with commas as it is read, not held whole.
"""

from __future__ import annotations

import io
import itertools
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from _hypothesis_profiles import CAPS, profile_name
from ipprules.cli import main
from ipprules.goodfaith._commas import by_commas

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
ACCOUNT = str(EXAMPLES / "planner-account.toml")
URLS = str(EXAMPLES / "urls.txt")


class Slot:
    """A file argument of one command: how to call it with a file, the example it reads, and
    what its files are (``document``: TOML/JSON; ``table``: CSV, JSON Lines or, by its
    content, lines; ``lines``: a ``.txt`` file, read line by line whatever it holds)."""

    def __init__(self, argv: Callable[[str], list[str]], example: str, kind: str) -> None:
        self.argv, self.example, self.kind = argv, example, kind

    @property
    def suffix(self) -> str:
        return "".join(Path(self.example).suffixes)


SLOTS = {
    "check PLAN": Slot(lambda p: ["check", p], "plan.toml", "document"),
    "check --rules": Slot(
        lambda p: ["check", "--rules", p, str(EXAMPLES / "plan.toml")],
        "rules-override.toml",
        "document",
    ),
    "rules --rules": Slot(lambda p: ["rules", "--rules", p], "rules-override.toml", "document"),
    "rules diff --against": Slot(
        lambda p: ["rules", "diff", "--against", p], "rules-override.toml", "document"
    ),
    "advise --rules": Slot(
        lambda p: ["advise", "--ipr-type", "trademark", "--platform", "taobao", "--rules", p],
        "rules-override.toml",
        "document",
    ),
    "listings FILE": Slot(lambda p: ["listings", p], "urls.txt", "lines"),
    "listings CSV": Slot(lambda p: ["listings", p], "planner-urls.csv", "table"),
    "listings JSONL": Slot(lambda p: ["listings", p], "planner-urls.jsonl", "table"),
    "good-faith HISTORY": Slot(
        lambda p: ["good-faith", p, "--as-of", "2026-12-01"], "history.csv", "table"
    ),
    "good-faith --what-if": Slot(
        lambda p: (
            ["good-faith", str(EXAMPLES / "history.csv"), "--as-of", "2026-12-01", "--what-if", p]
        ),
        "what-if.toml",
        "document",
    ),
    "deadline --calendar": Slot(
        lambda p: ["deadline", "takedown", "--on", "2024-09-27", "--calendar", p],
        "calendar.toml",
        "document",
    ),
    "lifecycle EVENTS_FILE": Slot(
        lambda p: ["lifecycle", p], "lifecycle-counter-notice.json", "document"
    ),
    "lifecycle --calendar": Slot(
        lambda p: (
            [
                "lifecycle",
                "--events",
                "ipr_verified,takedown",
                "--on",
                "2024-09-27,2024-10-08",
                "--calendar",
                p,
            ]
        ),
        "calendar.toml",
        "document",
    ),
    "counter-notice FILE": Slot(
        lambda p: ["counter-notice", p], "counter-notice-alibaba.toml", "document"
    ),
    "counter-notice --calendar": Slot(
        lambda p: (
            ["counter-notice", str(EXAMPLES / "counter-notice-alibaba.toml"), "--calendar", p]
        ),
        "calendar.toml",
        "document",
    ),
    "penalties FILE": Slot(
        lambda p: ["penalties", "--platform", "aliexpress", "--as-of", "2024-06-01", p],
        "violations-aliexpress.csv",
        "table",
    ),
    "plan URLS": Slot(
        lambda p: ["plan", "--account", ACCOUNT, "--as-of", "2026-12-01", p],
        "planner-urls.csv",
        "table",
    ),
    "plan --account": Slot(
        lambda p: ["plan", "--account", p, "--as-of", "2026-12-01", URLS],
        "planner-account.toml",
        "document",
    ),
    "plan --history": Slot(
        lambda p: ["plan", "--account", ACCOUNT, "--as-of", "2026-12-01", "--history", p, URLS],
        "history.csv",
        "table",
    ),
    "plan --open": Slot(
        lambda p: ["plan", "--account", ACCOUNT, "--as-of", "2026-12-01", "--open", p, URLS],
        "urls.txt",
        "lines",
    ),
    "coverage FILE": Slot(
        lambda p: ["coverage", "--as-of", "2026-12-01", p], "portfolio.toml", "document"
    ),
}


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _refused(
    result: tuple[int, str, str], path: Path | str, said: str, *, line: bool = True
) -> None:
    """Exit code 2, nothing on stdout, one line of stderr naming ``path`` (at a line when
    ``line``) and holding ``said``; no traceback."""
    code, out, err = result
    assert (code, out) == (2, ""), err
    assert "Traceback" not in err and err.startswith("ipprules"), err
    assert err.count("\n") == 1, err
    assert said in err, err
    named = re.escape(str(path)) + (r":\d+" if line else "")
    assert re.search(named, err), err


def _text(slot: Slot) -> str:
    return (EXAMPLES / slot.example).read_text(encoding="utf-8")


#: Bytes every reader refuses, made from the slot's example; what the refusal says.
ENCODINGS: dict[str, tuple[Callable[[str], bytes], str]] = {
    "utf-16 with its mark": (
        lambda t: t.encode("utf-16"),
        "UTF-16 text (byte order mark); save the file as UTF-8",
    ),
    "utf-16 without a mark": (lambda t: t.encode("utf-16-le"), "the file looks like UTF-16"),
    "latin-1": (lambda t: b"caf\xe9 " + t.encode(), "not UTF-8 text (byte 0xe9)"),
    "a NUL": (lambda t: b"\x00" + t.encode(), "NUL byte in text"),
    "a line of 3 MiB": (lambda t: b"x" * (3 << 20), ""),
}


def _sampled(slots: dict[str, Slot], kinds: list[str]) -> list[tuple[str, str]]:
    """The (slot, kind) pairs a default run gives: each hostile kind once per reader (the
    readers are the file formats, by suffix: every slot of one format reads through the same
    layer) and each slot a kind, in turn; the full grid under a profile with no cap
    (``--hypothesis-profile=thorough``)."""
    readers: set[tuple[str, str]] = set()
    kept = []
    for i, slot in enumerate(slots):
        for j, kind in enumerate(kinds):
            reader = (slots[slot].suffix, kind)
            if reader not in readers or (i + j) % len(kinds) == 0:
                readers.add(reader)
                kept.append((slot, kind))
    return kept


def _grid(config: pytest.Config, slots: dict[str, Slot], kinds: list[str]) -> list[Any]:
    full = list(itertools.product(slots, kinds))
    return full if profile_name(config) not in CAPS else _sampled(slots, kinds)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """The hostile grids: sampled in a default run, whole under ``thorough`` (:func:`_grid`)."""
    name, config = metafunc.definition.name, metafunc.config
    if name == "test_bytes_no_reader_takes_are_refused_at_their_line":
        metafunc.parametrize(("slot", "kind"), _grid(config, SLOTS, list(ENCODINGS)))
    elif name == "test_crlf_and_mixed_line_ends_read_as_lf":
        metafunc.parametrize(("slot", "ends"), _grid(config, SLOTS, ["crlf", "mixed"]))
    elif name == "test_a_hostile_csv_in_another_dialect_answers_as_with_commas":
        full = CASES39
        if profile_name(config) in CAPS:  # each hostile file once per slot, dialects in turn
            slots, hostiles, dialects = list(CSV_SLOTS), list(HOSTILE39), list(DIALECTS39)
            full = [
                (s, h, d)
                for s, h, d in CASES39
                if h not in LARGE39
                and dialects.index(d) == (slots.index(s) + hostiles.index(h)) % len(dialects)
            ]
            # a file of a MiB or more: once per reader (the slots of one example file read it
            # through one reader), in the dialect CASES39 gives that slot
            readers: set[tuple[str, str]] = set()
            for s, h, d in CASES39:
                if h in LARGE39 and (CSV_SLOTS[s].example, h) not in readers:
                    readers.add((CSV_SLOTS[s].example, h))
                    full.append((s, h, d))
        metafunc.parametrize(("slot", "hostile", "dialect"), full, ids=["-".join(c) for c in full])


@pytest.mark.no_cover
def test_bytes_no_reader_takes_are_refused_at_their_line(
    slot: str, kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make, said = ENCODINGS[kind]
    path = tmp_path / f"hostile{SLOTS[slot].suffix}"
    path.write_bytes(make(_text(SLOTS[slot])))
    _refused(_run(SLOTS[slot].argv(str(path)), capsys), path, said)


@pytest.mark.parametrize("slot", list(SLOTS))
def test_bare_carriage_returns_are_refused_or_read_at_the_lines_shown(
    slot: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Old Mac line ends: refused where lines would be lost (TOML, CSV, lines); a JSON
    document, which takes a bare CR as white space, is read as with LF ones."""
    path = tmp_path / f"cr{SLOTS[slot].suffix}"
    path.write_bytes(_text(SLOTS[slot]).replace("\n", "\r").encode())
    result = _run(SLOTS[slot].argv(str(path)), capsys)
    if path.suffix == ".json":
        assert result[:2] == _run(SLOTS[slot].argv(str(EXAMPLES / SLOTS[slot].example)), capsys)[:2]
    else:
        _refused(result, path, "lines end in bare carriage returns (old Mac line endings)")


@pytest.mark.no_cover
def test_crlf_and_mixed_line_ends_read_as_lf(
    slot: str, ends: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = _text(SLOTS[slot]).splitlines(keepends=True)
    text = "".join(
        line.replace("\n", "\r\n") if ends == "crlf" or i % 2 else line
        for i, line in enumerate(lines)
    )
    path = tmp_path / f"{ends}{SLOTS[slot].suffix}"
    path.write_bytes(text.encode())
    example = str(EXAMPLES / SLOTS[slot].example)
    clean = _run(SLOTS[slot].argv(example), capsys)
    got = _run(SLOTS[slot].argv(str(path)), capsys)
    assert got[0] == clean[0], got[2]
    assert got[1].replace(str(path), "FILE") == clean[1].replace(example, "FILE")


@pytest.mark.no_cover
@pytest.mark.parametrize("slot", list(SLOTS))
def test_a_byte_order_mark_alone_reads_as_an_empty_file(
    slot: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Nothing and a byte order mark alone are the same file: the same answer (an empty
    list, an empty history, a document of no keys refused for what it lacks)."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()  # one name: a calendar is named by its file's
    empty, bom = (
        tmp_path / "a" / f"x{SLOTS[slot].suffix}",
        tmp_path / "b" / f"x{SLOTS[slot].suffix}",
    )
    empty.write_bytes(b"")
    bom.write_bytes(b"\xef\xbb\xbf")
    one = _run(SLOTS[slot].argv(str(empty)), capsys)
    other = _run(SLOTS[slot].argv(str(bom)), capsys)
    assert "Traceback" not in one[2] + other[2]
    assert (other[0], other[1].replace(str(bom), "FILE"), other[2].replace(str(bom), "FILE")) == (
        one[0],
        one[1].replace(str(empty), "FILE"),
        one[2].replace(str(empty), "FILE"),
    )


@pytest.mark.parametrize("slot", list(SLOTS))
def test_a_directory_a_missing_file_and_a_fifo_are_refused_at_once(
    slot: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    # --account's folder is the --workers form, said so (newuser21): a folder of plan files
    directory = "a folder of plan files" if slot == "plan --account" else "a directory"
    for path, said in (
        (folder, directory),
        (tmp_path / f"gone{SLOTS[slot].suffix}", "No such file or directory"),
        (fifo, "a FIFO"),
    ):
        _refused(_run(SLOTS[slot].argv(str(path)), capsys), path, said, line=False)


@pytest.fixture(scope="module")
def fifty_megabytes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 50 MB file of one line (no line end)."""
    path = tmp_path_factory.mktemp("big") / "big"
    with path.open("wb") as out:
        block = b"x" * (1 << 20)
        for _ in range(50):
            out.write(block)
    return path


@pytest.mark.parametrize("slot", list(SLOTS))
def test_a_50_megabyte_line_over_the_cap_is_refused_before_it_is_read(
    slot: str, fifty_megabytes: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / f"big{SLOTS[slot].suffix}"
    os.symlink(fifty_megabytes, path)
    result = _run([*SLOTS[slot].argv(str(path)), "--max-bytes", "1M"], capsys)
    said = "file larger than 1 MiB (the size cap; raise it with --max-bytes)"
    _refused(result, path, said, line=False)


#: Another command's file, for each kind of slot: what is read is not what it holds.
OTHER_FORMATS = {
    "table": {
        "a TOML document": ('as_of = 2026-11-23\n[account]\nname = "x"\n', "a TOML document"),
        "a JSON document": ('{\n  "as_of": "2026-11-23"\n}\n', "a JSON document"),
    },
    "document": {
        "a CSV file": ("url,reason\nhttps://item.taobao.com/item.htm?id=1,x\n", "not valid"),
        "a list of URLs": ("https://item.taobao.com/item.htm?id=1\n", "not valid"),
    },
}
OTHER_FORMATS["lines"] = OTHER_FORMATS["table"]


@pytest.mark.parametrize("other", ["first", "second"])
@pytest.mark.parametrize("slot", list(SLOTS))
def test_another_formats_file_is_refused_at_its_first_line_or_each_line_is_counted(
    slot: str, other: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Refused at its first line, saying what it looks like; a ``.txt`` file is read line
    by line whatever it holds (a pile of pasted lines): each of its lines is accounted for.
    ``plan --open``'s file, whose lines are only looked up, is refused whatever its name
    (inputs35: the lines were counted, and the command went on)."""
    kinds = OTHER_FORMATS[SLOTS[slot].kind]
    text, said = kinds[list(kinds)[other == "second"]]
    path = tmp_path / f"other{SLOTS[slot].suffix}"
    path.write_text(text, encoding="utf-8")
    result = _run(SLOTS[slot].argv(str(path)), capsys)
    if SLOTS[slot].kind != "lines" or slot == "plan --open":
        _refused(result, path, said)
        return
    code, out, err = result
    lines = len(text.splitlines())
    assert code == 1 and "Traceback" not in err, err
    if slot.startswith("listings"):
        assert len(re.findall(r"^\d+ +rejected ", out, re.MULTILINE)) == lines, out
    else:
        assert f"{lines} of {lines} line(s) hold no listing and skip nothing" in err, err


#: Nesting past the depth cap, as each kind of file holds it.
DEEP = {
    ".toml": "a = " + "[" * 100_000,
    ".json": "[" * 100_000,
    ".jsonl": '{"url": ' + "[" * 100_000 + "\n",
}


@pytest.mark.parametrize("slot", [s for s in SLOTS if SLOTS[s].suffix in DEEP], ids=str)
def test_nesting_past_the_cap_is_refused_where_it_passes(
    slot: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    suffix = SLOTS[slot].suffix
    path = tmp_path / f"deep{suffix}"
    path.write_text(DEEP[suffix], encoding="utf-8")
    _refused(_run(SLOTS[slot].argv(str(path)), capsys), path, "nested deeper than 64 levels")


#: A date of each file that holds one, as written in the example.
DATES = {
    "check PLAN": "as_of = 2026-11-23",
    "check --rules": "effective_from = 2015-01-06",
    "good-faith HISTORY": "2022-09-05",
    "deadline --calendar": "valid_from = 2024-01-01",
    "lifecycle EVENTS_FILE": '"2022-01-10"',
    "counter-notice FILE": "complaint_date = 2024-06-10",
    "penalties FILE": "2024-01-08",
    "plan --account": '"2026-11-23"',
    "plan --history": "2022-09-05",
    "coverage FILE": "as_of = 2026-12-02",
}
#: The dates put for it, and what the refusal says (a year past 2999 or before 1900, a
#: count of days, a day no calendar has, a date another way round).
FAR = {
    "9999-12-31": r"9999-12-31 is outside 1900-01-01\.\.2999-12-31|2999-12-31.*9999-12-31",
    "0001-01-01": r"0001-01-01 is outside 1900-01-01\.\.2999-12-31|2999-12-31.*0001-01-01",
    "1000000000": "'1000000000'|got (an )?int",
    "2026-02-30": "'2026-02-30'",
    "31/12/2026": "'31/12/2026'.*write it 2026-12-31",
}


@pytest.mark.parametrize("far", list(FAR))
@pytest.mark.parametrize("slot", list(DATES))
def test_a_date_out_of_range_or_no_date_is_refused_at_its_line(
    slot: str, far: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    written = DATES[slot]
    key, _, value = written.rpartition(" ")
    native = key and not value.startswith('"')  # a TOML date: TOML's own dates stay native
    put = f'"{far}"' if value.startswith('"') else far
    if far in ("2026-02-30", "31/12/2026") and native:
        put = f'"{far}"'  # tomllib's own words ("Invalid date") would be said otherwise
    path = tmp_path / f"far{SLOTS[slot].suffix}"
    text = _text(SLOTS[slot]).replace(written, f"{key} {put}" if key else put, 1)
    path.write_text(text, encoding="utf-8")
    result = _run(SLOTS[slot].argv(str(path)), capsys)
    _refused(result, path, "")
    assert re.search(FAR[far], result[2]), result[2]
    if SLOTS[slot].kind == "document":  # the value's JSON path
        assert re.search(r":\d+(:\d+)?: \$(\.[a-z_]+|\[\d+\])+", result[2]), result[2]


class _Endless(io.RawIOBase):
    """Standard input that never ends: ``chunk`` again and again."""

    def __init__(self, chunk: bytes) -> None:
        self.chunk = chunk

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        size = len(buffer)
        data = (self.chunk * (size // len(self.chunk) + 1))[:size]
        buffer[:size] = data
        return size


#: The commands whose main file may be standard input (``-``).
STDIN = [
    "check PLAN",
    "listings FILE",
    "good-faith HISTORY",
    "lifecycle EVENTS_FILE",
    "counter-notice FILE",
    "penalties FILE",
    "plan URLS",
    "coverage FILE",
]


@pytest.mark.parametrize("chunk", [b"\x00", b"y\n"], ids=["/dev/zero", "yes"])
@pytest.mark.parametrize("slot", STDIN)
def test_endless_standard_input_stops_at_the_cap(
    slot: str, chunk: bytes, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin = io.TextIOWrapper(io.BufferedReader(_Endless(chunk)), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    code, _out, err = _run([*SLOTS[slot].argv("-"), "--max-bytes", "64K"], capsys)
    assert code == 2 and "Traceback" not in err, err
    assert "<stdin>" in err, err
    said = "input larger than 64 KiB (the size cap; raise it with --max-bytes)"
    if chunk == b"\x00":  # a NUL on line 1, or the cap (a reader of the whole input)
        assert "<stdin>:1:1: $: NUL byte in text" in err or said in err, err
    else:  # the cap, or line 1 refused (a header)
        assert said in err or "<stdin>:1" in err, err


@pytest.mark.parametrize("source", ["/dev/zero", "yes"])
def test_a_real_endless_pipe_is_refused_in_bounded_time_and_memory(
    source: str, tmp_path: Path
) -> None:
    """A real process, fed by a real pipe: it exits 2 at the cap, its memory bounded by
    ``ulimit -v`` (1 GiB): no hang, no growth."""
    code = "import resource, sys; from ipprules.cli import main; "
    code += "resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30)); "
    code += "sys.exit(main(['listings', '-', '--max-bytes', '64K']))"
    feeder = ["cat", "/dev/zero"] if source == "/dev/zero" else ["yes"]
    with subprocess.Popen(feeder, stdout=subprocess.PIPE) as feed:
        done = subprocess.run(
            [sys.executable, "-c", code],
            stdin=feed.stdout,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        feed.kill()
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert "<stdin>" in done.stderr


#: A count or a number of each file that holds one, as written in the example (the text
#: around it keeps the replacement to that value).
NUMBERS = {
    "check PLAN": ("complaints_filed = 40", "complaints_filed = {}"),
    "good-faith --what-if": ("listings = 300", "listings = {}"),
    "good-faith HISTORY": ("tm_misuse,20,", "tm_misuse,{},"),
    "penalties FILE": ("aliexpress,2,", "aliexpress,{},"),
    "plan URLS": ("tm_counterfeit,0.95,", "tm_counterfeit,{},"),
    "plan --account": ("complaints_filed = 20", "complaints_filed = {}"),
}
#: Numbers too large for a count, a number Python will not read, an infinity, a negative.
HUGE = [("41 digits", "1" + "0" * 40), ("5,000 digits", "9" * 5000), ("1e999", "1e999")]
HUGE.append(("-5", "-5"))


@pytest.mark.parametrize(
    ("slot", "huge"),
    [(slot, number) for slot in NUMBERS for _, number in HUGE],
    ids=[f"{slot}-{name}" for slot in NUMBERS for name, _ in HUGE],
)
def test_a_number_too_large_or_negative_is_refused_at_its_line(
    slot: str, huge: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    written, put = NUMBERS[slot]
    text = _text(SLOTS[slot])
    assert written in text
    path = tmp_path / f"huge{SLOTS[slot].suffix}"
    path.write_text(text.replace(written, put.format(huge), 1), encoding="utf-8")
    result = _run(SLOTS[slot].argv(str(path)), capsys)
    _refused(result, path, "")
    shown = huge[:20]  # a long value is shown cut, or by its count of digits
    assert re.search(f"{re.escape(shown)}|digits|infinity|too large", result[2]), result[2]


# --- inputs39: the same hostile files split by ';', by tabs, or after an Excel sep= line ---

#: Every CSV file argument (a history also as --timeline and --what-if read it).
CSV_SLOTS = {name: SLOTS[name] for name in SLOTS if SLOTS[name].suffix == ".csv"}
CSV_SLOTS["good-faith --timeline"] = Slot(
    lambda p: ["good-faith", p, "--as-of", "2026-12-01", "--timeline", "2022-09-01", "2022-12-31"],
    "history.csv",
    "table",
)
CSV_SLOTS["good-faith HISTORY --what-if"] = Slot(
    lambda p: [
        "good-faith",
        p,
        "--as-of",
        "2026-12-01",
        "--what-if",
        str(EXAMPLES / "what-if.toml"),
    ],
    "history.csv",
    "table",
)
#: A dialect: its delimiter and the line written before the header.
DIALECTS39 = {"semicolon": (";", ""), "tab": ("\t", ""), "sep=;": (";", "sep=;\n")}


def _spoilt(lines: list[str], line: int, at: str, put: str) -> list[str]:
    """``lines`` with the first ``at`` of line ``line`` (1 = the header) replaced by ``put``."""
    return [text.replace(at, put, 1) if i == line - 1 else text for i, text in enumerate(lines)]


#: Hostile files, made from the example's lines split by commas (the line ends are added).
HOSTILE39: dict[str, Callable[[list[str]], list[str]]] = {
    "a quote not closed at the end": lambda ls: [*ls, '"never closed,x'],
    "a quote not closed in a row": lambda ls: _spoilt(
        ls,
        3,
        ",",
        ',"never closed',
    ),
    "a quote in the middle of a cell": lambda ls: _spoilt(ls, 3, ",", ',ab"cd'),
    "a NUL": lambda ls: _spoilt(ls, 3, ",", ",\x00"),
    "a lone CR": lambda ls: _spoilt(ls, 3, ",", "\r"),
    "non-UTF-8 bytes": lambda ls: _spoilt(ls, 3, ",", ",\udcff\udcfe"),
    "a cell of 2 MiB": lambda ls: _spoilt(ls, 3, ",", "," + "x" * (2 << 20)),
    "a quoted record over 1 MiB": lambda ls: [*ls[:3], ls[3] + ',"' + ("x" * 9999 + "\n") * 110],
    "a byte order mark": lambda ls: ["\ufeff" + ls[0], *ls[1:]],
    "10^6 blank lines": lambda ls: [*ls[:3], "\n" * 999_999, *ls[3:]],
    "a header only": lambda ls: ls[:1],
    "the header again": lambda ls: [*ls[:3], ls[0], *ls[3:]],
}


def _bytes39(lines: list[str], delimiter: str = ",", before: str = "") -> bytes:
    """The file of ``lines`` split by ``delimiter``, ``before`` its header (after a byte
    order mark: a mark is the file's first bytes)."""
    text = before + "".join(line.replace(",", delimiter) + "\n" for line in lines)
    if before and text.find("\ufeff") == len(before):
        text = "\ufeff" + text.replace("\ufeff", "", 1)
    return text.encode("utf-8", "surrogateescape")


def _answer(result: tuple[int, str, str], path: Path, shift: int) -> tuple[int, str, str]:
    """``result`` with ``path`` written FILE and its line numbers ``shift`` less."""
    code, out, err = result

    def at(found: re.Match[str]) -> str:
        return f"FILE:{int(found[1]) - shift}"

    named = re.compile(re.escape(str(path)) + r":(\d+)")
    return code, out.replace(str(path), "FILE"), named.sub(at, err).replace(str(path), "FILE")


#: The hostile files of a MiB or more: each slot reads them in one dialect (in turn).
LARGE39 = ("a cell of 2 MiB", "a quoted record over 1 MiB", "10^6 blank lines")
CASES39 = [
    (slot, hostile, dialect)
    for turn, slot in enumerate(CSV_SLOTS)
    for hostile in HOSTILE39
    for dialect in DIALECTS39
    if hostile not in LARGE39 or dialect == list(DIALECTS39)[turn % len(DIALECTS39)]
]


@pytest.mark.no_cover
def test_a_hostile_csv_in_another_dialect_answers_as_with_commas(
    slot: str, hostile: str, dialect: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The file split by ``;``, by tabs or after a ``sep=;`` line gets the answer of the same
    file split by commas (after a ``sep=,`` line), at the same line and column; a refusal is
    exit code 2, no traceback, each line of it naming the file at a line."""
    lines = HOSTILE39[hostile](_text(CSV_SLOTS[slot]).splitlines())
    delimiter, before = DIALECTS39[dialect]
    commas, other = tmp_path / "commas.csv", tmp_path / "other.csv"
    commas.write_bytes(_bytes39(lines, ",", before.replace(delimiter, ",")))
    other.write_bytes(_bytes39(lines, delimiter, before))
    want = _answer(_run(CSV_SLOTS[slot].argv(str(commas)), capsys), commas, 0)
    got = _answer(_run(CSV_SLOTS[slot].argv(str(other)), capsys), other, 0)
    assert got == want
    code, out, err = got
    assert "Traceback" not in err
    if code == 2:
        assert out == ""
        assert err and all(
            re.match(r"(ipprules: error: )?FILE:\d+", said) for said in err.splitlines()
        ), err


#: What a CSV error says, and that it names a column too, by hostile file.
PLACED39 = {
    "a quote not closed at the end": "never closed",
    "a quote not closed in a row": "",
    "a NUL": "NUL byte in text",
    "a lone CR": "a bare carriage return",
    "non-UTF-8 bytes": "not UTF-8 text (byte 0xff)",
}


@pytest.mark.parametrize(("slot", "hostile"), list(itertools.product(CSV_SLOTS, PLACED39)))
def test_a_broken_csv_record_in_another_dialect_is_named_at_its_column(
    slot: str, hostile: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Bytes or a record :mod:`csv` refuses: one line, the file's line and column. A bare
    carriage return in a cell is named at its own column (it was at none, or at column 1)."""
    lines = HOSTILE39[hostile](_text(CSV_SLOTS[slot]).splitlines())
    path = tmp_path / "semicolon.csv"
    path.write_bytes(_bytes39(lines, ";"))
    result = _run(CSV_SLOTS[slot].argv(str(path)), capsys)
    _refused(result, path, PLACED39[hostile])
    assert re.search(re.escape(str(path)) + r":\d+:\d+:", result[2]), result[2]
    if hostile == "a lone CR":
        where = _bytes39(lines, ";").decode().split("\n")[2].index("\r") + 1
        assert f"{path}:3:{where}:" in result[2], result[2]


@pytest.mark.parametrize("line", ["sep=x", "sep=;;", "sep=", '"sep=ab"'])
@pytest.mark.parametrize("slot", list(CSV_SLOTS))
def test_an_excel_sep_line_naming_no_delimiter_is_said_to_be_one(
    slot: str, line: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A ``sep=`` line that names a letter, two characters or nothing is refused at line 1
    as what it is, naming what it names as written (it was "looks like a TOML document",
    and a history's said ``',,'`` for ``sep=;;``)."""
    path = tmp_path / "sep.csv"
    path.write_bytes(_bytes39(_text(CSV_SLOTS[slot]).splitlines(), ";", line + "\n"))
    result = _run(CSV_SLOTS[slot].argv(str(path)), capsys)
    named = line.strip('"')[4:]
    _refused(result, path, f"an Excel sep= line naming {repr(named) if named else 'nothing'}")
    assert f"{path}:1:" in result[2]


@pytest.mark.no_cover
@pytest.mark.parametrize("slot", list(CSV_SLOTS))
def test_a_sep_line_naming_a_bar_reads_as_the_comma_file(
    slot: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = _text(CSV_SLOTS[slot]).splitlines()
    commas, bars = tmp_path / "commas.csv", tmp_path / "bars.csv"
    commas.write_bytes(_bytes39(lines, ",", "sep=,\n"))
    bars.write_bytes(_bytes39(lines, "|", "sep=|\n"))
    want = _answer(_run(CSV_SLOTS[slot].argv(str(commas)), capsys), commas, 0)
    assert _answer(_run(CSV_SLOTS[slot].argv(str(bars)), capsys), bars, 0) == want


@pytest.mark.parametrize("dialect", list(DIALECTS39))
@pytest.mark.parametrize("slot", list(CSV_SLOTS))
def test_a_row_split_by_commas_in_another_dialect_is_refused_at_its_line(
    slot: str, dialect: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Delimiters mixed between lines: the row split by commas is one cell, refused at its
    line (after any ``sep=`` line), never read as another row."""
    delimiter, before = DIALECTS39[dialect]
    lines = _text(CSV_SLOTS[slot]).splitlines()
    text = (
        _bytes39(lines[:3], delimiter, before)
        + _bytes39(lines[3:5])
        + _bytes39(lines[5:8], delimiter)
    )
    path = tmp_path / "mixed.csv"
    path.write_bytes(text)
    code, out, err = _run(CSV_SLOTS[slot].argv(str(path)), capsys)
    if slot.startswith("listings"):  # a list's rows are answered one by one: both not listings
        assert code == 1 and "Traceback" not in err, err
        return
    assert (code, out) == (2, ""), err
    assert f"{path}:{4 + before.count(chr(10))}:" in err, err


def test_a_semicolon_history_is_written_with_commas_as_it_is_read_not_held_whole() -> None:
    """Bounded memory: a ``;`` history of plain lines (no comma, no quote) is handed to the
    comma reader piece by piece. The first bytes come long before the end of a 6 MB file is
    read; before, every plain line was held until the end (a 100 MB file took 224 MB)."""
    head = "type;date;id;platform;reason_code;listings;taken_down\n"
    rows = (
        f"complaint;2024-01-{1 + i % 28:02d};C{i:07d};taobao;tm_misuse;2;2\n" for i in range(10**5)
    )
    source = io.BytesIO((head + "".join(rows)).encode())
    stream, changed = by_commas(source, "history.csv")
    assert changed and stream.read(10) == b"type,date,"
    assert source.tell() < 3 << 20 < len(source.getvalue())
