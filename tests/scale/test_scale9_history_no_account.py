"""``scale.standings`` on history files without the account column: the error named neither
the file nor the line (``$.account: no column 'account'``), where every other header error of
the same files names both (and ``read_histories(..., require_columns=...)`` says ``no column
'url' (columns: ...)`` at the file's header). It now names the first file and its header line
(a Parquet file: the file), with the columns it has."""

from __future__ import annotations

import pytest

pd = pytest.importorskip("pandas")
pytest.importorskip("dask.dataframe")

from hypothesis import HealthCheck, example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from ipprules.errors import InputError  # noqa: E402

COLUMNS = ["type", "date", "platform", "reason_code", "listings", "taken_down", "rejected"]
ROW = ["complaint", "2023-01-05", "tmall", "tm_counterfeit", "3", "3", "0"]


@example(kind="csv", width=2, name="account", sep=False)
@example(kind="parquet", width=7, name="owner", sep=False)
@example(kind="csv", width=3, name="account", sep=True)
@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.sampled_from(["csv", "parquet"]),
    st.integers(2, len(COLUMNS)),
    st.sampled_from(["account", "owner"]),
    st.booleans(),
)
def test_a_history_without_the_account_column_is_said_at_its_file(
    tmp_path_factory: pytest.TempPathFactory, kind: str, width: int, name: str, sep: bool
) -> None:
    from ipprules.scale import standings

    folder = tmp_path_factory.mktemp("noaccount")
    path = folder / f"h.{kind}"
    header, row = COLUMNS[:width], ROW[:width]
    if kind == "csv":
        lines = ["sep=,"] if sep else []
        path.write_text("\n".join([*lines, ",".join(header), ",".join(row)]) + "\n", "utf-8")
    else:
        pd.DataFrame([row], columns=header).to_parquet(path)
    with pytest.raises(InputError) as caught:
        standings(str(folder / "h.*"), "2023-12-31", account=name)
    error = caught.value
    assert str(error).endswith(f"$.{name}: no column {name!r} (columns: {', '.join(header)})")
    assert error.file == str(path)
    assert error.line == (None if kind == "parquet" else 1 + sep)


def test_a_frame_without_the_account_column_names_no_file() -> None:
    import dask.dataframe as dd

    from ipprules.scale import standings

    frame = dd.from_pandas(pd.DataFrame([ROW], columns=COLUMNS), npartitions=1)
    with pytest.raises(InputError, match=r"^\$\.account: no column 'account' \(columns: type,"):
        standings(frame, "2023-12-31")
