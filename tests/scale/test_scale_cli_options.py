"""Bad ``--workers``, ``--scheduler`` and ``--out`` values, and malformed CSV read on Dask:
one line naming the option (or the file and line), exit code 2, at once (no cluster started)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask.dataframe")
pytest.importorskip("distributed")

from ipprules.cli import main
from ipprules.errors import InputError, IpprulesError
from ipprules.scale import cli as scale_cli
from ipprules.scale._listings import _csv_problem, csv_table

URL = "https://item.taobao.com/item.htm?id=606832683299"


def _urls(tmp_path: Path) -> str:
    path = tmp_path / "a.txt"
    path.write_text(URL + "\n", encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("junk://::::", "unknown address scheme 'junk'"),
        ("notanaddress", "missing port number"),
        ("tcp://127.0.0.1:99999", "port 99999 is not in 1-65535"),
        ("tcp://127.0.0.1:abc", "'tcp://127.0.0.1:abc'"),
        ("inproc://x", "inproc://"),
        # ("   ": white space only, refused as every argument's, tests/test_inputs23.py)
    ],
)
def test_a_bad_scheduler_address_is_refused_at_once(
    address: str, reason: str, tmp_path: Path, capsys: Any
) -> None:
    started = time.monotonic()
    code = main(["listings", _urls(tmp_path), "--scheduler", address])
    err = capsys.readouterr().err
    assert code == 2
    assert time.monotonic() - started < 5
    assert err.startswith("ipprules: error: --scheduler: ")
    assert reason in err
    assert len(err.strip().splitlines()) == 1


def test_a_scheduler_address_with_a_control_character_is_refused_as_every_value(
    tmp_path: Path, capsys: Any
) -> None:
    code = main(["listings", _urls(tmp_path), "--scheduler", "tcp://\x01:1"])
    err = capsys.readouterr().err
    assert code == 2
    assert err == (
        "ipprules listings: error: argument --scheduler: a control character (U+0001) in "
        "'tcp://\\x01:1'\n"
    )


def test_an_empty_scheduler_address_is_refused_as_every_empty_value(
    tmp_path: Path, capsys: Any
) -> None:
    code = main(["listings", _urls(tmp_path), "--scheduler", ""])
    err = capsys.readouterr().err
    assert code == 2
    assert err == (
        "ipprules listings: error: argument --scheduler: an empty value (expected ADDRESS)\n"
    )


def test_a_scheduler_port_that_accepts_and_never_answers_is_given_up(
    tmp_path: Path, capsys: Any, monkeypatch: Any
) -> None:
    """A port that accepts the connection and never answers held the handshake past 30 s:
    given up after the connect timeout."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
        probe.listen()
        monkeypatch.setattr(scale_cli, "CONNECT_TIMEOUT", 1)
        started = time.monotonic()
        code = main(["listings", _urls(tmp_path), "--scheduler", f"tcp://127.0.0.1:{port}"])
        err = capsys.readouterr().err
    assert code == 2
    assert time.monotonic() - started < 8
    assert f"--scheduler: no Dask scheduler answered at tcp://127.0.0.1:{port} within 1 s" in err
    assert "Traceback" not in err


