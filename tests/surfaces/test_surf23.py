"""surf23: surf22's left-overs. ``ipprules plan --workers`` points at a listing found in another
column, as ``ipprules plan`` does; ..."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ipprules.cli import main

IMAGE = "https://img.alicdn.com/i1/x.jpg"
OFFER = "https://detail.1688.com/offer/6000001.html"
TB = "https://item.taobao.com/item.htm?id=606832683299"
ACCOUNT = "examples/planner-account.toml"
ARGV = ["--account", ACCOUNT, "--as-of", "2026-11-23", "--right", "tm-cn", "--reason",
        "tm_counterfeit"]  # fmt: skip


@pytest.mark.usefixtures("synchronous")
@pytest.mark.parametrize(
    ("header", "rows"),
    [
        ("title,url,link", [f"shoe,{IMAGE},{OFFER}", f"bag,{TB},"]),
        ("url,notes,商品链接", [f"{TB},x,", f",y,{OFFER}", f"{IMAGE},z,{OFFER}"]),
    ],
)
def test_plan_workers_points_at_the_listing_in_another_column_as_one_machine(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], header: str, rows: list[str]
) -> None:
    """Before: ``plan --workers 2`` rejected a row whose URL cell holds an image (or nothing)
    while another column holds the listing without the pointer to that column, which the
    one-machine ``plan`` gives (``PlanLine.elsewhere``)."""
    pd = pytest.importorskip("pandas")
    one, many, out = tmp_path / "one.csv", tmp_path / "many.csv", tmp_path / "out"
    one.write_text("".join(f"{r}\n" for r in [header, *rows]), "utf-8")
    many.write_text("".join(f"{r}\n" for r in [f"account,{header}"] + [f"acme,{r}" for r in rows]))
    main(["plan", str(one), *ARGV, "--format", "json"])
    alone = [
        (r["line"], r["status"], r["message"]) for r in json.loads(capsys.readouterr().out)["lines"]
    ]
    main(["plan", str(many), *ARGV, "--workers", "2", "--out", str(out)])
    capsys.readouterr()
    frame = pd.read_parquet(out / "outcomes").sort_values("line")
    got = [
        (r["line"], r["status"], None if pd.isna(r["message"]) else r["message"])
        for r in frame.to_dict("records")
    ]
    assert got == alone
    pointed = [m for _, _, m in got if m is not None and "holds a listing link" in m]
    assert len(pointed) == sum(1 for r in rows if OFFER in r)
    assert all(f"holds a listing link: {OFFER}" in m for m in pointed)


@pytest.mark.parametrize(
    ("on", "ipp_plus", "platform"),
    [
        ("2019-06-03", True, "lazada_sg"),
        ("2019-12-31", True, None),
        ("2020-01-01", True, "lazada_sg"),  # in force: counted, nothing left out
        ("2019-06-03", False, "lazada_sg"),  # not asked for
    ],
)
def test_next_deadlines_says_ipp_plus_left_out_as_deadlines_from(
    on: str, ipp_plus: bool, platform: str | None
) -> None:
    """Before: ``next_deadlines(..., ipp_plus=True)`` before R92's pilot left the IPP Plus
    expectation out without a word, while ``deadlines_from`` on the same day notes it."""
    from ipprules.lifecycle import Event, State, deadlines_from, next_deadlines

    asked = {"platform": platform, "ipp_plus": ipp_plus}
    found = next_deadlines(State.UNDER_REVIEW, {Event.IPR_VERIFIED: on}, **asked)
    started = deadlines_from(Event.IPR_VERIFIED, on, **asked)
    assert found.notes == started.notes
    left_out = ipp_plus and on < "2020-01-01"
    assert any("so its expectation is left out" in n for n in found.notes) == left_out
    assert ("processing_lazada_ipp_plus" in [r.deadline_id for r in found]) == (
        ipp_plus and not left_out
    )
