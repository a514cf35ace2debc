"""The Dask path gives exactly the one-machine answer (#13), on inputs the other scale tests do
not compare: real URLs from every table (``tests/listings/test_real_urls_*.py``) written as
files of every kind ``read_urls`` reads (text, CSV under a ``链接`` and a ``url`` column, JSON
Lines, Parquet) and cut into 1, 2 and 7 partitions, against ``dedupe(parse_listings(...))``
over what ``ipprules listings`` reads from the same files on one machine; many accounts' plan
rows and histories read from files, against the planner and ``standing`` per account alone;
and which error a file with bad rows in several partitions gives. Synchronous scheduler."""

from __future__ import annotations

import csv
import datetime as dt
import functools
import itertools
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

pd = pytest.importorskip("pandas")
dask = pytest.importorskip("dask")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from hypothesis import HealthCheck, example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from scale_data import histories, urls  # noqa: E402

from _real_urls import real_sample  # noqa: E402
from ipprules._options import column_option  # noqa: E402
from ipprules.cli import main  # noqa: E402
from ipprules.cli.listings import iter_urls  # noqa: E402
from ipprules.errors import InputError  # noqa: E402
from ipprules.listings import Duplicate, Listing, dedupe, parse_listings  # noqa: E402
from ipprules.scale import COLUMNS, listing_meta, parse_urls, read_urls  # noqa: E402

SOME = settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
CUTS = (1, 2, 7)


pytestmark = pytest.mark.usefixtures("synchronous_dask")


# ------------------------------------------------------------------------------ listings


def _pieces(texts: Sequence[Any], n: int) -> list[list[Any]]:
    """``texts`` cut into ``n`` runs of (nearly) equal length, in order."""
    size, more = divmod(len(texts), n)
    out, at = [], 0
    for i in range(n):
        step = size + (i < more)
        out.append(list(texts[at : at + step]))
        at += step
    return out


#: the one-machine rows of the lists of texts already asked for (the real URLs' are asked for
#: by several tests and kinds: each costs a parse of some 11,000 texts)
_ANSWERS: dict[tuple[tuple[str, ...], bool], list[dict[str, Any]]] = {}


def _one_machine(texts: Sequence[str], deduped: bool = True) -> list[dict[str, Any]]:
    """``dedupe(parse_listings(texts))`` as rows of the record schema, with ``status`` and the
    global index of a duplicate's ``first`` (computed once for each list; not to be changed)."""
    key = (tuple(texts), deduped)
    if key not in _ANSWERS:
        _ANSWERS[key] = _one_machine_rows(texts, deduped)
    return _ANSWERS[key]


def _one_machine_rows(texts: Sequence[str], deduped: bool) -> list[dict[str, Any]]:
    results: Any = parse_listings(texts)
    if deduped:
        results = dedupe(results)
    rows = []
    for position, r in results:
        first = None
        if isinstance(r, Duplicate):
            first, r = r.first, r.listing
        row: dict[str, Any] = r.as_dict() | {"first": first}
        row["status"] = (
            "duplicate" if first is not None else "listing" if type(r) is Listing else "rejected"
        )
        rows.append(row)
        assert position == len(rows) - 1
    return rows


def _plain(value: Any) -> Any:
    return None if value is None or value is pd.NA else value


def _same_rows(out: Any, want: list[dict[str, Any]], *, typed: bool = True) -> None:
    """The Dask rows equal the one-machine rows: one per input, in input order
    ((partition, position) ascending, positions 0, 1... in each partition), every field, each
    duplicate pointing at the same first row, and the same counts; of the types ``meta``
    declares (``typed``: not rows read back from Parquet)."""
    assert list(out.columns) == [name for name, _ in COLUMNS]
    if typed:
        assert dict(out.dtypes) == dict(listing_meta().dtypes)
    assert len(out) == len(want)
    parts, places = out["partition"].tolist(), out["position"].tolist()
    sizes = Counter(parts)
    offsets, total = {}, 0
    for p in sorted(sizes):
        offsets[p], total = total, total + sizes[p]
    globals_ = [offsets[p] + q for p, q in zip(parts, places, strict=True)]
    assert globals_ == list(range(len(want)))  # in order, each input once
    records = out.to_dict("records")
    for i, (have, row) in enumerate(zip(records, want, strict=True)):
        got = {k: _plain(have[k]) for k in row if k != "first"}
        assert got == {k: v for k, v in row.items() if k != "first"}, (i, got, row)
        first = _plain(have["first_partition"])
        if row["first"] is None:
            assert first is None and _plain(have["first_position"]) is None, i
        else:
            assert offsets[first] + have["first_position"] == row["first"], i
    assert Counter(out["status"]) == Counter(r["status"] for r in want)


