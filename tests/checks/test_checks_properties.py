"""Hypothesis at three levels: robustness, determinism and order, metamorphic, round trips."""

from __future__ import annotations

import copy
import datetime as dt
import json
import pickle
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ipprules._convert import unstructure
from ipprules.checks import check, iter_findings, plan_from_data
from ipprules.checks.findings import sort_key
from ipprules.errors import IpprulesError

PLATFORMS = [
    "taobao",
    "tmall",
    "tmall_global",
    "1688",
    "alibaba_com",
    "aliexpress",
    "lazada_sg",
    "lazada_th",
    "xianyu",
    "jd",
]
REASONS = [
    "tm_counterfeit",
    "tm_counterfeit_test_purchase",
    "tm_misuse",
    "tm_store_misuse",
    "tm_misleading",
    "cr_piracy",
    "cr_copied_content",
    "cr_misuse",
    "pat_design_judgment",
    "pat_design_suspected",
    "pat_design",
    "pat_invention",
    "other_judgment",
    "gf_counterfeit_simplified",
    "nonsense",
]
DOCS = [
    "trademark_certificate",
    "renewal_certificate",
    "assignment_certificate",
    "change_certificate",
    "madrid_extension_certificate",
    "copyright_certificate",
    "software_screenshot",
    "copyright_claim_statement",
    "patent_certificate",
    "patent_evaluation_report",
    "court_judgment",
    "business_registration",
    "identity_document",
    "true_person_authentication",
    "test_purchase_report",
    "junk_doc",
]
URL_FORMS = [
    "https://item.taobao.com/item.htm?id={n}",
    "https://detail.tmall.com/item.htm?id={n}&skuId=1",
    "https://detail.tmall.hk/hk/item.htm?id={n}",
    "https://m.intl.taobao.com/detail/detail.html?id={n}",
    "https://detail.1688.com/offer/{n}.html",
    "https://www.aliexpress.com/item/{n}.html",
    "https://www.lazada.sg/products/x-i{n}-s1.html",
    "https://www.goofish.com/item?id={n}",
    "https://shop{n}.taobao.com/",
    "https://m.tb.cn/h.{n}",
    "http://item.taobao.com.evil.cn/item.htm?id={n}",
    "{n}",
]
DATES = st.dates(dt.date(2015, 1, 6), dt.date(2031, 12, 31))

text = st.text(max_size=12)
idents = st.sampled_from(["a", "b", "c", "tm", "cr", "pat"])


@st.composite
def urls(draw: st.DrawFn) -> str:
    form = draw(st.sampled_from(URL_FORMS))
    n = draw(st.integers(1, 10**13))
    if draw(st.integers(0, 20)) == 0:
        return draw(st.text(max_size=40))
    return form.format(n=n)


@st.composite
def rights(draw: st.DrawFn, rid: str) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": rid,
        "ipr_type": draw(st.sampled_from(["trademark", "copyright", "patent", "other"])),
        "place": draw(st.sampled_from(["CN", "HK", "US", "SG", "cn"])),
        "status": draw(st.sampled_from(["registered", "pending", "unregistered"])),
        "documents": draw(st.lists(st.sampled_from(DOCS), max_size=4)),
        "verification": draw(st.sampled_from(["verified", "pending", "failed"])),
    }
    for flag in ("renewed", "assigned", "changed", "madrid", "software", "advised"):
        data[flag] = draw(st.booleans())
    if draw(st.booleans()):
        data["subtype"] = draw(st.sampled_from(["invention", "utility_model", "design"]))
    days = sorted(draw(DATES) for _ in range(2))  # a right expires after its filing (left4)
    for key, day in zip(("filing_date", "expiry_date"), days, strict=True):
        if draw(st.booleans()):
            data[key] = day
    if draw(st.booleans()):
        data["registrant"] = draw(st.sampled_from(["Acme", "ACME", "Other Co"]))
    return data


def _in_order(letter: dict[str, Any]) -> dict[str, Any]:
    """A letter's validity in order: an end before the start is refused as input (left4)."""
    if "valid_from" in letter and "valid_until" in letter:
        first, last = sorted((letter["valid_from"], letter["valid_until"]))
        letter = {**letter, "valid_from": first, "valid_until": last}
    return letter


