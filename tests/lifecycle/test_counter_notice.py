"""Counter-notice assessment (R63 Alibaba.com, R64 1688): both sides of every threshold and date."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules import default_rulebook
from ipprules.calendars import add_business_days
from ipprules.cli import main
from ipprules.counternotice import (
    REQUIREMENTS,
    Assessment,
    Authorisation,
    CounterNotice,
    Purchase,
    SellerFacts,
    SellerViolation,
    assess_counter_notice,
    catalogue,
    explain,
    read_counter_notice,
)
from ipprules.errors import InputError, UnknownNameError
from ipprules.rulebook.model import Answer

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
COMPLAINT = date(2024, 6, 10)
GOOD = Purchase(
    id="INV-1",
    kind="invoice",
    date=date(2024, 3, 1),
    quantity=21,
    signed_by=("buyer", "seller"),
    product_matches=True,
)
LETTER = Authorisation(
    id="LOA-1",
    by_owner=True,
    brand="Acme",
    valid_from=date(2024, 1, 1),
    valid_until=date(2024, 12, 31),
)


def _assess(notice: CounterNotice, rules: object = None) -> Assessment:
    """The assessment without its R62 channel info (tested on its own below)."""
    result = assess_counter_notice(notice, rules)  # type: ignore[arg-type]
    return attrs.evolve(
        result, findings=tuple(f for f in result.findings if f.code != "cn-channel")
    )


def alibaba(*purchases: Purchase, letters: tuple[Authorisation, ...] = ()) -> CounterNotice:
    return CounterNotice(
        platform="alibaba_com",
        complaint_date=COMPLAINT,
        brand="Acme",
        purchases=purchases,
        authorisations=letters,
    )


def codes(notice: CounterNotice) -> list[str]:
    return [f.code for f in _assess(notice).findings]


def test_a_clean_counter_notice_is_sufficient() -> None:
    result = _assess(alibaba(GOOD, letters=(LETTER,)))
    assert (result.findings, result.sufficient) == ((), Answer.YES)


@pytest.mark.parametrize(
    ("on", "code"),
    [
        (date(2023, 12, 10), None),  # six months before the complaint: the first day in
        (date(2023, 12, 9), "cn-purchase-outside-window"),
        (COMPLAINT, None),  # the complaint date itself
        (COMPLAINT + timedelta(days=1), "cn-purchase-after-complaint"),
    ],
)
def test_purchase_window_both_sides(on: date, code: str | None) -> None:
    found = codes(alibaba(attrs.evolve(GOOD, date=on)))
    if code is None:
        assert found == []
    else:
        assert code in found and "cn-purchase-quantity-low" in found  # nothing else counts


def test_window_clamps_to_the_end_of_the_month() -> None:
    notice = attrs.evolve(alibaba(attrs.evolve(GOOD, date=date(2024, 2, 29))),
                          complaint_date=date(2024, 8, 31))  # fmt: skip
    assert codes(notice) == []
    before = attrs.evolve(notice, purchases=(attrs.evolve(GOOD, date=date(2024, 2, 28)),))
    assert "cn-purchase-outside-window" in codes(before)


@pytest.mark.parametrize(("quantity", "low"), [(20, True), (21, False)])
def test_more_than_20_pieces(quantity: int, low: bool) -> None:
    assert (
        "cn-purchase-quantity-low" in codes(alibaba(attrs.evolve(GOOD, quantity=quantity)))
    ) is low


def test_quantities_of_qualifying_purchases_add_up() -> None:
    ten = attrs.evolve(GOOD, quantity=10)
    other = attrs.evolve(ten, id="INV-2")
    assert "cn-purchase-quantity-low" in codes(alibaba(ten, other))
    # together more than 20, but no one transaction is: unknown (R63, rules25)
    assert codes(alibaba(ten, attrs.evolve(other, quantity=11))) == ["cn-purchase-quantity-split"]
    assert codes(alibaba(ten, attrs.evolve(other, quantity=21))) == []
    # a purchase outside the window does not count toward the pieces
    old = attrs.evolve(GOOD, id="INV-3", date=date(2023, 1, 1), quantity=100)
    assert "cn-purchase-quantity-low" in codes(alibaba(ten, old))


def test_signatures_and_product_match() -> None:
    one_side = codes(alibaba(attrs.evolve(GOOD, signed_by=("seller",))))
    assert "cn-purchase-not-signed-by-both" in one_side
    assert "cn-product-mismatch" in codes(alibaba(attrs.evolve(GOOD, product_matches=False)))
    assert codes(alibaba()) == ["cn-purchase-missing"]


def test_unstated_facts_are_unknown_never_guessed() -> None:
    bare = Purchase(id="X", kind="receipt", date=date(2024, 3, 1))
    result = _assess(alibaba(bare, letters=(Authorisation(id="L"),)))
    assert result.sufficient is Answer.UNKNOWN
    paths = {f.path for f in result.findings if f.code == "cn-fact-missing"}
    assert {
        "$.purchases[0].signed_by",
        "$.purchases[0].product_matches",
        "$.purchases[0].quantity",
        "$.authorisations[0].by_owner",
        "$.authorisations[0].brand",
        "$.authorisations[0].valid_until",
    } <= paths


@pytest.mark.parametrize(
    ("letter", "code"),
    [
        (attrs.evolve(LETTER, by_owner=False), "cn-authorisation-not-by-owner"),
        (attrs.evolve(LETTER, brand="Apex"), "cn-authorisation-wrong-brand"),
        (attrs.evolve(LETTER, brand=" ACME "), None),
        (attrs.evolve(LETTER, valid_until=COMPLAINT), None),
        (
            attrs.evolve(LETTER, valid_until=COMPLAINT - timedelta(days=1)),
            "cn-authorisation-not-valid",
        ),
        (attrs.evolve(LETTER, valid_from=COMPLAINT), None),
        (
            attrs.evolve(LETTER, valid_from=COMPLAINT + timedelta(days=1)),
            "cn-authorisation-not-valid",
        ),
        (attrs.evolve(LETTER, valid_from=None), None),
    ],
)
def test_authorisation_letters(letter: Authorisation, code: str | None) -> None:
    found = codes(alibaba(GOOD, letters=(letter,)))
    assert found == ([] if code is None else [code])


def test_findings_carry_rules_and_sources() -> None:
    (finding,) = _assess(alibaba(attrs.evolve(GOOD, quantity=1))).findings
    assert (finding.rule_ids, finding.sources, finding.path) == (("R63",), ("S49",), "$.purchases")
    assert "more than" not in finding.message or "20" in finding.message


def seller(**facts: object) -> CounterNotice:
    return CounterNotice(platform="1688", complaint_date=COMPLAINT, seller=SellerFacts(**facts))  # type: ignore[arg-type]


@pytest.mark.parametrize(("points", "barred"), [(59, False), (60, True)])
def test_1688_points_bar_both_sides(points: int, barred: bool) -> None:
    result = _assess(seller(points=points, closed=False, at_serious_closure_count=False))
    assert ("cn-seller-barred-points" in result.codes) is barred
    # R64 is a bar, not an evidence standard: past it, sufficiency is a gap (unknown); a
    # barred seller is answered by the bar alone (life13)
    assert ("cn-no-rules" in result.codes) is not barred
    assert result.sufficient is (Answer.NO if barred else Answer.UNKNOWN)


@pytest.mark.parametrize("ipr_type", ["trademark", "copyright", "patent", "other"])
def test_1688_without_evidence_is_not_sufficient_by_default(ipr_type: str) -> None:
    """No evidence standard is documented for 1688 (only R64's bar): a seller who is not
    barred gets ``unknown``, never "yes"."""
    notice = attrs.evolve(
        seller(points=0, closed=False, at_serious_closure_count=False), ipr_type=ipr_type
    )
    result = _assess(notice)
    assert result.sufficient is Answer.UNKNOWN
    (gap,) = result.findings
    assert gap.code == "cn-no-rules" and "R64" in gap.message and ipr_type in gap.message


def test_1688_closed_and_serious_count_stated() -> None:
    base = {"points": 0, "closed": False, "at_serious_closure_count": False}
    closed = codes(seller(**{**base, "closed": True}))
    assert sorted(closed) == ["cn-seller-barred-closed"]  # the bar answers: no gap (life13)
    serious = codes(seller(**{**base, "at_serious_closure_count": True}))
    assert sorted(serious) == ["cn-seller-barred-serious"]
    unknown = _assess(seller())
    assert unknown.sufficient is Answer.UNKNOWN
    assert {f.path for f in unknown.findings} == {
        "$.seller.points",
        "$.seller.closed",
        "$.seller.at_serious_closure_count",
        "$.platform",
    }


def test_1688_points_counted_from_violations() -> None:
    same_day = (SellerViolation(date=COMPLAINT, kind="general", points=60),)
    result = _assess(seller(violations=same_day, closed=False))
    assert "cn-seller-barred-points" in result.codes
    assert result.standing is not None and result.standing.points.value == 60
    below = (SellerViolation(date=COMPLAINT, kind="general", points=59),)
    assert "cn-seller-barred-points" not in codes(seller(violations=below, closed=False))
    # validity is not documented for 1688: older points may or may not count
    older = (SellerViolation(date=date(2024, 1, 5), kind="general", points=60),)
    found = _assess(seller(violations=older, closed=False))
    assert any(f.path == "$.seller.points" and f.code == "cn-fact-missing" for f in found.findings)
    # a stated figure wins over the counted one
    assert "cn-seller-barred-points" not in codes(
        seller(violations=same_day, points=10, closed=False)
    )


def test_platforms_without_rules_are_a_gap() -> None:
    for platform, ipr in (("aliexpress", "trademark"), ("alibaba_com", "patent")):
        notice = CounterNotice(platform=platform, complaint_date=COMPLAINT, ipr_type=ipr)
        result = _assess(notice)
        assert result.codes == ("cn-no-rules",) and result.sufficient is Answer.UNKNOWN
    with pytest.raises(UnknownNameError):
        _assess(CounterNotice(platform="ebay", complaint_date=COMPLAINT))
    with pytest.raises(TypeError):
        _assess({"platform": "1688"})  # type: ignore[arg-type]


def test_rule_records_are_dated_sourced_and_known() -> None:
    records = default_rulebook().records("counter_notice")
    assert len(records) >= 11
    for record in records:
        assert record.requirement in REQUIREMENTS  # type: ignore[attr-defined]
        assert record.sources and record.rules
    import re

    import ipprules.counternotice.assess as engine

    emitted = set(re.findall(r'"(cn-[a-z-]+)"', Path(engine.__file__).read_text()))
    assert set(catalogue()) == emitted  # every code the engine emits is explained, no more
    assert explain("cn-purchase-quantity-low").rules == ("R63",)
    with pytest.raises(UnknownNameError):
        explain("cn-nope")


purchases = st.builds(
    Purchase,
    id=st.just("P"),
    kind=st.sampled_from(["invoice", "receipt"]),
    date=st.dates(min_value=date(2023, 6, 1), max_value=date(2024, 7, 1)),
    quantity=st.one_of(st.none(), st.integers(min_value=1, max_value=40)),
    signed_by=st.one_of(st.none(), st.sampled_from([("buyer", "seller"), ("seller",), ()])),
    product_matches=st.one_of(st.none(), st.booleans()),
)
#: Lists of distinct documents: a purchase listed twice (one id) is refused (hostile17).
purchase_lists = st.lists(purchases, max_size=4).map(
    lambda items: [attrs.evolve(p, id=f"P{i}") for i, p in enumerate(items)]
)


@settings(max_examples=80, deadline=None)
@given(purchase_lists, st.data())
def test_stating_a_satisfying_fact_never_adds_an_error(
    items: list[Purchase], data: st.DataObject
) -> None:
    before = _assess(alibaba(*items))
    if not items:
        return
    index = data.draw(st.integers(min_value=0, max_value=len(items) - 1))
    fixed = list(items)
    fixed[index] = attrs.evolve(items[index], signed_by=("buyer", "seller"), product_matches=True)
    after = _assess(alibaba(*fixed))
    assert len(after.errors) <= len(before.errors)
    assert after.sufficient is not Answer.NO or before.sufficient is Answer.NO


@settings(max_examples=80, deadline=None)
@given(purchase_lists)
def test_the_verdict_follows_the_findings(items: list[Purchase]) -> None:
    result = _assess(alibaba(*items))
    severities = {f.severity.value for f in result.findings}
    expected = "no" if "error" in severities else "unknown" if "unknown" in severities else "yes"
    assert result.sufficient.value == expected
    assert all(f.code in catalogue() for f in result.findings)
    json.dumps(result.to_dict())


def test_reading_files_and_errors(tmp_path: Path) -> None:
    notice = read_counter_notice(EXAMPLES / "counter-notice-alibaba.toml")
    assert notice.platform == "alibaba_com" and len(notice.purchases) == 3
    bad = tmp_path / "bad.toml"
    bad.write_text(
        'platform = "alibaba_com"\ncomplaint_date = 2024-06-10\ncolour = "red"\n'
        '[[purchases]]\nid = "P"\nkind = "invoice"\ndate = 9999-01-01\nquantity = 0\n'
    )
    with pytest.raises(InputError) as info:
        read_counter_notice(bad)
    assert any(p.path == "$" and "colour" in p.message for p in info.value.problems)
    bad.write_text(
        'platform = "alibaba_com"\ncomplaint_date = 2024-06-10\n'
        '[[purchases]]\nid = "P"\nkind = "invoice"\ndate = 9999-01-01\nquantity = 0\n'
    )
    with pytest.raises(InputError) as info:
        read_counter_notice(bad)
    assert {(p.path, p.line) for p in info.value.problems} == {("$.purchases[0].date", 6)}
    bad.write_text(bad.read_text().replace("9999-01-01", "2024-01-01"))
    with pytest.raises(InputError, match="from 1 to") as info:
        read_counter_notice(bad)
    assert {(p.path, p.line) for p in info.value.problems} == {("$.purchases[0].quantity", 7)}
    assert all(p.file == str(bad) for p in info.value.problems)


def test_cli(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code = main(["counter-notice", str(EXAMPLES / "counter-notice-alibaba.toml")])
    out = capsys.readouterr().out
    assert code == 1 and "cn-purchase-outside-window" in out and "Sufficient: no" in out
    code = main(["counter-notice", str(EXAMPLES / "counter-notice-1688.toml"),
                 "--format", "json"])  # fmt: skip
    data = json.loads(capsys.readouterr().out)
    assert code == 0 and data["sufficient"] == "unknown" and data["standing"]["platform"] == "1688"
    far = tmp_path / "far.json"
    far.write_text('{"platform": "1688", "complaint_date": "9999-12-31"}')
    assert main(["counter-notice", str(far)]) == 2
    err = capsys.readouterr().err
    assert str(far) in err and "Traceback" not in err
    assert main(["explain", "cn-seller-barred-points"]) == 0
    assert "R64" in capsys.readouterr().out


def test_seller_violations_are_checked_when_read(tmp_path: Path) -> None:
    path = tmp_path / "cn.toml"
    path.write_text(
        'platform = "1688"\ncomplaint_date = 2024-06-10\n[seller]\n'
        'violations = [{date = 2024-02-01, kind = "fake", points = 24}]\n'
    )
    with pytest.raises(InputError, match="unknown violation kind 'fake'") as info:
        read_counter_notice(path)
    assert info.value.problems[0].path == "$.seller.violations[0].kind"
    assert info.value.problems[0].file == str(path)


def test_records_frame_and_notebook_views_of_an_assessment() -> None:
    result = _assess(alibaba(attrs.evolve(GOOD, signed_by=("seller",))))
    records = result.to_records()
    assert {r["code"] for r in records} == set(result.codes)
    assert all(isinstance(r["rule_ids"], list) for r in records)
    assert "sufficient no" in repr(result)
    evil = alibaba(GOOD, letters=(attrs.evolve(LETTER, brand="<b>Apex</b>"),))
    html = _assess(evil)._repr_html_()
    assert "&lt;b&gt;Apex" in html and "<b>Apex" not in html
    pytest.importorskip("pandas")
    frame = result.to_frame()
    columns = ["code", "severity", "path", "message", "rule_ids", "sources", "other_readings"]
    columns += ["interpretation", "rulebook", "confidence", "confidence_mark"]  # rules41: last
    assert list(frame.columns) == columns == list(records[0])  # other_readings was dropped
    assert frame["rule_ids"].iloc[0] == ["R63"]


AFTER_ALIPROTECT = date(2018, 12, 15)


@pytest.mark.parametrize(
    ("platform", "page"),
    [
        ("alibaba_com", "appeal.alibaba.com"),
        ("aliexpress", "appeal.aliexpress.com"),
        ("1688", "appeal.1688.com"),
    ],
)
@pytest.mark.parametrize("interpretation", default_rulebook().interpretations)
def test_r62_channel_both_sides_of_the_aliprotect_shutdown(
    platform: str, page: str, interpretation: str
) -> None:
    """From 2018-12-15 sellers counter-notify through the platform's appeal page (R62): an info
    finding naming it; the day before, the rule book says nothing of the channel."""
    view = default_rulebook().as_of(AFTER_ALIPROTECT, interpretation)
    on = CounterNotice(platform=platform, complaint_date=AFTER_ALIPROTECT)
    found = [f for f in assess_counter_notice(on, view).findings if f.code == "cn-channel"]
    assert len(found) == 1
    (channel,) = found
    assert (channel.severity.value, channel.path) == ("info", "$.platform")
    assert (channel.rule_ids, channel.sources) == (("R62",), ("S55",))
    assert page in channel.message and str(AFTER_ALIPROTECT) in channel.message
    before = attrs.evolve(on, complaint_date=AFTER_ALIPROTECT - timedelta(days=1))
    assert "cn-channel" not in assess_counter_notice(before, view).codes
    # the channel is that of the day the counter-notice was filed
    late = attrs.evolve(before, filed_on=AFTER_ALIPROTECT)
    assert "cn-channel" in assess_counter_notice(late, view).codes


@given(day=st.dates(date(2015, 1, 6), date(2030, 12, 31)), data=st.data())
@settings(max_examples=60, deadline=None)
def test_the_channel_is_information_only(day: date, data: st.DataObject) -> None:
    """The R62 info changes no verdict and appears exactly on the three platforms from the date."""
    platform = data.draw(st.sampled_from(sorted(default_rulebook().as_of(day).platforms)))
    notice = CounterNotice(platform=platform, complaint_date=day)
    full = assess_counter_notice(notice)
    assert full.sufficient is _assess(notice).sufficient
    expected = platform in {"alibaba_com", "aliexpress", "1688"} and day >= AFTER_ALIPROTECT
    assert ("cn-channel" in full.codes) is expected


@pytest.mark.parametrize(
    ("platform", "filed", "warned"),
    [
        # 2024-06-10 is a Monday: round 1 (3 business days, R61) ends on Thursday the 13th
        ("alibaba_com", date(2024, 6, 13), False),
        ("alibaba_com", date(2024, 6, 14), True),
        ("alibaba_com", date(2024, 9, 30), True),
        ("aliexpress", date(2024, 6, 14), True),
        # Lazada: R61's 3 business days end on Thursday the 13th, D4's 3-5 working days run
        # to Monday the 17th: in between the sources differ (a warning that says so)
        ("lazada_sg", date(2024, 6, 13), False),
        ("lazada_sg", date(2024, 6, 14), True),
        ("lazada_sg", date(2024, 6, 17), True),
        ("lazada_sg", date(2024, 6, 18), True),
    ],
)
def test_a_counter_notice_filed_after_the_first_window_is_a_warning(
    platform: str, filed: date, warned: bool
) -> None:
    """R61: one out of its window is deemed not established; the notice carries no takedown
    date or round, so past the first window counted from the complaint date (the earliest the
    takedown can be) it is a warning pointing to the lifecycle replay, never a verdict."""
    notice = attrs.evolve(alibaba(GOOD, letters=(LETTER,)), platform=platform, filed_on=filed)
    result = assess_counter_notice(notice)
    timing = [f for f in result.findings if f.code == "cn-timing"]
    assert bool(timing) is warned
    if warned:
        (finding,) = timing
        assert finding.path == "$.filed_on" and "R61" in finding.rule_ids
        assert "deemed not established" in finding.message
    # a warning never changes what the evidence is judged to be
    unfiled = assess_counter_notice(attrs.evolve(notice, filed_on=None))
    assert result.sufficient is unfiled.sufficient


def test_the_first_window_is_counted_on_the_calendar_given() -> None:
    """cn-timing counted weekdays only: across a public holiday it warned of a notice filed
    in time. With a calendar, the window skips its holidays; a calendar that does not cover
    the dates is its own error, not silence; a calendar of the wrong type a TypeError."""
    from ipprules.calendars import HolidayCalendar
    from ipprules.errors import CoverageError

    # complaint on Monday 2024-09-30; 3 business days: Thursday 10-03 on weekdays, but
    # 10-01 to 10-07 are holidays here, so the window ends on Thursday 10-10
    holidays = HolidayCalendar(
        name="golden week",
        holidays=[date(2024, 10, d) for d in range(1, 8)],
        valid_from=date(2024, 1, 1),
        valid_until=date(2025, 12, 31),
    )
    notice = attrs.evolve(
        alibaba(GOOD, letters=(LETTER,)),
        platform="alibaba_com",
        complaint_date=date(2024, 9, 30),
        filed_on=date(2024, 10, 9),
    )
    plain = assess_counter_notice(notice)
    (finding,) = [f for f in plain.findings if f.code == "cn-timing"]
    assert "after 2024-10-03" in finding.message and "weekdays" in finding.message
    assert "cn-timing" not in assess_counter_notice(notice, calendar=holidays).codes
    late = attrs.evolve(notice, filed_on=date(2024, 10, 11))
    (finding,) = [
        f for f in assess_counter_notice(late, calendar=holidays).findings if f.code == "cn-timing"
    ]
    assert "after 2024-10-10" in finding.message and "'golden week'" in finding.message
    narrow = HolidayCalendar(
        name="2023 only", valid_from=date(2023, 1, 1), valid_until=date(2023, 12, 31)
    )
    with pytest.raises(CoverageError, match="2023 only"):
        assess_counter_notice(notice, calendar=narrow)
    with pytest.raises(TypeError, match="is_business_day"):
        assess_counter_notice(notice, calendar="china")  # type: ignore[arg-type]


def test_the_cli_counts_the_window_on_its_calendar(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`ipprules counter-notice --calendar FILE`: the holidays of the file are skipped."""
    calendar = tmp_path / "office.toml"
    calendar.write_text(
        'name = "office"\nholidays = [2024-10-01, 2024-10-02, 2024-10-03, 2024-10-04, '
        "2024-10-07]\nvalid_from = 2024-01-01\nvalid_until = 2025-12-31\n",
        encoding="utf-8",
    )
    notice = tmp_path / "notice.toml"
    notice.write_text(
        'platform = "alibaba_com"\nbrand = "Acme"\ncomplaint_date = 2024-09-30\n'
        "filed_on = 2024-10-09\n",
        encoding="utf-8",
    )
    main(["counter-notice", str(notice), "--format", "json"])
    codes = [f["code"] for f in json.loads(capsys.readouterr().out)["findings"]]
    assert "cn-timing" in codes
    main(["counter-notice", str(notice), "--format", "json", "--calendar", str(calendar)])
    codes = [f["code"] for f in json.loads(capsys.readouterr().out)["findings"]]
    assert "cn-timing" not in codes


@pytest.mark.parametrize(
    ("filed", "disputed"),
    [(date(2024, 10, 3), True), (date(2024, 10, 4), True), (date(2024, 10, 7), False)],
)
def test_lazada_between_r61_and_d4_is_a_warning_naming_the_disagreement(
    filed: date, disputed: bool
) -> None:
    """Review 7 F4: on Lazada a first counter-notice filed on working day 4 or 5 was silent,
    while the lifecycle replay of the same facts flags it ``disputed`` (R61's 3 business days
    against D4's 3-5 working days). It is now the ``cn-timing`` warning, naming both windows,
    the rules and that the sources differ; on day 6 it is past both."""
    notice = CounterNotice(
        platform="lazada_sg", brand="Acme", complaint_date=date(2024, 9, 27), filed_on=filed
    )
    (finding,) = [f for f in assess_counter_notice(notice).findings if f.code == "cn-timing"]
    assert finding.severity.value == "warning"
    assert finding.rule_ids == ("R61", "D4") and set(finding.sources) == {"S25", "S53"}
    assert "counter_notice_round_1" in finding.message
    assert "counter_notice_lazada" in finding.message
    assert ("the sources differ" in finding.message) is disputed
    assert finding.other_readings == ()  # both windows hold under every reading


def _replayed(platform: str, complaint: date, filed: date) -> str | None:
    """The lifecycle replay's flag of a first counter-notice filed on ``filed`` after a
    takedown on the complaint date."""
    from ipprules.lifecycle import EventRecord, lifecycle_report

    report = lifecycle_report(
        [
            EventRecord("ipr_verified", on=complaint),
            EventRecord("takedown", on=complaint),
            EventRecord("counter_notice_filed", on=filed),
        ],
        platform=platform,
    )
    return next((f.kind.value for f in report.flags if f.index == 2), None)


@settings(max_examples=80, deadline=None)
@given(
    day=st.dates(date(2016, 1, 1), date(2030, 12, 31)),
    after=st.integers(1, 12),
    data=st.data(),
)
def test_cn_timing_answers_as_the_lifecycle_replay(
    day: date, after: int, data: st.DataObject
) -> None:
    """The warning follows the replay's decision on the same facts: none when the replay has
    no flag, one saying the sources differ when it is ``disputed``, one without when
    ``late``."""
    platform = data.draw(st.sampled_from(sorted(default_rulebook().as_of(day).platforms)))
    filed = day + timedelta(days=after)
    notice = CounterNotice(platform=platform, complaint_date=day, filed_on=filed)
    timing = [f for f in assess_counter_notice(notice).findings if f.code == "cn-timing"]
    flag = _replayed(platform, day, filed)
    assert bool(timing) is (flag is not None)
    if timing:
        assert ("the sources differ" in timing[0].message) is (flag == "disputed")


def test_a_reading_that_answers_the_timing_otherwise_is_named(tmp_path: Path) -> None:
    """A book whose ``official`` reading gives Lazada 3 working days only: a notice filed on
    day 4 is disputed under the brief and past every window under ``official``; each names
    the other reading."""
    from ipprules.rulebook import load_rulebook

    record = next(
        r
        for r in json.loads(
            (
                Path(__file__).resolve().parents[2] / "src/ipprules/rulebook/data/deadlines.json"
            ).read_text(encoding="utf-8")
        )
        if r["id"] == "counter_notice_lazada"
    )
    record = {**record, "interpretation": "official"}
    del record["amount_max"]
    override = tmp_path / "o.json"
    override.write_text(json.dumps({"name": "o", "deadlines": [record]}), encoding="utf-8")
    book = load_rulebook(override)
    notice = CounterNotice(
        platform="lazada_sg", complaint_date=date(2024, 9, 27), filed_on=date(2024, 10, 3)
    )
    for reading, other, disputed in (("brief", "official", True), ("official", "brief", False)):
        view = book.as_of(notice.complaint_date, reading)
        (finding,) = [
            f for f in assess_counter_notice(notice, view).findings if f.code == "cn-timing"
        ]
        assert other in finding.other_readings
        assert f"reads otherwise under: {', '.join(finding.other_readings)}" in finding.message
        assert ("the sources differ" in finding.message) is disputed


#: An office calendar with a holiday week, and the same calendar cut at 2024-12-31.
_OFFICE = {
    "name": "office",
    "holidays": [date(2024, 12, 23) + timedelta(days=i) for i in range(5)]
    + [date(2025, 1, 1), date(2025, 1, 2)],
}


@settings(max_examples=120, deadline=None)
@given(
    day=st.dates(date(2024, 12, 1), date(2024, 12, 31)),
    after=st.integers(1, 14),
    platform=st.sampled_from(["alibaba_com", "aliexpress", "lazada_sg"]),
)
def test_a_calendar_short_of_the_window_answers_what_its_days_decide(
    day: date, after: int, platform: str
) -> None:
    """Review 7 F9: a calendar that stops before the window's end refused a notice that was
    certainly in time. Now the covered days answer when they can: with the calendar cut at
    2024-12-31, the assessment either equals the full calendar's or raises CoverageError, and
    it never raises for a notice filed in the covered days that the full calendar finds in
    time."""
    from ipprules.calendars import HolidayCalendar
    from ipprules.errors import CoverageError

    full = HolidayCalendar(**_OFFICE, valid_from=date(2024, 1, 1))  # type: ignore[arg-type]
    cut = HolidayCalendar(
        **_OFFICE,  # type: ignore[arg-type]
        valid_from=date(2024, 1, 1),
        valid_until=date(2024, 12, 31),
    )
    notice = CounterNotice(platform=platform, complaint_date=day, filed_on=day + timedelta(after))
    expected = list(assess_counter_notice(notice, calendar=full).findings)
    try:
        got = list(assess_counter_notice(notice, calendar=cut).findings)
    except CoverageError as exc:
        refused = str(exc)
    else:
        assert [(f.code, f.severity, f.path) for f in got] == [
            (f.code, f.severity, f.path) for f in expected
        ]
        for mine, theirs in zip(got, expected, strict=True):
            if "or later (the calendar ends before it)" not in mine.message:
                assert mine == theirs
        return
    assert "'office' covers 2024-01-01 to 2024-12-31" in refused
    in_time = not any(f.code == "cn-timing" for f in expected)
    assert not (in_time and notice.filed_on <= date(2024, 12, 31))  # type: ignore[operator]


_SHORT = "name = 'short'\nholidays = []\nvalid_from = 2024-06-01\nvalid_until = {}\n"


@pytest.mark.parametrize(
    ("platform", "filed", "until", "expected"),
    [
        # R61's 3rd business day (06-13) is covered and passed; D4's 5th working day is
        # beyond the calendar but cannot be before 06-15: the sources differ, as on weekdays.
        ("lazada_sg", "2024-06-14", "2024-06-14", "2024-06-13 to 2024-06-15 or later"),
        # 2 business days covered (06-11, 06-12): the 3rd is 06-13 or later, so a notice
        # filed on 06-13, the first day beyond the calendar, is in time whatever it holds.
        ("aliexpress", "2024-06-13", "2024-06-12", None),
        ("alibaba_com", "2024-06-13", "2024-06-12", None),
    ],
)
def test_a_notice_the_covered_days_decide_is_answered_not_refused(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    platform: str,
    filed: str,
    until: str,
    expected: str | None,
) -> None:
    """Review 8 M4: a calendar ending inside Lazada's D4 window (after R61's) refused a notice
    whose answer its days decide ("the sources differ"), and one ending the day before the
    filing refused a notice in time whatever the next days are."""
    notice = tmp_path / "cn.toml"
    notice.write_text(
        f'platform = "{platform}"\nipr_type = "trademark"\ncomplaint_date = 2024-06-10\n'
        f"filed_on = {filed}\n",
        encoding="utf-8",
    )
    calendar = tmp_path / "short.toml"
    calendar.write_text(_SHORT.format(until), encoding="utf-8")
    code = main(["counter-notice", str(notice), "--calendar", str(calendar), "--format", "json"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert code in (0, 1)
    timing = [f["message"] for f in findings if f["code"] == "cn-timing"]
    if expected is None:
        assert timing == []
    else:
        assert len(timing) == 1 and expected in timing[0] and "sources differ" in timing[0]
        assert "calendar 'short'" in timing[0]


def test_the_cli_answers_on_the_covered_days_and_names_the_calendar_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Review 7 F9: filed the day after a complaint of 2024-12-30, a notice is in time
    whatever the days of 2025 are (exit 1 here for the missing purchases, not 2), and so is
    one filed on 2025-01-02, the earliest the 3rd business day can be (review 8 M4); a notice
    filed after that, which the days beyond the calendar decide, is refused with
    ``--calendar FILE`` named."""
    notice = tmp_path / "cn.toml"
    text = (
        'platform = "alibaba_com"\nipr_type = "trademark"\nbrand = "Acme"\n'
        "complaint_date = 2024-12-30\nfiled_on = {}\n"
    )
    calendar = str(EXAMPLES / "calendar.toml")
    notice.write_text(text.format("2024-12-31"), encoding="utf-8")
    code = main(["counter-notice", str(notice), "--calendar", calendar, "--format", "json"])
    codes = [f["code"] for f in json.loads(capsys.readouterr().out)["findings"]]
    assert code == 1 and "cn-timing" not in codes
    notice.write_text(text.format("2025-01-02"), encoding="utf-8")  # the 3rd day at the earliest
    assert main(["counter-notice", str(notice), "--calendar", calendar, "--format", "json"]) == 1
    codes = [f["code"] for f in json.loads(capsys.readouterr().out)["findings"]]
    assert "cn-timing" not in codes
    notice.write_text(text.format("2025-01-06"), encoding="utf-8")
    assert main(["counter-notice", str(notice), "--calendar", calendar]) == 2
    err = capsys.readouterr().err
    assert f"--calendar {calendar}: calendar 'Hangzhou office' covers" in err
    assert "Traceback" not in err


def test_the_penalty_engines_errors_name_the_sellers_violations_at_their_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The penalty engine names a violation ``$[i]``; in a counter-notice it is
    ``$.seller.violations[i]``, placed in the file (it was ``$[1].id``, no line)."""
    path = tmp_path / "dup.toml"
    path.write_text(
        'platform = "1688"\ncomplaint_date = 2024-09-27\n\n[seller]\nviolations = [\n'
        '  {date = 2024-01-05, kind = "general", id = "A"},\n'
        '  {date = 2024-03-05, kind = "general", id = "A"},\n]\n',
        encoding="utf-8",
    )
    assert main(["counter-notice", str(path)]) == 2
    err = capsys.readouterr().err
    # the id in the array's second line, not the line the array starts on
    assert f"{path}:7:41: $.seller.violations[1].id: id 'A' repeats $.seller.violations[0]" in err


def test_a_timing_warning_only_another_reading_gives_is_named(tmp_path: Path) -> None:
    """A book whose ``official`` reading gives the first round 10 business days: a notice
    filed on day 6 is past R61's 3 under the brief (a warning) and in time under
    ``official``, where the assessment said nothing of the brief's warning; it now lists it
    (and the other readings' alike) as ``cn-other-reading``."""
    from ipprules.counternotice import explain
    from ipprules.rulebook import load_rulebook

    record = next(
        r
        for r in json.loads(
            (
                Path(__file__).resolve().parents[2] / "src/ipprules/rulebook/data/deadlines.json"
            ).read_text(encoding="utf-8")
        )
        if r["id"] == "counter_notice_round_1"
    )
    longer = {**record, "interpretation": "official", "amount": 10}
    override = tmp_path / "o.json"
    override.write_text(json.dumps({"name": "o", "deadlines": [longer]}), encoding="utf-8")
    book = load_rulebook(override)
    notice = CounterNotice(
        platform="aliexpress", complaint_date=date(2024, 9, 27), filed_on=date(2024, 10, 7)
    )
    brief = assess_counter_notice(notice, book.as_of(notice.complaint_date, "brief")).findings
    official = assess_counter_notice(notice, book.as_of(notice.complaint_date, "official"))
    (warning,) = [f for f in brief if f.code == "cn-timing"]
    assert "official" in warning.other_readings
    assert not [f for f in official.findings if f.code == "cn-timing"]
    notes = [f for f in official.findings if f.code == "cn-other-reading"]
    # one note naming both readings that give the warning (rules41: was one note per reading)
    assert [n.other_readings for n in notes] == [("brief", "brief-at-least-100")]
    for note in notes:
        assert note.severity.value == explain("cn-other-reading").severity.value == "info"
        assert note.message == (
            "under the brief and brief-at-least-100 interpretations: warning cn-timing: "
        ) + re.sub(r" \(reads otherwise under: [^)]*\)", "", warning.message)
    # the mark ends the message, after the readings it reads otherwise under
    assert warning.message.endswith(") [confidence inferred: R61, D4]")


def test_the_purchase_window_is_computed_once_per_notice(monkeypatch: pytest.MonkeyPatch) -> None:
    """Before: once per purchase (a relativedelta each): 200,000 purchases took 10 s, and a
    notice at the 64 MiB size cap over 20 s. Outcomes are unchanged."""
    import ipprules.counternotice.assess as assess

    made: list[object] = []
    real = assess.relativedelta

    def counting(*args: object, **kwargs: object) -> object:
        made.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(assess, "relativedelta", counting)
    late = attrs.evolve(GOOD, date=date(2023, 1, 1))
    notice = attrs.evolve(alibaba(GOOD, late), complaint_date=date(2024, 6, 11))
    notice = attrs.evolve(
        notice,
        purchases=tuple(attrs.evolve(p, id=f"P{i}") for i, p in enumerate((GOOD, late) * 50)),
    )
    assert codes(notice).count("cn-purchase-outside-window") == 50
    assert len(made) <= 1


@settings(max_examples=60, deadline=None)
@given(
    complaint=st.dates(date(2019, 1, 1), date(2030, 12, 31)),
    after=st.integers(min_value=1, max_value=40),
)
def test_on_alibaba_com_cn_timing_cites_the_official_three_working_days(complaint, after):
    """R60 (S24, official): an Alibaba.com seller has 3 working days from the notice, which
    comes no earlier than the complaint. A counter-notice after them gets cn-timing citing
    R60 beside R61 (the warning cited only R61, the third-party notice S25); one on or before
    the last day gets no warning; elsewhere R60 is never cited."""
    filed = complaint + timedelta(days=after)
    notice = CounterNotice(platform="alibaba_com", complaint_date=complaint, filed_on=filed)
    last = add_business_days(complaint, 3)
    timing = [f for f in assess_counter_notice(notice).findings if f.code == "cn-timing"]
    if filed <= last:
        assert timing == []
        return
    (finding,) = timing
    assert {"R60", "R61"} <= set(finding.rule_ids) and "S24" in finding.sources
    assert f"after {last}, the last of seller_response_alibaba_com" in finding.message
    elsewhere = attrs.evolve(notice, platform="aliexpress")
    (other,) = [f for f in assess_counter_notice(elsewhere).findings if f.code == "cn-timing"]
    assert "R60" not in other.rule_ids and "seller_response" not in other.message
