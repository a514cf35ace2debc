"""Sweep review35: a second look at rules36's site names and review34's lifecycle leftovers.

R33: Tmall Global is tmall.hk. A host of a platform's site (``m.tmall.hk``, ``detail.1688.com``,
``world.taobao.com``, ``es.aliexpress.com``), or its domain written as a fully qualified name
(``tmall.hk.``) or with a port or query, is that platform's site: it must never be answered
"did you mean 'tmall'?" (B12/B13: Tmall's registrations differ from Tmall Global's).
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import ipprules
from ipprules import UnknownNameError

BOOK = ipprules.default_rulebook()
DAY = "2026-11-23"
_RULES = BOOK.as_of(DAY)
_SITES = sorted((p.id, d) for p in _RULES.platforms.values() for d in p.domains)
_HOSTS = ("m.", "h5.", "world.", "detail.", "item.", "es.", "www.m.")


@settings(max_examples=30, deadline=None)
@given(
    site=st.sampled_from(_SITES),
    host=st.sampled_from(_HOSTS),
    tail=st.sampled_from(("", ".", "/", ":443", "?q=1", "#top", "./x")),
    scheme=st.sampled_from(("", "https://", "//", "HTTP://")),
)
@example(site=("tmall_global", "tmall.hk"), host="m.", tail="", scheme="")
@example(site=("tmall_global", "tmall.hk"), host="detail.", tail=".", scheme="https://")
@example(site=("taobao", "taobao.com"), host="world.", tail=":443", scheme="")
def test_a_host_of_a_site_names_its_platform(
    site: tuple[str, str], host: str, tail: str, scheme: str
) -> None:
    platform_id, domain = site
    for typed in (f"{scheme}{host}{domain}{tail}", f"{scheme}{domain}{tail}"):
        assert _RULES.site_of(typed) == platform_id, typed
        with pytest.raises(UnknownNameError) as caught:
            _RULES.platform(typed)
        assert caught.value.suggestion == platform_id, typed
        assert f"the site of {platform_id}" in str(caught.value), typed
