"""``ipprules listings`` / ``ipprules plan`` with ``--workers`` say and give what the commands
say and give without the flags (#13), on user-like files.

A binary file (a PNG named ``.csv``) in a glob was refused by the Dask readers with a hint
that it "looks like GBK (GB18030)": the header reader decoded the file's first line alone
(``\\x89PNG``, which reads as one GBK character), where one machine judges the bytes around
the bad one (the PNG's NUL bytes: no Chinese text, no hint). The end-to-end run on a real
2-process cluster compares the rows, the summary and the exit code of a glob of spreadsheet,
text, JSON Lines and gzip files with the plain command's over the same inputs.
"""

from __future__ import annotations

import contextlib
import csv
import gzip
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pd = pytest.importorskip("pandas")
dask = pytest.importorskip("dask")
pytest.importorskip("distributed")

from ipprules.cli import main  # noqa: E402
from ipprules.errors import InputError  # noqa: E402
from ipprules.goodfaith import History  # noqa: E402
from ipprules.scale import parse_urls, read_histories  # noqa: E402
from ipprules.scale._planner import read_located_rows  # noqa: E402

#: The first bytes of a real PNG file: its signature, then the IHDR chunk (NUL bytes).
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000010000000100806000000")
PLAN = ["--account", "examples/plan.toml", "--as-of", "2026-11-23"]


