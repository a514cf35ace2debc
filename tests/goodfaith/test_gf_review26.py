"""review26: a what-if batch with an ``account`` column and a line whose cell is empty, read
for an account, is refused naming its file, line and column, as a history's such line is
(``batch_rows``'s docstring said those rows were the account's)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from ipprules.errors import InputError
from ipprules.goodfaith import History, what_if
from ipprules.goodfaith.history import batch_rows

EXAMPLE = "examples/history-accounts.csv"
HEADER = "type,date,account,platform,reason_code,listings,taken_down,rejected\n"
ACME = "complaint,2023-03-30,acme,taobao,tm_counterfeit,3,3,0\n"
BLANK = "complaint,2023-03-30,,taobao,tm_counterfeit,3,3,0\n"


@pytest.mark.parametrize("suffix", [".csv", ".jsonl"])
def test_a_batch_line_without_an_account_is_refused_as_in_a_history(
    tmp_path: Path, suffix: str
) -> None:
    batch = tmp_path / f"b{suffix}"
    if suffix == ".csv":
        batch.write_text(HEADER + ACME + BLANK, encoding="utf-8")
    else:
        one = '"type": "complaint", "date": "2023-03-30", "platform": "taobao", '
        one += '"reason_code": "tm_counterfeit", "listings": 3, "taken_down": 3'
        batch.write_text(
            '{"account": "acme", ' + one + '}\n{"account": "", ' + one + "}\n",
            encoding="utf-8",
        )
    with pytest.raises(InputError) as read:
        batch_rows(batch, "acme")
    problem = read.value.problems[0]
    assert (Path(str(problem.file)).name, problem.line, problem.path) == (
        batch.name,
        3 if suffix == ".csv" else 2,
        "$.account",
    )
    with pytest.raises(InputError) as history:
        History.from_file(batch, account="acme")
    assert history.value.problems[0].line == problem.line
    acme = History.from_file(EXAMPLE, account="acme")
    with pytest.raises(InputError, match="without an account"):
        what_if(acme, batch, "2023-03-31", account="acme")


def _line(account: str | None) -> str:
    named = "" if account is None else f'"account": "{account}", '
    return (
        "{" + named + '"type": "complaint", "date": "2023-03-30", "platform": "taobao", '
        '"reason_code": "tm_counterfeit", "listings": 3, "taken_down": 3}\n'
    )


@pytest.mark.parametrize(
    ("accounts", "line"),
    [(["acme", None, "acme"], 2), ([None, "acme"], 1), (["", "globex", "acme"], 1)],
)
def test_a_json_lines_line_without_an_account_among_named_ones_is_refused(
    accounts: list[str | None], line: int
) -> None:
    """JSON Lines have no columns: once a line names an account, one naming none (a missing
    key or an empty string) is refused at its line, when accounts are told apart
    (``by_account``, a what-if batch read for an account), as a CSV line with an empty cell
    is; before, it was the account ``""`` or, in a batch, silently the chosen account's."""
    text = "".join(map(_line, accounts))
    for read in (
        lambda: History.by_account(io.StringIO(text), format="jsonl"),
        lambda: batch_rows(io.StringIO(text), "acme", name="b.jsonl", format="jsonl"),
    ):
        with pytest.raises(InputError, match="without an account") as caught:
            read()
        assert (caught.value.problems[0].line, caught.value.path) == (line, "$.account")


def test_a_json_lines_file_naming_no_account_is_one_account() -> None:
    text = _line(None) + _line("")
    assert list(History.by_account(io.StringIO(text), format="jsonl")) == [""]
    assert len(batch_rows(io.StringIO(text), "acme", name="b.jsonl", format="jsonl")) == 2
