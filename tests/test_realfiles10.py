"""Sweep realfiles10: what realfiles9 left, decided once for every reader.

- An Excel ``sep=`` line DECLARES the delimiter: a file whose ``sep=`` line names one that
  does not split its header (``sep=;`` over a comma-separated export) is refused at that
  line by every CSV reader, saying so (``plan`` and ``listings`` advised ``--column
  url,reason,confidence,...``, the whole header line; histories and violations files said
  "unknown column 'type,date,...'"). One helper, :func:`ipprules._files.sep_contradicted`.
- A final Ctrl-Z (``\\x1a``, DOS's end-of-file mark, written by old tools) is ignored by
  every reader, as the end of the file it marks (it was read as one more row: a rejected
  URL, or "expected N cells, got 1").
- Numbers written ``1.234,5`` / ``1,234.5`` (grouped by thousands, with decimals) and dates
  written ``Sep 5, 2022`` / ``5 Sep 2022`` get a hint, and are still refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _cli import run_cli
from ipprules._dates import date_hint
from ipprules._files import count_hint
from ipprules.errors import InputError
from ipprules.planner.inputs import parse_confidence

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
ACCOUNT = str(EXAMPLES / "planner-account.toml")

#: Each reader: its example file and the command reading it.
READERS = {
    "plan": ("planner-urls.csv", ["plan", "--account", ACCOUNT, "--as-of", "2026-11-23"]),
    "listings": ("planner-urls.csv", ["listings"]),
    "good-faith": ("history.csv", ["good-faith", "--as-of", "2023-03-31"]),
    "penalties": (
        "violations-aliexpress.csv",
        ["penalties", "--platform", "aliexpress", "--as-of", "2024-06-01"],
    ),
}


def _argv(reader: str, path: Path) -> list[str]:
    argv = READERS[reader][1]
    return [argv[0], str(path), *argv[1:]]


@pytest.mark.parametrize(("declared", "used"), [(";", ","), (",", ";"), ("\t", ",")])
@pytest.mark.parametrize("reader", list(READERS))
def test_a_sep_line_that_does_not_split_the_header_is_refused_saying_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], reader: str, declared: str, used: str
) -> None:
    lines = (EXAMPLES / READERS[reader][0]).read_text("utf-8").splitlines()[:4]
    path = tmp_path / "export.csv"
    body = [line.replace(",", used) for line in lines]
    path.write_text("\n".join([f"sep={declared}", *body]) + "\n", "utf-8")
    code, out, err = run_cli(_argv(reader, path), capsys)
    assert code == 2, (out, err)
    shown = "\\t" if declared == "\t" else declared
    said = (
        f"{path}:1: $: the file's first line says sep={shown} but its header is separated "
        f"by {used!r}; delete the sep= line or fix it"
    )
    assert said in err, err
    assert "--column" not in err and "Traceback" not in err


@pytest.mark.parametrize("reader", list(READERS))
def test_a_sep_line_that_fits_is_still_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], reader: str
) -> None:
    """The check refuses only a contradiction: ``sep=,`` over a comma export is read as the
    plain file is (its lines one further down)."""
    text = (EXAMPLES / READERS[reader][0]).read_text("utf-8")
    plain = tmp_path / "plain.csv"
    plain.write_text(text, "utf-8")
    code, expected, _ = run_cli(_argv(reader, plain), capsys)
    path = tmp_path / "export.csv"
    path.write_text("sep=,\n" + text, "utf-8")
    got, out, err = run_cli(_argv(reader, path), capsys)
    assert got == code, err
    assert out.rstrip().splitlines()[-1] == expected.rstrip().splitlines()[-1]


def test_sep_contradicted() -> None:
    from ipprules._files import sep_contradicted  # new here: the other tests run without it

    names_url = lambda cells: "url" in cells  # noqa: E731
    assert sep_contradicted(";", "url;notes", names_url) is None
    assert sep_contradicted(";", "url", names_url) is None  # one column: nothing to split
    assert sep_contradicted(",", "title;link", names_url) is not None  # no URL column either
    assert sep_contradicted(";", "title", names_url) is None


@pytest.mark.parametrize("reader", list(READERS))
def test_a_final_ctrl_z_is_the_end_of_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], reader: str
) -> None:
    """Read as the file without it (it was one more row: a rejected URL for listings,
    "expected 5 cells, got 1" for plan, "... got 1" for histories and violations)."""
    raw = (EXAMPLES / READERS[reader][0]).read_bytes()
    plain = tmp_path / "plain.csv"
    plain.write_bytes(raw)
    expected = run_cli(_argv(reader, plain), capsys)[:2]
    path = tmp_path / "dos.csv"
    for tail in (b"\x1a", b"\r\n\x1a"):
        path.write_bytes(raw.rstrip(b"\n") + tail)
        code, out, err = run_cli(_argv(reader, path), capsys)
        assert (code, out.replace(str(path), str(plain))) == expected, err


def test_a_final_ctrl_z_in_a_list_and_json_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = "https://item.taobao.com/item.htm?id=606832683299"
    for name, text in (("urls.txt", url), ("urls.jsonl", f'{{"url": "{url}"}}')):
        path = tmp_path / name
        path.write_bytes(text.encode() + b"\n\x1a")
        code, out, err = run_cli(["listings", str(path)], capsys)
        assert code == 0, (out, err)
        assert "1 input: 1 parsed" in out, out


def test_two_ctrl_z_are_no_mark(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Only one final Ctrl-Z is the mark: more are text, refused as such."""
    path = tmp_path / "dos.csv"
    path.write_bytes((EXAMPLES / "violations-aliexpress.csv").read_bytes() + b"\x1a\x1a")
    code, out, err = run_cli(_argv("penalties", path), capsys)
    assert code == 2 and "got 1" in err, (out, err)


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("1.234,5", "1234.5 with its decimals; write a whole number"),
        ("1,234.5", "1234.5 with its decimals; write a whole number"),
        ("1\u00a0234,5", "1234.5 with its decimals; write a whole number"),
        ("1,234", "digits grouped by a number format; write 1234"),
    ],
)
def test_grouped_numbers_with_decimals_in_a_count(text: str, hint: str) -> None:
    assert count_hint(text).endswith(hint)


