"""Small user-surface items (surfaces8): one input is "1 input", a history Parquet file's
empty last column is read as a CSV's, deep JSON is said in one wording, TOML value errors
name their line, and ``plan --reason`` naming no reason code is refused up front.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.listings import parse_listings
from ipprules.listings.bulk import Summary

# -- item 1: the summary line and the repr say "1 input", and "N inputs" otherwise -------


@given(st.integers(min_value=0, max_value=10**6))
@example(1)
@example(0)
@example(2)
def test_the_summary_line_says_input_in_the_singular_for_one(total: int) -> None:
    line = Summary(total, 0, 0, {}).line()
    noun = "input" if total == 1 else "inputs"
    assert line.startswith(f"{total} {noun}: 0 parsed, ")


@given(st.lists(st.sampled_from(["x", "https://item.taobao.com/item.htm?id=1234567890"])))
@example(["x"])
def test_the_repr_and_summary_of_one_input_say_one_input(texts: list[str]) -> None:
    results = parse_listings(texts)
    noun = "input" if len(texts) == 1 else "inputs"
    assert repr(results) == f"ParseResults({len(texts)} {noun}, re-iterable)"
    assert results.summary().line().startswith(f"{len(texts)} {noun}: ")


# -- item 2: a history Parquet file reads an empty last column as a history CSV does -------

_HISTORY = Path(__file__).resolve().parents[1] / "examples" / "history-accounts.csv"
_TAIL = st.sampled_from(["", " ", None, "x"])


def _history_read(path: str) -> tuple[str, object]:
    """("ok", the columns and rows read) or ("refused", the message without its place)."""
    from ipprules.errors import InputError
    from ipprules.scale import read_histories, standings

    try:
        frame = read_histories(path).compute(scheduler="synchronous")
        table = standings(path, "2023-06-30").compute(scheduler="synchronous")
    except InputError as exc:
        said = exc.problems[0].message.split("cell ", 1)[-1]
        return "refused", said.replace(" in the header", "")  # a Parquet file has none
    rows = sorted(map(tuple, table[["account", "qualifies"]].astype(str).values.tolist()))
    return "ok", (list(frame.columns), frame.astype(str).values.tolist(), rows)


@pytest.mark.no_cover
@settings(max_examples=1, deadline=None)  # Dask reads each: kept few (explored at 100)
@given(
    tails=st.lists(st.lists(_TAIL, min_size=1, max_size=2), min_size=1, max_size=3),
    split=st.booleans(),
)
@example(tails=[[None, " "]], split=False)  # a spreadsheet's empty last columns: read
@example(tails=[[""]], split=True)  # one file of a glob has the column, the other not
@example(tails=[["", "x"]], split=False)  # a value under a column with no name: refused
def test_a_history_parquet_reads_an_empty_last_column_as_csv(
    tails: list[list[str | None]], split: bool
) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    frame = pd.read_csv(_HISTORY, dtype=str, keep_default_na=False)
    width = max(len(t) for t in tails)
    for k in range(width):  # columns named '' and ' ' (pandas keeps the names apart)
        frame[" " * k] = [
            tails[i % len(tails)][k] if k < len(tails[i % len(tails)]) else None
            for i in range(len(frame))
        ]
    said = {}
    with tempfile.TemporaryDirectory() as folder:
        for kind in ("csv", "parquet"):
            (Path(folder) / kind).mkdir()
            parts = [frame.iloc[:50], frame.iloc[50:, :14]] if split else [frame]
            for n, part in enumerate(parts):
                target = Path(folder) / kind / f"{n}.{kind}"
                if kind == "csv":
                    part.to_csv(target, index=False)
                else:
                    part.to_parquet(target, index=False)
            said[kind] = _history_read(str(Path(folder) / kind / f"*.{kind}"))
    assert said["csv"] == said["parquet"]
    holds = any(v is not None and v.strip() for t in tails for v in t)
    assert said["csv"][0] == ("refused" if holds else "ok")


def test_a_history_parquet_naming_an_empty_column_twice_is_refused_so() -> None:
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    from ipprules.errors import InputError
    from ipprules.scale import standings

    n = 3
    table = pa.table({"type": ["declaration"] * n, "date": ["2023-01-02"] * n})
    table = table.append_column("", pa.array([""] * n)).append_column("", pa.array([""] * n))
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "twice.parquet")
        pq.write_table(table, path)
        with pytest.raises(InputError, match="column '' appears twice"):
            standings(path, "2023-06-30")


def test_a_plan_parquet_naming_an_empty_column_twice_is_refused_by_its_columns() -> None:
    """Arrow cannot read such a file by name: it was "not a readable Parquet file (Multiple
    matches for FieldRef.Name() ...)"; now its columns are refused as a CSV header's."""
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    from ipprules.errors import InputError
    from ipprules.scale._planner import read_rows

    url = "https://item.taobao.com/item.htm?id=606832683299"
    cells = [pa.array(["lumen"]), pa.array([url]), pa.array([""]), pa.array([None], pa.string())]
    table = pa.Table.from_arrays(cells, names=["account", "url", "", ""])
    with tempfile.TemporaryDirectory() as folder:
        path = str(Path(folder) / "rows.parquet")
        pq.write_table(table, path)
        with pytest.raises(InputError) as info:
            read_rows(path)
    said = str(info.value)
    assert said.startswith(f"{path}: $: ") and "column ''" in said
    assert "not a readable Parquet file" not in said


