"""Each planner decision, one at a time."""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from planner_accounts import make_account

from ipprules.checks import check
from ipprules.checks.model import ChannelId, IprType, Right
from ipprules.planner import PlanLine, Settings, Status, Strategy, plan_listings, read_lines
from ipprules.rulebook.model import Target

DAY = "2026-11-23"
TB = "https://item.taobao.com/item.htm?id={}"


def plan(lines, account=None, **settings):
    return plan_listings(lines, account or make_account(), as_of=DAY, settings=Settings(**settings))


def outcome(result, line):
    return next(o for o in result.outcomes if o.line == line)


@pytest.mark.parametrize(
    ("line", "code"),
    [
        (
            PlanLine(line=1, url="https://s.taobao.com/search?q=x", reason="tm_counterfeit"),
            "listing:not-a-listing",
        ),
        (
            PlanLine(
                line=1,
                url="https://item.taobao.com.evil.cn/item.htm?id=606832683299",
                reason="tm_counterfeit",
            ),
            "listing:lookalike-host",
        ),
        (PlanLine(line=1, url=TB.format(606832683299), right="tm-cn"), "missing-reason"),
        (PlanLine(line=1, url=TB.format(606832683299), reason="tm_counterfeit"), "missing-right"),
        (
            PlanLine(line=1, url=TB.format(606832683299), right="nope", reason="tm_counterfeit"),
            "unknown-right",
        ),
        (
            PlanLine(line=1, url=TB.format(606832683299), right="tm-cn", reason="cr_piracy"),
            "reason-not-admissible",
        ),
        (
            PlanLine(line=1, url=TB.format(606832683299), right="tm-us", reason="tm_counterfeit"),
            "right-place-not-accepted",
        ),
        (
            PlanLine(
                line=1,
                url=TB.format(606832683299),
                right="tm-cn",
                reason="tm_counterfeit_test_purchase",
            ),
            "missing-order",
        ),
        (
            PlanLine(
                line=1,
                url=TB.format(606832683299),
                right="tm-cn",
                reason="tm_store_misuse",
                target=Target.STOREFRONT,
            ),
            "wrong-kind",
        ),
        (
            PlanLine(
                line=1,
                url="https://shop.aliexpress.com/store/1101234567",
                right="tm-cn",
                reason="tm_store_misuse",
                target=Target.STOREFRONT,
            ),
            "storefront-not-allowed",
        ),
        (
            PlanLine(
                line=1,
                url=TB.format(606832683299),
                right="tm-cn",
                reason="gf_counterfeit_simplified",
            ),
            "reason-not-admissible",
        ),
    ],
)
def test_rejections(line, code):
    result = plan([line])
    assert outcome(result, 1).status is Status.REJECTED
    assert outcome(result, 1).code == code
    assert outcome(result, 1).message


def test_good_faith_members_get_their_codes():
    line = PlanLine(
        line=1, url=TB.format(606832683299), right="tm-cn", reason="gf_counterfeit_simplified"
    )
    result = plan([line], make_account(good_faith=True))
    assert outcome(result, 1).status is Status.PLANNED


def test_already_open():
    lines = [PlanLine(line=1, url=TB.format(606832683299), right="tm-cn", reason="tm_counterfeit")]
    result = plan_listings(
        lines,
        make_account(),
        as_of=DAY,
        open_listings=["https://m.intl.taobao.com/detail/detail.html?id=606832683299"],
    )
    assert outcome(result, 1).code == "already-open"


def test_ambiguous_platform_and_xianyu():
    lines = list(
        read_lines(
            [
                "https://h5.m.taobao.com/awp/core/detail.htm?id=606832683299",
                "https://www.goofish.com/item?id=712345678901",
            ]
        )
    )
    result = plan(lines, right="tm-cn", reason="tm_counterfeit")
    by_line = {o.line: o for o in result.outcomes}
    assert by_line[2].status is Status.PLANNED
    assert result.plan.complaints[0].platform == "taobao"
    official = plan_listings(
        lines,
        make_account(),
        as_of=DAY,
        interpretation="official",
        settings=Settings(right="tm-cn", reason="tm_counterfeit"),
    )
    assert {o.line: o.code for o in official.outcomes}[2] == "marketplace-not-filable"


def test_taobao_or_tmall_is_rejected():
    result = plan(
        [PlanLine(line=1, url="https://a.m.tmall.com/i606832683299.htm")],
        right="tm-cn",
        reason="tm_counterfeit",
    )
    # was checked only if rejected, so an accepted line passed too
    assert outcome(result, 1).status is Status.REJECTED
    assert outcome(result, 1).code in {"ambiguous-platform", "listing:not-a-listing"}


def test_channel_limits_and_grouping():
    lines = [PlanLine(line=i, url=TB.format(600000000000 + i)) for i in range(1, 702)]
    result = plan(lines, right="tm-cn", reason="tm_counterfeit")
    assert [len(c.listings) for c in result.plan.complaints] == [300, 300, 101]
    form = plan(
        lines[:25],
        make_account(registered=False),
        right="tm-cn",
        reason="tm_counterfeit",
        channel=ChannelId.STANDALONE_FORM,
    )
    assert [len(c.listings) for c in form.plan.complaints] == [10, 10, 5]
    registered = plan(
        lines[:25], right="tm-cn", reason="tm_counterfeit", channel=ChannelId.STANDALONE_FORM
    )
    assert registered.plan.complaints == ()
    assert {o.code for o in registered.outcomes} == {"check:channel-registered-account"}


