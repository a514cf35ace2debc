"""The Dask path gives exactly the one-machine answer (#13), on inputs the other scale tests do
not compare: every real URL of the tables (``tests/listings/test_real_urls_*.py``) written as
files of every kind ``read_urls`` reads (text, CSV under a ``链接`` and a ``url`` column, JSON
Lines, Parquet) and cut into 1, 2 and 7 partitions, against ``dedupe(parse_listings(...))``
over what ``ipprules listings`` reads from the same files on one machine; many accounts' plan
rows and histories read from files, against the planner and ``standing`` per account alone;
and which error a file with bad rows in several partitions gives. Synchronous scheduler."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import json
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

pd = pytest.importorskip("pandas")
dask = pytest.importorskip("dask")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from _real_urls import real_texts  # noqa: E402
from ipprules.cli import main  # noqa: E402
from ipprules.cli.listings import iter_urls  # noqa: E402
from ipprules.errors import InputError  # noqa: E402
from ipprules.listings import Duplicate, Listing, dedupe, parse_listings  # noqa: E402
from ipprules.scale import COLUMNS, parse_urls, read_urls  # noqa: E402

SOME = settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
CUTS = (1, 2, 7)


@pytest.fixture(autouse=True)
def synchronous(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Dask computes on the synchronous scheduler; ``--workers`` starts no cluster."""
    from ipprules.scale import cli as scale_cli

    @contextlib.contextmanager
    def run_here(workers: Any = None, scheduler: Any = None) -> Iterator[str]:
        yield "synchronous"

    monkeypatch.setattr(scale_cli, "cluster", run_here)
    with dask.config.set(scheduler="synchronous"):
        yield


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


def _one_machine(texts: Sequence[str], deduped: bool = True) -> list[dict[str, Any]]:
    """``dedupe(parse_listings(texts))`` as rows of the record schema, with ``status`` and the
    global index of a duplicate's ``first``."""
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


def _same_rows(out: Any, want: list[dict[str, Any]]) -> None:
    """The Dask rows equal the one-machine rows: one per input, in input order
    ((partition, position) ascending, positions 0, 1... in each partition), every field, each
    duplicate pointing at the same first row, and the same counts."""
    assert list(out.columns) == [name for name, _ in COLUMNS]
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


#: every real URL, then again upper-cased: other texts of the same listings, so that the
#: second half repeats the first across partitions (duplicates marked by de-duplication)
REAL = [*real_texts(), *(t.upper() for t in real_texts())]


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


@pytest.mark.parametrize("kind", KINDS)
def test_every_real_url_from_files_cut_1_2_7_gives_the_one_machine_rows(
    tmp_path: Path, kind: str
) -> None:
    texts = [t for t in REAL if _linable(t)] if kind == "text" else REAL
    want: list[dict[str, Any]] | None = None
    for n in CUTS:
        glob = _write(kind, tmp_path / f"cut{n}", _pieces(texts, n))
        read = _read_here(glob, kind)
        # the one-machine reader reads what was written (a CSV cell stripped, as documented)
        assert read == ([t.strip() for t in texts] if kind.startswith("csv") else texts)
        want = want or _one_machine(read)
        column = None if kind == "csv-链接" else "url"
        out = parse_urls(glob, column=column).compute()
        assert out["partition"].nunique() == n
        _same_rows(out, want)
        urls = read_urls(glob, column=column)
        assert urls.npartitions == n
        assert urls.compute().iloc[:, 0].tolist() == read


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


@pytest.mark.parametrize("kind", ["text", "csv-链接", "jsonl"])
def test_the_commands_summary_is_the_same_with_workers(
    tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """``ipprules listings FILE --dedupe`` with and without ``--workers``: the same summary
    (but for its hint on where to see the inputs that hold other listings: their rows are
    printed without the flags only)."""
    texts = [t for t in REAL if _linable(t)] if kind == "text" else REAL
    glob = _write(kind, tmp_path / "one", [texts])
    (path,) = Path(glob).parent.iterdir()
    argv = ["listings", str(path), "--dedupe", "--format", "json"]
    code_one = main(argv)
    one = json.loads(capsys.readouterr().out)["summary"]
    code_many = main([*argv, "--workers", "1"])
    many = json.loads(capsys.readouterr().out)["summary"]
    line_one, line_many = one.pop("line"), many.pop("line")
    assert (code_one, one) == (code_many, many)
    assert line_one.split(" (see their rows)")[0] == line_many.split(" (run without")[0]
    assert one["total"] == len(texts) and one["duplicates"] > 0


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
    pieces = [texts[a:b] for a, b in zip(points, points[1:], strict=False)]
    glob = _write(kind, tmp_path_factory.mktemp("random") / "files", pieces)
    column = None if kind == "csv-链接" else "url"
    try:
        read = _read_here(glob, kind)
    except InputError as exc:  # a file's first line read as a header or as JSON: refused
        with pytest.raises(InputError) as caught:
            parse_urls(glob, column=column, dedupe=deduped).compute()
        assert str(caught.value) == str(exc)
        return
    out = parse_urls(glob, column=column, dedupe=deduped).compute()
    _same_rows(out, _one_machine(read, deduped))
