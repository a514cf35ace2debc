"""rules66: where part 0 (the brief) states a rule that part 1 marks as a gap or an inference
(Tmall Global, Lazada, Xianyu), the brief's reading is the default and the other is named where
it answers otherwise; where both are silent the answer is ``unknown``.

One table, each case decided from docs/shared ipp-rules.md before it was run: the kind of
question, the reading, its input, and the answer the rule text gives.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from tests._cli import run_cli

from ipprules import default_rulebook
from ipprules.checks import check, plan_from_data
from ipprules.errors import UnknownNameError

pytestmark = pytest.mark.no_cover

AS_OF = "2024-06-03"
BOOK = default_rulebook()

ACCOUNT: dict[str, Any] = {
    "name": "Lumen Optics Co., Ltd.",
    "location": "elsewhere",
    "identity": "enterprise",
    "category": "right_holder",
    "incorporated": "HK",
    "documents": [
        {
            "kind": "business_registration",
            "name": "Lumen Optics Co., Ltd.",
            "language": "en",
            "valid_until": "2030-06-30",
        }
    ],
    "good_faith": False,
    "registered": True,
    "complaints_filed": 40,
}

URL = {
    "taobao": "https://item.taobao.com/item.htm?id=758067992163",
    "tmall": "https://detail.tmall.com/item.htm?id=690091011924",
    "tmall_global": "https://detail.tmall.hk/hk/item.htm?id=606832683299",
    "tmall_global_store": "https://zrzb.tmall.hk/shop/view_shop.htm?user_number_id=2130139739",
    "lazada_th_store": "https://www.lazada.co.th/shop/lumen-store/",
    "lazada_th": "https://www.lazada.co.th/products/lumen-desk-lamp-i123456789-s987654321.html",
    "lazada_vn": "https://www.lazada.vn/products/lumen-desk-lamp-i123456789-s987654321.html",
    "lazada_sg": "https://www.lazada.sg/products/lumen-desk-lamp-i123456789-s987654321.html",
    "lazada_ph": "https://www.lazada.com.ph/products/lumen-desk-lamp-i123456789-s987654321.html",
    "xianyu": "https://www.goofish.com/item?id=1065574393669",
}


def _right(place: str, ipr_type: str = "trademark", **extra: Any) -> dict[str, Any]:
    right: dict[str, Any] = {
        "id": "r1",
        "ipr_type": ipr_type,
        "name": "LUMEN",
        "place": place,
        "number": "31234567",
        "registrant": "Lumen Optics Co., Ltd.",
    }
    if ipr_type == "trademark":
        right.update(
            registration_date="2019-06-14",
            expiry_date="2029-06-13",
            classes=[9],
            documents=[{"kind": "trademark_certificate", "colour": True, "language": "en"}],
        )
    right.update(extra)
    return right


def _codes(
    interp: str,
    platform: str,
    place: str = "CN",
    *,
    reason: str = "tm_counterfeit",
    listings: list[str] | None = None,
    right: dict[str, Any] | None = None,
    account: dict[str, Any] | None = None,
    **extra: Any,
) -> frozenset[str]:
    """The non-info finding codes of a one-complaint plan, plus ``named:READING`` for each
    other reading a finding names (the brief's default names the other reading)."""
    complaint: dict[str, Any] = {
        "id": "c1",
        "platform": platform,
        "right": "r1",
        "reason": reason,
        "supplement": "Counterfeit LUMEN lamps: wrong packaging, no serial number.",
        "listings": listings if listings is not None else [URL[platform]],
    }
    complaint.update(extra)
    plan = {
        "as_of": AS_OF,
        "account": {**ACCOUNT, **(account or {})},
        "rights": [right or _right(place)],
        "complaints": [complaint],
    }
    report = check(plan_from_data(plan), as_of=AS_OF, interpretation=interp)
    # document-quality-unknown asks for facts of a document (its size, its file format) that
    # these cases leave out on purpose: it is not what they ask.
    out = {
        f.code
        for f in report.findings
        if f.severity.value != "info" and f.code != "document-quality-unknown"
    }
    out |= {f.code for f in report.findings if f.code == "right-acceptance-disputed"}
    out |= {f"named:{r}" for f in report.findings for r in f.other_readings}
    return frozenset(out)


def _reg(interp: str, platform: str, place: str) -> str:
    return BOOK.as_of(AS_OF, interp).accepts_registration(platform, place).value


def _reg_or_refused(as_of: str, platform: str, place: str) -> str:
    try:
        return BOOK.as_of(as_of).accepts_registration(platform, place).value
    except UnknownNameError as exc:
        return "refused" if "from 2019-06-01" in str(exc) else str(exc)


def _filed(interp: str, market: str) -> str | None:
    filed = BOOK.as_of(AS_OF, interp).filed_as(market)
    return filed.platform if filed else None


def _codes_for(interp: str, platform: str, ipr: str, target: str, member: bool = False) -> str:
    codes = BOOK.as_of(AS_OF, interp).reason_codes_for(ipr, platform, target, member=member)
    return ",".join(sorted(c.id for c in codes))


def _deadline(interp: str, deadline_id: str) -> tuple[str, Any, Any, Any]:
    d = BOOK.as_of(AS_OF, interp).deadline(deadline_id)
    return d.kind.value, d.amount, d.amount_max, d.unit.value if d.unit else None


def _deadline_ids(interp: str, platform: str) -> bool:
    """Whether Lazada's 3-5 working days sit beside R61's round 1 on the platform."""
    ids = {d.id for d in BOOK.as_of(AS_OF, interp).deadlines_for(platform)}
    return {"counter_notice_lazada", "counter_notice_round_1"} <= ids


def _penalty(interp: str, platform: str) -> tuple[Any, ...]:
    p = BOOK.as_of(AS_OF, interp).penalties_for(platform)
    assert p is not None
    return p.closure_points, p.points.get("counterfeit"), p.points.get("content")


def _gf_platforms(interp: str) -> tuple[str, ...]:
    gf = BOOK.as_of(AS_OF, interp).good_faith
    assert gf is not None
    return tuple(sorted(gf.platforms))


def _lookup_refused(interp: str, platform: str) -> str:
    try:
        BOOK.as_of(AS_OF, interp).registrations_for(platform)
    except UnknownNameError as exc:
        return "taobao" if "ask about taobao" in str(exc) else "refused"
    return "answered"


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any]]:
    code, out, _err = run_cli([*argv, "--as-of", AS_OF, "--format", "json"], capsys)
    return code, (json.loads(out) if code != 2 and out.strip() else {})


