"""A brand-protection vendor embedding ipprules behind a web upload (newuser27): uploads as
bytes in memory, a strict-typed service, a thread pool, error bodies for a front end."""

from __future__ import annotations

import io
import json
import typing
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import ipprules
from ipprules.rulebook import RuleBook

_EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


# -------------------- 1. the readers that take a stream are typed as taking one
# docs/errors.md says every reader takes `io.BytesIO(data)`, and it works, but `read_plan`,
# `load_rulebook` and `RuleBook.with_overrides` were annotated `str | Path`: a service
# checked with `mypy --strict` needed a cast or an ignore to pass an upload.


@pytest.mark.parametrize(
    "func", [ipprules.read_plan, ipprules.load_rulebook, RuleBook.with_overrides]
)
def test_stream_readers_are_typed_as_taking_a_stream(func: object) -> None:
    hint = typing.get_type_hints(func)["path"]
    assert typing.IO[typing.Any] in typing.get_args(hint)


def test_uploads_read_from_bytes_in_memory() -> None:
    plan = ipprules.read_plan(io.BytesIO((_EXAMPLES / "plan.toml").read_bytes()))
    assert len(plan.complaints) == 8
    book = ipprules.load_rulebook(io.BytesIO((_EXAMPLES / "rules-override.toml").read_bytes()))
    assert book.label == "ACME account 2026.11.23"


# -------------------- 2. what docs/errors.md now says of streams and the size cap


def test_a_streams_name_names_it_in_errors_and_in_the_error_body() -> None:
    upload = io.BytesIO(b"x = 1\n")
    upload.name = "customer-plan.toml"  # type: ignore[attr-defined]
    with pytest.raises(ipprules.InputError) as caught:
        ipprules.read_plan(upload)
    body = json.loads(json.dumps(caught.value.to_dict()))
    assert {p["file"] for p in body["problems"]} == {"customer-plan.toml"}
    with pytest.raises(ipprules.InputError, match=r"^<stream>:1:1: "):
        ipprules.read_plan(io.BytesIO(b"x = 1\n"))


def test_gzip_upload_is_refused_not_decompressed() -> None:
    import gzip

    with pytest.raises(ipprules.InputError, match="gzip-compressed data; decompress it first"):
        ipprules.read_plan(io.BytesIO(gzip.compress(b"#" * 1_000_000)))


def test_reading_limits_holds_in_its_thread_not_in_a_pools() -> None:
    data = (_EXAMPLES / "plan.toml").read_bytes()

    def read(_: int) -> str:
        try:
            ipprules.read_plan(io.BytesIO(data))
        except ipprules.InputError:
            return "capped"
        return "read"

    def read_capped(_: int) -> str:
        with ipprules.reading_limits(max_bytes=100):
            return read(0)

    with ipprules.reading_limits(max_bytes=100):
        assert read(0) == "capped"
        with ThreadPoolExecutor(2) as pool:
            assert list(pool.map(read, range(2))) == ["read", "read"]
    with ThreadPoolExecutor(2) as pool:
        assert list(pool.map(read_capped, range(2))) == ["capped", "capped"]


# -------------------- 3. what_if's batch: a stream is any object with read, typed IO
# `what_if(history, upload, day)` took only an io.IOBase: a web framework's upload object that
# is a plain file-like object (a read method, as every other reader needs) was a TypeError,
# and `typing.BinaryIO` did not type-check against its annotation.


class _Upload:
    """A file-like upload with nothing but ``read``."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def read(self, size: int = -1) -> bytes:
        return self._data.read(size)


def test_what_if_takes_a_file_like_upload() -> None:
    history = ipprules.History.from_file(_EXAMPLES / "history.csv")
    data = (_EXAMPLES / "what-if.toml").read_bytes()
    expected = ipprules.what_if(history, io.BytesIO(data), "2022-12-31")
    got = ipprules.what_if(history, _Upload(data), "2022-12-31")
    assert got.to_dict() == expected.to_dict()
    assert got.added == 2


def test_what_if_batch_is_typed_as_taking_a_stream() -> None:
    from ipprules.goodfaith import plan, whatif

    assert typing.IO[typing.Any] in typing.get_args(typing.get_type_hints(plan.read_plan)["path"])
    assert typing.IO[typing.Any] in typing.get_args(whatif.Batch)
