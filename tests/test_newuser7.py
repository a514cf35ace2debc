"""A new and a hostile user, continued (newuser7): flags the user did not give named in an
error, another command's file given where URLs are read, a complaint plan given to
``what_if``."""

from __future__ import annotations

import contextlib
import gzip
import io
import json
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

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
_PLAN = "examples/planner-account.toml"


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
    history = ipprules.History.from_records([])
    plan = ipprules.read_plan(_PLAN)
    with pytest.raises(TypeError) as caught:
        ipprules.what_if(history, plan, "2022-12-31")
    message = str(caught.value)
    assert "complaint plan" in message and "what-if plan" in message
    assert "expected a plan," not in message


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("plan.toml", Path("examples/plan.toml").read_text("utf-8")),
        ("calendar.toml", '# a calendar\nname = "office"\r\nweekend = [5, 6]\n'),
        ("case.json", Path("examples/lifecycle-counter-notice.json").read_text("utf-8")),
        ("case.json.gz", '\n{\n  "platform": "taobao"\n}\n'),
    ],
    ids=["plan.toml", "calendar.toml", "case.json", "case.json.gz"],
)
@pytest.mark.parametrize("command", ["listings", "plan"])
def test_another_commands_document_is_refused_where_urls_are_read(tmp_path, name, text, command):
    """A TOML or JSON document (a plan, a calendar, a lifecycle case) given where a list of
    URLs is read: exit code 2 naming the file and what it is, not exit code 1 with each of
    its lines rejected as ``not-a-url``."""
    path = tmp_path / name
    data = text.encode()
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    argv = [command, str(path)]
    if command == "plan":
        argv += ["--account", _PLAN, "--as-of", "2026-11-23"]
    code, out, err = _run(*argv)
    kind = "TOML" if ".toml" in name else "JSON"
    assert (code, out) == (2, "")
    assert err.startswith(f"ipprules: error: {path}: $: a {kind} document")
    assert "not a list of URLs" in err and "--input lines" in err
    code, out, err = _run(*argv, "--input", "lines")  # as the message says: read all the same
    assert code == 1 and err == "" and "not-a-url" in out


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("urls.json", '[\n  "https://item.taobao.com/item.htm?id=606832683299"\n]\n'),
        ("urls.json", '{"url": "https://item.taobao.com/item.htm?id=606832683299"}\n'),
        ("urls.txt", "{\n"),
    ],
    ids=["json-array", "json-lines", "brace-in-txt"],
)
def test_urls_in_a_json_file_are_still_read(tmp_path, name, text):
    """What is read today stays read: a JSON array of URLs (one a line), JSON Lines in a
    file named ``.json``, and a ``{`` line in a file not named ``.json``."""
    path = tmp_path / name
    path.write_text(text, "utf-8")
    code, _, err = _run("listings", str(path), "--format", "json")
    assert code in (0, 1) and err == ""


@pytest.mark.parametrize(("text", "size"), [("1T", 1 << 40), ("2tib", 2 << 40), ("3 TB", 3 << 40)])
def test_max_bytes_takes_the_unit_its_help_gives_as_a_default(text, size):
    """``--help`` gives the history cap as ``1T``; ``--max-bytes 1T`` was refused as
    ``not a size (a positive number of bytes, or with K, M or G)``."""
    from ipprules.cli._common import byte_size

    assert byte_size(text) == size
    if text != "1T":
        return
    code, out, err = _run("good-faith", "examples/history.csv", "--as-of", "2022-12-31",
                          "--max-bytes", text)  # fmt: skip
    assert code == 0 and err == "" and out.startswith("Good Faith standing")


_NOTICE = """platform = "alibaba_com"
ipr_type = "trademark"
complaint_date = 2024-02-29
[[purchases]]
id = "p1"
kind = "invoice"
date = {date}
quantity = 25
signed_by = {signed}
product_matches = true
"""