@st.composite
def complaints(draw: st.DrawFn, cid: str, right_ids: list[str]) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": cid,
        "platform": draw(st.sampled_from(PLATFORMS)),
        "right": draw(st.sampled_from(right_ids)),
        "reason": draw(st.sampled_from(REASONS)),
        "channel": draw(st.sampled_from(["portal", "standalone_form"])),
        "target": draw(st.sampled_from(["listing", "storefront"])),
        "listings": draw(st.lists(urls(), max_size=14)),
        "supplement": draw(st.sampled_from(["", "Counterfeit.", "  "])),
        "evidence": draw(st.lists(st.sampled_from(DOCS), max_size=2)),
    }
    if draw(st.integers(0, 4)) == 0:  # several rights named (R8), or one as a list
        data["right"] = draw(st.lists(st.sampled_from(right_ids), min_size=1, max_size=3))
    if draw(st.booleans()):
        data["order_number"] = draw(st.sampled_from(["123", "1, 2", ""]))
    if draw(st.integers(0, 4)) == 0:
        data["filing_date"] = draw(DATES)
    return data


@st.composite
def plans(draw: st.DrawFn) -> dict[str, Any]:
    right_ids = draw(st.lists(idents, min_size=1, max_size=3, unique=True))
    account: dict[str, Any] = {
        "name": "Acme",
        "location": draw(st.sampled_from(["mainland_china", "elsewhere"])),
        "identity": draw(st.sampled_from(["individual", "enterprise"])),
        "category": draw(st.sampled_from(["right_holder", "agent"])),
        "documents": draw(st.lists(st.sampled_from(DOCS), max_size=2)),
        "good_faith": draw(st.booleans()),
        "good_faith_trial": draw(st.booleans()),
        "registered": draw(st.booleans()),
        "complaints_filed": draw(st.integers(0, 200)),
        "authorisations": draw(
            st.lists(
                st.fixed_dictionaries(
                    {},
                    optional={
                        "rights": st.lists(st.sampled_from(right_ids), max_size=2),
                        "platforms": st.lists(st.sampled_from(PLATFORMS), max_size=2),
                        "valid_from": DATES,
                        "valid_until": DATES,
                        "states_scope": st.booleans(),
                        "states_validity": st.booleans(),
                    },
                ).map(_in_order),
                max_size=2,
            )
        ),
    }
    n = draw(st.integers(0, 4))
    return {
        "as_of": draw(DATES),
        "account": account,
        "rights": [draw(rights(r)) for r in right_ids],
        "complaints": [draw(complaints(f"c{i}", right_ids)) for i in range(n)],
    }


INTERPRETATIONS = st.sampled_from([None, "brief", "official", "brief-at-least-100"])
SETTINGS = settings(max_examples=75, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.no_cover
@SETTINGS
@given(plans(), INTERPRETATIONS)
def test_random_plans_give_ordered_deterministic_findings(data, interpretation) -> None:
    plan = plan_from_data(data)
    first = check(plan, interpretation=interpretation)
    second = check(plan, interpretation=interpretation)
    assert first == second
    assert list(first.findings) == sorted(first.findings, key=sort_key)
    lazily = list(iter_findings(plan, interpretation=interpretation))
    own = [
        attrs.evolve(f, other_readings=())
        for f in first.findings
        if f.code != "other-reading-finding"
    ]
    assert sorted(lazily, key=sort_key) == own
    assert first.ok == (not first.errors)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=12,
)


@st.composite
def damaged_plans(draw: st.DrawFn) -> Any:
    """A random plan with junk put at one random place (or junk instead of the plan)."""
    data = draw(plans())
    if draw(st.integers(0, 5)) == 0:
        return draw(json_values)
    target: Any = data
    for _ in range(draw(st.integers(0, 3))):
        if isinstance(target, dict) and target:
            key = draw(st.sampled_from(sorted(target)))
            if not isinstance(target[key], dict | list) or not target[key]:
                target[key] = draw(json_values)
                return data
            target = target[key]
        elif isinstance(target, list) and target:
            i = draw(st.integers(0, len(target) - 1))
            if not isinstance(target[i], dict | list) or not target[i]:
                target[i] = draw(json_values)
                return data
            target = target[i]
    if isinstance(target, dict):
        target[draw(st.text(max_size=6))] = draw(json_values)
    elif isinstance(target, list):
        target.append(draw(json_values))
    return data


@settings(max_examples=100, deadline=None)
@given(damaged_plans(), st.one_of(st.none(), DATES, st.dates(), st.text(max_size=12)))
def test_junk_never_raises_anything_but_our_errors(data, as_of) -> None:
    try:
        plan = plan_from_data(data)
        report = check(plan, as_of=as_of)
    except IpprulesError:
        return
    assert report.as_of is not None