def test_one_order_per_complaint():
    lines = [
        PlanLine(line=1, url=TB.format(600000000001), order_number="A"),
        PlanLine(line=2, url=TB.format(600000000002), order_number="B"),
        PlanLine(line=3, url=TB.format(600000000003), order_number="A"),
    ]
    result = plan(lines, right="tm-cn", reason="tm_counterfeit_test_purchase")
    orders = sorted((c.order_number, len(c.listings)) for c in result.plan.complaints)
    assert orders == [("A", 2), ("B", 1)]
    assert all(
        tuple(d.kind for d in c.evidence) == ("test_purchase_report",)
        for c in result.plan.complaints
    )


def test_protect_quarantines_and_ramps_for_new_filers():
    lines = [
        PlanLine(
            line=i,
            url=TB.format(600000000000 + i),
            confidence=Fraction(1, 2) if i % 10 == 0 else Fraction(99, 100),
        )
        for i in range(1, 401)
    ]
    new = plan(
        lines,
        make_account(complaints_filed=0),
        right="tm-cn",
        reason="tm_counterfeit",
        strategy=Strategy.PROTECT,
    )
    sizes = [(len(p.complaint.listings), p.quarantined) for p in new.complaints]
    # a first complaint of 50, then none of 100 or more (B18: check warns a new filer there)
    assert sizes == [(50, False), (99, False), (99, False), (99, False), (13, False), (40, True)]
    assert not [f for f in new.report.findings if f.code == "new-filer-large-batch"]
    # the track record is the rule book's (101 complaints): 100 filed is still new
    edge = plan(
        lines,
        make_account(complaints_filed=100),
        right="tm-cn",
        reason="tm_counterfeit",
        strategy=Strategy.PROTECT,
    )
    assert max(len(p.complaint.listings) for p in edge.complaints) == 99
    seasoned = plan(
        lines,
        make_account(complaints_filed=5000),
        right="tm-cn",
        reason="tm_counterfeit",
        strategy=Strategy.PROTECT,
    )
    assert [(len(p.complaint.listings), p.quarantined) for p in seasoned.complaints] == [
        (300, False),
        (60, False),
        (40, True),
    ]
    quarantined = seasoned.complaints[-1]
    assert all(line % 10 == 0 for line in quarantined.lines)


def test_check_faults_become_rejections():
    account = make_account()
    bad = account.__class__(
        account=account.account,
        rights=(
            account.rights[0].__class__(
                id="tm-cn",
                ipr_type=account.rights[0].ipr_type,
                place="CN",
                documents=(),
                verification="pending",
            ),
        ),
    )
    result = plan(
        [PlanLine(line=1, url=TB.format(606832683299))], bad, right="tm-cn", reason="tm_counterfeit"
    )
    assert outcome(result, 1).status is Status.REJECTED
    assert outcome(result, 1).code.startswith("check:")
    assert result.report.ok
    assert check(result.plan, as_of=DAY).ok or not result.plan.complaints


@pytest.mark.parametrize("enabled", [True, False])
def test_the_callers_garbage_collector_setting_is_restored(enabled):
    import gc

    line = PlanLine(line=1, url=TB.format(606832683299), right="tm-cn", reason="tm_counterfeit")
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        plan([line])
        assert gc.isenabled() is enabled
        with pytest.raises(ValueError, match="YYYY-MM-DD"):
            plan_listings([line], make_account(), as_of="23/11/2026")
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_storefront_for_a_type_the_how_to_does_not_document():
    """Store fronts on Taobao: any type under the brief (B16); under the official reading
    documented for trademarks only (R42, D13), a gap the planner does not file into."""
    account = make_account()
    right = Right(
        id="cr", ipr_type=IprType.COPYRIGHT, place="CN", documents=("copyright_certificate",)
    )
    account = attrs.evolve(account, rights=(*account.rights, right))
    line = PlanLine(
        line=1,
        url="https://shop118454188.taobao.com/",
        right="cr",
        reason="cr_misuse",
        target=Target.STOREFRONT,
    )
    brief = plan_listings([line], account, as_of=DAY)
    assert outcome(brief, 1).status is Status.PLANNED
    official = plan_listings([line], account, as_of=DAY, interpretation="official")
    # a documented gap (D13): unknown, as check (storefront-unknown) and coverage say
    assert outcome(official, 1).code == "rules-unknown"
    assert "(storefront-unknown): " in outcome(official, 1).message
    assert "copyright rights is not documented" in outcome(official, 1).message
    trademark = line._replace(right="tm-cn", reason="tm_store_misuse")
    both = plan_listings([trademark], account, as_of=DAY, interpretation="official")
    assert outcome(both, 1).status is Status.PLANNED


