"""surf23: surf22's left-overs. ``ipprules plan --workers`` points at a listing found in another
column, as ``ipprules plan`` does; ..."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

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


def _section(name: str) -> Callable[[dict[str, Any]], Any]:
    return lambda s: list(s[name].values())


#: Each ``rules`` view whose JSON ``data`` is a part of ``ResolvedRules.to_dict()``, as
#: docs/rulebook.md maps it: the view's arguments and that part of ``to_dict()["sections"]``.
RULES_VIEWS: list[tuple[list[str], Callable[[dict[str, Any]], Any]]] = [
    (["section", "platforms"], _section("platforms")),
    (["section", "lifecycle"], _section("lifecycle")),
    (
        ["platforms"],
        lambda s: {n: list(s[n].values()) for n in ("platforms", "channels", "marketplaces")},
    ),
    (["documents"], lambda s: {n: list(s[n].values()) for n in ("document_rules", "documents")}),
    (["reasons", "--member"], _section("reason_codes")),
    (["registrations"], _section("registrations")),
    (["account"], _section("account_requirements")),
    (["metrics"], _section("metrics")),
    (["deadlines"], _section("deadlines")),
    (["penalties"], _section("penalties")),
]


@pytest.mark.parametrize("on", ["2026-11-23", "2021-06-01"])
@pytest.mark.parametrize(
    ("argv", "part"), RULES_VIEWS, ids=lambda v: " ".join(v) if isinstance(v, list) else ""
)
def test_rules_json_data_is_the_part_of_to_dict_the_docs_name(
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    part: Callable[[dict[str, Any]], Any],
    on: str,
) -> None:
    """``rules --format json`` has its own envelope (``view``/``data``/``notes``...); its
    ``data`` is the part of ``ResolvedRules.to_dict()`` docs/rulebook.md names for the view,
    and the envelope's ``rulebook``, ``as_of`` and ``interpretation`` are ``to_dict()``'s."""
    from ipprules import default_rulebook

    expected = default_rulebook().as_of(on).to_dict()
    assert main(["rules", *argv, "--as-of", on, "--format", "json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["data"] == json.loads(json.dumps(part(expected["sections"])))
    assert {k: printed[k] for k in ("rulebook", "as_of", "interpretation")} == {
        k: expected[k] for k in ("rulebook", "as_of", "interpretation")
    }


@pytest.mark.parametrize("platform", ["lazada_sg", "taobao"])
def test_rules_json_filtered_and_platform_data_are_of_to_dict(
    capsys: pytest.CaptureFixture[str], platform: str
) -> None:
    """With ``--platform``, the views keep some records of ``to_dict()``, in its order; the
    ``platform`` view's ``platform``, ``registrations`` and ``penalties`` are the platform's
    records there, and ``good-faith``'s data is the Good Faith record in force but for
    ``counted_platforms``."""
    from ipprules import default_rulebook

    on = "2026-11-23"
    sections = default_rulebook().as_of(on).to_dict()["sections"]

    def data(*argv: str) -> Any:
        assert main(["rules", *argv, "--as-of", on, "--format", "json"]) == 0
        return json.loads(capsys.readouterr().out)["data"]

    for view, name in (("reasons", "reason_codes"), ("deadlines", "deadlines"),
                       ("penalties", "penalties"), ("registrations", "registrations")):  # fmt: skip
        records = list(sections[name].values())
        kept = data(view, "--platform", platform)
        assert kept == [r for r in records if r in kept]
    shown = data("platform", platform)
    for name in ("platform", "registrations", "penalties"):
        key = "platforms" if name == "platform" else name
        assert shown[name] == sections[key].get(platform)
    good_faith = data("good-faith")
    assert {k: v for k, v in good_faith.items() if k != "counted_platforms"} in list(
        sections["good_faith"].values()
    )
