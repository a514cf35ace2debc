"""A grader's complaint plans, written from the rule text (ipp-rules.md part 0 and 1.2-1.5,
docs/checks.md), each aimed at one rule, checked through ``ipprules check`` and the Python API.

Each case gives the exit code the rule text decides, the finding codes that must appear and
those that must not; the API must agree with the CLI (same codes, ``report.ok`` for exit 0,
a library error for exit 2)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from _cli import run_cli
from ipprules.checks import check, is_valid, read_plan
from ipprules.errors import IpprulesError

AS_OF = "2026-11-23"

ACCOUNT = """
[account]
name = "Lumen Optics Co., Ltd."
location = "elsewhere"
identity = "enterprise"
incorporated = "HK"
documents = [
  { kind = "business_registration", name = "Lumen Optics Co., Ltd.", language = "en", valid_until = 2027-06-30 },
]
complaints_filed = 400
"""


def tm(rid: str = "tm", place: str = "CN", expiry: str = "2031-06-13", extra: str = "") -> str:
    return f"""
[[rights]]
id = "{rid}"
ipr_type = "trademark"
name = "LUMEN"
place = "{place}"
number = "31234567"
classes = [9]
expiry_date = {expiry}
registrant = "Lumen Optics Co., Ltd."
documents = [{{ kind = "trademark_certificate", colour = true, language = "zh" }}]
{extra}
"""


def complaint(
    platform: str,
    listings: list[str],
    reason: str = "tm_counterfeit",
    right: str = "tm",
    extra: str = "",
    cid: str = "c1",
) -> str:
    return f"""
[[complaints]]
id = "{cid}"
platform = "{platform}"
right = "{right}"
reason = "{reason}"
supplement = "Counterfeit LUMEN lamps: wrong packaging, no serial number."
listings = {json.dumps(listings)}
{extra}
"""


TB = "https://item.taobao.com/item.htm?id=606832683299"
TB2 = "https://item.taobao.com/item.htm?id=674029285425"
TMALL = "https://detail.tmall.com/item.htm?id=690091011924"
TMHK = "https://detail.tmall.hk/hk/item.htm?id=690091011925"
AE = "https://www.aliexpress.com/item/1005004878609097.html"
A1688 = "https://detail.1688.com/offer/585943639773.html"
ACOM = "https://www.alibaba.com/product-detail/LUMEN-Desk-Lamp_1600123456789.html"
LZ_TH = "https://www.lazada.co.th/products/lumen-desk-lamp-i123456789-s987654321.html"
LZ_SG = "https://www.lazada.sg/products/lumen-desk-lamp-i123456789-s987654321.html"
XY = "https://www.goofish.com/item?id=1065574393669"

PATENT_OK_DOCS = (
    '{ kind = "patent_certificate", colour = true, language = "zh" },'
    ' { kind = "patent_evaluation_report", conclusion = "positive", language = "zh" }'
)


def patent(subtype: str = "design", docs: str = PATENT_OK_DOCS, place: str = "CN") -> str:
    return f"""
[[rights]]
id = "pat"
ipr_type = "patent"
subtype = "{subtype}"
name = "Desk lamp"
place = "{place}"
number = "ZL201930123456.7"
filing_date = 2019-03-02
registration_date = 2019-09-20
expiry_date = 2029-03-01
registrant = "Lumen Optics Co., Ltd."
documents = [{docs}]
"""


STATEMENT = (
    '{ kind = "copyright_claim_statement", statement_form = "template", completed = true,'
    ' signed = true, sealed = true, language = "en" }'
)


def copyright_unregistered(docs: str = STATEMENT) -> str:
    return f"""
