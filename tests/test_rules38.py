"""rules38: ``good-faith --platform xianyu`` answered as Taobao (B1), confidence marks per
platform, ``lazada.com`` names no regional site (B14)."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ipprules import default_rulebook
from ipprules.checks import check, example_plan
from ipprules.checks.model import Account, ChannelId
from ipprules.cli import main

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "history.csv"
PLAN = EXAMPLE.parent / "what-if.toml"

# ------------------------------------------- (1) good-faith --platform xianyu is Taobao's (B1)

_XIANYU_ROWS = (
    "complaint,2023-02-01,X00001,xianyu,tm_counterfeit,6,2,4,0,0,0,0,\n"
    "complaint,2023-03-01,X00002,xianyu,tm_misuse,3,3,0,0,0,1,0,\n"
)


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example history with two complaints on Xianyu in the window (filed as Taobao's)."""
    path = tmp_path_factory.mktemp("rules38") / "history.csv"
    text = EXAMPLE.read_text("utf-8")
    path.write_text(text + ("" if text.endswith("\n") else "\n") + _XIANYU_ROWS, "utf-8")
    return path


def _json(capsys: pytest.CaptureFixture[str], args: list[str]) -> tuple[int, dict]:
    code = main([*args, "--format", "json"])
    return code, json.loads(capsys.readouterr().out)


def _as_taobao(platforms: list[str]) -> list[str]:
    return list(dict.fromkeys("taobao" if p == "xianyu" else p for p in platforms))


@pytest.mark.no_cover
@settings(max_examples=6, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(["xianyu", "taobao", "tmall"]), min_size=1, max_size=3))
@example(["xianyu"])
@example(["xianyu", "xianyu"])
def test_good_faith_platform_xianyu_answers_as_taobao_with_the_note(
    capsys: pytest.CaptureFixture[str], history: Path, platforms: list[str]
) -> None:
    # rules, penalties, deadline, lifecycle and counter-notice answer --platform xianyu as
    # taobao with B1's note; good-faith refused it ("ask about taobao instead")
    base = ["good-faith", str(history), "--as-of", "2023-03-31"]
    asked = [a for p in platforms for a in ("--platform", p)]
    filed = [a for p in _as_taobao(platforms) for a in ("--platform", p)]
    code, mine = _json(capsys, [*base, *asked])
    want_code, want = _json(capsys, [*base, *filed])
    assert code == want_code
    notes = mine.pop("notes")
    theirs = want.pop("notes")
    assert mine == want
    if "xianyu" in platforms:
        assert notes[1:] == theirs
        assert notes[0].startswith("--platform xianyu: xianyu is not an IPP platform")
        assert "filed as taobao (B1)" in notes[0] and "official" in notes[0]
    else:
        assert notes == theirs


def test_good_faith_platform_xianyu_notes_in_text_timeline_and_what_if(
    capsys: pytest.CaptureFixture[str], history: Path
) -> None:
    base = ["good-faith", str(history), "--platform", "xianyu"]
    assert main([*base, "--as-of", "2023-03-31"]) in (0, 1)
    out = capsys.readouterr().out
    assert "note: --platform xianyu: xianyu is not an IPP platform" in out
    _, t = _json(capsys, [*base, "--timeline", "2023-01-01", "2023-03-31"])
    assert t["notes"][0].startswith("--platform xianyu: ")
    _, w = _json(capsys, [*base, "--as-of", "2023-03-31", "--what-if", str(PLAN)])
    for side in ("before", "after"):
        assert w[side]["notes"][0].startswith("--platform xianyu: ")


