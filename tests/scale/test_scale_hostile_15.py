"""Hostile input against the Dask surfaces (round 15): each a clear error naming the file,
or the same answer as one machine, in bounded time; all on the synchronous scheduler."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask.dataframe")
pytest.importorskip("distributed")

from ipprules.cli import main
from ipprules.errors import InputError
from ipprules.scale import parse_urls, read_histories, read_urls

URL = "https://item.taobao.com/item.htm?id=606832683299"


@contextlib.contextmanager
def _unblocked(fifo: Path, after: float = 3.0) -> Iterator[list[float]]:
    """Should a reader open ``fifo`` (and block), a writer opens and closes it after
    ``after`` seconds, so that a test of a reader that blocks fails rather than hangs. Yields
    the list of the times it did so: empty when no reader ever held the FIFO open."""
    stop = threading.Event()
    released: list[float] = []

    def release() -> None:
        deadline = time.monotonic() + after
        while not stop.wait(0.05):
            if time.monotonic() < deadline:
                continue
            try:  # no reader yet: ENXIO
                fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
            except OSError as exc:
                if exc.errno != errno.ENXIO:
                    return
                continue
            os.close(fd)
            released.append(time.monotonic())
            deadline = time.monotonic() + after

    thread = threading.Thread(target=release, daemon=True)
    thread.start()
    try:
        yield released
    finally:
        stop.set()
        thread.join()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_refused_at_once_not_read_for_ever(
    tmp_path: Path, synchronous: None, capsys: Any
) -> None:
    fifo = tmp_path / "urls.txt"
    os.mkfifo(fifo)
    # Refused without opening it: no reader ever held the FIFO open for the writer to
    # release. (The wall-clock bound of 2 s it replaces measured the machine's load too: 1 s
    # with coverage on a busy machine.)
    with _unblocked(fifo) as released:
        code = main(["listings", str(fifo), "--workers", "1"])
        err = capsys.readouterr().err
        with pytest.raises(InputError, match=r"urls.txt: \$: not a regular file \(a FIFO\)"):
            parse_urls(str(fifo))
        with pytest.raises(InputError, match=r"not a regular file \(a FIFO\)"):
            read_histories(str(fifo))
    assert released == []
    assert code == 2
    assert err == f"ipprules: error: {fifo}: $: not a regular file (a FIFO); give a file\n"


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null"])
def test_a_device_is_refused_not_read_as_an_empty_file(
    device: str, synchronous: None, capsys: Any
) -> None:
    """A character device has a size of 0: it was read as a file of no URLs (exit 0)."""
    code = main(["listings", device, "--workers", "1"])
    assert code == 2
    assert capsys.readouterr().err == (
        f"ipprules: error: {device}: $: not a regular file (a character device); give a file\n"
    )
    with pytest.raises(InputError, match="not a regular file"):
        read_urls(device)


def test_a_symbolic_link_loop_is_named_as_such(tmp_path: Path) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "c.txt").write_text(URL + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"a.txt: \$: cannot read the file: Too many levels"):
        parse_urls(str(tmp_path / "*.txt"))


def _compute(frame: Any) -> Any:
    import dask

    with dask.config.set(scheduler="synchronous"):
        return frame.compute()


def _write(path: Path, lines: int) -> None:
    if path.suffix == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.table({"url": [URL] * lines}), path)
    elif path.suffix == ".jsonl":
        path.write_text(f'{{"url": "{URL}"}}\n' * lines, encoding="utf-8")
    else:
        path.write_text(f"{URL}\n" * lines, encoding="utf-8")


@pytest.mark.parametrize("name", ["urls.txt", "urls.jsonl", "urls.parquet"])
def test_a_file_removed_after_it_was_listed_is_named_when_it_is_read(
    tmp_path: Path, name: str
) -> None:
    """A raw FileNotFoundError came out of the worker."""
    path = tmp_path / name
    _write(path, 100)
    frame = parse_urls(str(path), blocksize=1000)
    path.unlink()
    with pytest.raises(InputError, match=f"{name}: \\$: cannot read the file: No such file"):
        _compute(frame)


@pytest.mark.parametrize("name", ["urls.txt", "urls.jsonl"])
@pytest.mark.parametrize("lines", [30, 300])
def test_a_text_file_that_changed_after_it_was_listed_is_refused(
    tmp_path: Path, name: str, lines: int
) -> None:
    """Its blocks were planned for one size: read at another, some of its new (or lost)
    lines were read and others not, without a word."""
    path = tmp_path / name
    _write(path, 100)
    frame = parse_urls(str(path), blocksize=1000, dedupe=False)
    _write(path, lines)
    with pytest.raises(InputError, match=f"{name}: \\$: the file changed while it was read"):
        _compute(frame)


HISTORY_CSV = (
    "account,type,date,platform,reason_code,listings,taken_down,rejected\n"
    "a,complaint,2023-03-01,taobao,tm_counterfeit,300,100,200\n"
)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("interpretation", object()),
        ("interpretation", 1),
        ("trial", object()),
        ("trial", "2021"),
        ("trial", [2021.0]),
        ("metrics", "takedown_rate_complaint"),
        ("metrics", object()),
    ],
    ids=["interpretation-object", "interpretation-int", "trial-object", "trial-str",
         "trial-float", "metrics-str", "metrics-object"],
)  # fmt: skip
def test_standings_options_of_a_wrong_type_are_the_type_errors_of_standing(
    tmp_path: Path, name: str, value: Any
) -> None:
    """Dask's tokenizer refused an object() with its own error, and a str of metrics was
    read as its letters ("unknown metric 't'"): the error is now the one standing() gives
    (a TypeError for a value that is not iterable at all)."""
    from ipprules.goodfaith import History, standing
    from ipprules.scale import standings

    path = tmp_path / "history.csv"
    path.write_text(HISTORY_CSV, encoding="utf-8")
    with pytest.raises(TypeError) as alone:
        standing(History.from_file(path, account="a"), "2024-01-01", **{name: value})
    with pytest.raises(TypeError) as scaled:
        _compute(standings(str(path), "2024-01-01", **{name: value}))
    if not (name == "metrics" and value.__class__ is object):
        assert str(scaled.value) == str(alone.value)


def test_standings_reads_trial_years_given_as_a_generator(tmp_path: Path) -> None:
    from ipprules.goodfaith import History, standing
    from ipprules.scale import standings

    path = tmp_path / "history.csv"
    path.write_text(HISTORY_CSV, encoding="utf-8")
    alone = standing(History.from_file(path, account="a"), "2024-01-01", trial=[2021])
    row = _compute(standings(str(path), "2024-01-01", trial=(y for y in [2021]))).iloc[0]
    assert row["account"] == "a"
    assert bool(row["qualifies"]) is alone.qualifies
    assert row["version"] == alone.version


def _plan() -> Any:
    from ipprules.checks import read_plan

    return read_plan(Path(__file__).parents[2] / "examples" / "plan.toml")


@pytest.mark.parametrize(
    ("plans", "message"),
    [
        ("plan-list", "plans must be a Plan or a mapping of account names to Plans, got list"),
        ("str", "plans must be a Plan or a mapping of account names to Plans, got str"),
        ("pairs", "plans must be a Plan or a mapping of account names to Plans, got list"),
        ("none-plan", "plans['a'] must be a Plan, got NoneType"),
        ("str-plan", "plans['a'] must be a Plan, got str"),
    ],
    ids=["plan-list", "str", "pairs", "none-plan", "str-plan"],
)
def test_plans_of_a_wrong_type_are_a_type_error_when_the_graph_is_built(
    plans: str, message: str
) -> None:
    """A list or a str was a ValueError from dict(); a list of pairs was taken as a mapping;
    a None plan made its account's rows unknown-account; a str plan failed in a worker."""
    import dask.dataframe as dd
    import pandas as pd

    from ipprules.scale import plan_accounts

    plan = _plan()
    given = {
        "plan-list": [plan],
        "str": "a",
        "pairs": [("a", plan)],
        "none-plan": {"a": None},
        "str-plan": {"a": "plan.toml"},
    }[plans]
    frame = dd.from_pandas(pd.DataFrame({"account": ["a"], "url": [URL]}), npartitions=1)
    with pytest.raises(TypeError) as caught:
        plan_accounts(frame, given, as_of="2026-11-23")  # no compute: refused at the door
    assert str(caught.value) == message


