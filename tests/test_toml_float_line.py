"""A refused TOML float (nan, inf, 1e999) is said at its line in bounded time.

The line was found by parsing halves of the document, one parse per halving: a 15.6 MB plan
with ``x = nan`` on its last line took 51 s to refuse (about 20 parses). It is now read from
tomllib's own position when the refusal is raised.
"""

from __future__ import annotations

import tomllib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ipprules._files import _Constant, _constant_line, _reject_float, parse_document
from ipprules.errors import InputError

_LINES = st.sampled_from(
    [
        's{n} = "nan inf"',
        "f{n} = 2.5e10  # nan",
        "[t{n}]",
        "a{n} = [\n  1.0,\n  2.0,\n]",
        "m{n} = '''\ninf\n'''",
    ]
)


def _refusal(text: str) -> _Constant:
    with pytest.raises(_Constant) as caught:
        tomllib.loads(text, parse_float=_reject_float)
    return caught.value


@given(
    before=st.lists(_LINES, max_size=6),
    bad=st.sampled_from(["nan", "-inf", "+nan", "1e999", "-2.5e400"]),
    in_array=st.booleans(),
)
def test_the_refused_float_is_said_at_its_line(before: list[str], bad: str, in_array: bool) -> None:
    lines = [line.format(n=i) for i, line in enumerate(before)]
    expected = sum(line.count("\n") + 1 for line in lines) + 1 + (1 if in_array else 0)
    lines.append(f"bad = [\n  {bad},\n]" if in_array else f"bad = {bad}")
    text = "\n".join(lines) + "\nlast = 1.0\n"
    error = _refusal(text)
    assert _constant_line(text, error) == expected


@pytest.mark.no_cover
def test_a_big_document_is_said_at_its_line() -> None:
    """A document over 1 MiB, its refused float on its last line: one parse, not twenty."""
    block = 'x{n} = "https://item.taobao.com/item.htm?id=1"\n'
    body = "".join(block.format(n=i) for i in range((1 << 20) // len(block) + 2000))
    text = body + "bad = nan\n"
    assert len(text) > 1 << 20
    with pytest.raises(InputError) as caught:
        parse_document(text, "big.toml", "toml")
    assert caught.value.problems[0].line == text.count("\n")
