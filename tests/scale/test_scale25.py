"""Issue #13, the planner's inputs at scale against one machine (scale25): keys of ``plans``
that name no account (``{None: plan}`` was taken without a word); line numbers from several
files (``ipprules plan --workers`` over a glob), where a duplicate's ``duplicate_of`` named a
line number that two files hold, and line numbers repeated or going down within one input
partition, which ``plan_listings`` refuses; and Dask's ``convert-string`` default, which turns
an object URL column of numbers into text before the library sees it (documented). Synchronous
scheduler, tiny frames."""

from __future__ import annotations

from pathlib import Path

import pytest

pd = pytest.importorskip("pandas")
dask = pytest.importorskip("dask")
dd = pytest.importorskip("dask.dataframe")

from ipprules.checks import read_plan  # noqa: E402
from ipprules.cli import main  # noqa: E402
from ipprules.errors import InputError  # noqa: E402
from ipprules.listings import parse_listings  # noqa: E402
from ipprules.planner import PlanLine, Settings, plan_listings  # noqa: E402
from ipprules.scale import parse_urls, plan_accounts  # noqa: E402

pytestmark = pytest.mark.usefixtures("synchronous_dask")

PLAN = read_plan("examples/planner-account.toml")
DAY = "2026-11-23"
CHOSEN = Settings(reason="tm_counterfeit", right="tm-cn")
TB = "https://item.taobao.com/item.htm?id=606832683299"
TB_PHONE = "https://m.intl.taobao.com/detail/detail.html?id=606832683299"
TM = "https://detail.tmall.com/item.htm?id=690091011924"
DOCS = Path(__file__).resolve().parents[2] / "docs" / "scaling.md"


def _rows(accounts: list[str], urls: list[str], **more: list[int]) -> object:
    return dd.from_pandas(pd.DataFrame({"account": accounts, "url": urls, **more}), npartitions=1)


# ---------------------------------------------------------------------- the keys of plans


@pytest.mark.parametrize("key", [None, float("nan"), b"acme", ("acme",), True, 1.0])
def test_a_plans_key_that_names_no_account_is_a_type_error(key: object) -> None:
    with pytest.raises(TypeError, match=r"plans: the key .* must be an account name"):
        plan_accounts(_rows(["acme"], [TB]), {key: PLAN}, as_of=DAY)  # type: ignore[dict-item]


def test_a_plans_key_of_text_or_a_whole_number_still_plans_its_account() -> None:
    np = pytest.importorskip("numpy")
    for key in ("101", 101, np.int64(101)):
        planned = plan_accounts(_rows(["101"], [TB]), {key: PLAN}, as_of=DAY, settings=CHOSEN)
        outcomes, _, _ = planned.compute()
        assert outcomes["status"].tolist() == ["planned"], key


# ------------------------------------------------------------- line numbers of several files


def test_a_line_number_twice_or_going_down_in_one_partition_is_refused() -> None:
    for own in ([2, 2], [5, 3]):
        planned = plan_accounts(_rows(["acme"] * 2, [TB, TM], n=own), PLAN, as_of=DAY,
                                settings=CHOSEN, line="n")  # fmt: skip
        with pytest.raises(InputError, match=f"line {own[1]} after line {own[0]} for account"):
            planned.compute()
    with pytest.raises(InputError, match="line numbers must increase"):  # as one machine
        plan_listings([PlanLine(line=5, url=TB), PlanLine(line=3, url=TM)], PLAN, as_of=DAY,
                      settings=CHOSEN)  # fmt: skip


def test_a_duplicate_names_the_partition_of_the_line_it_repeats() -> None:
    """One account's rows from two files, each file numbering its own lines: the duplicate
    in the second file names line 2, which both files hold; its partition says which file's
    line it is. Within one partition they agree with ``plan_listings`` alone."""
    first = pd.DataFrame({"account": ["acme", "acme"], "url": [TM, TB], "n": [2, 3]})
    second = pd.DataFrame({"account": ["acme", "acme"], "url": [TB_PHONE, TM], "n": [2, 3]})
    source = dd.concat([dd.from_pandas(first, npartitions=1), dd.from_pandas(second, 1)])
    planned = plan_accounts(source, PLAN, as_of=DAY, settings=CHOSEN, line="n")
    outcomes, _, _ = planned.compute()
    got = outcomes.sort_values(["partition", "position"])
    columns = ["partition", "line", "status", "duplicate_of", "duplicate_of_partition"]
    rows = [[None if pd.isna(v) else v for v in r] for r in got[columns].values.tolist()]
    assert rows == [
        [0, 2, "planned", None, None],
        [0, 3, "planned", None, None],
        [1, 2, "duplicate", 3, 0],  # line 3 of the first file
        [1, 3, "duplicate", 2, 0],  # line 2 of the first file, not of its own
    ]
    one = plan_accounts(dd.from_pandas(first, npartitions=1), PLAN, as_of=DAY, settings=CHOSEN,
                        line="n").compute()[0]  # fmt: skip
    assert one["duplicate_of_partition"].isna().all()


@pytest.mark.usefixtures("synchronous")
def test_plan_with_workers_over_two_files_names_the_file_of_a_duplicate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.csv").write_text(f"account,url\nacme,{TM}\nacme,{TB}\n", "utf-8")
    (tmp_path / "b.csv").write_text(f"account,url\nacme,{TB_PHONE}\nacme,{TM}\n", "utf-8")
    out = tmp_path / "out"
    argv = ["plan", str(tmp_path / "*.csv"), "--account", "examples/planner-account.toml",
            "--as-of", DAY, "--right", "tm-cn", "--reason", "tm_counterfeit", "--workers", "2",
            "--out", str(out)]  # fmt: skip
    assert main(argv) == 0
    assert "4 line(s): 2 planned in 2 complaint(s), 2 duplicate" in capsys.readouterr().out
    got = pd.read_parquet(out / "outcomes").sort_values(["partition", "position"])
    dups = got[got["status"] == "duplicate"]
    places = dups[["partition", "line", "duplicate_of", "duplicate_of_partition"]]
    assert places.values.tolist() == [[1, 2, 3, 0], [1, 3, 2, 0]]  # b.csv's, of a.csv's lines


# -------------------------------------------------- Dask's convert-string (a documented difference)


def test_an_object_url_column_of_numbers_is_text_under_dasks_default_as_documented() -> None:
    frame = pd.DataFrame({"url": [TB, 3]}, dtype=object)
    with pytest.raises(TypeError):  # one machine
        list(parse_listings(frame["url"].tolist()))
    got = parse_urls(dd.from_pandas(frame, npartitions=1)).compute()
    assert got[["input", "code"]].values.tolist()[1] == ["3", "not-a-url"]
    with (
        dask.config.set({"dataframe.convert-string": False}),
        pytest.raises(TypeError, match="int"),
    ):  # the option off: refused as on one machine (2 partitions: a frame of another name,
        # Dask keeps the one made above, converted, by its name)
        parse_urls(dd.from_pandas(frame, npartitions=2)).compute()
    said = " ".join(DOCS.read_text("utf-8").split())
    assert '`[url, 3]` is parsed as the text `"3"` and rejected as `not-a-url`' in said