@pytest.mark.parametrize("kind", ["series", "frame", "list"])
def test_parse_urls_column_of_a_wrong_type_is_a_type_error(kind: str) -> None:
    """A pandas Series as column was "ValueError: The truth value of a Series is ambiguous"."""
    import dask.dataframe as dd
    import pandas as pd

    frame = dd.from_pandas(pd.DataFrame({"url": [URL]}), npartitions=1)
    column = {"series": pd.Series(["url"]), "frame": pd.DataFrame({"url": [URL]}), "list": []}
    with pytest.raises(TypeError, match="column must be a str or None, got "):
        parse_urls(frame, column=column[kind])


@pytest.mark.parametrize("blocksize", ["", "   "], ids=["empty", "blank"])
def test_a_blank_blocksize_is_refused_not_read_as_one_byte(tmp_path: Path, blocksize: str) -> None:
    """Dask's parse_bytes reads "" as 1: a partition for every byte of the input."""
    from ipprules.errors import IpprulesError

    path = tmp_path / "urls.txt"
    _write(path, 10)
    with pytest.raises(IpprulesError, match="blocksize: not a size in bytes"):
        read_urls(str(path), blocksize=blocksize)
    with pytest.raises(IpprulesError, match="blocksize: not a size in bytes"):
        parse_urls(str(path), blocksize=blocksize)


