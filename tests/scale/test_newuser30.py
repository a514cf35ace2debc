"""newuser30's findings, a data engineer following docs/scaling.md on a crawl folder."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

pytest.importorskip("dask.dataframe")

from ipprules.errors import InputError
from ipprules.scale import read_urls
from ipprules.scale._listings import matching_paths

URL = "https://item.taobao.com/item.htm?id=606832683299\n"


def _parquet(path: Path) -> None:
    import pandas as pd

    pd.DataFrame({"url": [URL.strip()]}).to_parquet(path)


def test_a_directory_of_parquet_and_other_files_is_refused_naming_them(tmp_path: Path) -> None:
    """A crawl folder of Parquet, CSV and text files, given as a directory, was read as its
    Parquet files alone: the CSV and text files' rows were missing, and nothing said so."""
    _parquet(tmp_path / "a.parquet")
    (tmp_path / "b.csv").write_text("url\n" + URL, encoding="utf-8")
    (tmp_path / "c.txt").write_text(URL, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_urls(str(tmp_path))
    problem = caught.value.problems[0]
    assert problem.file == str(tmp_path)
    assert problem.message == (
        "a directory is read as its Parquet files, and it holds other files too (b.csv and 1 "
        f"more), which would not be read: name them all with a glob ({tmp_path}/*), or the "
        f"Parquet files alone ({tmp_path}/*.parquet)"
    )


def test_a_parquet_directory_with_a_writers_bookkeeping_is_read(tmp_path: Path) -> None:
    """``_SUCCESS``, ``_metadata`` and ``.crc`` files beside the Parquet files (Spark, Dask,
    Hadoop) are not data: the directory is still read as its Parquet files."""
    _parquet(tmp_path / "part.0.parquet")
    (tmp_path / "sub").mkdir()
    _parquet(tmp_path / "sub" / "part.1.pq")
    for name in ("_SUCCESS", "_metadata", ".part.0.parquet.crc"):
        (tmp_path / name).write_bytes(b"")
    (tmp_path / "_temporary").mkdir()
    (tmp_path / "_temporary" / "x.csv").write_text("url\n", encoding="utf-8")
    assert matching_paths(str(tmp_path)) == [
        str(tmp_path / "part.0.parquet"),
        str(tmp_path / "sub" / "part.1.pq"),
    ]


def test_a_scheduler_address_where_a_web_server_answers_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A server that is not a Dask scheduler (a web server) answers bytes that Dask read as a
    frame length of exabytes: the error was "Unable to allocate 3.07 EiB for an array with
    shape (3543824036068086856,) and data type uint8", which says nothing of what to do."""
    import socket
    import threading

    pytest.importorskip("distributed")
    from ipprules.cli import main

    urls = tmp_path / "a.txt"
    urls.write_text(URL, encoding="utf-8")
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    port = server.getsockname()[1]

    def answer() -> None:
        with contextlib.suppress(OSError):
            while True:
                peer, _ = server.accept()
                with peer:
                    peer.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")

    threading.Thread(target=answer, daemon=True).start()
    try:
        code = main(["listings", str(urls), "--scheduler", f"tcp://127.0.0.1:{port}"])
    finally:
        server.close()
    err = capsys.readouterr().err
    assert code == 2
    assert err == (
        f"ipprules: error: --scheduler: cannot connect to tcp://127.0.0.1:{port}: what answers "
        "there is not a Dask scheduler (its reply is not Dask's protocol: a web server?); give "
        "the scheduler's address, by default tcp://HOST:8786\n"
    )


def test_an_out_directory_that_holds_files_is_refused_saying_what_to_give(
    tmp_path: Path,
) -> None:
    """``--out parsed/`` after an earlier run said "is not empty (it holds part.0.parquet)"
    and not what to do about it."""
    from ipprules.errors import IpprulesError
    from ipprules.scale import cli as scale_cli

    (tmp_path / "part.0.parquet").write_bytes(b"an earlier run")
    with pytest.raises(IpprulesError) as caught:
        scale_cli._check_out(str(tmp_path), ())
    assert str(caught.value) == (
        f"--out: {tmp_path} is not empty (it holds part.0.parquet): give a new or empty "
        "directory (Dask leaves the files a run does not write, to be read back with its rows)"
    )


def test_plan_accounts_without_its_url_column_names_the_columns_and_the_link_one() -> None:
    """Rows with a ``link`` column (read as the URLs by ``ipprules plan --workers``) given to
    ``plan_accounts`` were refused "$.url: no column 'url'" alone: no columns named, and not
    the keyword that takes ``link``, as ``parse_urls`` says it."""
    import dask.dataframe as dd
    import pandas as pd

    from ipprules.checks import read_plan
    from ipprules.scale import plan_accounts

    plan = read_plan("examples/plan.toml")
    rows = pd.DataFrame({"account": ["lumen"], "link": [URL.strip()]})
    with pytest.raises(InputError) as caught:
        plan_accounts(dd.from_pandas(rows, npartitions=1), {"lumen": plan}, as_of="2026-11-23")
    assert str(caught.value) == (
        "$.url: no column 'url' (columns: account, link); the URLs in 'link'? name it, "
        "column='link'"
    )
    with pytest.raises(InputError) as caught:
        plan_accounts(dd.from_pandas(rows, npartitions=1), plan, account="owner")
    assert str(caught.value) == "$.owner: no column 'owner' (columns: account, link)"