#: real URLs (a sample spread over every table, ~1,500 rows: each row is checked on one
#: machine by its own table), then again upper-cased: other texts of the same listings, so
#: that the second half repeats the first across partitions (duplicates marked by
#: de-duplication)
REAL = [*real_sample(1500), *(t.upper() for t in real_sample(1500))]


def _linable(text: str) -> bool:
    """A text a file of one URL per line holds as one line of its own, read back the same."""
    return bool(text.strip()) and "\n" not in text and "\r" not in text


def _write(kind: str, folder: Path, pieces: list[list[str]]) -> str:
    """Files of ``kind`` holding ``pieces`` (one file each); the glob that reads them."""
    folder.mkdir()
    for i, piece in enumerate(pieces):
        if kind == "text":
            (folder / f"p{i}.txt").write_text("".join(f"{t}\n" for t in piece), "utf-8")
        elif kind in ("csv-url", "csv-链接"):
            with (folder / f"p{i}.csv").open("w", encoding="utf-8", newline="") as out:
                writer = csv.writer(out, lineterminator="\r\n")
                writer.writerow(["seller", kind[4:], "notes"])
                writer.writerows([f"s{n}", t, "x"] for n, t in enumerate(piece))
        elif kind == "jsonl":
            lines = (
                json.dumps({"id": n, "url": t}, ensure_ascii=False) for n, t in enumerate(piece)
            )
            (folder / f"p{i}.jsonl").write_text("".join(f"{x}\n" for x in lines), "utf-8")
        else:
            table = pa.table({"url": pa.array(piece, pa.string())})
            pq.write_table(table, folder / f"p{i}.parquet")
    return str(folder / "p*")


def _read_here(glob: str, kind: str) -> list[str]:
    """What one machine reads from the files of ``glob`` (``ipprules listings``' reader, file
    after file; Parquet, which it does not read, as the column's values)."""
    files = sorted(Path(glob).parent.iterdir())
    if kind == "parquet":
        return [t for f in files for t in pq.read_table(f)["url"].to_pylist()]
    return [text for f in files for _, text in iter_urls(str(f))]


KINDS = ("text", "csv-url", "csv-链接", "jsonl", "parquet")


#: the kinds ``ipprules listings`` reads on one machine (no Parquet), each with the column
#: it finds by its names (as without ``--column``)
SUMMED = ("text", "csv-链接", "jsonl")


def _cli_rows(glob: str, texts: list[str], capsys: pytest.CaptureFixture[str]) -> Any:
    """``ipprules listings FILE --dedupe`` with and without ``--workers`` (the glob's one
    file): the same summary (but for its hint on where to see the inputs that hold other
    listings: their rows are printed without the flags only); the rows ``--workers`` wrote
    under ``--out``."""
    (path,) = Path(glob).parent.iterdir()
    argv = ["listings", str(path), "--dedupe", "--format", "json"]
    code_one = main(argv)
    one = json.loads(capsys.readouterr().out)["summary"]
    out = Path(glob).parent.parent / "out"
    code_many = main([*argv, "--workers", "1", "--out", str(out)])
    many = json.loads(capsys.readouterr().out)["summary"]
    line_one, line_many = one.pop("line"), many.pop("line")
    assert (code_one, one) == (code_many, many)
    assert line_one.split(" (see their rows)")[0] == line_many.split(" (run without")[0]
    assert one["total"] == len(texts) and one["duplicates"] > 0
    return pd.read_parquet(out)