def _counter_notice(arg: str, tmp_path: Any) -> str:
    """``CN:DATE``: a Lazada counter-notice filed on DATE to a complaint of 2024-06-03."""
    if not arg.startswith("CN:"):
        return arg
    path = tmp_path / "cn.toml"
    text = 'platform = "lazada_th"\nipr_type = "trademark"\ncomplaint_date = 2024-06-03\n'
    path.write_text(text + f"filed_on = {arg[3:]}\n", encoding="utf-8")
    return str(path)


#: What the CLI says of Xianyu under ``official`` (R33, D11), naming the readings that file it.
XIANYU_GAP = "what Xianyu (Goofish) is filed as is not documented (differs under: brief"


def _cli_exit(argv: list[str], capsys: pytest.CaptureFixture[str], tmp_path: Any) -> Any:
    """The exit code, and the expected text if the output (stdout and stderr) holds it."""
    violations = tmp_path / "violations.csv"
    violations.write_text("date,kind\n2024-05-01,counterfeit\n", encoding="utf-8")
    when = {"deadline": ["--on", AS_OF], "counter-notice": []}.get(argv[0], ["--as-of", AS_OF])
    argv = [str(violations) if a == "VIOLATIONS" else _counter_notice(a, tmp_path) for a in argv]
    code, out, err = run_cli([*argv, *when], capsys)
    assert "Traceback" not in err
    return code, out + err


def _advise_platform(interp: str, platform: str, capsys: pytest.CaptureFixture[str]) -> Any:
    code, data = _cli(
        ["advise", "--ipr-type", "trademark", "--platform", platform, "--interpretation", interp],
        capsys,
    )
    return code, data.get("platform")


def _history(tmp_path: Any, platform: str) -> str:
    rows = [
        "type,date,id,platform,reason_code,listings,taken_down,rejected,withdrawn,pending,"
        "reinstated,counter_rejected,note",
        "declaration,2024-01-02,,,,,,,,,,,signed",
    ]
    rows += [
        f"complaint,2024-05-{1 + i % 28:02d},C{i:05d},{platform},tm_counterfeit,1,1,0,0,0,0,0,"
        for i in range(120)
    ]
    path = tmp_path / "h.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return str(path)