@contextlib.contextmanager
def _no_cluster(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """``--workers`` computes on the synchronous scheduler (no cluster started)."""
    from ipprules.scale import cli as scale_cli

    @contextlib.contextmanager
    def run_here(workers: Any = None, scheduler: Any = None) -> Iterator[str]:
        yield "synchronous"

    monkeypatch.setattr(scale_cli, "cluster", run_here)
    with dask.config.set(scheduler="synchronous"):
        yield


def _error_line(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str]:
    code = main(argv)
    return code, capsys.readouterr().err.strip().splitlines()[-1]


def _raised(make: Any) -> str:
    with pytest.raises(InputError) as caught:
        make()
    return str(caught.value)


@pytest.mark.parametrize(
    "content",
    [
        PNG + bytes(range(256)),  # a PNG: NUL bytes after its first line
        # UTF-16 without a byte order mark: the hint needs the bytes past the first line end
        "链接,备注\nhttps://item.taobao.com/item.htm?id=1,红色\n".encode("utf-16-le"),
        "链接,备注\nhttps://item.taobao.com/item.htm?id=1,红色\n".encode("gbk"),  # a real GBK file
    ],
)
def test_a_binary_or_foreign_file_is_refused_in_the_words_of_one_machine(
    content: bytes,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "image.csv"
    path.write_bytes(content)
    plain_code, plain = _error_line(capsys, ["plan", str(path), *PLAN])
    listed_code, listed = _error_line(capsys, ["listings", str(path)])
    assert (plain_code, listed_code) == (2, 2)
    assert plain == listed  # one machine: the same words from both commands
    said = plain.removeprefix("ipprules: error: ")
    # every Dask reader says it so (when the graph is built, or when a worker reads the file)
    with dask.config.set(scheduler="synchronous"):
        assert _raised(lambda: read_located_rows(str(path))[0].compute()) == said
        assert _raised(lambda: parse_urls(str(path), column=None).compute()) == said
        assert _raised(lambda: read_histories(str(path)).compute()) == said
    assert _raised(lambda: History.by_account(str(path))) == said
    # and the commands with --workers, the file in a glob of good ones
    good = tmp_path / "a.csv"
    good.write_text("account,url\nlumen,https://item.taobao.com/item.htm?id=606832683299\n")
    with _no_cluster(monkeypatch):
        for argv in (
            ["plan", str(tmp_path / "*.csv"), *PLAN, "--workers", "2"],
            ["listings", str(tmp_path / "*.csv"), "--workers", "2"],
        ):
            assert _error_line(capsys, argv) == (2, plain)


def _user_files(where: Path) -> list[str]:
    """A glob's worth of user-like URL files; the URLs of each, in its order."""
    forms = [
        "https://item.taobao.com/item.htm?id=60683268329{i}&spm=a1z10",
        "https://m.intl.taobao.com/detail/detail.html?id=60683268329{i}&tk=x",
        "https://detail.tmall.com/item.htm?id=69009101192{i}&skuId=1",
        "https://detail.1688.com/offer/58594363977{i}.html?spm=a",
        "https://s.taobao.com/search?q=shoes{i}",
        "https://m.tb.cn/h.4CEhFr{i}",
        "【淘宝】https://item.taobao.com/item.htm?id=71900332149{i} 点击链接",
        "not a url {i}",
    ]
    urls = [form.format(i=i % 4) for i in range(12) for form in forms]
    parts = [urls[0::4], urls[1::4], urls[2::4], urls[3::4]]
    # a spreadsheet's CSV export: BOM, CRLF, 序号 and 链接 columns, trailing empty columns,
    # quoted cells holding commas and line ends
    export = io.StringIO()
    writer = csv.writer(export, lineterminator="\r\n")
    writer.writerow(["序号", "商品名称", "链接", "备注", "", ""])
    for n, url in enumerate(parts[0], 1):
        writer.writerow([n, f"商品 {n}, 红色", url, "第一行\n第二行" if n % 5 == 0 else "", "", ""])
    (where / "a_export.csv").write_bytes(b"\xef\xbb\xbf" + export.getvalue().encode())
    (where / "b_plain.txt").write_text("\n".join(parts[1][:10]) + "\n\n" + "\n".join(parts[1][10:]))
    (where / "c_lines.jsonl").write_text(
        "".join(
            json.dumps({"n": n, "url": u}, ensure_ascii=False) + "\n"
            for n, u in enumerate(parts[2])
        )
    )
    gz = io.StringIO()
    gz_writer = csv.writer(gz)
    gz_writer.writerow(["link", "shop"])
    gz_writer.writerows([u, "店铺"] for u in parts[3])
    (where / "d_gz.csv.gz").write_bytes(gzip.compress(gz.getvalue().encode()))
    (where / "e_header_only.csv").write_text("url,notes\r\n")
    (where / "f_empty.txt").write_text("")
    return [u for part in parts for u in part]


def test_listings_on_two_worker_processes_equal_the_plain_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    urls = _user_files(inputs)
    # the plain command over the same URLs, in the glob's order, as one file
    joined = tmp_path / "all.txt"
    joined.write_text("\n".join(urls) + "\n")
    plain_code = main(["listings", str(joined), "--dedupe", "--format", "csv"])
    plain = pd.read_csv(io.StringIO(capsys.readouterr().out), dtype=str, keep_default_na=False)
    plain_line_code = main(["listings", str(joined), "--dedupe"])
    plain_line = capsys.readouterr().out.strip().splitlines()[-1]
    out = tmp_path / "out"
    code = main(["listings", str(inputs / "*"), "--dedupe", "--workers", "2", "--out", str(out)])
    line = capsys.readouterr().out.strip().splitlines()[0]
    assert code == plain_code == plain_line_code == 1
    assert line == plain_line.replace("(see their rows)", "(run without --workers to see which)")
    rows = pd.read_parquet(out).sort_values(["partition", "position"]).reset_index(drop=True)
    assert len(rows) == len(plain) == len(urls)
    for column in ("status", "platform", "kind", "id", "canonical_url", "identity", "code"):
        assert rows[column].fillna("").tolist() == plain[column].tolist(), column
    assert rows["input"].tolist() == plain["input"].tolist()
    # a duplicate names its first row (the plain run: by line; one line per URL here)
    order = {
        key: n
        for n, key in enumerate(zip(rows["partition"], rows["position"], strict=True), start=1)
    }
    firsts = [
        "" if pd.isna(p) else str(order[(p, q)])
        for p, q in zip(rows["first_partition"], rows["first_position"], strict=True)
    ]
    assert firsts == plain["duplicate_of"].tolist()


@pytest.mark.parametrize("strategy", [[], ["--strategy", "protect"]])
def test_plan_summary_names_the_strategy_as_the_plain_run(
    strategy: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The first line and the JSON summary of ``ipprules plan --workers`` name the strategy,
    as the command's without the flags do (its first line ended at the interpretation)."""
    url = "https://item.taobao.com/item.htm?id=606832683299"
    plain_file = tmp_path / "plain.csv"
    plain_file.write_text(f"url,right,reason,confidence\n{url},tm-cn-9,tm_counterfeit,0.95\n")
    scaled_file = tmp_path / "scaled.csv"
    scaled_file.write_text(
        f"account,url,right,reason,confidence\nlumen,{url},tm-cn-9,tm_counterfeit,0.95\n"
    )
    argv = [*PLAN, *strategy]
    assert main(["plan", str(plain_file), *argv]) == 0
    plain_first = capsys.readouterr().out.splitlines()[0]
    assert main(["plan", str(plain_file), *argv, "--format", "json"]) == 0
    plain_json = json.loads(capsys.readouterr().out)
    with _no_cluster(monkeypatch):
        assert main(["plan", str(scaled_file), *argv, "--workers", "2"]) == 0
        scaled_first = capsys.readouterr().out.splitlines()[0]
        assert main(["plan", str(scaled_file), *argv, "--workers", "2", "--format", "json"]) == 0
        scaled_json = json.loads(capsys.readouterr().out)
    assert scaled_first == plain_first
    keys = ("rulebook", "as_of", "interpretation", "strategy", "counts")
    assert {k: scaled_json.get(k) for k in keys} == {k: plain_json[k] for k in keys}
