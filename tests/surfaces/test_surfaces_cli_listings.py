"""``ipprules listings`` reads URLs from a CSV column or JSON Lines key."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ipprules.cli import main
from ipprules.cli.listings import read_urls
from ipprules.errors import InputError

TMALL = "https://detail.tmall.com/item.htm?id=690091011924"
TAOBAO = "https://item.taobao.com/item.htm?id=606832683299"


def _json(capsys: pytest.CaptureFixture[str], argv: list[str]) -> dict:  # type: ignore[type-arg]
    code = main([*argv, "--format", "json"])
    assert code in (0, 1), capsys.readouterr().err
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def test_csv_url_column_is_auto_detected(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "pile.csv"
    path.write_text(
        f'seller,note,Listing URL\nacme,"a, b",{TMALL}\n\nglobex,x,{TAOBAO}\n', encoding="utf-8"
    )
    out = _json(capsys, ["listings", str(path)])
    assert [(r["line"], r["platform"]) for r in out["results"]] == [(2, "tmall"), (4, "taobao")]


def test_csv_column_by_name_and_quoted_newlines_keep_line_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "pile.txt"  # not named .csv: detected from the header and --column
    path.write_text(f'note,where\n"two\nlines",{TMALL}\nthree,{TAOBAO}\n', encoding="utf-8")
    out = _json(capsys, ["listings", str(path), "--column", "where"])
    assert [r["line"] for r in out["results"]] == [2, 4]


def test_jsonl_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "pile.jsonl"
    path.write_text(
        json.dumps({"link": TMALL}) + "\n\n" + json.dumps({"link": TAOBAO, "x": 1}) + "\n",
        encoding="utf-8",
    )
    out = _json(capsys, ["listings", str(path)])
    assert [(r["line"], r["ok"]) for r in out["results"]] == [(1, True), (3, True)]


def test_plain_lines_are_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "urls.txt"
    path.write_text(f"{TMALL}\n\nhttps://a.example/x?a=1,2\n", encoding="utf-8")
    assert read_urls(str(path)) == [(1, TMALL), (3, "https://a.example/x?a=1,2")]


@pytest.mark.parametrize(
    ("name", "text", "args", "message"),
    [
        ("a.csv", "a,b\n1,2\n", [], "no URL column"),
        ("a.csv", "url\nx\n", ["--column", "link"], "no column 'link'"),
        ("a.jsonl", '["x"]\n', [], "expected a JSON object"),
        ("a.jsonl", '{"url": 5}\n', [], "expected a string URL"),
        ("a.jsonl", "{oops\n", [], "not valid JSON"),
        ("a.txt", f"{TMALL}\n", ["--column", "url"], "--column needs"),
        ("a.csv", 'url\n"unclosed\n', [], "not valid CSV"),
    ],
)
def test_unusable_inputs_exit_2(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    text: str,
    args: list[str],
    message: str,
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert main(["listings", str(path), *args]) == 2
    assert message in capsys.readouterr().err


urls = st.sampled_from([TMALL, TAOBAO, "not a url", "https://s.taobao.com/search?q=x"])
cells = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r"), max_size=12
)


@given(st.lists(st.tuples(cells, urls), max_size=8))
def test_csv_rows_give_their_url_cells_in_order(
    tmp_path_factory: pytest.TempPathFactory, rows: list[tuple[str, str]]
) -> None:
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["other", "url"])
    writer.writerows(rows)
    path = tmp_path_factory.mktemp("csv") / "pile.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    try:
        got = read_urls(str(path))
    except InputError:
        return  # e.g. a cell the strict reader refuses
    assert [text for _, text in got] == [u for _, u in rows]
    assert [n for n, _ in got] == sorted(n for n, _ in got)


_PEAK = """
import sys
from ipprules.cli import main
def hwm():
    line = next(l for l in open("/proc/self/status") if l.startswith("VmHWM"))
    return int(line.split()[1]) // 1024
