"""Real files of links (tests/listings/data/realfiles/, sources in its README.md) read by
``ipprules listings`` and ``ipprules plan``: every line of each file is accounted for (read
as a listing, rejected with a code, or the file refused naming it), the URL column is found
by its header, and each link's answer is pinned (counts per code and a sample of rows).

A tracker's ``products.json`` (a JSON array of objects, written over lines) was read line by
line before: its ``"url": ...`` line parsed and its other 10 lines rejected as ``not-a-url``.
It is refused now, as a JSON object over lines is, saying to write it as JSON Lines."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from ipprules.cli import main
from ipprules.errors import InputError
from ipprules.listings.columns import refuse_document

DATA = Path(__file__).parent / "data" / "realfiles"
PLAN = ["--account", "examples/planner-account.toml", "--as-of", "2026-11-23",
        "--right", "tm-cn", "--reason", "tm_counterfeit", "--format", "json"]  # fmt: skip

#: file -> (lines read, Counter of (status, code), {line: (id, canonical URL)} sampled)
READ = {
    "lazada_my_phones.csv": (
        range(2, 42),
        {("listing", None): 40},
        {
            2: ("2405115220", "https://www.lazada.com.my/products/pdp-i2405115220.html"),
            41: ("576832783", "https://www.lazada.com.my/products/pdp-i576832783.html"),
        },
    ),
    "lazada_th_pdp.csv": (
        range(2, 42),
        {("listing", None): 40},
        {2: ("5608827287", "https://www.lazada.co.th/products/pdp-i5608827287.html")},
    ),
    "taobao_variants.csv": (
        range(2, 10),
        {("listing", None): 8},
        {
            2: ("974743803214", "https://item.taobao.com/item.htm?id=974743803214"),
            6: ("969220337986", "https://item.taobao.com/item.htm?id=969220337986"),
        },
    ),
    "taobao_test_links.txt": (
        range(1, 2),
        {("listing", None): 1},
        {1: ("719244198696", "https://item.taobao.com/item.htm?id=719244198696")},
    ),
}

#: file -> the planner's counts (right tm-cn: Lazada refuses a right registered in CN)
PLANNED = {
    "lazada_my_phones.csv": {"planned": 0, "duplicate": 0, "rejected": 40},
    "lazada_th_pdp.csv": {"planned": 0, "duplicate": 0, "rejected": 40},
    "taobao_variants.csv": {"planned": 2, "duplicate": 6, "rejected": 0},
    "taobao_test_links.txt": {"planned": 1, "duplicate": 0, "rejected": 0},
}


def _lines(path: Path) -> int:
    return len(path.read_bytes().splitlines())


@pytest.mark.parametrize("name", sorted(READ))
def test_listings_reads_every_line_of_a_real_file(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    lines, codes, sample = READ[name]
    path = DATA / name
    assert main(["listings", str(path), "--format", "json"]) == 0
    results = json.loads(capsys.readouterr().out)["results"]
    assert [r["line"] for r in results] == list(lines)
    assert lines[-1] == _lines(path)  # the header (if any) and every record: none lost
    assert Counter((r["status"], r["code"]) for r in results) == codes
    by_line = {r["line"]: r for r in results}
    for line, (ident, canonical) in sample.items():
        assert (by_line[line]["id"], by_line[line]["canonical_url"]) == (ident, canonical)


@pytest.mark.parametrize("name", sorted(PLANNED))
def test_plan_accounts_for_every_line_of_a_real_file(
    name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["plan", str(DATA / name), *PLAN])
    report = json.loads(capsys.readouterr().out)
    assert report["counts"] == PLANNED[name]
    assert [line["line"] for line in report["lines"]] == list(READ[name][0])
    if report["counts"]["rejected"]:
        assert {line["code"] for line in report["lines"]} == {"right-place-not-accepted"}


@pytest.mark.parametrize(
    "command", [["listings"], ["plan", *PLAN], ["listings", "--workers", "1", "--out", "OUT"]]
)
def test_a_json_array_of_records_is_refused_naming_the_file(
    command: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = DATA / "lazada_vn_products.json"
    rest = [str(tmp_path / "out") if arg == "OUT" else arg for arg in command[1:]]
    try:
        code = main([command[0], str(path), *rest])
    except SystemExit as exit_:
        code = exit_.code
    assert code == 2
    err = capsys.readouterr().err
    assert "lazada_vn_products.json" in err
    assert "a JSON array of objects (records)" in err and "JSON Lines" in err


@pytest.mark.parametrize(
    ("first", "then", "refused"),
    [
        ("[", '  {"id": 1,', True),
        ('[{"url": "https://item.taobao.com/item.htm?id=1"}]', None, True),
        ("[ {", None, True),
        ("[", '  "https://item.taobao.com/item.htm?id=1",', False),  # an array of URLs
        ("[", None, False),
        ('["https://item.taobao.com/item.htm?id=1"]', None, False),
    ],
)
def test_refuse_document_tells_records_from_urls(
    first: str, then: str | None, refused: bool
) -> None:
    if refused:
        with pytest.raises(InputError, match="array of objects"):
            refuse_document("products.json", first, "products.json", then)
    else:
        refuse_document("products.json", first, "products.json", then)
    refuse_document("products.txt", first, "products.txt", then)  # a .json name only