@pytest.mark.parametrize(
    ("date", "signed", "said"),
    [
        ("2024-01-10", '["seller"]', "0 piece(s) may count, in all (25 bought"),
        ("2023-01-10", '["seller", "buyer"]', "0 piece(s) may count, in all (25 bought"),
        ("2024-01-10", '["seller", "buyer"]', None),
    ],
    ids=["not-signed-by-both", "out-of-the-window", "counts"],
)
def test_a_purchase_that_does_not_count_is_not_said_unbought(tmp_path, date, signed, said):
    """25 pieces bought in the window on an invoice the buyer did not sign: R63's quantity is
    not met (the purchase does not count), but the finding said ``0 piece(s) bought in the
    window, in all``, which the file contradicts; it says what was bought and why none
    counts."""
    path = tmp_path / "cn.toml"
    path.write_text(_NOTICE.format(date=date, signed=signed), "utf-8")
    code, out, _ = _run("counter-notice", str(path), "--format", "json")
    found = {f["code"]: f["message"] for f in json.loads(out)["findings"]}
    if said is None:
        assert code == 0 and "cn-purchase-quantity-low" not in found
        return
    assert code == 1 and found["cn-purchase-quantity-low"].startswith(said)
    assert "bought in the window" not in found["cn-purchase-quantity-low"]


def test_an_empty_list_of_platforms_is_said_as_such():
    """``standing(..., platforms=[])`` counts no complaint, and its note said so with an empty
    name: ``(asked for )``."""
    from ipprules.goodfaith import Complaint

    row = Complaint(filed="2024-02-29", platform="taobao", reason_code="tm_counterfeit",
                    listings=3, taken_down=3)  # fmt: skip
    found = ipprules.standing(ipprules.History.from_records([row]), "2024-03-01", platforms=[])
    (note,) = [n for n in found.notes if "asked for" in n]
    assert note.endswith("(asked for no platform: platforms=[] counts no complaint)")


def test_another_commands_document_as_open_listings_is_refused_with_a_hint_that_fits(tmp_path):
    """``plan --open plan.toml``: refused as the URLs are, and the way to read it all the same
    fits ``--open`` too (``--input`` applies to URLS only: rename the file)."""
    urls = tmp_path / "urls.txt"
    urls.write_text(_URL, "utf-8")
    code, out, err = _run("plan", str(urls), "--account", _PLAN, "--as-of", "2026-11-23",
                          "--open", _PLAN)  # fmt: skip
    assert (code, out) == (2, "")
    assert err.startswith(f"ipprules: error: {_PLAN}: $: a TOML document")
    assert "rename it" in err


@settings(max_examples=30, deadline=None)
@given(
    number=st.integers(1, 10**15 - 1),
    unit=st.sampled_from(["", "k", "M", "g", "T", "t"]),
    suffix=st.sampled_from(["", "B", "iB", "ib"]),
    blank=st.sampled_from(["", " "]),
)
@example(number=1, unit="T", suffix="", blank="")  # the unit --help gives for the history cap
def test_byte_size_of_every_unit(number, unit, suffix, blank):
    from ipprules.cli._common import byte_size

    text = f"{number}{blank}{unit}{suffix if unit else ''}"
    assert byte_size(text) == number << (10 * " kmgt".index(unit.lower() or " "))


_NAMES = st.sampled_from(["urls", "plan", "a.b", "x.tomlx", "y.jsonl", "z.json5", "w.csv"])


@settings(max_examples=30, deadline=None)
@given(stem=_NAMES, suffix=st.sampled_from(["", ".toml", ".TOML", ".json", ".Json"]),
       first=st.one_of(st.none(), st.text(max_size=8), st.just("{"), st.just("\ufeff { ")))  # fmt: skip
@example(stem="urls", suffix=".json", first="[")  # a JSON array of URLs: read
@example(stem="case", suffix=".json", first="\ufeff{")  # a JSON document: refused
def test_refuse_document_by_name_and_first_line(stem, suffix, first):
    """Refused exactly when the name ends in ``.toml``, or in ``.json`` with a lone ``{``
    first; never for another name, whatever its first line."""
    from ipprules.errors import InputError
    from ipprules.listings.columns import refuse_document

    name = stem + suffix
    brace = first is not None and first.lstrip("\ufeff").strip() == "{"
    refused = suffix.lower() == ".toml" or (suffix.lower() == ".json" and brace)
    if not refused:
        assert refuse_document(name, first, name) is None
        return
    with pytest.raises(InputError) as caught:
        refuse_document(name, first, name)
    assert str(caught.value).startswith(f"{name}: $: a {suffix[1:].upper()} document")


