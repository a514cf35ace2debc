"""rules59: a grader's cases on the planner and its export (C7), from a filer's spreadsheet.

Each case is a CSV as a filer would paste it, planned by ``ipprules plan --out --format json``;
the expected complaints, the fate of every row and the Good Faith effect were decided from
domain/ipp-rules.md (B1, B2, B12-B17, R43, R79) and docs/planner.md before running. Every case
also checks that each input row is accounted for once and that ``ipprules check`` on the
exported ``plan.json`` finds zero errors.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from ipprules.cli import main

AS_OF = "2026-11-23"

_RIGHT = """
[[rights]]
id = "{id}"
ipr_type = "trademark"
place = "{place}"
name = "ACME"
number = "{number}"
registrant = "Acme Ltd"
classes = [9]
expiry_date = "2031-05-31"
documents = [{{ kind = "trademark_certificate", colour = true, language = "zh" }}]
"""

_PLACES = {
    "tm-cn": "CN",
    "tm-cn2": "CN",
    "tm-us": "US",
    "tm-hk": "HK",
    "tm-sg": "SG",
    "tm-id": "ID",
    "tm-my": "MY",
    "tm-th": "TH",
    "tm-ph": "PH",
    "tm-vn": "VN",
}


def _account(filed: int, registered: bool, rights: set[str]) -> str:
    head = f"""as_of = "{AS_OF}"

