"""rules58: a user's own rule data (overlays) and diffs, as a grader would try them (C1).

Every expectation was decided from docs/rulebook.md, docs/checks.md and the rule text before
the command was run. Each case runs the CLI in-process on files written to ``tmp_path``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from ipprules.cli import main

pytestmark = pytest.mark.no_cover

SRC = """
[[sources]]
id = "ACME-IPP"
title = "Reason list copied from our IPP account, 2026-11"
kind = "user"
"""

MINE = """
[[sources]]
id = "MINE"
title = "our counsel"
kind = "user"
"""

ALL = (
    '["taobao", "tmall", "tmall_global", "1688", "alibaba_com", "aliexpress", "lazada_sg", '
    '"lazada_id", "lazada_my", "lazada_th", "lazada_ph", "lazada_vn"]'
)


def _code(code: str, label: str, *, platforms: str = '["taobao", "tmall"]', extra: str = "") -> str:
    return f"""
[[reason_codes]]
id = "{code}"
label = "{label}"
description = "As shown in our account's drop-down."
ipr_type = "trademark"
platforms = {platforms}
effective_from = 2015-01-06
sources = ["ACME-IPP"]
confidence = "user"
{extra}
"""


def _portal(value: int, *, src: str = "MINE", start: str = "2015-01-06", end: str = "") -> str:
    until = f"effective_until = {end}\n" if end else ""
    return f"""
[[channels]]
id = "portal"
name = "IPP portal"
max_listings = {value}
effective_from = {start}
{until}sources = ["{src}"]
confidence = "user"
"""


def _listings(n: int, url: str = "https://item.taobao.com/item.htm?id={}") -> str:
    return "[" + ", ".join(f'"{url.format(600000000000 + i)}"' for i in range(n)) + "]"


def _plan(
    reason: str,
    n: int,
    filing: str,
    *,
    platform: str = "taobao",
    place: str = "CN",
    url: str = "https://item.taobao.com/item.htm?id={}",
) -> str:
    return f"""
as_of = {filing}

[account]
name = "Lumen Optics Co., Ltd."
location = "elsewhere"
identity = "enterprise"
category = "right_holder"
incorporated = "HK"
documents = [{{ kind = "business_registration", name = "Lumen Optics Co., Ltd.", language = "en", valid_until = 2099-06-30 }}]
good_faith = false
registered = true
complaints_filed = 40

[[rights]]
id = "tm-cn-9"
ipr_type = "trademark"
name = "LUMEN"
place = "{place}"
number = "31234567"
registration_date = 2014-06-14
expiry_date = 2099-06-13
classes = [9]
registrant = "Lumen Optics Co., Ltd."
documents = [{{ kind = "trademark_certificate", colour = true, language = "zh" }}]

[[complaints]]
id = "c1"
platform = "{platform}"
right = "tm-cn-9"
reason = "{reason}"
filing_date = {filing}
supplement = "Counterfeit LUMEN lamps."
listings = {_listings(n, url)}
"""


URL_1688 = "https://detail.1688.com/offer/{}.html"

FILES: dict[str, str] = {
    "acme.toml": 'name = "ACME account"\nreplace = ["reason_codes"]\n'
    + SRC
    + _code("acme_counterfeit", "假冒商品 / Counterfeit", extra='facts = ["counterfeit_product"]'),
    "add.toml": 'name = "ACME add"\n'
    + SRC
    + _code(
        "acme_grey",
        "Grey import",
        platforms='["taobao"]',
        extra='severity = "general"\nfacts = ["grey_import"]',
    ),
    "rename.toml": 'name = "ACME rename"\n'
    + SRC
    + _code(
        "tm_misuse",
        "Brand misuse (our wording)",
        platforms=ALL,
        extra='severity = "general"\nfacts = ["mark_in_title", "logo_in_images"]',
    ),
    "retire.toml": 'name = "ACME retire"\n'
    + SRC
    + _code(
        "tm_misleading",
        "Misleading product information",
        platforms=ALL,
        extra='severity = "general"\neffective_until = 2024-01-01\nfacts = ["misleading_information"]',
    ),
    "narrow.toml": 'name = "ACME narrow"\n'
    + SRC
    + _code(
        "tm_misuse",
        "Unauthorised use of the trademark",
        extra='severity = "general"\nfacts = ["mark_in_title"]',
    ),
    "limit.toml": 'name = "ACME limit"\n'
    + MINE
    + _portal(300, end="2024-01-01")
    + _portal(200, start="2024-01-01"),
    "late.toml": 'name = "ACME late"\n' + MINE + _portal(200, start="2024-01-01"),
    "overlap.toml": 'name = "ACME overlap"\n'
    + MINE
    + _portal(300, end="2025-01-01")
    + _portal(200, start="2024-01-01"),
    "nosource.toml": 'name = "No source"\n'
    + '[[channels]]\nid = "portal"\nname = "IPP portal"\nmax_listings = 200\n'
    + 'effective_from = 2015-01-06\nconfidence = "user"\n',
    "noconf.toml": 'name = "No confidence"\n'
    + MINE
    + '[[channels]]\nid = "portal"\nname = "IPP portal"\nmax_listings = 200\n'
    + 'effective_from = 2015-01-06\nsources = ["MINE"]\n',
    "a.toml": 'name = "A"\n' + MINE + _portal(200),
    "b.toml": 'name = "B"\n'
    + '[[sources]]\nid = "THEIRS"\ntitle = "their counsel"\nkind = "user"\n'
    + _portal(250, src="THEIRS"),
    "reg.toml": 'name = "ACME reg"\n'
    + MINE
    + """