def test_a_scheduler_address_where_nothing_listens_is_refused_at_once(
    tmp_path: Path, capsys: Any
) -> None:
    """Nothing listening: refused at once, not after the connect timeout (10 s) through which
    Dask's client retries a refused connection."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    started = time.monotonic()  # the port is closed: nothing listens on it
    code = main(["listings", _urls(tmp_path), "--scheduler", f"tcp://127.0.0.1:{port}"])
    err = capsys.readouterr().err
    assert code == 2
    assert time.monotonic() - started < 3  # CONNECT_TIMEOUT is 10
    assert f"--scheduler: nothing listens at tcp://127.0.0.1:{port} (connection refused)" in err
    assert "Traceback" not in err


def test_a_scheduler_host_that_does_not_resolve_is_refused_at_once(
    tmp_path: Path, capsys: Any
) -> None:
    code = main(["listings", _urls(tmp_path), "--scheduler", "tcp://no-such-host.invalid:8786"])
    err = capsys.readouterr().err
    assert code == 2
    assert "--scheduler: cannot resolve the host of tcp://no-such-host.invalid:8786 (" in err
    assert "Traceback" not in err


def test_a_client_that_fails_half_made_is_closed() -> None:
    """A TLS address without TLS settings fails inside ``distributed.Client`` after it
    started its event loop: the client is closed at once, not at interpreter exit."""
    started = time.monotonic()
    with (
        pytest.raises(IpprulesError, match=r"--scheduler: cannot connect to tls://"),
        scale_cli.cluster(scheduler="tls://127.0.0.1:1"),
    ):
        pass  # pragma: no cover - never connects
    assert time.monotonic() - started < 5


@pytest.mark.parametrize("address", ["junk://::::", "tls://127.0.0.1:1"])
def test_the_command_exits_at_once_without_a_traceback(address: str, tmp_path: Path) -> None:
    """In a process of its own: nothing waits for a scheduler when the interpreter exits (a
    half-made client held the exit for its scheduler: 24 s after the error line, then a
    traceback). Timed from the error line to the exit (1 to 3 s with coverage on a busy
    machine): the start-up before it (the interpreter, Dask's imports, coverage) is the
    machine's load, not what is tested; timed from the start, it passed a bound of 15 s."""
    argv = [sys.executable, "-m", "ipprules", "listings", _urls(tmp_path), "--scheduler", address]
    out, err = tmp_path / "out.txt", tmp_path / "err.txt"
    with out.open("w") as out_file, err.open("w") as err_file:
        run = subprocess.Popen(argv, stdout=out_file, stderr=err_file)
    try:
        deadline = time.monotonic() + 120
        while "\n" not in err.read_text() and run.poll() is None:
            assert time.monotonic() < deadline, "no error line within 120 s"
            time.sleep(0.02)
        said = time.monotonic()
        code = run.wait(timeout=60)
        waited = time.monotonic() - said
    finally:
        if run.poll() is None:
            run.kill()
            run.wait()
    stderr = err.read_text()
    assert code == 2
    assert waited < 10, f"the process exited {waited:.1f} s after its error line"
    assert "--scheduler" in stderr.splitlines()[0]
    assert "Traceback" not in stderr + out.read_text()


@pytest.mark.parametrize("command", ["listings", "plan"])
def test_too_many_workers_are_refused_before_anything_starts(
    command: str, tmp_path: Path, capsys: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No cluster is asked for (this was a bound of 5 s of wall-clock time, which measured
    the machine's load too: 1.9 s with coverage on a busy machine)."""
    import distributed

    started: list[Any] = []

    def no_cluster(*args: Any, **kwargs: Any) -> Any:
        started.append((args, kwargs))
        raise AssertionError("a cluster was started for too many workers")

    monkeypatch.setattr(distributed, "LocalCluster", no_cluster)
    too_many = scale_cli.max_workers() + 1
    argv = [command, _urls(tmp_path), "--workers", str(too_many)]
    if command == "plan":
        argv += ["--account", "examples/plan.toml"]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert started == []
    assert f"--workers: at most {scale_cli.max_workers()} worker processes" in err
    assert f"got {too_many}" in err


def test_the_worker_cap_is_generous() -> None:
    import os

    assert scale_cli.max_workers() >= max(8, 4 * (os.cpu_count() or 1))
    scale_cli._check_workers(scale_cli.max_workers())  # the cap itself is allowed
    with pytest.raises(IpprulesError, match="--workers: expected a positive number"):
        scale_cli._check_workers(-3)


def test_an_existing_file_as_out_is_refused(tmp_path: Path, capsys: Any) -> None:
    taken = tmp_path / "plan.toml"
    taken.write_text("x = 1\n", encoding="utf-8")
    assert main(["listings", _urls(tmp_path), "--workers", "1", "--out", str(taken)]) == 2
    assert f"--out: {taken} exists and is not a directory" in capsys.readouterr().err
    under = taken / "sub"
    assert main(["listings", _urls(tmp_path), "--workers", "1", "--out", str(under)]) == 2
    assert f"--out: {taken} is a file, not a directory" in capsys.readouterr().err
    assert taken.read_text(encoding="utf-8") == "x = 1\n"


def test_plan_out_holding_a_file_where_a_directory_goes(tmp_path: Path, capsys: Any) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "outcomes").write_text("", encoding="utf-8")
    argv = ["plan", "rows.csv", "--account", "examples/plan.toml", "--workers", "1"]
    assert main([*argv, "--out", str(out)]) == 2
    assert f"--out: {out}/outcomes exists and is not a directory" in capsys.readouterr().err


def test_a_write_error_under_out_names_out() -> None:
    denied = r"^--out: cannot write /o/x: Permission denied$"
    with pytest.raises(IpprulesError, match=denied), scale_cli._out_errors("/o"):
        raise PermissionError(13, "Permission denied", "/o/x")
    with pytest.raises(OSError, match="other"), scale_cli._out_errors(None):
        raise OSError("other")


def test_an_unclosed_quote_names_the_line_it_opens_on(tmp_path: Path) -> None:
    one = tmp_path / "w-unbal.csv"
    one.write_text(f'url\n"{URL}\n', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        csv_table(str(one))
    # as the single-machine readers word it
    never = "(a quote opened on this line is never closed)"
    assert str(caught.value) == f"{one}:2:1: $: not valid CSV: unexpected end of data {never}"
    longer = tmp_path / "w-unbal2.csv"
    longer.write_text(f'url\n{URL}\n"{URL}\n{URL}\n{URL}\n', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        csv_table(str(longer))
    assert (caught.value.line, caught.value.column) == (3, 1)
    assert "a quote opened on this line is never closed" in str(caught.value)
    inner = tmp_path / "w-unbal3.csv"  # the quoted cell opens in the second column
    inner.write_text(f'id,url\n1,{URL}\n2,"{URL}\n3,{URL}\n', encoding="utf-8")
    with pytest.raises(InputError) as caught:
        csv_table(str(inner))
    assert (caught.value.line, caught.value.column) == (3, 3)


def test_a_row_longer_than_the_header_keeps_its_first_cells(tmp_path: Path) -> None:
    """pandas would take the first column for an index (the URL column would then read the
    second cell); on one machine the extra cells are ignored, and so they are here."""
    path = tmp_path / "ragged.csv"
    path.write_text(f"url\n{URL},extra\nhttps://b\n", encoding="utf-8")
    assert csv_table(str(path))["url"].tolist() == [URL, "https://b"]


def test_csv_problems_pandas_alone_sees() -> None:
    fields = ValueError("Error tokenizing data. C error: Expected 2 fields in line 3, saw 3")
    assert _csv_problem("a,b\n1,2\n1,2,3\n", fields) == (
        3,
        1,
        "not valid CSV: 3 cells where the header has 2",
    )
    assert _csv_problem("a\n1\n", ValueError("odd\nsecond line")) == (
        None,
        None,
        "not valid CSV: odd",
    )


def test_an_out_directory_holding_an_earlier_run_is_refused(tmp_path: Path, capsys: Any) -> None:
    """Dask writes part.0.parquet, part.1.parquet... and leaves the files it does not write:
    an earlier run's part.1.parquet would be read back as part of a one-partition run. So an
    --out that holds files (for plan: outcomes/ or complaints/ that hold files) is refused
    before anything starts; an empty one, or one holding only other things, is taken."""
    out = tmp_path / "out"
    (out / "sub").mkdir(parents=True)
    (out / "part.1.parquet").write_bytes(b"an earlier run")
    assert main(["listings", _urls(tmp_path), "--workers", "1", "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == (
        f"ipprules: error: --out: {out} is not empty (it holds part.1.parquet, sub): give a new "
        "or empty directory (Dask leaves the files a run does not write, to be read back with "
        "its rows)"
    )
    argv = ["plan", "rows.csv", "--account", "examples/plan.toml", "--workers", "1"]
    (out / "outcomes").mkdir()
    (out / "outcomes" / "part.0.parquet").write_bytes(b"an earlier run")
    assert main([*argv, "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(
        f"ipprules: error: --out: {out}/outcomes is not empty (it holds part.0.parquet): give a "
        "new or empty directory"
    )
    assert (out / "part.1.parquet").read_bytes() == b"an earlier run"
    empty = tmp_path / "empty"
    empty.mkdir()
    scale_cli._check_out(str(empty), ())
    scale_cli._check_out(str(out / "sub"), ("outcomes", "complaints"))