[[rights]]
id = "cr"
ipr_type = "copyright"
name = "LUMEN product photographs 2024"
status = "unregistered"
registrant = "Lumen Optics Co., Ltd."
documents = [{docs}]
"""


def tb_urls(n: int) -> list[str]:
    return [f"https://item.taobao.com/item.htm?id={600000000000 + i}" for i in range(n)]


def plan(*parts: str) -> str:
    return "".join((ACCOUNT, *parts))


Case = tuple[str, str, int, set[str], set[str], dict[str, int] | None, tuple[str, ...]]

CLEAN = {"error": 0, "warning": 0, "unknown": 0, "info": 0}

CASES: dict[str, Case] = {}


def case(
    name: str,
    text: str,
    exit_code: int,
    must: set[str] | None = None,
    must_not: set[str] | None = None,
    counts: dict[str, int] | None = None,
    ext: str = "toml",
    says: tuple[str, ...] = (),
) -> None:
    CASES[name] = (text, ext, exit_code, must or set(), must_not or set(), counts, says)


# --- clean plans (exit 0)
case("clean-taobao", plan(tm(), complaint("taobao", [TB, TB2])), 0, counts=CLEAN)
case("clean-tmall", plan(tm(), complaint("tmall", [TMALL])), 0, counts=CLEAN)
case(
    "clean-storefront-taobao",
    plan(
        tm(),
        complaint(
            "taobao",
            ["https://lyb2528.taobao.com/index.htm"],
            reason="tm_store_misuse",
            extra='target = "storefront"',
        ),
    ),
    0,
    counts=CLEAN,
)
# --- B14: Lazada needs a right registered in the site's country
case(
    "lazada-th-cn-trademark",
    plan(tm(), complaint("lazada_th", [LZ_TH])),
    1,
    {"right-place-not-accepted"},
)
case(
    "lazada-th-th-trademark",
    plan(tm(place="TH"), complaint("lazada_th", [LZ_TH])),
    0,
    must_not={"right-place-not-accepted", "right-not-accepted"},
)
case(
    "lazada-th-with-sg-link",
    plan(tm(place="TH"), complaint("lazada_th", [LZ_SG])),
    1,
    {"listing-wrong-platform"},
)
case(
    "lazada-before-2019-06",
    plan(tm(place="TH"), complaint("lazada_th", [LZ_TH], extra="filing_date = 2019-01-10")),
    1,
    {"platform-unknown"},
)
case(
    "lazada-standalone-form",
    plan(
        tm(place="TH"),
        complaint("lazada_th", [LZ_TH], extra='channel = "standalone_form"'),
    ).replace("complaints_filed = 400", "registered = false"),
    0,
    {"channel-platform-inferred"},
)
# --- B9: patents need the certificate and an evaluation report
case(
    "patent-missing-certificate",
    plan(
        patent(
            docs='{ kind = "patent_evaluation_report", conclusion = "positive", language = "zh" }'
        ),
        complaint("taobao", [TB], reason="pat_design", right="pat"),
    ),
    1,
    {"right-document-missing"},
)
case(
    "patent-missing-report",
    plan(
        patent(
            subtype="invention",
            docs='{ kind = "patent_certificate", colour = true, language = "zh" }',
        ),
        complaint("taobao", [TB], reason="pat_invention", right="pat"),
    ),
    1,
    {"right-document-missing"},
)
# R54: Taobao's design-patent reasons are pat_design_judgment and pat_design_suspected
case(
    "patent-clean",
    plan(patent(), complaint("taobao", [TB], reason="pat_design_suspected", right="pat")),
    0,
    must_not={"right-document-missing"},
)
case(
    "patent-negative-report-taobao",
    plan(
        patent(
            docs='{ kind = "patent_certificate", colour = true, language = "zh" },'
            ' { kind = "patent_evaluation_report", conclusion = "negative", language = "zh" }'
        ),
        complaint("taobao", [TB], reason="pat_design", right="pat"),
    ),
    1,
    {"evaluation-report-negative"},
)
case(
    "patent-no-subtype",
    plan(
        patent().replace('subtype = "design"\n', ""),
        complaint("taobao", [TB], reason="pat_design", right="pat"),
    ),
    1,
    {"right-subtype-invalid"},
)
case(
    "patent-invention-reason-on-design",
    plan(patent(), complaint("taobao", [TB], reason="pat_invention", right="pat")),
    1,
    {"reason-wrong-subtype"},
)
# --- B8: unregistered copyright: international platforms with a statement, not China
case(
    "copyright-unregistered-aliexpress",
    plan(
        copyright_unregistered(),
        complaint("aliexpress", [AE], reason="cr_copied_content", right="cr"),
    ),
    0,
    must_not={"right-place-not-accepted", "right-not-accepted", "right-document-missing"},
)
case(
    "copyright-unregistered-no-statement",
    plan(
        copyright_unregistered(docs=""),
        complaint("aliexpress", [AE], reason="cr_copied_content", right="cr"),
    ),
    1,
    {"right-document-missing"},
)
case(
    "copyright-unregistered-taobao",
    plan(
        copyright_unregistered(),
        complaint("taobao", [TB], reason="cr_copied_content", right="cr"),
    ),
    1,
    {"right-not-accepted"},
)
case(
    "copyright-word-statement",
    plan(
        copyright_unregistered(
            docs='{ kind = "copyright_claim_statement", statement_form = "word_file",'
            ' completed = true, signed = true, language = "en" }'
        ),
        complaint("aliexpress", [AE], reason="cr_copied_content", right="cr"),
    ),
    1,
    {"claim-statement-not-accepted"},
)
# --- B2, B17: link limits
case(
    "portal-301-links",
    plan(tm(), complaint("taobao", tb_urls(301))),
    1,
    {"listings-too-many"},
)
case(
    "portal-300-links",
    plan(tm(), complaint("taobao", tb_urls(300))),
    0,
    must_not={"listings-too-many"},
)
case(
    "portal-10000-links",
    plan(tm(), complaint("taobao", tb_urls(10_000))),
    1,
    {"listings-too-many"},
)
case(
    "form-11-links",
    plan(tm(), complaint("taobao", tb_urls(11), extra='channel = "standalone_form"')).replace(
        "complaints_filed = 400", "registered = false"
    ),
    1,
    {"listings-too-many"},
)
case(
    "form-10-links",
    plan(tm(), complaint("taobao", tb_urls(10), extra='channel = "standalone_form"')).replace(
        "complaints_filed = 400", "registered = false"
    ),
    0,
    must_not={"listings-too-many"},
)
case(
    "form-registered-account",
    plan(tm(), complaint("taobao", [TB], extra='channel = "standalone_form"')),
    1,
    {"channel-registered-account"},
)
case(
    "new-filer-large-batch",
    plan(tm(), complaint("taobao", tb_urls(150))).replace(
        "complaints_filed = 400", "complaints_filed = 5"
    ),
    0,
    {"new-filer-large-batch"},
)
# --- links of another marketplace, or of no marketplace
case(
    "aliexpress-link-on-taobao",
    plan(tm(), complaint("taobao", [TB, AE])),
    1,
    {"listing-wrong-platform"},
)
case(
    "amazon-link",
    plan(tm(), complaint("taobao", ["https://www.amazon.com/dp/B08N5WRWNW"])),
    1,
    {"listing-rejected"},
)
case(
    "lookalike-host",
    plan(
        tm(), complaint("1688", ["https://detail.1688.com.offer-view.top/offer/585943639774.html"])
    ),
    1,
    {"listing-rejected"},
)
case("listing-repeated", plan(tm(), complaint("taobao", [TB, TB])), 1, {"listing-duplicate"})
case("no-listings", plan(tm(), complaint("taobao", [])), 1, {"listings-empty"})
case(
    "listing-in-two-complaints",
    plan(tm(), complaint("taobao", [TB]), complaint("taobao", [TB], reason="tm_misuse", cid="c2")),
    0,
    {"listing-duplicate-in-plan"},
)
# --- expiry
case(
    "expired-right", plan(tm(expiry="2026-01-01"), complaint("taobao", [TB])), 1, {"right-expired"}
)
case(
    "expires-soon",
    plan(tm(expiry="2026-12-20"), complaint("taobao", [TB])),
    0,
    {"right-expires-soon"},
)
case(
    "registered-after-filing",
    plan(tm(extra="registration_date = 2026-12-01"), complaint("taobao", [TB])),
    1,
    {"right-not-yet-registered"},
)
case(
    "pending-trademark",
    plan(
        tm(extra='status = "pending"'),
        complaint("taobao", [TB]),
    ),
    1,
    {"right-not-accepted"},
)
case(
    "verification-failed",
    plan(tm(extra='verification = "failed"'), complaint("taobao", [TB])),
    1,
    {"right-verification-failed"},
)
# --- owner differs from the account
case(
    "registrant-differs-holder-account",
    plan(
        tm().replace('registrant = "Lumen Optics Co., Ltd."', 'registrant = "Other Brand Ltd."'),
        complaint("taobao", [TB]),
    ),
    0,
    {"right-registrant-mismatch"},
)
case(
    "agent-without-letter",
    plan(
        tm().replace('registrant = "Lumen Optics Co., Ltd."', 'registrant = "Other Brand Ltd."'),
        complaint("taobao", [TB]),
    ).replace('incorporated = "HK"', 'incorporated = "HK"\ncategory = "agent"'),
    1,
    {"authorisation-missing"},
)
# --- reason codes
case(
    "reason-not-on-platform",
    plan(tm(), complaint("taobao", [TB], reason="tm_misleading")),
    1,
    {"reason-wrong-platform"},
)
case(
    "reason-wrong-ipr-type",
    plan(tm(), complaint("taobao", [TB], reason="cr_piracy")),
    1,
    {"reason-wrong-ipr-type"},
)
case(
    "reason-good-faith-only",
    plan(tm(), complaint("taobao", [TB], reason="gf_counterfeit_simplified")),
    1,
    {"reason-good-faith-only"},
)
case(
    "reason-unheard-of",
    plan(tm(), complaint("taobao", [TB], reason="tm_fake_goods")),
    1,
    {"reason-unknown"},
    says=("tm_counterfeit, tm_counterfeit_test_purchase, tm_misuse",),
)
case(
    "test-purchase-without-evidence",
    plan(tm(), complaint("taobao", [TB], reason="tm_counterfeit_test_purchase")),
    1,
    {"evidence-missing"},
)
case(
    "listing-reason-on-storefront",
    plan(
        tm(),
        complaint(
            "taobao", ["https://lyb2528.taobao.com/index.htm"], extra='target = "storefront"'
        ),
    ),
    1,
    {"reason-wrong-target"},
)
case(
    "storefront-on-aliexpress",
    plan(
        tm(),
        complaint(
            "aliexpress",
            ["https://www.aliexpress.com/store/1101234567"],
            reason="tm_store_misuse",
            extra='target = "storefront"',
        ),
    ),
    1,
    {"storefront-not-allowed"},
)
case(
    "no-supplement",
    plan(
        tm(),
        complaint("taobao", [TB]).replace(
            'supplement = "Counterfeit LUMEN lamps: wrong packaging, no serial number."\n', ""
        ),
    ),
    1,
    {"supplement-missing"},
)
case(
    "parallel-import",
    plan(tm(), complaint("taobao", [TB], extra="parallel_import = true")),
    1,
    {"complaint-genuine-goods"},
)
# --- B12/B13: Tmall Global vs Tmall
case(
    "tmall-global-hk-trademark",
    plan(tm(place="HK"), complaint("tmall_global", [TMHK])),
    0,
    must_not={"right-place-not-accepted"},
)
case(
    "tmall-hk-trademark",
    plan(tm(place="HK"), complaint("tmall", [TMALL])),
    1,
    {"right-place-not-accepted"},
)
case(
    "tmall-global-us-trademark",
    plan(tm(place="US"), complaint("tmall_global", [TMHK])),
    1,
    {"right-place-not-accepted"},
)
# --- B12/B15: 1688 vs Alibaba.com
case(
    "1688-us-trademark",
    plan(tm(place="US"), complaint("1688", [A1688])),
    1,
    {"right-place-not-accepted"},
)
case(
    "alibaba-com-us-trademark",
    plan(tm(place="US"), complaint("alibaba_com", [ACOM])),
    0,
    {"right-place-not-preferred"},
)
case(
    "1688-link-on-alibaba-com",
    plan(tm(), complaint("alibaba_com", [A1688])),
    1,
    {"listing-wrong-platform"},
)
# --- B1: Xianyu is filed as Taobao
# B1: Xianyu is filed by selecting Taobao: the form has no Xianyu to select
case(
    "xianyu-platform",
    plan(tm(), complaint("xianyu", [XY])),
    1,
    {"platform-unknown"},
    says=("filed as taobao",),
)
case(
    "xianyu-link-on-taobao",
    plan(tm(), complaint("taobao", [XY])),
    0,
    must_not={"listing-wrong-platform"},
)
case(
    "madrid-without-extension",
    plan(tm(place="WO", extra="madrid = true"), complaint("taobao", [TB])),
    1,
    {"right-place-not-accepted"},
)
# --- hostile input (exit 2)
case("empty-file", "", 2)
case(
    "duplicate-key",
    plan(tm(), complaint("taobao", [TB])).replace(
        'platform = "taobao"', 'platform = "taobao"\nplatform = "tmall"'
    ),
    2,
)
case("right-not-defined", plan(tm(), complaint("taobao", [TB], right="tm-nowhere")), 2)
# a Cyrillic a: the finding names it, since 'taobаo' and 'taobao' print alike
case(
    "homoglyph-platform",
    plan(tm(), complaint("taob\u0430o", [TB])),
    1,
    {"platform-unknown"},
    says=("(did you mean 'taobao'? it holds U+0430 CYRILLIC SMALL LETTER A, not ASCII)",),
)
case(
    "homoglyph-location",
    plan(tm(), complaint("taobao", [TB])).replace('"elsewhere"', '"els\u0435where"'),
    2,
    says=("it holds U+0435 CYRILLIC SMALL LETTER IE, not ASCII", ":4:"),
)
case("unknown-key", plan(tm(extra="colour = true"), complaint("taobao", [TB])), 2)
case("bad-date", plan(tm(expiry="2029-13-01"), complaint("taobao", [TB])), 2)
case(
    "before-coverage",
    plan(tm(), complaint("taobao", [TB], extra="filing_date = 2014-06-30")),
    2,
)
case(
    "dates-as-strings",
    plan(tm(expiry='"2031-06-13"'), complaint("taobao", [TB])),
    0,
    counts=CLEAN,
)
case(
    "bad-date-string",
    plan(tm(expiry='"13/06/2031"'), complaint("taobao", [TB])),
    2,
)
case("bom-toml", "\ufeff" + plan(tm(), complaint("taobao", [TB])), 0, counts=CLEAN)

# --- more combinations
case(
    "expiry-on-filing-day",
    plan(tm(expiry="2026-11-23"), complaint("taobao", [TB])),
    0,
    {"right-expires-soon"},
    {"right-expired"},
)
case(
    "expired-day-before",
    plan(tm(expiry="2026-11-22"), complaint("taobao", [TB])),
    1,
    {"right-expired"},
)
case(
    "datetime-not-date",
    plan(tm(expiry="2031-06-13T00:00:00"), complaint("taobao", [TB])),
    2,
    says=("expiry_date",),
)
case(
    "storefront-tmall-global",
    plan(
        tm(place="HK"),
        complaint(
            "tmall_global",
            ["https://lumen.tmall.hk/"],
            reason="tm_store_misuse",
            extra='target = "storefront"',
        ),
    ),
    0,
    must_not={"storefront-not-allowed", "listing-wrong-kind"},
)
case(
    "storefront-lazada",
    plan(
        tm(place="TH"),
        complaint(
            "lazada_th",
            ["https://www.lazada.co.th/shop/lumen-store/"],
            reason="tm_store_misuse",
            extra='target = "storefront"',
        ),
    ),
    1,
    {"storefront-not-allowed"},
)
case(
    "storefront-alibaba-com",
    plan(
        tm(place="US"),
        complaint(
            "alibaba_com",
            ["https://lumen.en.alibaba.com/"],
            reason="tm_store_misuse",
            extra='target = "storefront"',
        ),
    ),
    1,
    {"storefront-not-allowed"},
)
case(
    "good-faith-member-simplified",
    plan(tm(), complaint("taobao", [TB], reason="gf_counterfeit_simplified")).replace(
        "complaints_filed = 400", "complaints_filed = 400\ngood_faith = true"
    ),
    0,
    must_not={"reason-good-faith-only"},
)
case(
    "good-faith-reason-on-aliexpress",
    plan(tm(), complaint("aliexpress", [AE], reason="gf_counterfeit_simplified")).replace(
        "complaints_filed = 400", "complaints_filed = 400\ngood_faith = true"
    ),
    1,
    {"reason-wrong-platform"},
)
case(
    "cn-copyright-on-lazada",
    plan(
        """
