"""A new user's walk, continued (newuser8): what a first session with the README, the docs
and the examples ran into."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.cli import _parsers, main


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as exc:  # argparse's own refusals
            code = exc.code if isinstance(exc.code, int) else 2
    return code, out.getvalue(), err.getvalue()


# -------------------- 1. a misspelt option, a missing plan: what to give, the option meant

_PLAN = "examples/plan.toml"
_URLS = "examples/urls.txt"
_ACCOUNT, _TWO = "examples/planner-account.toml", "examples/history-accounts.csv"


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        # written as a Python keyword: said "unrecognized arguments: --as_of 2026-11-23" alone
        (
            ["check", _PLAN, "--as_of", "2026-11-23"],
            "ipprules check: error: unrecognized arguments: --as_of 2026-11-23"
            " (did you mean --as-of?)",
        ),
        (
            ["good-faith", "examples/history.csv", "--what_if=examples/what-if.toml"],
            "ipprules good-faith: error: unrecognized arguments: "
            "--what_if=examples/what-if.toml (did you mean --what-if?)",
        ),
        # a shortened option is still refused, never taken: the whole name is said
        (
            ["listings", _URLS, "--dedup"],
            "ipprules listings: error: unrecognized arguments: --dedup (did you mean --dedupe?)",
        ),
        # two of them: each with its own
        (
            ["listings", _URLS, "--dedup", "--fromat", "json"],
            "ipprules listings: error: unrecognized arguments: --dedup --fromat json"
            " (--dedup: did you mean --dedupe?; --fromat: did you mean --format?)",
        ),
        # nothing near (the leading -- alone made '--bogus' near '--out'): said as before
        (
            ["listings", _URLS, "--bogus"],
            "ipprules listings: error: unrecognized arguments: --bogus",
        ),
        # check without a plan: said "(not both)" when neither was given
        (
            ["check"],
            "ipprules: error: give a PLAN file (or --example: the example plan shipped with "
            "ipprules)",
        ),
        (["check", "--example", _PLAN], "ipprules: error: give a PLAN file or --example, not both"),
        # plan --history of several accounts: said "(--account NAME)", the plan file here
        (
            ["plan", _URLS, "--account", _ACCOUNT, "--as-of", "2026-11-23", "--history", _TWO],
            "ipprules: error: examples/history-accounts.csv:5:22: $.account: the history holds "
            "several accounts (acme, globex...): ipprules plan projects one account: give "
            "--history that account's lines alone (ipprules good-faith FILE --account NAME "
            "reads one of them; in Python, History.by_account splits the file)",
        ),
        # another command's date option keeps its own hint, and no other
        (
            ["deadline", "takedown", "--as-of", "2026-11-23"],
            "ipprules deadline: error: unrecognized arguments: --as-of 2026-11-23 (ipprules "
            "deadline takes its date as --on DATE: the date of the event (YYYY-MM-DD; default: "
            "today in China, UTC+8; printed))",
        ),
    ],
)
def test_a_command_line_said_wrong_is_told_what_to_give(argv: list[str], said: str) -> None:
    assert _run(*argv) == (2, "", said + "\n")


def _spelt_otherwise() -> list[tuple[str, str]]:
    """(command, a long option of it) for every command but --help."""
    _, commands = _parsers()
    return [
        (name, option)
        for name, command in commands.items()
        for option in sorted(command._option_string_actions)
        if option.startswith("--") and option != "--help"
    ]


_NEEDED = {"advise": ["--ipr-type", "trademark", "--platform", "taobao"]}
_NEEDED |= {"plan": ["x", "--account", "x"], "penalties": ["x", "--platform", "taobao"]}
_NEEDED |= {"deadline": ["takedown"], "coverage": ["x"], "counter-notice": ["x"]}
_NEEDED |= {"good-faith": ["x"], "listings": ["x"]}


@settings(max_examples=30, deadline=None)
@given(pair=st.sampled_from(_spelt_otherwise()), upper=st.booleans())
@example(pair=("check", "--as-of"), upper=False)
@example(pair=("plan", "--quarantine-below"), upper=True)
def test_every_option_spelt_with_underscores_or_capitals_is_named(
    pair: tuple[str, str], upper: bool
) -> None:
    """``--as_of`` or ``--AS-OF`` for ``--as-of``: refused (exit 2), naming the option."""
    name, option = pair
    typed = (
        option.upper() if upper or "-" not in option[2:] else "--" + option[2:].replace("-", "_")
    )
    code, out, err = _run(name, *_NEEDED.get(name, []), typed)
    assert (code, out) == (2, ""), err
    assert err.startswith(f"ipprules {name}: error: unrecognized arguments: {typed}"), err
    assert err.endswith(f" (did you mean {option}?)\n"), err


# ------------------------------- 2. plan: the errors of its check said, not only counted


@pytest.mark.parametrize("out", [False, True])
def test_plan_says_the_errors_of_its_check(out: bool, tmp_path: Path) -> None:
    """``plan URLS --account examples/plan.toml`` ended "check of the planned complaints: 2
    error(s), ..." and no word of which: two documents of rights no complaint uses. Each
    error is said under the count, as ``ipprules check`` says it, in the text and in the
    ``--out`` summary; a clean check (the docs' examples) adds no line."""
    urls = tmp_path / "urls.txt"
    urls.write_text("https://item.taobao.com/item.htm?id=606832683299\n", encoding="utf-8")
    argv = ["plan", str(urls), "--account", _PLAN, "--as-of", "2026-11-23"]
    argv += ["--right", "tm-cn-9", "--reason", "tm_counterfeit"]
    argv += ["--out", str(tmp_path / "out")] if out else []
    code, said, err = _run(*argv)
    assert (code, err) == (0, "")
    tail = said.split("check of the planned complaints: ", 1)[1].splitlines()
    assert tail[0] == "2 error(s), 0 warning(s), 0 unknown"
    assert tail[1].startswith("  error    document-copy-not-accepted  $.rights[1].documents[0]: ")
    assert tail[2] == (
        "  error    document-unknown  $.rights[2].documents[1]: 'patent_certificate_copy' is "
        "not a document of the rule book on 2026-11-23 (did you mean 'patent_certificate'?)"
    )
    assert tail[3].startswith("wrote 7 file(s)") if out else len(tail) == 3


# ------------------------------------- 3. the README's table of the examples: each file, run

_README = Path(__file__).resolve().parents[1] / "README.md"


def _examples_table() -> list[tuple[list[str], list[str], int]]:
    """(the files, the command's words, the exit code said) of each row of the README's table
    of the examples."""
    readme = _README.read_text(encoding="utf-8")
    assert "## The examples" in readme, "README.md has no table of the examples"
    text = readme.split("## The examples", 1)[1]
    rows = []
    for line in text.split("|---|---|---|\n", 1)[1].splitlines():
        if not line.startswith("| `"):
            break
        files, _, tried = line.strip("| ").split(" | ")
        command, code = tried.rsplit(" ", 1)
        rows.append(
            (
                [name.strip("`") for name in files.split(", ")],
                command.strip("`").split()[1:],
                int(code.strip("()")),
            )
        )
    return rows


def test_the_readme_names_every_example_with_a_command_that_runs() -> None:
    """README.md named one example file (plan.toml) of 18: a new user met the others in the
    docs' pages only. Its table names each file once, with a command that reads it; each
    command runs from the repository's root with the exit code the table says (the one on
    Dask is only read as a command line: no cluster here)."""
    rows = _examples_table()
    named = [name for files, _, _ in rows for name in files]
    examples = _README.parent / "examples"
    assert sorted(named) == sorted(p.name for p in examples.iterdir()), named
    for files, argv, code in rows:
        assert any(f"examples/{name}" in argv for name in files), (files, argv)
        if "--workers" in argv:
            _, commands = _parsers(argv[0])
            commands[argv[0]].parse_args(argv[1:])
            continue
        said, out, err = _run(*argv)
        assert (said, bool(out)) == (code, True), (argv, err)


# ------------------------- 4. explain a planner rejection: where the missing value is given


@pytest.mark.parametrize(
    ("code", "where"),
    [
        ("missing-right", ["a right column", "--right RIGHT", "Settings(right=...)"]),
        ("unknown-right", ["[[rights]]", "--right RIGHT", "Settings(right=...)"]),
        ("missing-reason", ["a reason column", "--reason REASON", "ipprules advise"]),
        ("missing-order", ["an order_number column", "needs no test purchase"]),
        ("wrong-kind", ["a target column", "--target"]),
    ],
)
def test_explain_says_where_a_plan_line_gets_what_it_missed(code: str, where: list[str]) -> None:
    """``ipprules explain missing-right`` said "How to fix: Correct the line (or the plan's
    rights and settings) and plan it again.", for every planner code: not that a right is a
    column of the input or ``--right``. Each code about the line now says where its value
    goes; the code of a rule keeps the general fix."""
    import ipprules

    fix = ipprules.explain(code).fix
    assert [w for w in where if w not in fix] == [], fix
    assert ipprules.explain("already-open").fix.startswith("Correct the line")
    code_said, out, _ = _run("explain", code)
    assert code_said == 0 and f"How to fix: {fix}" in out


# --------------------------- 5. rules: the summary's pointer to the views comes last


def test_the_rules_summary_ends_with_its_pointer_to_the_views() -> None:
    """``ipprules rules`` printed "More: ipprules rules {platforms,...}" and then twelve lines
    "  taobao: differs under official", the notes of its platform table, as if they were
    about the views. The notes come first (under the tables they are about), "More:" last."""
    code, out, _ = _run("rules", "--as-of", "2026-11-23")
    lines = out.rstrip("\n").splitlines()
    assert code == 0 and lines[-1].startswith("More: ipprules rules {platforms,"), out
    notes = [at for at, line in enumerate(lines) if line.endswith(": differs under official")]
    # the notes, then (rules49) what each differing field answers there, then "More:"
    values = [at for at, line in enumerate(lines) if line.startswith("    ")]
    assert notes and values and notes[-1] < values[0], out
    assert values[-1] == len(lines) - 3 and lines[-2] == "", out


# ------------------------- 6. a note under a table, fitted to a terminal: not cut into cells


def test_a_note_under_a_table_is_wrapped_as_a_line_not_cut_into_its_cells(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``ipprules rules penalties`` on a terminal of 90 columns cut its two notes into the
    table's columns ("taobao, tma | ll, tmall_g | lobal: no penalty"), as if they were rows:
    they were printed with the table, and fitting took every line up to a blank one as a row.
    A note is wrapped as a line; a row with its first cell empty is still a row."""
    from ipprules.cli._term import fit_text

    monkeypatch.setenv("IPPRULES_WIDTH", "90")
    code, out, _ = _run("rules", "penalties", "--as-of", "2026-11-23")
    lines = out.splitlines()
    assert code == 0 and max(len(line) for line in lines) <= 90, out
    assert (
        "  taobao, tmall, tmall_global: no penalty rules in the rule book on 2026-11-23 (gap):"
        in lines
    ), out
    table = "name  value\n----  -----\nab    one two three\n      four"
    fitted = "name  value\n----  --------\nab    one two\n      three\n      four"
    assert fit_text(table, 14) == fitted


# --------------------- 7. a long aligned line, wrapped: its columns keep their spacing


@settings(max_examples=30, deadline=None)
@given(
    indent=st.integers(min_value=0, max_value=4),
    words=st.lists(
        st.tuples(st.integers(min_value=1, max_value=8), st.text("abc中%;", min_size=1)),
        min_size=2,
        max_size=12,
    ),
    limit=st.integers(min_value=20, max_value=60),
)
@example(  # good-faith's criteria at 80 columns: "FAIL overall takedown_rate 87.789% ..."
    indent=2,
    words=[(1, "FAIL"), (1, "overall"), (12, "takedown_rate"), (8, "87.789%")] + [(1, "x")] * 30,
    limit=80,
)
def test_a_wrapped_line_keeps_the_spaces_between_its_words(
    indent: int, words: list[tuple[int, str]], limit: int
) -> None:
    """On a terminal, a line too long was wrapped with its words joined by one space:
    ``good-faith``'s criteria, aligned in columns, lost their alignment on the long lines
    only ("FAIL overall takedown_rate" under "ok   overall            counter_notice_rate").
    Each wrapped piece is now a piece of the line as printed, its spacing kept."""
    from ipprules.cli._term import _wrap, display_width

    line = " " * indent + "".join(" " * gap + word for gap, word in words).lstrip(" ")
    pieces = _wrap(line, limit)
    assert all(display_width(piece) <= limit for piece in pieces), pieces
    assert line.startswith(pieces[0]), pieces
    assert all(piece.lstrip(" ") in line for piece in pieces), pieces


# ----------------------- 8. rules sources R15: a rule's id, looked up as a source's


@pytest.mark.parametrize("name", ["R15", "b16", "D1"])
def test_a_rule_id_given_as_a_source_is_said_to_be_a_rule(name: str) -> None:
    """A finding names rules beside sources (``R15, R44; S31``): ``rules sources R15`` said
    "unknown source 'R15'", and ``rules sources b16`` "did you mean 'S16'?", another
    document. A source id is still shown, and an unknown one said as before."""
    code, out, err = _run("rules", "sources", name, "--as-of", "2026-11-23")
    assert (code, out) == (2, ""), err
    assert err.startswith(f"ipprules: error: '{name}' is the id of a rule of the domain "), err
    assert "not of a source: ipprules rules sources lists the sources" in err
    assert _run("rules", "sources", "S16", "--as-of", "2026-11-23")[0] == 0
    assert _run("rules", "sources", "S99", "--as-of", "2026-11-23")[2].startswith(
        "ipprules: error: unknown source 'S99'"
    )


# -------------------------- 9. the quickstart's next steps: a command and a page for each


def test_the_quickstart_points_each_task_to_a_command_and_its_page() -> None:
    """docs/quickstart.md ended on the rule book: nothing said where checking a plan, the
    planner or Good Faith were. Its last table names a command for each task (one that
    parses, on files that exist) and the page about it (by the page's own title)."""
    docs = _README.parent / "docs"
    text = (docs / "quickstart.md").read_text(encoding="utf-8")
    rows = text.split("## Next: the task you came for", 1)[1].split("|---|---|---|\n", 1)[1]
    pages = 0
    for row in rows.splitlines():
        if not row.startswith("| "):
            break
        _, command, page = row.strip("| ").split(" | ")
        argv = command.strip("`").split()[1:]
        _, commands = _parsers(argv[0])
        commands[argv[0]].parse_args(argv[1:])
        assert all(Path(_README.parent, w).is_file() for w in argv if w.startswith("examples/"))
        title, target = page.removeprefix("[").removesuffix(")").split("](")
        assert (docs / target).read_text(encoding="utf-8").startswith(f"# {title}\n"), page
        pages += 1
    assert pages == 7


# ------------------ 10. a docs command on an example history names the day it answers for


def test_every_good_faith_command_of_the_docs_names_its_day() -> None:
    """docs/good-faith.md showed ``ipprules good-faith examples/history.csv --interpretation
    official --format json``: without ``--as-of`` it answers for today, and the example's
    complaints (2022-2023) are out of its window: 0/0, "does not qualify", for any reader
    after 2023. Each such command names its day (``--as-of``) or days (``--timeline``)."""
    pages = [_README, *sorted((_README.parent / "docs").glob("*.md"))]
    commands = [
        line
        for page in pages
        for line in page.read_text(encoding="utf-8").splitlines()
        if "ipprules good-faith examples/" in line
    ]
    assert len(commands) >= 5
    assert [c for c in commands if "--as-of" not in c and "--timeline" not in c] == []


# ------------------------------------ 11. a coverage of one right on one platform, in a repr


def test_a_coverage_of_one_right_on_one_platform_says_so_in_the_singular() -> None:
    """A notebook showed ``<Coverage ...: 1 rights x 1 platforms, ...>``."""
    import ipprules

    plan = ipprules.read_plan("examples/planner-account.toml")
    one = ipprules.coverage(plan, as_of="2026-11-23", platforms=["taobao"])
    assert repr(one).startswith("<Coverage as of 2026-11-23: 1 right x 1 platform, "), repr(one)
    every = ipprules.coverage(ipprules.read_plan("examples/portfolio.toml"), as_of="2026-11-23")
    assert ": 6 rights x 12 platforms, " in repr(every)
