"""Readers' refusals (sweep inputs34): the left-overs of inputs33.

- A date a spreadsheet or a person wrote its own way (``03/11/2026``, ``2026/11/03``) was
  said with what it looks like in a Good Faith history only: ``--as-of`` and every date
  option, the dates of a plan, a lifecycle file, a violations CSV and a calendar file said
  ``expected a date (YYYY-MM-DD)`` alone. They say it the same way now.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from ipprules.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

#: A date written two ways, and what every reader says of it.
WRITTEN = {
    "03/11/2026": "(the day and the month could be either way round: write 2026-11-03 or "
    "2026-03-11)",
    "2026/11/03": "(write it 2026-11-03)",
}


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse refuses an option's value
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def _lifecycle_file(tmp_path: Path, written: str) -> list[str]:
    text = (EXAMPLES / "lifecycle-counter-notice.json").read_text(encoding="utf-8")
    path = tmp_path / "events.json"
    path.write_text(text.replace("2022-01-10", written), encoding="utf-8")
    return ["lifecycle", str(path)]


def _account(tmp_path: Path, written: str) -> list[str]:
    text = (EXAMPLES / "planner-account.toml").read_text(encoding="utf-8")
    path = tmp_path / "account.toml"
    path.write_text(text.replace('"2031-05-31"', f'"{written}"'), encoding="utf-8")
    urls = str(EXAMPLES / "urls.txt")
    return ["plan", "--account", str(path), "--as-of", "2026-12-01", urls]


def _violations(tmp_path: Path, written: str) -> list[str]:
    path = tmp_path / "v.csv"
    path.write_text(f"date,kind\n{written},general\n", encoding="utf-8")
    return ["penalties", "--platform", "aliexpress", "--as-of", "2027-01-01", str(path)]


def _calendar(tmp_path: Path, written: str) -> list[str]:
    path = tmp_path / "cal.toml"
    path.write_text(f'holidays = ["{written}"]\n', encoding="utf-8")
    return ["deadline", "takedown", "--on", "2026-09-27", "--calendar", str(path)]


SURFACES = {
    "--as-of": lambda _, w: ["good-faith", str(EXAMPLES / "history.csv"), "--as-of", w],
    "deadline --on": lambda _, w: ["deadline", "takedown", "--on", w],
    "lifecycle --on": lambda _, w: ["lifecycle", "--events", "takedown", "--on", w],
    "lifecycle --ipr-submitted": lambda _, w: [
        "lifecycle",
        "--events",
        "takedown",
        "--on",
        "2026-12-01",
        "--ipr-submitted",
        w,
    ],
    "lifecycle file": _lifecycle_file,
    "plan account": _account,
    "violations CSV": _violations,
    "calendar file": _calendar,
}


@pytest.mark.parametrize("written", list(WRITTEN))
@pytest.mark.parametrize("surface", list(SURFACES))
def test_a_date_written_another_way_is_said_alike_everywhere(
    surface: str,
    written: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, err = _run(SURFACES[surface](tmp_path, written), capsys)
    assert (code, out) == (2, "")
    assert repr(written) in err and err.rstrip().endswith(WRITTEN[written]), err
    assert err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.parametrize("written", list(WRITTEN))
def test_the_python_api_says_a_date_written_another_way_alike(written: str) -> None:
    from ipprules.errors import InputError
    from ipprules.lifecycle import deadline_for

    with pytest.raises(InputError) as info:
        deadline_for("takedown", written, platform="taobao")  # type: ignore[arg-type]
    assert WRITTEN[written] in str(info.value)


def test_a_date_no_one_writes_gets_no_hint(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(["deadline", "takedown", "--on", "2026-W09-4"], capsys)
    assert code == 2
    assert err.rstrip().endswith("not a date (YYYY-MM-DD): '2026-W09-4'")
    assert dt.date(2026, 2, 26).isoformat() not in err


# ------------------------------------------- a JSON document of old Mac line ends (CR only)


@pytest.mark.parametrize("line_end", ["\r", "\r\n", "\n"])
def test_a_json_document_of_bare_cr_line_ends_is_placed_at_the_line_an_editor_shows(
    line_end: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """JSON takes a bare CR as white space, so such a file was read, but its errors were
    placed on line 1 at column 73 (the line an editor shows as 4): lines are counted at a
    bare CR, as an editor counts them."""
    text = (EXAMPLES / "lifecycle-counter-notice.json").read_text(encoding="utf-8")
    path = tmp_path / "events.json"
    bad = text.replace("2022-01-10", "2022-01-32").replace("\n", line_end)
    path.write_bytes(bad.encode())
    code, _, err = _run(["lifecycle", str(path)], capsys)
    assert code == 2
    assert f"{path}:4:20: $.ipr_submitted: expected a date" in err, err
    path.write_bytes(text.replace("\n", line_end).replace('"takedown"', '"takedown",').encode())
    code, _, err = _run(["lifecycle", str(path)], capsys)
    assert code == 2
    assert f"{path}:7:26: $: not valid JSON: Expecting property name" in err, err


def test_a_json_document_of_bare_cr_line_ends_reads_as_with_lf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (EXAMPLES / "lifecycle-counter-notice.json").read_text(encoding="utf-8")
    path = tmp_path / "events.json"
    path.write_bytes(text.replace("\n", "\r").encode())
    assert (
        _run(["lifecycle", str(path)], capsys)[:2]
        == _run(["lifecycle", str(EXAMPLES / "lifecycle-counter-notice.json")], capsys)[:2]
    )


# -------------------------------------------------- --calendar naming a directory, a FIFO


@pytest.mark.parametrize("command", ["deadline", "lifecycle", "counter-notice"])
def test_a_calendar_option_naming_a_directory_or_fifo_says_what_it_names(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import os

    argv = {
        "deadline": ["deadline", "takedown", "--on", "2024-09-27"],
        "lifecycle": ["lifecycle", str(EXAMPLES / "lifecycle-counter-notice.json")],
        "counter-notice": ["counter-notice", str(EXAMPLES / "counter-notice-alibaba.toml")],
    }[command]
    os.mkfifo(tmp_path / "cal")
    for spec, kind in ((tmp_path, "a directory"), (tmp_path / "cal", "a FIFO")):
        code, out, err = _run([*argv, "--calendar", str(spec)], capsys)
        assert (code, out) == (2, "")
        assert f"--calendar: {str(spec)!r} is {kind}, not a calendar: weekends, china" in err


# ------------------------------------------------ JSON Lines given where CSV alone is read

JSON_LINE = '{"type": "complaint", "date": "2026-01-05", "platform": "taobao"}\n'


@pytest.mark.parametrize(
    ("argv", "wanted", "read"),
    [
        (["good-faith"], "a CSV history", "a file named .jsonl, on one machine"),
        (
            ["plan", "--account", str(EXAMPLES / "planner-account.toml"), "--history"],
            "a CSV history",
            "a file named .jsonl",
        ),
        (["penalties", "--platform", "aliexpress"], "a violations CSV", "a .json file"),
    ],
)
def test_json_lines_named_csv_is_said_to_be_json_lines(
    argv: list[str],
    wanted: str,
    read: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A JSON Lines file named ``.csv`` was "unknown column '{"type": "complaint"'" (and,
    for violations, the columns date and kind missing), three errors for one mistake."""
    path = tmp_path / "h.csv"
    path.write_text(JSON_LINE * 3, encoding="utf-8")
    tail = [str(EXAMPLES / "urls.txt")] if argv[0] == "plan" else []
    code, out, err = _run([*argv, str(path), *tail], capsys)
    assert (code, out) == (2, "")
    said = f"{path}:1: $: the file looks like JSON Lines, not {wanted} (JSON is read from {read}"
    assert err.startswith(f"ipprules: error: {said}"), err
    assert err.count("\n") == 1