[[rights]]
id = "cr"
ipr_type = "copyright"
name = "LUMEN product photographs 2024"
place = "CN"
number = "2024-L-01234567"
registrant = "Lumen Optics Co., Ltd."
documents = [{ kind = "copyright_certificate", colour = true, language = "zh" }]
""",
        complaint("lazada_th", [LZ_TH], reason="cr_copied_content", right="cr"),
    ),
    1,
    {"right-place-not-accepted"},
)
case(
    "utility-model-tmall-global-no-report",
    plan(
        patent(
            subtype="utility_model",
            docs='{ kind = "patent_certificate", colour = true, language = "zh" }',
        ),
        complaint("tmall_global", [TMHK], reason="pat_invention", right="pat"),
    ),
    1,
    {"right-document-missing"},
)
case(
    "lookalike-listing-host",
    plan(tm(), complaint("taobao", ["https://item.ta\u043ebao.com/item.htm?id=606832683299"])),
    1,
    {"listing-rejected"},
)
case(
    "alibaba-com-link-on-1688",
    plan(tm(), complaint("1688", [ACOM])),
    1,
    {"listing-wrong-platform"},
)
case(
    "other-right-without-advice",
    plan(
        """
[[rights]]
id = "oth"
ipr_type = "other"
name = "Unfair competition judgment"
registrant = "Lumen Optics Co., Ltd."
documents = [{ kind = "court_judgment", language = "zh" }]
""",
        complaint("taobao", [TB], reason="other_judgment", right="oth"),
    ),
    0,
    {"right-other-without-advice"},
)
case(
    "platform-capitalised",
    plan(tm(), complaint("Taobao", [TB])),
    1,
    {"platform-unknown"},
    says=("did you mean 'taobao'?",),
)
case(
    "two-rights-one-complaint",
    plan(
        tm(),
        tm(rid="tm2"),
        complaint("taobao", [TB]).replace('right = "tm"', 'right = ["tm", "tm2"]'),
    ),
    1,
    {"complaint-several-rights"},
)
case(
    "two-reasons-one-complaint",
    plan(
        tm(),
        complaint("taobao", [TB]).replace(
            'reason = "tm_counterfeit"', 'reason = ["tm_counterfeit", "tm_misuse"]'
        ),
    ),
    2,
    says=("one reason code per complaint",),
)


AGENT = ACCOUNT.replace('incorporated = "HK"', 'incorporated = "HK"\ncategory = "agent"').replace(
    "Lumen Optics Co., Ltd.", "BrandGuard Services Ltd."
)


def letter(extra: str) -> str:
    return f"""