def test_grouped_points_in_a_violations_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "v.csv"
    path.write_text(
        'date,kind,platform,points,right,id\n2024-01-08,general,aliexpress,"1.234,5",T,c1\n'
    )
    code, out, err = run_cli(_argv("penalties", path), capsys)
    assert code == 2, (out, err)
    assert err.rstrip().endswith(
        "got '1.234,5': digits grouped by a number format, 1234.5 with its decimals; "
        "write a whole number"
    ), err


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("1.234,5", ": digits grouped by a number format (1234.5), not a number from 0 to 1"),
        ("1,234", ": digits grouped by a number format (1234), not a number from 0 to 1"),
        ("0,9", ": write the decimal mark as a point (0.9)"),
        ("1.234", "got '1.234'"),  # a number (above 1), not a grouping
    ],
)
def test_confidence_hints(text: str, hint: str) -> None:
    with pytest.raises(InputError) as caught:
        parse_confidence(text)
    assert str(caught.value).endswith(hint), caught.value


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("Sep 5, 2022", " (write it 2022-09-05)"),
        ("September 5, 2022", " (write it 2022-09-05)"),
        ("Monday, September 5, 2022", " (write it 2022-09-05)"),
        ("5 Sep 2022", " (write it 2022-09-05)"),
        ("5-Sep-2022", " (write it 2022-09-05)"),
        ("Sep 5, 2022 10:00 AM", " (a date and a time: write the date alone, 2022-09-05)"),
        ("Sep 31, 2022", ""),  # no such day
        ("5 Sep 22", ""),  # the century unknown: no guess
    ],
)
def test_named_month_dates(text: str, hint: str) -> None:
    assert date_hint(text) == hint


@pytest.mark.parametrize("kind", ["history", "violations"])
def test_named_month_date_hint_in_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    cell = '"Sep 5, 2022"'
    if kind == "history":
        text = "type,date,id,platform,reason_code,listings,taken_down\n"
        text += f"complaint,{cell},C1,taobao,tm_misuse,1,1\n"
        reader = "good-faith"
    else:
        text = f"date,kind,platform,points,right,id\n{cell},general,aliexpress,2,TM-1,c1\n"
        reader = "penalties"
    path = tmp_path / f"{kind}.csv"
    path.write_text(text, "utf-8")
    code, out, err = run_cli(_argv(reader, path), capsys)
    assert code == 2, (out, err)
    assert f"{path}:2:" in err and "'Sep 5, 2022'" in err, err
    assert err.rstrip().endswith("(write it 2022-09-05)"), err
