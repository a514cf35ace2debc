"""Sweep review36: a second look at the last session's platform names, confidence marks and
left-out penalty rows.

- A slip in typing one Lazada regional id (``lazada_sq``, ``lazada_sgp``) is a typo of that
  id: it is answered "did you mean 'lazada_sg'?", as before the site names came in, not with
  the group's six sites (B14), which stay the answer for ``lazada``, ``lazada.com`` and a name
  that is a slip of several ids (``lazada_ig``: ``lazada_id`` or ``lazada_sg``).
- ``check``: a finding's confidence mark stays at the end of its message (docs/checks.md)
  where the finding names the reason codes that fit instead (B16).
- ``penalty_standing``: the left-out reason of a row's unknown platform says what the name
  may stand for; a file of thousands of distinct stray names is not looked up name by name.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import ipprules
from ipprules import UnknownNameError
from ipprules.lifecycle import Event

BOOK = ipprules.default_rulebook()
DAY = "2026-11-23"
_RULES = BOOK.as_of(DAY)
_LAZADA = sorted(p for p in _RULES.platforms if p.startswith("lazada_"))
_IDS = sorted({*_RULES.platforms, *_RULES.marketplaces})
_LETTERS = "abcdefghijklmnopqrstuvwxyz_"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _slips(a: str, b: str) -> int:
    """The optimal-string-alignment distance of ``a`` and ``b`` (replace, add, leave out, swap
    two neighbours), written here apart from the library."""
    rows = [list(range(len(b) + 1))]
    for i in range(1, len(a) + 1):
        row = [i]
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            row.append(min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], rows[i - 2][j - 2] + 1)
        rows.append(row)
    return rows[-1][-1]


def _slip(text: str, kind: int, at: int, letter: str) -> str:
    at %= len(text) + (kind == 1)
    if kind == 0:  # replaced
        return text[:at] + letter + text[at + 1 :]
    if kind == 1:  # added
        return text[:at] + letter + text[at:]
    if kind == 2:  # left out
        return text[:at] + text[at + 1 :]
    at = min(at, len(text) - 2)  # two neighbours swapped
    return text[:at] + text[at + 1] + text[at] + text[at + 2 :]


@settings(max_examples=60, deadline=None)
@given(
    platform=st.sampled_from(_LAZADA),
    kind=st.integers(0, 3),
    at=st.integers(7, 12),  # in the site's part: a slip in 'lazada' names no group
    letter=st.sampled_from(_LETTERS),
)
@example(platform="lazada_sg", kind=0, at=8, letter="q")  # lazada_sq
@example(platform="lazada_sg", kind=1, at=9, letter="p")  # lazada_sgp
@example(platform="lazada_vn", kind=2, at=8, letter="a")  # lazada_v
def test_a_slip_of_one_regional_id_suggests_it(
    platform: str, kind: int, at: int, letter: str
) -> None:
    typed = _slip(platform, kind, at, letter)
    near = [p for p in _IDS if _slips(typed, p) <= 1]
    if typed == platform or near != [platform] or _RULES.site_of(typed) is not None:
        return  # the id itself, a slip of two ids (lazada_ig), or a site: not this case
    with pytest.raises(UnknownNameError) as caught:
        _RULES.platform(typed)
    assert caught.value.suggestion == platform, (typed, str(caught.value))
    assert _RULES.platform_hint(typed) == f"not a platform: did you mean {platform!r}?"


@pytest.mark.parametrize("typed", ["lazada", "lazada.com", "www.lazada.com", "lazada_com"])
def test_the_group_and_its_hosts_still_list_the_regional_sites(typed: str) -> None:
    with pytest.raises(UnknownNameError) as caught:
        _RULES.platform(typed)
    assert caught.value.suggestion is None
    assert "choose one of " + ", ".join(_LAZADA) in str(caught.value)


def test_a_slip_of_two_regional_ids_lists_the_sites() -> None:
    assert [p for p in _LAZADA if _slips("lazada_ig", p) == 1] == ["lazada_id", "lazada_sg"]
    with pytest.raises(UnknownNameError) as caught:
        _RULES.platform("lazada_ig")
    assert caught.value.suggestion is None
    assert "lazada_ig names no regional site" in str(caught.value)


#: The marks a finding's message ends with: `` [confidence inferred: B7]``, one per confidence.
_MARKS = re.compile(r"(?: \[confidence [a-z-]+: [A-Z0-9, ]+\])+\Z")


@pytest.mark.parametrize("interpretation", sorted(BOOK.interpretations))
def test_a_confidence_mark_ends_the_message(interpretation: str) -> None:
    plan = ipprules.read_plan(EXAMPLES / "plan.toml")
    report = ipprules.check(plan, as_of=DAY, interpretation=interpretation)
    marked = [f for f in report.findings if "[confidence " in f.message]
    assert any(f.code == "reason-wrong-target" for f in marked)  # names the codes that fit
    for f in marked:
        assert _MARKS.search(f.message), (f.code, f.message)
        assert "; offered for " not in _MARKS.search(f.message).group(), f.message


# ------------------------------------------------- penalties: stray platforms, looked up once


def test_left_out_platforms_are_named_and_a_file_of_stray_names_stays_cheap(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A row's unknown platform says what it may stand for (``tmall.hk``: Tmall Global's
    site); a file naming thousands of distinct stray platforms is not looked up name by name
    (each look-up reads the sites and spells the name against every id: 20,000 such rows
    took 3.7 s of CPU against 0.6 s without the hints)."""
    import datetime as dt

    from ipprules.penalties import Violation, penalty_standing
    from ipprules.rulebook import ResolvedRules

    calls: list[str] = []
    real = ResolvedRules.platform_hint

    def counted(self: ResolvedRules, name: str) -> str:
        calls.append(name)
        return real(self, name)

    monkeypatch.setattr(ResolvedRules, "platform_hint", counted)
    day = dt.date(2024, 5, 6)
    named = ["tmall.hk", "taobo", "lazada_sq"]  # Taobao: refused (left2)
    stray = [f"shop{i}" for i in range(400)]
    rows = [Violation(on=day, kind="general", points=1, platform=p) for p in (*named, *stray)]
    s = penalty_standing(rows, "aliexpress", day)
    reasons = dict(s.ignored)
    assert reasons[0] == "platform tmall.hk (not a platform: the site of tmall_global)"
    assert reasons[1] == "platform taobo (not a platform: did you mean 'taobao'?)"
    assert reasons[2] == "platform lazada_sq (not a platform: did you mean 'lazada_sg'?)"
    assert len(reasons) == len(rows)
    assert all(reasons[i].startswith(f"platform {p}") for i, p in enumerate(named + stray))
    assert len(calls) <= 64 * len(BOOK.interpretations), len(calls)


