"""Readers' messages (sweep inputs31): another command's file, given where a reader wants
its own kind, is told by what it looks like.

- A CSV, JSON Lines or URL list given where a TOML or JSON document is read said "name a
  TOML document *.toml": it now says what the file looks like.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules._files import read_document
from ipprules.cli import main
from ipprules.errors import InputError

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
        ("history.csv", "a CSV file"),
        ("violations-alibaba-com.csv", "a CSV file"),
        ("planner-urls.jsonl", "JSON Lines"),
        ("urls.txt", "a list of URLs"),
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
        assert said.endswith(
            f"; the file looks like {looks} (another command's input?), not a JSON or TOML document"
        ), said


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
    assert "the file looks like a CSV file (another command's input?)" in said, said
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
        "like a CSV file (another command's input?), not a JSON or TOML document\n"
    )