[account]
name = "Acme Ltd"
location = "elsewhere"
identity = "enterprise"
incorporated = "GB"
documents = [{{ kind = "business_registration", name = "Acme Ltd", language = "en" }}]
complaints_filed = {filed}
registered = {"true" if registered else "false"}
"""
    rights = "".join(
        _RIGHT.format(id=rid, place=place, number=str(12345670 + n))
        for n, (rid, place) in enumerate(_PLACES.items())
        if rid in rights
    )
    return head + rights


def tb(n: int, extra: str = "") -> str:
    """A Taobao item link, id 6068326830NN."""
    return f"https://item.taobao.com/item.htm?id={606832683000 + n}{extra}"


def tm(n: int) -> str:
    return f"https://detail.tmall.com/item.htm?id={690091011000 + n}"


LAZ = {
    "sg": ("https://www.lazada.sg/products/pdp-i2896336114.html", "lazada_sg", "tm-sg"),
    "id": ("https://www.lazada.co.id/products/pdp-i2896336115.html", "lazada_id", "tm-id"),
    "my": ("https://www.lazada.com.my/products/pdp-i2896336116.html", "lazada_my", "tm-my"),
    "th": ("https://www.lazada.co.th/products/pdp-i2896336117.html", "lazada_th", "tm-th"),
    "ph": ("https://www.lazada.com.ph/products/pdp-i2896336118.html", "lazada_ph", "tm-ph"),
    "vn": ("https://www.lazada.vn/products/pdp-i2896336119.html", "lazada_vn", "tm-vn"),
}
XY = "https://www.goofish.com/item?id=606832683777"
AE = "https://www.aliexpress.com/item/1005004383736171.html"
SHOP = "https://shop123456789.taobao.com/"
AE_STORE = "https://www.aliexpress.com/store/1101234567"


@dataclass
class Case:
    """A sheet, the options, and what the rule text says comes out."""

    rows: list[dict[str, str]]
    # complaints in filing order: (platform, right, reason, target, size)
    complaints: list[tuple[str, str, str, str, int]] | None
    # line -> ("planned", complaint id) | ("duplicate", line) | ("rejected", code); others planned
    fates: dict[int, tuple[str, Any]] = field(default_factory=dict)
    args: list[str] = field(default_factory=list)
    filed: int = 200
    registered: bool = True
    exit: int | None = None
    # the Good Faith volume after the plan (no history: the complaints on Tao marketplaces, R79;
    # none filed through the stand-alone form, which serves filers without an IPP account, B2)
    volume: int | None = None
    raw: str | None = None
    rate_met: bool = True
    # complaints in the account's history (taobao, 10 listings each, all taken down)
    history: int | None = None
    qualifies_after: bool | None = None
    volume_readings: list[str] | None = None
    # a new filer under protect: the first complaint 50, none of 100 or more (B18 as read)
    ramp: bool = False
    listings: list[str] | None = None
    messages: dict[int, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    notes: str | None = None
    # the line of the first row (a raw sheet with a sep= line starts later)
    first: int = 2
    open_urls: list[str] | None = None
    # a reason code whose own takedown criterion the plan leaves failing (R75)
    reason_failing: str | None = None
    # refused with exit code 2: what stderr says, and what it must not say
    refused: tuple[str, str] | None = None
    name: str = "sheet.csv"
    # the projected takedown rate: each complaint's listings times their mean confidence
    # (95% when none is given), rounded to whole listings
    rate: str | None = None


def _rows(urls: list[str], **cells: str) -> list[dict[str, str]]:
    return [{"url": u, **cells} for u in urls]


def _tb_rows(count: int, start: int = 0, **cells: str) -> list[dict[str, str]]:
    return _rows([tb(start + n) for n in range(count)], **cells)


L = "listing"
S = "storefront"
TC = "tm_counterfeit"
TP = "tm_counterfeit_test_purchase"
SF = "standalone_form"
REJ = "rejected"
DUP = "duplicate"

CASES: dict[str, Case] = {
    # ---- the portal's 300 (B17, R43)
    "portal-301": Case(
        _tb_rows(301),
        [("taobao", "tm-cn", TC, L, 300), ("taobao", "tm-cn", TC, L, 1)],
        {2: ("planned", "c001"), 301: ("planned", "c001"), 302: ("planned", "c002")},
        exit=0,
        volume=2,
        rate="286/301",
    ),
    "portal-300": Case(_tb_rows(300), [("taobao", "tm-cn", TC, L, 300)], exit=0, volume=1),
    # ---- the stand-alone form's 10 (B2)
    "form-11": Case(
        _tb_rows(11),
        [("taobao", "tm-cn", TC, L, 10), ("taobao", "tm-cn", TC, L, 1)],
        {11: ("planned", "c001"), 12: ("planned", "c002")},
        args=["--channel", SF],
        filed=0,
        registered=False,
        exit=0,
        volume=0,
    ),
    "form-10": Case(
        _tb_rows(10),
        [("taobao", "tm-cn", TC, L, 10)],
        args=["--channel", SF],
        filed=0,
        registered=False,
        exit=0,
        volume=0,
    ),
    "form-registered-account": Case(
        _tb_rows(3),
        [],
        dict.fromkeys((2, 3, 4), (REJ, "check:channel-registered-account")),
        args=["--channel", SF],
        exit=1,
        volume=0,
    ),
    "portal-unregistered-account": Case(
        _tb_rows(2),
        [],
        dict.fromkeys((2, 3), (REJ, "check:channel-needs-account")),
        filed=0,
        registered=False,
        exit=1,
        volume=0,
    ),
    # ---- one listing pasted several ways
    "three-ways-one": Case(
        _rows(
            [
                tb(5),
                f"https://h5.m.taobao.com/awp/core/detail.htm?id={606832683005}",
                f"【淘宝】{tb(5)} 「ACME 跑鞋」",
                tb(5, "&spm=a1z10.1-c.w4004-1.2&scm=1007.1"),
            ]
        ),
        [("taobao", "tm-cn", TC, L, 1)],
        {3: (DUP, 2), 4: (DUP, 2), 5: (DUP, 2)},
        exit=0,
        volume=1,
        listings=[tb(5)],
    ),
    "mobile-first-ambiguous": Case(
        _rows(
            [
                f"https://m.intl.taobao.com/detail/detail.html?id={606832683005}",
                tb(5),
                tb(5, "&spm=x"),
            ]
        ),
        [("taobao", "tm-cn", TC, L, 1)],
        {2: (REJ, "ambiguous-platform"), 3: ("planned", "c001"), 4: (DUP, 3)},
        exit=1,
        volume=1,
    ),
    # ---- short links are never guessed
    "short-link": Case(
        _rows([tb(1), "https://m.tb.cn/h.4CEhFr0?sm=70d491"]),
        [("taobao", "tm-cn", TC, L, 1)],
        {3: (REJ, "listing:short-link")},
        exit=1,
        volume=1,
        messages={3: "short link"},
    ),
    # ---- two rights, two reasons (R45, B16)
    "two-rights": Case(
        _tb_rows(2, right="tm-cn") + _tb_rows(3, start=10, right="tm-cn2"),
        [("taobao", "tm-cn", TC, L, 2), ("taobao", "tm-cn2", TC, L, 3)],
        exit=0,
        volume=2,
    ),
    "same-listing-two-rights": Case(
        _rows([tb(1)], right="tm-cn") + _rows([tb(1)], right="tm-cn2"),
        [("taobao", "tm-cn", TC, L, 1), ("taobao", "tm-cn2", TC, L, 1)],
        exit=0,
        volume=2,
        warnings=["listing-duplicate-in-plan"],
    ),
    "two-reasons": Case(
        _tb_rows(2, reason=TC) + _tb_rows(2, start=10, reason="tm_misuse"),
        [("taobao", "tm-cn", TC, L, 2), ("taobao", "tm-cn", "tm_misuse", L, 2)],
        exit=0,
        volume=2,
    ),
    "same-listing-two-reasons": Case(
        _rows([tb(1)], reason=TC) + _rows([tb(1)], reason="tm_misuse"),
        [("taobao", "tm-cn", TC, L, 1)],
        {3: (DUP, 2)},
        exit=0,
        volume=1,
    ),
    # a cell naming two of the account's rights is two rights (R45), not a slip from one of them
    "right-cell-two-own-rights": Case(
        _rows([tb(1)], right="tm-cn;tm-cn2") + _rows([tb(2)], right="tm-cn2"),
        [],
        refused=("sheet.csv:2:", "did you mean"),
    ),
    "right-option-two-own-rights": Case(
        _rows([tb(1)], right="tm-cn2"),
        [],
        args=["--right", "tm-cn2|tm-cn"],
        refused=("argument --right: one right per complaint", "did you mean"),
    ),
    "right-cell-slip": Case(
        _rows([tb(1)], right="tm-cn;2"),
        [],
        refused=("names 2", "did you mean 'tm-cn2'?"),
    ),
    "unknown-right-cell": Case(
        _rows([tb(1)], right="TM-CN") + _rows([tb(2)]),
        [("taobao", "tm-cn", TC, L, 1)],
        {2: (REJ, "unknown-right")},
        exit=1,
        volume=1,
    ),
    # ---- a storefront among listings (B16, R42)
    "storefront-own-reason": Case(
        _tb_rows(2, reason=TC) + _rows([SHOP], reason="tm_store_misuse"),
        [("taobao", "tm-cn", TC, L, 2), ("taobao", "tm-cn", "tm_store_misuse", S, 1)],
        exit=0,
        volume=2,
    ),
    "storefront-listing-reason": Case(
        _tb_rows(2) + _rows([SHOP]),
        [("taobao", "tm-cn", TC, L, 2)],
        {4: (REJ, "reason-not-admissible")},
        exit=1,
        volume=1,
    ),
    "storefront-aliexpress": Case(
        _rows([AE_STORE], right="tm-us", reason="tm_store_misuse"),
        [],
        {2: (REJ, "storefront-not-allowed")},
        exit=1,
        volume=0,
    ),
    # ---- test purchases: one per complaint
    "two-test-purchases": Case(
        _tb_rows(2, reason=TP, order_number="ORD-A")
        + _tb_rows(1, start=10, reason=TP, order_number="ORD-B"),
        [("taobao", "tm-cn", TP, L, 2), ("taobao", "tm-cn", TP, L, 1)],
        exit=0,
        volume=2,
    ),
    "test-purchase-missing-order": Case(
        _tb_rows(1, reason=TP, order_number="ORD-A") + _tb_rows(1, start=9, reason=TP),
        [("taobao", "tm-cn", TP, L, 1)],
        {3: (REJ, "missing-order")},
        exit=1,
        volume=1,
    ),
    "order-left-out": Case(
        _tb_rows(2) + _tb_rows(1, start=10, order_number="1234"),
        [("taobao", "tm-cn", TC, L, 3)],
        exit=0,
        volume=1,
        messages={4: "order number '1234' left out"},
    ),
    # ---- Xianyu is filed as Taobao (B1)
    "xianyu-as-taobao": Case(
        _rows([XY]), [("taobao", "tm-cn", TC, L, 1)], exit=0, volume=1, listings=[XY]
    ),
    "xianyu-then-taobao-same-id": Case(
        _rows([XY, tb(777)]), [("taobao", "tm-cn", TC, L, 1)], {3: (DUP, 2)}, exit=0, volume=1
    ),
    "xianyu-official": Case(
        _rows([XY, tb(1)]),
        [("taobao", "tm-cn", TC, L, 1)],
        {2: (REJ, "marketplace-not-filable")},
        args=["--interpretation", "official"],
        exit=1,
    ),
    # ---- Lazada: six sites, a right of each country (B14)
    "lazada-six-own-rights": Case(
        [{"url": u, "right": r} for u, _, r in LAZ.values()],
        [(p, r, TC, L, 1) for _, p, r in LAZ.values()],
        exit=0,
        volume=0,
    ),
    "lazada-six-one-sg-right": Case(
        [{"url": u, "right": "tm-sg"} for u, _, _ in LAZ.values()],
        [("lazada_sg", "tm-sg", TC, L, 1)],
        dict.fromkeys(range(3, 8), (REJ, "right-place-not-accepted")),
        exit=1,
        volume=0,
    ),
    "lazada-cn-right": Case(
        _rows([LAZ["th"][0]]), [], {2: (REJ, "right-place-not-accepted")}, exit=1, volume=0
    ),
    # ---- places of registration (B12, B13, B15)
    "us-right-taobao": Case(
        _rows([tb(1)], right="tm-us"), [], {2: (REJ, "right-place-not-accepted")}, exit=1, volume=0
    ),
    "us-right-aliexpress": Case(
        _rows([AE], right="tm-us"), [("aliexpress", "tm-us", TC, L, 1)], exit=0, volume=0
    ),
    # ---- rows rejected by the parser
    "lookalike-host": Case(
        _rows([tb(1), "https://item.taobao.com.evil.cn/item.htm?id=606832683002"]),
        [("taobao", "tm-cn", TC, L, 1)],
        {3: (REJ, "listing:lookalike-host")},
        exit=1,
        volume=1,
    ),
    "missing-id": Case(
        _rows(["https://item.taobao.com/item.htm", tb(1)]),
        [("taobao", "tm-cn", TC, L, 1)],
        {2: (REJ, "listing:missing-id")},
        exit=1,
        volume=1,
    ),
    "blank-row": Case(
        [*_tb_rows(1), {"url": ""}],
        [("taobao", "tm-cn", TC, L, 1)],
        {3: (REJ, "listing:empty")},
        exit=1,
        volume=1,
    ),
    "two-links-one-cell": Case(
        _rows([f"{tb(1)} {tb(2)}"]), [], {2: (REJ, "several-listings")}, exit=1, volume=0
    ),
    # ---- empty and all-rejected sheets
    "empty-sheet": Case([], [], exit=0, volume=0),
    "every-row-rejected": Case(
        _rows(
            [
                "https://m.tb.cn/h.4CEhFr0",
                "https://item.taobao.com.evil.cn/item.htm?id=606832683002",
                "https://item.taobao.com/item.htm",
            ]
        )
        + _rows([tb(1)], right="tm-us"),
        [],
        {
            2: (REJ, "listing:short-link"),
            3: (REJ, "listing:lookalike-host"),
            4: (REJ, "listing:missing-id"),
            5: (REJ, "right-place-not-accepted"),
        },
        exit=1,
        volume=0,
    ),
    # ---- order protects the success rate
    "fewest-input-order": Case(
        _rows([tb(1)], confidence="0.8") + _rows([tm(1)], confidence="0.99"),
        [("taobao", "tm-cn", TC, L, 1), ("tmall", "tm-cn", TC, L, 1)],
        exit=0,
        volume=2,
        rate="1",
    ),
    "protect-surest-first": Case(
        _rows([tb(1)], confidence="0.8") + _rows([tm(1)], confidence="0.99"),
        [("tmall", "tm-cn", TC, L, 1), ("taobao", "tm-cn", TC, L, 1)],
        args=["--strategy", "protect"],
        exit=0,
        volume=2,
    ),
    "protect-quarantine-last": Case(
        _tb_rows(3, confidence="0.5") + _tb_rows(3, start=10, confidence="0.95"),
        [("taobao", "tm-cn", TC, L, 3), ("taobao", "tm-cn", TC, L, 3)],
        {2: ("planned", "c002"), 5: ("planned", "c001")},
        args=["--strategy", "protect"],
        exit=0,
        volume=2,
        rate_met=False,
    ),
    # ---- a new filer under protect (B18: ipprules' reading, 50 first, none of 100 or more)
    "protect-new-filer-120": Case(
        _tb_rows(120), None, args=["--strategy", "protect"], filed=20, exit=0, ramp=True
    ),
    "protect-filed-100-brief": Case(
        _tb_rows(120),
        None,
        args=["--strategy", "protect"],
        filed=100,
        exit=0,
        ramp=True,
        notes="brief-at-least-100",
    ),
    "protect-filed-101": Case(
        _tb_rows(120),
        [("taobao", "tm-cn", TC, L, 120)],
        args=["--strategy", "protect"],
        filed=101,
        exit=0,
        volume=1,
    ),
    # ---- the Good Faith effect from a history (B21: more than 100 in three months)
    "history-99-plus-2-qualifies": Case(
        _tb_rows(2, start=50) + _tb_rows(1, start=60, reason="tm_misuse"),
        [("taobao", "tm-cn", TC, L, 2), ("taobao", "tm-cn", "tm_misuse", L, 1)],
        history=99,
        exit=0,
        volume=101,
        qualifies_after=True,
    ),
    "history-99-plus-1-at-least-100": Case(
        _tb_rows(2),
        [("taobao", "tm-cn", TC, L, 2)],
        history=99,
        exit=0,
        volume=100,
        qualifies_after=False,
        volume_readings=["brief-at-least-100", "official"],
    ),
    # ---- more of C7
    "test-purchase-11-one-order-form": Case(
        _tb_rows(11, reason=TP, order_number="ORD-A"),
        [("taobao", "tm-cn", TP, L, 10), ("taobao", "tm-cn", TP, L, 1)],
        args=["--channel", SF],
        filed=0,
        registered=False,
        exit=0,
        volume=0,
    ),
    "already-open": Case(
        _tb_rows(3),
        [("taobao", "tm-cn", TC, L, 2)],
        {3: (REJ, "already-open")},
        open_urls=[tb(1, "&spm=open")],
        exit=1,
        volume=1,
    ),
    "excel-bom-crlf": Case(
        _rows([tb(1), SHOP]),
        [("taobao", "tm-cn", TC, L, 1), ("taobao", "tm-cn", "tm_store_misuse", S, 1)],
        exit=0,
        volume=2,
        raw="\ufeffURL,Right,Reason Code,Confidence\r\n"
        + tb(1)
        + ",tm-cn ,tm_counterfeit,95%\r\n"
        + SHOP
        + ",tm-cn,tm_store_misuse,90%\r\n",
    ),
    "protect-new-filer-quarantine-120": Case(
        _tb_rows(120, confidence="0.5"),
        None,
        args=["--strategy", "protect"],
        filed=20,
        exit=0,
        ramp=True,
    ),
    "rejected-place-then-own-right": Case(
        _rows([tb(1)], right="tm-us") + _rows([tb(1, "&spm=x")]),
        [("taobao", "tm-cn", TC, L, 1)],
        {2: (REJ, "right-place-not-accepted"), 3: ("planned", "c001")},
        exit=1,
        volume=1,
    ),
    "storefront-tmall-global": Case(
        _rows(["https://acme.tmall.hk/"], right="tm-hk", reason="tm_store_misuse"),
        [("tmall_global", "tm-hk", "tm_store_misuse", S, 1)],
        exit=0,
        volume=1,
    ),
    "url-list-share-text": Case(
        _rows([tb(1), tb(2), tb(1)]),
        [("taobao", "tm-cn", TC, L, 2)],
        {1: ("planned", "c001"), 3: (DUP, 1)},
        exit=0,
        volume=1,
        first=1,
        name="urls.txt",
        raw=f"{tb(1)}\r\n【淘宝】ACME 跑鞋, 快来抢 {tb(2)} 复制, 打开\r\n{tb(1, '&spm=x')}\r\n",
    ),
    "zero-byte-sheet": Case([], [], exit=0, volume=0, raw=""),
    "protect-new-filer-quarantine": Case(
        _tb_rows(60, confidence="0.9") + _tb_rows(5, start=100, confidence="0.5"),
        [
            ("taobao", "tm-cn", TC, L, 50),
            ("taobao", "tm-cn", TC, L, 10),
            ("taobao", "tm-cn", TC, L, 5),
        ],
        {2: ("planned", "c001"), 62: ("planned", "c003")},
        args=["--strategy", "protect"],
        filed=20,
        exit=0,
        volume=3,
        rate_met=False,
    ),
    "reason-code-left-failing": Case(
        _tb_rows(4, confidence="0.99")
        + _tb_rows(2, start=10, reason="tm_misuse", confidence="0.5"),
        [("taobao", "tm-cn", TC, L, 4), ("taobao", "tm-cn", "tm_misuse", L, 2)],
        exit=0,
        volume=2,
        rate_met=False,
        reason_failing="tm_misuse",
    ),
}


def _history(complaints: int) -> str:
    head = "type,date,id,platform,reason_code,listings,taken_down,rejected,withdrawn,pending,reinstated,counter_rejected,note\n"
    lines = ["declaration,2026-09-01,,,,,,,,,,,signed on joining"]
    for n in range(complaints):
        day = 2 + n % 27
        lines.append(f"complaint,2026-10-{day:02d},H{n:05d},taobao,tm_counterfeit,10,10,0,0,0,0,0,")
    return head + "\n".join(lines) + "\n"


def _sheet(rows: list[dict[str, str]]) -> str:
    columns = ["url"]
    for row in rows:
        columns += [k for k in row if k not in columns]
    out = io.StringIO()
    writer = csv.DictWriter(out, columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return out.getvalue()


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = main(argv)
    return code, capsys.readouterr().out


@pytest.mark.parametrize("name", list(CASES))
def test_sheet(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = CASES[name]
    account = tmp_path / "account.toml"
    rights = {"tm-cn"} | {row["right"] for row in case.rows if row.get("right") in _PLACES}
    account.write_text(_account(case.filed, case.registered, rights), encoding="utf-8")
    sheet = tmp_path / case.name
    sheet.write_text(case.raw if case.raw is not None else _sheet(case.rows), encoding="utf-8")
    out = tmp_path / "out"
    history = []
    if case.history is not None:
        history = ["--history", str(tmp_path / "history.csv")]
        (tmp_path / "history.csv").write_text(_history(case.history), encoding="utf-8")
    if case.open_urls is not None:
        (tmp_path / "open.txt").write_text("\n".join(case.open_urls) + "\n", encoding="utf-8")
        history += ["--open", str(tmp_path / "open.txt")]
    argv = [
        "plan",
        str(sheet),
        "--account",
        str(account),
        *([] if "--right" in case.args else ["--right", "tm-cn"]),
        "--reason",
        TC,
        "--as-of",
        AS_OF,
        "--format",
        "json",
        "--out",
        str(out),
        *case.args,
        *history,
    ]
    capsys.readouterr()
    try:
        code = main(argv)
    except SystemExit as exit_:  # an option argparse refuses
        code = int(exit_.code or 0)
    text, err = capsys.readouterr()
    if case.refused is not None:
        said, unsaid = case.refused
        assert code == 2 and said in err and unsaid not in err, err
        assert not out.exists()
        return
    report = json.loads(text)

    # the complaints, in filing order, and their files
    got = [
        (c["platform"], c["right"], c["reason"], c["target"], len(c["listings"]))
        for c in report["complaints"]
    ]
    if case.ramp:
        sizes = [g[4] for g in got]
        assert sizes[0] == 50 and max(sizes) < 100 and sum(sizes) == len(case.rows), sizes
        assert {g[:4] for g in got} == {("taobao", "tm-cn", TC, L)}
        expected = got
    else:
        assert got == case.complaints
        expected = case.complaints or []
    manifest = list(csv.DictReader((out / "manifest.csv").open(encoding="utf-8")))
    assert [int(m["listings"]) for m in manifest] == [c[4] for c in expected]
    if case.listings is not None:
        assert report["complaints"][0]["listings"] == case.listings
    limit = 10 if SF in case.args else 300
    for complaint, m in zip(report["complaints"], manifest, strict=True):
        urls = (out / m["file"]).read_text(encoding="utf-8").split()
        assert urls == complaint["listings"]
        assert len(urls) == len(set(urls)) <= limit
    orders = [c["order_number"] for c in report["complaints"] if c["reason"] == TP]
    assert None not in orders
    assert sorted(set(orders)) == sorted(
        {
            row["order_number"]
            for row in case.rows
            if row.get("reason") == TP and row.get("order_number")
        }
    )
    assert all(c["order_number"] is None for c in report["complaints"] if c["reason"] != TP)

    # every input row accounted for, once
    fates = {
        int(r["line"]): r
        for r in csv.DictReader((out / "reconciliation.csv").open(encoding="utf-8"))
    }
    assert sorted(fates) == list(range(case.first, len(case.rows) + case.first))
    counts = report["counts"]
    assert sum(counts.values()) == len(case.rows)
    assert counts["planned"] == sum(c[4] for c in expected)
    for line, row in fates.items():
        status, what = case.fates.get(line, ("planned", None))
        assert row["status"] == status, (line, row)
        if status == "planned" and what is not None:
            assert row["complaint"] == what, (line, row)
        elif status == DUP:
            assert int(row["duplicate_of"]) == what, (line, row)
        elif status == REJ:
            assert row["code"] == what, (line, row)
            assert row["message"], (line, row)
            assert row["complaint"] == row["canonical_url"] == "", (line, row)
        if line in case.messages:
            assert case.messages[line] in row["message"], (line, row)
    if case.exit is not None:
        assert code == case.exit

    # the projected Good Faith effect (R79: the Tao marketplaces only)
    if case.volume is not None:
        after = report["projection"]["after"]["criteria"]
        assert after["volume"]["value"] == str(case.volume)
        if case.volume:
            assert after["takedown_rate"]["met"] is case.rate_met
        if case.rate is not None:
            assert after["takedown_rate"]["value"] == case.rate
        if case.volume_readings is not None:
            assert sorted(after["volume"]["other_readings"]) == case.volume_readings
        if case.qualifies_after is not None:
            assert report["projection"]["after"]["qualifies"] is case.qualifies_after
            assert report["projection"]["before"]["qualifies"] is False
    if case.reason_failing is not None:
        codes = report["projection"]["after"]["reason_codes"]
        assert codes[case.reason_failing]["takedown_rate"]["met"] is False
        assert all(v["takedown_rate"]["met"] for k, v in codes.items() if k != case.reason_failing)
    if case.notes is not None:
        assert any(case.notes in note for note in report["notes"]), report["notes"]

    # every emitted complaint checks with zero errors
    check_code, check_text = _run(
        [
            "check",
            str(out / "plan.json"),
            "--as-of",
            AS_OF,
            "--format",
            "json",
            *[a for a in case.args if a.startswith("--interpretation") or a == "official"],
        ],
        capsys,
    )
    checked = json.loads(check_text)
    assert checked["counts"]["error"] == 0
    assert check_code == 0
    for warning in case.warnings:
        assert warning in {f["code"] for f in checked["findings"]}
    assert len(json.loads((out / "plan.json").read_text(encoding="utf-8"))["complaints"]) == len(
        expected
    )