# -- item 3: deep JSON is said in one wording, at its line for JSON Lines ------------------


def _said(argv: list[str]) -> str:
    import contextlib
    import io

    from ipprules.cli import main

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        assert main(argv) == 2
    return err.getvalue()


@settings(max_examples=3)
@given(
    blanks=st.integers(min_value=0, max_value=3),
    depth=st.integers(min_value=65, max_value=5000),
    brackets=st.sampled_from([("[", "]"), ('{"a": ', "}")]),
)
@example(blanks=1, depth=100_000, brackets=("[", "]"))
@example(blanks=0, depth=65, brackets=('{"a": ', "}"))
def test_deep_json_is_said_alike_in_documents_and_json_lines(
    blanks: int, depth: int, brackets: tuple[str, str]
) -> None:
    from ipprules._files import MAX_DEPTH

    opening, closing = brackets
    deep = f"{opening * depth}1{closing * depth}"
    words = f"$: nested deeper than {MAX_DEPTH} levels\n"
    with tempfile.TemporaryDirectory() as folder:
        document = Path(folder) / "plan.json"
        document.write_text(deep, encoding="utf-8")
        at = f"1:{MAX_DEPTH * len(opening) + 1}"  # the bracket that opens the 65th level
        assert _said(["check", str(document)]).endswith(f"{document}:{at}: {words}")
        # a JSON Lines line is refused when it exhausts the parser (past the recursion
        # limit, which Hypothesis raises while a test runs)
        deeper = f"{opening * (depth + 50_000)}1{closing * (depth + 50_000)}"
        lines = Path(folder) / "pile.jsonl"
        lines.write_text("\n" * blanks + f'{{"url": "x", "more": {deeper}}}\n', encoding="utf-8")
        for argv in (["listings", str(lines)], ["good-faith", str(lines), "--as-of", "2024-01-02"]):
            assert _said(argv) == f"ipprules: error: {lines}:{blanks + 1}:1: {words}"


# -- item 4: a refused TOML float (nan, inf, 1e999) is said at its line --------------------

#: Lines of TOML that hold no refused float, though some hold its letters in a string or a
#: comment, or open a multi-line string or array.
_GOOD_TOML = st.sampled_from(
    [
        'name{n} = "nan"',
        "ok{n} = 1.5  # inf, nan, 1e999",
        "[t{n}]",
        "words{n} = '''\nnan = inf\n1e999\n'''",
        'text{n} = """\nx = nan\n"""',
        "list{n} = [\n  1.0,\n  # nan\n  2e10,\n]",
        "inline{n} = {{ a = 1.0, b = 'inf' }}",
        "",
    ]
)
_BAD_FLOAT = st.sampled_from(["nan", "+inf", "-inf", "1e999", "-1.5e400"])


@given(
    before=st.lists(_GOOD_TOML, max_size=8),
    bad=_BAD_FLOAT,
    in_array=st.booleans(),
    after=st.lists(_GOOD_TOML, max_size=3),
)
@example(before=["list{n} = [\n  1.0,\n  # nan\n  2e10,\n]"], bad="nan", in_array=True, after=[])
@example(before=[], bad="1e999", in_array=False, after=['text{n} = """\nx = nan\n"""'])
def test_a_refused_toml_float_is_said_at_its_line(
    before: list[str], bad: str, in_array: bool, after: list[str]
) -> None:
    from ipprules._files import parse_document
    from ipprules.errors import InputError

    lines = [line.format(n=i) for i, line in enumerate(before)]
    value = f"[\n  1.0,\n  {bad},\n]" if in_array else bad
    lines.append(f"bad = {value}")
    text = "\n".join(lines)
    expected = text.count("\n") + 1 - (1 if in_array else 0)  # the line holding ``bad``
    text += "\n" + "\n".join(line.format(n=i + 100) for i, line in enumerate(after))
    try:
        parse_document(text, "doc.toml", "toml")
    except InputError as exc:
        problem = exc.problems[0]
    assert "not valid TOML" in problem.message and bad.lstrip("+-") in problem.message
    assert problem.line == expected


