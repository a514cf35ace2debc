"""``ipprules plan`` reads what ``ipprules listings`` reads (#13): a CSV whose URL column is
named ``link``, ``href``, ``链接``... (the one alias list, ``URL_COLUMNS``), and JSON Lines
objects with the planner's CSV columns as keys (it read each ``{"url": ...}`` line as a URL,
and refused a ``Link`` header: "a CSV header needs a url column")."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ipprules.cli import main
from ipprules.errors import InputError
from ipprules.listings.columns import URL_COLUMNS
from ipprules.planner import read_lines

ACCOUNT = "examples/planner-account.toml"
DAY = "2026-11-23"
A = "https://item.taobao.com/item.htm?id=606832683299"
B = "https://m.intl.taobao.com/detail/detail.html?id=606832683299"  # the same listing as A
C = "https://item.taobao.com/item.htm?id=606832683111"


def _plan(path: Path, capsys: pytest.CaptureFixture[str], *more: str) -> tuple[int, Any]:
    code = main(
        ["plan", str(path), "--account", ACCOUNT, "--as-of", DAY, "--right", "tm-cn",
         "--format", "json", *more]
    )  # fmt: skip
    return code, json.loads(capsys.readouterr().out)


def _lines(data: Any) -> list[tuple[int, str, str | None]]:
    return [(r["line"], r["status"], r["code"]) for r in data["lines"]]


# ---------------------------------------------------------------- the URL column's names


@pytest.mark.parametrize("header", [*URL_COLUMNS, "Link", "Listing URL", "HREF", "listing-url"])
def test_read_lines_takes_every_url_column_name_listings_takes(header: str) -> None:
    lines = list(read_lines([f"{header},reason", f"{A},tm_counterfeit"], name="in.csv"))
    assert [(x.line, x.url, x.reason) for x in lines] == [(2, A, "tm_counterfeit")]


def test_the_url_column_is_the_one_listings_reads_the_other_is_ignored() -> None:
    said: list[tuple[str, ...]] = []
    lines = list(read_lines(["link,url", f"{C},{A}"], on_ignored=said.append))
    assert [x.url for x in lines] == [A]  # url before link, as listings chooses
    assert said == [("link",)]


@pytest.mark.parametrize("header", ["链接", "Link", "href"])
def test_plan_cli_plans_a_csv_whose_url_column_has_another_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], header: str
) -> None:
    path = tmp_path / "urls.csv"
    path.write_text(f"{header},reason\n{A},tm_counterfeit\n\n{B},tm_counterfeit\n", "utf-8")
    code, data = _plan(path, capsys)
    assert code == 0
    assert _lines(data) == [(2, "planned", None), (4, "duplicate", None)]


# ---------------------------------------------------------------- JSON Lines


def test_read_lines_reads_json_lines_objects_as_csv_rows() -> None:
    text = [
        json.dumps({"url": A, "reason": "tm_counterfeit", "confidence": 0.9, "title": "x"}),
        "",
        json.dumps({"Link": C, "Order Number": "T-1", "notes": None, "confidence": "80%"}),
    ]
    said: list[tuple[str, ...]] = []
    lines = list(read_lines(text, name="in.jsonl", on_ignored=said.append))
    assert [(x.line, x.url, x.reason, x.order_number) for x in lines] == [
        (1, A, "tm_counterfeit", None),
        (3, C, None, "T-1"),
    ]
    assert [str(x.confidence) for x in lines] == ["9/10", "4/5"]
    assert said == [("title",)]


def test_a_first_line_starting_with_a_brace_is_json_lines_whatever_the_name() -> None:
    assert [x.url for x in read_lines([json.dumps({"href": A})])] == [A]


def test_kind_lines_reads_a_brace_line_as_text() -> None:
    line = json.dumps({"url": A})
    assert [x.url for x in read_lines([line], name="in.jsonl", kind="lines")] == [line]


def _with(fields: str) -> str:
    """A JSON line of the URL A and ``fields`` (JSON text)."""
    return json.dumps({"url": A})[:-1] + ", " + fields + "}"


@pytest.mark.parametrize(
    ("line", "where", "words"),
    [
        ('{"url": 5}', "$.url", "got a number"),
        (_with('"reason": ["a"]'), "$.reason", "got an array"),
        (_with('"confidence": true'), "$.confidence", "got a boolean"),
        (_with('"resaon": "x"'), "$.resaon", "did you mean 'reason'"),
        (_with('"account": "acme"'), "$.account", "an account column"),
        (_with('"confidence": 2'), "$.confidence", "from 0 to 1"),
        (_with('"Confidence": "2"'), "$.Confidence", "from 0 to 1"),  # at the key as written
        (_with('"Target": "shop"'), "$.Target", "expected listing or storefront"),
        (_with('"Order Number": 5'), "$['Order Number']", "got a number"),
        ("[1]", "$", "expected a JSON object"),
        ('{"url": ', "$", "not valid JSON"),
        ('{"title": "no url"}', "$", "no URL key"),
    ],
)
def test_a_bad_json_line_is_an_error_at_its_file_line_and_key(
    line: str, where: str, words: str
) -> None:
    text = [json.dumps({"url": A}), "", line]
    with pytest.raises(InputError) as caught:
        list(read_lines(text, name="in.jsonl"))
    problem = caught.value.problems[0]
    assert (problem.file, problem.line, problem.path) == ("in.jsonl", 3, where)
    assert words in problem.message


def test_plan_cli_plans_json_lines_as_listings_reads_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "urls.jsonl"
    rows = [{"url": A, "reason": "tm_counterfeit", "seller": "s1"}, {"url": "junk"},
            {"link": B, "reason": "tm_counterfeit"}]  # fmt: skip
    path.write_text("\n".join(map(json.dumps, rows)) + "\n", "utf-8")
    code, data = _plan(path, capsys, "--reason", "tm_counterfeit")
    assert code == 1  # the junk line is rejected
    assert _lines(data) == [(1, "planned", None), (2, "rejected", "listing:not-a-url"),
                            (3, "duplicate", None)]  # fmt: skip
    assert data["ignored_columns"] == ["seller"]
    assert main(["listings", str(path)]) == 1  # and listings reads the same three URLs
    assert capsys.readouterr().out.count("\n") >= 5


def test_plan_cli_input_option_names_the_kind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "urls.txt"  # a name that says nothing
    path.write_text(json.dumps({"url": A, "reason": "tm_counterfeit"}) + "\n", "utf-8")
    code, data = _plan(path, capsys, "--input", "jsonl")
    assert (code, _lines(data)) == (0, [(1, "planned", None)])
    code, data = _plan(path, capsys, "--input", "lines", "--reason", "tm_counterfeit")
    assert [r["url"] for r in data["lines"]] == [path.read_text("utf-8").strip()]


def test_plan_cli_bad_json_line_exits_2_naming_file_line_and_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "urls.jsonl"
    path.write_text(json.dumps({"url": A}) + "\n" + json.dumps({"url": 7}) + "\n", "utf-8")
    assert main(["plan", str(path), "--account", ACCOUNT, "--as-of", DAY]) == 2
    err = capsys.readouterr().err
    assert f"{path}:2: $.url: expected a string" in err and "Traceback" not in err


def test_the_json_lines_example_of_the_planner_page_plans_as_the_csv(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """docs/planner.md: ``ipprules plan planner-urls.jsonl ...`` in examples/ plans the rows
    of planner-urls.csv alike, at lines 1 to 7."""
    page = (Path(__file__).parents[2] / "docs" / "planner.md").read_text("utf-8")
    shown = (
        "ipprules plan planner-urls.jsonl --account planner-account.toml --strategy protect\n"
        "--as-of 2026-11-23"
    )
    assert shown in page
    monkeypatch.chdir(Path(__file__).parents[2] / "examples")
    argv = shown.split()[1:]
    got = []
    for name in ("planner-urls.csv", "planner-urls.jsonl"):
        assert main([argv[0], name, *argv[2:], "--format", "json"]) == 1
        got.append(json.loads(capsys.readouterr().out))
    csv_rows, json_rows = (data["lines"] for data in got)
    assert [r["line"] for r in json_rows] == list(range(1, 8))

    def one_up(row: dict[str, Any]) -> dict[str, Any]:  # the CSV's header is line 1
        first = row["duplicate_of"]
        return {**row, "line": row["line"] - 1, "duplicate_of": first and first - 1}

    assert [one_up(r) for r in csv_rows] == json_rows
    assert any(r["duplicate_of"] for r in json_rows)


def test_ignored_keys_are_said_once_each_and_at_most_a_hundred() -> None:
    """Objects of ever new keys keep memory bounded: 300 keys, the first 100 said."""
    text = [json.dumps({"url": A, f"k{n}": "x", "title": "t"}) for n in range(300)]
    said: list[tuple[str, ...]] = []
    assert len(list(read_lines(text, name="in.jsonl", on_ignored=said.append))) == 300
    names = [k for keys in said for k in keys]
    assert names[:3] == ["k0", "title", "k1"]
    assert len(names) == len(set(names)) == 100


def test_a_first_line_that_only_starts_with_a_brace_is_a_list_not_json_lines(
    tmp_path: Path, capsys: Any
) -> None:
    """A JavaScript object literal pasted from a page (``{ name: "…", url: "https://…" },``)
    starts a list of lines: both commands read it (it was refused as "not valid JSON", exit 2,
    found by the conservation test over the real-URL tables)."""
    pile = tmp_path / "pile.txt"
    pile.write_text(
        '      { name: "Evaporator", price: "\u20b12,200.00", url: '
        '"https://www.lazada.com.ph/products/pdp-i4339237918-s24342801694.html" },\n'
        "https://item.taobao.com/item.htm?id=606832683299\n",
        encoding="utf-8",
    )
    assert main(["listings", str(pile)]) in (0, 1)
    assert "2 inputs" in capsys.readouterr().out
    account = str(Path("examples/planner-account.toml"))
    code = main(["plan", str(pile), "--account", account, "--reason", "tm_counterfeit"])
    assert code in (0, 1)
    assert "2 line(s)" in capsys.readouterr().out
    jsonl = tmp_path / "pile.txt"
    jsonl.write_text('{"url": "https://item.taobao.com/item.htm?id=606832683299"}\n', "utf-8")
    assert main(["listings", str(jsonl)]) == 0  # a JSON object still starts JSON Lines