main([sys.argv[1], sys.argv[2] + ".one", *sys.argv[3:]])  # imports and caches warmed
base = hwm()
code = main(sys.argv[1:])
print(code, base, hwm(), file=sys.stderr)
"""


@pytest.mark.no_cover
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads VmHWM from /proc")
@pytest.mark.parametrize("fmt", ["csv", "json", "text"])
def test_listings_stream_in_flat_memory(tmp_path: Path, fmt: str) -> None:
    """Each input is read, parsed and written before the next: 60,000 lines (3 MB) raise
    the peak by a few MiB over a one-line run in the same process, where keeping every row
    before writing it raised it by 29 MiB (over the 16 MiB bound in each format: enough lines
    to show the bound; it was 100,000)."""
    import subprocess
    import sys

    path = tmp_path / "big.txt"
    path.write_text(f"{TAOBAO}\n" * 60_000)
    (tmp_path / "big.txt.one").write_text(f"{TAOBAO}\n")
    done = subprocess.run(
        [sys.executable, "-c", _PEAK, "listings", str(path), "--format", fmt],
        capture_output=True,
        text=True,
        check=False,
    )
    code, base_mib, peak_mib = done.stderr.split()[-3:]
    assert code == "0"
    assert int(peak_mib) - int(base_mib) < 16, (base_mib, peak_mib)
    assert done.stdout.count(TAOBAO) >= 60_000


def test_an_unusable_first_line_is_reported_before_the_rest_is_read() -> None:
    import subprocess
    import sys

    endless = "yes '{\"a\": 1}' | " + f"{sys.executable} -m ipprules listings -"
    done = subprocess.run(
        ["bash", "-c", endless], capture_output=True, text=True, timeout=20, check=False
    )
    assert done.returncode == 2
    assert "<stdin>:1: $: no URL key (url, link...) in this object" in done.stderr


# --- CSV dialects: what `ipprules plan` reads, `listings` reads (M2) -----------------------

_ROWS = [("url", "reason", "notes"), (TMALL, "tm_counterfeit", "a; b"), (TAOBAO, "", "x")]


def _dialect(delimiter: str, sep_line: bool = False) -> bytes:
    """An Excel export: byte order mark, CRLF, cells quoted where they hold the delimiter."""
    import csv
    import io

    out = io.StringIO()
    if sep_line:
        out.write(f"sep={delimiter}\r\n")
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(_ROWS)
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
@pytest.mark.parametrize("sep_line", [False, True])
@pytest.mark.parametrize("name", ["pile.csv", "pile.txt", "pile.tsv", "-"])
def test_csv_dialects_are_read_as_the_planner_reads_them(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    delimiter: str,
    sep_line: bool,
    name: str,
) -> None:
    from ipprules.planner import read_lines

    data = _dialect(delimiter, sep_line)
    path = tmp_path / "pile.csv"
    path.write_bytes(data)
    planned = [(line.line, line.url) for line in read_lines(str(path))]
    if name == "-":
        _stdin(monkeypatch, data)
    else:
        (tmp_path / name).write_bytes(data)
    out = _json(capsys, ["listings", name if name == "-" else str(tmp_path / name)])
    got = [(r["line"], r["input"]) for r in out["results"]]
    assert got == planned == [(2 + sep_line, TMALL), (3 + sep_line, TAOBAO)]
    assert out["summary"]["parsed"] == 2


@pytest.mark.parametrize(
    ("text", "args", "where"),
    [
        ("a;b\r\nx;y\r\n", [], "1: $: no URL column in the header (columns: a, b)"),
        ("\nsep=;\r\nwhere;b\r\nx;y\r\n", [], "3: $: no URL column in the header (columns: where"),
        ("url\tnotes\nx\ty\n", ["--column", "link"], "1: $: no column 'link' in the header"),
        ('url;notes\n"x;y\n', [], "2:1: $: not valid CSV"),  # the quote's column
    ],
)
def test_a_delimited_csv_that_cannot_be_read_names_the_file_and_line(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    text: str,
    args: list[str],
    where: str,
) -> None:
    path = tmp_path / "pile.csv"
    path.write_text(text, encoding="utf-8")
    assert main(["listings", str(path), *args]) == 2
    assert f"{path}:{where}" in capsys.readouterr().err


def test_a_sep_line_on_stdin_makes_a_csv_and_a_url_list_stays_a_list(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _stdin(monkeypatch, b"sep=;\nnotes;where\n")
    assert main(["listings", "-"]) == 2
    assert "<stdin>:2: $: no URL column in the header (columns: notes, where)" in (
        capsys.readouterr().err
    )
    # a URL with a semicolon or a tab in it is no header: every line is an input
    _stdin(monkeypatch, f"{TMALL};url\n{TAOBAO}\turl\nurl\n".encode())
    out = _json(capsys, ["listings", "-"])
    assert [r["line"] for r in out["results"]] == [1, 2, 3]
