"""rules44: the left-overs of rules43.

* R23: while an assignment is pending, the FAQ's first option is to enter the currently valid
  registrant; the rest of its text is cut off. A right's ``assigned`` was a bool, so a plan
  could not state a pending assignment: ``pending_assignment`` states it, and ``check``
  answers the documented option with nothing and anything else ``unknown`` (R23, S5).
* ``reason-wrong-ipr-type`` rests on B16 (reason codes depend on the IPR type): it cited the
  code record's rules (R51, R52, R55...) and ended with their mark ``[confidence inferred:
  ...]``; it cites B16 and the brief's sources, with no mark of the code's.
* ``ipprules deadline`` printed a record's description but not its note (processing_general's
  other estimates, S29 and S61, D5): the text and the JSON give it, as ``rules rule`` does.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import attrs
import pytest

import ipprules.schemas
from ipprules import check, default_rulebook, read_plan
from ipprules.checks import IprType, PendingAssignment, Plan, example_plan
from ipprules.errors import IpprulesError
from test_newuser8 import _run

PLAN = example_plan()
CODE = "right-assignment-pending"


def _with_pending(plan: Plan, index: int, value: PendingAssignment | None) -> Plan:
    """``plan`` with its right ``index`` stating ``pending_assignment = value``."""
    rights = list(plan.rights)
    rights[index] = attrs.evolve(rights[index], pending_assignment=value)
    return attrs.evolve(plan, rights=tuple(rights))


def _pending_findings(plan: Plan) -> list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    return [
        (f.path, str(f.severity), f.rule_ids, f.sources)
        for f in check(plan).findings
        if f.code == CODE
    ]


def _index(ipr_type: IprType) -> int:
    return next(i for i, r in enumerate(PLAN.rights) if r.ipr_type is ipr_type)


@pytest.mark.parametrize("value", [None, PendingAssignment.CURRENT_REGISTRANT])
def test_no_pending_assignment_or_the_current_registrant_raises_nothing(
    value: PendingAssignment | None,
) -> None:
    i = _index(IprType.TRADEMARK)
    plan = _with_pending(PLAN, i, value)
    assert plan.rights[i].pending_assignment is value
    assert _pending_findings(plan) == []
    # the documented option adds no finding of any kind to what the plan had
    assert [f.code for f in check(plan).findings] == [f.code for f in check(PLAN).findings]


@pytest.mark.parametrize("value", [PendingAssignment.ASSIGNEE, PendingAssignment.OTHER])
def test_another_entry_while_an_assignment_is_pending_is_unknown(
    value: PendingAssignment,
) -> None:
    i = _index(IprType.TRADEMARK)
    plan = _with_pending(PLAN, i, value)
    found = _pending_findings(plan)
    assert found == [(f"$.rights[{i}].pending_assignment", "unknown", ("R23",), ("S5",))]
    message = next(f.message for f in check(plan).findings if f.code == CODE)
    assert "currently valid registrant" in message and "cut off" in message
    assert "[confidence" not in message  # R23 is official: the gap is the cut-off text


@pytest.mark.parametrize("ipr_type", [IprType.PATENT, IprType.COPYRIGHT])
def test_a_pending_assignment_of_another_type_of_right_is_unknown(ipr_type: IprType) -> None:
    """The FAQ is the trademark FAQ: even its first option is not documented for others."""
    i = _index(ipr_type)
    plan = _with_pending(PLAN, i, PendingAssignment.CURRENT_REGISTRANT)
    assert _pending_findings(plan) == [
        (f"$.rights[{i}].pending_assignment", "unknown", ("R23",), ("S5",))
    ]
    message = next(f.message for f in check(plan).findings if f.code == CODE)
    assert f"a {ipr_type.value}," in message


def _example_with(tmp_path: Path, line: str) -> Path:
    """The shipped example plan with ``line`` after its first right's registrant."""
    text = Path("examples/plan.toml").read_text(encoding="utf-8")
    head, sep, tail = text.partition("\nregistrant = ")
    end = tail.index("\n")
    path = tmp_path / "plan.toml"
    path.write_text(head + sep + tail[:end] + "\n" + line + tail[end:], encoding="utf-8")
    return path


