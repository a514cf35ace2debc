"""Issue #13 on hostile and odd inputs (scale23): an output directory with a ``*`` in its name
(Dask's Parquet writer read it as a glob and failed with ``AssertionError: only one path``,
which the CLI called an unexpected failure), and URL columns of the kinds Arrow and pandas
keep text in (category, dictionary-encoded, ``large_string``), with missing values and empty
partitions first, in the middle and last, against ``dedupe(parse_listings(...))`` on one
machine. Synchronous scheduler."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pd = pytest.importorskip("pandas")
pa = pytest.importorskip("pyarrow")
dd = pytest.importorskip("dask.dataframe")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from scale_data import urls  # noqa: E402

from ipprules.cli import main  # noqa: E402
from ipprules.errors import IpprulesError  # noqa: E402
from ipprules.listings import Duplicate, Listing, dedupe, parse_listings  # noqa: E402
from ipprules.scale import parse_urls, write_listings  # noqa: E402

pytestmark = pytest.mark.usefixtures("synchronous_dask")

SOME = settings(
    max_examples=12, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck)
)
TB = "https://item.taobao.com/item.htm?id=606832683299"
TB_PHONE = "https://m.intl.taobao.com/detail/detail.html?id=606832683299"
ARGV = ["--account", "examples/planner-account.toml", "--as-of", "2026-11-23",
        "--right", "tm-cn", "--reason", "tm_counterfeit"]  # fmt: skip


# ------------------------------------------------------------- a '*' in the output directory


@pytest.mark.parametrize("there", [(), ("out*",), ("outA",)])
def test_write_listings_refuses_a_star_in_the_directory(tmp_path: Path, there: Any) -> None:
    for name in there:
        (tmp_path / name).mkdir()
    frame = parse_urls(dd.from_pandas(pd.DataFrame({"url": [TB]}), npartitions=1))
    target = tmp_path / "out*"
    with pytest.raises(IpprulesError) as caught:
        write_listings(frame, target)
    message = str(caught.value)
    assert message.startswith(f"cannot write the rows as Parquet to {target}: ")
    assert "'*'" in message and "glob" in message
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(there)  # nothing written


def test_write_listings_writes_a_directory_named_with_other_glob_characters(
    tmp_path: Path,
) -> None:
    frame = parse_urls(dd.from_pandas(pd.DataFrame({"url": [TB, TB_PHONE]}), npartitions=2))
    target = tmp_path / "out?[1]"
    write_listings(frame, target)
    assert pd.read_parquet(target)["status"].tolist() == ["listing", "duplicate"]


@pytest.mark.parametrize("command", ["listings", "plan"])
def test_the_cli_refuses_a_star_in_out_before_reading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text(f"account,url\nacme,{TB}\n", "utf-8")
    extra = ARGV if command == "plan" else ["--column", "url"]
    out = tmp_path / "out*"
    code = main([command, str(rows), *extra, "--workers", "1", "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2
    assert f"--out: cannot write to {str(out)!r}: Dask reads the '*'" in err
    assert "unexpected failure" not in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rows.csv"]


# --------------------------------------------- text columns of other dtypes, empty partitions


def _column(texts: list[str | None], kind: str) -> Any:
    """``texts`` as a pandas column of ``kind``."""
    if kind == "category":
        return pd.Series(texts, dtype="category")
    arrow = pa.array(texts, pa.large_string() if kind == "large" else pa.string())
    if kind == "dictionary":
        arrow = arrow.dictionary_encode()
    return pd.Series(pd.arrays.ArrowExtensionArray(arrow))


def _cut(frame: Any, sizes: list[int]) -> Any:
    """``frame`` in partitions of ``sizes`` rows (0: an empty one), the rest in a last one."""
    pieces, at = [], 0
    for size in [*sizes, len(frame)]:
        pieces.append(frame.iloc[at : at + size])
        at += len(pieces[-1])
    return dd.from_map(lambda p: p, pieces, meta=frame.iloc[:0], enforce_metadata=False)


def _one_machine(texts: list[str | None]) -> list[tuple[str, Any, Any]]:
    """(status, code, global index of the first) of every text on one machine, a missing one
    as the empty text (the Dask path's documented reading of a missing URL)."""
    rows = []
    for _, r in dedupe(parse_listings([t or "" for t in texts])):
        if isinstance(r, Duplicate):
            rows.append(("duplicate", None, r.first))
        else:
            rows.append(
                ("listing" if type(r) is Listing else "rejected", r.as_dict()["code"], None)
            )
    return rows


@pytest.mark.no_cover
@SOME
@given(
    st.lists(st.one_of(urls(), st.none()), max_size=16),
    st.lists(st.integers(0, 3), max_size=5),
    st.sampled_from(["category", "dictionary", "large"]),
)
def test_text_dtypes_and_empty_partitions_give_the_one_machine_rows(
    texts: list[str | None], sizes: list[int], kind: str
) -> None:
    frame = pd.DataFrame({"url": _column(texts, kind)})
    out = parse_urls(_cut(frame, [0, *sizes])).compute()
    offsets, total = {}, 0
    for part, size in sorted(out["partition"].value_counts().items()):
        offsets[part], total = total, total + size
    got = []
    for row in out.to_dict("records"):
        first = row["first_partition"]
        where = None if pd.isna(first) else offsets[first] + row["first_position"]
        got.append((row["status"], None if pd.isna(row["code"]) else row["code"], where))
    assert len(out) == len(texts)  # every row once, in order
    assert [offsets[p] + q for p, q in zip(out["partition"], out["position"], strict=True)] == list(
        range(len(texts))
    )
    assert got == _one_machine(texts)


# ------------------------------------------------------- line numbers from a column (line=)


@pytest.mark.parametrize(
    ("numbers", "said"),
    [([4, -1, 9], "holds -1 for account 'acme'"), ([0, 1, 2], "holds 0 for account 'acme'"),
     (pd.array([3, None, 5], dtype="Int64"), "holds a missing value for account 'acme'")],
)  # fmt: skip
def test_line_numbers_below_1_or_missing_are_refused_as_one_machine_refuses_them(
    numbers: Any, said: str
) -> None:
    from ipprules.checks import read_plan
    from ipprules.errors import InputError
    from ipprules.planner import PlanLine, Settings, plan_listings
    from ipprules.scale import plan_accounts

    plan, how = read_plan("examples/plan.toml"), Settings(reason="tm_counterfeit", right="tm-cn")
    urls = [TB, TB_PHONE, TB]
    with pytest.raises(InputError, match="line numbers must increase"):  # one machine: line 0
        plan_listings([PlanLine(line=0, url=TB)], plan, settings=how, as_of="2026-11-23")
    rows = pd.DataFrame({"account": ["acme", "acme", "other"], "url": urls, "n": numbers})
    planned = plan_accounts(
        dd.from_pandas(rows, npartitions=2), plan, as_of="2026-11-23", settings=how, line="n"
    )
    with pytest.raises(InputError) as caught:
        planned.outcomes.compute()
    assert caught.value.path == "$.n"
    assert f"line: the column 'n' {said}: line numbers are whole numbers from 1" in str(
        caught.value
    )