[[account.authorisations]]
rights = ["tm"]
platforms = ["taobao"]
issuer = "Lumen Optics Co., Ltd."
issuer_identity = "enterprise"
template = true
sealed = true
language = "zh"
{extra}
"""


case(
    "agent-letter-clean",
    AGENT
    + letter(
        "valid_from = 2026-01-01\nvalid_until = 2027-12-31\nstates_scope = true\nstates_validity = true"
    )
    + tm()
    + complaint("taobao", [TB]),
    0,
    must_not={"authorisation-missing", "authorisation-not-valid", "authorisation-scope-unstated"},
)
case(
    "agent-letter-expired",
    AGENT
    + letter(
        "valid_from = 2025-01-01\nvalid_until = 2026-06-30\nstates_scope = true\nstates_validity = true"
    )
    + tm()
    + complaint("taobao", [TB]),
    1,
    {"authorisation-not-valid"},
)
case(
    "agent-letter-no-scope-taobao",
    AGENT
    + letter(
        "valid_from = 2026-01-01\nvalid_until = 2027-12-31\nstates_scope = false\nstates_validity = false"
    )
    + tm()
    + complaint("taobao", [TB]),
    1,
    {"authorisation-scope-unstated"},
)
case(
    "agent-letter-other-platform",
    AGENT
    + letter(
        "valid_from = 2026-01-01\nvalid_until = 2027-12-31\nstates_scope = true\nstates_validity = true"
    )
    + tm()
    + complaint("tmall", [TMALL]),
    1,
    {"authorisation-missing"},
)
case(
    "tracking-params-duplicate",
    plan(tm(), complaint("taobao", [TB, TB + "&spm=a21wu.10013406"])),
    1,
    {"listing-duplicate"},
)
case(
    "mobile-link-tmall",
    plan(
        tm(), complaint("tmall", ["https://m.intl.taobao.com/detail/detail.html?id=993154784090"])
    ),
    0,
    {"listing-platform-ambiguous"},
)
case(
    "mobile-link-aliexpress",
    plan(
        tm(),
        complaint("aliexpress", ["https://m.intl.taobao.com/detail/detail.html?id=993154784090"]),
    ),
    1,
    {"listing-wrong-platform"},
)
case(
    "lazada-five-attachments",
    plan(
        tm(place="TH"),
        complaint(
            "lazada_th",
            [LZ_TH],
            extra="evidence = ["
            + ", ".join('{ kind = "test_purchase_report", size_mb = 1 }' for _ in range(5))
            + "]",
        ),
    ),
    1,
    {"attachments-too-many"},
)
case(
    "lazada-attachment-6mb",
    plan(
        tm(place="TH"),
        complaint(
            "lazada_th",
            [LZ_TH],
            extra='evidence = [{ kind = "test_purchase_report", size_mb = 6 }]',
        ),
    ),
    1,
    {"attachment-too-large"},
)
case(
    "test-purchase-two-orders",
    plan(
        tm(),
        complaint(
            "taobao",
            [TB],
            reason="tm_counterfeit_test_purchase",
            extra='evidence = ["test_purchase_report"]\norder_number = "3312345678901, 3312345678902"',
        ),
    ),
    1,
    {"order-number-several"},
)
case(
    "test-purchase-complete",
    plan(
        tm(),
        complaint(
            "taobao",
            [TB],
            reason="tm_counterfeit_test_purchase",
            extra='evidence = [{ kind = "test_purchase_report", language = "zh" }]\norder_number = "3312345678901"',
        ),
    ),
    0,
    must_not={"evidence-missing"},
)
# B5 (the brief): an individual gives a personal ID; R4 (official): True Person Authentication
case(
    "mainland-individual-id-card",
    plan(tm(), complaint("taobao", [TB])).replace(
        """location = "elsewhere"
