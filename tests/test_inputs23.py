"""Sweep inputs23: bad and surprising input at the edges (CLI options and files).

Each refusal is exit code 2 and one error line naming what is wrong (the option, the file,
line and column), in bounded time, never a traceback.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ipprules.cli import _parsers, main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
_FIXTURE = [HealthCheck.function_scoped_fixture]


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's own refusals
        code = exc.code if isinstance(exc.code, int) else 2
    out, err = capsys.readouterr()
    return code, out, err


# ---------------------------------------------------------------- 1. no shortened options


def _needed(command: argparse.ArgumentParser) -> list[str]:
    """Words that satisfy a command's required arguments (a dummy value each), so that a
    refusal is about the option under test, not a missing argument."""
    words: list[str] = []
    for action in command._actions:
        if action.option_strings and action.required:
            words += [action.option_strings[-1], "x"]
        elif not action.option_strings and action.nargs is None:
            words.append("x")
    return words


def _shortened() -> list[tuple[str, str]]:
    """(command, a shortened long option of it that is no option of it) for every command;
    ``""`` is the top-level parser."""
    top, commands = _parsers()
    pairs: list[tuple[str, str]] = []
    for name, parser in [("", top), *commands.items()]:
        options = set(parser._option_string_actions)
        for option in sorted(options):
            if option.startswith("--"):
                pairs += [(name, option[:n]) for n in range(3, len(option))]
        pairs = [(n, o) for n, o in pairs if n != name or o not in options]
    return pairs


_SHORTENED = _shortened()
_EVERY_OPTION = {o for c in _parsers()[1].values() for o in c._option_string_actions}


@settings(max_examples=40, deadline=None, suppress_health_check=_FIXTURE)
@given(pair=st.sampled_from(_SHORTENED), value=st.sampled_from(["", "=2", "=2026-01-01"]))
@example(pair=("listings", "--work"), value="=2")
@example(pair=("listings", "--work"), value="")
@example(pair=("plan", "--quarantine"), value="=0.5")
@example(pair=("check", "--as"), value="=2026-01-01")
@example(pair=("", "--vers"), value="")
def test_a_shortened_option_is_refused(
    pair: tuple[str, str], value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """argparse took an unambiguous prefix for the option (``listings --work 2`` ran with
    two workers): a later option sharing the prefix would change what a script means in
    silence. Every command refuses it as an unknown argument, exit 2."""
    name, option = pair
    _, commands = _parsers(name or None)
    argv = [name, *_needed(commands[name])] if name else []
    code, out, err = _cli([*argv, option + value], capsys)
    assert code == 2, err
    prog = f"ipprules {name}" if name else "ipprules"
    said = f"{prog}: error: unrecognized arguments: {option}{value}"
    assert err.startswith(said), err
    # the option it may stand for is named, never taken (newuser8): "(did you mean --workers?)"
    hint = err.removeprefix(said)
    meant = hint.removeprefix(" (did you mean ").removesuffix("?)\n")
    options = commands[name]._option_string_actions if name else {}
    assert hint == "\n" or (hint.startswith(" (did you mean --") and meant in options), err
    assert out == ""
    # before the command (an option of none): not "argument COMMAND: invalid choice: '2'"
    if name and option not in _EVERY_OPTION:
        code, out, err = _cli([option + value, *argv], capsys)
        assert (code, out) == (2, "")
        assert err == f"ipprules: error: unrecognized arguments: {option}{value}\n"


# ---------------------------------------------------------------- 2. Parquet column names

_URL = "https://item.taobao.com/item.htm?id=606832683299"
#: Each kind of file a Parquet file is read as: its columns, a row's cells.
_KINDS: dict[str, dict[str, str]] = {
    "plan": {"account": "acme", "url": _URL, "notes": "n", "reason": "tm_counterfeit"},
    "history": {
        "type": "complaint",
        "date": "2023-03-01",
        "account": "acme",
        "platform": "taobao",
        "reason_code": "tm_counterfeit",
        "listings": "3",
        "taken_down": "3",
        "rejected": "0",
    },
    "listings": {"url": _URL, "notes": "n", "seller": "s"},
}


def _read(kind: str, path: Path) -> None:
    """What reads a file of ``kind`` with ``--workers`` (its header checked now)."""
    if kind == "plan":
        from ipprules.scale._planner import read_located_rows

        read_located_rows(str(path))
    elif kind == "history":
        from ipprules.scale import standings

        standings(str(path), "2024-01-02")
    else:
        from ipprules.scale import parse_urls

        parse_urls(str(path))


def _refusal(kind: str, path: Path) -> tuple[str, str | None, int | None] | None:
    from ipprules.errors import InputError

    try:
        _read(kind, path)
    except InputError as exc:
        first = exc.problems[0]
        return first.message, first.file, first.line
    return None


@settings(max_examples=12, deadline=None)
@given(
    kind=st.sampled_from(sorted(_KINDS)),
    twice=st.booleans(),
    pick=st.integers(0, 100),
    at=st.integers(0, 100),
)
@example(kind="plan", twice=False, pick=0, at=2)  # an empty name: refused naming no file
@example(kind="plan", twice=True, pick=2, at=3)  # 'notes' twice: in another wording
@example(kind="history", twice=False, pick=0, at=1)  # an empty name: at account=acme:1:2
@example(kind="history", twice=True, pick=7, at=8)  # 'rejected' twice: in another wording
@example(kind="listings", twice=True, pick=0, at=1)  # 'url' twice: in another wording
def test_a_parquet_header_is_refused_as_the_same_csv_header(
    kind: str, twice: bool, pick: int, at: int
) -> None:
    """A Parquet file with a column of an empty name, or two columns of one name, is refused
    (or read) as a CSV file with that header, in the same words, naming the file (a Parquet
    file has no header line). Before, an empty name was refused only once the planner's rows
    were planned, naming no file ("the planner's rows: $: unknown column ''"), or at
    ``account=acme:1:2`` in a history; a name twice was "2 columns are named 'notes': each
    column of a Parquet file must have a name of its own"."""
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    pytest.importorskip("dask.dataframe")
    import csv
    import tempfile

    from ipprules._files import PANDAS_INDEX

    row = dict(_KINDS[kind])
    names, cells = list(row), list(row.values())
    # an empty name before the last (a spreadsheet's empty columns after it are read)
    where = at % len(names) if twice else at % (len(names) - 1)
    names.insert(where, names[pick % len(names)] if twice else "")
    cells.insert(where, "")
    with tempfile.TemporaryDirectory() as folder:
        as_csv, as_parquet = Path(folder, f"{kind}.csv"), Path(folder, f"{kind}.parquet")
        with as_csv.open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows([names, cells])
        arrays = [pa.array([cell]) for cell in cells]
        pq.write_table(pa.Table.from_arrays(arrays, names=names), as_parquet)
        from_csv, from_parquet = _refusal(kind, as_csv), _refusal(kind, as_parquet)
    assert (from_csv is None) == (from_parquet is None), (from_csv, from_parquet)
    if from_csv is None or from_parquet is None:
        return
    # the same words, but for the hint at pandas' CSV index and "in the header"
    words = from_csv[0].replace(f"; {PANDAS_INDEX}", "").replace(f" {PANDAS_INDEX}", "")
    assert from_parquet[0] == words.replace(" in the header (", " (")
    assert from_parquet[1:] == (str(as_parquet), None)


