"""Sweep rules36: rule answers asked as a user would, written from the rule text.

R33 (and the platform keys of the rule book's research notes): Tmall Global is tmall.hk.
B12/B13: Tmall accepts rights registered in mainland China only, Tmall Global those of
mainland China or Hong Kong. A user who types the platform by its site (``tmall.hk``) must be
pointed at Tmall Global, never at Tmall, whose registrations differ.
"""

from __future__ import annotations

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

import ipprules
from ipprules import UnknownNameError
from ipprules.checks import Account, Complaint, IprType, Plan, Right

BOOK = ipprules.default_rulebook()
DAY = "2026-11-23"


def _sites(interpretation: str | None) -> list[tuple[str, str]]:
    """(platform id, domain) of every platform in force on DAY, from the rule data."""
    rules = BOOK.as_of(DAY, interpretation)
    return [(p.id, d) for p in rules.platforms.values() for d in p.domains]


def _typed(domain: str, form: int) -> str:
    """The domain as a user might type it for a platform."""
    return (
        domain,
        domain.upper(),
        domain.replace(".", "_"),
        domain.replace(".", "-"),
        domain.replace(".", ""),
        f"https://www.{domain}/",
        f"www.{domain}",
    )[form]


def test_r33_every_platform_names_its_site() -> None:
    for interpretation in BOOK.interpretations:
        sites = _sites(interpretation)
        assert {pid for pid, _ in sites} == set(BOOK.as_of(DAY, interpretation).platforms)
        assert ("tmall_global", "tmall.hk") in sites


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(BOOK.interpretations),
    st.data(),
    st.integers(min_value=0, max_value=6),
)
@example(None, None, 0)  # tmall.hk
@example(None, None, 2)  # tmall_hk
@example(None, None, 4)  # tmallhk
def test_r33_a_platform_typed_by_its_site_is_named_by_it(interpretation, data, form) -> None:
    rules = BOOK.as_of(DAY, interpretation)
    if data is None:  # the examples: Tmall Global's site
        pid, domain = "tmall_global", "tmall.hk"
    else:
        pid, domain = data.draw(st.sampled_from(_sites(interpretation)))
    typed = _typed(domain, form)
    assume(typed.lower().replace("-", "_") != pid)  # alibaba_com: the id itself
    assert rules.site_of(typed) == pid
    with pytest.raises(UnknownNameError) as raised:
        rules.platform(typed)
    assert raised.value.suggestion == pid, str(raised.value)
    assert f"(did you mean {pid!r}?)" in str(raised.value)


@pytest.mark.parametrize("typed", ["tmall.hk", "tmall_hk", "TMALLHK", "https://www.tmall.hk/"])
def test_b13_tmall_hk_is_tmall_global_not_tmall(typed) -> None:
    """Following the suggestion must not lead to Tmall's registrations (CN only, B12) for
    Tmall Global's (CN or HK, B13)."""
    rules = BOOK.as_of(DAY)
    with pytest.raises(UnknownNameError) as raised:
        rules.platform(typed)
    assert "did you mean 'tmall'?" not in str(raised.value)
    assert rules.accepts_registration(raised.value.suggestion, "HK") is ipprules.rulebook.Answer.YES


def test_b1_goofish_is_xianyu_filed_as_taobao() -> None:
    """Xianyu's site (goofish.com, the name the rule book gives it: 'Xianyu (Goofish)')."""
    rules = BOOK.as_of(DAY)
    assert rules.site_of("goofish") == "xianyu"
    assert rules.site_of("www.goofish.com") == "xianyu"
    with pytest.raises(UnknownNameError, match="filed as taobao") as raised:
        rules.platform("goofish.com")
    assert raised.value.suggestion == "xianyu"
    official = BOOK.as_of(DAY, "official")
    with pytest.raises(UnknownNameError, match="not documented") as raised:
        official.platform("goofish.com")
    assert raised.value.suggestion == "xianyu"


@pytest.mark.parametrize("name", ["lazada", "tmall", "nowhere.example", "", "lazada.com"])
def test_r33_names_that_are_no_single_site_are_not_guessed(name) -> None:
    """lazada is filed per regional site (B14); tmall is
    the first label of two sites (tmall.com, tmall.hk); lazada.com is the corporate site."""
    assert BOOK.as_of(DAY).site_of(name) is None


def test_b13_check_names_tmall_global_for_a_complaint_typed_tmall_hk() -> None:
    plan = Plan(
        account=Account(name="Lumen Optics Co., Ltd.", location="elsewhere", identity="enterprise"),
        rights=(Right(id="r", ipr_type=IprType.TRADEMARK, place="HK"),),
        complaints=(
            Complaint(
                id="c",
                platform="tmall.hk",
                right="r",
                reason="tm_counterfeit",
                listings=("https://detail.tmall.hk/hk/item.htm?id=600000000001",),
            ),
        ),
    )
    report = ipprules.check(plan, as_of=DAY)
    unknown = [f for f in report.findings if f.code == "platform-unknown"]
    assert len(unknown) == 1
    assert "tmall_global" in unknown[0].message
    assert "did you mean 'tmall'?" not in unknown[0].message


# --------------------------------------------------------------- Good Faith (B21, R79, D2)


def _history(platform: str) -> ipprules.History:
    """One complaint on ``platform`` in the window, its listing taken down."""
    from ipprules.goodfaith import Complaint as Filed

    return ipprules.History.from_records(
        [
            Filed(
                filed="2023-01-05",
                platform=platform,
                reason_code="tm_misuse",
                listings=1,
                taken_down=1,
            )
        ]
    )


@pytest.mark.parametrize(
    ("platform", "meant"),
    [
        ("taobo", "did you mean 'taobao'?"),  # Taobao, TMALL: refused (left2)
        ("tmal", "did you mean 'tmall'?"),
        ("tmall.hk", "the site of tmall_global"),
        ("tmall_hk", "the site of tmall_global"),
        ("goofish", "the site of xianyu"),
    ],
)
def test_r79_a_history_platform_that_is_no_platform_is_said_so(platform, meant) -> None:
    """The programme covers the Tao marketplaces (R79, D2). A complaint whose platform is
    misspelt ('Taobao') or typed by its site ('tmall.hk') is not counted; the note must not
    read as if Taobao or Tmall Global were outside the programme."""
    for interpretation in BOOK.interpretations:
        s = ipprules.standing(_history(platform), "2023-03-31", interpretation=interpretation)
        (note,) = [n for n in s.notes if "not counted" in n]
        assert f"{platform} (1; not a platform: {meant})" in note, note


def test_r79_a_platform_outside_the_programme_is_not_called_no_platform() -> None:
    s = ipprules.standing(_history("aliexpress"), "2023-03-31")
    (note,) = [n for n in s.notes if "not counted" in n]
    assert "aliexpress (1)" in note
    assert "not a platform" not in note
