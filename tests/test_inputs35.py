"""Left-overs of inputs34 and scale18: JSON Lines history keys and the planner's rows of one
glob read as a CSV header's names, and ``plan --open`` refusing another command's document
(the used-up generator doors are in test_newuser12's table)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ipprules.goodfaith import History

# -------------------- one rule for a history's names: JSON Lines keys as a CSV header's cells

_LINE = {
    "type": "complaint",
    "date": "2023-01-02",
    "platform": "taobao",
    "reason_code": "tm_counterfeit",
    "listings": 10,
    "taken_down": 9,
    "rejected": 1,
    "id": "c-1",
}


def _written(key: str, style: int) -> str:
    """``key`` written as a spreadsheet or another tool might (case, spaces, hyphens)."""
    words = key.split("_")
    return [
        key.upper(),
        " ".join(w.title() for w in words),
        "-".join(words),
        f" {key.title()} ",
        key,
    ][style % 5]


def _jsonl(tmp_path: Any, lines: list[dict[str, Any]], name: str = "h.jsonl") -> str:
    import json

    path = tmp_path / name
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("style", range(5))
def test_json_lines_keys_are_read_as_a_csv_headers_cells(tmp_path: Any, style: int) -> None:
    plain = History.from_file(_jsonl(tmp_path, [_LINE], "plain.jsonl"))
    varied = {_written(key, style + i): value for i, (key, value) in enumerate(_LINE.items())}
    read = History.from_file(_jsonl(tmp_path, [varied]))
    assert read == plain
    assert read.complaints == 1
    # the same line as a CSV row of the same header reads alike
    header = ",".join(varied)
    row = ",".join(str(v) for v in varied.values())
    (tmp_path / "h.csv").write_text(f"{header}\n{row}\n", encoding="utf-8")
    assert History.from_file(str(tmp_path / "h.csv")) == plain


def test_two_json_keys_naming_one_column_are_refused_as_a_header_naming_it_twice(
    tmp_path: Any,
) -> None:
    from ipprules.errors import InputError

    path = _jsonl(tmp_path, [{**_LINE, "Reason Code": "tm_patent"}])
    with pytest.raises(InputError) as raised:
        History.from_file(path)
    said = str(raised.value)
    assert said.startswith(f"{path}:1:")
    assert "column 'reason_code' appears twice ('reason_code' and 'Reason Code'" in said
    column = said.split(":")[2]
    assert int(column) == path_text_column(path, '"Reason Code"')


def path_text_column(path: str, needle: str) -> int:
    with open(path, encoding="utf-8") as f:
        return f.readline().index(needle) + 1


def test_a_bad_value_under_a_key_written_otherwise_is_placed_at_its_value(tmp_path: Any) -> None:
    from ipprules.errors import InputError

    path = _jsonl(
        tmp_path, [{**{k: v for k, v in _LINE.items() if k != "taken_down"}, "Taken Down": "9"}]
    )
    with pytest.raises(InputError, match=r"\$\.taken_down: expected an integer") as raised:
        History.from_file(path)
    assert int(str(raised.value).split(":")[2]) == path_text_column(path, '"9"')


def test_an_unknown_json_key_is_named_as_written(tmp_path: Any) -> None:
    from ipprules.errors import InputError

    with pytest.raises(InputError, match=r"unknown key 'Colour'"):
        History.from_file(_jsonl(tmp_path, [{**_LINE, "Colour": "red"}]))


def test_ids_written_under_another_case_are_still_compared(tmp_path: Any) -> None:
    lines = [{**{k: v for k, v in _LINE.items() if k != "id"}, "ID": "c-1"}] * 2
    from ipprules.errors import InputError

    with pytest.raises(InputError, match=r"c-1"):
        History.from_file(_jsonl(tmp_path, lines))


# ------------------------- plan --open: another command's document is refused, not counted

_EXAMPLES = "examples"


def _plan_open(open_file: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    from ipprules.cli import main

    argv = ["plan", "--account", f"{_EXAMPLES}/planner-account.toml", "--as-of", "2026-12-01"]
    code = main([*argv, "--open", open_file, f"{_EXAMPLES}/urls.txt"])
    return code, capsys.readouterr().err


@pytest.mark.parametrize(
    ("document", "kind", "line"),
    [
        (f"{_EXAMPLES}/plan.toml", "TOML", 0),  # a plan, named .txt: read line by line
        ("report", "JSON", 1),  # good-faith --format json's report, named .txt
    ],
)
def test_open_refuses_another_commands_document_whatever_its_name(
    tmp_path: Any, capsys: pytest.CaptureFixture[str], document: str, kind: str, line: int
) -> None:
    import json

    path = tmp_path / "open.txt"
    if document == "report":
        path.write_text(json.dumps({"as_of": "2026-12-01", "qualifies": False}, indent=2))
    else:
        text = Path(document).read_text(encoding="utf-8")
        path.write_text(text, encoding="utf-8")
        # the first line that holds something other than a comment
        line = next(
            i
            for i, t in enumerate(text.splitlines(), start=1)
            if t.strip() and not t.startswith("#")
        )
    code, err = _plan_open(str(path), capsys)
    said = f"{path}:{line}: $: --open: the file looks like a {kind} document (another command's"
    assert (code, said in err, "Traceback" in err) == (2, True, False), err


def test_open_still_reads_a_pile_whose_later_lines_are_not_urls(
    tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "open.txt"
    path.write_text("# open\nhttps://item.taobao.com/item.htm?id=606832683299\n[account]\n")
    code, err = _plan_open(str(path), capsys)
    assert code in (0, 1)
    assert "1 of 2 line(s) hold no listing" in err


# ------------- the planner's rows (plan --workers): one glob's headers may differ by case too


@pytest.mark.usefixtures("synchronous_dask")
@pytest.mark.parametrize("kind", ["csv", "parquet"])
@pytest.mark.parametrize("how", [str.upper, lambda n: f" {n.title()} "])
def test_planner_rows_of_one_glob_may_write_their_names_in_two_cases(
    tmp_path: Path, kind: str, how: Callable[[str], str]
) -> None:
    """As a history glob's (scale18, and Parquet here): it was "columns (...) differ from
    those of ..." (CSV) or "no column 'account'" (Parquet)."""
    pd = pytest.importorskip("pandas")
    scale = pytest.importorskip("ipprules.scale")
    rows = pd.read_csv(f"{_EXAMPLES}/planner-accounts.csv", dtype=str, keep_default_na=False)
    renamed = rows.set_axis([how(str(n)) for n in rows.columns], axis="columns")
    for folder, second in (("plain", rows), ("mixed", renamed)):
        (tmp_path / folder).mkdir()
        for name, frame in (("a", rows), ("b", second)):
            path = tmp_path / folder / f"{name}.{kind}"
            if kind == "csv":
                frame.to_csv(path, index=False)
            else:
                frame.to_parquet(path)

    def read(folder: str) -> Any:
        frame = scale.read_histories(
            str(tmp_path / folder / f"*.{kind}"), text="url", require_columns=["account"],
            history=False,
        )  # fmt: skip
        return frame.compute().reset_index(drop=True)

    plain, mixed = read("plain"), read("mixed")
    assert len(plain) == 2 * len(rows)
    assert list(mixed.columns) == list(plain.columns)
    assert mixed.astype(str).values.tolist() == plain.astype(str).values.tolist()
