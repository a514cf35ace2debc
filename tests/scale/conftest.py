"""Fixtures shared by the scale-out tests."""

from __future__ import annotations

import contextlib
import gzip
from collections.abc import Iterator
from typing import Any

import pytest

#: One mebibyte: the largest read of decompressed data ``reads_bounded`` allows at once.
MIB = 1 << 20


@pytest.fixture
def synchronous(monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI's cluster replaced by the synchronous scheduler."""
    from ipprules.scale import cli as scale_cli

    @contextlib.contextmanager
    def run_here(workers: Any = None, scheduler: Any = None) -> Iterator[str]:
        yield "synchronous"

    monkeypatch.setattr(scale_cli, "cluster", run_here)


@pytest.fixture
def reads_bounded(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every read of decompressed gzip data, its size: a read of everything (``-1``) or of
    more than 1 MiB at once fails the test."""
    asked: list[int] = []
    real = gzip.GzipFile.read

    def read(self: gzip.GzipFile, size: int | None = -1) -> bytes:
        n = -1 if size is None else size
        asked.append(n)
        assert 0 <= n <= MIB, f"gzip data read {n} bytes at once"
        return real(self, n)

    monkeypatch.setattr(gzip.GzipFile, "read", read)
    return asked
