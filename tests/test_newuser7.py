"""A new and a hostile user, continued (newuser7): flags the user did not give named in an
error, another command's file given where URLs are read, a complaint plan given to
``what_if``."""

from __future__ import annotations

import contextlib
import io

import pytest

import ipprules
from ipprules.cli import main


def _run(*argv: str, stdin: str | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        if stdin is None:
            code = main(list(argv))
        else:
            with pytest.MonkeyPatch.context() as mp:
                mp.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin.encode())))
                code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


_URL = "https://item.taobao.com/item.htm?id=606832683299\n"


@pytest.mark.parametrize(
    ("extra", "stdin"),
    [
        ((), None),
        (("--format", "csv"), None),
        (("--input", "lines"), None),
        (("--column", "url"), None),
        (("--dedupe", "--format", "json"), None),
        ((), _URL),
    ],
)
def test_listings_out_without_workers_says_what_is_missing(tmp_path, extra, stdin):
    """``listings FILE --out DIR`` without ``--workers``/``--scheduler``: the one error is
    that --out needs them, not a complaint about flags the user never gave (``--format csv
    cannot be used with --workers or --scheduler``, ``standard input cannot be read with
    --workers...``), and nothing is written."""
    urls = tmp_path / "urls.txt"
    urls.write_text(_URL)
    source = "-" if stdin is not None else str(urls)
    code, out, err = _run("listings", source, "--out", str(tmp_path / "out"), *extra, stdin=stdin)
    assert code == 2 and out == ""
    assert err.startswith("ipprules: error: --out writes Parquet through Dask: give --workers N")
    assert "cannot" not in err and not (tmp_path / "out").exists()


def test_what_if_of_a_complaint_plan_says_it_is_not_a_what_if_plan():
    """A complaint plan (``read_plan``, for ``check``) given to ``what_if``: a TypeError that
    says which plan it wants, not "expected a plan ... got <class '...Plan'>"."""
    history = ipprules.History.from_file("examples/history.csv")
    plan = ipprules.read_plan("examples/plan.toml")
    with pytest.raises(TypeError) as caught:
        ipprules.what_if(history, plan, "2022-12-31")
    message = str(caught.value)
    assert "complaint plan" in message and "what-if plan" in message
    assert "expected a plan," not in message