def test_good_faith_platform_xianyu_is_refused_under_official(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # official: no source names Xianyu (R33, D11): what it is filed as is a gap
    missing = tmp_path / "no-such-history.csv"
    args = ["good-faith", str(missing), "--platform", "xianyu", "--interpretation", "official"]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert "unknown platform" in err and "is not documented" in err
    assert "no-such-history" not in err and len(err.splitlines()) == 1


# ------------------------------------------------- (2) confidence marks use the platform's

_PLATFORMS = ("taobao", "tmall", "1688", "aliexpress", "lazada_sg", "lazada_vn")


def _mark(confidence: str, rules: tuple[str, ...]) -> str:
    weak = confidence in ("third-party", "inferred", "unknown")
    return f" [confidence {confidence}: {', '.join(rules)}]" if weak else ""


@settings(max_examples=12)
@given(st.sampled_from(_PLATFORMS), st.sampled_from(["brief", "official"]))
@example("taobao", "official")  # the record's own third-party
@example("lazada_sg", "brief")  # inferred on Lazada (B2 names no platform)
@example("lazada_sg", "official")  # a gap there
def test_the_stand_alone_forms_mark_is_its_confidence_on_the_platform(
    platform: str, reading: str
) -> None:
    plan = example_plan()
    links = tuple(f"https://example.com/item/{i}" for i in range(11))
    complaint = attrs.evolve(
        plan.complaints[0], platform=platform, channel=ChannelId.STANDALONE_FORM, listings=links
    )
    account: Account = attrs.evolve(plan.account, registered=False)
    plan = attrs.evolve(plan, account=account, complaints=(complaint,))
    report = check(plan, as_of="2026-11-23", interpretation=reading)
    form = default_rulebook().as_of("2026-11-23", reading).channel("standalone_form")
    [found] = [f for f in report.findings if f.code == "listings-too-many"]
    mark = _mark(form.confidence_on(platform), form.rules)
    assert found.message.endswith(f"per complaint{mark}")


@pytest.mark.parametrize("platform", ["taobao", "tmall", "tmall_global"])
def test_a_reason_codes_mark_is_its_confidence_on_the_platform(platform: str) -> None:
    # pat_design_judgment is third-party on Taobao, inferred on Tmall and Tmall Global (R30)
    plan = example_plan()
    complaint = attrs.evolve(
        plan.complaints[2],
        platform=platform,
        right="design-cn-lamp",
        reason="pat_design_judgment",
        supplement="",
    )
    report = check(attrs.evolve(plan, complaints=(complaint,)), as_of="2026-11-23")
    code = default_rulebook().as_of("2026-11-23").reason_code("pat_design_judgment")
    confidence = "inferred" if platform in code.inferred_platforms else code.confidence.value
    found = [f for f in report.findings if "R54" in f.rule_ids]
    assert "evidence-recommended" in {f.code for f in found}
    for f in found:
        assert f.message.count("[confidence ") == 1, f
        assert _mark(confidence, code.rules) in f.message, f


# ---------------------------------------------- (3) lazada.com names no regional site (B14)


@pytest.mark.parametrize(
    "name", ["lazada.com", "www.lazada.com", "https://lazada.com/x", "lazada_com", "LAZADA.COM"]
)
def test_lazada_com_lists_the_six_sites_instead_of_guessing_one(name: str) -> None:
    from ipprules.errors import UnknownNameError

    rules = default_rulebook().as_of("2024-06-03")
    sites = sorted(p for p in rules.platforms if p.startswith("lazada_"))
    assert len(sites) == 6
    assert rules.site_of(name) is None
    with pytest.raises(UnknownNameError) as info:
        rules.platform(name)
    message = str(info.value)
    assert "did you mean" not in message and "(B14)" in message
    assert all(s in message.split("B14")[1] for s in sites)
    assert rules.sites_note(name).endswith(", ".join(sites))


@pytest.mark.parametrize("name", ["lazada.sg", "lazada.com.my", "lazada"])
def test_a_lazada_site_or_the_group_keeps_its_answer(name: str) -> None:
    rules = default_rulebook().as_of("2024-06-03")
    note = rules.sites_note(name)
    assert bool(note) is (rules.site_of(name) is None)


# ------------------------------------------- (4) a name's surrounding spaces not in the notes


@settings(max_examples=20)
@given(
    st.sampled_from(["lazada.com", "lazada", "tmall.hk", "goofish", "lazada.co.th", "zzz"]),
    st.sampled_from([" ", "  ", "\t"]),
)
@example("tmall.hk", "  ")
def test_a_names_surrounding_spaces_leave_its_notes_unchanged(name: str, pad: str) -> None:
    rules = default_rulebook().as_of("2024-06-03")
    typed = f"{pad}{name}{pad}"
    assert rules.sites_note(typed) == rules.sites_note(name)
    assert rules.site_note(typed) == rules.site_note(name)
