"""Light tests of lines of ipprules.scale only heavy (``no_cover``) tests reached; no Dask
cluster is started: each refusal comes before one (covback1)."""

from __future__ import annotations

import pytest

# ------------------------------------------------------------ scale/_goodfaith.py


def test_standing_row_refuses_a_count_that_is_no_int() -> None:
    import ipprules
    from ipprules.scale import standing_row

    acme = ipprules.History.by_account("examples/history-accounts.csv")["acme"]
    s = ipprules.standing(acme, "2023-04-30")
    assert standing_row("acme", s, 3)["account"] == "acme"
    with pytest.raises(TypeError, match="complaints must be an int, got float"):
        standing_row("acme", s, 3.0)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="complaints must be an int, got bool"):
        standing_row("acme", s, True)


# ------------------------------------------------------------ scale/cli.py (no cluster started)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("  ", "--scheduler: an empty address; "),
        ("tcp://a\x01b:8786", "it holds a control character"),
        ("inproc://x", "an inproc:// address is reachable only inside the process that made it"),
    ],
)
def test_scheduler_address_refusals(text: str, said: str) -> None:
    from ipprules.errors import IpprulesError
    from ipprules.scale.cli import scheduler_address

    with pytest.raises(IpprulesError) as info:
        scheduler_address(text)
    assert said in str(info.value)
    assert str(info.value).startswith("--scheduler: ")


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (
            ["listings", "examples/urls.txt", "--out", "{tmp}/out"],
            "--out writes Parquet through Dask: give --workers N or --scheduler",
        ),
        (
            ["listings", "-", "--workers", "1"],
            "standard input cannot be read with --workers or --scheduler",
        ),
        (
            ["plan", "-", "--account", "examples/planner-account.toml", "--workers", "1"],
            "standard input cannot be read with --workers or --scheduler",
        ),
        (
            ["plan", "examples/planner-urls.csv", "--account", "{tmp}", "--workers", "1"],
            "{tmp}: $: no plan files (*.toml, *.json) in the directory",
        ),
    ],
)
def test_scale_cli_refuses_before_starting_dask(
    argv: list[str], said: str, tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests._cli import run_cli

    code, out, err = run_cli([a.format(tmp=tmp_path) for a in argv], capsys)
    assert (code, out) == (2, "")
    assert err == f"ipprules: error: {said.format(tmp=tmp_path)}\n"


# ------------------------------------------------------------ scale/_listings.py


def test_parse_partition_reads_an_arrow_string_view_column() -> None:
    import pandas as pd
    import pyarrow as pa

    from ipprules.scale import parse_partition

    url = "https://detail.tmall.com/item.htm?id=690091011924&skuId=1"
    view = pd.arrays.ArrowExtensionArray(pa.array([url, None], type=pa.string_view()))
    out = parse_partition(pd.DataFrame({"url": pd.Series(view)}))
    assert out[["ok", "identity", "code"]].values.tolist() == [
        [True, "taobao-item:690091011924", pd.NA],
        [False, pd.NA, "empty"],
    ]


@pytest.mark.parametrize("values", [[1 + 2j], [1.5]], ids=["complex", "float"])
def test_parse_partition_refuses_a_column_of_numbers(values: list[object]) -> None:
    import pandas as pd

    from ipprules.scale import parse_partition

    column = pd.Series(values)
    with pytest.raises(TypeError, match=f"the URL column holds {column.dtype} values, not text"):
        parse_partition(pd.DataFrame({"url": column}))


def test_parse_urls_takes_a_dask_series() -> None:
    import dask.dataframe as dd
    import pandas as pd

    from ipprules.scale import parse_urls

    url = "https://detail.tmall.com/item.htm?id=690091011924&skuId=1"
    out = parse_urls(dd.from_pandas(pd.Series([url, "not a url"]), npartitions=1))
    rows = out.compute(scheduler="sync")[["ok", "identity", "code"]].values.tolist()
    assert rows == [[True, "taobao-item:690091011924", pd.NA], [False, pd.NA, "not-a-url"]]