def _gf_counted(
    interp: str,
    platform: str,
    tmp_path: Any,
    capsys: pytest.CaptureFixture[str],
    only: str | None = None,
) -> Any:
    """The complaints the Good Faith standing counts (for the account, or ``--platform``)."""
    argv = ["good-faith", _history(tmp_path, platform), "--as-of", AS_OF]
    argv += ["--interpretation", interp, "--format", "json"]
    code, out, _err = run_cli([*argv, *(["--platform", only] if only else [])], capsys)
    assert code in (0, 1), out
    return json.loads(out)["counts"]["complaints"]["submitted"]


F = frozenset
B, OFF = "brief", "official"
TM_STORE = {"target": "storefront", "reason": "tm_store_misuse"}
CASES: list[tuple[str, Callable[..., Any], tuple[Any, ...], Any]] = [
    # --- registrations: B13 (Tmall Global: mainland China or Hong Kong) vs R36/R39 (inferred)
    ("reg-tg-cn-brief", _reg, (B, "tmall_global", "CN"), "yes"),
    ("reg-tg-cn-official", _reg, (OFF, "tmall_global", "CN"), "yes"),
    ("reg-tg-hk-brief", _reg, (B, "tmall_global", "HK"), "yes"),
    ("reg-tg-hk-official", _reg, (OFF, "tmall_global", "HK"), "no"),
    ("reg-tg-tw-brief", _reg, (B, "tmall_global", "TW"), "no"),
    ("reg-tg-us-brief", _reg, (B, "tmall_global", "US"), "no"),
    ("reg-tg-us-official", _reg, (OFF, "tmall_global", "US"), "no"),
    # --- B14 (the site's country) vs R40 (a gap: unknown)
    ("reg-lz-th-th-brief", _reg, (B, "lazada_th", "TH"), "yes"),
    ("reg-lz-th-th-official", _reg, (OFF, "lazada_th", "TH"), "unknown"),
    ("reg-lz-vn-cn-brief", _reg, (B, "lazada_vn", "CN"), "no"),
    ("reg-lz-vn-cn-official", _reg, (OFF, "lazada_vn", "CN"), "unknown"),
    ("reg-lz-vn-vn-brief", _reg, (B, "lazada_vn", "VN"), "yes"),
    ("reg-lz-sg-my-brief", _reg, (B, "lazada_sg", "MY"), "no"),
    ("reg-lz-ph-us-brief", _reg, (B, "lazada_ph", "US"), "no"),
    ("reg-lz-ph-us-official", _reg, (OFF, "lazada_ph", "US"), "unknown"),
    ("reg-lz-id-id-brief", _reg, (B, "lazada_id", "ID"), "yes"),
    ("reg-lz-my-my-brief", _reg, (B, "lazada_my", "MY"), "yes"),
    ("reg-lz-my-hk-brief", _reg, (B, "lazada_my", "HK"), "no"),
    # --- Xianyu: B1 (filed as Taobao) vs R33/D11 (no source: unknown)
    ("filed-xianyu-brief", _filed, (B, "xianyu"), "taobao"),
    ("filed-xianyu-official", _filed, (OFF, "xianyu"), None),
    ("filed-taobao-brief", _filed, (B, "taobao"), None),
    ("lookup-xianyu-brief", _lookup_refused, (B, "xianyu"), "taobao"),
    ("lookup-xianyu-official", _lookup_refused, (OFF, "xianyu"), "refused"),
    # --- check: the right's place on the platform
    ("chk-tg-hk-brief", _codes, (B, "tmall_global", "HK"), F({"named:official"})),
    (
        "chk-tg-hk-official",
        _codes,
        (OFF, "tmall_global", "HK"),
        F({"right-place-not-accepted", "named:brief", "named:brief-at-least-100"}),
    ),
    ("chk-tg-cn-brief", _codes, (B, "tmall_global", "CN"), F()),
    (
        "chk-tg-us-brief",
        _codes,
        (B, "tmall_global", "US"),
        F({"right-place-not-accepted", "named:official"}),
    ),
    ("chk-lz-th-th-brief", _codes, (B, "lazada_th", "TH"), F({"named:official"})),
    (
        "chk-lz-th-th-official",
        _codes,
        (OFF, "lazada_th", "TH"),
        F({"right-place-unknown", "named:brief", "named:brief-at-least-100"}),
    ),
    (
        "chk-lz-vn-cn-brief",
        _codes,
        (B, "lazada_vn", "CN"),
        F({"right-place-not-accepted", "named:official"}),
    ),
    (
        "chk-lz-vn-cn-official",
        _codes,
        (OFF, "lazada_vn", "CN"),
        F({"right-place-unknown", "named:brief", "named:brief-at-least-100"}),
    ),
    ("chk-lz-sg-sg-brief", _codes, (B, "lazada_sg", "SG"), F({"named:official"})),
    # --- Xianyu listings: filed under Taobao (B1)
    ("chk-xianyu-in-taobao-brief", _codes, (B, "taobao", "CN"), {"listings": [URL["xianyu"]]}),
    ("chk-xianyu-platform-brief", _codes, (B, "xianyu", "CN"), "platform-unknown"),
    ("chk-xianyu-platform-official", _codes, (OFF, "xianyu", "CN"), "platform-unknown"),
    # --- store fronts: B16 (Taobao, Tmall, Tmall Global only) vs D13 (trademarks only)
    (
        "chk-tg-store-tm-brief",
        _codes,
        (B, "tmall_global", "CN"),
        {"listings": [URL["tmall_global_store"]], **TM_STORE},
    ),
    (
        "chk-lz-store-brief",
        _codes,
        (B, "lazada_th", "TH"),
        {"listings": [URL["lazada_th_store"]], **TM_STORE},
    ),
    (
        "codes-tg-store-cr-brief",
        _codes_for,
        (B, "tmall_global", "copyright", "storefront"),
        "cr_misuse",
    ),
    (
        "codes-tg-store-tm-brief",
        _codes_for,
        (B, "tmall_global", "trademark", "storefront"),
        "tm_store_misuse",
    ),
    ("codes-lz-store-tm-brief", _codes_for, (B, "lazada_th", "trademark", "storefront"), ""),
    (
        "codes-lz-listing-tm-brief",
        _codes_for,
        (B, "lazada_th", "trademark", "listing"),
        "tm_counterfeit,tm_counterfeit_test_purchase,tm_misuse",
    ),
    # --- reason codes for Good Faith members: D2 (Tao marketplaces: Tmall Global, not Lazada)
    (
        "codes-tg-member",
        _codes_for,
        (B, "tmall_global", "trademark", "listing", True),
        "gf_counterfeit_simplified,tm_counterfeit,tm_counterfeit_test_purchase,tm_misuse",
    ),
    (
        "codes-lz-member",
        _codes_for,
        (B, "lazada_th", "trademark", "listing", True),
        "tm_counterfeit,tm_counterfeit_test_purchase,tm_misuse",
    ),
    # --- channels and form limits: B2 (the form, 10 links, not for registered users), B17
    (
        "chk-lz-form-brief",
        _codes,
        (B, "lazada_th", "TH"),
        {"channel": "standalone_form", "account": {"registered": False}},
    ),
    (
        "chk-lz-form-official",
        _codes,
        (OFF, "lazada_th", "TH"),
        {"channel": "standalone_form", "account": {"registered": False}},
    ),
    ("chk-tg-form-registered", _codes, (B, "tmall_global", "CN"), {"channel": "standalone_form"}),
    (
        "chk-tg-form-11-links",
        _codes,
        (B, "tmall_global", "CN"),
        {
            "channel": "standalone_form",
            "account": {"registered": False},
            "listings": [
                f"https://detail.tmall.hk/hk/item.htm?id={606832683300 + i}" for i in range(11)
            ],
        },
    ),
    (
        "chk-lz-301-links",
        _codes,
        (B, "lazada_th", "TH"),
        {
            "listings": [
                f"https://www.lazada.co.th/products/x-i{123456789 + i}-s1.html" for i in range(301)
            ]
        },
    ),
    # --- R47: Lazada attachments (third-party; the brief silent): one reading
    (
        "chk-lz-5-attachments",
        _codes,
        (B, "lazada_th", "TH"),
        {"evidence": [{"kind": "test_purchase_report"}] * 5},
    ),
    (
        "chk-lz-6mb",
        _codes,
        (OFF, "lazada_th", "TH"),
        {"evidence": [{"kind": "test_purchase_report", "size_mb": 6}]},
    ),
    # --- B8: unregistered copyright on an international platform (Lazada) and on Tmall Global
    ("chk-lz-cr-unreg-brief", _codes, (B, "lazada_th", "TH"), "unreg-lz"),
    ("chk-tg-cr-unreg-brief", _codes, (B, "tmall_global", "CN"), "unreg-tg"),
    ("chk-tg-cr-unreg-official", _codes, (OFF, "tmall_global", "CN"), "unreg-tg"),
    # --- R35, D8: a Madrid registration with its China extension counts as China's
    ("chk-tg-madrid-brief", _codes, (B, "tmall_global", "WO"), "madrid"),
    ("chk-tg-madrid-official", _codes, (OFF, "tmall_global", "WO"), "madrid"),
    # --- a Xianyu listing goes under Taobao (B1), not under Tmall or Tmall Global
    ("chk-xianyu-in-tmall-brief", _codes, (B, "tmall", "CN"), {"listings": [URL["xianyu"]]}),
    ("chk-xianyu-in-tg-brief", _codes, (B, "tmall_global", "CN"), {"listings": [URL["xianyu"]]}),
    ("chk-lz-th-listing-on-vn", _codes, (B, "lazada_vn", "VN"), {"listings": [URL["lazada_th"]]}),
    (
        "chk-lz-sg-hk-brief",
        _codes,
        (B, "lazada_sg", "HK"),
        F({"right-place-not-accepted", "named:official"}),
    ),
    # --- store fronts under official: documented for the Taobao family's trademarks (R41, R42)
    (
        "chk-tg-store-tm-official",
        _codes,
        (OFF, "tmall_global", "CN"),
        {"listings": [URL["tmall_global_store"]], **TM_STORE},
    ),
    ("chk-tg-store-cr-brief", _codes, (B, "tmall_global", "CN"), "store-cr"),
    ("chk-tg-store-cr-official", _codes, (OFF, "tmall_global", "CN"), "store-cr"),
    (
        "chk-lz-store-official",
        _codes,
        (OFF, "lazada_th", "TH"),
        {"listings": [URL["lazada_th_store"]], **TM_STORE},
    ),
    # --- Good Faith member codes (R50): the Tao marketplaces (D2), not Lazada
    (
        "chk-lz-gf-code-member",
        _codes,
        (B, "lazada_th", "TH"),
        {"reason": "gf_counterfeit_simplified", "account": {"good_faith": True}},
    ),
    (
        "chk-tg-gf-code-member",
        _codes,
        (B, "tmall_global", "HK"),
        {"reason": "gf_counterfeit_simplified", "account": {"good_faith": True}},
    ),
    (
        "chk-tg-gf-code-non-member",
        _codes,
        (B, "tmall_global", "HK"),
        {"reason": "gf_counterfeit_simplified"},
    ),
    (
        "chk-lz-ph-form-11-links",
        _codes,
        (B, "lazada_ph", "PH"),
        {
            "channel": "standalone_form",
            "account": {"registered": False},
            "listings": [
                f"https://www.lazada.com.ph/products/x-i{123456789 + i}-s1.html" for i in range(11)
            ],
        },
    ),
    # --- R95: Lazada on IPP from June 2019
    ("reg-lz-before-ipp", _reg_or_refused, ("2019-05-31", "lazada_th", "TH"), "refused"),
    ("reg-lz-on-ipp", _reg_or_refused, ("2019-06-01", "lazada_th", "TH"), "yes"),
    # --- B9 (every patent needs its evaluation report) vs R30/R31 (Taobao family; inventions none)
    ("chk-lz-invention-brief", _codes, (B, "lazada_th", "TH"), "invention"),
    ("chk-lz-invention-official", _codes, (OFF, "lazada_th", "TH"), "invention"),
    ("chk-lz-design-official", _codes, (OFF, "lazada_th", "TH"), "design"),
    # --- counter-notice windows: D4
    (
        "deadline-lazada",
        _deadline,
        (B, "counter_notice_lazada"),
        ("deadline", 3, 5, "working_days"),
    ),
    ("deadline-lazada-beside-r61", _deadline_ids, (B, "lazada_vn"), True),
    (
        "deadline-filer-reply",
        _deadline,
        (OFF, "filer_reply_to_counter_notice"),
        ("unknown", None, None, None),
    ),
    # --- penalties: R88 (Lazada: 48 points; counterfeit up to 16; content 1)
    ("penalty-lazada-th", _penalty, (B, "lazada_th"), (48, 16, 1)),
    ("penalty-lazada-vn-official", _penalty, (OFF, "lazada_vn"), (48, 16, 1)),
    # --- Good Faith scope: D2 (the Handbook: Taobao, Tmall, Tmall Global)
    ("gf-platforms-brief", _gf_platforms, (B,), ("taobao", "tmall", "tmall_global")),
    ("gf-platforms-official", _gf_platforms, (OFF,), ("taobao", "tmall", "tmall_global")),
]