_RULES = """name = "mine"
[[sources]]
id = "MY"
title = "mine"
kind = "user"
[[reason_codes]]
id = "{code}"
label = "Mine"
description = "x"
ipr_type = "trademark"
platforms = ["taobao"]
effective_from = 2015-01-06
sources = ["MY"]
confidence = "user"
"""


@pytest.mark.parametrize(
    "code", ["../../evil", "a/b\\c:d", "x" * 300], ids=["dots", "seps", "long"]
)
def test_plan_out_names_each_complaint_file_inside_the_folder(tmp_path, code):
    """A reason code of a rules override (``--rules``) is part of each complaint file's name:
    ``../../evil`` made ``c001-taobao-../../evil.txt``, a path out of ``--out`` (refused
    only because ``c001-taobao-..`` did not exist, as 'cannot read the file'), and 300
    characters a name too long. The file is written inside the folder, as the manifest
    names it."""
    rules = tmp_path / "rules.toml"
    rules.write_text(_RULES.format(code=code.replace("\\", "\\\\")), "utf-8")
    urls = tmp_path / "urls.txt"
    urls.write_text(_URL, "utf-8")
    out = tmp_path / "out" / "deep"
    code_, _, err = _run("plan", str(urls), "--account", _PLAN, "--as-of", "2026-11-23",
                         "--rules", str(rules), "--reason", code, "--right", "tm-cn",
                         "--out", str(out), "--format", "json")  # fmt: skip
    assert code_ in (0, 1) and err == "", err
    manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    (row,) = manifest["complaints"]
    assert row["reason"] == code
    written = out / row["file"]
    assert written.parent == out and written.read_text("utf-8") == _URL
    assert len(row["file"].encode()) <= 255


@pytest.mark.parametrize("taken", ["c001-taobao-tm_counterfeit.txt", "manifest.json", "plan.json"])
def test_export_into_a_folder_it_cannot_write_raises_the_librarys_error(tmp_path, taken):
    """``ipprules.planner.export`` where a directory stands at a file's name: an InputError
    naming the file (``cannot write the file``), as its reconciliation files say it, not a
    bare ``IsADirectoryError``."""
    from ipprules.planner import export, plan_listings, read_lines

    plan = ipprules.read_plan(_PLAN)
    result = plan_listings(read_lines("examples/planner-urls.csv"), plan, as_of="2026-11-23")
    (tmp_path / taken).mkdir()
    with pytest.raises(ipprules.InputError) as caught:
        export(result, tmp_path)
    assert str(caught.value).startswith(f"{tmp_path / taken}: $: cannot write the file: ")


@pytest.mark.parametrize(
    ("name", "text", "refused"),
    [
        ("plan.toml", Path("examples/plan.toml").read_text("utf-8"), True),
        ("case.json", Path("examples/lifecycle-counter-notice.json").read_text("utf-8"), True),
        ("urls.json", '[\n  "https://item.taobao.com/item.htm?id=606832683299"\n]\n', False),
    ],
    ids=["plan.toml", "case.json", "json-array"],
)
def test_the_dask_reader_refuses_another_commands_document_as_one_machine_does(
    tmp_path, name, text, refused
):
    """``ipprules listings FILE --workers N`` reads a file's partitions as one machine reads
    the file: another command's document is refused before a cluster starts (it was read as
    text lines, every line a ``not-a-url``, where one machine refuses it)."""
    pytest.importorskip("fsspec")
    from ipprules.scale._listings import _pieces

    path = tmp_path / name
    path.write_text(text, "utf-8")
    if not refused:
        assert [piece.kind for piece in _pieces(str(path), None, "32MiB")] == ["text"]
        return
    with pytest.raises(ipprules.InputError, match=r"document \(another command's file\?\)"):
        _pieces(str(path), None, "32MiB")
