"""rules39: the confidence mark ends a wrong-reason finding, after the codes that fit (B16);
the patent evaluation report's finding under ``official``; confidence marks on penalty,
deadline and lifecycle answers."""

from __future__ import annotations

import attrs
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.checks import check, example_plan

# ------------------------------------- (1) the mark ends a wrong-reason finding's message (B16)

_MISFITS = ("reason-wrong-ipr-type", "reason-wrong-subtype", "reason-wrong-platform")
_PLATFORMS = ("taobao", "tmall", "aliexpress", "lazada_sg", "1688")
_CODES = ("pat_design_judgment", "tm_misleading", "cr_piracy", "pat_invention", "tm_store_misuse")


@settings(max_examples=12, deadline=None)
@given(platform=st.sampled_from(_PLATFORMS), reason=st.sampled_from(_CODES))
@example(platform="taobao", reason="pat_design_judgment")
@example(platform="taobao", reason="tm_misleading")
def test_a_wrong_reasons_confidence_mark_comes_after_the_codes_that_fit(
    platform: str, reason: str
) -> None:
    # the hint naming the codes that fit was appended after the mark, mid-message
    plan = example_plan()
    complaint = attrs.evolve(plan.complaints[0], reason=reason, platform=platform)
    report = check(attrs.evolve(plan, complaints=(complaint,)), as_of="2026-11-23")
    misfits = [f for f in report.findings if f.code in (*_MISFITS, "reason-wrong-target")]
    if not reason.startswith("tm_"):  # the example plan's right is a trademark
        assert misfits
    for found in misfits:
        head, mark, tail = found.message.partition(" [confidence ")
        assert "offered for" in head or "no reason code is offered" in head, found.message
        assert mark, found.message  # every reason code is of weak confidence somewhere
        assert tail.endswith("]") and "offered" not in tail, found.message