@pytest.mark.parametrize(
    "header",
    ['"url\n",note', 'url,"note\non two lines"', '\ufeff"url","a\r\nb"'],
    ids=["url-cell", "other-cell", "bom-crlf"],
)
def test_a_csv_header_cell_holding_a_line_end_is_read_as_on_one_machine(
    tmp_path: Path, synchronous: None, capsys: Any, header: str
) -> None:
    """A quoted header cell may hold a line end (Excel writes them): one machine reads the
    file; the Dask path read the header's first line alone ("not CSV: unexpected end of
    data")."""
    import json

    path = tmp_path / "urls.csv"
    path.write_bytes(f"{header}\n{URL},x\n".encode())
    assert main(["listings", str(path), "--format", "json"]) == 0
    alone = json.loads(capsys.readouterr().out)
    assert main(["listings", str(path), "--workers", "1", "--format", "json"]) == 0
    scaled = json.loads(capsys.readouterr().out)
    assert scaled["summary"]["total"] == alone["summary"]["total"] == 1
    assert scaled["summary"]["parsed"] == alone["summary"]["parsed"] == 1
    rows = _compute(parse_urls(str(path), column=None))
    assert rows["canonical_url"].tolist() == [alone["results"][0]["canonical_url"]]


@pytest.mark.parametrize("account", [1, None, b"a"], ids=["int", "none", "bytes"])
def test_standing_row_refuses_an_account_that_is_not_text(tmp_path: Path, account: object) -> None:
    """The row's account column is text: an int or None was put in the row as it was."""
    from ipprules.goodfaith import History, standing
    from ipprules.scale import standing_row

    path = tmp_path / "history.csv"
    path.write_text(HISTORY_CSV, encoding="utf-8")
    history = History.from_file(path, account="a")
    assert standing_row("a", standing(history, "2024-01-01"), history.complaints)["account"] == "a"
    with pytest.raises(TypeError, match="account must be a str, got "):
        standing_row(account, standing(history, "2024-01-01"), history.complaints)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["urls.txt", "urls.csv"])
def test_max_bytes_given_caps_the_files_of_the_dask_path(
    tmp_path: Path, synchronous: None, capsys: Any, name: str
) -> None:
    """--max-bytes was ignored with --workers: a file of any size was read."""
    path = tmp_path / name
    header = "url\n" if name.endswith(".csv") else ""
    path.write_text(header + f"{URL}\n" * 300, encoding="utf-8")
    assert main(["listings", str(path), "--workers", "1", "--max-bytes", "10K"]) == 2
    assert capsys.readouterr().err == (
        f"ipprules: error: {path}: $: file larger than 10 KiB (the size cap; raise it with "
        "--max-bytes)\n"
    )
    assert main(["listings", str(path), "--workers", "1", "--max-bytes", "1M"]) == 0
    assert capsys.readouterr().out == "300 inputs: 300 parsed, 0 duplicates, 0 rejected\n"


