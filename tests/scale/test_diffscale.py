"""The Dask path against the one-machine functions on cases the other scale tests do not try
(#13, the diffscale hunt).

A text or JSON Lines file read in blocks gives the error ``ipprules listings`` gives on one
machine, the first in the file: a bad line in a later block was said when that block ran
first, a long line before a line of bad JSON above it, a bare CR on the first line before a
NUL byte before it. A CSV header that names the column asked for twice is refused as one
machine refuses it (it was said to have no such column), in its words. A header of the
planner's rows (``ipprules plan --workers``) is refused as ``ipprules plan`` refuses it on one
machine: a column named twice (``seller,seller`` and ``链接,链接`` were read, ``order number``
twice said to be an unknown column ``order_number.1``), an empty name among the others, a
misspelt one (named at no file or line), and a cell under a trailing column of no name. A
history header (``standings``) gives ``History.from_file``'s first error: a column named
twice was said before an unknown one left of it, an empty name as ``Unnamed: 6`` at
``account=acme``.

What a worker raises crosses the process boundary as the same error (type, message,
attributes), so a run on Dask's process pool fails as the same call on one machine does:
``standings(..., interpretation="nope")`` on ``scheduler="processes"`` (spawned workers, the
default) raised a ``TypeError`` about ``UnknownNameError.__init__``'s arguments. (Dask's
process pool pickles the errors with tblib, which only takes over for the classes imported
before it: the order of imports decides, so this is tested on pickle itself.)"""

from __future__ import annotations

import pickle
import re
from pathlib import Path
from typing import Any

import cloudpickle
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from scale_cluster import cluster_client  # noqa: F401  (the fixture "client")

from ipprules import default_rulebook
from ipprules._files import DEFAULT_MAX_LINE
from ipprules.checks import CheckFailed, read_plan, validate
from ipprules.errors import (
    InputError,
    IpprulesError,
    MissingExtra,
    Problem,
    RuleDataError,
    UnknownNameError,
)
from ipprules.lifecycle import State, step

FEW = settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))

texts = st.text(max_size=30)


def _caught(call: Any) -> IpprulesError:
    with pytest.raises(IpprulesError) as caught:
        call()
    return caught.value


@st.composite
def errors(draw: st.DrawFn) -> IpprulesError:
    """An error of every class of ours, made as the library makes it."""
    kind = draw(st.sampled_from(["plain", "input", "rules", "coverage", "name", "extra",
                                 "transition", "check"]))  # fmt: skip
    if kind == "plain":
        return IpprulesError(draw(texts))
    if kind in ("input", "rules"):
        problems = draw(
            st.lists(
                st.builds(Problem, texts, st.just("$.x"), st.none() | texts,
                          st.none() | st.integers(1, 9), st.none() | st.integers(1, 9)),
                max_size=3,
            )
        )  # fmt: skip
        made = InputError if kind == "input" else RuleDataError
        return made(draw(texts), problems=problems)
    if kind == "coverage":
        return _caught(lambda: default_rulebook().as_of("2001-01-01"))
    if kind == "name":
        known = draw(st.lists(texts, max_size=4))
        return UnknownNameError(draw(texts), draw(texts), known, note=draw(texts),
                                nearest=draw(st.booleans()))  # fmt: skip
    if kind == "extra":
        return MissingExtra(draw(texts), draw(texts))
    if kind == "transition":
        return _caught(lambda: step(State.TAKEN_DOWN, "takedown"))
    return _caught(lambda: validate(read_plan("examples/plan.toml"), as_of="2026-11-23"))


@FEW
@given(errors())
@example(UnknownNameError("interpretation", "nope", ["brief", "official"]))
@example(_caught(lambda: step(State.TAKEN_DOWN, "takedown")))
@example(_caught(lambda: validate(read_plan("examples/plan.toml"), as_of="2026-11-23")))
def test_every_error_of_ours_round_trips_through_pickle(error: IpprulesError) -> None:
    """An error a worker raises is pickled to the client: it comes back of its class, with
    its message and attributes (an ``UnknownNameError``, an ``IllegalTransition`` and a
    ``CheckFailed`` did not come back at all: their ``__init__`` was called again with the
    message alone, a ``TypeError``)."""
    for dumps in (pickle.dumps, cloudpickle.dumps):
        back = pickle.loads(dumps(error))
        assert type(back) is type(error)
        assert str(back) == str(error) and back.args == error.args
        if isinstance(error, CheckFailed):  # a Report compares by its findings
            assert back.report.findings == error.report.findings
            assert set(vars(back)) == set(vars(error))
        else:
            assert vars(back) == vars(error)


# ---------------------------------------------------------------- a file's first error

