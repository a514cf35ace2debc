"""The benchmark scripts read what a user would hand them as the library's commands read it
(``ipprules listings`` for listings.py and scale.py, ``ipprules plan`` for plan.py): a CSV
export with a URL column, JSON Lines, a byte order mark, CRLF, blank lines; a file they refuse
is one line naming it and exit code 2, never a traceback. Tiny sizes: figures are printed,
not checked."""

from __future__ import annotations

import csv
import json
import operator
import re
from pathlib import Path

import pytest

from _scripts import load, young_gc_only  # noqa: F401  (a fixture)

pytestmark = pytest.mark.usefixtures("young_gc_only")

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
LISTINGS = load("benchmarks/listings.py")


def _urls() -> list[str]:
    return LISTINGS.build(30, 13, "pasted")


def _given(tmp_path: Path) -> dict[str, Path]:
    """The same URLs as a user's exports: CSV (a ``链接`` column), JSON Lines, and a text
    file with a byte order mark, CRLF line ends and blank lines."""
    urls = _urls()
    files = {name: tmp_path / name for name in ("links.csv", "export.txt", "urls.jsonl", "bom.txt")}
    with files["links.csv"].open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["seller", "链接", "price"])
        writer.writerows(["acme", url, "9.90"] for url in urls)
    with files["export.txt"].open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(["title", "link"])
        writer.writerows(["x", url] for url in urls)
    files["urls.jsonl"].write_text(
        "".join(json.dumps({"id": i, "url": u}) + "\n" for i, u in enumerate(urls)), "utf-8"
    )
    files["bom.txt"].write_bytes(
        b"\xef\xbb\xbf" + b"\r\n\r\n".join(u.encode() for u in urls) + b"\r\n\n"
    )
    return files


def test_listings_reads_a_users_export_as_ipprules_listings_does(tmp_path: Path) -> None:
    from ipprules.cli.listings import read_urls

    urls = [u.strip() for u in _urls()]
    for name, path in _given(tmp_path).items():
        read = LISTINGS.read_input(str(path))
        assert read == [text for _, text in read_urls(str(path))], name
        assert [u.strip() for u in read] == urls, name  # the cells, not the CSV lines
        assert LISTINGS.read_input(str(path), 5) == read[:5]


def test_listings_benchmark_measures_the_url_cells_of_a_csv(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _given(tmp_path)["links.csv"]
    LISTINGS.main(["--input", str(path), "--rounds", "1"])
    assert f"file '{path}': 30 inputs" in capsys.readouterr().out
    other = tmp_path / "other.csv"
    other.write_text("name,where\nx,https://item.taobao.com/item.htm?id=1234567890\n", "utf-8")
    LISTINGS.main(["--input", str(other), "--rounds", "1", "--column", "where"])
    assert f"file '{other}': 1 input (" in capsys.readouterr().out


def _refused(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    """Files no command reads inputs from, with the words of the one line said."""
    empty, blank, binary, folder = (tmp_path / n for n in ("e.txt", "b.txt", "bin.dat", "dir"))
    empty.write_bytes(b"")
    blank.write_bytes(b"\n  \r\n\n")
    binary.write_bytes(bytes(range(256)) * 4)
    folder.mkdir()
    return {
        "empty": (empty, "no inputs|0 line"),
        "blank": (blank, "no inputs|0 line"),
        "binary": (binary, r":1:1: .*NUL byte"),  # its first byte is NUL: the first problem
        "directory": (folder, "not a regular file"),
        "missing": (tmp_path / "nowhere.txt", "cannot read the file"),
    }


@pytest.mark.parametrize("script", ["listings", "plan"])
def test_a_file_no_input_can_be_read_from_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], script: str
) -> None:
    bench = LISTINGS if script == "listings" else load("benchmarks/plan.py")
    extra = ["--rounds", "1"] if script == "listings" else ["--repeat", "1"]
    for kind, (path, said) in _refused(tmp_path).items():
        with pytest.raises(SystemExit) as exit_:
            bench.main(["--input", str(path), *extra])
        assert exit_.value.code == 2, kind
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith(str(path)), (kind, err)
        assert re.search(said, err), (kind, err)


