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
from ipprules.planner import Settings  # noqa: E402
from ipprules.scale import plan_accounts  # noqa: E402

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