@pytest.mark.parametrize("kind", ["unknown-protocol", "zip-not-zip"])
def test_a_path_its_file_system_cannot_list_is_named(
    tmp_path: Path, synchronous: None, capsys: Any, kind: str
) -> None:
    """fsspec's own errors (BadZipFile, an ImportError for s3fs) were "unexpected failure
    (...): please report this"."""
    text = tmp_path / "urls.txt"
    _write(text, 2)
    path = {"unknown-protocol": "nosuch://bucket/urls.txt", "zip-not-zip": f"zip://x::{text}"}[kind]
    detail = {"unknown-protocol": "Protocol not known: nosuch", "zip-not-zip": "File is not a zip"}
    with pytest.raises(InputError, match=f"cannot list the files: {detail[kind]}"):
        parse_urls(path)
    assert main(["listings", path, "--workers", "1"]) == 2
    assert capsys.readouterr().err.startswith(
        f"ipprules: error: {path}: $: cannot list the files: {detail[kind]}"
    )


@pytest.mark.parametrize("blank", ["", "  "])
def test_a_blank_url_column_name_is_refused_not_read_as_url(blank: str, tmp_path: Path) -> None:
    """``column=""`` meant the default ``url`` in silence; ``None`` is the way to ask for the
    URL column by its names."""
    from ipprules.errors import InputError
    from ipprules.scale import parse_urls, read_urls

    path = tmp_path / "u.csv"
    path.write_text("url\nhttps://item.taobao.com/item.htm?id=606832683299\n", "utf-8")
    for call in (read_urls, parse_urls):
        with pytest.raises(InputError, match="column: a blank name"):
            call(str(path), column=blank)


# (``--workers`` on the synchronous scheduler, as the module's other tests: each row of the
# two tests below started a cluster of its own, some 6 s apiece; the answers on a real
# cluster are compared in test_scale_cli_cluster.py and test_cli_cluster_cluster19.py)
@pytest.mark.usefixtures("synchronous")
@pytest.mark.parametrize("text", ["", "\n\n", "  \r\n"])
def test_an_empty_csv_holds_no_url_on_dask_as_on_one_machine(
    text: str, tmp_path: Path, capsys: Any
) -> None:
    """``ipprules listings empty.csv`` reads 0 inputs (exit 0); with ``--workers`` it was
    refused ("empty file: no header row", exit 2)."""
    path = tmp_path / "empty.csv"
    path.write_text(text, "utf-8")
    codes = []
    for extra in ([], ["--workers", "1"]):
        codes.append(main(["listings", str(path), *extra]))
        out = capsys.readouterr().out
        assert "0 inputs: 0 parsed, 0 duplicates, 0 rejected" in out
    assert codes == [0, 0]


@pytest.mark.parametrize(
    "text",
    [
        "url,notes\nhttps://item.taobao.com/item.htm?id=606832683299,a\n,\n,,\n",
        'url\nhttps://item.taobao.com/item.htm?id=606832683299\n   \n\n""\n\t\n',
        "seller,url\nacme,\n\n  \nb,https://item.taobao.com/item.htm?id=606832683299\n",
        "url;x\n;\n\n",
    ],
    ids=["blank cells", "quoted empty", "no URL in its cell", "semicolons"],
)
@pytest.mark.usefixtures("synchronous")
def test_a_csv_record_without_its_url_is_an_input_on_both_paths(
    text: str, tmp_path: Path, capsys: Any
) -> None:
    """One machine skipped a record whose URL cell is empty (``acme,``, ``,,``); ``--workers``
    counted it as an ``empty`` rejection: both count it now (a blank line is no record)."""
    path = tmp_path / "pile.csv"
    path.write_text(text, "utf-8")
    summaries = []
    for extra in ([], ["--workers", "1"]):
        main(["listings", str(path), "--format", "json", *extra])
        summaries.append(json.loads(capsys.readouterr().out)["summary"])
    assert summaries[0] == summaries[1]
    assert summaries[0]["rejected"].get("empty", 0) >= 1
