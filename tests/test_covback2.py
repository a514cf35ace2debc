"""covback2: light tests for branches the CI's traced run missed (second pass).

Each test reaches a branch through the public API and asserts what the branch is there for.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from ipprules import default_rulebook
from ipprules.checks import check, example_plan, read_plan
from ipprules.counternotice import Assessment, assess_counter_notice, read_counter_notice
from ipprules.coverage.engine import cells_on
from ipprules.errors import InputError
from ipprules.goodfaith import History, standing, what_if
from ipprules.goodfaith.plan import read_plan as read_what_if
from ipprules.lifecycle.deadlines import deadline_for
from ipprules.listings import parse_listing
from ipprules.penalties import Violation, penalty_standing
from ipprules.rulebook import load_rulebook
from ipprules.rulebook.model import Answer

_HEADER = "type,date,account,platform,reason_code,listings,taken_down\n"


def _complaint_json(account: str) -> str:
    record = {
        "type": "complaint",
        "date": "2024-01-02",
        "account": account,
        "platform": "taobao",
        "reason_code": "tm_counterfeit",
        "listings": 1,
        "taken_down": 1,
    }
    return json.dumps(record) + "\n"


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_an_account_no_line_is_for_among_more_than_10_000_others_says_at_least(fmt: str) -> None:
    """A one-account read keeps at most 10,000 names of the accounts it passes over (for the
    did-you-mean): past that it keeps none, and the error says "at least 10,000"."""
    names = [f"a{i:05}" for i in range(10_001)]
    if fmt == "csv":
        text = _HEADER + "".join(
            f"complaint,2024-01-02,{n},taobao,tm_counterfeit,1,1\n" for n in names
        )
    else:
        text = "".join(map(_complaint_json, names))
    with pytest.raises(InputError) as caught:
        History.from_file(io.StringIO(text), format=fmt, account="zzz")
    message = str(caught.value)
    assert "no line of the history is for account 'zzz'" in message
    assert "the history holds at least 10,000 accounts: 'a00000', 'a00001'," in message
    assert "... and 9,990 more" in message  # 10,000 kept, 10 listed


def test_cells_on_a_right_or_platform_the_portfolio_has_not_is_no_cell() -> None:
    """``cells_on`` is a Mapping: a key of an unknown right or platform builds nothing and is
    a KeyError (``get`` answers None, ``in`` False), while a right's own key is found."""
    plan = read_plan("examples/portfolio.toml")
    cells = cells_on(plan, dt.date(2024, 6, 1), default_rulebook())
    key = next(iter(cells))
    assert key[0] in {r.id for r in plan.rights}
    assert cells[key].key == key
    for missing in [("no-such-right", key[1], key[2]), (key[0], "no-such-platform", key[2])]:
        assert missing not in cells
        assert cells.get(missing) is None
        with pytest.raises(KeyError):
            cells[missing]


def test_a_link_with_slashes_escaped_twice_is_not_rendered_twice() -> None:
    """A link whose slashes are HTML entities is rendered once (as a browser does) for the
    suggestion; where the rendered link still has escaped slashes, it says no more and
    suggests nothing (it is not unescaped again)."""
    once = "https:&#x2F;&#x2F;item.taobao.com/item.htm?id=123456789"
    got = parse_listing(once)
    assert got.code == "not-a-url"
    assert got.suggestion == "https://item.taobao.com/item.htm?id=123456789"
    twice = "https:&#x2F;&#x2F;a.cn/https:&amp;#x2F;&amp;#x2F;item.taobao.com/item.htm?id=123456789"
    got = parse_listing(twice)
    assert got.code == "not-a-url"
    assert got[1] == (
        "not a URL: the link's slashes are written as HTML entities, as a page's source has "
        f"them: {twice}"
    )
    assert got.suggestion is None