def test_a_line_is_a_duplicate_of_a_planned_line_only():
    """A listing whose first line was rejected (no order number, a right the platform does
    not accept) is planned from its corrected line; after a planned line it is a duplicate."""
    url = TB.format(606832683111)
    lines = [
        PlanLine(line=1, url=url, right="tm-us", reason="tm_counterfeit"),
        PlanLine(line=2, url=url, right="tm-cn", reason="tm_counterfeit_test_purchase"),
        PlanLine(
            line=3,
            url=url,
            right="tm-cn",
            reason="tm_counterfeit_test_purchase",
            order_number="A-1",
        ),
        PlanLine(line=4, url=url, right="tm-cn", reason="tm_counterfeit"),
    ]
    result = plan(lines)
    assert outcome(result, 1).code == "right-place-not-accepted"  # a US mark on Taobao (B12)
    assert outcome(result, 2).code == "missing-order"
    assert outcome(result, 3).status is Status.PLANNED
    assert outcome(result, 4).status is Status.DUPLICATE and outcome(result, 4).duplicate_of == 3
    assert len(result.complaints) == 1 and not result.report.errors


def test_a_listing_is_planned_again_for_another_right_only():
    """R45: one complaint, one right; a listing that infringes two rights is filed once per
    right (the checks warn, ``listing-duplicate-in-plan``). For the same right, whatever
    the reason or the URL form, it is a duplicate."""
    url = TB.format(606832683296)
    lines = [
        PlanLine(line=1, url=url, right="tm-cn", reason="tm_counterfeit"),
        PlanLine(line=2, url=url, right="design", reason="pat_design_suspected"),
        PlanLine(line=3, url=url + "&spm=a1z10", right="design", reason="pat_design_suspected"),
        PlanLine(line=4, url=url, right="tm-cn", reason="tm_misuse"),
        PlanLine(line=5, url=url, reason="tm_counterfeit"),  # the default right: tm-cn
    ]
    result = plan(lines, right="tm-cn")
    assert [o.status for o in result.outcomes] == [
        Status.PLANNED, Status.PLANNED, Status.DUPLICATE, Status.DUPLICATE, Status.DUPLICATE,
    ]  # fmt: skip
    assert [o.duplicate_of for o in result.outcomes[2:]] == [2, 1, 1]
    assert [(c.right, len(c.listings)) for c in result.plan.complaints] == [
        ("tm-cn", 1),
        ("design", 1),
    ]
    assert not result.report.errors
    warned = [f for f in result.report.warnings if f.code == "listing-duplicate-in-plan"]
    assert [f.path for f in warned] == ["$.complaints[1].listings[0]"]
    # the rule: again only for another right; the warning says it is another right
    assert "for another right ('tm-cn'; here 'design')" in warned[0].message
    assert result.report.findings == check(result.plan, as_of=DAY).findings


def test_settings_read_enum_values_and_refuse_other_types():
    from ipprules.errors import UnknownNameError

    given = Settings(target="listing", channel="standalone_form", strategy="protect")
    assert (given.target, given.channel, given.strategy) == (
        Target.LISTING,
        ChannelId.STANDALONE_FORM,
        Strategy.PROTECT,
    )
    with pytest.raises(UnknownNameError):
        Settings(strategy="nope")
    with pytest.raises(TypeError):
        Settings(channel=None)
    with pytest.raises(TypeError):
        Settings(target=3)


TB_LINE = "https://item.taobao.com/item.htm?id=606832683299"


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # R, pandas QUOTE_ALL and LibreOffice quote every header cell
        (f'"url","reason","order_number"\n"{TB_LINE}","tm_counterfeit_test_purchase","TB-1"\n', 2),
        # Excel's delimiter hint, then a semicolon CSV (European locales)
        (f"sep=;\nurl;reason;order_number\n{TB_LINE};tm_counterfeit_test_purchase;TB-1\n", 3),
        # blank and comment lines before the header, a header with url not first
        (
            f"\n# exported\nnotes,url,reason,order_number\n,{TB_LINE},"
            "tm_counterfeit_test_purchase,TB-1\n",
            4,
        ),
        (f"url\treason\torder_number\n{TB_LINE}\ttm_counterfeit_test_purchase\tTB-1\n", 2),
    ],
)
def test_spreadsheet_exports_are_read_as_csv(text: str, first: int) -> None:
    """Each was read as a list of URLs: whole rows parsed as URLs, and a row that still
    parsed planned with the defaults instead of its own reason and order number."""
    (line,) = read_lines(text.splitlines(keepends=True))
    assert (line.line, line.url, line.reason, line.order_number) == (
        first,
        TB_LINE,
        "tm_counterfeit_test_purchase",
        "TB-1",
    )


def test_a_header_without_a_url_column_is_an_error():
    from ipprules.errors import InputError

    with pytest.raises(InputError, match="a CSV header needs a url column"):
        list(read_lines(["seller,reason\n", f"{TB_LINE},tm_counterfeit\n"]))
    with pytest.raises(InputError, match=r"<input>:2: .*needs a url column"):
        list(read_lines(["sep=;\n", "seller;reason\n"]))
    # a plain list is still a list: URLs, blank lines and comments
    lines = list(read_lines(["# mine\n", "\n", TB_LINE + "\n", "example.com/x\n"]))
    assert [(p.line, p.url) for p in lines] == [(3, TB_LINE), (4, "example.com/x")]