# ---------------------------------------------------------------- 3. a compressed file over the cap


def _packed(path: Path, data: bytes) -> None:
    """``data`` written compressed as ``path``'s suffix says."""
    import bz2
    import gzip
    import lzma
    import zipfile

    if path.suffix == ".zip":
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("urls.txt", data)
        return
    pack = {".gz": gzip.compress, ".bz2": bz2.compress, ".xz": lzma.compress}[path.suffix]
    path.write_bytes(pack(data))


def _lines_before_refusal(path: Path, cap: int) -> tuple[int, str | None]:
    """The lines ``iter_lines`` yields from a compressed ``path`` under ``cap``, and the
    refusal that ends them, if it names the file (None when the file is read whole)."""
    from ipprules._files import iter_lines
    from ipprules.errors import InputError

    count = 0
    try:
        for _, text in iter_lines(path, gunzip=True, max_bytes=cap):
            assert text == _URL
            count += 1
    except InputError as exc:
        named = exc.file == str(path)
        return count, exc.problems[0].message if named else f"not naming the file: {exc}"
    return count, None


@settings(max_examples=20, deadline=None)
@given(
    suffix=st.sampled_from([".gz", ".bz2", ".xz", ".zip"]),
    lines=st.integers(0, 12_000),
    cap=st.integers(1, 600_000),
)
@example(suffix=".gz", lines=12_000, cap=500_000)  # refused after a block of 256 KiB
@example(suffix=".gz", lines=1000, cap=49 * 1000)  # the cap exactly: read
@example(suffix=".gz", lines=1000, cap=49 * 1000 - 1)  # one byte over: refused
def test_a_compressed_file_over_the_cap_is_refused_before_its_lines_are_read(
    suffix: str, lines: int, cap: int
) -> None:
    """The size cap holds for a compressed file's decompressed bytes, and once a little of
    it is read (here 4 KiB) the rest is decompressed ahead to the cap: a file over it is
    refused before its first line. Each reader parses what it reads as it reads it, so a
    gzip over the cap was refused only once a cap's worth of it was parsed (42 s for
    ``ipprules listings`` at the default 64 MiB)."""
    import tempfile

    line = f"{_URL}\n".encode()  # 49 bytes
    with tempfile.TemporaryDirectory() as folder, pytest.MonkeyPatch.context() as patch:
        patch.setattr("ipprules._files._LOOK_AHEAD_AFTER", 4096)
        path = Path(folder, "urls.txt" + suffix)
        _packed(path, line * lines)
        count, refused = _lines_before_refusal(path, cap)
        size = path.stat().st_size
    if size > cap:  # the file's own size is said first
        assert (count, refused) == (0, f"file larger than {_size(cap)}" + _CAP_HINT)
    elif len(line) * lines > cap:
        assert (count, refused) == (0, f"input larger than {_size(cap)}" + _CAP_HINT)
    else:
        assert (count, refused) == (lines, None)