U = "https://item.taobao.com/item.htm?id=606832683299"
#: pieces of a text or JSON Lines file: URLs, line ends (a bare CR too), white space of
#: every kind, a NUL byte, a byte that is not UTF-8, a byte order mark, JSON and not JSON
PIECES = [U.encode(), b"\n", b"\r\n", b"\r", b" ", b"\t", "\u2028".encode(), b"\x0c",
          b"\x00", b"\xff", b"\xef\xbb\xbf", "淘宝".encode(), b"x" * 40, b'{"url": "q"}',
          b"{", b",", b'"']  # fmt: skip
#: one line longer than one machine reads (1 MiB)
LONG = b"y" * (DEFAULT_MAX_LINE + 1)


def _read(path: Path, blocksize: int = 1 << 26, column: str | None = None) -> tuple[str, Any]:
    """What ``read_urls`` reads from ``path`` (a text or JSON Lines file in blocks of
    ``blocksize`` bytes): its URLs, or its error."""
    from ipprules._options import column_option
    from ipprules.scale import read_urls

    try:  # the option named as the command names it (read_urls' own message says column=)
        with column_option("--column"):
            frame = read_urls(str(path), column=column, blocksize=blocksize)
        return "read", frame.compute().iloc[:, 0].tolist()
    except InputError as exc:
        return "refused", str(exc)


def _read_here(path: Path, column: str | None = None) -> tuple[str, Any]:
    """What ``ipprules listings`` reads from ``path`` on one machine: its URLs, or its error."""
    from ipprules._options import column_option
    from ipprules.cli.listings import iter_urls

    try:  # as the command runs it (a Python caller of iter_urls reads column=: newuser20)
        with column_option("--column"):
            return "read", [text for _, text in iter_urls(str(path), column=column)]
    except InputError as exc:
        return "refused", str(exc)


@pytest.mark.usefixtures("synchronous_dask")
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.lists(st.sampled_from(PIECES), max_size=40),
    st.sampled_from(["txt", "jsonl"]),
    st.integers(1, 120),
)
@example([b"a\n", b"x" * 50, b"\x00\n", b"y" * 50, b"\n\x00\n"], "txt", 40)  # 2 bad blocks
@example([b"\n\x00 ", U.encode(), b"\ra\n"], "txt", 1000)  # NUL, then a bare CR
@example([b'{"url": "q"}\nnot json\n{"url": "', LONG, b'"}\n'], "jsonl", 1 << 22)  # JSON, long
def test_a_file_read_in_blocks_gives_the_one_machine_urls_or_first_error(
    tmp_path_factory: pytest.TempPathFactory, pieces: list[bytes], kind: str, blocksize: int
) -> None:
    path = tmp_path_factory.mktemp("blocks") / f"urls.{kind}"
    path.write_bytes(b"".join(pieces))
    assert _read(path, blocksize) == _read_here(path)


NAMES = ["url", "URL", " Url ", "link", "Foo", "foo", "seller"]


@pytest.mark.usefixtures("synchronous_dask")
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.lists(st.sampled_from(NAMES), min_size=1, max_size=3),
    st.none() | st.sampled_from([*NAMES, "nope", "Url"]),
)
@example(["url", "url"], "url")  # named twice: "no column 'url' (columns: url, url)"
@example(["url", "URL"], "Url")
@example(["seller", "Foo"], "nope")  # not there: said "in the header", as on one machine
def test_a_csv_header_gives_the_one_machine_column_or_error(
    tmp_path_factory: pytest.TempPathFactory, header: list[str], column: str | None
) -> None:
    path = tmp_path_factory.mktemp("header") / "urls.csv"
    path.write_text(",".join(header) + "\n" + ",".join([U] * len(header)) + "\n", "utf-8")
    assert _read(path, column=column) == _read_here(path, column)


PLAN_ARGS = ["--account", "examples/planner-account.toml", "--as-of", "2026-11-23",
             "--right", "tm-cn", "--reason", "tm_counterfeit", "--format", "json"]  # fmt: skip
#: header cells of the planner's rows: URL columns, planner columns by their other names, a
#: misspelt one, one the planner ignores, an empty one
PLAN_NAMES = ["url", "URL", "链接", "Link", "right", "reason code", "Order Number",
              "order_number", "confidence", "confidense", "target", "notes", "seller", ""]  # fmt: skip
CELLS = {"right": "tm-cn", "reason code": "tm_counterfeit", "confidence": "0.5",
         "target": "listing"}  # fmt: skip


def _said(code: int, err: str, path: Path) -> tuple[int, str]:
    """An exit code and its error, the file named ``F`` and its cells counted from the URL
    column on (the file with ``--workers`` has an account column first)."""
    err = re.sub(r"(:\d+):\d+: ", r"\1: ", err.replace(str(path), "F"))
    return code, re.sub(r"cell \d+ holds", "cell holds", err)


