"""IPP Plus (R92) asked for on a platform it does not apply on is refused, never dropped.

``--ipp-plus`` (and ``ipp_plus=True``) with a platform other than Lazada's used to give the
deadlines without the IPP Plus expectation and without a word; every entry point now refuses
it alike: the API with an InputError at ``$.ipp_plus``, the CLI with one line and exit 2.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from ipprules.cli import main
from ipprules.errors import InputError
from ipprules.lifecycle import (
    Event,
    State,
    deadlines_from,
    lifecycle_report,
    next_deadlines,
)
from ipprules.lifecycle.deadlines import ipp_plus_problem
from ipprules.rulebook import default_rulebook

BOOK = default_rulebook()
PLATFORMS = sorted({r.id for r in BOOK.records("platforms")})
PLUS = "processing_lazada_ipp_plus"
PLUS_ON = set(BOOK.as_of(date(2024, 5, 6)).deadline(PLUS).platforms)
ON = date(2024, 5, 6)


def _entry_points(platform: str) -> list[tuple[str, object]]:
    """What each API entry point answers for IPP Plus on ``platform`` (ids or the error)."""
    calls = {
        "deadlines_from": lambda: deadlines_from(
            "ipr_verified", ON, platform=platform, ipp_plus=True
        ),
        "next_deadlines": lambda: next_deadlines(
            State.UNDER_REVIEW, {Event.IPR_VERIFIED: ON}, platform=platform, ipp_plus=True
        ),
        "lifecycle_report": lambda: (
            lifecycle_report(["ipr_verified"], platform=platform, ipp_plus=True).deadlines
        ),
    }
    answers: list[tuple[str, object]] = []
    for name, call in calls.items():
        try:
            rows = call()
        except InputError as exc:
            answers.append((name, str(exc)))
        else:
            answers.append((name, [r.deadline_id for r in rows]))  # type: ignore[attr-defined]
    return answers


def test_the_ipp_plus_platforms_are_lazadas() -> None:
    assert {p for p in PLATFORMS if p.startswith("lazada_")} == PLUS_ON


@pytest.mark.parametrize("platform", PLATFORMS)
def test_every_entry_point_answers_ipp_plus_alike(platform: str) -> None:
    answers = _entry_points(platform)
    if platform in PLUS_ON:
        for name, rows in answers[:2]:
            assert isinstance(rows, list) and PLUS in rows, name
        assert ipp_plus_problem(None, platform) is None
        return
    expected = (
        f"$.ipp_plus: IPP Plus ({PLUS}, R92) applies only on {', '.join(sorted(PLUS_ON))}, "
        f"not on {platform!r}"
    )
    assert answers == [(name, expected) for name, _ in answers]
    # without IPP Plus the same calls answer
    assert deadlines_from("ipr_verified", ON, platform=platform)


def test_no_platform_and_unknown_platforms_are_not_ipp_plus_errors() -> None:
    assert PLUS in [r.deadline_id for r in deadlines_from("ipr_verified", ON, ipp_plus=True)]
    assert ipp_plus_problem(None, "ebay") is None  # the platform's own error names it
    assert ipp_plus_problem(None, None) is None


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("platform", ["aliexpress", "tmall", "alibaba_com"])
def test_cli_refuses_ipp_plus_outside_lazada(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, platform: str
) -> None:
    why = f"applies only on {', '.join(sorted(PLUS_ON))}, not on {platform!r}"
    for argv in (
        ("deadline", "ipr_verified", "--on", "2024-05-06"),
        ("deadline", "processing_general", "--on", "2024-05-06"),
        ("lifecycle", "--events", "ipr_verified", "--on", "2024-05-06"),
    ):
        code, out, err = run(capsys, *argv, "--platform", platform, "--ipp-plus")
        assert (code, out) == (2, "")
        assert err.splitlines() == [f"ipprules: error: --ipp-plus: IPP Plus ({PLUS}, R92) {why}"]
    events = tmp_path / "events.json"
    events.write_text(
        json.dumps({"platform": platform, "ipp_plus": True})[:-1]
        + ',\n "events": [{"event": "ipr_verified", "on": "2024-05-06"}]}'
    )
    code, out, err = run(capsys, "lifecycle", str(events))
    assert (code, out) == (2, "")
    column = events.read_text().index("true") + 1  # the value's column
    assert err.splitlines() == [
        f"ipprules: error: {events}:1:{column}: $.ipp_plus: IPP Plus ({PLUS}, R92) {why}"
    ]
    # the command line's Lazada platform wins over the file's: IPP Plus applies
    code, out, _ = run(capsys, "lifecycle", str(events), "--platform", "lazada_sg")
    assert code == 0 and PLUS in out


def test_cli_keeps_ipp_plus_on_lazada(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "deadline",
        "ipr_verified",
        "--on",
        "2024-05-06",
        "--platform",
        "lazada_th",
        "--ipp-plus",
    )
    assert code == 0 and PLUS in out
