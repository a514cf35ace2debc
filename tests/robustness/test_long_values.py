"""A user's huge value quoted in an error or a finding is cut in the middle, never echoed whole.

A plan with a 5 MB platform name gave four findings quoting it whole (20 MB of report), and a
10 MB unknown key a 10 MB error line: linear, but no reader can use it.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import ipprules
from ipprules.checks import Finding, FindingSeverity
from ipprules.cli import main
from ipprules.errors import MESSAGE_LIMIT, InputError, Problem, bounded_text

EXAMPLE = Path(__file__).parents[2] / "examples" / "plan.toml"
HUGE = 1_000_000


@given(st.text(max_size=300), st.integers(min_value=40, max_value=200))
def test_bounded_text_keeps_short_text_and_both_ends_of_long_text(text: str, limit: int) -> None:
    shown = bounded_text(text, limit)
    if len(text) <= limit:
        assert shown == text
    else:
        # the head is at most 3/5 of the limit, the tail 1/10 (less where the cut moves past a
        # combining mark: review25), and what is left out between them is counted
        note = re.search(r"\.\.\. \[([0-9,]+) characters left out\] \.\.\.", shown)
        assert note is not None
        head, left_out, tail = (
            shown[: note.start()],
            int(note[1].replace(",", "")),
            shown[note.end() :],
        )
        assert len(head) <= limit * 3 // 5 and len(tail) <= limit // 10
        assert text.startswith(head) and text.endswith(tail)
        assert len(head) + left_out + len(tail) == len(text)
        assert len(shown) < limit + 40


def test_a_huge_platform_name_is_quoted_cut_in_every_finding(tmp_path: Path) -> None:
    plan = tmp_path / "plan.toml"
    text = EXAMPLE.read_text(encoding="utf-8")
    plan.write_text(text.replace('platform = "', 'platform = "' + "p" * HUGE, 1), encoding="utf-8")
    report = ipprules.check(ipprules.read_plan(plan), as_of="2026-11-23")
    quoting = [f for f in report.findings if "characters left out" in f.message]
    assert quoting, "the platform name is quoted by some finding"
    assert all(len(f.message) <= MESSAGE_LIMIT + 60 for f in report.findings)
    assert any(f.code == "platform-unknown" for f in quoting)


def test_a_huge_unknown_key_is_named_cut_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "plan.toml"
    key = "k" * HUGE
    plan.write_text(EXAMPLE.read_text(encoding="utf-8") + f"\n[{key}]\nx = 1\n", encoding="utf-8")
    assert main(["check", str(plan), "--as-of", "2026-11-23"]) == 2
    out, err = capsys.readouterr()
    assert "unknown key 'kkkk" in err and "kkk...;" in err  # the key shown cut, as any value
    assert "k" * 100 not in err
    assert f"{plan}:" in err  # still names the file and line
    assert len(out) + len(err) < 5 * MESSAGE_LIMIT


def test_an_input_error_keeps_every_problem_each_one_bounded() -> None:
    problems = [Problem("x" * 3 * MESSAGE_LIMIT, f"$.rows[{i}]") for i in range(50)]
    error = InputError(problems=problems)
    assert len(error.problems) == 50
    assert str(error).count("characters left out") == 50
    assert "$.rows[49]" in str(error)


def test_a_finding_built_by_hand_is_bounded_too() -> None:
    finding = Finding("x", FindingSeverity.ERROR, "$." + "a" * HUGE, "m" * HUGE)
    assert len(finding.message) < MESSAGE_LIMIT + 40
    assert len(finding.path) < MESSAGE_LIMIT + 40
    assert finding == Finding("x", FindingSeverity.ERROR, "$." + "a" * HUGE, "m" * HUGE)