def test_plan_benchmark_reads_a_csv_as_ipprules_plan_does_for_the_users_plan(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A CSV with the planner's columns is planned with them, for the account and rights of
    ``--plan``; the first tenth files keep the columns (read back to the same lines)."""
    plan = load("benchmarks/plan.py")
    from ipprules.planner import read_lines

    rows = list(csv.reader((EXAMPLES / "planner-urls.csv").open(encoding="utf-8")))
    path = tmp_path / "pile.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(rows[0])
        for _ in range(5):
            writer.writerows(rows[1:])
    lines = plan.read_plan_lines(str(path))
    assert lines == list(read_lines(path))
    copy = tmp_path / "copy.csv"
    plan.write_lines(copy, lines[:9], 2)
    again = list(read_lines(copy))
    assert [x[1:] for x in again] == [x[1:] for x in lines[:9] * 2]
    assert plan._count_lines(copy) == 18  # the lines to plan, not the header
    argv = ["--input", str(path), "--plan", str(EXAMPLES / "planner-account.toml")]
    plan.main([*argv, "--repeat", "1", "--skip", "memory", "cli"])
    out = capsys.readouterr().out
    assert f"1. time: {len(lines)} lines" in out
    counts = re.search(r"lines: (\{.*?\}), complaints: (\d+)", out)
    assert counts is not None and int(counts[2]) > 0, out  # the account's right, its reasons
    linked = tmp_path / "linked.csv"  # the URL column by another of its names, as plan reads it
    linked.write_text("seller,link\n" + "acme,https://a.example/1\n" * 12, "utf-8")
    assert [x.url for x in plan.read_plan_lines(str(linked))] == ["https://a.example/1"] * 12
    refused = tmp_path / "links.csv"
    refused.write_text("seller,title\nacme,https://a.example/1\n" * 6, "utf-8")
    with pytest.raises(SystemExit) as exit_:
        plan.main(["--input", str(refused), "--repeat", "1"])
    assert exit_.value.code == 2
    assert "a CSV header needs a url column" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        plan.main(["--input", str(path), "--plan", str(tmp_path / "none.toml")])
    assert exit_.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_a_plan_benchmark_run_leaves_the_next_one_the_benchmarks_own_account(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``main`` with ``--plan`` (and ``--reason``) set the module's account, day and
    settings and never put them back: this file is loaded once per test process, so a later
    test planning the built pile for the benchmark's account got the user's account with no
    reason, and every line rejected (``test_the_check_does_not_read_the_planned_listings_again``
    failed after this module's tests). A run, finished or stopped, now leaves them, its
    targets and its line counts as it found them."""
    plan = load("benchmarks/plan.py")
    before = (plan.ACCOUNT, plan.DAY, plan.SETTINGS, list(plan.SUMMARY), dict(plan.LINES))
    path = tmp_path / "pile.txt"
    path.write_text("\n".join(_urls()) + "\n", encoding="utf-8")
    account = str(EXAMPLES / "planner-account.toml")
    skipped = ["--repeat", "1", "--skip", "memory", "cli"]
    runs = (
        ["--input", str(path), "--plan", account, "--reason", "tm_counterfeit", *skipped],
        ["--input", str(path), "--reason", "tm_misuse", "--skip", "time", "memory", "cli"],
        ["--input", str(path), "--plan", str(tmp_path / "none.toml")],  # stops: exit code 2
    )
    for argv in runs:
        if argv is runs[-1]:
            with pytest.raises(SystemExit) as exit_:
                plan.main(argv)
            assert exit_.value.code == 2
        else:
            plan.main(argv)
        after = (plan.ACCOUNT, plan.DAY, plan.SETTINGS, list(plan.SUMMARY), dict(plan.LINES))
        assert after == before and all(map(operator.is_, after[:3], before[:3])), argv
    capsys.readouterr()
    counts = plan.plan_keep(plan.pile(300, 3)).counts()
    assert counts["planned"] > 100, counts  # the benchmark's account plans the pile's listings