#: The cases that run the CLI (they need capsys, some tmp_path).
CLI_CASES: list[tuple[str, str, tuple[Any, ...], Any]] = [
    ("cli-advise-xianyu-brief", "advise", (B, "xianyu"), (0, "taobao")),
    ("cli-advise-xianyu-official", "advise", (OFF, "xianyu"), (2, None)),
    ("cli-advise-tg-brief", "advise", (B, "tmall_global"), (0, "tmall_global")),
    ("cli-rules-xianyu-brief", "exit", (["rules", "platform", "xianyu"],), (0, "taobao")),
    (
        "cli-rules-xianyu-official",
        "exit",
        (["rules", "platform", "xianyu", "--interpretation", "official"],),
        (2, XIANYU_GAP),
    ),
    (
        "cli-penalties-xianyu-brief",
        "exit",
        (["penalties", "VIOLATIONS", "--platform", "xianyu"],),
        (0, "Penalty standing on taobao"),
    ),
    (
        "cli-penalties-xianyu-official",
        "exit",
        (["penalties", "VIOLATIONS", "--platform", "xianyu", "--interpretation", "official"],),
        (2, XIANYU_GAP),
    ),
    (
        "cli-penalties-lazada-counterfeit",
        "exit",
        (["penalties", "VIOLATIONS", "--platform", "lazada_th"],),
        (0, "0 to 16"),
    ),
    (
        "cli-deadline-xianyu-brief",
        "exit",
        (["deadline", "counter_notice_received", "--platform", "xianyu"],),
        (0, "filer_reply_to_counter_notice  unknown"),
    ),
    (
        "cli-deadline-xianyu-official",
        "exit",
        (
            [
                "deadline",
                "counter_notice_received",
                "--platform",
                "xianyu",
                "--interpretation",
                "official",
            ],
        ),
        (2, XIANYU_GAP),
    ),
    (
        "cli-advise-lazada-store-official",
        "exit",
        (
            [
                "advise",
                "--ipr-type",
                "trademark",
                "--platform",
                "lazada_th",
                "--target",
                "storefront",
                "--interpretation",
                "official",
            ],
        ),
        (0, "Decision: unknown"),
    ),
    (
        "cli-advise-lazada-store-brief",
        "exit",
        (
            [
                "advise",
                "--ipr-type",
                "trademark",
                "--platform",
                "lazada_th",
                "--target",
                "storefront",
            ],
        ),
        (1, "Lazada Thailand has no store-front complaints (B16): file against listings"),
    ),
    (
        "cli-deadline-lazada-both-windows",
        "exit",
        (["deadline", "complaint_received", "--platform", "lazada_vn"],),
        (0, "the named alternative is counter_notice_lazada (3-5 working days; D4)"),
    ),
    (
        "cli-cn-lazada-within-3-5",
        "exit",
        (["counter-notice", "CN:2024-06-07"],),
        (0, "so whether it is in time is unknown"),
    ),
    (
        "cli-cn-lazada-after-both",
        "exit",
        (["counter-notice", "CN:2024-06-13", "--interpretation", "official"],),
        (0, "and after 2024-06-10, the last of counter_notice_lazada"),
    ),
    ("cli-gf-xianyu-brief", "gf", (B, "xianyu"), 120),
    ("cli-gf-xianyu-official", "gf", (OFF, "xianyu"), 0),
    ("cli-gf-tmall-global-official", "gf", (OFF, "tmall_global"), 120),
    ("cli-gf-lazada-brief", "gf", (B, "lazada_th"), 0),
    ("cli-gf-xianyu-as-taobao-brief", "gf", (B, "xianyu", "taobao"), 120),
    ("cli-gf-xianyu-as-taobao-official", "gf", (OFF, "xianyu", "taobao"), 0),
    # --- the planner: B13/B14/B1 planned under the brief; R36/R40/R33 under official
    (
        "cli-plan-brief",
        "plan",
        (B,),
        (
            ("planned", None, True),
            ("planned", None, True),
            ("rejected", "right-place-not-accepted", True),
            ("rejected", "right-place-not-accepted", True),
        ),
    ),
    (
        "cli-plan-official",
        "plan",
        (OFF,),
        (
            ("rejected", "right-place-not-accepted", True),
            ("rejected", "rules-unknown", True),
            ("rejected", "marketplace-not-filable", True),
            ("rejected", "rules-unknown", True),
        ),
    ),
]