# --------------------------------------------- next_deadlines: a key that names no event


@settings(max_examples=30, deadline=None)
@given(
    event=st.sampled_from(sorted(e.value for e in Event)),
    how=st.sampled_from(["upper", "title", "dash", "space", "typo"]),
)
@example(event="takedown", how="upper")
@example(event="takedown", how="typo")
def test_next_deadlines_refuses_a_key_that_names_no_event(event: str, how: str) -> None:
    """``event_dates`` keys are events: a key in another case or misspelt (``TAKEDOWN``,
    ``takedwon``) was ignored without a word, every deadline counted from it ``undated``,
    and the receipt checks (R7, R61) skipped its date."""
    import datetime as dt

    from ipprules.errors import UnknownNameError
    from ipprules.lifecycle import next_deadlines
    from ipprules.lifecycle.states import State

    typed = {
        "upper": event.upper(),
        "title": event.title(),
        "dash": event.replace("_", "-"),
        "space": event.replace("_", " "),
        "typo": event[:-1],
    }[how]
    if typed in {e.value for e in Event}:
        return  # no other spelling (an event of one word has no dash)
    with pytest.raises(UnknownNameError) as caught:
        next_deadlines(State.TAKEN_DOWN, {typed: dt.date(2024, 3, 7)})
    assert caught.value.name == typed
    assert "event_dates" in str(caught.value)
    rows = next_deadlines(State.TAKEN_DOWN, {Event(event): dt.date(2024, 3, 7)})
    assert rows  # the event itself is taken


def test_next_deadlines_refuses_a_key_that_is_no_str() -> None:
    import datetime as dt

    from ipprules.lifecycle import next_deadlines
    from ipprules.lifecycle.states import State

    with pytest.raises(TypeError, match="event_dates"):
        next_deadlines(State.TAKEN_DOWN, {7: dt.date(2024, 3, 7)})


def test_next_deadlines_names_the_counter_notice_by_its_key() -> None:
    """The refusal of a receipt after the counter-notice (R61) named the counter-notice as
    "(event 0)", an index into nothing ``next_deadlines`` was given; it names its key."""
    import datetime as dt

    from ipprules.errors import InputError
    from ipprules.lifecycle import next_deadlines
    from ipprules.lifecycle.states import State

    dates = {Event.TAKEDOWN: dt.date(2024, 3, 7), "counter_notice_filed": dt.date(2024, 3, 9)}
    with pytest.raises(InputError) as caught:
        next_deadlines(State.COUNTER_NOTIFIED_1, dates, notice_received_on="2024-03-12")
    message = str(caught.value)
    assert "counter-notice filed on 2024-03-09 (event_dates['counter_notice_filed'])" in message
    assert "(event 0)" not in message