@pytest.mark.parametrize(
    ("right", "reason", "why"),
    [
        ("tm-cn", "gf_counterfeit_simplified", "reserved for Good Faith members"),
        ("tm-cn", "cr_misuse", "it is for copyright rights, not trademark"),
        ("tm-cn", "tm_misleading", "it is not offered on taobao"),
        ("tm-cn", "no_such_code", "no such reason code in force on 2026-11-23"),
    ],
)
def test_a_reason_not_admissible_says_why(right: str, reason: str, why: str) -> None:
    """One generic message covered every cause; each now names its own, as check does."""
    result = plan([PlanLine(line=1, url=TB_LINE, right=right, reason=reason)])
    (outcome,) = result.outcomes
    assert outcome.code == "reason-not-admissible" and why in outcome.message


def _design_filed_2009() -> Any:
    """The test account with its design patent filed in 2009 and no evaluation report:
    the brief asks one for every patent (B9), the official reading only for designs and
    utility models filed from 2010 on the Taobao family (R30, R31)."""
    account = make_account()
    rights = tuple(
        attrs.evolve(r, documents=("patent_certificate",), filing_date=date(2009, 6, 1))
        if r.id == "design"
        else r
        for r in account.rights
    )
    return attrs.evolve(account, rights=rights)


def test_a_line_rejected_under_one_reading_names_those_that_plan_it():
    """How safe: an answer that depends on a disputed reading says which readings differ.
    B1 (brief): Xianyu is filed as Taobao; R33 (official): not documented, rejected. B9/R31:
    a design filed in 2009 without an evaluation report. R40: Lazada's rule for a CN mark is
    a documented gap under the official reading, so not planned there on a guess either."""
    lines = [
        PlanLine(line=1, url="https://www.lazada.sg/products/x-i2896336114.html",
                 right="tm-cn", reason="tm_counterfeit"),
        PlanLine(line=2, url="https://www.goofish.com/item?id=965639435219",
                 right="tm-cn", reason="tm_counterfeit"),
        PlanLine(line=3, url=TB.format(606832683299), right="tm-us", reason="tm_counterfeit"),
        PlanLine(line=4, url=TB.format(606832683298), right="design",
                 reason="pat_design_suspected"),
    ]  # fmt: skip
    account = _design_filed_2009()
    brief = plan_listings(lines, account, as_of=DAY)
    official = plan_listings(lines, account, as_of=DAY, interpretation="official")
    assert [o.status for o in brief.outcomes] == [
        Status.REJECTED, Status.PLANNED, Status.REJECTED, Status.REJECTED
    ]  # fmt: skip
    assert [o.status for o in official.outcomes] == [
        Status.REJECTED, Status.REJECTED, Status.REJECTED, Status.PLANNED
    ]  # fmt: skip
    assert official.outcomes[0].code == "rules-unknown"
    assert "right-place-unknown" in official.outcomes[0].message
    assert "[differs under: brief, brief-at-least-100, where it is planned]" in (
        official.outcomes[1].message
    )
    assert brief.outcomes[3].message.endswith("[differs under: official, where it is planned]")
    # a US mark on Taobao is refused under every reading (B12, R34): no note
    assert "differs under" not in brief.outcomes[2].message
    assert "differs under" not in official.outcomes[2].message
    # the CN mark on Lazada: a "no" under the brief, a documented gap under official (R40);
    # each says what the other answers
    assert brief.outcomes[0].code == "right-place-not-accepted"
    assert "[differs under: official, where it is rules-unknown: the rules are a documented " \
        "gap here (right-place-unknown)" in brief.outcomes[0].message  # fmt: skip
    assert "[differs under: brief, brief-at-least-100, where it is right-place-not-accepted: " in (
        official.outcomes[0].message
    )


_LINES = st.builds(
    PlanLine,
    line=st.just(1),
    url=st.sampled_from(
        [
            "https://www.lazada.sg/products/x-i2896336114.html",
            "https://www.goofish.com/item?id=965639435219",
            TB.format(606832683299),
            "https://shop123456.1688.com",
            "https://www.aliexpress.com/store/1234567",
            "https://detail.1688.com/offer/585943639773.html",
        ]
    ),
    right=st.sampled_from(["tm-cn", "tm-us", "design"]),
    reason=st.sampled_from(["tm_counterfeit", "pat_design_suspected", "tm_misuse"]),
    target=st.sampled_from([None, Target.STOREFRONT]),
    confidence=st.none(),
    order_number=st.none(),
    notes=st.just(""),
)