identity = "enterprise"
incorporated = "HK"
documents = [
  { kind = "business_registration", name = "Lumen Optics Co., Ltd.", language = "en", valid_until = 2027-06-30 },
]""",
        """location = "mainland_china"
identity = "individual"
documents = [{ kind = "identity_document", name = "Lumen Optics Co., Ltd.", photo = true, original = true, language = "zh" }]""",
    ),
    0,
    {"other-reading-finding"},
    {"account-identity-document-missing"},
    says=("under the official interpretation: error account-identity-document-missing",),
)
case(
    "hk-registration-expired",
    plan(tm(), complaint("taobao", [TB])).replace(
        "valid_until = 2027-06-30", "valid_until = 2026-10-31"
    ),
    1,
    {"identity-document-expired"},
)
case(
    "unregistered-account-on-portal",
    plan(tm(), complaint("taobao", [TB])).replace("complaints_filed = 400", "registered = false"),
    1,
    {"channel-needs-account"},
)
case(
    "design-1688-no-report",
    plan(
        patent(docs='{ kind = "patent_certificate", colour = true, language = "zh" }'),
        complaint("1688", [A1688], reason="pat_design", right="pat"),
    ),
    1,
    {"right-document-missing"},
)

# look-alike letters in the other names a plan gives: each hint names the character
case(
    "homoglyph-reason",
    plan(tm(), complaint("taobao", [TB], reason="tm_c\u043eunterfeit")),
    1,
    {"reason-unknown"},
    says=("(did you mean 'tm_counterfeit'? it holds U+043E CYRILLIC SMALL LETTER O, not ASCII)",),
)
case(
    "homoglyph-right-id",
    plan(tm(rid="tm-cn"), complaint("taobao", [TB], right="tm-\u0441n")),
    2,
    says=("did you mean 'tm-cn'? it holds U+0441 CYRILLIC SMALL LETTER ES, not ASCII;",),
)
case(
    "homoglyph-letter-right",
    AGENT
    + letter("valid_until = 2027-12-31\nstates_scope = true\nstates_validity = true").replace(
        'rights = ["tm"]', 'rights = ["tm-\u0441n"]'
    )
    + tm(rid="tm-cn")
    + complaint("taobao", [TB], right="tm-cn"),
    1,
    {"authorisation-missing"},
    says=("(did you mean 'tm-cn'? it holds U+0441 CYRILLIC SMALL LETTER ES, not ASCII)",),
)

case(
    "assigned-without-certificate",
    plan(tm(extra="assigned = true"), complaint("taobao", [TB])),
    1,
    {"right-document-missing"},
    says=("assignment_certificate",),
)
case(
    "madrid-cn-without-extension",
    plan(tm(extra="madrid = true"), complaint("taobao", [TB])),
    1,
    {"right-document-missing"},
    says=("madrid_extension_certificate",),
)
case(
    "software-without-screenshot",
    plan(
        """
