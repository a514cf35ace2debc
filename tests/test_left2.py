"""left2: small wrong answers left by the 2026-12-07 sweeps (each test failed before its fix).

1. A CSS selector in a call, alone on its line (``x('a[href*="detail.1688.com/offer/"]');``),
   was ``not-a-url`` calling ``x('a[href*="detail.1688.com`` "a template or a pattern":
   it is read as with a word before it, the 1688 offer page it names, without an id.
2. A linked image with a title on the image and a target without a scheme
   (``[![a](img "t")](item.taobao.com/…)``) read the image (or found no URL): the target
   is read, on every engine.
3. ``read_histories(path, history=False)`` without ``text=`` did not check a Parquet ``url``
   column's type; a timestamp ``url`` failed later naming the account, not the file.
4. A history's platform written in another case than its id (``Taobao``, ``TMALL``) was left
   out of the counts with a note; it is refused at its line with a "did you mean", as every
   input naming a platform refuses it (``--platform``, ``ResolvedRules.platform``, plans).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import time
from pathlib import Path
from typing import Any

import pytest

from ipprules.errors import InputError, IpprulesError
from ipprules.goodfaith import Complaint, History
from ipprules.listings import parse_listing
from ipprules.listings.parser import parse_slowly
from ipprules.penalties.model import Violation
from ipprules.penalties.reading import read_violations

ITEM = "https://item.taobao.com/item.htm?id=637730514783"
IMG = "https://img.alicdn.com/imgextra/i1/x.jpg"


def _answers(text: str) -> list[tuple[Any, ...]]:
    """(ok, canonical URL or code, reason) from the fast path, the thorough parser and the
    columnar kernel."""
    from ipprules import columnar

    out = []
    for result in (parse_listing(text), parse_slowly(text)):
        out.append((result.ok, result.canonical_url if result.ok else result.code))
    row = columnar.parse_column([text]).to_pylist()[0]
    out.append((row["ok"], row["canonical_url"] if row["ok"] else row["code"]))
    return out


# 1. A selector alone on its line


SELECTOR = """x('a[href*="detail.1688.com/offer/"]');"""


@pytest.mark.parametrize(
    "text", [SELECTOR, f"  {SELECTOR}  ", """q("a[href*='detail.1688.com/offer/']")"""]
)
def test_selector_alone_is_the_offer_page_without_an_id(text: str) -> None:
    assert _answers(text) == [(False, "missing-id")] * 3
    for result in (parse_listing(text), parse_slowly(text)):
        assert "detail.1688.com/offer/ is a listing page but has no valid id" in result.reason
        assert "template" not in result.reason
        assert "x(" not in result.reason and "href" not in result.reason


def test_selector_alone_answers_as_with_a_word_before_it() -> None:
    alone, worded = parse_listing(SELECTOR), parse_listing(f"foo {SELECTOR}")
    assert (alone.code, alone.reason) == (worded.code, worded.reason)


def test_selector_with_an_id_is_still_the_listing() -> None:
    text = """x('a[href*="detail.1688.com/offer/612345678901.html"]');"""
    url = "https://detail.1688.com/offer/612345678901.html"
    assert _answers(text) == [(True, url)] * 3


# 2. A linked image's title, then a target without a scheme

TARGET = "item.taobao.com/item.htm?id=637730514783"


@pytest.mark.parametrize(
    "text",
    [
        f'[![a](img "t")]({TARGET})',
        f'[![a]({IMG} "t")]({TARGET})',
        f"[![a]({IMG} 't')]({TARGET})",
        f'[![my shoe]({IMG} "a long title")]({TARGET})',
        f'see [![a](img.png "t")]({TARGET}) here',
    ],
)
def test_titled_linked_image_reads_its_schemeless_target(text: str) -> None:
    assert _answers(text) == [(True, ITEM)] * 3


def test_titled_linked_image_target_of_another_host_is_not_read_as_a_listing() -> None:
    text = f'[![a]({IMG} "t")](evil.example/item.htm?id=637730514783)'
    assert all(not ok for ok, _ in _answers(text))


def test_titled_target_scan_stays_linear() -> None:
    text = ('[![a](img "t")](' * 400)[:8000]
    start = time.perf_counter()
    parse_slowly(text)
    parse_listing(text + "x")
    assert time.perf_counter() - start < 1.0


# 3. read_histories names the file of a Parquet url column of another type


def test_read_histories_refuses_a_timestamp_url_naming_the_file(tmp_path: Path) -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    from ipprules.scale import read_histories

    path = tmp_path / "rows.parquet"
    urls = pa.array([dt.datetime(2026, 1, 1)])
    pq.write_table(pa.table({"account": ["a"], "url": urls}), path)
    with pytest.raises(InputError, match="'url' holds timestamp") as caught:
        read_histories(str(path), history=False)
    assert str(path) in str(caught.value)
    # a text url is read as before
    pq.write_table(pa.table({"account": ["a"], "Link": [ITEM]}), path)
    assert list(read_histories(str(path), history=False).columns) == ["account", "Link"]


# 4. A platform in another case than its id is refused at its line


HEADER = "type,date,platform,reason_code,listings,taken_down\n"


@pytest.mark.parametrize(
    ("written", "meant"),
    [("Taobao", "taobao"), ("TMALL", "tmall"), ("\uff38\uff29\uff21\uff2e\uff39\uff35", "xianyu")],
)
def test_history_csv_platform_case_is_refused_at_its_cell(written: str, meant: str) -> None:
    text = (
        HEADER + "complaint,2023-03-01,taobao,X,1,1\n" + f"complaint,2023-03-02,{written},X,1,1\n"
    )
    with pytest.raises(InputError) as caught:
        History.from_file(io.StringIO(text))
    problem = caught.value.problems[0]
    assert (problem.line, problem.column, problem.path) == (3, 22, "$.platform")
    assert f"did you mean {meant!r}?" in problem.message


def test_history_by_account_and_jsonl_refuse_the_platform_case(tmp_path: Path) -> None:
    text = "type,date,account,platform,reason_code,listings,taken_down\n"
    text += "complaint,2023-03-01,a,taobao,X,1,1\ncomplaint,2023-03-02,b,Taobao,X,1,1\n"
    with pytest.raises(InputError, match=r":3:24: \$\.platform: .*did you mean 'taobao'"):
        History.by_account(io.StringIO(text))
    row = {"type": "complaint", "date": "2023-03-01", "reason_code": "X", "listings": 1}
    lines = [
        {**row, "platform": "tmall", "taken_down": 1},
        {**row, "platform": "Tmall", "taken_down": 1},
    ]
    path = tmp_path / "h.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    with pytest.raises(InputError, match=r"h\.jsonl:2:.*\$\.platform: .*did you mean 'tmall'"):
        History.from_file(path)


def test_history_records_platform_case_is_refused_at_its_index() -> None:
    good = Complaint(
        filed="2023-03-01", platform="taobao", reason_code="X", listings=1, taken_down=1
    )
    bad = Complaint(
        filed="2023-03-01", platform="Taobao", reason_code="X", listings=1, taken_down=1
    )
    with pytest.raises(InputError, match=r"\$\[1\]: .*did you mean 'taobao'"):
        History.from_records([good, bad])
    with pytest.raises(InputError, match="did you mean 'taobao'"):
        History.from_rows([(738525, "Taobao", "X", 1, 0, 0, 0, 0)])


def test_history_other_names_are_read_as_before() -> None:
    text = HEADER + "complaint,2023-03-01,taobao,X,1,1\ncomplaint,2023-03-02,Mars,X,1,1\n"
    text += "complaint,2023-03-02,tmall.hk,X,1,1\ncomplaint,2023-03-02,1688,X,1,1\n"
    assert History.from_file(io.StringIO(text)).complaints == 4


def test_violations_platform_case_is_refused_at_its_cell() -> None:
    csv_text = "date,kind,platform\n2024-03-01,general,taobao\n2024-03-02,general,Taobao\n"
    with pytest.raises(InputError) as caught:
        read_violations(io.StringIO(csv_text))
    problem = caught.value.problems[0]
    assert (problem.line, problem.path) == (3, "$[1].platform")
    assert "did you mean 'taobao'?" in problem.message
    json_text = '[{"date": "2024-03-01", "kind": "general", "platform": "TMALL"}]'
    with pytest.raises(InputError, match=r"\$\[0\]\.platform: .*did you mean 'tmall'"):
        read_violations(io.StringIO(json_text))
    with pytest.raises(IpprulesError, match="did you mean 'taobao'"):
        Violation(on=dt.date(2024, 3, 1), kind="general", platform="Taobao")
    assert Violation(on=dt.date(2024, 3, 1), kind="general", platform="Mars").platform == "Mars"


def test_penalties_cli_refuses_a_platform_in_another_case_at_its_cell(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ipprules.cli import main

    path = tmp_path / "v.csv"
    path.write_text("date,kind,platform\n2024-05-01,general,xianyu\n2024-05-02,general,XIANYU\n")
    argv = ["penalties", str(path), "--platform", "taobao", "--as-of", "2024-06-01"]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert f"{path}:3:" in err and "$[1].platform:" in err and "did you mean 'xianyu'?" in err


@pytest.mark.parametrize("encoded", [False, True])
def test_columnar_history_refuses_the_platform_case_as_from_rows(encoded: bool) -> None:
    pa = pytest.importorskip("pyarrow")
    from ipprules.columnar import history_from_table

    day = dt.date(2023, 3, 1).toordinal()
    rows = [(day, "taobao", "X", 1, 0, 0, 0, 0), (day, "TMALL", "X", 1, 0, 0, 0, 0)]
    names = ["day", "platform", "reason_code", "taken_down", "rejected", "withdrawn"]
    table = pa.table(
        dict(zip([*names, "pending", "reinstated"], zip(*rows, strict=True), strict=True))
    )
    if encoded:
        table = table.set_column(1, "platform", table["platform"].dictionary_encode())
    with pytest.raises(InputError) as caught:
        History.from_rows(rows)
    with pytest.raises(InputError) as columnar:
        history_from_table(table)
    assert str(columnar.value) == str(caught.value)
    assert "did you mean 'tmall'?" in str(caught.value)