@pytest.mark.no_cover
@SETTINGS
@given(plans(), st.integers(10**11, 10**12), INTERPRETATIONS)
def test_an_unrelated_complaint_changes_no_other_finding(data, seed, interpretation) -> None:
    if not data["complaints"]:
        data["complaints"].append(
            {
                "id": "c0",
                "platform": "taobao",
                "right": data["rights"][0]["id"],
                "reason": "tm_misuse",
            }
        )
    before = check(plan_from_data(data), interpretation=interpretation)
    extra = {
        "id": "unrelated",
        "platform": "taobao",
        "right": data["complaints"][0]["right"],
        "reason": "tm_counterfeit",
        "listings": [f"https://item.taobao.com/item.htm?id={seed + k}" for k in range(3)],
        "filing_date": data["as_of"].isoformat(),
    }
    # the extra listings must not appear in the plan already
    taken = {u for c in data["complaints"] for u in c.get("listings", [])}
    if any(u in taken or u.split("=")[1] in "".join(taken) for u in extra["listings"]):
        return
    data["complaints"].append(extra)
    after = check(plan_from_data(data), interpretation=interpretation)
    n = len(data["complaints"]) - 1
    scope = [f"$.complaints[{i}]" for i in range(n)]

    def mine(report):
        return [
            f
            for f in report.findings
            if any(f.path == s or f.path.startswith((s + ".", s + "[")) for s in scope)
        ]

    assert mine(before) == mine(after)
    plan_level_before = [f for f in before.findings if not f.path.startswith("$.complaints")]
    plan_level_after = [f for f in after.findings if not f.path.startswith("$.complaints")]
    assert plan_level_before == plan_level_after


# ------------------------------------------------------------------ round trips

CLEAN_COMPLAINTS = [
    ("taobao", "tm_counterfeit", "https://item.taobao.com/item.htm?id={n}"),
    ("tmall", "tm_misuse", "https://detail.tmall.com/item.htm?id={n}"),
    ("tmall_global", "tm_counterfeit", "https://detail.tmall.hk/hk/item.htm?id={n}"),
    ("1688", "tm_misuse", "https://detail.1688.com/offer/{n}.html"),
    ("aliexpress", "tm_counterfeit", "https://www.aliexpress.com/item/{n}.html"),
    ("alibaba_com", "tm_misuse", "https://www.alibaba.com/product-detail/Lamp_{n}.html"),
]


@st.composite
def clean_plans(draw: st.DrawFn) -> dict[str, Any]:
    as_of = draw(st.dates(dt.date(2015, 4, 1), dt.date(2029, 1, 1)))
    start = draw(st.integers(10**11, 9 * 10**11))
    complaints = []
    offset = 0
    for i in range(draw(st.integers(1, 5))):
        platform, reason, form = draw(st.sampled_from(CLEAN_COMPLAINTS))
        count = draw(st.integers(1, 20))
        complaints.append(
            {
                "id": f"c{i}",
                "platform": platform,
                "right": "tm",
                "reason": reason,
                "supplement": draw(
                    st.text(
                        st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")),
                        min_size=1,
                        max_size=30,
                    ).filter(str.strip)
                ),
                "listings": [form.format(n=start + offset + k) for k in range(count)],
            }
        )
        offset += count
    return {
        "as_of": as_of,
        "account": {
            "name": "Acme",
            "location": "elsewhere",
            "identity": "enterprise",
            "documents": ["business_registration"],
            "complaints_filed": 500,
        },
        "rights": [
            {
                "id": "tm",
                "ipr_type": "trademark",
                "expiry_date": as_of + dt.timedelta(days=draw(st.integers(91, 3650))),
                "documents": ["trademark_certificate"],
            }
        ],
        "complaints": complaints,
    }


def _drop_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _drop_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_drop_none(v) for v in value]
    return value


@pytest.mark.no_cover
@settings(max_examples=80, deadline=None)
@given(clean_plans())
def test_clean_plans_stay_clean_through_json(data) -> None:
    plan = plan_from_data(data)
    report = check(plan)
    assert report.ok, report.text()
    again = plan_from_data(json.loads(json.dumps(unstructure(plan))))
    assert again == plan
    assert check(again) == report