def test_a_plan_file_states_a_pending_assignment_and_old_files_stay_valid(
    tmp_path: Path,
) -> None:
    assert read_plan("examples/plan.toml").rights[0].pending_assignment is None
    plan = read_plan(_example_with(tmp_path, 'pending_assignment = "assignee"'))
    assert plan.rights[0].pending_assignment is PendingAssignment.ASSIGNEE
    with pytest.raises(IpprulesError, match=r"plan\.toml:\d+:\d+: .*pending_assignment"):
        read_plan(_example_with(tmp_path, 'pending_assignment = "later"'))


def test_the_plan_schema_lists_the_pending_assignment() -> None:
    path = Path(ipprules.schemas.__file__).with_name("plan.schema.json")
    schema = json.loads(path.read_text(encoding="utf-8"))
    field = schema["$defs"]["Right"]["properties"]["pending_assignment"]
    assert [p.value for p in PendingAssignment] in [option.get("enum") for option in field["anyOf"]]


@pytest.mark.parametrize(
    ("reason", "ipr_type"),
    [
        ("cr_piracy", IprType.TRADEMARK),
        ("tm_counterfeit", IprType.COPYRIGHT),
        ("pat_design_suspected", IprType.TRADEMARK),  # a third-party code
    ],
)
def test_a_reason_of_another_ipr_type_cites_what_the_refusal_rests_on(
    reason: str, ipr_type: IprType
) -> None:
    code = default_rulebook().as_of(PLAN.as_of).reason_codes[reason]
    assert code.ipr_type != ipr_type.value and set(code.rules) != {"B16"}
    right = PLAN.rights[_index(ipr_type)]
    complaint = attrs.evolve(PLAN.complaints[0], right=right.id, reason=reason)
    report = check(attrs.evolve(PLAN, complaints=(complaint,)))
    found = [f for f in report.findings if f.code == "reason-wrong-ipr-type"]
    assert [(f.path, f.rule_ids) for f in found] == [("$.complaints[0].reason", ("B16", "R41"))]
    assert "BRIEF" in found[0].sources
    assert "[confidence" not in found[0].message
    assert found[0].message.startswith(f"{reason} is a {code.ipr_type} reason; ")


def _noted_deadlines(on: str) -> dict[str, str]:
    """The deadlines in force on ``on`` whose record has a note, by id."""
    view = default_rulebook().as_of(dt.date.fromisoformat(on))
    return {d.id: d.note for d in view.deadlines.values() if d.note}


@pytest.mark.parametrize(
    ("event", "on"),
    [
        ("complaint_filed", "2024-05-06"),  # processing_general: an expectation with a note
        ("processing_general", "2015-01-06"),  # a deadline id, the first day of the book
        ("takedown", "2024-05-06"),  # R61's windows: deadlines with notes
    ],
)
def test_deadline_shows_the_note_of_each_record_that_has_one(event: str, on: str) -> None:
    code, text, _ = _run("deadline", event, "--on", on)
    assert code == 0
    code, raw, _ = _run("deadline", event, "--on", on, "--format", "json")
    assert code == 0
    shown = json.loads(raw)["deadlines"]
    notes = _noted_deadlines(on)
    with_note = [d["deadline_id"] for d in shown if d["deadline_id"] in notes]
    assert with_note  # every case lists at least one record with a note
    for d in shown:
        assert d["rule_note"] == notes.get(d["deadline_id"])
    for deadline_id in with_note:
        assert f"note: {notes[deadline_id]}" in text
    if "processing_general" in with_note:
        assert "S29" in text.split("processing_general: ")[-1]