# ------------------------------------- check's platform-unknown names what --platform names


def _check_unknown(platform: str) -> str:
    from ipprules.checks.model import Account, Complaint, IprType, Plan, Right

    plan = Plan(
        account=Account(name="Lumen Optics Co., Ltd.", location="elsewhere", identity="enterprise"),
        rights=(Right(id="r", ipr_type=IprType.TRADEMARK, place="SG"),),
        complaints=(Complaint(id="c", platform=platform, right="r", reason="tm_counterfeit"),),
    )
    report = ipprules.check(plan, as_of=DAY)
    (found,) = [f.message for f in report.findings if f.code == "platform-unknown"]
    return found


@settings(max_examples=25, deadline=None)
@given(
    platform=st.sampled_from(_LAZADA),
    kind=st.integers(0, 3),
    at=st.integers(7, 12),
    letter=st.sampled_from(_LETTERS),
)
@example(platform="lazada_id", kind=0, at=7, letter="g")  # lazada_gd: not lazada_sg
def test_check_suggests_the_platform_that_platform_options_suggest(
    platform: str, kind: int, at: int, letter: str
) -> None:
    """``check``'s platform-unknown finding suggests the id every ``--platform`` and
    ``ResolvedRules.platform`` suggest: a slip of one regional id names that id
    (``lazada_gd``: ``lazada_id``, where spelling alone says ``lazada_sg``)."""
    typed = _slip(platform, kind, at, letter)
    if typed in _IDS:
        return
    with pytest.raises(UnknownNameError) as caught:
        _RULES.platform(typed)
    message = _check_unknown(typed)
    meant = caught.value.suggestion
    if meant is not None and "not an IPP platform:" not in message:
        assert f"(did you mean {meant!r}?)" in message, (typed, message)


def test_check_suggests_the_marketplace_typed_in_another_case() -> None:
    """``XIANYU``: every command suggests ``xianyu`` (whose note then says what it is filed
    as); check's finding suggested nothing."""
    assert "(did you mean 'xianyu'?)" in _check_unknown("XIANYU")


def test_penalties_name_only_the_readings_that_count_other_rows() -> None:
    """Asked about Taobao, the brief counts the rows given for xianyu as Taobao's (B1), and
    so does ``brief-at-least-100``, which builds on it: only ``official``, which keeps them
    apart, counts other rows. Every reading that files Xianyu as Taobao was named, the one
    asked under too."""
    import datetime as dt

    from ipprules.penalties import Violation, penalty_standing

    day = dt.date(2024, 6, 1)
    rows = [
        Violation(on=dt.date(2024, 5, 6), kind="general", points=2, platform="xianyu"),
        Violation(on=dt.date(2024, 5, 7), kind="general", points=3, platform="taobao"),
    ]
    asked = penalty_standing(rows, "taobao", day)  # under the brief, the default
    for name in set(BOOK.interpretations) - {"brief"}:
        other = penalty_standing(rows, "taobao", day, BOOK.as_of(day, name))
        seen = (other.counted, other.ignored, other.closed, other.closed_on)
        same = seen == (asked.counted, asked.ignored, asked.closed, asked.closed_on)
        assert (name in asked.other_readings) == (not same), name
    assert "official" in asked.other_readings
    assert "brief-at-least-100" not in asked.other_readings


# ------------------------------------ Good Faith: a name that is no platform, said so up front


@pytest.mark.parametrize(
    ("platforms", "no_platform"),
    [
        (("taobo",), True),  # Taobao (a case slip) is refused at its row (left2)
        (("tmall.hk", "aliexpress"), True),
        (("aliexpress",), False),
    ],
)
def test_the_not_counted_note_does_not_call_a_misspelt_name_a_platform(
    platforms: tuple[str, ...], no_platform: bool
) -> None:
    """R79/D2: the programme covers the Tao marketplaces. A complaint on ``Taobao`` (no
    platform: a misspelt ``taobao``) was listed under "on platforms the Good Faith Program
    does not cover here", as if Taobao were outside it; the heading now says that some
    names are no platform, where some are."""
    from ipprules.goodfaith import Complaint as Filed

    history = ipprules.History.from_records(
        [
            Filed(filed="2023-01-05", platform=p, reason_code="tm_misuse", listings=1, taken_down=1)
            for p in platforms
        ]
    )
    (note,) = [n for n in ipprules.standing(history, "2023-03-31").notes if "not counted" in n]
    heading = note.split(": ", 1)[0]
    assert heading.endswith(
        "does not cover here" + (", or names that are no platform" if no_platform else "")
    )
