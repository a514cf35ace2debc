"""planner12 (#14): the other-reading notes made with less work, and the same notes.

* ``_Notes``'s ``note_made`` reads a form's verdict (one list of findings, noted at each of
  its listings) once, where it is first noted: against the reference (each finding noted at
  each path, as before), random readings, paths, lists and marks give the same notes;
* a :class:`Finding`'s path and message are bounded as :func:`bounded_text` bounds them (a
  ``str`` within the limit is taken at once), and a value that is no ``str`` is refused as it
  was.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.checks.engine import _Notes
from ipprules.checks.findings import Finding, FindingSeverity
from ipprules.errors import MESSAGE_LIMIT, bounded_text

_READINGS = ("brief", "official", "brief-at-least-100")


class _Reading:
    """What ``_Notes.noter`` reads of a context: its name and how it makes a finding."""

    def __init__(self, name: str) -> None:
        self.interpretation = name

    def finding(self, code: str, path: str, message: str) -> Finding:
        return Finding(code, FindingSeverity.INFO, path, message, ("B1",), ("BRIEF",))


_MARK = st.sampled_from(
    [
        "",
        " [confidence third-party: R15]",
        " [confidence inferred: B2]",
        " [confidence inferred: R7]",
        " [confidence unknown: R9]",
    ]
)
_FINDING = st.builds(
    lambda code, severity, verdict, mark: Finding(code, severity, "", verdict + mark),
    st.sampled_from(["a-code", "b-code"]),
    st.sampled_from([FindingSeverity.ERROR, FindingSeverity.WARNING]),
    st.sampled_from(["one verdict", "another verdict"]),
    _MARK,
)
_PATH = st.sampled_from([f"$.complaints[{i}].listings[{j}]" for i in range(2) for j in range(3)])
#: Per reading, in the book's order: its lists (a form's verdict each) and what it notes: a
#: list (by number) or one finding, at a path.
_STEP = st.tuples(_PATH, st.one_of(st.integers(0, 2), _FINDING))
_READING = st.tuples(st.lists(st.lists(_FINDING, max_size=3), min_size=3, max_size=3),
                     st.lists(_STEP, max_size=12))  # fmt: skip


def _notes(readings: list[Any], made_at_once: bool) -> list[Finding]:
    notes = _Notes()
    for name, (lists, steps) in zip(_READINGS, readings, strict=False):
        note, note_made = notes.noter(_Reading(name))  # type: ignore[arg-type]
        for path, what in steps:
            if isinstance(what, Finding):
                note(path, what)
            elif made_at_once:
                note_made(path, lists[what])
            else:  # the reference: each finding of the list noted at the path
                for g in lists[what]:
                    note(path, g)
    return notes.findings()


_WEAKER_LATER = Finding(
    "a-code", FindingSeverity.ERROR, "", "one verdict [confidence inferred: B2]"
)
_STRONG = Finding("a-code", FindingSeverity.ERROR, "", "one verdict")
_TIED = Finding("a-code", FindingSeverity.ERROR, "", "one verdict [confidence inferred: R7]")


@settings(max_examples=30, deadline=None)
@given(st.lists(_READING, min_size=1, max_size=3))
@example(  # a list noted at two paths, then one finding of its verdict with a weaker mark
    [
        ([[_STRONG], [], []], [("$.complaints[0].listings[0]", 0)]),
        ([[_STRONG], [], []], [("$.complaints[0].listings[1]", 0), ("$.x", _WEAKER_LATER)]),
    ]
)
@example(  # the same list at many paths, a finding of it with another mark in another list
    [([[_STRONG, _WEAKER_LATER], [_STRONG], []], [("$.a[0]", 1), ("$.a[1]", 0), ("$.a[2]", 1)])]
)
@example(  # one list, two marks of one confidence: the note quotes the first
    [([[_WEAKER_LATER, _TIED], [], []], [("$.a[0]", 0), ("$.a[1]", 0)])]
)
def test_a_list_noted_at_once_makes_the_reference_notes(readings: list[Any]) -> None:
    assert _notes(readings, made_at_once=True) == _notes(readings, made_at_once=False)


class _Text(str):
    """A ``str`` subclass: not taken at once, but bounded as before."""


@pytest.mark.parametrize(
    "text",
    ["", "$.complaints[0]", "x" * MESSAGE_LIMIT, "x" * (MESSAGE_LIMIT + 1),
     "e\u0301" * MESSAGE_LIMIT, _Text("short"), _Text("y" * (MESSAGE_LIMIT + 5))],
    ids=["empty", "path", "at-limit", "over-limit", "accents", "subclass", "long-subclass"],
)  # fmt: skip
def test_paths_and_messages_are_bounded_as_bounded_text_bounds_them(text: str) -> None:
    f = Finding("c", FindingSeverity.INFO, text, text)
    for got in (f.path, f.message):
        assert got == bounded_text(text)
        assert type(got) is type(bounded_text(text))
        assert len(got) <= MESSAGE_LIMIT


@pytest.mark.parametrize("value", [3, None, b"x"])
def test_a_path_or_message_that_is_no_str_is_refused(value: object) -> None:
    with pytest.raises(TypeError) as path_error:
        Finding("c", FindingSeverity.INFO, value, "m")  # type: ignore[arg-type]
    with pytest.raises(TypeError) as message_error:
        Finding("c", FindingSeverity.INFO, "$", value)  # type: ignore[arg-type]
    with pytest.raises(TypeError) as reference:
        bounded_text(value)  # type: ignore[arg-type]
    assert str(path_error.value) == str(message_error.value) == str(reference.value)