@pytest.mark.no_cover
@settings(max_examples=40, deadline=None)
@given(line=_LINES)
def test_a_rejection_names_every_reading_that_answers_otherwise(line: PlanLine) -> None:
    """Under each reading, a rejected line names each other reading that plans it, or
    rejects it with another code or message, in a ``[differs under: ...]`` note."""
    account = _design_filed_2009()
    names = ("brief", "official", "brief-at-least-100")
    got = {n: plan_listings([line], account, as_of=DAY, interpretation=n).outcomes[0]
           for n in names}  # fmt: skip
    for name, outcome in got.items():
        if outcome.status is not Status.REJECTED:
            continue
        own, *notes = outcome.message.split(" [differs under: ")
        named: dict[str, str] = {}  # each reading named in a note: what it answers
        for note in notes:
            readings, where = note.split(", where it is ", 1)
            named.update(dict.fromkeys(readings.split(", "), where))
        for other in names:
            theirs = got[other]
            if other == name:
                assert other not in named
            elif theirs.status is Status.PLANNED:
                assert named[other] == "planned]", outcome.message
            elif (theirs.code, theirs.message.split(" [differs under: ")[0]) != (outcome.code, own):
                assert named[other].startswith(f"{theirs.code}: "), outcome.message
            else:
                assert other not in named, outcome.message


def test_the_planned_plan_carries_its_interpretation_and_checks_clean_as_it_is():
    """A plan made under the official reading checked with errors under the default one (a
    design filed in 2009 without an evaluation report: R31 plans it, B9 refuses it); the
    plan now says its reading."""
    line = PlanLine(line=1, url=TB.format(606832683298), right="design",
                    reason="pat_design_suspected")  # fmt: skip
    result = plan_listings([line], _design_filed_2009(), as_of=DAY, interpretation="official")
    assert result.plan.interpretation == "official" and result.counts()["planned"] == 1
    assert check(result.plan).errors == ()
    assert check(result.plan, interpretation="brief").errors != ()


def test_the_covered_by_hint_names_rights_of_the_lines_type_only():
    """A US mark refused on Taobao (B12): the CN mark could carry the line; the design
    patent, which covers Taobao too, could not keep its trademark reason."""
    line = PlanLine(line=1, url=TB.format(606832683299), right="tm-us", reason="tm_counterfeit")
    (outcome,) = plan([line]).outcomes
    assert outcome.code == "right-place-not-accepted"
    assert outcome.message.endswith("(covered by right 'tm-cn')")


def test_spreadsheet_header_spellings_and_empty_trailing_columns():
    """``Order Number`` (a space, capitals) names order_number; the empty columns a
    spreadsheet leaves after the last one are ignored with their empty cells; a column the
    planner does not read is ignored (see below), one it cannot tell from its own refused."""
    from ipprules.errors import InputError

    text = [
        "URL,Order Number,Reason,,\n",
        f"{TB_LINE},TB-1,tm_counterfeit_test_purchase,,\n",
    ]
    (line,) = read_lines(text)
    assert (line.order_number, line.reason) == ("TB-1", "tm_counterfeit_test_purchase")
    (seller,) = read_lines(["url,seller\n", f"{TB_LINE},acme\n"])
    assert seller.url == TB_LINE
    with pytest.raises(InputError, match="did you mean 'reason'"):
        list(read_lines(["url,reasons\n", f"{TB_LINE},acme\n"]))
    with pytest.raises(InputError, match="cell 3 holds 'oops' under a column with no name"):
        list(read_lines(["url,reason,\n", f"{TB_LINE},tm_counterfeit,oops\n"]))
    with pytest.raises(InputError, match="expected 2 cells, got 3"):  # beyond the header
        list(read_lines(["url,reason\n", f"{TB_LINE},tm_counterfeit,oops\n"]))


def test_old_mac_line_endings_are_named_not_misread(tmp_path):
    """A CR-only file is one line to a line reader: it was read as one URL and rejected
    (exit 1); now an error that says what the file needs."""
    from ipprules.errors import InputError

    path = tmp_path / "cr.csv"
    path.write_bytes(b"url,reason\r" + TB_LINE.encode() + b",tm_counterfeit\r")
    with pytest.raises(InputError, match=r"cr\.csv:1: .*bare carriage returns"):
        list(read_lines(path))
    crlf = tmp_path / "crlf.csv"
    crlf.write_bytes(b"url,reason\r\n" + TB_LINE.encode() + b",tm_counterfeit\r\n")
    assert [p.reason for p in read_lines(crlf)] == ["tm_counterfeit"]