@pytest.mark.usefixtures("synchronous_dask")
@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.lists(st.sampled_from(PLAN_NAMES), min_size=1, max_size=3),
    st.sampled_from(["url", "链接", "Link"]),
    st.integers(0, 3),
)
@example(["order number", "Order Number"], "url", 0)  # "unknown column 'order_number.1'"
@example(["链接", "Link", "reason"], "链接", 3)  # 链接 twice: planned
@example(["seller", "seller"], "url", 0)  # seller twice: planned
@example(["", "seller"], "url", 2)  # an empty name: read as "Unnamed: 2" and planned
@example(["confidense"], "url", 0)  # misspelt: named at no file or line
@example([""], "url", 1)  # a cell under a trailing column of no name: planned
@example(["URL", "URL"], "url", 2)  # URL,URL,url: pandas names URL.1 and said 'URL' and 'url'
def test_a_header_of_plan_rows_is_refused_or_read_as_on_one_machine(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], names: list[str], url: str, at: int
) -> None:
    from ipprules.cli import main

    header = [*names[:at], url, *names[at:]]
    row = [CELLS.get(name, U if name == url else "x") for name in header]
    one, many = tmp_path / "one.csv", tmp_path / "many.csv"
    one.write_text(f"{','.join(header)}\n{','.join(row)}\n", "utf-8")
    many.write_text(f"account,{','.join(header)}\nacme,{','.join(row)}\n", "utf-8")
    code = main(["plan", str(one), *PLAN_ARGS])
    alone = _said(code, capsys.readouterr().err, one)
    code = main(["plan", str(many), *PLAN_ARGS, "--workers", "1"])
    assert _said(code, capsys.readouterr().err, many) == alone


def test_a_header_of_plan_rows_without_a_url_column_is_said_as_written(tmp_path: Path) -> None:
    """The columns listed are the header's cells, not pandas' names for them (``Unnamed: 1``,
    ``order number.1``)."""
    from ipprules.scale._planner import read_rows

    path = tmp_path / "rows.csv"
    path.write_text("account,,order number,order number\nacme,x,1,2\n", "utf-8")
    with pytest.raises(InputError) as caught:
        read_rows(str(path))
    assert str(caught.value) == (
        f"{path}:1: $: no URL column among the columns (account, , order number, order "
        "number): no column's name says it holds links (url, link, href, 链接...); if one "
        "holds them all the same, name it with column="
    )


HISTORY = ["type", "date", "account", "platform", "reason_code", "listings", "taken_down"]
HISTORY_CELLS = {"type": "complaint", "date": "2023-01-05", "account": "acme",
                 "platform": "taobao", "reason_code": "tm_counterfeit", "listings": "3",
                 "taken_down": "3"}  # fmt: skip
MORE = ["note", "", "rejected", "Rejected", "seller", "listing", "taken_down", "account"]


@pytest.mark.usefixtures("synchronous_dask")
@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.tuples(st.integers(0, 9), st.sampled_from(MORE)), min_size=1, max_size=3))
@example([(0, "seller"), (9, "taken_down")])  # twice, said before the unknown column left
@example([(6, "")])  # an empty name: "unknown column 'Unnamed: 6'" at account=acme
def test_a_history_header_gives_the_one_machine_error(
    tmp_path: Path, more: list[tuple[int, str]]
) -> None:
    from ipprules.goodfaith import History
    from ipprules.scale import standings

    header = list(HISTORY)
    for at, name in more:
        header.insert(at % (len(header) + 1), name)
    row = [HISTORY_CELLS.get(name, "") for name in header]
    path = tmp_path / "history.csv"
    path.write_text(f"{','.join(header)}\n{','.join(row)}\n", "utf-8")
    alone: Any = None
    try:
        alone = {k: h.complaints for k, h in History.by_account(str(path)).items()}
    except InputError as exc:
        alone = str(exc)
    try:
        table = standings(str(path), "2023-06-30").compute()
        got: Any = dict(zip(table["account"], table["complaints"], strict=True))
    except InputError as exc:
        got = str(exc)
    assert got == alone


def test_on_a_cluster_a_file_gives_the_one_machine_error(
    client: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """On a 2-process ``LocalCluster``: a line of bad JSON before a line over 1 MiB is the
    error (the long line was said), in the words, file and line of ``ipprules listings`` on
    one machine, and the command exits 2 with it, with and without ``--scheduler``."""
    from ipprules.cli import main
    from ipprules.scale import parse_urls

    path = tmp_path / "urls.jsonl"
    path.write_bytes(b'{"url": "' + U.encode() + b'"}\nnot json\n{"url": "' + LONG + b'"}\n')
    kind, said = _read_here(path)
    assert kind == "refused" and said.startswith(f"{path}:2:1: $: not valid JSON")
    with pytest.raises(InputError) as caught:
        parse_urls(str(path)).compute(scheduler=client)
    assert str(caught.value) == said
    assert main(["listings", str(path)]) == 2
    alone = capsys.readouterr().err
    assert main(["listings", str(path), "--scheduler", client.scheduler.address]) == 2
    assert capsys.readouterr().err == alone and said in alone
