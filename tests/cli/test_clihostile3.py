"""Sweep clihostile3: every subcommand's input-taking options against hostile files and values.

The sweep (a directory, FIFOs, devices, a symbolic link loop, deep nesting, a TOML document of
a million keys, UTF-16, GB18030, NUL bytes, absurd dates and numbers, empty, blank and 10 kB
values, for every option of ``ipprules --help``) found the escapes below; each test runs the
CLI in-process and wants exit code 2 with one error line naming the option and the path, before
anything is started or read.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ipprules.cli import main

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
_ACCOUNT = str(EXAMPLES / "planner-account.toml")

#: The runs on Dask that write Parquet under ``--out`` (``OUT`` is the hostile path).
_PARQUET = {
    "listings": ["listings", str(EXAMPLES / "urls.txt"), "--workers", "1", "--out", "OUT"],
    "plan": [
        "plan",
        str(EXAMPLES / "planner-accounts.csv"),
        "--account",
        _ACCOUNT,
        "--as-of",
        "2024-01-02",
        "--workers",
        "1",
        "--out",
        "OUT",
    ],
}


def _link(tmp_path: Path, kind: str) -> Path:
    """A symbolic link that loops on itself, or one to a folder that does not exist."""
    link = tmp_path / kind
    link.symlink_to(link if kind == "loop" else tmp_path / "gone" / "out")
    return link


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
@pytest.mark.parametrize("command", sorted(_PARQUET))
@pytest.mark.parametrize(
    ("kind", "said"),
    [
        ("loop", "cannot use {out}: Too many levels of symbolic links"),
        ("dangling", "{out} is a link to a folder that does not exist"),
    ],
)
def test_out_a_broken_link_is_refused_before_dask_starts(
    command: str, kind: str, said: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A loop was refused only after the whole run, as ``File exists`` (listings) or as a
    write error under it (plan); a link to nothing the same. One machine's ``plan --out``
    refuses both at once: so does the Parquet writer's check now."""
    out = _link(tmp_path, kind)
    argv = [str(out) if a == "OUT" else a for a in _PARQUET[command]]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "Dask dashboard" not in err, err
    assert err.startswith("ipprules: error: --out: " + said.format(out=out)), err
    assert os.path.islink(out) and not (tmp_path / "gone").exists()  # nothing was made


# ---------------------------------------------------------------- a TOML file of many keys
#
# A rules file of a million unknown keys (12 MB, under the 64 MiB cap) took 7.1 s of CPU to
# refuse, 17 s on a loaded machine: tomllib's own 3.2 s, then the key index (one slow
# match after another on each ``k = 1``), a sort of the million names to name the first 100
# and a copy of them for each kind of document. These count the work, not the time.


def _keys_file(tmp_path: Path, count: int) -> Path:
    many = tmp_path / "many.toml"
    many.write_text("".join(f"k{i} = {i}\n" for i in range(count)), encoding="utf-8")
    return many


def test_many_unknown_keys_are_neither_sorted_nor_copied_whole(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import builtins

    from ipprules import _convert

    largest: list[int] = [0]

    def _seen(make):  # type: ignore[no-untyped-def]
        def wrapped(*args):  # type: ignore[no-untyped-def]
            made = make(*args)
            largest[0] = max(largest[0], len(made))
            return made

        return wrapped

    monkeypatch.setattr(_convert, "sorted", _seen(builtins.sorted), raising=False)
    monkeypatch.setattr(_convert, "set", _seen(builtins.set), raising=False)
    assert main(["explain", "--rules", str(_keys_file(tmp_path, 2_000))]) == 2
    err = capsys.readouterr().err
    assert f"{tmp_path / 'many.toml'}:1:1: $: unknown key 'k0'" in err, err
    assert "and 1,900 more unknown keys (the first 100 are named)" in err, err
    assert err.count("$: unknown key 'k") == 100, err  # the first 100 in order, named
    assert ":1002:1: $: unknown key 'k1001'" in err and "'k1999'" not in err, err
    assert largest[0] < 2_000, largest


def test_plain_keys_are_indexed_in_one_match_each(monkeypatch: pytest.MonkeyPatch) -> None:
    from ipprules import _files

    slow: list[int] = []
    key = _files._TomlScanner._key

    def counted(self, pos):  # type: ignore[no-untyped-def]
        slow.append(pos)
        return key(self, pos)

    monkeypatch.setattr(_files._TomlScanner, "_key", counted)
    text = "a = 1\nb=2024-01-02 # c\n[t]\nc = 'x'\nd.e = [1, {f = 2}]\n"
    doc = _files.parse_document(text, "p.toml", "toml")
    where = [doc.locate(p) for p in ("$.a", "$.b", "$.t.c", "$.t.d.e[1].f", "$.t.d.e[0]")]
    assert where == [(1, 1), (2, 1), (4, 1), (5, 12), (5, 8)]
    # a, b and f take one match each; the header [t], the quoted value and the dotted key
    # the scanner's slow path
    assert len(slow) == 3, slow