def test_columns_the_planner_does_not_read_are_ignored_and_named() -> None:
    """A spreadsheet's own columns (a title, a price) are ignored and reported, not refused;
    the brief's names (reason code, test-purchase order) are the planner's columns."""
    seen: list[tuple[str, ...]] = []
    text = [
        "Title,URL,Price,Reason Code,Test-Purchase Order,Note\n",
        f"Shoe,{TB_LINE},9.90,tm_counterfeit_test_purchase,TB-1,seen twice\n",
    ]
    (line,) = read_lines(text, on_ignored=seen.append)
    assert (line.url, line.reason, line.order_number, line.notes) == (
        TB_LINE,
        "tm_counterfeit_test_purchase",
        "TB-1",
        "seen twice",
    )
    assert seen == [("title", "price")]
    # without a callable nothing is reported, and the lines are the same
    assert list(read_lines(text)) == [line]
    with pytest.raises(TypeError, match="on_ignored must be callable"):
        read_lines(text, on_ignored="print")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("header", "message"),
    [
        # a misspelt planner column would be ignored and its lines planned with the defaults
        ("url,resaon", r"\$\.resaon: unknown column 'resaon': did you mean 'reason'\?"),
        ("url,confidance", "did you mean 'confidence'"),
        ("url,rights", "did you mean 'right'"),
        ("url,targets", "did you mean 'target'"),
        ("url,,reason", "unknown column ''"),
        # several accounts' lines are planned per account, never for one plan
        ("account,url", r"\$\.account: an account column"),
        ("url,Account ID", r"\$\.account_id: an account column \('account_id'\)"),
        ("url,acount", "an account column"),
        # two names of one column (url beside listing_url: listings' choice, the other ignored)
        ("url,URL", "the column 'url' is named twice"),
        ("url,note,notes", "the column 'notes' is named twice"),
    ],
)
def test_misspelt_or_doubled_columns_are_refused(header: str, message: str) -> None:
    from ipprules.errors import InputError

    with pytest.raises(InputError, match=message):
        list(read_lines([header + "\n", f"{TB_LINE}" + "," * header.count(",") + "\n"]))


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.text(alphabet="abcdefghijklmnopqrstuvwxyz_ ", min_size=1, max_size=12),
        max_size=4,
        unique=True,
    ),
    st.data(),
)
def test_extra_columns_change_no_line(extra: list[str], data: st.DataObject) -> None:
    """Whatever columns are added (refused as misspelt, or ignored), the lines read are the
    ones of the file without them."""
    from ipprules.errors import InputError
    from ipprules.planner import COLUMNS
    from ipprules.planner.inputs import _column_name

    base = ["url,reason,order_number\n", f"{TB_LINE},tm_counterfeit_test_purchase,TB-1\n"]
    names = [n for n in extra if _column_name(n) not in COLUMNS]
    values = [data.draw(st.text(alphabet="xyz 0123456789.", max_size=6)) for _ in names]
    text = [
        ",".join(["url", "reason", "order_number", *names]) + "\n",
        ",".join([TB_LINE, "tm_counterfeit_test_purchase", "TB-1", *values]) + "\n",
    ]
    try:
        got: list[PlanLine] | str = list(read_lines(text))
    except InputError as error:
        got = str(error)
    if isinstance(got, str):  # refused: misspelt (near a planner column), doubled, a value
        # under a trailing column with no name (a blank name after the last one), or a name
        # near "account" ('accnt': several accounts' lines are planned per account)
        assert any(
            why in got
            for why in ("unknown column", "named twice", "with no name", "an account column")
        )
    else:
        assert got == list(read_lines(base))


def test_a_line_without_its_url_is_rejected_not_the_file() -> None:
    """A row whose URL cell is blank (its other cells filled) refused the whole file on one
    machine while the Dask path rejected the row: it is a rejected line, accounted for."""
    lines = list(read_lines(["url,reason\n", ",tm_counterfeit\n", f"{TB_LINE},tm_counterfeit\n"]))
    assert [(p.line, p.url) for p in lines] == [(2, ""), (3, TB_LINE)]
    result = plan_listings(lines, make_account(), as_of=DAY, settings=Settings(right="tm-cn"))
    assert result.outcomes[0].code == "listing:empty"
    assert result.counts() == {"planned": 1, "duplicate": 0, "rejected": 1}


def test_a_value_under_a_trailing_column_with_no_name_is_refused_by_name() -> None:
    """A header ending in blank names (a spreadsheet's empty columns) is read without them;
    a row with a value there was refused as "expected 6 cells, got 7": now the message says
    which cell holds what, under a column with no name."""
    from ipprules.errors import InputError

    text = ["url,reason, , \n", f"{TB_LINE},tm_counterfeit,,\n", f"{TB_LINE},tm_counterfeit,,x\n"]
    at = len(TB_LINE) + len(",tm_counterfeit,,") + 1  # the cell's first character
    with pytest.raises(InputError, match=rf":3:{at}: .*cell 4 holds 'x' under a column with no"):
        list(read_lines(text))
    assert len(list(read_lines(text[:2]))) == 1


@pytest.mark.parametrize(
    ("column", "refused"),
    [
        ("Season", False),  # a word of its own: a rhyme of "reason"
        ("light", False),
        ("target_url", False),  # "target" and more after a separator
        ("reasno", True),  # typos inside the word
        ("teason", True),  # a slip of the finger: t is next to r
        ("confidance", True),
        ("targets", True),
    ],
)
def test_a_word_of_its_own_is_ignored_a_typo_refused(column: str, refused: bool) -> None:
    """Ordinary spreadsheet columns near a planner column's name (`season`, `target_url`)
    were refused as misspellings; a typo still is (its cells would be ignored silently)."""
    from ipprules.errors import InputError

    text = [f"url,reason,{column}\n", f"{TB_LINE},tm_counterfeit,x\n"]
    ignored: list[tuple[str, ...]] = []
    if refused:
        with pytest.raises(InputError, match="did you mean"):
            list(read_lines(text))
        return
    (line,) = read_lines(text, on_ignored=ignored.append)
    assert (line.url, line.reason) == (TB_LINE, "tm_counterfeit")
    assert ignored == [(column.lower(),)] or ignored == [(column,)]


