"""pen15: the other reading's whole answer (every figure that differs), and id-less rows
appended twice named in the command's text and JSON."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.cli import main
from ipprules.errors import IpprulesError
from ipprules.penalties import Violation, penalty_standing
from ipprules.rulebook import default_rulebook

_START = date(2023, 1, 1)
_KINDS = ("counterfeit", "piracy", "general", "content", "patent", "registered_design")


def _seen(data: dict[str, Any]) -> dict[str, object]:
    """The figures of a standing's JSON, read here from ``to_dict()`` (not through the
    library's own list): what a user compares between two readings."""

    def text(f: dict[str, Any] | None) -> object:
        return None if f is None else f["text"]

    def action(step: dict[str, Any] | None) -> object:
        return None if step is None else step["action"]

    return {
        "points": text(data["points"]),
        "serious": text(data["serious"]),
        "serious_per_right": text(data["serious_per_right"]),
        "closed": data["closed"],
        "closed_on": data["closed_on"],
        "decided_on": data["decided_on"],
        "closure_thresholds": [(c["name"], c["threshold"]) for c in data["closure"]],
        "ladder_step": action(data["ladder_step"]),
        "ladder_step_max": action(data["ladder_step_max"]),
        "counter_notice_barred": data["counter_notice_barred"],
        "bar_thresholds": [(c["name"], c["threshold"]) for c in data["bar"]],
        "validity_days": data["validity_days"],
        "counted": data["counted"],
    }


_ROWS = st.lists(
    st.tuples(
        st.integers(0, 900),
        st.sampled_from(_KINDS),
        st.sampled_from([None, None, "alibaba_com", "aliexpress"]),
        st.sampled_from([None, None, "TM-1", "TM-2"]),
    ),
    max_size=14,
)


@given(
    platform=st.sampled_from(["alibaba_com", "aliexpress", "1688", "lazada_sg"]),
    rows=_ROWS,
    after=st.integers(0, 400),
    validity=st.sampled_from([None, 365, 30]),
)
@example(  # R87: three counterfeits against three rights close Alibaba.com under official only
    platform="alibaba_com",
    rows=[(d, "counterfeit", None, f"TM-{d}") for d in range(3)],
    after=0,
    validity=365,
)
@settings(max_examples=40, deadline=None, derandomize=True)
def test_every_figure_another_reading_answers_differently_is_named(
    platform: str,
    rows: list[tuple[int, str, str | None, str | None]],
    after: int,
    validity: int | None,
) -> None:
    """For each other reading X: the figures of ``penalty_standing`` computed under X
    directly that differ from the default's are exactly those the default's
    ``other_answers[X]`` names, with X's value and the default's."""
    violations = [
        Violation(on=_START + timedelta(days=d), kind=k, platform=p, right=r) for d, k, p, r in rows
    ]
    last = max((v.on for v in violations), default=_START)
    as_of = last + timedelta(days=after)
    try:
        found = penalty_standing(violations, platform, as_of, validity_days=validity)
    except IpprulesError:  # a validity the platform's rules contradict (AliExpress: 365)
        assert validity is not None
        return
    mine = _seen(found.to_dict())
    named = found.to_dict()["other_answers"]
    book = default_rulebook()
    for reading in book.interpretations[1:]:
        view = book.as_of(as_of, reading)
        theirs = _seen(
            penalty_standing(violations, platform, as_of, view, validity_days=validity).to_dict()
        )
        differ = {k: (theirs[k], mine[k]) for k in mine if theirs[k] != mine[k]}
        said = named.get(reading, {}).get("differs", {})
        assert list(said) == list(differ), reading
        for name, (other, here) in differ.items():
            value, there = said[name]["value"], said[name]["here"]
            if name.endswith("_thresholds"):  # written "serious>=3" in the answer
                other = [f"{n}>={t}" for n, t in other]  # type: ignore[attr-defined]
                here = [f"{n}>={t}" for n, t in here]  # type: ignore[attr-defined]
            assert (value, there) == (other, here), (reading, name)
        if differ:
            (answer,) = [a for a in found.other_answers if a.reading == reading]
            lines = answer.lines()
            assert len(lines) == len(differ)
            text = found.text().splitlines()
            assert all(f"other reading: {line}" in text for line in lines)
            assert all(line.startswith(f"under {reading}: ") for line in lines)