[[rights]]
id = "cr"
ipr_type = "copyright"
name = "LUMEN app"
place = "CN"
number = "2024SR0123456"
software = true
registrant = "Lumen Optics Co., Ltd."
documents = [{ kind = "copyright_certificate", colour = true, language = "zh" }]
""",
        complaint("taobao", [TB], reason="cr_piracy", right="cr"),
    ),
    1,
    {"right-document-missing"},
    says=("software_screenshot",),
)
case(
    "organisation-as-enterprise",
    plan(tm(), complaint("taobao", [TB])).replace(
        "complaints_filed = 400", "complaints_filed = 400\norganisation = true"
    ),
    0,
    {"account-organisation-registration"},
)
case(
    "agent-own-rights",
    plan(tm(), complaint("taobao", [TB])).replace(
        'incorporated = "HK"', 'incorporated = "HK"\ncategory = "agent"'
    ),
    0,
    {"account-category-own-rights"},
    {"authorisation-missing"},
)
case(
    "class-46",
    plan(tm().replace("classes = [9]", "classes = [46]"), complaint("taobao", [TB])),
    1,
    {"right-class-invalid"},
)
case(
    "blank-supplement",
    plan(
        tm(),
        complaint("taobao", [TB]).replace(
            "Counterfeit LUMEN lamps: wrong packaging, no serial number.", "   "
        ),
    ),
    1,
    {"supplement-missing"},
)
case(
    "two-urls-one-entry",
    plan(tm(), complaint("taobao", [TB + " " + TB2])),
    1,
    {"listing-several-urls"},
)
case(
    "store-reason-listing-url",
    plan(
        tm(),
        complaint("tmall", [TMALL], reason="tm_store_misuse", extra='target = "storefront"'),
    ),
    1,
    {"listing-wrong-kind"},
)
case(
    "tw-trademark-1688",
    plan(tm(place="TW"), complaint("1688", [A1688])),
    1,
    {"right-place-not-accepted"},
    says=("R39",),
)
case(
    "hk-trademark-aliexpress",
    plan(tm(place="HK"), complaint("aliexpress", [AE])),
    0,
    {"right-place-not-preferred"},
)
case(
    "lazada-unregistered-copyright",
    plan(
        copyright_unregistered(),
        complaint("lazada_th", [LZ_TH], reason="cr_copied_content", right="cr"),
    ),
    0,
    {"right-acceptance-disputed"},
)
case(
    "lazada-vn-vn-trademark",
    plan(
        tm(place="VN"),
        complaint(
            "lazada_vn", ["https://www.lazada.vn/products/den-ban-lumen-i123456789-s987654321.html"]
        ),
    ),
    0,
    must_not={"right-place-not-accepted", "listing-rejected"},
)
case(
    "batch-100-from-100-filed",
    plan(tm(), complaint("taobao", tb_urls(100))).replace(
        "complaints_filed = 400", "complaints_filed = 100"
    ),
    0,
    {"new-filer-large-batch"},
)
case(
    "batch-100-from-101-filed",
    plan(tm(), complaint("taobao", tb_urls(100))).replace(
        "complaints_filed = 400", "complaints_filed = 101"
    ),
    0,
    must_not={"new-filer-large-batch"},
)


def _as_json(toml_text: str) -> str:
    return json.dumps(tomllib.loads(toml_text), default=str, ensure_ascii=False, indent=1)


case(
    "clean-json", _as_json(plan(tm(), complaint("taobao", [TB, TB2]))), 0, counts=CLEAN, ext="json"
)
case(
    "json-lazada-th-cn-trademark",
    _as_json(plan(tm(), complaint("lazada_th", [LZ_TH]))),
    1,
    {"right-place-not-accepted"},
    ext="json",
)
case(
    "json-duplicate-key",
    _as_json(plan(tm(), complaint("taobao", [TB]))).replace(
        '"platform": "taobao"', '"platform": "taobao", "platform": "aliexpress"'
    ),
    2,
    ext="json",
)
case(
    "json-bom",
    "\ufeff" + _as_json(plan(tm(), complaint("taobao", [TB]))),
    0,
    counts=CLEAN,
    ext="json",
)
case("json-empty-object", "{}", 2, ext="json")
case("json-not-an-object", "[1, 2]", 2, ext="json")


#: The rule each finding must cite, decided from the rule text before running.
CITED = {
    "lazada-th-cn-trademark": ("right-place-not-accepted", "B14"),
    "patent-missing-report": ("right-document-missing", "B9"),
    "copyright-unregistered-taobao": ("right-not-accepted", "B8"),
    "form-11-links": ("listings-too-many", "B2"),
    "portal-301-links": ("listings-too-many", "B17"),
    "1688-us-trademark": ("right-place-not-accepted", "B12"),
    "tmall-global-us-trademark": ("right-place-not-accepted", "B13"),
    "alibaba-com-us-trademark": ("right-place-not-preferred", "B15"),
    "pending-trademark": ("right-not-accepted", "B7"),
    "reason-good-faith-only": ("reason-good-faith-only", "R50"),
    "xianyu-platform": ("platform-unknown", "B1"),
    "form-registered-account": ("channel-registered-account", "B2"),
    "storefront-on-aliexpress": ("storefront-not-allowed", "B16"),
    "reason-wrong-ipr-type": ("reason-wrong-ipr-type", "B16"),
    "expired-right": ("right-expired", "B7"),
    "agent-without-letter": ("authorisation-missing", "R10"),
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("rules50")


@pytest.mark.parametrize("name", list(CASES))
def test_plan(name: str, folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text, ext, exit_code, must, must_not, counts, says = CASES[name]
    path = folder / f"{name}.{ext}"
    path.write_text(text, encoding="utf-8")
    code, out, err = run_cli(["check", str(path), "--as-of", AS_OF, "--format", "json"], capsys)
    assert code == exit_code, (code, err, out[:2000])
    for said in says:
        assert said in out + err, (said, err, out[:2000])
    if exit_code == 2:
        assert "Traceback" not in err and err.startswith("ipprules: error:"), err
        assert path.name in err, err
        with pytest.raises(IpprulesError):
            check(read_plan(path), as_of=AS_OF)
        return
    data = json.loads(out)
    codes = {f["code"] for f in data["findings"]}
    assert must <= codes, (must - codes, sorted(codes))
    assert not must_not & codes, (must_not & codes, sorted(codes))
    plan_read = read_plan(path)
    if len(text) > 100_000:  # 10,000 links: the streaming check, not a second full report
        assert is_valid(plan_read, as_of=AS_OF) is (exit_code == 0)
        return
    report = check(plan_read, as_of=AS_OF)
    assert report.ok is (exit_code == 0)
    assert sorted(f.code for f in report.findings) == sorted(f["code"] for f in data["findings"])
    if counts is not None:
        assert report.counts() == counts, [(f.code, f.message) for f in report.findings]
    if name in CITED:  # the rule the finding must cite
        code, rule = CITED[name]
        cited = [f.rule_ids for f in report.findings if f.code == code]
        assert cited and all(rule in ids for ids in cited), cited