_ITEMS = st.integers(min_value=100_000_000, max_value=999_999_999_999).map(TB.format)


@pytest.mark.no_cover
@settings(max_examples=30, deadline=None)
@given(
    first=_ITEMS,
    second=_ITEMS,
    gap=st.sampled_from([" ", "\n", "\t", "\u3000", " , ", " 和 ", "，", "、", "；"]),
    around=st.sampled_from([("", ""), ("【淘宝】 ", " 点击链接"), ("see ", " now")]),
)
def test_a_line_with_the_links_of_two_listings_is_rejected_not_half_planned(
    first: str, second: str, gap: str, around: tuple[str, str]
) -> None:
    """A line is one listing: a second listing's link in it was dropped without a word
    (every input item accounted for); the same listing's link twice is one listing."""
    text = around[0] + first + gap + second + around[1]
    result = plan_listings(
        [text], make_account(), as_of=DAY, settings=Settings(right="tm-cn", reason="tm_counterfeit")
    )
    (outcome,) = result.outcomes
    if first == second:
        assert outcome.status is Status.PLANNED
    else:
        assert (outcome.status, outcome.code) == (Status.REJECTED, "several-listings")
        assert outcome.message.endswith(f"(also {second})")
    # a link that is not a listing beside it changes nothing
    alone = plan_listings([first + gap + "https://example.com/terms"], make_account(), as_of=DAY,
                          settings=Settings(right="tm-cn", reason="tm_counterfeit"))  # fmt: skip
    assert alone.outcomes[0].status is Status.PLANNED


def test_the_text_output_says_where_another_reading_answers_otherwise(
    tmp_path: Any, capsys: Any
) -> None:
    """review 8 M5: a line planned under the brief that `official` rejects (Xianyu, B1 against
    R33) showed its difference only in the JSON check section, and a rejected line's reason
    is cut in the text table: the text output says both, and names the reading."""
    from pathlib import Path

    from ipprules.cli import main

    examples = Path(__file__).parents[2] / "examples"
    urls = tmp_path / "urls.csv"
    urls.write_text(
        "url,reason\n"
        "https://www.goofish.com/item?id=712345678901,tm_counterfeit\n"
        "https://www.lazada.sg/products/lumen-desk-lamp-i123456789-s987654321.html,"
        "tm_counterfeit\n",
        encoding="utf-8",
    )
    account = str(examples / "planner-account.toml")
    assert main(["plan", str(urls), "--account", account, "--as-of", DAY]) == 1
    out = capsys.readouterr().out
    assert "readings: findings of the planned complaints differ under official (1)" in out
    assert "readings: 1 rejected line(s) shown are answered otherwise" in out
    plain = tmp_path / "plain.csv"
    plain.write_text("url\nhttps://item.taobao.com/item.htm?id=606832683299\n", encoding="utf-8")
    main(["plan", str(plain), "--account", account, "--as-of", DAY, "--reason",
          "tm_counterfeit"])  # fmt: skip
    assert "readings:" not in capsys.readouterr().out


_PIECES = st.sampled_from(
    [
        TB.format(606832683299),
        TB.format(606832683298),
        "item.taobao.com/item.htm?id=606832683297",  # no scheme
        "//item.taobao.com/item.htm?id=606832683296",
        "https://m.intl.taobao.com/detail/detail.html?id=606832683299",  # the first, mobile
        "https://detail.tmall.com/item.htm?id=690091011924",
        "shop118454188.taobao.com",  # a store front
        "https://www.aliexpress.com/item/1005004878609097.html",
        "https://example.com/terms",  # no listing
        "https://s.taobao.com/search?q=x",
        "see",
        "【淘宝】",
    ]
)
_GLUE = st.sampled_from([" ", "\n", "\t", "\u3000", "，", "、", " , ", ",", ""])


@settings(max_examples=50, deadline=None)
@given(
    pieces=st.lists(_PIECES, min_size=1, max_size=4), glue=st.lists(_GLUE, min_size=3, max_size=3)
)
def test_the_check_and_the_planner_agree_on_entries_of_several_listings(
    pieces: list[str], glue: list[str]
) -> None:
    """B17: one listing per line. The complaint check flags an entry holding the links of
    several listings (``listing-several-urls``) exactly when the planner refuses the same
    text as a line (``several-listings``): the check looked for a second ``://`` only, and
    missed a second link written without its scheme."""
    from ipprules.checks.model import Complaint

    text = pieces[0] + "".join(g + p for g, p in zip(glue, pieces[1:], strict=False))
    settings_ = Settings(right="tm-cn", reason="tm_counterfeit")
    (outcome,) = plan_listings([text], make_account(), as_of=DAY, settings=settings_).outcomes
    complaint = Complaint(
        id="c",
        platform="taobao",
        right="tm-cn",
        reason="tm_counterfeit",
        supplement="s",
        listings=(text,),
    )
    plan = attrs.evolve(make_account(), complaints=(complaint,))
    flagged = [f for f in check(plan, as_of=DAY).findings if f.code == "listing-several-urls"]
    assert bool(flagged) == (outcome.code == "several-listings"), (text, outcome, flagged)