def _alibaba_file(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "v.csv"
    path.write_text("date,kind,platform,points,right\n" + rows, encoding="utf-8")
    return path


def test_the_command_gives_each_differing_figure_in_text_and_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """R87: on Alibaba.com, official's closure (yes, since the third strike), its thresholds
    and its decision date are each a line of the text, naming the reading, and a key of the
    JSON's ``other_answers.official.differs``; figures that agree (points, serious) are not."""
    rows = "".join(f"2024-03-0{4 + d},counterfeit,alibaba_com,,TM-{d}\n" for d in range(3))
    path = _alibaba_file(tmp_path, rows)
    args = ["penalties", str(path), "--platform", "alibaba_com", "--as-of", "2024-03-20"]
    assert main([*args, "--assume-validity", "365"]) == 0
    text = capsys.readouterr().out.splitlines()
    assert main([*args, "--assume-validity", "365", "--format", "json"]) == 0
    differs = json.loads(capsys.readouterr().out)["other_answers"]["official"]["differs"]
    assert differs["closed"] == {"value": "yes", "here": "no"}
    assert differs["closed_on"] == {"value": "2024-03-06", "here": None}
    assert "points" not in differs and "serious" not in differs
    assert "other reading: under official: closed would be yes (here no)" in text
    assert "other reading: under official: closed on would be 2024-03-06 (here none)" in text
    assert (
        "other reading: under official: closure thresholds would be points>=48, serious>=3, "
        "serious_per_right>=3 (here points>=48, serious>=4, serious_per_right>=3)"
    ) in text
    assert len([line for line in text if line.startswith("other reading:")]) == len(differs)


def test_the_notebook_view_gives_each_differing_figure() -> None:
    v = [Violation(on=date(2024, 3, 4 + d), kind="counterfeit", right=f"T{d}") for d in range(3)]
    s = penalty_standing(v, "alibaba_com", "2024-03-20", validity_days=365)
    shown = s._repr_html_()
    for line in s.other_answers[0].lines():
        assert f"<li>other reading: {line}</li>" in shown.replace("&gt;", ">")


def test_a_file_appended_twice_is_named_in_the_commands_text_and_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Alibaba.com, id-less rows appended twice: 2 strikes become 4 (closed under the 2015
    rule too); the text and the JSON both say which rows repeat."""
    once = "2024-03-04,counterfeit,alibaba_com,,TM-1\n2024-03-05,counterfeit,alibaba_com,,TM-2\n"
    path = _alibaba_file(tmp_path, once + once)
    args = ["penalties", str(path), "--platform", "alibaba_com", "--as-of", "2024-03-06"]
    main(args)
    text = capsys.readouterr().out.splitlines()
    main([*args, "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert data["counted"] == 4
    (note,) = [n for n in data["notes"] if "identical" in n]
    assert note.startswith("2 row(s) without an id are identical to another row")
    assert "2024-03-04 counterfeit (platform 'alibaba_com', right 'TM-1') x2" in note
    assert f"note: {note}" in text


def test_the_benchmarks_baseline_computes_the_same_closure() -> None:
    """benchmarks/penalties.py compares the library with a hand-written loop: both must find
    the same closure day (and the same strikes in force where the account stays open)."""
    from tests._scripts import load

    bench = load("benchmarks/penalties.py")
    for seed in range(4):
        for mix in ("mixed", "general"):
            violations = bench._violations(300, 2, mix, seed)
            as_of = violations[-1].on
            strikes, _, closed_on = bench._baseline(violations, as_of)
            found = penalty_standing(violations, "aliexpress", as_of)
            assert found.closed_on == closed_on, (seed, mix)
            if closed_on is None:
                assert found.serious.text == str(strikes)


def test_the_benchmark_runs_small_and_prints_both_rates() -> None:
    """``python benchmarks/penalties.py --n 200 --rounds 3``: one line a mix, each with the
    library's rows/s beside the same run's hand-written loop."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "benchmarks/penalties.py", "--n", "200", "--rounds", "3"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-1000:]
    lines = done.stdout.splitlines()
    assert [line.split()[5] for line in lines] == ["mixed", "general"]
    assert all("library" in line and "baseline" in line and "rows/s" in line for line in lines)
