"""Queries on the resolved rules."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from ipprules import UnknownNameError, default_rulebook
from ipprules.rulebook import Target

RULES = default_rulebook().as_of("2023-06-01")


def test_channels():
    assert RULES.channel("portal").max_listings == 300
    assert RULES.channel("standalone_form").max_listings == 10
    assert RULES.channel("standalone_form").registered_users.value == "no"
    assert RULES.channel("portal").rights_per_complaint == 1


def test_reason_codes_for_filters_every_dimension():
    listing = {c.id for c in RULES.reason_codes_for("trademark", "taobao")}
    assert {"tm_counterfeit", "tm_misuse", "tm_counterfeit_test_purchase"} <= listing
    assert "tm_store_misuse" not in listing
    assert "gf_counterfeit_simplified" not in listing
    member = {c.id for c in RULES.reason_codes_for("trademark", "taobao", member=True)}
    assert member - listing == {"gf_counterfeit_simplified"}
    assert {c.id for c in RULES.reason_codes_for("trademark", "aliexpress")} >= {"tm_misleading"}
    assert "tm_misleading" not in listing
    assert [
        c.id for c in RULES.reason_codes_for("trademark", "aliexpress", Target.STOREFRONT)
    ] == []
    design_tb = {c.id for c in RULES.reason_codes_for("patent", "taobao", subtype="design")}
    assert design_tb == {"pat_design_judgment", "pat_design_suspected"}
    design_ae = {c.id for c in RULES.reason_codes_for("patent", "aliexpress", subtype="design")}
    assert design_ae == {"pat_design"}


def test_unknown_names_are_clear():
    with pytest.raises(UnknownNameError, match="unknown platform"):
        RULES.platform("ebay")
    with pytest.raises(UnknownNameError, match="reason code"):
        RULES.reason_code("nope")
    with pytest.raises(ValueError, match="storefronts"):
        RULES.reason_codes_for("trademark", "taobao", "storefronts")


def test_deadlines_and_sources():
    cn = RULES.deadline("counter_notice_round_1")
    assert (cn.amount, cn.unit.value) == (3, "business_days")
    assert [s.url for s in RULES.sources_of(cn)] == ["http://www.zhiyixt.com/article/104"]
    assert RULES.deadline("filer_reply_to_counter_notice").kind.value == "unknown"
    ids = {d.id for d in RULES.deadlines_for("alibaba_com")}
    assert "seller_response_alibaba_com" in ids
    assert "seller_response_alibaba_com" not in {d.id for d in RULES.deadlines_for("taobao")}


def test_penalties():
    ae = RULES.penalties_for("aliexpress")
    assert ae is not None
    assert (
        ae.general_points_daily_cap,
        ae.serious_merge_days,
        ae.closure_serious_count,
        ae.validity_days,
    ) == (6, 3, 3, 365)
    assert RULES.penalties_for("taobao") is None
    assert RULES.penalties_for("1688").counter_notice_bar_points == 60
    assert RULES.penalties_for("lazada_sg").points["counterfeit"] == 16


def test_metrics_defaults():
    assert RULES.default_metric("takedown_rate").id == "takedown_rate_listing"
    assert RULES.default_metric("volume").unit == "complaint"
    with pytest.raises(UnknownNameError):
        RULES.default_metric("speed")


def test_for_platform_is_plain_data():
    data = RULES.for_platform("tmall")
    assert data["platform"]["name"] == "Tmall"
    assert data["good_faith"]["version"] == "2022"
    assert RULES.for_platform("aliexpress")["good_faith"] is None


@pytest.mark.parametrize("interpretation", default_rulebook().interpretations)
def test_r18_change_documents_for_every_ipr_type_and_platform(interpretation):
    """R18 (all IPR types): a renewed, altered or transferred right needs the document of that
    change, whatever its type, on every platform and under every reading."""
    book = default_rulebook()
    for day in book.change_dates("document_rules"):
        rules = book.as_of(day, interpretation)
        for ipr_type in rules.ipr_types:
            for platform in rules.platforms:
                found = {
                    fact: {
                        d
                        for r in rules.document_rules_for(ipr_type, platform)
                        if getattr(r, fact) is True
                        for d in r.requires
                    }
                    for fact in ("renewed", "assigned", "changed")
                }
                assert found == {
                    "renewed": {"renewal_certificate"},
                    "assigned": {"assignment_certificate"},
                    "changed": {"change_certificate"},
                }, (day, ipr_type, platform)
                for r in rules.document_rules_for(ipr_type, platform):
                    if r.renewed or r.assigned or r.changed:
                        assert "R18" in r.rules or "R24" in r.rules, r.id


# ----------------------------------------------- every lookup checks its names (M4)

_PLATFORMS = tuple(RULES.platforms)
_TYPES = tuple(RULES.ipr_types)
_SUBTYPES = RULES.ipr_types["patent"].subtypes


@st.composite
def _misspelt(draw: st.DrawFn, known: tuple[str, ...]) -> str:
    """A known name with one letter dropped, doubled, changed or swapped, or any text at all;
    never a known name."""
    name = draw(st.sampled_from(known))
    at = draw(st.integers(0, len(name) - 1))
    letter = draw(st.sampled_from("abcdeilmnorstu_- "))
    wrong = draw(
        st.sampled_from(
            (
                name[:at] + name[at + 1 :],
                name[:at] + name[at] + name[at:],
                name[:at] + letter + name[at + 1 :],
                name[:at] + name[at + 1 : at + 2] + name[at : at + 1] + name[at + 2 :],
                name.upper(),
                name + " ",
                "",
            )
        )
        | st.text(max_size=12)
    )
    assume(wrong not in known)
    return wrong


@pytest.mark.parametrize(
    ("call", "kind"),
    [
        (lambda name: RULES.document_rules_for(name, "taobao"), "IPR type"),
        (lambda name: RULES.document_rules_for("trademark", name), "platform"),
        (lambda name: RULES.document_rules_for_platform(name), "platform"),
        (lambda name: RULES.deadlines_for(name), "platform"),
        (lambda name: RULES.reason_codes_for(name, "taobao"), "IPR type"),
        (lambda name: RULES.reason_codes_for("trademark", name), "platform"),
        (lambda name: RULES.registrations_for(name), "platform"),
        (lambda name: RULES.penalties_for(name), "platform"),
        (lambda name: RULES.for_platform(name), "platform"),
    ],
    ids=lambda x: x if isinstance(x, str) else "",
)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_every_lookup_refuses_a_misspelt_name(
    call: Callable[[str], object], kind: str, data: st.DataObject
) -> None:
    """A misspelt platform or IPR type raises UnknownNameError naming the kind (with the
    nearest known name when there is one), never an empty or unfiltered answer."""
    known = _TYPES if kind == "IPR type" else _PLATFORMS
    name = data.draw(_misspelt(known))
    with pytest.raises(UnknownNameError, match=f"unknown {kind}") as caught:
        call(name)
    assert caught.value.name == name
    assert set(caught.value.known) == set(known)


@settings(max_examples=60, deadline=None)
@given(name=_misspelt(_SUBTYPES))
def test_a_misspelt_subtype_is_refused(name: str) -> None:
    with pytest.raises(UnknownNameError, match="unknown subtype of patent"):
        RULES.reason_codes_for("patent", "taobao", subtype=name)
    with pytest.raises(UnknownNameError, match="unknown subtype of patent"):
        RULES.document_rules_for("patent", "taobao", name)


def test_the_lookups_suggest_the_nearest_name_and_refuse_other_types() -> None:
    with pytest.raises(UnknownNameError, match=r"'taobaoo' \(did you mean 'taobao'\?\)"):
        RULES.document_rules_for("trademark", "taobaoo")
    with pytest.raises(UnknownNameError, match=r"'aliexpres' \(did you mean 'aliexpress'\?\)"):
        RULES.deadlines_for("aliexpres")
    with pytest.raises(UnknownNameError, match=r"'desing' \(did you mean 'design'\?\)"):
        RULES.document_rules_for("patent", "taobao", "desing")
    # a subtype of another IPR type is no subtype of this one
    with pytest.raises(UnknownNameError, match="unknown subtype of trademark 'design'"):
        RULES.reason_codes_for("trademark", "taobao", subtype="design")
    with pytest.raises(UnknownNameError, match="unknown target 'store'"):
        RULES.reason_codes_for("trademark", "taobao", "store")
    with pytest.raises(TypeError, match="target must be a Target"):
        RULES.reason_codes_for("trademark", "taobao", None)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="subtype must be a str"):
        RULES.document_rules_for("patent", "taobao", 3)  # type: ignore[arg-type]
    # the right names still answer, and the platform's deadlines are a subset of all
    assert len(RULES.document_rules_for("patent", "taobao", "design")) > 0
    assert set(RULES.deadlines_for("aliexpress")) <= set(RULES.deadlines_for())
    assert len(list(RULES.document_rules_for_platform("taobao"))) > 0


@pytest.mark.parametrize("kind", ["design", "utility_model", "invention"])
@pytest.mark.parametrize("reading", ["brief", "official"])
def test_a_kind_of_patent_asked_for_as_an_ipr_type_names_patent(kind: str, reading: str) -> None:
    """B6, R17: designs (and utility models, inventions) are filed as Patent. Asking for one
    as the IPR type (advise, rules reasons) is refused with a note saying so."""
    rules = default_rulebook().as_of("2023-05-01", reading)
    with pytest.raises(UnknownNameError) as info:
        rules.ipr_type(kind)
    assert f"{kind} is a kind of patent: file it as patent with subtype {kind} (B6" in str(
        info.value
    )
    with pytest.raises(UnknownNameError) as info:
        rules.ipr_type("brand")
    assert "kind of patent" not in str(info.value)


SITES = "lazada_id, lazada_my, lazada_ph, lazada_sg, lazada_th, lazada_vn"


@pytest.mark.parametrize("reading", ["brief", "official", "brief-at-least-100"])
def test_lazada_asked_for_as_a_platform_names_its_regional_sites(reading: str) -> None:
    """B1, B14: Lazada is filed per regional site (six sites; the form asks for the site
    first). Asking for plain "lazada" is refused with the sites to choose from; a group
    whose platforms share a country (the Taobao family) gets no such note."""
    rules = default_rulebook().as_of("2023-05-01", reading)
    with pytest.raises(UnknownNameError) as info:
        rules.platform("lazada")
    assert str(info.value).endswith(
        f"lazada is filed per regional site (B14): choose one of {SITES}"
    )
    # one message, the six sites: no "did you mean" one of them (none is nearer)
    assert "did you mean" not in str(info.value) and info.value.suggestion is None
    with pytest.raises(UnknownNameError) as info:
        rules.platform("lazda_sg")
    assert "did you mean 'lazada_sg'" in str(info.value)
    with pytest.raises(UnknownNameError) as info:
        rules.platform("tao")
    assert "regional site" not in str(info.value)
