"""Readers' messages (sweep inputs31): another command's file, given where a reader wants
its own kind, is told by what it looks like.

- A CSV, JSON Lines or URL list given where a TOML or JSON document is read said "name a
  TOML document *.toml": it now says what the file looks like.
- A TOML or JSON document given to a CSV reader (a history, violations, the planner's URLs)
  said "unknown column '[account]'" (or read every line as a URL to reject): every such
  reader now says the file looks like a TOML or JSON document, at its line.
- An unknown key with no known key near it (``[account] role = "agent"``) was named alone:
  the keys the table takes are now listed, as the calendar reader lists them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from ipprules._files import _csv_kind, document_line, read_document
from ipprules.cli import main
from ipprules.errors import InputError
from ipprules.goodfaith import iter_history
from ipprules.penalties import read_violations
from ipprules.planner import read_lines

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
TOML_HINT = "name a TOML document *.toml)"


def _document_error(path: Path) -> str:
    """The text of the error :func:`read_document` raises for ``path``."""
    with pytest.raises(InputError) as caught:
        read_document(path)
    return str(caught.value)


@pytest.mark.parametrize(
    ("example_file", "looks"),
    [
        # a CSV of a known kind names its command (newuser18)
        ("history.csv", "a Good Faith history (for `ipprules good-faith`)"),
        ("violations-alibaba-com.csv", "a violations file (for `ipprules penalties`)"),
        ("planner-urls.jsonl", "JSON Lines (another command's input?)"),
        ("urls.txt", "a list of URLs (another command's input?)"),
        ("plan.toml", None),  # TOML: the hint to name it *.toml stays
    ],
)
def test_rows_given_for_a_document_say_what_they_look_like(
    example_file: str, looks: str | None, tmp_path: Path
) -> None:
    """``check history.csv`` said "not valid JSON: Expecting value (a file whose name ends in
    neither .json nor .toml is read as JSON: name a TOML document *.toml)": renaming a CSV
    would not help. Each example file, copied under a name that is neither, is read."""
    copy = tmp_path / (example_file.rsplit(".", 1)[0] + ".txt")
    copy.write_bytes((EXAMPLES / example_file).read_bytes())
    said = _document_error(copy)
    assert said.startswith(f"{copy}:"), said
    assert ": $: not valid JSON: " in said, said
    if looks is None:
        assert said.endswith(TOML_HINT), said
    else:
        assert said.endswith(f"; the file looks like {looks}, not a JSON or TOML document"), said


@settings(max_examples=15, deadline=None)
@given(
    cells=st.lists(
        st.sampled_from(["date", "kind", "url", "type", "a_b", "x1"]), min_size=2, max_size=5
    ),
    delimiter=st.sampled_from([",", ";", "\t"]),
    comments=st.lists(st.just("# a comment"), max_size=2),
)
@example(cells=["date", "kind"], delimiter=",", comments=[])
def test_a_csv_header_is_never_told_to_be_named_toml(
    cells: list[str], delimiter: str, comments: list[str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Any header of plain names split by a delimiter, after comments, is a CSV, never a
    TOML document to rename; written as ``key = value`` lines, it keeps that hint."""
    folder = tmp_path_factory.mktemp("rows")
    csv_file = folder / "in.csv"
    csv_file.write_text("\n".join([*comments, delimiter.join(cells), "1" * len(cells)]), "utf-8")
    said = _document_error(csv_file)
    kind = _csv_kind(delimiter.join(cells))  # a header of a known kind is named (newuser18)
    what = kind or "a CSV file (another command's input?)"
    assert f"the file looks like {what}, not a JSON or TOML document" in said, said
    assert TOML_HINT not in said, said
    toml_file = folder / "in.conf"
    toml_file.write_text("\n".join([*comments, *(f"{c} = ," for c in cells)]), "utf-8")
    assert _document_error(toml_file).endswith(TOML_HINT)


