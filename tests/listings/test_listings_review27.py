"""Review27: neighbours of urls26's template fix (``${a.b()}.1688.com`` is a template).

A placeholder, wildcard or concatenation in a label after plain labels (``x.${a}.1688.com``,
``shop.{id}.taobao.com``, ``m.*.tmall.com``) is as much a template as one in the first label;
it was answered lookalike-host ("imitates 1688"). The thorough parser, ``parse_listing`` and
the columnar kernel agree.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.listings import parse_listing
from ipprules.listings.parser import parse_slowly

_LABEL = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,6}[a-z0-9])?", fullmatch=True)
_PLACEHOLDERS = ["${a}", "${a.b()}", "{id}", "{}", "*", '"+shop+"', "<shop>", "[id]"]
_DOMAINS = ["1688.com", "taobao.com", "tmall.com", "m.tmall.com", "aliexpress.com",
            "lazada.com.my", "en.alibaba.com"]  # fmt: skip


def _same_everywhere(text: str) -> dict[str, object]:
    record = parse_listing(text).as_dict()
    assert parse_slowly(text).as_dict() == record, text
    columnar = pytest.importorskip("ipprules.columnar")
    assert columnar.parse_column([text]).to_pylist() == [record], text
    return record


@settings(max_examples=200, deadline=None)
@given(
    st.lists(_LABEL, min_size=1, max_size=3),
    st.sampled_from(_PLACEHOLDERS),
    st.sampled_from(["", "shop"]),
    st.sampled_from(_DOMAINS),
    st.sampled_from(["/", "/page/offerlist.htm", "/store/912663639", ""]),
)
@example(["x"], "${a}", "", "1688.com", "/")
@example(["shop"], "{id}", "", "taobao.com", "/")
@example(["m"], "*", "", "tmall.com", "/")
@example(["a", "b"], "${a.b()}", "", "aliexpress.com", "/store/912663639")
def test_a_placeholder_after_plain_labels_is_a_template(
    labels: list[str], placeholder: str, glued: str, domain: str, path: str
) -> None:
    host = ".".join([*labels, glued + placeholder, domain])
    record = _same_everywhere(f"https://{host}{path}")
    assert record["code"] == "not-a-url", record
    assert "template" in str(record["reason"])


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("https://x.${a}.evil.com/", "not-alibaba-host"),
        ("https://x.${a}.1688.com.evil.com/", "lookalike-host"),
        ("https://x.taobao.com.evil.com/", "lookalike-host"),
        ("https://runcam.world.taobao.com/", None),
    ],
)
def test_controls_a_placeholder_before_a_foreign_domain_is_judged_by_that_domain(
    text: str, code: str | None
) -> None:
    """Controls: the template answer is for a placeholder before a marketplace domain; a
    placeholder before another domain, or a marketplace name inside a foreign one, keeps its
    answer."""
    assert _same_everywhere(text)["code"] == code
