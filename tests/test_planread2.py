"""The planner's and the listings reader's files and hints agree (planread2).

1. A text file whose first line is ``url`` (a one-column CSV) with share-text lines holding
   a comma was read by ``ipprules listings`` (the record's first cell) while ``ipprules plan``
   refused the whole file with ``a60.txt:3: $: expected 1 cells, got 2``, saying neither why
   nor what to do. The planner now reads such a record as ``listings`` does, and its
   rejection says why, where the line's listing is and the fix.
3. A hint showing a column name holding a space printed it unquoted (``--column Product
   URL``, ``rename Product URL``): pasted into a shell it broke; it is quoted now.
4. ``ipprules.scale.parse_urls(path, column=None)`` told a Python caller to give
   ``--column``: it names the keyword (``column='product_link'``) now; the command says
   ``--column``.
5. ``benchmarks/scale.py --input examples/urls.txt`` printed "24 distinct" and then found 5
   duplicates: it counts distinct texts, and says so.
"""

from __future__ import annotations

from pathlib import Path

from test_newuser8 import _run

_ACCOUNT = "examples/planner-account.toml"
_AE = "https://www.aliexpress.com/item/{}.html"


def _a60(tmp_path: Path) -> Path:
    path = tmp_path / "a60.txt"
    lines = ["url", _AE.format(1005001234567890), f"Look at this, {_AE.format(1005001234567891)}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -------------------- 1. a one-column CSV with a comma in a line: read, not refused


def test_plan_reads_a_url_header_file_of_share_texts_as_listings_reads_it(tmp_path: Path) -> None:
    from ipprules.cli.listings import read_urls
    from ipprules.planner import read_lines

    path = _a60(tmp_path)
    read = [(line.line, line.url) for line in read_lines(str(path))]
    assert read == read_urls(str(path))  # the same lines, the same cells
    code, out, err = _run("plan", str(path), "--account", _ACCOUNT, "--reason", "tm_counterfeit")
    assert (code, err) == (1, "ipprules: as of 2026-11-23 (the account's as_of)\n")
    assert "2 line(s): 1 planned in 1 complaint(s), 0 duplicate, 1 rejected" in out


def test_the_rejection_of_a_split_line_says_why_where_and_the_fix(tmp_path: Path) -> None:
    from ipprules.checks.plan import read_plan
    from ipprules.planner import Settings, plan_listings, read_lines

    lines = list(read_lines(str(_a60(tmp_path))))
    assert lines[0].elsewhere is None  # a line of one cell: nothing to say
    result = plan_listings(
        lines, read_plan(_ACCOUNT), settings=Settings(reason="tm_counterfeit"), as_of=None
    )
    rejected = result.outcomes[1]
    assert rejected.code == "listing:not-a-url"
    said = " ".join(rejected.message.split())
    assert "the line holds 2 cells" in said and "a comma ends it" in said
    assert f"cell 2 holds a listing link: {_AE.format(1005001234567891)}" in said
    assert "put the line in double quotes, or remove the header line 'url'" in said


# -------------------- 5. benchmarks/scale.py: its counts say what they count


def test_scale_benchmark_counts_texts_as_texts_beside_its_duplicates() -> None:
    """``--input examples/urls.txt`` printed "24 distinct" and then found 5 duplicates: the
    24 are texts, the duplicates listings read before."""
    from _scripts import load
    from ipprules.listings import Duplicate, dedupe, parse_listings

    lines = [t for t in Path("examples/urls.txt").read_text(encoding="utf-8").splitlines() if t]
    duplicates = sum(type(r) is Duplicate for _, r in dedupe(parse_listings(lines)))
    said = load("benchmarks/scale.py").inputs_made("urls.txt", lines)
    assert duplicates > 0 and len(set(lines)) == len(lines)  # distinct texts, some one listing
    assert f"{len(set(lines))} distinct texts (not listings" in said
    assert "duplicates count listings read before" in said


# -------------------- 3. a column name holding a space is quoted as a shell needs it


def test_hints_quote_a_column_name_holding_a_space(tmp_path: Path) -> None:
    """ "--column Goods URL" and "rename Goods URL", pasted into a shell, broke at the
    space: the name is quoted as a shell reads it back."""
    import shlex

    path = tmp_path / "export.csv"
    path.write_text(
        "title,Goods URL\nshoe,https://www.aliexpress.com/item/1005001234567890.html\n",
        encoding="utf-8",
    )
    code, _, err = _run("listings", str(path))
    assert code == 2 and '--column "Goods URL")' in err
    hint = err.rsplit("--column ", 1)[1].rstrip().removesuffix(")")
    assert shlex.split(hint) == ["Goods URL"]
    code, _, err = _run("plan", str(path), "--account", _ACCOUNT)
    assert code == 2 and '--column "Goods URL")' in err  # plan has --column (plancol)
    code, _, err = _run("listings", str(path), "--column", "nope")  # a name not there
    assert code == 2 and "no column 'nope'" in err and '--column "Goods URL")' in err


# -------------------- 4. a Python function names its keyword, not the command's option


def test_parse_urls_names_column_keyword_and_the_command_its_option(tmp_path: Path) -> None:
    """``parse_urls(path, column=None)`` said "name it with --column (... --column
    goods_link)": a Python caller reads ``column=``; ``listings --workers`` keeps
    ``--column``, and a column given but missing names the link-like one too."""
    import pytest

    pytest.importorskip("dask.dataframe")
    from ipprules.errors import InputError
    from ipprules.scale import parse_urls

    path = tmp_path / "crawl.csv"
    path.write_text(
        "title,goods_link\nshoe,https://www.aliexpress.com/item/1005001234567890.html\n",
        encoding="utf-8",
    )
    for column in (None, "url"):
        with pytest.raises(InputError) as caught:
            parse_urls(str(path), column=column)
        assert "--column" not in str(caught.value)
        assert "column='goods_link'" in str(caught.value)
    code, _, err = _run("listings", str(path), "--workers", "1")
    assert code == 2 and "name it with --column (" in err and "--column goods_link)" in err
