"""planner18: the left-overs of urls42 and planner17.

- A planned line whose id is split by white space (``?id=606832683 299``: the plan lists
  ``?id=606832683``) carries the note ``parse_listing`` gives it, in its outcome's message.
- An order number on a line whose reason needs no test purchase is left out, with a note: the
  line joins the others of its reason (the IPP form asks a test purchase's order number only
  of the reasons that need one; one test purchase per complaint).
- A target is read by one function everywhere: a file's cell, ``Settings(target=...)`` and
  ``--target`` all take ``listing``/``storefront`` and the IPP form's "Product listing" and
  "Store front" (R41).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from planner_accounts import make_account

from ipprules.checks import check
from ipprules.cli import main
from ipprules.errors import UnknownNameError
from ipprules.listings import parse_listing
from ipprules.planner import LineOutcome, PlanLine, Settings, plan_listings, read_lines
from ipprules.rulebook.model import Target

DAY = "2026-11-23"
TB = "https://item.taobao.com/item.htm?id={}"
ACCOUNT = Path(__file__).parents[2] / "examples" / "planner-account.toml"


def plan(lines: list[PlanLine | str], **settings: object) -> list[LineOutcome]:
    """The outcomes of ``lines``, kept and streamed (they must agree), in input order."""
    chosen = Settings(right="tm-cn", **settings)  # type: ignore[arg-type]
    kept = plan_listings(lines, make_account(), as_of=DAY, settings=chosen)
    assert kept.report.ok
    streamed: list[LineOutcome] = []
    plan_listings(lines, make_account(), as_of=DAY, settings=chosen, reconcile=streamed.append)
    assert sorted(streamed) == sorted(kept.outcomes)
    return list(kept.outcomes)


# --- urls42: a split id's note on the planned line ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        TB.format("606832683 299"),  # a space typed into the id
        TB.format("606832683\t299"),
        "https://detail.tmall.com/item.htm?id=690091011 924",
    ],
)
def test_planned_split_id_carries_the_parsers_note(text: str) -> None:
    """The plan lists the id read (``?id=606832683``); the line said nothing about the space,
    while ``parse_listing`` (and ``ipprules listings``) notes it."""
    note = parse_listing(text).note  # type: ignore[union-attr]
    assert note is not None and "followed by white space" in note
    outcomes = plan([TB.format(606832683111), text], reason="tm_counterfeit")
    assert [o.status.value for o in outcomes] == ["planned", "planned"]
    assert outcomes[0].message is None  # a whole id: no note
    assert outcomes[1].message == note
    assert outcomes[1].canonical_url == parse_listing(text).canonical_url  # type: ignore[union-attr]
    chosen = Settings(right="tm-cn", reason="tm_counterfeit")
    result = plan_listings([text], make_account(), as_of=DAY, settings=chosen)
    assert any(f"line 1: {note}" in n for n in result.notes)


def test_price_after_a_whole_id_gets_no_note() -> None:
    """A price after a whole id (15 digits together: no Taobao id) is no split id, as for the
    parser (test_real_urls_15)."""
    text = TB.format("545087400148 699")
    assert parse_listing(text).note is None  # type: ignore[union-attr]
    (outcome,) = plan([text], reason="tm_counterfeit")
    assert outcome.status.value == "planned" and outcome.message is None


# --- planner17: an order number on a reason that needs no test purchase ------------------


def test_order_number_on_a_reason_without_test_purchase_is_left_out() -> None:
    """tm_misuse needs no test purchase: its lines with and without an order number make one
    complaint with no order number, and the line whose order number is left out says so."""
    lines = [
        PlanLine(1, TB.format(606832683001), reason="tm_misuse"),
        PlanLine(2, TB.format(606832683002), reason="tm_misuse", order_number="123456789"),
        PlanLine(3, TB.format(606832683003), reason="tm_misuse"),
    ]
    result = plan_listings(lines, make_account(), as_of=DAY, settings=Settings(right="tm-cn"))
    assert [(c.complaint.order_number, c.lines) for c in result.complaints] == [(None, (1, 2, 3))]
    messages = [o.message for o in result.outcomes]
    assert messages[0] is None and messages[2] is None
    assert messages[1] is not None
    assert "'123456789' left out" in messages[1] and "'tm_misuse'" in messages[1]
    assert check(result.plan, as_of=DAY).ok
    # the text output lists rejected lines only: the result's notes name the line
    (said,) = [n for n in result.notes if "planned line(s) carry a message" in n]
    assert said.startswith("1 planned line(s)") and f"line 2: {messages[1]}" in said


def test_order_numbers_still_split_reasons_that_need_a_test_purchase() -> None:
    """One test purchase per complaint: the lines of a reason that needs one keep a complaint
    per order number, and no note."""
    reason = "tm_counterfeit_test_purchase"
    lines = [
        PlanLine(1, TB.format(606832683001), reason=reason, order_number="111"),
        PlanLine(2, TB.format(606832683002), reason=reason, order_number="222"),
        PlanLine(3, TB.format(606832683003), reason=reason, order_number="111"),
    ]
    outcomes = plan(lines)  # type: ignore[arg-type]
    result = plan_listings(lines, make_account(), as_of=DAY, settings=Settings(right="tm-cn"))
    assert [(c.complaint.order_number, c.lines) for c in result.complaints] == [
        ("111", (1, 3)),
        ("222", (2,)),
    ]
    assert all(o.message is None for o in outcomes)


# --- planner17: the target's words, one function everywhere -------------------------------

WORDS = [
    ("listing", Target.LISTING),
    ("Product listing", Target.LISTING),
    ("product_listing", Target.LISTING),
    ("storefront", Target.STOREFRONT),
    ("Store front", Target.STOREFRONT),
    ("STORE-FRONT", Target.STOREFRONT),
]


@pytest.mark.parametrize(("word", "target"), WORDS)
def test_settings_take_a_target_cells_words(tmp_path: Path, word: str, target: Target) -> None:
    csv = tmp_path / "urls.csv"
    csv.write_text(f"url,target\n{TB.format(606832683299)},{word}\n", encoding="utf-8")
    (line,) = read_lines(csv)
    assert line.target is target
    assert Settings(target=word).target is target  # was UnknownNameError for the form's words


def test_settings_refuse_other_target_words() -> None:
    with pytest.raises(UnknownNameError, match="Store front"):
        Settings(target="shop")
    with pytest.raises(TypeError):
        Settings(target=1)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("word", "status"), [("Product listing", "planned"), ("Store front", "rejected")]
)
def test_cli_target_takes_the_ipp_forms_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], word: str, status: str
) -> None:
    """``--target 'Product listing'`` was refused (exit code 2, 'invalid choice'); a listing's
    link with the target 'Store front' is the wrong kind, so the option is applied."""
    urls = tmp_path / "urls.txt"
    urls.write_text(TB.format(606832683299) + "\n", encoding="utf-8")
    code = main(["plan", str(urls), "--account", str(ACCOUNT), "--reason", "tm_counterfeit",
                 "--target", word, "--as-of", DAY, "--format", "json"])  # fmt: skip
    out = json.loads(capsys.readouterr().out)
    assert code == (0 if status == "planned" else 1)
    assert [line["status"] for line in out["lines"]] == [status]
    if status == "rejected":
        assert out["lines"][0]["code"] == "wrong-kind"


def test_cli_target_refuses_other_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text(TB.format(606832683299) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exited:
        main(["plan", str(urls), "--account", str(ACCOUNT), "--target", "shop"])
    assert exited.value.code == 2
    assert "argument --target: unknown target 'shop'" in capsys.readouterr().err