def test_a_buying_agent_link_naming_the_shop_type_but_no_id_embeds_no_listing() -> None:
    """cnfans-style links name the shop type and the item id; with the type but no id, no
    listing is suggested (and none made up from the type)."""
    got = parse_listing("https://cnfans.com/product?shop_type=taobao&x=1")
    assert got.code == "agent-site"
    assert got[1].endswith("no marketplace listing found in the link")
    assert got.suggestion is None
    got = parse_listing("https://cnfans.com/product?shop_type=1688&id=12345678901")
    assert got.suggestion == "https://detail.1688.com/offer/12345678901.html"


def test_a_misspelt_platform_is_hinted_again_after_a_what_if_batch(tmp_path: Path) -> None:
    """The hint for a name that is no platform is worked out once per rule book view and
    given again from there: a what-if's standing after the batch (same view) says it too."""
    history = _HEADER + "complaint,2026-11-02,acme,tmal,tm_counterfeit,3,3\n"
    batch = tmp_path / "batch.csv"
    batch.write_text(_HEADER + "complaint,2026-11-10,acme,tmal,tm_counterfeit,2,2\n")
    got = what_if(History.from_file(io.StringIO(history), format="csv"), batch, "2026-11-23")
    hint = "not a platform: did you mean 'tmall'?"
    assert any(f"tmal (1; {hint})" in n for n in got.before.notes)
    assert any(f"tmal (2; {hint})" in n for n in got.after.notes)


def test_a_toml_comment_that_ends_in_a_line_separator_hides_nothing() -> None:
    """A TOML comment whose U+2028 ends it (nothing after) is read as the comment it is; one
    with text after the U+2028 is refused at that character (the text after it would be lost
    in the comment)."""
    base = Path("examples/what-if.toml").read_text(encoding="utf-8")
    ends = base.replace('assume = "current"', '# the default\u2028\nassume = "current"')
    assert read_what_if(io.StringIO(ends)) == read_what_if(io.StringIO(base))
    hides = base.replace(
        'assume = "current"', '# the default\u2028assume = "x"\nassume = "current"'
    )
    with pytest.raises(InputError, match=r"^<stream>:4:14: \$: a line separator \(U\+2028\)"):
        read_what_if(io.StringIO(hides))


def test_a_toml_table_declared_twice_names_its_first_line_past_other_headers() -> None:
    """The first declaration is looked for among the headers above, passing over others."""
    text = 'assume = "current"\n[a]\nx = 1\n[b]\ny = 2\n[b]\nz = 3\n'
    with pytest.raises(InputError) as caught:
        read_what_if(io.StringIO(text))
    assert str(caught.value) == (
        "<stream>:6:2: $: not valid TOML: the table [b] is declared twice (first on line 4; "
        "give its keys under one header)"
    )


_OURS = 'name = "Ours"\n[[sources]]\nid = "MINE"\ntitle = "Our reading"\nkind = "user"\n'


def _moved_to_copyright(record_id: str, requirement: str, platform: str, extra: str = "") -> str:
    """A counter-notice record of the book given again for copyright complaints only: on a
    trademark complaint the rule no longer applies."""
    return (
        f'\n[[counter_notice]]\nid = "{record_id}"\nrequirement = "{requirement}"\n'
        f'platforms = ["{platform}"]\nipr_types = ["copyright"]\n{extra}'
        'text = "Copyright only."\neffective_from = "2015-01-06"\nsources = ["MINE"]\n'
        'confidence = "user"\nrules = ["R63"]\n'
    )


def _codes(assessment: Assessment) -> set[tuple[str, str]]:
    return {(f.code, f.path) for f in assessment.findings}


