"""cov22 sweep: coverage cells against the rule text, right kind x platform x target x date.

Each row names the rule that decides the cell (ipp-rules.md): the brief's reading (part 0) is
the default, the official one (parts 1-2) where the row says so.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest

from ipprules.checks import (
    Account,
    Authorisation,
    Category,
    Identity,
    IprType,
    Location,
    PatentSubtype,
    Plan,
    Right,
    RightStatus,
    read_plan,
)
from ipprules.cli import main
from ipprules.coverage import Cell, CellStatus, coverage
from ipprules.errors import UnknownNameError

D = dt.date
DAY = D(2026, 12, 2)
FILED = D(2015, 1, 1)
C, N, U = CellStatus.COVERED, CellStatus.NOT_COVERED, CellStatus.UNKNOWN
OWNER = Account(
    name="Lumen Optics Co., Ltd.",
    location=Location.ELSEWHERE,
    identity=Identity.ENTERPRISE,
    documents=("business_registration",),
)


def tm(place: str, **kw: object) -> Right:
    fields: dict[str, object] = {
        "id": "r",
        "ipr_type": IprType.TRADEMARK,
        "place": place,
        "expiry_date": D(2030, 1, 1),
        "documents": ("trademark_certificate",),
    }
    fields.update(kw)
    return Right(**fields)  # type: ignore[arg-type]


def pat(subtype: str, *, report: bool, filed: dt.date = FILED, place: str = "CN") -> Right:
    docs = ("patent_certificate",) + (("patent_evaluation_report",) if report else ())
    return Right(
        id="r",
        ipr_type=IprType.PATENT,
        subtype=PatentSubtype(subtype),
        place=place,
        filing_date=filed,
        expiry_date=D(2035, 1, 1),
        documents=docs,
    )


def cr(*, registered: bool, place: str = "CN") -> Right:
    if registered:
        return Right(
            id="r", ipr_type=IprType.COPYRIGHT, place=place, documents=("copyright_certificate",)
        )
    return Right(
        id="r",
        ipr_type=IprType.COPYRIGHT,
        place=place,
        status=RightStatus.UNREGISTERED,
        documents=("copyright_claim_statement",),
    )


MADRID_CN = tm(
    "CN", madrid=True, documents=("trademark_certificate", "madrid_extension_certificate")
)
KINDS: dict[str, Callable[[], Right]] = {
    "tm-cn": lambda: tm("CN"),
    "tm-us": lambda: tm("US"),
    "tm-eu": lambda: tm("EU"),
    "tm-sg": lambda: tm("SG"),
    "tm-my": lambda: tm("MY"),
    "tm-th": lambda: tm("TH"),
    "tm-id": lambda: tm("ID"),
    "tm-vn": lambda: tm("VN"),
    "tm-ph": lambda: tm("PH"),
    "tm-hk": lambda: tm("HK"),
    "tm-madrid-cn": lambda: MADRID_CN,
    "tm-madrid-no-extension": lambda: tm("CN", madrid=True),
    "tm-app": lambda: tm(
        "CN",
        status=RightStatus.PENDING,
        expiry_date=None,
        documents=("trademark_acceptance_notice",),
    ),
    "cr-reg": lambda: cr(registered=True),
    "cr-unreg": lambda: cr(registered=False),
    "cr-us-reg": lambda: cr(registered=True, place="US"),
    "inv": lambda: pat("invention", report=False),
    "inv-report": lambda: pat("invention", report=True),
    "utility": lambda: pat("utility_model", report=False),
    "utility-report": lambda: pat("utility_model", report=True),
    "utility-2009": lambda: pat("utility_model", report=False, filed=D(2009, 12, 31)),
    "utility-2010": lambda: pat("utility_model", report=False, filed=D(2010, 1, 1)),
    "design": lambda: pat("design", report=False),
    "design-report": lambda: pat("design", report=True),
    "other-judgment": lambda: Right(
        id="r", ipr_type=IprType.OTHER, place="CN", documents=("court_judgment",), advised=True
    ),
    "other-no-judgment": lambda: Right(id="r", ipr_type=IprType.OTHER, place="CN"),
    "tm-renewed-no-certificate": lambda: tm("CN", renewed=True),
    "tm-tw": lambda: tm("TW"),
    "cr-hk-reg": lambda: cr(registered=True, place="HK"),
    "cr-software-no-screenshot": lambda: Right(
        id="r",
        ipr_type=IprType.COPYRIGHT,
        place="CN",
        software=True,
        documents=("copyright_certificate",),
    ),
    "inv-application": lambda: Right(
        id="r",
        ipr_type=IprType.PATENT,
        subtype=PatentSubtype.INVENTION,
        place="CN",
        status=RightStatus.PENDING,
        documents=("patent_certificate", "patent_evaluation_report"),
    ),
}

# (kind, platform, target, interpretation, as_of, expected, rule deciding a cell that is not covered)
ROWS: list[tuple[str, str, str, str, dt.date, CellStatus, str]] = [
    # trademarks: the Taobao family and 1688 need China (B12, R35), Tmall Global takes HK (B13)
    ("tm-cn", "taobao", "listing", "brief", DAY, C, "B12"),
    ("tm-cn", "1688", "listing", "brief", DAY, C, "B12"),
    ("tm-cn", "tmall_global", "storefront", "brief", DAY, C, "B16"),
    ("tm-cn", "aliexpress", "listing", "brief", DAY, C, "B15"),
    ("tm-cn", "lazada_sg", "listing", "brief", DAY, N, "B14"),
    ("tm-cn", "lazada_sg", "listing", "official", DAY, U, "R40"),
    ("tm-us", "taobao", "listing", "brief", DAY, N, "B12"),
    ("tm-us", "tmall", "listing", "official", DAY, N, "R35"),
    ("tm-us", "1688", "listing", "brief", DAY, N, "B12"),
    ("tm-us", "alibaba_com", "listing", "brief", DAY, C, "B15"),
    ("tm-us", "aliexpress", "listing", "official", DAY, C, "R37"),
    ("tm-eu", "alibaba_com", "listing", "brief", DAY, C, "B15"),
    ("tm-eu", "tmall_global", "listing", "brief", DAY, N, "B13"),
    ("tm-hk", "tmall_global", "listing", "brief", DAY, C, "B13"),
    ("tm-hk", "tmall_global", "listing", "official", DAY, N, "R36"),
    ("tm-hk", "taobao", "listing", "brief", DAY, N, "B12"),
    ("tm-hk", "aliexpress", "listing", "official", DAY, C, "R39"),
    ("tm-madrid-cn", "taobao", "listing", "brief", DAY, C, "R25"),
    ("tm-madrid-no-extension", "taobao", "listing", "brief", DAY, N, "R25"),
    ("tm-app", "taobao", "listing", "brief", DAY, N, "B7"),
    ("tm-app", "aliexpress", "listing", "official", DAY, N, "R26"),
    # Lazada: the site's own country under the brief (B14), a documented gap officially (R40)
    *[
        (f"tm-{c}", f"lazada_{c}", "listing", "brief", DAY, C, "B14")
        for c in ("sg", "my", "th", "id", "vn", "ph")
    ],
    *[
        (f"tm-{c}", f"lazada_{c}", "listing", "official", DAY, U, "R40")
        for c in ("sg", "my", "th", "id", "vn", "ph")
    ],
    ("tm-sg", "lazada_my", "listing", "brief", DAY, N, "B14"),
    ("tm-th", "lazada_vn", "listing", "brief", DAY, N, "B14"),
    ("tm-sg", "lazada_sg", "storefront", "brief", DAY, N, "B16"),
    ("tm-sg", "lazada_sg", "listing", "brief", D(2019, 6, 1), C, "B14"),
    # store fronts: Taobao and Tmall (incl. Tmall Global) only under the brief (B16); D13 a gap
    ("tm-cn", "1688", "storefront", "brief", DAY, N, "B16"),
    ("tm-cn", "aliexpress", "storefront", "brief", DAY, N, "B16"),
    ("tm-cn", "alibaba_com", "storefront", "official", DAY, U, "R42"),
    ("cr-reg", "taobao", "storefront", "official", DAY, U, "R42"),
    # copyright: registered in China on the domestic platforms, unregistered abroad (B8, R28)
    ("cr-reg", "taobao", "listing", "brief", DAY, C, "B8"),
    ("cr-unreg", "taobao", "listing", "brief", DAY, N, "B8"),
    ("cr-unreg", "1688", "listing", "brief", DAY, N, "B8"),
    ("cr-unreg", "taobao", "listing", "official", DAY, C, "R28"),
    ("cr-unreg", "aliexpress", "listing", "brief", DAY, C, "B8"),
    ("cr-unreg", "alibaba_com", "listing", "official", DAY, C, "R28"),
    ("cr-us-reg", "aliexpress", "listing", "brief", DAY, C, "B15"),
    ("cr-us-reg", "taobao", "listing", "brief", DAY, N, "B12"),
    # patents: every patent needs its evaluation report under the brief (B9); officially only
    # design and utility-model patents filed from 2010-01-01 on the Taobao family (R30, R31)
    ("inv", "taobao", "listing", "brief", DAY, N, "B9"),
    ("inv", "taobao", "listing", "official", DAY, C, "R31"),
    ("inv", "1688", "listing", "official", DAY, C, "R31"),
    ("inv", "aliexpress", "listing", "official", DAY, C, "R31"),
    ("inv-report", "aliexpress", "listing", "brief", DAY, C, "B9"),
    ("utility", "taobao", "listing", "official", DAY, N, "R30"),
    ("utility", "1688", "listing", "official", DAY, U, "R30"),
    ("utility-report", "tmall", "listing", "official", DAY, C, "R30"),
    ("utility-2009", "taobao", "listing", "official", DAY, C, "R31"),
    ("utility-2010", "taobao", "listing", "official", DAY, N, "R30"),
    ("utility-2009", "taobao", "listing", "brief", DAY, N, "B9"),
    ("design", "tmall_global", "listing", "official", DAY, N, "R30"),
    ("design", "aliexpress", "listing", "official", DAY, U, "R30"),
    ("design-report", "taobao", "listing", "brief", DAY, C, "B9"),
    ("design-report", "taobao", "storefront", "brief", DAY, N, "B16"),
    # other: a court judgment on the platforms that take China rights (B10)
    ("other-judgment", "taobao", "listing", "brief", DAY, C, "B10"),
    ("other-judgment", "lazada_sg", "listing", "brief", DAY, N, "B14"),
    ("other-no-judgment", "taobao", "listing", "brief", DAY, U, "B10"),
    ("tm-renewed-no-certificate", "taobao", "listing", "brief", DAY, N, "R24"),
    ("tm-tw", "taobao", "listing", "official", DAY, N, "R35"),  # and R39 (place_rules)
    ("tm-tw", "aliexpress", "listing", "official", DAY, C, "R37"),
    ("cr-hk-reg", "tmall_global", "listing", "brief", DAY, C, "B13"),
    ("cr-hk-reg", "1688", "listing", "brief", DAY, N, "B12"),
    ("cr-software-no-screenshot", "taobao", "listing", "brief", DAY, N, "R27"),
    ("inv-application", "aliexpress", "listing", "brief", DAY, N, "R18"),
    # validity: the expiry day is still covered, the day after is not (R18)
    ("tm-cn", "taobao", "listing", "brief", D(2030, 1, 1), C, "B12"),
    ("tm-cn", "taobao", "listing", "brief", D(2030, 1, 2), N, "R18"),
]


def _cell(kind: str, platform: str, target: str, interp: str, as_of: dt.date) -> Cell:
    plan = Plan(account=OWNER, rights=(KINDS[kind](),))
    cov = coverage(plan, as_of=as_of, horizon=0, interpretation=interp, platforms=[platform])
    return cov.cell("r", platform, target)


@pytest.mark.parametrize(
    ("kind", "platform", "target", "interp", "as_of", "expected", "rule"),
    ROWS,
    ids=[f"{r[0]}-{r[1]}-{r[2]}-{r[3]}-{r[4]}-{r[6]}" for r in ROWS],
)
def test_cell_follows_the_rule(
    kind: str,
    platform: str,
    target: str,
    interp: str,
    as_of: dt.date,
    expected: CellStatus,
    rule: str,
) -> None:
    cell = _cell(kind, platform, target, interp, as_of)
    assert cell.status is expected, (cell.status, [f.code for f in cell.findings])
    if expected is not C:
        assert cell.findings, "a cell that is not covered says why"
        assert rule in cell.rule_ids, (rule, cell.rule_ids)


def test_a_lazada_site_before_it_opened_is_named_with_its_opening_day() -> None:
    # R95: Lazada IPP opened to the public in June 2019 (the rule book starts it on 2019-06-01)
    plan = Plan(account=OWNER, rights=(tm("SG"),))
    with pytest.raises(UnknownNameError, match="2019-06-01"):
        coverage(plan, as_of=D(2019, 5, 31), horizon=0, platforms=["lazada_sg"])


def test_the_cell_names_the_reading_that_differs() -> None:
    # B13 vs R36: Tmall Global takes a Hong Kong mark under the brief only
    cell = _cell("tm-hk", "tmall_global", "listing", "brief", DAY)
    assert cell.status is C
    assert dict(cell.other_readings).get("official") is N
    # B9 vs R31: an invention patent without a report, refused by the brief only
    cell = _cell("inv", "aliexpress", "listing", "brief", DAY)
    assert dict(cell.other_readings).get("official") is C


AGENT = Account(
    name="BrandGuard Services",
    location=Location.ELSEWHERE,
    identity=Identity.INDIVIDUAL,
    category=Category.AGENT,
    documents=("identity_document",),
)


def _letter(**kw: object) -> Authorisation:
    fields: dict[str, object] = {
        "rights": ("r",),
        "platforms": ("taobao",),
        "valid_from": D(2026, 1, 1),
        "valid_until": D(2027, 6, 30),
        "states_scope": True,
        "states_validity": True,
    }
    fields.update(kw)
    return Authorisation(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("letters", "expected"),
    [
        ((), N),  # R10: an agent needs the rights holder's letter
        ((_letter(),), C),  # R10, R32: a letter naming the right and platform, in force
        ((_letter(valid_until=D(2026, 12, 1)),), N),  # R10: expired the day before
        ((_letter(valid_from=D(2026, 12, 3)),), N),  # R10: not yet in force
        ((_letter(rights=("other-brand",)),), N),  # R10: a letter for another right
        ((_letter(platforms=("aliexpress",)),), N),  # R10: a letter for another platform
    ],
    ids=["no-letter", "letter", "expired", "not-yet", "other-brand", "other-platform"],
)
def test_an_agent_needs_a_letter_for_the_right_on_the_platform(
    letters: tuple[Authorisation, ...], expected: CellStatus
) -> None:
    account = attrs.evolve(AGENT, authorisations=letters)
    plan = Plan(account=account, rights=(tm("CN"),))
    cell = coverage(plan, as_of=DAY, horizon=0, platforms=["taobao"]).cell("r", "taobao")
    assert cell.status is expected, [f.code for f in cell.findings]
    if expected is N:
        assert "R10" in cell.rule_ids


def test_a_right_expiring_inside_the_horizon_is_a_lapse_the_day_after() -> None:
    plan = Plan(account=OWNER, rights=(tm("CN", expiry_date=D(2027, 1, 15)),))
    cov = coverage(plan, as_of=DAY, horizon="90d", platforms=["taobao", "aliexpress"])
    lapses = {(c.date, c.platform, c.target) for c in cov.lapses if c.right == "r"}
    assert (D(2027, 1, 16), "taobao", "listing") in lapses
    assert (D(2027, 1, 16), "aliexpress", "listing") in lapses
    # outside the horizon: no lapse
    short = coverage(plan, as_of=DAY, horizon="30d", platforms=["taobao"])
    assert not [c for c in short.lapses if c.right == "r"]


def test_a_right_not_yet_registered_on_the_date_is_not_covered() -> None:
    plan = Plan(account=OWNER, rights=(tm("CN", registration_date=D(2027, 3, 1)),))
    before = coverage(plan, as_of=DAY, horizon=0, platforms=["taobao"]).cell("r", "taobao")
    after = coverage(plan, as_of=D(2027, 3, 1), horizon=0, platforms=["taobao"]).cell("r", "taobao")
    assert (before.status, after.status) == (N, C)


PORTFOLIO = """\
as_of = 2026-12-02
[account]
name = "Lumen Optics Co., Ltd."
location = "elsewhere"
identity = "enterprise"
category = "right_holder"
documents = ["business_registration"]
[[rights]]
id = "tm-hk"
ipr_type = "trademark"
place = "HK"
expiry_date = 2030-01-01
documents = ["trademark_certificate"]
[[rights]]
id = "cr-unreg"
ipr_type = "copyright"
place = "CN"
status = "unregistered"
documents = ["copyright_claim_statement"]
[[rights]]
id = "inv"
ipr_type = "patent"
subtype = "invention"
place = "CN"
filing_date = 2015-01-01
expiry_date = 2035-01-01
documents = ["patent_certificate"]
[[rights]]
id = "tm-th"
ipr_type = "trademark"
place = "TH"
expiry_date = 2030-01-01
documents = ["trademark_certificate"]
"""


@pytest.mark.parametrize("interp", ["brief", "official"])
def test_the_cli_json_and_csv_give_the_api_cells(
    interp: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "portfolio.toml"
    path.write_text(PORTFOLIO, encoding="utf-8")
    api = coverage(read_plan(path), as_of=DAY, horizon=0, interpretation=interp)
    want = {(c.right, c.platform, str(c.target)): c.status.value for c in api.cells}
    args = [
        "coverage",
        str(path),
        "--as-of",
        "2026-12-02",
        "--horizon",
        "0",
        "--interpretation",
        interp,
    ]
    main([*args, "--format", "json"])
    cells = json.loads(capsys.readouterr().out)["cells"]
    assert {(c["right"], c["platform"], c["target"]): c["status"] for c in cells} == want
    main([*args, "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {(r["right"], r["platform"], r["target"]): r["status"] for r in rows} == want
    # the rows the rule text decides (B13/R36, B8/R28, B9/R31, B14/R40)
    expect = {
        "brief": {
            ("tm-hk", "tmall_global"): "covered",
            ("cr-unreg", "taobao"): "not_covered",
            ("inv", "1688"): "not_covered",
            ("tm-th", "lazada_th"): "covered",
        },
        "official": {
            ("tm-hk", "tmall_global"): "not_covered",
            ("cr-unreg", "taobao"): "covered",
            ("inv", "1688"): "covered",
            ("tm-th", "lazada_th"): "unknown",
        },
    }[interp]
    for (right, platform), value in expect.items():
        assert want[(right, platform, "listing")] == value, (right, platform)
