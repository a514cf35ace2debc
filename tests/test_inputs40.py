"""Small left-overs (sweep inputs40).

1. A glob that matches nothing with ``--workers`` said ``no file matches`` alone, where one
   machine says which file was meant (``did you mean 'DIR/history.csv'?``); a path under a
   folder that does not exist had no did-you-mean, even beside a folder of a near name
   (``dat/urls.csv`` beside ``data/``), with or without ``--workers``.
2. ``ipprules.deadline_for("takedwn", ...)`` listed the deadline ids with no did-you-mean; a
   mistyped event is now named, with :func:`ipprules.lifecycle.deadlines_from` for it, as
   ``deadline_for("takedown", ...)`` already was.
3. ``expected an integer, got float (40.0: write it without a decimal point: 40)`` says what
   was given and what to write: ``got 40.0 (a float): write 40``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import ipprules
from ipprules.errors import UnknownNameError
from test_newuser8 import _run

URLS = Path("examples/planner-urls.csv").resolve()
ON = "2024-09-27"


def _data(tmp_path: Path) -> Path:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "history.csv").write_bytes(Path("examples/history.csv").read_bytes())
    (tmp_path / "data" / "urls.csv").write_bytes(URLS.read_bytes())
    return tmp_path / "data"


def test_a_glob_matching_nothing_with_workers_says_the_file_meant(tmp_path: Path) -> None:
    pytest.importorskip("dask.dataframe")
    data = _data(tmp_path)
    code, out, err = _run("listings", str(data / "urlz*.csv"), "--workers", "2")
    assert (code, out) == (2, "")
    assert err.rstrip().endswith(f"no file matches (did you mean {str(data / 'urls.csv')!r}?)")
    code, _, err = _run("listings", str(data / "zzz*.csv"), "--workers", "2")
    assert code == 2 and err.rstrip().endswith("$: no file matches"), err


@pytest.mark.parametrize("workers", [False, True])
@pytest.mark.parametrize(
    ("typed", "meant"), [("dat/urls.csv", "data/urls.csv"), ("dta/url.csv", "data/urls.csv")]
)
def test_a_path_in_a_mistyped_folder_says_the_file_meant(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, typed: str, meant: str, workers: bool
) -> None:
    """Named as typed (a relative path stays relative, with ``--workers`` too)."""
    if workers:
        pytest.importorskip("dask.dataframe")
    _data(tmp_path)
    monkeypatch.chdir(tmp_path)
    code, out, err = _run("listings", typed, *(["--workers", "2"] if workers else []))
    assert (code, out) == (2, "")
    assert err.startswith(f"ipprules: error: {typed}: $: cannot read the file: "), err
    assert err.rstrip().endswith(f"(did you mean {meant!r}?)"), err


def test_a_missing_folder_with_no_near_one_says_what_it_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _data(tmp_path)
    monkeypatch.chdir(tmp_path)
    code, _, err = _run("good-faith", "elsewhere/history.csv", "--as-of", "2026-12-01")
    assert code == 2
    assert err.rstrip().endswith("cannot read the file: No such file or directory"), err


@pytest.mark.parametrize(
    ("typed", "event"), [("takedwn", "takedown"), ("ipr_verifed", "ipr_verified")]
)
def test_deadline_for_a_mistyped_event_says_the_event_meant(typed: str, event: str) -> None:
    """The event nearest the name typed (nearer than any deadline id: 'ipr_verifed' is one
    letter from the event ipr_verified) is named, with deadlines_from for it."""
    with pytest.raises(UnknownNameError) as raised:
        ipprules.deadline_for(typed, ON)
    said = str(raised.value)
    assert (
        f"did you mean the event '{event}'? ipprules.lifecycle.deadlines_from('{event}', " in said
    )
    assert ipprules.lifecycle.deadlines_from(event, ON)  # the advice runs


@pytest.mark.parametrize(
    ("written", "said"),
    [
        ("40.0", "got 40.0 (a float): write 40"),
        ("2.5", "got 2.5 (a float)"),
        ("-3.0", "got -3.0 (a float): write -3"),
        ("1e20", "got 1e+20 (a float)"),
    ],
)
def test_an_integer_written_as_a_float_says_what_was_given_and_what_to_write(
    tmp_path: Path, written: str, said: str
) -> None:
    path = tmp_path / "plan.toml"
    path.write_text(
        '[account]\nname = "Acme"\nlocation = "elsewhere"\nidentity = "enterprise"\n'
        f"complaints_filed = {written}\n",
        encoding="utf-8",
    )
    code, _, err = _run("check", str(path), "--as-of", "2026-11-23")
    assert code == 2
    assert err.rstrip().endswith(f"$.account.complaints_filed: expected an integer, {said}"), err