def test_a_second_link_without_its_scheme_is_a_second_listing() -> None:
    """The entry of the sweep: the check missed it, the planner refused it."""
    from ipprules.checks.model import Complaint

    text = (
        "https://item.taobao.com/item.htm?id=606832683299 item.taobao.com/item.htm?id=606832683298"
    )
    complaint = Complaint(
        id="c", platform="taobao", right="tm-cn", reason="tm_counterfeit", supplement="s",
        listings=(text,),
    )  # fmt: skip
    plan = attrs.evolve(make_account(), complaints=(complaint,))
    (found,) = [f for f in check(plan, as_of=DAY).findings if f.code == "listing-several-urls"]
    assert found.message.startswith("2 listing URLs in one entry")


_PLATFORM_URLS = [
    "https://item.taobao.com/item.htm?id=606832683299",
    "https://detail.tmall.com/item.htm?id=606832683299",
    "https://www.aliexpress.com/item/1005004878609097.html",
    "https://detail.1688.com/offer/585943639773.html",
    *(
        f"https://www.lazada.{tld}/products/shoe-i2896336114.html"
        for tld in ("sg", "com.my", "co.th", "vn", "co.id", "com.ph")
    ),
]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["US", "CN", "GB", "SG", "DE", "JP"]),
    st.sampled_from(_PLATFORM_URLS),
    st.sampled_from(["brief", "official", "brief-at-least-100"]),
)
def test_an_unregistered_copyright_is_planned_where_check_accepts_it(
    place: str, url: str, interpretation: str
) -> None:
    """An unregistered copyright has no place of registration (R29, R28): the planner does
    not refuse it for its place (it was 'lazada_sg does not accept rights registered in US'
    where check accepts it), and a line it plans checks with zero errors."""
    from ipprules.checks.model import RightStatus

    account = attrs.evolve(
        make_account(),
        rights=(
            Right(
                id="cr",
                ipr_type=IprType.COPYRIGHT,
                status=RightStatus.UNREGISTERED,
                place=place,
                documents=("copyright_claim_statement",),
            ),
        ),
    )
    result = plan_listings(
        [PlanLine(line=1, url=url, right="cr", reason="cr_piracy")],
        account,
        as_of=DAY,
        interpretation=interpretation,
    )
    (only,) = result.outcomes
    assert only.code != "right-place-not-accepted", only.message
    report = check(result.plan, as_of=DAY, interpretation=interpretation)
    assert not report.errors, report.errors
    if only.status is not Status.PLANNED:
        # refused: check refuses the same complaint filed by hand
        from ipprules.checks.model import Complaint
        from ipprules.listings import parse_listing

        listing = parse_listing(url)
        complaint = Complaint(
            id="c",
            platform=listing.platform,  # type: ignore[union-attr]
            right="cr",
            reason="cr_piracy",
            supplement="Pirated copies.",
            listings=(url,),
        )
        by_hand = attrs.evolve(account, complaints=(complaint,))
        assert check(by_hand, as_of=DAY, interpretation=interpretation).errors, only.message


@settings(max_examples=80, deadline=None)
@given(
    st.sampled_from(["<br>", "</a>", '"', "`", "<br/>", "[/url]"]),
    st.integers(600000000000, 600000000100),
    st.integers(600000000000, 600000000100),
    st.booleans(),
)
def test_a_line_gluing_two_listings_by_markup_is_rejected(
    glue: str, first: int, second: int, markdown: bool
) -> None:
    """A line holding the links of two listings glued by markup (``…?id=1<br>https://…?id=2``,
    a Markdown link showing one and leading to another) is ``several-listings``, as two
    joined by a space are: it was planned as its first, the other lost without a word."""
    a, b = TB.format(first), TB.format(second)
    url = f"[{a}]({b})" if markdown else f"{a}{glue}{b}"
    result = plan([PlanLine(line=1, url=url, reason="tm_counterfeit")], right="tm-cn")
    (only,) = result.outcomes
    if first == second:
        assert only.status is Status.PLANNED, only.message
    else:
        assert only.code == "several-listings", (url, only.code, only.message)


def test_the_good_faith_projection_carries_the_standings_notes(tmp_path: Any, capsys: Any) -> None:
    """The projection printed only the criteria and the readings that differ: the projected
    standing's notes (complaints it does not count, D2; the gaps its answer rests on, R91)
    were dropped, in text and JSON. Both now carry them."""
    import json
    from pathlib import Path

    from ipprules.cli import main

    examples = Path(__file__).parents[2] / "examples"
    urls = tmp_path / "urls.csv"
    urls.write_text(
        "url,reason\nhttps://www.aliexpress.com/item/1005001234567890.html,tm_misuse\n",
        encoding="utf-8",
    )
    account = str(examples / "planner-account.toml")
    main(["plan", str(urls), "--account", account, "--as-of", DAY])
    note = "not counted, on platforms the Good Faith Program does not cover here: aliexpress (1)"
    assert note in capsys.readouterr().out
    main(["plan", str(urls), "--account", account, "--as-of", DAY, "--format", "json"])
    projection = json.loads(capsys.readouterr().out)["projection"]
    assert any(note in n for n in projection["after"]["notes"])
    assert isinstance(projection["before"]["notes"], list)