def _expected_codes(expected: Any) -> Any:
    return expected


@pytest.mark.parametrize(("name", "func", "args", "expected"), CASES, ids=[c[0] for c in CASES])
def test_gap_case(
    name: str, func: Callable[..., Any], args: tuple[Any, ...], expected: Any
) -> None:
    if func is _codes and isinstance(expected, dict):
        got = func(*args, **expected)
        assert got == SPECIAL[name], got
        return
    if func is _codes and isinstance(expected, str):
        got = SPECIAL_RUN[expected](*args)
        assert got == SPECIAL[name], got
        return
    assert func(*args) == expected


@pytest.mark.parametrize(
    ("name", "kind", "args", "expected"), CLI_CASES, ids=[c[0] for c in CLI_CASES]
)
def test_gap_cli_case(
    name: str,
    kind: str,
    args: tuple[Any, ...],
    expected: Any,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Any,
) -> None:
    if kind == "advise":
        assert _advise_platform(*args, capsys) == expected
    elif kind == "exit":
        code, text = _cli_exit(*args, capsys, tmp_path)
        assert (code, expected[1] in text) == (expected[0], True), text
    elif kind == "plan":
        assert _plan_lines(args[0], tmp_path, capsys) == expected
    else:
        assert _gf_counted(args[0], args[1], tmp_path, capsys, *args[2:]) == expected