_CAP_HINT = (
    " (the size cap; raise it with --max-bytes, or in Python with "
    "ipprules.reading_limits(max_bytes=...))"
)
_CLI_CAP_HINT = " (the size cap; raise it with --max-bytes)"


def _size(cap: int) -> str:
    from ipprules._files import _size as size

    return size(cap)


def test_a_gzip_over_the_cap_is_refused_after_2_mib_whatever_the_cap(tmp_path: Path) -> None:
    """Under a cap of 3 MiB, 3 MiB of a 4 MB gzip of URLs were read (and parsed, by the
    reader) before it was refused; now 2 MiB and a block at most."""
    from ipprules._files import DEFAULT_MAX_LINE

    path = tmp_path / "urls.txt.gz"
    _packed(path, f"{_URL}\n".encode() * 82_000)  # 4.0 MB
    count, refused = _lines_before_refusal(path, 3 << 20)
    assert refused == "input larger than 3 MiB" + _CAP_HINT
    assert count * 49 <= 2 * DEFAULT_MAX_LINE + (256 << 10)


def test_listings_refuses_a_gzip_over_the_cap_before_parsing_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``ipprules listings`` parsed a gzip over ``--max-bytes`` up to the cap before it
    refused it (a 1 MiB cap: 21,000 URLs parsed first); the rest is decompressed ahead once
    a little is read (here 4 KiB)."""
    import ipprules.cli.listings as listings

    monkeypatch.setattr("ipprules._files._LOOK_AHEAD_AFTER", 4096)
    path = tmp_path / "urls.txt.gz"
    _packed(path, f"{_URL}\n".encode() * 40_000)  # 1.9 MB of URLs
    parsed: list[str] = []
    parse = listings._parse_stream  # the command's parse_listings (junk2: repeats parsed once)

    def counted(texts: Any) -> Any:
        return parse(parsed.append(text) or text for text in texts)

    monkeypatch.setattr(listings, "_parse_stream", counted)
    code, out, err = _cli(["listings", str(path), "--max-bytes", "1MiB"], capsys)
    assert (code, out, parsed) == (2, "", [])
    # the command line names its option alone (sweep inputs32)
    assert err == f"ipprules: error: {path}: $: input larger than 1 MiB{_CLI_CAP_HINT}\n"


# ---------------------------------------------------------------- 5. values of white space only


def _plain_arguments() -> list[tuple[str, str]]:
    """(command, argument) for every argument taking a plain value (no type, no choices, no
    free text): an option's name, or a positional's metavar."""
    from ipprules.cli._common import TEXT

    _, commands = _parsers()
    found = []
    for name, parser in commands.items():
        for action in parser._actions:
            if action.nargs == 0 or action.type is not None or action.choices is not None:
                continue
            if action.metavar == TEXT or isinstance(action.nargs, int):
                continue
            found.append(
                (name, action.option_strings[-1] if action.option_strings else action.dest)
            )
    return found


_PLAIN = _plain_arguments()


def _argv_with(command: argparse.ArgumentParser, dest: str, value: str) -> list[str]:
    """Words giving ``value`` to the argument ``dest`` (an option's name or a positional's
    dest) and a dummy value to every other one the command requires (a choice's first)."""
    words: list[str] = []
    for action in command._actions:
        mine = dest in (action.dest, *action.option_strings)
        if action.option_strings:
            if mine or action.required:
                words += [action.option_strings[-1], value if mine else "x"]
        elif (
            mine
            or action.nargs is None
            or any(a.dest == dest for a in command._actions[command._actions.index(action) + 1 :])
        ):  # a positional before the one given is given too
            words.append(value if mine else str(next(iter(action.choices or ["x"]))))
    return words


@settings(max_examples=40, deadline=None, suppress_health_check=_FIXTURE)
@given(
    where=st.sampled_from(_PLAIN),
    blank=st.text(alphabet=" \u00a0\u3000\u2003", min_size=1, max_size=4),
)
@example(where=("plan", "--out"), blank=" ")  # wrote the plan into a folder ' '
@example(where=("check", "--rules"), blank=" ")  # "ipprules: error:  : $: cannot read the file"
@example(where=("good-faith", "--account"), blank=" ")  # "account must not be empty"
@example(where=("listings", "--scheduler"), blank=" ")
def test_a_value_of_white_space_only_is_refused_naming_the_argument(
    where: tuple[str, str],
    blank: str,
    tmp_path_factory: pytest.TempPathFactory,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A value of white space only is refused as ``plan --right '  '`` was, naming the
    argument, before anything is read or written. ``plan --out ' '`` wrote the plan into a
    folder named ' ' and a file argument ' ' was said as ``error:  : $: cannot read``."""
    name, dest = where
    _, commands = _parsers(name)
    folder = tmp_path_factory.mktemp("blank")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        code, out, err = _cli([name, *_argv_with(commands[name], dest, blank)], capsys)
    shown = (
        dest
        if dest.startswith("--")
        else next(a.metavar or a.dest for a in commands[name]._actions if a.dest == dest)
    )
    assert (code, out) == (2, "")
    assert err == f"ipprules {name}: error: argument {shown}: white space only ({blank!r})\n"
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("inside", [False, True])
def test_plan_out_a_folder_that_cannot_be_looked_at_is_said_as_a_folder(
    inside: bool,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``plan --out`` a name too long (a folder not to be searched alike) was said as a file
    that could not be read (``NAME: cannot read the file: File name too long``): looking
    whether the folder was there raised before the writer could say it."""
    import errno
    import os

    monkeypatch.chdir(tmp_path)
    out = ("x/" if inside else "") + "a" * 300
    argv = ["plan", str(EXAMPLES / "planner-urls.csv"), "--out", out]
    argv += ["--account", str(EXAMPLES / "planner-account.toml"), "--as-of", "2024-01-02"]
    code, _, err = _cli(argv, capsys)
    assert code == 2
    verb = "create" if inside else "use"
    why = os.strerror(errno.ENAMETOOLONG)
    assert err.endswith(f"{out}: $: cannot {verb} the folder: {why}\n"), err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("command", ["listings", "plan"])
def test_workers_out_under_a_folder_that_cannot_be_looked_at_names_it(
    command: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    synchronous: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``--workers --out`` under a name too long (a folder not to be searched alike) was said
    as a file that could not be read (``NAME: cannot read the file: File name too long``)."""
    import errno
    import os

    monkeypatch.chdir(tmp_path)
    long = "a" * 300
    argv = {
        "listings": ["listings", str(EXAMPLES / "urls.txt")],
        "plan": ["plan", str(EXAMPLES / "planner-accounts.csv"), "--as-of", "2024-01-02"],
    }[command]
    argv += ["--account", str(EXAMPLES / "planner-account.toml")] if command == "plan" else []
    code, out, err = _cli([*argv, "--workers", "1", "--out", f"{long}/x"], capsys)
    why = os.strerror(errno.ENAMETOOLONG)
    assert (code, out) == (2, "")
    assert err == f"ipprules: error: --out: cannot use {tmp_path / long}: {why}\n"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("extra", [0, 1, 50_000])
def test_a_command_line_of_too_many_arguments_is_refused_at_once(
    extra: int, capsys: pytest.CaptureFixture[str]
) -> None:
    """argparse's time grows with the square of the arguments' number: 20,000 options given
    (``--fact x`` 10,000 times) took 9 s of CPU, the most an OS passes some minutes."""
    from ipprules.cli import _MOST_ARGUMENTS

    argv = ["explain", "plan-empty"]
    argv += ["x"] * (_MOST_ARGUMENTS - len(argv) + extra)
    code, out, err = _cli(argv, capsys)
    assert (code, out) == (2, "")
    if extra:
        count = f"{len(argv):,}"
        assert err == f"ipprules: error: {count} arguments: a command line takes at most 10,000\n"
    else:  # read, and refused for what they are
        assert err.startswith("ipprules explain: error: unrecognized arguments: x x x")


@pytest.mark.parametrize("cap", [1 << 30, (1 << 30) + 1])
def test_a_compressed_file_is_decompressed_ahead_under_a_cap_of_1_gib_at_most(
    cap: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Above it (a history file's cap is 1 TiB) a file over the cap is not to be met, and
    decompressing twice cost 7% of the CPU of reading a history whole."""
    from ipprules import _files

    looked: list[str] = []
    monkeypatch.setattr(_files, "_LOOK_AHEAD_AFTER", 4096)
    monkeypatch.setattr(_files, "_unpacked_within", lambda fd, name, *_: looked.append(name))
    path = tmp_path / "urls.txt.gz"
    _packed(path, f"{_URL}\n".encode() * 1000)
    assert _lines_before_refusal(path, cap) == (1000, None)
    assert looked == ([str(path)] if cap <= 1 << 30 else [])