def test_a_book_without_the_purchase_and_authorisation_rules_does_not_apply_them(
    tmp_path: Path,
) -> None:
    """Each purchase and authorisation check runs only where its rule is in the book: an
    override that keeps the purchase documents and quantity but moves the window, signature,
    product and authorisation rules to copyright leaves the example's 58 pieces all counted
    and its expired authorisation unchecked."""
    notice = read_counter_notice("examples/counter-notice-alibaba.toml")
    embedded = _codes(assess_counter_notice(notice))
    assert ("cn-purchase-outside-window", "$.purchases[1].date") in embedded
    assert ("cn-purchase-not-signed-by-both", "$.purchases[2].signed_by") in embedded
    assert ("cn-authorisation-not-valid", "$.authorisations[0].valid_until") in embedded
    moved = [
        ("purchase_window", "purchase_within_months"),
        ("purchase_signed", "purchase_signed_by_both"),
        ("product_match", "product_matches"),
        ("authorisation_owner", "authorisation_by_owner"),
        ("authorisation_brand", "authorisation_names_brand"),
        ("authorisation_valid", "authorisation_valid_on_complaint"),
    ]
    path = tmp_path / "ours.toml"
    path.write_text(
        _OURS + "".join(_moved_to_copyright(f"alibaba_com_{i}", r, "alibaba_com") for i, r in moved)
    )
    got = assess_counter_notice(notice, load_rulebook(path))
    assert _codes(got) == {("cn-channel", "$.platform")}
    assert got.sufficient is Answer.YES


def test_a_1688_book_without_the_points_bar_asks_no_points(tmp_path: Path) -> None:
    """1688's bars each run only where in the book: without the points bar, the seller's
    points (which the example's violations do not settle) are not asked for; with it alone,
    they are; without any bar, the seller's facts are said to change nothing."""
    notice = read_counter_notice("examples/counter-notice-1688.toml")
    assert ("cn-fact-missing", "$.seller.points") in _codes(assess_counter_notice(notice))
    points = _moved_to_copyright(
        "1688_bar_points", "bar_points", "1688", 'value = 60\ncomparison = ">="\nunit = "points"\n'
    )
    path = tmp_path / "ours.toml"
    path.write_text(_OURS + points)
    got = _codes(assess_counter_notice(notice, load_rulebook(path)))
    assert got == {("cn-no-rules", "$.platform"), ("cn-channel", "$.platform")}
    others = _moved_to_copyright(
        "1688_bar_serious", "bar_serious_closure_count", "1688"
    ) + _moved_to_copyright("1688_bar_closed", "bar_closed", "1688")
    path.write_text(_OURS + others)  # the points bar alone: still asked for
    got = _codes(assess_counter_notice(notice, load_rulebook(path)))
    assert got == {
        ("cn-no-rules", "$.platform"),
        ("cn-fact-missing", "$.seller.points"),
        ("cn-channel", "$.platform"),
        ("cn-seller-facts-unused", "$.seller"),  # closed, at_serious_closure_count (left5)
    }
    path.write_text(_OURS + points + others)
    got = _codes(assess_counter_notice(notice, load_rulebook(path)))
    assert ("cn-seller-facts-unused", "$.seller") in got


def test_a_1688_record_with_a_serious_closure_count_bars_by_points_and_closure_only(
    tmp_path: Path,
) -> None:
    """R64's bar at the closure count for serious infringements is its own check only while
    the rule book gives no such count; a 1688 record that gives one closes the account at
    it, and the bar reads the closure (points and closed), not an unknown serious check."""
    violations = [
        Violation(on=dt.date(2024, 3, d), kind="counterfeit", platform="1688") for d in (1, 2)
    ]
    embedded = penalty_standing(violations, "1688", "2024-06-01")
    assert [c.name for c in embedded.bar] == ["points", "serious", "closed"]
    path = tmp_path / "ours.toml"
    path.write_text(
        _OURS + '\n[[penalties]]\nid = "1688"\ncounter_notice_bar_points = 60\n'
        "counter_notice_restores = true\nclosure_serious_count = 3\n"
        'serious_kinds = ["counterfeit", "piracy"]\neffective_from = "2015-01-06"\n'
        'sources = ["MINE"]\nconfidence = "user"\nrules = ["R64"]\n'
    )
    got = penalty_standing(violations, "1688", "2024-06-01", load_rulebook(path))
    assert [c.name for c in got.bar] == ["points", "closed"]
    assert got.closed is Answer.NO  # 2 serious at most, under 3
    assert got.counter_notice_barred is Answer.NO