PLAN_ACCOUNT = {
    "as_of": AS_OF,
    "account": {k: v for k, v in ACCOUNT.items() if k != "good_faith"},
    "rights": [{**_right("HK"), "id": "tm-hk"}, {**_right("TH"), "id": "tm-th"}],
}


def _plan_lines(
    interp: str, tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> tuple[tuple[str, str | None, bool], ...]:
    """Each line's status and code, and whether the other reading is named for it (in the
    line's message when rejected, in the plan's check when planned)."""
    account = tmp_path / "account.json"
    account.write_text(json.dumps(PLAN_ACCOUNT), encoding="utf-8")
    urls = tmp_path / "urls.csv"
    rows = [
        (URL["tmall_global"], "tm-hk"),
        (URL["lazada_th"], "tm-th"),
        (URL["xianyu"], "tm-hk"),
        (URL["lazada_vn"], "tm-th"),
    ]
    urls.write_text("url,right\n" + "".join(f"{u},{r}\n" for u, r in rows), encoding="utf-8")
    argv = ["plan", str(urls), "--account", str(account), "--reason", "tm_counterfeit"]
    code, out, err = run_cli(
        [*argv, "--as-of", AS_OF, "--interpretation", interp, "--format", "json"], capsys
    )
    assert code in (0, 1), err
    data = json.loads(out)
    other = "official" if interp == "brief" else "brief"
    checked = {f["path"] for f in data["check"]["findings"] if other in f["other_readings"]}
    complaints = [c["id"] for c in data["complaints"]]
    out_lines = []
    for line in data["lines"]:
        if line["status"] == "planned":
            index = complaints.index(line["complaint"])
            named = f"$.complaints[{index}].right" in checked
        else:
            named = f"differs under: {other}" in line["message"]
        out_lines.append((line["status"], line["code"], named))
    return tuple(out_lines)


def _unreg(interp: str, platform: str, place: str) -> frozenset[str]:
    right = _right(
        place,
        "copyright",
        status="unregistered",
        documents=[{"kind": "copyright_claim_statement", "signed": True, "language": "en"}],
    )
    return _codes(interp, platform, place, reason="cr_copied_content", right=right)


def _madrid(interp: str, platform: str, place: str) -> frozenset[str]:
    documents = [
        {"kind": "trademark_certificate", "colour": True, "language": "en"},
        {"kind": "madrid_extension_certificate", "language": "en"},
    ]
    return _codes(interp, platform, place, right=_right(place, madrid=True, documents=documents))


def _store_copyright(interp: str, platform: str, place: str) -> frozenset[str]:
    documents = [{"kind": "copyright_certificate", "colour": True, "language": "zh"}]
    return _codes(
        interp,
        platform,
        place,
        right=_right(place, "copyright", documents=documents),
        listings=[URL["tmall_global_store"]],
        target="storefront",
        reason="cr_misuse",
    )


def _patent(interp: str, platform: str, place: str, subtype: str) -> frozenset[str]:
    right = _right(
        place,
        "patent",
        subtype=subtype,
        filing_date="2019-03-02",
        registration_date="2019-09-20",
        expiry_date="2039-03-01",
        documents=[{"kind": "patent_certificate", "language": "en"}],
    )
    return _codes(interp, platform, place, right=right, reason=f"pat_{subtype}")


SPECIAL_RUN: dict[str, Callable[..., frozenset[str]]] = {
    "invention": lambda i, p, pl: _patent(i, p, pl, "invention"),
    "design": lambda i, p, pl: _patent(i, p, pl, "design"),
    "madrid": _madrid,
    "store-cr": _store_copyright,
    "platform-unknown": lambda i, p, pl: _codes(i, p, pl),
    "unreg-lz": _unreg,
    "unreg-tg": _unreg,
}

#: The answers of the cases whose input is more than the table's columns hold.
SPECIAL: dict[str, frozenset[str]] = {
    "chk-xianyu-in-taobao-brief": F({"named:official"}),
    "chk-xianyu-platform-brief": F({"platform-unknown", "listing-not-judged", "named:official"}),
    "chk-xianyu-platform-official": F(
        {"platform-unknown", "listing-not-judged", "named:brief", "named:brief-at-least-100"}
    ),
    "chk-tg-store-tm-brief": F(),
    "chk-lz-store-brief": F({"storefront-not-allowed", "named:official"}),
    "chk-lz-form-brief": F({"named:official"}),
    "chk-lz-form-official": F(
        {
            "channel-platform-unknown",
            "right-place-unknown",
            "named:brief",
            "named:brief-at-least-100",
        }
    ),
    "chk-tg-form-registered": F({"channel-registered-account"}),
    "chk-tg-form-11-links": F({"listings-too-many"}),
    "chk-lz-301-links": F({"listings-too-many", "new-filer-large-batch", "named:official"}),
    "chk-lz-5-attachments": F({"attachments-too-many", "named:official"}),
    "chk-lz-6mb": F(
        {"attachment-too-large", "right-place-unknown", "named:brief", "named:brief-at-least-100"}
    ),
    "chk-tg-madrid-brief": F(),
    "chk-tg-madrid-official": F(),
    "chk-xianyu-in-tmall-brief": F({"listing-wrong-platform", "named:official"}),
    "chk-xianyu-in-tg-brief": F({"listing-wrong-platform", "named:official"}),
    "chk-lz-th-listing-on-vn": F({"listing-wrong-platform", "named:official"}),
    "chk-tg-store-tm-official": F(),
    "chk-tg-store-cr-brief": F({"named:official"}),
    "chk-tg-store-cr-official": F(
        {"storefront-unknown", "named:brief", "named:brief-at-least-100"}
    ),
    "chk-lz-store-official": F(
        {"storefront-unknown", "right-place-unknown", "named:brief", "named:brief-at-least-100"}
    ),
    "chk-lz-gf-code-member": F({"reason-wrong-platform", "named:official"}),
    "chk-tg-gf-code-member": F({"named:official"}),
    "chk-tg-gf-code-non-member": F({"reason-good-faith-only", "named:official"}),
    "chk-lz-ph-form-11-links": F({"listings-too-many", "named:official"}),
    "chk-lz-invention-brief": F({"right-document-missing", "named:official"}),
    "chk-lz-invention-official": F(
        {"right-place-unknown", "named:brief", "named:brief-at-least-100"}
    ),
    "chk-lz-design-official": F(
        {
            "right-acceptance-unknown",
            "right-place-unknown",
            "named:brief",
            "named:brief-at-least-100",
        }
    ),
    "chk-lz-cr-unreg-brief": F({"right-acceptance-disputed"}),
    "chk-tg-cr-unreg-brief": F({"right-not-accepted", "named:official"}),
    "chk-tg-cr-unreg-official": F({"named:brief", "named:brief-at-least-100"}),
}