[[registrations]]
id = "1688"
accepted = ["CN"]
known = "yes"
effective_from = 2015-01-06
effective_until = 2025-01-01
sources = ["MINE"]
confidence = "user"

[[registrations]]
id = "1688"
accepted = ["CN", "US"]
known = "yes"
effective_from = 2025-01-01
sources = ["MINE"]
confidence = "user"
""",
    "badplat.toml": 'name = "Bad platform"\n'
    + SRC
    + _code("acme_x", "X", platforms='["taobao", "tmal"]'),
    "badtype.toml": 'name = "Bad type"\n'
    + SRC
    + _code("acme_y", "Y").replace('ipr_type = "trademark"', 'ipr_type = "trademrk"'),
    "early.toml": 'name = "Early"\n' + MINE + _portal(200, start="1999-01-01"),
    "typo.toml": 'name = "Typo"\n'
    + SRC
    + _code("acme_typo", "Typo", extra='severity = "serious"\nfacts = ["counterfeit_prodcut"]'),
    "acme2.toml": 'name = "ACME account"\nreplace = ["reason_codes"]\n'
    + SRC
    + _code(
        "acme_counterfeit",
        "假冒商品 / Counterfeit",
        extra='severity = "general"\nfacts = ["counterfeit_product"]',
    ),
    "badreplace.toml": 'name = "Bad replace"\nreplace = ["reason_code"]\n',
    "reading.toml": 'name = "Reading"\n'
    + MINE
    + """
[[interpretations]]
id = "acme-strict"
title = "ACME's counsel"
description = "The brief, with our counsel's portal limit."
base = "brief"
"""
    + _portal(300, end="2024-01-01").replace(
        'confidence = "user"', 'confidence = "user"\ninterpretation = "acme-strict"'
    )
    + _portal(150, start="2024-01-01").replace(
        'confidence = "user"', 'confidence = "user"\ninterpretation = "acme-strict"'
    ),
    "official_mine.toml": 'name = "Official, own source"\n'
    + MINE
    + '[[limits]]\nid = "expiry_warning"\ninterpretation = "official"\nvalue = 30\nunit = "days"\n'
    + 'effective_from = 2015-01-06\nsources = ["MINE"]\nconfidence = "user"\n',
    "lazada.toml": 'name = "Lazada"\n' + SRC + _code("acme_z", "Z", platforms='["lazada"]'),
    "official.toml": 'name = "Official only"\n'
    + """