@pytest.mark.no_cover
@pytest.mark.parametrize("kind", KINDS)
def test_real_urls_from_files_cut_1_2_7_give_the_one_machine_rows(
    tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Of the kinds ``ipprules listings`` reads, the one file (cut 1) is read by the command
    with ``--workers`` and compared with the command without it, then its rows (one
    computation for both: they were two tests). The real URLs (:data:`REAL`) are parsed on Dask in 7 files
    (every kind), and by that command (its kinds); the files of cuts 1 and 2 are read on
    Dask as one machine reads them, a partition a file, not parsed again (each parse of the
    texts costs seconds: since scale15)."""
    texts = [t for t in REAL if _linable(t)] if kind == "text" else REAL
    want: list[dict[str, Any]] | None = None
    for n in CUTS:
        glob = _write(kind, tmp_path / f"cut{n}", _pieces(texts, n))
        read = _read_here(glob, kind)
        # the one-machine reader reads what was written (a CSV cell stripped, as documented)
        assert read == ([t.strip() for t in texts] if kind.startswith("csv") else texts)
        column = None if kind == "csv-链接" else "url"
        if n == 1 and kind in SUMMED:
            out = _cli_rows(glob, texts, capsys)
        elif n == max(CUTS):
            out = parse_urls(glob, column=column).compute()
        else:
            out = None
        if out is not None:
            want = want or _one_machine(read)
            assert out["partition"].nunique() == n
            _same_rows(out, want, typed=n > 1 or kind not in SUMMED)
        urls = read_urls(glob, column=column)
        assert urls.npartitions == n
        assert urls.compute().iloc[:, 0].tolist() == read


@pytest.mark.no_cover
@pytest.mark.parametrize("kind", ["text", "jsonl"])
def test_one_file_in_7_blocks_gives_the_one_machine_rows(tmp_path: Path, kind: str) -> None:
    """One text or JSON Lines file read in blocks (split at line ends, not at the files)."""
    texts = [t for t in REAL if _linable(t)] if kind == "text" else REAL
    glob = _write(kind, tmp_path / "one", [texts])
    size = Path(glob.replace("p*", "p0.txt" if kind == "text" else "p0.jsonl")).stat().st_size
    read = _read_here(glob, kind)
    out = parse_urls(glob, blocksize=size // 7 + 1).compute()
    assert out["partition"].nunique() == 7
    _same_rows(out, _one_machine(read))
    undeduped = parse_urls(glob, blocksize=size // 7 + 1, dedupe=False).compute()
    _same_rows(undeduped, _one_machine(read, deduped=False))


_ODD = ["\u2028", "\x85", "\x0b", "\x0c", "\x1c", "\ufeff", "\u3000", " ", "\t", ",", ";", '"', "{"]


@st.composite
def _spliced(draw: st.DrawFn) -> str:
    """A real URL with a line separator of ``str.splitlines``, a BOM, a delimiter or a quote
    spliced in (read as one line by every reader; a text file's reader must not split it)."""
    text: str = draw(st.sampled_from(REAL))
    at = draw(st.integers(0, len(text)))
    return text[:at] + draw(st.sampled_from(_ODD)) + text[at:]


@SOME
@given(
    st.lists(st.one_of(st.sampled_from(REAL), _spliced()), min_size=1, max_size=25),
    st.lists(st.integers(0, 25), max_size=5),
    st.sampled_from(KINDS),
    st.booleans(),
)
# a refused file (an object without a URL key on a text file's first line): none of the
# repeatable draws is refused, so without these the "refused alike" half never ran
@example(["{}", "https://item.taobao.com/item.htm?id=606832683299"], [], "text", False)
@example(["https://item.taobao.com/item.htm?id=606832683299", "{}"], [1], "text", True)
def test_random_lists_random_cuts_every_kind(
    tmp_path_factory: pytest.TempPathFactory,
    chosen: list[str],
    cuts: list[int],
    kind: str,
    deduped: bool,
) -> None:
    texts = [t for t in chosen if _linable(t)] if kind == "text" else chosen
    if not texts:
        return
    points = sorted({0, len(texts), *(c % len(texts) for c in cuts)})
    pieces = [texts[a:b] for a, b in itertools.pairwise(points)]
    glob = _write(kind, tmp_path_factory.mktemp("random") / "files", pieces)
    column = None if kind == "csv-链接" else "url"
    refused = None
    try:
        # one machine's reader, asked as a Python caller asks parse_urls (column=, not --column)
        with column_option("column="):
            read = _read_here(glob, kind)
    except InputError as exc:  # a file's first line read as a header or as JSON: refused
        refused = str(exc)
    if refused is not None:
        # one machine read without --column, as parse_urls does with column=None (given
        # column="url", it says "no key 'url'" where one machine says "no URL key")
        with pytest.raises(InputError) as caught:
            parse_urls(glob, column=None, dedupe=deduped).compute()
        assert str(caught.value) == refused
        return
    out = parse_urls(glob, column=column, dedupe=deduped).compute()
    _same_rows(out, _one_machine(read, deduped))


# ---------------------------------------------------------------------------- Good Faith

HISTORY_COLUMNS = ["type", "date", "account", "platform", "reason_code", "listings",
                   "taken_down", "rejected", "withdrawn", "pending", "reinstated"]  # fmt: skip
AS_OF = "2024-06-30"


def _history_lines(data: dict[str, list[dict[str, Any]]], order: list[int]) -> list[list[str]]:
    """The rows of ``data`` (account -> records) as CSV cells, the accounts interleaved in the
    order ``order`` draws (each account's own rows kept in order)."""
    queues = {a: list(records) for a, records in data.items()}
    names = sorted(queues)
    rows = []
    for pick in order + [i for i, a in enumerate(names) for _ in queues[a]]:
        account = names[pick % len(names)]
        if queues[account]:
            record = queues[account].pop(0) | {"account": account}
            rows.append(["" if record.get(c) is None else str(record.get(c, "")) for c in
                         HISTORY_COLUMNS])  # fmt: skip
    return rows


def _write_history(folder: Path, rows: list[list[str]], cuts: list[int]) -> list[Path]:
    """``rows`` in CSV files cut at ``cuts`` (a header each; empty runs make no file)."""
    folder.mkdir(parents=True, exist_ok=True)
    points = sorted({0, len(rows), *(c % (len(rows) + 1) for c in cuts)})
    paths = []
    for i, (a, b) in enumerate(itertools.pairwise(points)):
        path = folder / f"h{i}.csv"
        with path.open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(HISTORY_COLUMNS)
            writer.writerows(rows[a:b])
        paths.append(path)
    return paths


def _standings_alone(paths: list[Path]) -> dict[str, dict[str, Any]]:
    """Each account's standing row as one machine gives it: the files read by
    ``History.by_account`` (one file: the accounts of all the files joined into one file's
    rows, in order), then ``standing`` per account."""
    from ipprules.goodfaith import History, standing
    from ipprules.scale import standing_row

    joined = paths[0].parent / "joined.csv"
    body = [p.read_text("utf-8").split("\n", 1)[1] for p in paths]
    joined.write_text(",".join(HISTORY_COLUMNS) + "\n" + "".join(body), "utf-8")
    histories = History.by_account(str(joined))
    joined.unlink()
    return {
        account: standing_row(account, standing(h, AS_OF), h.complaints)
        for account, h in histories.items()
    }


def _standings_rows(out: Any) -> dict[str, dict[str, Any]]:
    rows = {}
    for record in out.to_dict("records"):
        row = {k: (None if v is None or pd.isna(v) is True else v) for k, v in record.items()}
        for name in ("criteria_failed", "other_readings", "notes"):
            row[name] = list(row[name])
        rows[row["account"]] = row
    return rows


def test_the_example_history_cut_1_2_7_gives_each_accounts_standing(tmp_path: Path) -> None:
    from ipprules.scale import standings

    with Path("examples/history-accounts.csv").open(encoding="utf-8", newline="") as f:
        table = list(csv.DictReader(f))
    rows = [[row.get(c) or "" for c in HISTORY_COLUMNS] for row in table]
    assert len({r[2] for r in rows}) == 2
    want = None
    for n in CUTS:
        paths = _write_history(tmp_path / f"cut{n}", rows, [len(rows) * i // n for i in range(n)])
        assert len(paths) == n
        want = want or _standings_alone(paths)
        got = _standings_rows(standings(str(tmp_path / f"cut{n}" / "h*.csv"), AS_OF).compute())
        assert got == want


@pytest.mark.no_cover
@SOME
@given(
    histories, st.lists(st.integers(0, 9), max_size=30), st.lists(st.integers(0, 40), max_size=6)
)
def test_random_histories_random_files_give_each_accounts_standing(
    tmp_path_factory: pytest.TempPathFactory,
    data: dict[str, list[dict[str, Any]]],
    order: list[int],
    cuts: list[int],
) -> None:
    from ipprules.scale import standings

    folder = tmp_path_factory.mktemp("history")
    paths = _write_history(folder, _history_lines(data, order), cuts)
    got = _standings_rows(standings(str(folder / "h*.csv"), AS_OF).compute())
    assert got == _standings_alone(paths)


#: a row made bad: a cell of the account's rows (found after the shuffle) or the line's layout
#: (found when its file is read, before any account's cells)
BAD_ROWS = {
    "date": lambda row: [*row[:1], "2023-02-30", *row[2:]],
    "count": lambda row: [*row[:5], "x1", *row[6:]],
    "reason": lambda row: [*row[:4], "", *row[5:]] if row[0] == "complaint" else row,
    "fields": lambda row: [*row, "9"],
    "account": lambda row: [*row[:2], " ", *row[3:]],
}


def _spoilt(rows: list[list[str]], bad: list[tuple[int, str]]) -> list[list[str]]:
    out = [list(r) for r in rows]
    for at, kind in bad:
        out[at % len(out)] = BAD_ROWS[kind](out[at % len(out)])
    return out


def _by_account_error(path: Path) -> str | None:
    from ipprules.goodfaith import History

    try:
        History.by_account(str(path))
    except InputError as exc:
        return str(exc)
    return None


def _standings_error(glob: str) -> str | None:
    from ipprules.scale import standings

    try:
        standings(glob, AS_OF).compute()
    except InputError as exc:
        return str(exc)
    return None


bad_rows = st.lists(st.tuples(st.integers(0, 60), st.sampled_from(sorted(BAD_ROWS))), max_size=4)


# 15 draws (30 before scale14): one file is also drawn by the test of several files below
# (cuts that all fall at its ends) and its cases found are test_one_file_says_its_first_bad_line
@pytest.mark.no_cover
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(histories, st.lists(st.integers(0, 9), max_size=30), bad_rows)
def test_one_file_with_bad_rows_of_several_accounts_gives_its_first_error(
    tmp_path_factory: pytest.TempPathFactory,
    data: dict[str, list[dict[str, Any]]],
    order: list[int],
    bad: list[tuple[int, str]],
) -> None:
    """One file (one partition): the error of its first bad line, as ``History.by_account``
    reads the file on one machine, whichever accounts the bad lines belong to and whether
    they are bad cells or bad layouts (Dask said the bad row of the account first by name,
    and a bad layout before a bad cell on an earlier line)."""
    folder = tmp_path_factory.mktemp("bad")
    (path,) = _write_history(folder, _spoilt(_history_lines(data, order), bad), [])
    assert _standings_error(str(path)) == _by_account_error(path)


def _first_errors(paths: list[Path], rows: list[list[str]], bad: list[tuple[int, str]]) -> set[Any]:
    """The errors one machine may be said to give for ``paths`` (``rows`` with ``bad`` rows,
    cut into those files): the first error of each file (``History.by_account``), and of each
    account whose rows hold a bad cell, the first of its bad rows (the files read with only
    that account's bad rows), named at its file, line and column."""
    said = {_by_account_error(p) for p in paths} - {None}
    folder = paths[0].parent
    spoilt = _spoilt(rows, bad)
    accounts = {rows[at % len(rows)][2] for at, _ in bad}
    for n, account in enumerate(sorted(accounts)):
        own = [(at, kind) for at, kind in bad if rows[at % len(rows)][2] == account]
        alone = _spoilt(rows, own)
        other = folder.parent / f"{folder.name}-{n}"
        cut = 0
        for p in paths:  # each copy made apart, then named as its file (not over the first)
            size = len(p.read_text("utf-8").split("\n")) - 2
            (made,) = _write_history(other / "new", alone[cut : cut + size], [])
            made.rename(other / p.name)
            cut += size
        assert cut == len(spoilt)
        for p in paths:
            error = _by_account_error(other / p.name)
            if error is not None:
                said.add(error.replace(str(other), str(folder)))
                break
    return said


_COMPLAINT = {
    "type": "complaint",
    "date": dt.date(2023, 1, 1),
    "platform": "taobao",
    "reason_code": "tm_counterfeit",
    "listings": 1,
    "taken_down": 1,
    "rejected": 0,
    "withdrawn": 0,
    "pending": 0,
    "reinstated": 0,
}


@pytest.mark.no_cover
@SOME
@given(
    histories,
    st.lists(st.integers(0, 9), max_size=30),
    st.lists(st.integers(0, 40), min_size=1, max_size=6),
    bad_rows.filter(bool),
)
@example(  # acme's first bad row lies in the first of two files: its copy was overwritten
    data={
        "acme": [{"type": "declaration", "date": dt.date(2023, 2, 4)}],
        "lumen": [_COMPLAINT, _COMPLAINT, _COMPLAINT],
    },
    order=[1],
    cuts=[2, 3],
    bad=[(0, "count"), (1, "count")],
)
def test_files_with_bad_rows_in_several_partitions_give_one_of_their_first_errors(
    tmp_path_factory: pytest.TempPathFactory,
    data: dict[str, list[dict[str, Any]]],
    order: list[int],
    cuts: list[int],
    bad: list[tuple[int, str]],
) -> None:
    """Several files (partitions): the run stops at the first task that fails, so the error
    is one that one machine gives, in its words, file, line and column: the first bad line of
    one of the files, or the first bad row of one of the accounts (as the docs say: not
    necessarily the first in the glob's order)."""
    folder = tmp_path_factory.mktemp("bad") / "files"
    rows = _history_lines(data, order)
    paths = _write_history(folder, _spoilt(rows, bad), cuts)
    error = _standings_error(str(folder / "h*.csv"))
    if error is None:  # a bad row that reads well (a reason left out of an event's row)
        assert {_by_account_error(p) for p in paths} == {None}
        return
    assert error in _first_errors(paths, rows, bad)


@pytest.mark.parametrize(
    ("bad", "line"),
    [
        ([(1, "date"), (7, "date")], 3),  # accounts "zeta" then "acme": not acme's first
        ([(1, "count"), (3, "fields")], 3),  # a bad cell before a line of 12 fields
        ([(1, "date"), (3, "account")], 3),  # a bad cell before a line without an account
        ([(2, "account"), (2, "count")], 4),  # one line bad both ways: as one machine says it
    ],
)
def test_one_file_says_its_first_bad_line(
    tmp_path: Path, bad: list[tuple[int, str]], line: int
) -> None:
    names = ["zeta", "zeta", "acme", "north", "acme", "zeta", "north", "acme"]
    data = {a: [] for a in names}
    for n, a in enumerate(names):
        data[a].append({"type": "complaint", "date": dt.date(2023, 1, 1 + n), "platform": "taobao",
                        "reason_code": "tm_counterfeit", "listings": 3, "taken_down": 3})  # fmt: skip
    rows = _history_lines(data, [sorted(data).index(a) for a in names])
    assert [r[2] for r in rows] == names
    (path,) = _write_history(tmp_path, _spoilt(rows, bad), [])
    said = _by_account_error(path)
    assert said is not None and said.startswith(f"{path}:{line}:")
    assert _standings_error(str(path)) == said


# ------------------------------------------------------------------------------- planner


@functools.cache
def _plan_setup() -> tuple[Any, Any]:
    """The example plan and settings (frozen: read once for every test and drawn example)."""
    from ipprules.checks import read_plan
    from ipprules.planner import Settings

    return read_plan("examples/plan.toml"), Settings(reason="tm_counterfeit", right="tm-cn-9")


PLAN_AS_OF = "2026-11-23"


def _write_plan_rows(
    folder: Path, rows: list[list[str]], cuts: list[int], header: list[str]
) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    points = sorted({0, len(rows), *(c % (len(rows) + 1) for c in cuts)})
    for i, (a, b) in enumerate(itertools.pairwise(points)):
        with (folder / f"r{i}.csv").open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(header)
            writer.writerows(rows[a:b])
    return str(folder / "r*.csv")


def _planned_from(glob: str, plans: Any) -> tuple[Any, Any]:
    from ipprules.scale import plan_accounts
    from ipprules.scale._planner import read_rows

    _, settings = _plan_setup()
    rows, column = read_rows(glob)  # as ``ipprules plan --workers`` reads them
    planned = plan_accounts(rows, plans, as_of=PLAN_AS_OF, settings=settings, column=column)
    outcomes, complaints = dask.compute(planned.outcomes, planned.complaints)
    return outcomes, complaints


def _plan_check(
    rows: list[list[str]], outcomes: Any, complaints: Any, plans: dict[str, Any]
) -> None:
    """Each account's outcomes and complaints are ``plan_listings``' over its URLs alone
    (numbered 1, 2...); rows of an account without a plan, or of none, rejected; every row
    once."""
    from ipprules.planner import PlanLine, plan_listings

    _, settings = _plan_setup()
    assert len(outcomes) == len(rows)
    assert len(set(zip(outcomes["partition"], outcomes["position"], strict=True))) == len(rows)
    mine: dict[str, list[str]] = {}
    for account, url, *_ in rows:
        # rows of no account (empty or white space) are one: account <NA> (scaledocs1)
        mine.setdefault(account if account.strip() else "", []).append(url.strip())
    assert Counter(outcomes["account"].fillna("")) == Counter({a: len(u) for a, u in mine.items()})
    for account, texts in mine.items():
        got = outcomes[outcomes["account"].fillna("") == account].sort_values("line")
        assert got["url"].tolist() == texts
        assert got["line"].tolist() == list(range(1, len(texts) + 1))
        if account not in plans:
            want = "unknown-account" if account.strip() else "no-account"
            assert set(got["code"]) == {want}
            continue
        alone = plan_listings(
            [PlanLine(line=n, url=u) for n, u in enumerate(texts, start=1)],
            plans[account],
            as_of=PLAN_AS_OF,
            settings=settings,
        )
        assert got["status"].tolist() == [o.status.value for o in alone.outcomes]
        assert [_plain(x) for x in got["code"]] == [o.code for o in alone.outcomes]
        assert [_plain(x) for x in got["complaint"]] == [o.complaint for o in alone.outcomes]
        assert [_plain(x) for x in got["duplicate_of"]] == [o.duplicate_of for o in alone.outcomes]
        made = complaints[complaints["account"] == account]
        assert made["complaint"].tolist() == [p.complaint.id for p in alone.complaints]
        assert [list(x) for x in made["listings"]] == [
            list(p.complaint.listings) for p in alone.complaints
        ]
        assert [list(x) for x in made["lines"]] == [list(p.lines) for p in alone.complaints]
        assert made["platform"].tolist() == [p.complaint.platform for p in alone.complaints]


@pytest.mark.no_cover
def test_real_urls_of_several_accounts_cut_1_2_7_are_planned_as_each_alone(tmp_path: Path) -> None:
    plan, _ = _plan_setup()
    accounts = ["acme", "lumen", "north", "ghost", "", "zeta"]
    texts = REAL[::7]
    rows = [[accounts[(i * 7) % len(accounts)], t] for i, t in enumerate(texts) if "\n" not in t]
    plans = {a: plan for a in accounts if a and a != "ghost"}
    for n in CUTS:
        glob = _write_plan_rows(
            tmp_path / f"cut{n}", rows, [len(rows) * i // n for i in range(n)], ["account", "链接"]
        )
        outcomes, complaints = _planned_from(glob, plans)
        assert outcomes["partition"].nunique() == n
        _plan_check(rows, outcomes, complaints, plans)


# 15 draws (30 before scale15): each plans its rows on Dask; real URLs of several accounts
# in 1, 2 and 7 files are planned by the test above, bad cells by the tests below
@pytest.mark.no_cover
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["a1", "a2", "solo", "ghost", " "]),
            st.one_of(urls(), st.sampled_from(REAL)),
        ),
        min_size=1,
        max_size=25,
    ),
    st.lists(st.integers(0, 25), max_size=5),
)
def test_random_plan_rows_random_files_are_planned_as_each_alone(
    tmp_path_factory: pytest.TempPathFactory, pairs: list[tuple[str, str]], cuts: list[int]
) -> None:
    plan, _ = _plan_setup()
    rows = [[a, u] for a, u in pairs if "\n" not in u and "\r" not in u]
    if not rows:
        return
    plans = dict.fromkeys(("a1", "a2", "solo"), plan)
    glob = _write_plan_rows(
        tmp_path_factory.mktemp("plan") / "rows", rows, cuts, ["account", "url"]
    )
    outcomes, complaints = _planned_from(glob, plans)
    _plan_check(rows, outcomes, complaints, plans)


TB = "https://item.taobao.com/item.htm?id=60683268329{}"


@pytest.mark.no_cover
@example(cells=[("zeta", "0.5"), ("zeta", "2"), ("acme", "x")])  # acme's line was said
# 15 draws (30 before scale14): bad cells of several accounts' plan rows are drawn again by
# the test of several files below, and each draw plans its rows on Dask
@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["zeta", "acme", "north"]), st.sampled_from(["0.5", "", "2", "x"])
        ),
        min_size=1,
        max_size=12,
    ),
)
def test_one_file_of_plan_rows_with_bad_cells_of_several_accounts_says_its_first_bad_line(
    tmp_path_factory: pytest.TempPathFactory, cells: list[tuple[str, str]]
) -> None:
    """A confidence out of range in rows of several accounts of one file: the first in the
    file is said, at its line and column, as ``ipprules plan`` says it on one machine (it
    said the bad row of the account first by name)."""
    from ipprules.scale import plan_accounts
    from ipprules.scale._planner import read_located_rows

    plan, settings = _plan_setup()
    folder = tmp_path_factory.mktemp("badplan")
    rows = [[a, TB.format(n % 10), c] for n, (a, c) in enumerate(cells)]
    glob = _write_plan_rows(folder, rows, [], ["account", "url", "confidence"])
    frame, column, sources = read_located_rows(glob, lines="line")
    planned = plan_accounts(
        frame,
        plan,
        as_of=PLAN_AS_OF,
        settings=settings,
        column=column,
        line="line",
        _sources=sources,
    )
    bad = [n for n, (_, c) in enumerate(cells) if c in ("2", "x")]
    if not bad:
        assert len(planned.outcomes.compute()) == len(rows)
        return
    # one machine: the file without its account column (the same lines), its first bad line
    alone = folder / "alone.csv"
    alone.write_text("url,confidence\n" + "".join(f"{r[1]},{r[2]}\n" for r in rows), "utf-8")
    from ipprules.planner.inputs import read_lines

    with pytest.raises(InputError) as one:
        list(read_lines(str(alone)))
    with pytest.raises(InputError) as caught:
        planned.outcomes.compute()
    said, told = one.value.problems[0], caught.value.problems[0]
    assert said.line == bad[0] + 2 == told.line
    assert (told.message, told.path, told.file) == (said.message, said.path, str(folder / "r0.csv"))
    assert told.column == said.column + len(rows[bad[0]][0]) + 1  # the account cell before it


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.lists(
        st.tuples(st.sampled_from(["zeta", "acme", "north"]), st.sampled_from(["0.5", "2"])),
        min_size=2,
        max_size=12,
    ).filter(lambda cells: any(c == "2" for _, c in cells)),
    st.lists(st.integers(0, 12), min_size=1, max_size=4),
)
def test_plan_rows_with_bad_cells_in_several_files_say_the_first_of_one_account(
    tmp_path_factory: pytest.TempPathFactory, cells: list[tuple[str, str]], cuts: list[int]
) -> None:
    """Several files (partitions): the run stops at the first task that fails, so the error
    is the first bad cell of one of the accounts (in the glob's order), at its file, line and
    column: not necessarily the first in the glob, as the docs say."""
    from ipprules.scale import plan_accounts
    from ipprules.scale._planner import read_located_rows

    plan, settings = _plan_setup()
    folder = tmp_path_factory.mktemp("badplans")
    rows = [[a, TB.format(n % 10), c] for n, (a, c) in enumerate(cells)]
    glob = _write_plan_rows(folder, rows, cuts, ["account", "url", "confidence"])
    frame, column, sources = read_located_rows(glob, lines="line")
    planned = plan_accounts(frame, plan, as_of=PLAN_AS_OF, settings=settings, column=column,
                            line="line", _sources=sources)  # fmt: skip
    places = []  # (file, line) of each row, in the glob's order
    for path in sorted(folder.glob("r*.csv")):
        places += [(str(path), n) for n in range(2, len(path.read_text("utf-8").split("\n")))]
    firsts = {}
    for (account, _, cell), place in zip(rows, places, strict=True):
        if cell == "2":
            firsts.setdefault(account, place)
    with pytest.raises(InputError) as caught:
        planned.outcomes.compute()
    told = caught.value.problems[0]
    assert (told.file, told.line) in set(firsts.values())
    assert told.path == "$.confidence" and told.message.endswith("got '2'")
