"""A line longer than one machine reads (1 MiB) is the same error on Dask, naming the file and
its line in the whole file, in whichever block it falls; a line of exactly 1 MiB is read (a
``too-long`` rejection) on both."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("dask.dataframe")

import dask

from ipprules._files import DEFAULT_MAX_LINE, iter_lines
from ipprules.errors import InputError
from ipprules.scale import read_urls

URL = "https://item.taobao.com/item.htm?id=606832683299"


def _one_machine(path: Path) -> tuple[str, int | None]:
    with pytest.raises(InputError) as caught:
        for _ in iter_lines(path):
            pass
    problem = caught.value.problems[0]
    return problem.message, problem.line


def _dask(path: Path, blocksize: int) -> list[str]:
    with dask.config.set(scheduler="synchronous"):
        return list(read_urls(str(path), blocksize=blocksize).compute().iloc[:, 0])


@pytest.mark.no_cover
@pytest.mark.parametrize("suffix", [".txt", ".jsonl"])
@pytest.mark.parametrize("blocksize", [1 << 16, 1 << 26])
@pytest.mark.parametrize("before", [0, 3, 5000])
def test_a_line_over_the_limit_is_the_one_machine_error(
    tmp_path: Path, suffix: str, blocksize: int, before: int
) -> None:
    path = tmp_path / f"in{suffix}"
    line = "x" * (DEFAULT_MAX_LINE + 1)
    first = f'{{"url": "{URL}"}}' if suffix == ".jsonl" else URL
    path.write_text("".join(f"{first}\n" for _ in range(before)) + line + "\n" + first + "\n")
    message, number = _one_machine(path)
    assert number == before + 1
    with pytest.raises(InputError) as caught:
        _dask(path, blocksize)
    problem = caught.value.problems[0]
    assert (problem.message, problem.line, problem.file) == (message, number, str(path))


def test_a_line_of_exactly_the_limit_is_read_on_both(tmp_path: Path) -> None:
    path = tmp_path / "in.txt"
    line = "y" * DEFAULT_MAX_LINE
    path.write_bytes(b"\xef\xbb\xbf" + line.encode() + b"\r\n" + URL.encode() + b"\n")
    assert [text for _, text in iter_lines(path)] == [line, URL]
    assert _dask(path, 1 << 16) == [line, URL]