@pytest.mark.parametrize("deadline_id", [123, None, b"seller_response"])
def test_deadline_for_a_deadline_id_of_another_type_is_a_type_error(deadline_id: object) -> None:
    with pytest.raises(TypeError, match=r"^the deadline id must be a str, got "):
        deadline_for(deadline_id, dt.date(2024, 1, 2))  # type: ignore[arg-type]


_GOOD_FAITH = """
[[good_faith]]
id = "gftm"
version = "2022"
takedown_rate = { value = "0.9", comparison = ">" }
counter_notice_rate = { value = "0.05", comparison = "<" }
volume = { value = "100", comparison = ">" }
window_months = 3
declaration_required = true
automatic_admission = true
per_reason_code = true
lockout_removal_months = 3
lockout_withdrawal_months = 3
platforms = ["taobao", "tmall", "tmall_global"]
effective_from = "2022-04-15"
sources = ["MINE"]
confidence = "user"
rules = ["B21"]
"""


def test_good_faith_criteria_without_no_abuse_have_no_abuse_criterion(tmp_path: Path) -> None:
    """``no_abuse_required = false`` (a reading where an abuse finding does not bar admission)
    leaves the no-abuse criterion out of the standing; by default it is there."""
    history = History.from_file("examples/history.csv")
    path = tmp_path / "gf.toml"
    names = []
    for extra in ("", "no_abuse_required = false\n"):
        path.write_text(_OURS + _GOOD_FAITH + extra)
        got = standing(history, dt.date(2022, 12, 31), rulebook=load_rulebook(path))
        names.append([c.name for c in got.criteria])
    assert names[0] == ["takedown_rate", "counter_notice_rate", "volume", "declaration", "no_abuse"]
    assert names[1] == names[0][:-1]


def test_an_abuse_finding_names_a_reading_without_an_abuse_criterion(tmp_path: Path) -> None:
    """Where another reading's Good Faith criteria have no abuse criterion, an abuse finding
    under the brief says so ("under official, no abuse criterion applies") and cites no bar
    rule for it; under that reading itself, the finding adds no Good Faith consequence."""
    path = tmp_path / "gf.toml"
    official = (
        _GOOD_FAITH.replace('version = "2022"\n', 'version = "2022"\ninterpretation = "official"\n')
        .replace('{ value = "0.9", comparison = ">" }', '{ value = "0.9", comparison = ">=" }')
        .replace('{ value = "0.05", comparison = "<" }', '{ value = "0.05", comparison = "<=" }')
        .replace('volume = { value = "100", comparison = ">" }\n', "")
        .replace("declaration_required = true", "declaration_required = false")
    )
    path.write_text(_OURS + official + "no_abuse_required = false\n")
    book = load_rulebook(path)
    messages = {}
    for reading in ("brief", "official"):
        report = check(example_plan(), as_of="2026-11-23", interpretation=reading, rulebook=book)
        (found,) = [f for f in report.findings if f.code == "complaint-genuine-goods"]
        messages[reading] = found
    brief = messages["brief"]
    assert "bars admission for good (B21: " in brief.message
    assert "; under official, no abuse criterion applies; failing the criteria" in brief.message
    assert brief.rule_ids[-3:] == ("B21", "R72", "R79")
    assert "Good Faith" not in messages["official"].message
    assert messages["official"].rule_ids == ("R69", "R80", "R81", "R82")


def test_a_quoted_host_then_a_scheme_with_no_link_is_a_host_name_only() -> None:
    """A host between quotes with a scheme after it is read for the link after it; where
    that is no link at all (a bare ``https://``), the refusal is the quoted host's."""
    got = parse_listing('"item.taobao.com" see https://')
    assert got.code == "not-a-url"
    assert got[1] == (
        "not a URL: no URL found in the text; item.taobao.com in quotes is a host name only "
        "(as code names hosts), not a link to a page: paste the link itself"
    )