def test_check_of_a_history_exits_2_and_says_it_looks_like_csv(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The CLI: exit code 2, the file and line, no traceback."""
    history = EXAMPLES / "history.csv"
    assert main(["check", str(history)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        f"ipprules: error: {history}:1:1: $: not valid JSON: Expecting value; the file looks "
        "like a Good Faith history (for `ipprules good-faith`), not a JSON or TOML document\n"
    )


_READERS = {
    "history": (lambda path: list(iter_history(path)), "a CSV history"),
    "violations": (read_violations, "a violations CSV"),
    "planner": (
        lambda path: list(read_lines(path)),
        "a list of URLs (one a line, a CSV or JSON Lines); to read it line by line, give "
        "kind='lines'",  # a Python function's argument (the command says --input lines)
    ),
}


@pytest.mark.parametrize("reader", sorted(_READERS))
@pytest.mark.parametrize(
    ("text", "line", "kind"),
    [
        ("# a plan\n[account]\nname = 'acme'\n", 2, "TOML"),
        ('as_of = "2026-11-23"\n', 1, "TOML"),
        ('{\n  "complaints": []\n}\n', 1, "JSON"),
        ('  "as_of": "2026-11-23",\n', 1, "JSON"),
    ],
)
def test_a_document_given_to_a_csv_reader_is_told(
    reader: str, text: str, line: int, kind: str, tmp_path: Path
) -> None:
    """``good-faith plan.toml`` said "unknown column '[account]' (did you mean 'account'?)",
    ``penalties`` listed it with the missing columns, and ``plan`` read each line as a URL
    to reject. The file and the line of the document's first line are named (the planner
    skips ``#`` lines, as comments of a list)."""
    read, instead = _READERS[reader]
    path = tmp_path / "in.csv"
    path.write_text(text, "utf-8")
    with pytest.raises(InputError) as caught:
        read(path)
    problem = caught.value.problems[0]
    assert (problem.file, problem.line) == (str(path), line if reader == "planner" else 1)
    assert problem.message == (
        f"the file looks like a {kind} document (another command's file?), not {instead}"
    )


@pytest.mark.parametrize("reader", sorted(_READERS))
def test_the_example_plan_given_to_a_csv_reader_is_a_toml_document(
    reader: str, tmp_path: Path
) -> None:
    """The shipped plan, named ``.csv``, opens with a ``# comment``: its first line is
    TOML's (the planner skips comments, and finds its first table)."""
    read, _ = _READERS[reader]
    path = tmp_path / "plan.csv"
    path.write_bytes((EXAMPLES / "plan.toml").read_bytes())
    with pytest.raises(InputError, match=r"looks like a TOML document \(another command's"):
        read(path)


@settings(max_examples=20, deadline=None)
@given(
    cells=st.lists(st.sampled_from(["date", "kind", "url", '"type"', "#id", "{x}"]), min_size=1),
    delimiter=st.sampled_from([",", ";", "\t"]),
)
@example(cells=["#id", "date"], delimiter=",")
def test_a_csv_header_never_looks_like_a_document(cells: list[str], delimiter: str) -> None:
    """Cells split by a delimiter are no document's line (a ``#`` with no space after it is
    a column's name, not a comment); as a TOML key's value, or after a ``# ``, they are."""
    header = delimiter.join(cells)
    assert document_line(header) is None
    for toml in (f"columns = [{header}]", f"# {header}"):
        assert document_line(toml) == (
            "the file looks like a TOML document (another command's file?), not CSV"
        )


_ACCOUNT_KEYS = (
    "name, location, identity, category, documents, authorisations, good_faith, "
    "good_faith_trial, good_faith_trials, registered, complaints_filed, incorporated, "
    "organisation"
)


@settings(max_examples=10, deadline=None)
@given(key=st.from_regex(r"[a-z][a-z_]{0,11}", fullmatch=True))
@example(key="role")  # nothing near: the account's keys listed
@example(key="nme")  # 'name' near: the did-you-mean, no list
def test_an_unknown_key_lists_the_known_keys_unless_one_is_near(
    key: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """``[account] role = "agent"`` said ``$.account: unknown key 'role'`` and no more: the
    account's keys are listed; a key near one of them keeps its did-you-mean alone. Either
    way the error is at the key's line (the locator reads the key back from the message)."""
    from ipprules.checks.plan import read_plan

    assume(key not in _ACCOUNT_KEYS.split(", "))
    lines = (EXAMPLES / "plan.toml").read_text("utf-8").splitlines()
    at = lines.index("[account]") + 1
    lines.insert(at, f'{key} = "agent"')
    path = tmp_path_factory.mktemp("key") / "plan.toml"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    with pytest.raises(InputError) as caught:
        read_plan(path)
    (problem,) = [p for p in caught.value.problems if p.message.startswith("unknown key")]
    assert (problem.path, problem.line) == ("$.account", at + 1)
    listed = f"unknown key {key!r}; known keys: {_ACCOUNT_KEYS}"
    assert problem.message == listed or re.fullmatch(
        rf"unknown key {re.escape(repr(key))} \(did you mean '[a-z_]+'\?\)", problem.message
    ), problem.message
    if key == "role":
        assert problem.message == listed


def test_the_known_keys_are_listed_once_a_table(tmp_path: Path) -> None:
    """Listed with the first key no known key is near (a did-you-mean before it does not
    count), not again with the next: a table of 100 unknown keys listed them 100 times."""
    from ipprules.checks.plan import read_plan

    lines = (EXAMPLES / "plan.toml").read_text("utf-8").splitlines()
    at = lines.index("[account]") + 1
    lines[at:at] = ["nme = 1", "role = 2", "zz = 3"]
    path = tmp_path / "plan.toml"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    with pytest.raises(InputError) as caught:
        read_plan(path)
    said = {p.line: p.message for p in caught.value.problems if p.path == "$.account"}
    assert said == {
        at + 1: "unknown key 'nme' (did you mean 'name'?)",
        at + 2: f"unknown key 'role'; known keys: {_ACCOUNT_KEYS}",
        at + 3: "unknown key 'zz'",
    }


@pytest.mark.parametrize("first", ["[account]", "start_urls = 'https://a.example/'", "{"])
def test_a_pile_of_lines_is_read_whatever_its_first_line(first: str, tmp_path: Path) -> None:
    """The planner refuses a document's first line only in a CSV (by ``--input csv`` or a
    ``.csv`` name): a ``.txt`` pile of pasted lines is read, each line once."""
    pile = tmp_path / "pile.txt"
    pile.write_text(f"{first}\nhttps://item.taobao.com/item.htm?id=606832683299\n", "utf-8")
    assert [line.line for line in read_lines(pile)] == [1, 2]
    with pytest.raises(InputError, match="looks like a"):
        list(read_lines(pile, kind="csv"))