# ---------------------------------------- another command's document given a .jsonl name

DOCUMENTS = {
    "TOML": 'as_of = 2026-11-23\n[account]\nname = "x"\n',
    "JSON": '{\n  "as_of": "2026-11-23"\n}\n',
}


@pytest.mark.parametrize("kind", list(DOCUMENTS))
@pytest.mark.parametrize("command", ["listings", "plan", "good-faith"])
def test_a_document_named_jsonl_is_said_to_look_like_one(
    command: str, kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It was ``not valid JSON: Expecting value: line 1 column 1 (char 0)`` (``listings``,
    ``plan``) or ``not valid JSON: Expecting value`` (a history)."""
    path = tmp_path / "in.jsonl"
    path.write_text("\n# exported\n" * (kind == "TOML") + DOCUMENTS[kind], encoding="utf-8")
    argv = {
        "listings": ["listings", str(path)],
        "plan": ["plan", "--account", str(EXAMPLES / "planner-account.toml"), str(path)],
        "good-faith": ["good-faith", str(path), "--as-of", "2026-12-01"],
    }[command]
    code, out, err = _run(argv, capsys)
    assert (code, out) == (2, "")
    line = 2 if kind == "TOML" else 1  # a "# comment" line is TOML's
    said = f"{path}:{line}: $: the file looks like a {kind} document (another command's file?)"
    # a lone { may as well start objects written over lines (jq without -c): realfiles13
    ending = "write one object a line (jq -c . FILE)" if kind == "JSON" else "not JSON Lines"
    assert said in err and err.rstrip().endswith(ending), err


def test_a_json_lines_syntax_error_is_said_in_the_parsers_words_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text('{"url": "https://item.taobao.com/item.htm?id=1"}\n{"url": x}\n')
    code, _, err = _run(["listings", str(path)], capsys)
    assert code == 2
    assert err.rstrip().endswith(f"{path}:2:9: $: not valid JSON: Expecting value"), err


# ---------------------------------------------------- --open FILE lines that hold no listing


def test_open_lines_that_hold_no_listing_are_counted_not_dropped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``plan --open`` took a file of other things (another command's TOML) in silence: it
    skipped nothing, and said nothing."""
    path = tmp_path / "open.txt"
    path.write_text(
        "https://item.taobao.com/item.htm?id=606832683299\nnot a url\n\n[account]\n",
        encoding="utf-8",
    )
    argv = ["plan", "--account", str(EXAMPLES / "planner-account.toml"), "--as-of"]
    code, out, err = _run(
        [*argv, "2026-12-01", "--open", str(path), str(EXAMPLES / "urls.txt")], capsys
    )
    assert code in (0, 1) and "already-open" in out
    assert f"--open {str(path)!r}: 2 of 3 line(s) hold no listing and skip nothing" in err
    assert "(the first: line 2)" in err


# ------------------------------- plan: the url column holds an image, another the listing

IMAGE = "https://img.alicdn.com/i1/x.jpg"
OFFER = "https://detail.1688.com/offer/6000001.html"
ITEM = "https://item.taobao.com/item.htm?id=606832683299"


def _image_csv(tmp_path: Path, column: str, delimiter: str) -> Path:
    path = tmp_path / "urls.csv"
    rows = [["title", "url", column], ["shoe", IMAGE, OFFER], ["ok", ITEM, IMAGE]]
    path.write_text("\n".join(delimiter.join(r) for r in rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("how", ["text", "json", "out"])
@pytest.mark.parametrize(("column", "delimiter"), [("link", ","), ("商品链接", ";")])
def test_plan_points_at_the_column_that_holds_the_listing(
    column: str, delimiter: str, how: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``ipprules listings`` pointed at it (inputs33); ``plan`` said only not-alibaba-host."""
    path = _image_csv(tmp_path, column, delimiter)
    argv = ["plan", "--account", str(EXAMPLES / "planner-account.toml"), "--as-of", "2026-12-01"]
    extra = {"text": [], "json": ["--format", "json"], "out": ["--out", str(tmp_path / "o")]}
    code, out, err = _run([*argv, str(path), *extra[how]], capsys)
    assert code == 1, err
    said = (
        f"; column {column!r} of this row holds a listing link: {OFFER} (the planner reads the "
        f"first URL column, 'url': read {column!r} with --column {column})"
    )
    if how == "out":
        out = (tmp_path / "o" / "rejections.csv").read_text(encoding="utf-8")
    assert out.count(said) == 1, out  # line 2; line 3's listing is in its url column
    assert "not an Alibaba Group marketplace host" in out


def test_read_lines_tells_on_elsewhere_of_the_row(tmp_path: Path) -> None:
    from ipprules.planner import read_lines

    told: list[tuple[int, str]] = []
    path = _image_csv(tmp_path, "link", ",")
    urls = [line.url for line in read_lines(path, on_elsewhere=lambda n, s: told.append((n, s)))]
    assert urls == [IMAGE, ITEM]
    assert [n for n, _ in told] == [2] and OFFER in told[0][1]
    with pytest.raises(TypeError, match="on_elsewhere must be callable"):
        read_lines(path, on_elsewhere=3)  # type: ignore[arg-type]


def test_the_dask_history_reader_says_json_lines_named_csv_alike(tmp_path: Path) -> None:
    pytest.importorskip("dask.dataframe")
    from ipprules.errors import InputError
    from ipprules.scale import standings

    path = tmp_path / "h.csv"
    path.write_text(JSON_LINE, encoding="utf-8")
    with pytest.raises(InputError) as info:
        standings(str(path), "2026-12-31")
    assert str(info.value) == (
        f"{path}:1: $: the file looks like JSON Lines, not a CSV history (JSON is read from a "
        "file named .jsonl, on one machine)"
    )