# -- item 5: plan --reason naming a code no platform has that day is refused up front ------

_EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
_CODES = [
    "tm_counterfeit",
    "tm_misleading",  # AliExpress only, from 2015-01-21 (R51)
    "pat_design",  # not on Taobao
    "gf_counterfeit_simplified",
]
_REASONS = st.one_of(
    st.sampled_from(_CODES),
    st.sampled_from(_CODES).map(lambda c: c[:-1]),  # misspelt
    st.sampled_from(["nope", " tm_counterfeit", "TM_COUNTERFEIT", "x" * 300]),
)


def _plan_cli(argv: list[str]) -> tuple[int, str]:
    import contextlib
    import io

    from ipprules.cli import main

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(argv)
    return code, err.getvalue()


@settings(max_examples=4)
@given(reason=_REASONS, day=st.sampled_from(["2015-01-20", "2015-01-21", "2026-11-23"]))
@example(reason="nope", day="2026-11-23")
@example(reason="tm_countrfeit", day="2026-11-23")
@example(reason="tm_misleading", day="2026-11-23")  # in force, not on Taobao: per line
@example(reason="tm_misleading", day="2015-01-20")  # in force nowhere yet: up front
def test_plan_refuses_up_front_a_reason_no_platform_has(reason: str, day: str) -> None:
    """Exit 2 naming the option exactly when the planner would say of every line that the
    code is "no such reason code in force" (the per-line rejection, on any platform)."""
    from ipprules.checks.plan import read_plan
    from ipprules.planner import Settings, plan_listings

    account = str(_EXAMPLES / "planner-account.toml")
    url = "https://item.taobao.com/item.htm?id=606832683299"
    line = plan_listings([url], read_plan(account), as_of=day, settings=Settings(reason=reason))
    nowhere = "no such reason code in force" in (line.outcomes[0].message or "")
    with tempfile.TemporaryDirectory() as folder:
        urls = Path(folder) / "urls.txt"
        urls.write_text(url + "\n", encoding="utf-8")
        argv = ["plan", str(urls), "--account", account, "--reason", reason, "--as-of", day]
        code, err = _plan_cli(argv)
        refused = code == 2 and "argument --reason: " in err
        assert refused == nowhere, err
        if refused:
            assert err.count("\n") == 1 and f"on {day}" in err and "Traceback" not in err
            if reason == "tm_countrfeit":
                assert "(did you mean 'tm_counterfeit'?)" in err
        else:  # planned (and said line by line when not admissible on Taobao)
            assert code in (0, 1), err


def test_plan_workers_refuses_the_reason_before_any_cluster_starts() -> None:
    with tempfile.TemporaryDirectory() as folder:
        rows = Path(folder) / "rows.csv"
        rows.write_text(
            "account,url\nlumen,https://item.taobao.com/item.htm?id=606832683299\n", "utf-8"
        )
        account = str(_EXAMPLES / "planner-account.toml")
        argv = ["plan", str(rows), "--account", account, "--reason", "nope", "--workers", "1"]
        code, err = _plan_cli(argv)
    assert code == 2
    assert err == (
        "ipprules plan: error: argument --reason: 'nope' is no platform's reason code on "
        "2026-11-23; ipprules rules reasons --as-of 2026-11-23 lists them\n"
    )


@pytest.mark.parametrize("rules", [None, "rules-override.toml"])
def test_the_refusal_names_a_command_that_lists_the_nearest_code(rules: str | None) -> None:
    import shlex

    account = str(_EXAMPLES / "planner-account.toml")
    urls = str(_EXAMPLES / "planner-urls.csv")
    book = [] if rules is None else ["--rules", str(_EXAMPLES / rules)]
    wrong = "tm_countrfeit" if rules is None else "acme_counterfet"
    code, err = _plan_cli(["plan", urls, "--account", account, "--reason", wrong, *book])
    assert code == 2
    near = "tm_counterfeit" if rules is None else "acme_counterfeit"
    assert f"(did you mean {near!r}?)" in err
    command = err.rsplit("; ", 1)[1].removesuffix(" lists them\n")
    argv = shlex.split(command)
    assert argv[:3] == ["ipprules", "rules", "reasons"]
    import contextlib
    import io

    from ipprules.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(argv[1:]) == 0
    assert near in out.getvalue()