@pytest.mark.no_cover
@settings(max_examples=80, deadline=None)
@given(clean_plans())
def test_clean_plans_stay_clean_through_toml(data) -> None:
    tomli_w = pytest.importorskip("tomli_w")
    import tomllib

    plan = plan_from_data(data)
    report = check(plan)
    assert report.ok
    again = plan_from_data(tomllib.loads(tomli_w.dumps(_drop_none(unstructure(plan)))))
    assert again == plan
    assert check(again) == report


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    ids=st.lists(st.integers(10**11, 10**12 - 1), min_size=1, max_size=4, unique=True),
    sep=st.sampled_from([" ", "\n", "\r\n", "\t", "  ", " , "]),
)
def test_an_entry_is_one_listing_per_line(ids: list[int], sep: str) -> None:
    """B17: listings one per line. An entry holding several listing URLs is an error naming
    how many (only the first would be read); one URL per entry is not."""
    urls = [f"https://item.taobao.com/item.htm?id={i}" for i in ids]
    plan = {
        "account": {"name": "A", "location": "elsewhere", "identity": "enterprise"},
        "rights": [{"id": "r", "ipr_type": "trademark", "documents": ["trademark_certificate"]}],
        "complaints": [
            {
                "id": "c",
                "platform": "taobao",
                "right": "r",
                "reason": "tm_misuse",
                "supplement": "s",
                "listings": [sep.join(urls)],
            },
            {
                "id": "d",
                "platform": "taobao",
                "right": "r",
                "reason": "tm_misuse",
                "supplement": "s",
                "listings": urls,
            },
        ],
    }
    report = check(plan_from_data(plan), as_of="2024-01-01")
    several = [f for f in report.findings if f.code == "listing-several-urls"]
    if len(urls) == 1:
        assert several == []
    else:
        (only,) = several
        assert only.path == "$.complaints[0].listings[0]"
        assert only.message.startswith(f"{len(urls)} listing URLs in one entry")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    first=st.lists(st.sampled_from(["a", "b", "c"]), min_size=1, max_size=2, unique=True),
    second=st.lists(st.sampled_from(["a", "b", "c"]), min_size=1, max_size=2, unique=True),
)
def test_a_listing_in_two_complaints_says_whether_the_right_is_the_same(
    first: list[str], second: list[str]
) -> None:
    """complaints_per_listing (R45): a listing may be filed again only for another right.
    Its repeat in a later complaint says "for the same right" exactly when the complaints'
    rights are the same (the first named: the one every other check looks at), and "for
    another right" otherwise."""
    url = "https://item.taobao.com/item.htm?id=606832683299"
    complaint = {"platform": "taobao", "reason": "tm_misuse", "supplement": "s"}
    plan = {
        "account": {"name": "A", "location": "elsewhere", "identity": "enterprise"},
        "rights": [
            {"id": r, "ipr_type": "trademark", "documents": ["trademark_certificate"]}
            for r in "abc"
        ],
        "complaints": [
            {**complaint, "id": "c", "right": first, "listings": [url]},
            {**complaint, "id": "d", "right": second, "listings": [url]},
        ],
    }
    report = check(plan_from_data(plan), as_of="2024-01-01")
    (repeat,) = [f for f in report.findings if f.code == "listing-duplicate-in-plan"]
    assert repeat.path == "$.complaints[1].listings[0]"
    if first[0] == second[0]:
        assert f"for the same right {first[0]!r}" in repeat.message
        assert "another right (" not in repeat.message
    else:
        assert f"for another right ({first[0]!r}; here {second[0]!r})" in repeat.message
        assert "same right" not in repeat.message


_ROUND_TRIPS = {
    "copy": copy.copy,
    "deepcopy": copy.deepcopy,
    "pickle": lambda value: pickle.loads(pickle.dumps(value)),
}


@pytest.mark.no_cover
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_plans_and_reports_are_values(data: dict[str, Any]) -> None:
    """A plan and its report are equal and hash-equal to their copies, deep copies and
    unpickled copies (a notebook copies them; Dask pickles them), and frozen."""
    try:
        plan = plan_from_data(data)
        report = check(plan)
    except IpprulesError:
        return
    for name, round_trip in _ROUND_TRIPS.items():
        for value in (plan, report, *report.findings, *plan.rights, *plan.complaints):
            back = round_trip(value)
            assert back == value and hash(back) == hash(value), (name, type(value).__name__)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        plan.as_of = None  # type: ignore[misc]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        report.findings = ()  # type: ignore[misc]
