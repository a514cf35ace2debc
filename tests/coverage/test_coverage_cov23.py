"""cov23: coverage at scale (the CLI writes JSON and CSV a cell at a time, the same text as
the whole document), and an empty portfolio's answer pinned."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ipprules
from ipprules.checks import (
    Account,
    Authorisation,
    Category,
    Conclusion,
    Document,
    Identity,
    IprType,
    Location,
    PatentSubtype,
    Plan,
    Right,
    RightStatus,
)
from ipprules.checks.context import Draft
from ipprules.checks.rights import right_on_platform
from ipprules.cli import main
from ipprules.coverage import Coverage
from ipprules.coverage.cells import _NOT_DECIDING, _PLACE_REFUSED, Evaluator, _work_openings
from ipprules.coverage.model import Opening

ARGS = ["coverage", "examples/portfolio.toml", "--as-of", "2026-12-02", "--horizon", "1y"]

EMPTY = """\
as_of = 2026-12-02
[account]
name = "Lumen Optics"
location = "mainland_china"
identity = "enterprise"
category = "right_holder"
documents = ["business_registration"]
"""


def _whole_is_not_built(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(self: Coverage) -> None:
        raise AssertionError("the CLI built the whole document")

    monkeypatch.setattr(Coverage, "as_dict", refused)
    monkeypatch.setattr(Coverage, "to_dict", refused)
    monkeypatch.setattr(Coverage, "to_records", refused)


@pytest.mark.no_cover
@pytest.mark.parametrize("reading", ["brief", "official"])
def test_the_json_is_written_cell_by_cell_and_is_the_whole_document(
    reading: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    portfolio = ipprules.read_plan("examples/portfolio.toml")
    whole = ipprules.coverage(
        portfolio, as_of="2026-12-02", horizon="1y", interpretation=reading
    ).as_dict()
    assert whole["changes"] and any(c["other_readings"] for c in whole["cells"])
    _whole_is_not_built(monkeypatch)
    main([*ARGS, "--interpretation", reading, "--format", "json"])
    out = capsys.readouterr().out
    assert out == json.dumps(whole, indent=2, ensure_ascii=False) + "\n"


def test_the_csv_is_written_row_by_row_and_gives_every_record(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    portfolio = ipprules.read_plan("examples/portfolio.toml")
    records = ipprules.coverage(portfolio, as_of="2026-12-02", horizon="1y").to_records()
    _whole_is_not_built(monkeypatch)
    main([*ARGS, "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == len(records) == 144
    for row, record in zip(rows, records, strict=True):
        assert row["status"] == record["status"]
        assert row["opens"] == " ".join(record["opens"])
        assert row["changes_on"] == (
            "" if record["changes_on"] is None else str(record["changes_on"])
        )
        assert "interpretation" not in row and "rulebook" not in row


@pytest.fixture
def empty(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("cov23") / "empty.toml"
    path.write_text(EMPTY, encoding="utf-8")
    return str(path)


def test_an_empty_portfolio_is_ok_and_every_platform_is_without_a_right(
    empty: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """No right covers nothing and nothing lapses, so it is OK (exit 0); the summary still
    says no platform has a usable right (docs/coverage.md)."""
    platforms = list(ipprules.default_rulebook().as_of("2026-12-02").platforms)
    assert main(["coverage", empty, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is True and data["cells"] == [] and data["rights"] == []
    assert data["summary"]["platforms_without_right"] == platforms
    assert data["summary"]["rights_usable_nowhere"] == []
    assert main(["coverage", empty]) == 0
    text = capsys.readouterr().out
    assert text.rstrip().endswith("OK") and "0 unknown of 0 cells" in text
    assert "no usable right (listings): 1688," in text
    assert main(["coverage", empty, "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["right"]


# ---------------------------------------------------------------- shared work, same answers

PLACES = ("CN", "US", "HK", "TW", "SG", "TH", "EU")
DOCS = (
    "trademark_certificate",
    "renewal_certificate",
    "madrid_extension_certificate",
    "copyright_certificate",
    "copyright_claim_statement",
    "software_screenshot",
    "patent_certificate",
    "trademark_acceptance_notice",
)
REPORTS = (
    Document(kind="patent_evaluation_report"),
    Document(kind="patent_evaluation_report", conclusion=Conclusion.NEGATIVE),
)
#: ids a message quotes: with quotes, a backslash, letters outside ASCII
IDS = ("tm-1", "it's", 'say "x"', "back\\slash", "商标-2", "r")


@st.composite
def shapes(draw: st.DrawFn) -> Right:
    """A right of a random shape (the facts coverage reads), id still to give."""
    ipr = draw(st.sampled_from(list(IprType)))
    docs: list[str | Document] = list(draw(st.sets(st.sampled_from(DOCS), max_size=3)))
    if ipr is IprType.PATENT and draw(st.booleans()):
        docs.append(draw(st.sampled_from(REPORTS)))
    return Right(
        id="shape",
        ipr_type=ipr,
        subtype=draw(st.sampled_from(list(PatentSubtype))) if ipr is IprType.PATENT else None,
        place=draw(st.sampled_from(PLACES)),
        status=draw(st.sampled_from(list(RightStatus))),
        filing_date=draw(st.none() | st.sampled_from([dt.date(2008, 5, 1), dt.date(2019, 3, 2)])),
        documents=tuple(docs),
        renewed=draw(st.booleans()),
        madrid=draw(st.booleans()),
        software=draw(st.booleans()) if ipr is IprType.COPYRIGHT else False,
    )


#: The facts of a right coverage reads, beside its id.
_FACTS = (
    "ipr_type",
    "subtype",
    "place",
    "status",
    "filing_date",
    "documents",
    "renewed",
    "madrid",
    "software",
)


def _with(right: Right, field: str, value: Any) -> Right:
    """``right`` with one fact changed (a subtype only for a patent, none otherwise)."""
    changed = attrs.evolve(right, **{field: value})
    patent = changed.ipr_type is IprType.PATENT
    if patent and changed.subtype is None:
        changed = attrs.evolve(changed, subtype=PatentSubtype.DESIGN)
    if not patent:
        changed = attrs.evolve(changed, subtype=None)
    if changed.ipr_type is not IprType.COPYRIGHT:
        changed = attrs.evolve(changed, software=False)
    return changed


@st.composite
def brand_portfolios(draw: st.DrawFn) -> Plan:
    """A few shapes shared by several rights that differ in what coverage does not read
    (number, classes, expiry), as a brand's marks do; an agent's letters name some."""
    base = draw(shapes())
    other = draw(shapes())
    # shapes that differ from one another in a single fact (the others equal)
    fields = draw(st.lists(st.sampled_from(_FACTS), min_size=1, max_size=3, unique=True))
    pool = [base] + [_with(base, field, getattr(other, field)) for field in fields]
    items = []
    for i in range(draw(st.integers(2 * len(pool), 8))):
        items.append(
            attrs.evolve(
                pool[i % len(pool)],  # every shape, each by several rights
                id=f"{IDS[i % len(IDS)]}{i}",
                number=str(1000 + i),
                classes=(9 + i % 3,),
                expiry_date=draw(st.none() | st.dates(dt.date(2026, 6, 1), dt.date(2028, 1, 1))),
            )
        )
    agent = draw(st.booleans())
    letters = (
        Authorisation(
            rights=tuple(r.id for r in items[::2]),
            platforms=("taobao", "aliexpress", "lazada_sg", "alibaba_com"),
            valid_until=dt.date(2027, 1, 15),
            states_scope=True,
            states_validity=True,
        ),
    )
    account = Account(
        name="Filer",
        location=Location.ELSEWHERE,
        identity=Identity.INDIVIDUAL if agent else Identity.ENTERPRISE,
        category=Category.AGENT if agent else Category.RIGHT_HOLDER,
        documents=("identity_document",) if agent else ("business_registration",),
        authorisations=letters if agent else (),
    )
    return Plan(account=account, rights=tuple(items))


def _each_time(
    self: Evaluator, right: Right, platform: str
) -> tuple[list[Draft], tuple[Opening, ...]]:
    """The straightforward computation: the rule checks of this very right, every time."""
    drafts = [
        d for d in right_on_platform(self.rules, right, platform) if d[0] not in _NOT_DECIDING
    ]
    refused = any(d[0] in _PLACE_REFUSED for d in drafts)
    return drafts, _work_openings(self.rules, right, platform) if refused else ()


@pytest.mark.no_cover
@settings(max_examples=40, deadline=None, derandomize=True)
@given(brand_portfolios(), st.sampled_from(["brief", "official"]))
def test_shared_work_gives_the_cells_of_the_straightforward_computation(
    plan: Plan, reading: str
) -> None:
    """Cells, other readings and changes within a year are the same as when every right's
    checks on every platform run for that right alone."""
    ask: dict[str, Any] = {"as_of": "2026-12-02", "horizon": "1y", "interpretation": reading}
    shared = ipprules.coverage(plan, **ask)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Evaluator, "_on_platform", _each_time)
        alone = ipprules.coverage(plan, **ask)
    assert shared.cells == alone.cells
    assert shared.changes == alone.changes
    assert shared.as_dict() == alone.as_dict()


TM = Right(id="tm", ipr_type=IprType.TRADEMARK, place="CN", documents=("trademark_certificate",))
DESIGN = Right(
    id="pat",
    ipr_type=IprType.PATENT,
    subtype=PatentSubtype.DESIGN,
    place="CN",
    filing_date=dt.date(2019, 3, 2),
    documents=("patent_certificate",),
)
WORK = Right(
    id="work",
    ipr_type=IprType.COPYRIGHT,
    place="CN",
    documents=("copyright_certificate",),
)


def _owned(rights: tuple[Right, ...]) -> Plan:
    """The rights of a mainland-China right holder filing for itself."""
    account = Account(
        name="Owner",
        location=Location.MAINLAND_CHINA,
        identity=Identity.ENTERPRISE,
        category=Category.RIGHT_HOLDER,
        documents=("business_registration",),
    )
    return Plan(account=account, rights=rights)


#: Two rights that differ in one fact coverage reads, and the reading where it tells
PAIRS = [
    ("place", TM, {"place": "US"}, "brief"),
    ("status", TM, {"status": RightStatus.PENDING}, "brief"),
    ("documents", TM, {"documents": ()}, "brief"),
    ("renewed", TM, {"renewed": True}, "brief"),
    ("madrid", TM, {"madrid": True}, "brief"),
    ("assigned", TM, {"assigned": True}, "brief"),
    ("changed", TM, {"changed": True}, "brief"),
    ("ipr_type", TM, {"ipr_type": IprType.COPYRIGHT}, "brief"),
    ("filing_date", DESIGN, {"filing_date": None}, "official"),
    ("subtype", DESIGN, {"subtype": PatentSubtype.INVENTION}, "official"),
    ("software", WORK, {"software": True}, "brief"),
]


@pytest.mark.no_cover
@pytest.mark.parametrize(("fact", "right", "change", "reading"), PAIRS, ids=[p[0] for p in PAIRS])
def test_rights_apart_in_one_fact_are_not_taken_for_one_shape(
    fact: str, right: Right, change: dict[str, Any], reading: str
) -> None:
    """Each fact coverage reads tells two rights apart, though the rest is the same."""
    other = attrs.evolve(right, id="other", **change)
    plan = _owned((right, other))
    ask: dict[str, Any] = {"as_of": "2026-12-02", "horizon": 0, "interpretation": reading}
    shared = ipprules.coverage(plan, **ask)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Evaluator, "_on_platform", _each_time)
        alone = ipprules.coverage(plan, **ask)
    assert shared.cells == alone.cells
    first = [c.findings for c in shared.cells if c.right == right.id]
    second = [c.findings for c in shared.cells if c.right == "other"]
    assert [[f.code for f in fs] for fs in first] != [[f.code for f in fs] for fs in second]


def test_words_that_name_no_right_are_one_string_for_every_right() -> None:
    """The words of a store-front refusal or a missing reason code name the platform, not the
    right: every right's cell holds the same string, not a copy of it."""
    marks = tuple(attrs.evolve(TM, id=f"tm{i}", number=str(i)) for i in range(3))
    plan = _owned(marks)
    cov = ipprules.coverage(plan, as_of="2026-12-02", horizon=0)
    codes = {"storefront-not-allowed", "reason-wrong-target", "reason-wrong-platform"}
    said: dict[tuple[str, str, str], list[str]] = {}
    for cell in cov.cells:
        for f in cell.findings:
            if f.code in codes:
                said.setdefault((cell.platform, cell.target.value, f.code), []).append(f.message)
    assert {code for _, _, code in said} >= {"storefront-not-allowed"}
    for messages in said.values():
        assert len(messages) == 3
        assert all(m is messages[0] for m in messages)