[[limits]]
id = "expiry_warning"
interpretation = "official"
value = 30
unit = "days"
effective_from = 2015-01-06
sources = ["BRIEF"]
confidence = "user"
""",
    "plan_acme.toml": _plan("acme_counterfeit", 1, "2026-11-23"),
    "plan_tmc.toml": _plan("tm_counterfeit", 1, "2026-11-23"),
    "plan_big.toml": _plan("tm_misuse", 250, "2026-11-23"),
    "plan_big2020.toml": _plan("tm_misuse", 250, "2020-03-02"),
    "plan_mislead.toml": _plan("tm_misleading", 1, "2026-11-23"),
    "plan_us_2024.toml": _plan(
        "tm_misuse", 1, "2024-06-03", platform="1688", place="US", url=URL_1688
    ),
    "plan_us_2025.toml": _plan(
        "tm_misuse", 1, "2025-06-03", platform="1688", place="US", url=URL_1688
    ),
}

Check = str | Callable[[str], bool]


def _json(pred: Callable[[dict], bool]) -> Callable[[str], bool]:
    return lambda out: pred(json.loads(out))


D = "rules diff"
R = "rules"
CASES: list[tuple[str, str, int, list[Check], list[str]]] = [
    # --- reason list copied from the account: added / renamed / retired / narrowed
    (
        "acme-reasons",
        "rules reasons --rules acme.toml --as-of 2026-11-23",
        0,
        ["acme_counterfeit", "unknown (no severity)", "ACME account"],
        ["tm_counterfeit "],
    ),
    (
        "acme-reasons-json",
        "rules reasons --rules acme.toml --as-of 2026-11-23 --format json",
        0,
        [
            _json(lambda d: [r["id"] for r in d["data"]] == ["acme_counterfeit"]),
            _json(lambda d: d["data"][0]["severity"] == "unknown"),
            _json(
                lambda d: (
                    d["data"][0]["sources"] == ["ACME-IPP"] and d["data"][0]["confidence"] == "user"
                )
            ),
        ],
        [],
    ),
    (
        "add-reasons",
        "rules reasons --rules add.toml --as-of 2026-11-23",
        0,
        ["acme_grey", "tm_counterfeit", "ACME add"],
        [],
    ),
    (
        "add-platform-taobao",
        "rules reasons --rules add.toml --platform taobao --as-of 2026-11-23",
        0,
        ["acme_grey"],
        [],
    ),
    (
        "add-platform-tmall",
        "rules reasons --rules add.toml --platform tmall --as-of 2026-11-23",
        0,
        ["tm_counterfeit"],
        ["acme_grey"],
    ),
    (
        "rename-label",
        "rules reasons --rules rename.toml --as-of 2026-11-23",
        0,
        ["Brand misuse (our wording)"],
        ["Unauthorised use of the trademark in the listing"],
    ),
    (
        "rename-source",
        "rules section reason_codes --rules rename.toml --as-of 2026-11-23 --format json",
        0,
        [
            _json(
                lambda d: (
                    next(r for r in d["data"] if r["id"] == "tm_misuse")["sources"] == ["ACME-IPP"]
                )
            )
        ],
        [],
    ),
    (
        "retire-before",
        "rules reasons --rules retire.toml --as-of 2023-12-31",
        0,
        ["tm_misleading"],
        [],
    ),
    (
        "retire-after",
        "rules reasons --rules retire.toml --as-of 2024-01-01",
        0,
        ["tm_misuse"],
        ["tm_misleading"],
    ),
    (
        "narrow-aliexpress",
        "rules reasons --rules narrow.toml --platform aliexpress --as-of 2026-11-23",
        0,
        ["tm_counterfeit"],
        ["tm_misuse "],
    ),
    (
        "narrow-tmall",
        "rules reasons --rules narrow.toml --platform tmall --as-of 2026-11-23",
        0,
        ["tm_misuse"],
        [],
    ),
    # --- advise under the overlay
    (
        "advise-acme",
        "advise --rules acme.toml --ipr-type trademark --platform taobao --fact counterfeit_product --as-of 2026-11-23",
        0,
        ["acme_counterfeit", "class unknown: acme.toml gives acme_counterfeit no severity"],
        ["tm_counterfeit"],
    ),
    (
        "advise-acme-json",
        "advise --rules acme.toml --ipr-type trademark --platform taobao --fact counterfeit_product --as-of 2026-11-23 --format json",
        0,
        [
            _json(lambda d: d["rulebook"].startswith("ACME account")),
            '"severity_confidence": "unknown"',
        ],
        [],
    ),
    (
        "advise-acme-fact-unknown",
        "advise --rules acme.toml --ipr-type trademark --platform taobao --fact mark_in_title --as-of 2026-11-23",
        2,
        ["mark_in_title"],
        ["Traceback"],
    ),
    (
        "advise-acme-aliexpress",
        "advise --rules acme.toml --ipr-type trademark --platform aliexpress --fact counterfeit_product --as-of 2026-11-23",
        1,
        ["no reason code is admissible"],
        ["Traceback"],
    ),
    (
        "advise-add-own-fact",
        "advise --rules add.toml --ipr-type trademark --platform taobao --fact grey_import --as-of 2026-11-23",
        0,
        ["acme_grey"],
        [],
    ),
    (
        "advise-narrow-ae",
        "advise --rules narrow.toml --ipr-type trademark --platform aliexpress --fact mark_in_title --as-of 2026-11-23",
        0,
        ["Decision: unknown", "tm_misuse: not offered on aliexpress"],
        [],
    ),
    (
        "advise-retired",
        "advise --rules retire.toml --ipr-type trademark --platform taobao --fact misleading_information --as-of 2024-06-01",
        0,
        ["tm_misleading", "2024-01-01"],
        ["Decision: file tm_misleading", "Traceback"],
    ),
    (
        "advise-before-retired",
        "advise --rules retire.toml --ipr-type trademark --platform taobao --fact misleading_information --as-of 2023-06-01",
        0,
        ["Decision: file tm_misleading"],
        [],
    ),
    # --- check under the overlay
    (
        "check-acme-ok",
        "check plan_acme.toml --rules acme.toml --as-of 2026-11-23",
        0,
        ["ACME account"],
        ["reason-unknown"],
    ),
    (
        "check-acme-replaced",
        "check plan_tmc.toml --rules acme.toml --as-of 2026-11-23",
        1,
        ["reason-unknown", "tm_counterfeit"],
        [],
    ),
    (
        "check-embedded-acme-code",
        "check plan_acme.toml --as-of 2026-11-23",
        1,
        ["reason-unknown", "acme_counterfeit"],
        [],
    ),
    ("check-big-embedded", "check plan_big.toml --as-of 2026-11-23", 0, [], ["listings-too-many"]),
    (
        "check-big-limit",
        "check plan_big.toml --rules limit.toml --as-of 2026-11-23",
        1,
        ["listings-too-many", "at most 200", "ACME limit"],
        [],
    ),
    (
        "check-big-limit-json",
        "check plan_big.toml --rules limit.toml --as-of 2026-11-23 --format json",
        1,
        [
            _json(lambda d: d["rulebook"].startswith("ACME limit")),
            _json(
                lambda d: (
                    [f["sources"] for f in d["findings"] if f["code"] == "listings-too-many"]
                    == [["MINE"]]
                )
            ),
        ],
        [],
    ),
    (
        "check-big2020-limit",
        "check plan_big2020.toml --rules limit.toml --as-of 2026-11-23",
        0,
        ["ACME limit"],
        ["listings-too-many"],
    ),
    (
        "check-big2020-late",
        "check plan_big2020.toml --rules late.toml --as-of 2026-11-23",
        0,
        ["rule-record-missing", "channels/portal", "2024-01-01"],
        ["Traceback"],
    ),
    (
        "check-us-1688-embedded",
        "check plan_us_2025.toml --as-of 2026-11-23",
        1,
        ["right-place-not-accepted"],
        [],
    ),
    (
        "check-us-1688-before",
        "check plan_us_2024.toml --rules reg.toml --as-of 2026-11-23",
        1,
        ["right-place-not-accepted"],
        [],
    ),
    (
        "check-us-1688-after",
        "check plan_us_2025.toml --rules reg.toml --as-of 2026-11-23",
        None,
        ["ACME reg"],
        ["right-place-not-accepted"],
    ),
    (
        "check-us-1688-after-json",
        "check plan_us_2025.toml --rules reg.toml --as-of 2026-11-23 --format json",
        None,
        [_json(lambda d: all(f["code"] != "right-place-not-accepted" for f in d["findings"]))],
        [],
    ),
    (
        "check-us-1688-before-json",
        "check plan_us_2024.toml --rules reg.toml --as-of 2026-11-23 --format json",
        1,
        [
            _json(
                lambda d: (
                    ["MINE"]
                    in [
                        f["sources"]
                        for f in d["findings"]
                        if f["code"] == "right-place-not-accepted"
                    ]
                )
            )
        ],
        [],
    ),
    (
        "section-channels-text",
        "rules section channels --rules limit.toml --as-of 2026-11-23",
        0,
        ["portal", "MINE", "user"],
        [],
    ),
    (
        "check-mislead-retired",
        "check plan_mislead.toml --rules retire.toml --as-of 2026-11-23",
        1,
        ["reason-unknown", "tm_misleading"],
        [],
    ),
    (
        "check-ab-order",
        "check plan_big.toml --rules b.toml --rules a.toml --as-of 2026-11-23",
        1,
        ["listings-too-many", "200"],
        [],
    ),
    (
        "check-ba-order",
        "check plan_big.toml --rules a.toml --rules b.toml --as-of 2026-11-23",
        0,
        ["B"],
        ["listings-too-many"],
    ),
    # --- explain quotes the file's figure
    (
        "explain-limit",
        "explain listings-too-many --rules limit.toml --as-of 2026-11-23",
        0,
        ["Figures: those of the ACME limit", "portal 200 listings (from 2024-01-01; MINE)"],
        ["Traceback"],
    ),
    (
        "explain-limit-json",
        "explain listings-too-many --rules limit.toml --format json",
        0,
        [
            _json(lambda d: d.get("figures_from", "").startswith("ACME limit")),
            _json(
                lambda d: (
                    [(f["value"], f["sources"]) for f in d["figures"] if f["id"] == "portal"]
                    == [(300, ["MINE"]), (200, ["MINE"])]
                )
            ),
        ],
        [],
    ),
    (
        "explain-embedded",
        "explain listings-too-many --as-of 2026-11-23",
        0,
        ["portal 300 listings", "standalone_form 10 listings"],
        [],
    ),
    (
        "explain-json-no-reading",
        "explain listings-too-many --rules limit.toml --as-of 2026-11-23 --format json",
        0,
        [_json(lambda d: "interpretation" not in d)],
        [],
    ),
    # --- rules views under the overlay cite the user's record
    (
        "platforms-limit",
        "rules platforms --rules limit.toml --as-of 2026-11-23 --format json",
        0,
        [
            _json(
                lambda d: (
                    next(c for c in d["data"]["channels"] if c["id"] == "portal")["max_listings"]
                    == 200
                )
            ),
            _json(
                lambda d: (
                    next(c for c in d["data"]["channels"] if c["id"] == "portal")["sources"]
                    == ["MINE"]
                )
            ),
        ],
        [],
    ),
    (
        "platforms-limit-2023",
        "rules section channels --rules limit.toml --as-of 2023-12-31 --format json",
        0,
        [_json(lambda d: next(c for c in d["data"] if c["id"] == "portal")["max_listings"] == 300)],
        [],
    ),
    (
        "rule-sources-mine",
        "rules sources MINE --rules limit.toml --as-of 2026-11-23",
        0,
        ["our counsel"],
        [],
    ),
    (
        "registrations-reg-2024",
        "rules registrations --rules reg.toml --platform 1688 --as-of 2024-06-01 --format json",
        0,
        [_json(lambda d: d["data"][0]["accepted"] == ["CN"])],
        [],
    ),
    (
        "registrations-reg-2025",
        "rules registrations --rules reg.toml --platform 1688 --as-of 2025-01-01 --format json",
        0,
        [
            _json(
                lambda d: (
                    d["data"][0]["accepted"] == ["CN", "US"] and d["data"][0]["sources"] == ["MINE"]
                )
            )
        ],
        [],
    ),
    (
        "platform-1688-reg",
        "rules platform 1688 --rules reg.toml --as-of 2025-06-01",
        0,
        ["US", "MINE"],
        [],
    ),
    (
        "early-first-day",
        "rules section channels --rules early.toml --as-of 2015-01-06 --format json",
        0,
        [_json(lambda d: next(c for c in d["data"] if c["id"] == "portal")["max_listings"] == 200)],
        [],
    ),
    (
        "early-before-coverage",
        "rules section channels --rules early.toml --as-of 2014-12-31",
        2,
        ["2015-01-06"],
        ["Traceback"],
    ),
    (
        "early-diff-before",
        f"{D} --against early.toml --as-of 2010-06-01",
        2,
        ["2015-01-06"],
        ["Traceback"],
    ),
    ("diff-year-3000", f"{D} --as-of 3000-01-01 --to 2022-01-20", 2, [], ["Traceback"]),
    (
        "diff-backwards",
        f"{D} --as-of 2022-01-20 --to 2022-01-19",
        1,
        ["counter_notice_round_2_3", "27 -> 30"],
        [],
    ),
    (
        "diff-severity-stated",
        f"{D} --rules acme.toml --against acme2.toml --separately --as-of 2026-11-23",
        1,
        ["acme_counterfeit", "severity: 'unknown' -> 'general'"],
        [],
    ),
    (
        "typo-fact-note",
        "rules reasons --rules typo.toml --as-of 2026-11-23",
        0,
        [
            "ipprules: note: reason code acme_typo: fact 'counterfeit_prodcut' (typo.toml:",
            "(did you mean 'counterfeit_product'?)",
        ],
        [],
    ),
    (
        "bad-replace",
        "rules --rules badreplace.toml --as-of 2026-11-23",
        2,
        ["$.replace[0]", "unknown section"],
        ["Traceback"],
    ),
    (
        "ab-section-json",
        "rules section channels --rules a.toml --rules b.toml --as-of 2026-11-23 --format json",
        0,
        [
            _json(
                lambda d: next(c for c in d["data"] if c["id"] == "portal")["sources"] == ["THEIRS"]
            )
        ],
        [],
    ),
    (
        "own-reading",
        "rules section channels --rules reading.toml --interpretation acme-strict --as-of 2026-11-23 --format json",
        0,
        [
            _json(lambda d: d["interpretation"] == "acme-strict"),
            _json(
                lambda d: next(c for c in d["data"] if c["id"] == "portal")["max_listings"] == 150
            ),
        ],
        [],
    ),
    (
        "own-reading-brief",
        "check plan_big.toml --rules reading.toml --as-of 2026-11-23",
        0,
        ["interpretation brief", "at most 150 per complaint", "differs under: acme-strict"],
        ["error   listings-too-many"],
    ),
    (
        "own-reading-check",
        "check plan_big.toml --rules reading.toml --interpretation acme-strict --as-of 2026-11-23",
        1,
        ["interpretation acme-strict", "listings-too-many", "at most 150"],
        [],
    ),
    # --- refused files
    (
        "overlap",
        "rules --rules overlap.toml --as-of 2026-11-23",
        2,
        ["overlap.toml:", "overlap"],
        ["Traceback"],
    ),
    (
        "nosource",
        "rules --rules nosource.toml --as-of 2026-11-23",
        2,
        ["nosource.toml:", "sources"],
        ["Traceback"],
    ),
    (
        "noconf",
        "rules --rules noconf.toml --as-of 2026-11-23",
        2,
        ["noconf.toml:", "confidence"],
        ["Traceback"],
    ),
    (
        "badplat",
        "rules --rules badplat.toml --as-of 2026-11-23",
        2,
        ["badplat.toml:", "$.reason_codes[0].platforms[1]", "unknown platform 'tmal'", "tmall"],
        ["Traceback"],
    ),
    (
        "badtype",
        "rules --rules badtype.toml --as-of 2026-11-23",
        2,
        ["badtype.toml:", "$.reason_codes[0].ipr_type", "trademrk", "trademark"],
        ["Traceback"],
    ),
    (
        "badplat-lazada",
        "rules --rules lazada.toml --as-of 2026-11-23",
        2,
        [
            "lazada.toml:",
            "unknown platform 'lazada' (one of lazada_id, lazada_my, lazada_ph, lazada_sg, lazada_th, lazada_vn)",
        ],
        ["did you mean"],
    ),
    (
        "badplat-check",
        "check plan_acme.toml --rules badplat.toml --as-of 2026-11-23",
        2,
        ["unknown platform 'tmal'"],
        ["Traceback"],
    ),
    (
        "missing-file",
        "rules --rules nothere.toml --as-of 2026-11-23",
        2,
        ["nothere.toml"],
        ["Traceback"],
    ),
    # --- diffs of two dates of the embedded book
    (
        "diff-2022-01-20",
        f"{D} --as-of 2022-01-19 --to 2022-01-20",
        1,
        ["counter_notice_round_2_3"],
        [],
    ),
    (
        "diff-2022-01-20-json",
        f"{D} --as-of 2022-01-19 --to 2022-01-20 --format json",
        1,
        [
            _json(
                lambda d: any(
                    c["id"] == "counter_notice_round_2_3" and c["kind"] == "changed"
                    for c in d["data"]["changes"]
                )
            ),
            _json(lambda d: d["data"]["to"]["as_of"] == "2022-01-20"),
        ],
        [],
    ),
    ("diff-nothing", f"{D} --as-of 2023-01-01 --to 2024-01-01", 0, [], ["Traceback"]),
    ("diff-2015-01-21", f"{D} --as-of 2015-01-20 --to 2015-01-21", 1, ["tm_misleading"], []),
    ("diff-2015-04-01", f"{D} --as-of 2015-03-31 --to 2015-04-01", 1, ["added", "good_faith/"], []),
    ("diff-2018-04-15-no-trial", f"{D} --as-of 2018-04-14 --to 2018-04-15", 0, ["0 change(s)"], []),
    (
        "diff-2018-04-15-trial",
        f"{D} --as-of 2018-04-14 --to 2018-04-15 --trial",
        1,
        ["good_faith/"],
        [],
    ),
    (
        "diff-2020-01-01",
        f"{D} --as-of 2019-12-31 --to 2020-01-01",
        1,
        ["added", "processing_lazada_ipp_plus"],
        [],
    ),
    ("diff-2021-12-28-no-trial", f"{D} --as-of 2021-12-27 --to 2021-12-28", 0, ["0 change(s)"], []),
    (
        "diff-2021-12-28-trial",
        f"{D} --as-of 2021-12-27 --to 2021-12-28 --trial-years 2021",
        1,
        ["gf_counterfeit_simplified"],
        [],
    ),
    ("diff-2018-12-15", f"{D} --as-of 2018-12-14 --to 2018-12-15", 1, ["counter_notice"], []),
    ("diff-2019-06-01", f"{D} --as-of 2019-05-31 --to 2019-06-01", 1, ["lazada_sg", "added"], []),
    (
        "diff-2022-04-15",
        f"{D} --as-of 2022-04-14 --to 2022-04-15",
        1,
        ["gf_counterfeit_simplified"],
        [],
    ),
    (
        "diff-2018-08-15-json",
        f"{D} --as-of 2018-08-14 --to 2018-08-15 --format json",
        1,
        [_json(lambda d: any(c["section"] == "good_faith" for c in d["data"]["changes"]))],
        [],
    ),
    (
        "diff-before-coverage",
        f"{D} --as-of 1999-01-01 --to 2022-01-20",
        2,
        ["2015-01-06"],
        ["Traceback"],
    ),
    (
        "diff-to-before-coverage",
        f"{D} --as-of 2022-01-20 --to 2014-12-31",
        2,
        ["2015-01-06"],
        ["Traceback"],
    ),
    (
        "diff-to-and-against",
        f"{D} --as-of 2022-01-20 --to 2023-01-01 --against a.toml",
        2,
        [],
        ["Traceback"],
    ),
    (
        "diff-separately-alone",
        f"{D} --as-of 2022-01-20 --to 2023-01-01 --separately",
        2,
        [],
        ["Traceback"],
    ),
    # --- embedded vs overlaid
    (
        "diff-against-acme",
        f"{D} --against acme.toml --as-of 2026-11-23",
        1,
        ["acme_counterfeit", "ACME-IPP", "tm_counterfeit"],
        [],
    ),
    (
        "diff-against-acme-json",
        f"{D} --against acme.toml --as-of 2026-11-23 --format json",
        1,
        [
            _json(
                lambda d: (
                    {(c["kind"], c["id"]) for c in d["data"]["changes"]}
                    >= {("added", "acme_counterfeit"), ("removed", "tm_counterfeit")}
                )
            ),
            _json(
                lambda d: (
                    d["interpretation"] == "brief"
                    and d["data"]["to"]["rulebook"].startswith("ACME account")
                )
            ),
        ],
        [],
    ),
    (
        "diff-against-limit",
        f"{D} --against limit.toml --as-of 2026-11-23",
        1,
        ["portal", "300", "200", "MINE"],
        [],
    ),
    (
        "diff-against-limit-2023",
        f"{D} --against limit.toml --as-of 2023-06-01",
        1,
        ["portal", "MINE"],
        [],
    ),
    (
        "diff-against-late-2020",
        f"{D} --against late.toml --as-of 2020-06-01",
        1,
        ["removed", "portal"],
        [],
    ),
    (
        "diff-against-rename",
        f"{D} --against rename.toml --as-of 2026-11-23",
        1,
        ["tm_misuse", "Brand misuse (our wording)"],
        [],
    ),
    (
        "diff-against-narrow-json",
        f"{D} --against narrow.toml --as-of 2026-11-23 --format json",
        1,
        [
            _json(
                lambda d: any(
                    c["id"] == "tm_misuse" and c["kind"] == "changed" for c in d["data"]["changes"]
                )
            )
        ],
        [],
    ),
    (
        "diff-against-retire-2024",
        f"{D} --against retire.toml --as-of 2024-06-01",
        1,
        ["tm_misleading", "removed"],
        [],
    ),
    (
        "diff-rules-dates",
        f"{D} --rules retire.toml --as-of 2023-12-31 --to 2024-01-01",
        1,
        ["tm_misleading", "removed"],
        [],
    ),
    (
        "diff-rules-reg-dates",
        f"{D} --rules reg.toml --as-of 2024-12-31 --to 2025-01-01",
        1,
        ["1688", "US"],
        [],
    ),
    (
        "diff-ab",
        f"{D} --rules a.toml --against b.toml --as-of 2026-11-23",
        1,
        ["portal", "200", "250", "applied over it"],
        [],
    ),
    (
        "diff-ab-separately",
        f"{D} --rules a.toml --against b.toml --separately --as-of 2026-11-23",
        1,
        ["200", "250", "each applied over the embedded book"],
        [],
    ),
    (
        "diff-official-only",
        f"{D} --against official.toml --as-of 2026-11-23",
        0,
        ["limits/expiry_warning: differs under official"],
        [],
    ),
    (
        "diff-official-only-json",
        f"{D} --against official.toml --as-of 2026-11-23 --format json",
        0,
        [
            _json(lambda d: d["other_readings"] == {"limits/expiry_warning": ["official"]}),
            _json(
                lambda d: (
                    d["other_answers"]["official"]["limits/expiry_warning"][0] is None
                    and d["other_answers"]["official"]["limits/expiry_warning"][1]["kind"]
                    == "changed"
                )
            ),
        ],
        [],
    ),
    (
        "diff-official-read",
        f"{D} --against official.toml --as-of 2026-11-23 --interpretation official",
        1,
        ["expiry_warning", "30"],
        [],
    ),
    (
        "diff-official-own-source",
        f"{D} --against official_mine.toml --as-of 2026-11-23",
        1,
        ["added    sources/MINE", "limits/expiry_warning: differs under official"],
        [],
    ),
    (
        "diff-against-bad",
        f"{D} --against badplat.toml --as-of 2026-11-23",
        2,
        ["unknown platform 'tmal'"],
        ["Traceback"],
    ),
    (
        "diff-against-self",
        f"{D} --rules a.toml --against a.toml --as-of 2026-11-23",
        0,
        [],
        ["Traceback"],
    ),
    (
        "diff-json-stable-keys",
        f"{D} --against a.toml --as-of 2026-11-23 --format json",
        1,
        [
            _json(
                lambda d: (
                    list(d)
                    == [
                        "rulebook",
                        "rulebook_version",
                        "rulebook_date",
                        "as_of",
                        "interpretation",
                        "view",
                        "data",
                        "other_readings",
                        "other_answers",
                        "notes",
                    ]
                )
            ),
            _json(lambda d: {"other_readings", "notes"} <= set(d) and d["view"] == "diff"),
        ],
        [],
    ),
]


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The user's files, written once for every case (no case writes to them)."""
    where = tmp_path_factory.mktemp("rules58")
    for name, text in FILES.items():
        (where / name).write_text(text, encoding="utf-8")
    return where


@pytest.mark.parametrize(
    ("argv", "rc", "want", "not_want"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_case(
    files: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: str,
    rc: int | None,
    want: list[Check],
    not_want: list[str],
) -> None:
    monkeypatch.chdir(files)
    code = main(argv.split())
    out, err = capsys.readouterr()
    if rc is not None:
        assert code == rc, (out, err)
    for w in want:
        if callable(w):
            assert w(out), out
        else:
            assert w in out + err, (out, err)
    for w in not_want:
        assert w not in out + err, (out, err)
