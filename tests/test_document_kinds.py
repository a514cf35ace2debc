"""A file given to the wrong command is named for what it is (review 8 L3): a complaint plan
given to ``good-faith --what-if`` listed thirty unknown keys and no word of what was wrong."""

from __future__ import annotations

import importlib
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ipprules._convert import _DOCUMENTS, structure
from ipprules.cli import main
from ipprules.errors import InputError

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _class(dotted: str) -> type:
    module, name = dotted.rsplit(".", 1)
    return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]


@pytest.mark.parametrize(("dotted", "what", "keys"), _DOCUMENTS)
def test_the_table_holds_each_documents_top_level_keys(
    dotted: str, what: str, keys: frozenset[str]
) -> None:
    fields = {f.name for f in attrs.fields(_class(dotted)) if not f.name.startswith("_")}
    assert keys == fields, what


@pytest.mark.parametrize(
    ("argv", "looks_like", "not_"),
    [
        (
            [
                "good-faith",
                "examples/history.csv",
                "--what-if",
                "examples/plan.toml",
                "--as-of",
                "2026-11-23",
            ],
            "a complaint plan",
            "a what-if plan",
        ),
        (["check", "examples/what-if.toml"], "a what-if plan", "a complaint plan"),
        (["check", "examples/counter-notice-1688.toml"], "a counter-notice", "a complaint plan"),
        (["counter-notice", "examples/plan.toml"], "a complaint plan", "a counter-notice"),
        (["lifecycle", "examples/calendar.toml"], "a calendar", "a lifecycle case"),
        (
            ["coverage", "examples/lifecycle-late-counter-notice.toml"],
            "a lifecycle case",
            "a complaint plan",
        ),
    ],
)
def test_a_file_given_to_the_wrong_command_is_named(
    argv: list[str],
    looks_like: str,
    not_: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(EXAMPLES.parent)
    assert main(argv) == 2
    err = capsys.readouterr().err
    first = err.splitlines()[0]
    assert f"$: this looks like {looks_like} (for `" in first
    assert f"not {not_} (for `" in first
    assert "Traceback" not in err


@given(st.sets(st.sampled_from(sorted(_DOCUMENTS[0][2] - {"account"})), min_size=1), st.data())
def test_a_document_of_its_own_kind_gets_no_hint(keys: set[str], data: st.DataObject) -> None:
    """Keys all of the reader's own: whatever else is wrong, no "looks like" hint."""
    document = {k: data.draw(st.one_of(st.none(), st.integers(), st.text())) for k in keys}
    with pytest.raises(InputError) as raised:  # no account: a plan's values are never all valid
        structure(document, _class(_DOCUMENTS[0][0]))
    assert not any("looks like" in p.message for p in raised.value.problems)
