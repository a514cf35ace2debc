"""inputs26: the documents' depth check reads every text in linear time.

``_files._too_deep`` removed innermost pairs in up to 64 regex passes over the brackets; a
plain nest was caught by a quick search (inputs25), but a mixed one (``[{`` * n + ``}]`` * n)
still took the 64 passes: 6.2 s of CPU for 10 MB. It now reads what the first passes leave
once, with a stack, and must answer as the old function did on every text.
"""

from __future__ import annotations

import re
import time

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules import _files
from ipprules._files import MAX_DEPTH, _too_deep

_PAIR = re.compile(r"\[\]|\{\}")


def _too_deep_before(text: str, fmt: str) -> bool:
    """``_files._too_deep`` before inputs25 and inputs26: the reference they keep."""
    if text.count("[") + text.count("{") <= MAX_DEPTH and fmt == "json":
        return False
    brackets = (_files._TOML_SKIP if fmt == "toml" else _files._JSON_SKIP).sub("", text)
    for _ in range(MAX_DEPTH):
        shorter = _PAIR.sub("", brackets)
        if len(shorter) == len(brackets):
            break
        brackets = shorter
    else:
        if _PAIR.search(brackets):
            return True
    if fmt == "toml" and text.count(".") >= MAX_DEPTH:
        keys = _files._TOML_SKIP.sub(_files._keep_words, text)
        return _files._DOTTED.search(keys) is not None
    return False


_CLOSE = str.maketrans("[{", "]}")
#: A character or token that opens or ends a pair, a string or a comment.
_HOSTILE = [*"[]{}\"'#\n\\", '"""', "'''"]


@st.composite
def _nests(draw: st.DrawFn) -> str:
    """A nest of 60 to 70 levels of arrays and tables in any mix, with something hostile
    at its heart or at any level (a quote, a comment, a bracket of the other kind), and
    small nests of equal depth repeated (to stop the first passes at any point)."""
    opening = "".join(draw(st.lists(st.sampled_from("[{"), min_size=60, max_size=70)))
    text = opening + draw(st.sampled_from(["", "1", '"]"', "]", "}", '"', "'", "#\n"]))
    text += opening[::-1].translate(_CLOSE)
    if draw(st.booleans()):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(_HOSTILE)) + text[at:]
    depth = draw(st.integers(1, 20))
    unit = "[" * depth + "]" * depth
    return text + unit * draw(st.integers(0, 40))


@settings(max_examples=60)
@given(
    parts=st.lists(
        st.one_of(
            _nests(),
            st.text(alphabet="[]{}\"'#\n\\ a.", max_size=10),
            st.sampled_from(['"""', "'''", '\\"', "[}", "{]", "a.b"]),
        ),
        min_size=1,
        max_size=5,
    ),
    fmt=st.sampled_from(["json", "toml"]),
)
@example(parts=["[{" * 33 + "}]" * 33], fmt="json")  # 66 levels, mixed
@example(parts=["[{" * 32 + "}]" * 32], fmt="json")  # 64 levels
@example(parts=["[{" * 33 + '"' + "}]" * 33], fmt="json")  # a quote at the heart
@example(parts=["[" + "{" * 64 + "]" + "}" * 64 + "]"], fmt="json")  # the other kind
@example(parts=["[" * 65 + "[]" * 500 + "]" * 65], fmt="json")  # the passes stop late
@example(parts=["[" * 66 + "[[]]" * 9 + "]" * 66], fmt="json")
@example(parts=["[" * 65, "[[}]]" * 40, "]" * 65], fmt="json")  # walls inside
@example(parts=["[" * 65 + '"""', "]" * 65 + '"""'], fmt="toml")  # a multi-line string
@example(parts=["{" * 65 + "#", "}" * 65], fmt="toml")  # a comment to the end
@example(parts=["{" * 65 + "#\n" + "}" * 65], fmt="toml")
def test_too_deep_answers_as_before_on_every_text(parts: list[str], fmt: str) -> None:
    text = "".join(parts)
    assert _too_deep(text, fmt) == _too_deep_before(text, fmt)


@pytest.mark.parametrize(
    ("opening", "closing"),
    [('[{"a":', "}]"), ('["[{",{', "}]")],
)
def test_a_mixed_deep_nest_is_refused_in_linear_time(opening: str, closing: str) -> None:
    """A mixed nest took the 64 passes: 0.5 s of CPU for this 2 MB text, 6.2 s for 10 MB;
    now ~0.07 s (one pass over what is left after the first)."""
    times = 2_000_000 // len(opening + closing)
    text = opening * times + "1" + closing * times
    start = time.process_time()
    assert _too_deep(text, "json")
    assert time.process_time() - start < 0.25


@pytest.mark.parametrize("fmt", ["json", "toml"])
@pytest.mark.parametrize("unit", ['"\\', '"\\"\\'])
def test_a_string_that_does_not_end_is_read_once(unit: str, fmt: str) -> None:
    """A quote whose string does not end was retried from each quote escaped in it:
    ``'"\\'`` * 10,000 (20 KB) took 1.1 s of CPU, 4.6 s at 40 KB (quadratic); now 0.3 ms."""
    text = "[]" * 100 + unit * (20_000 // len(unit))
    start = time.process_time()
    assert not _too_deep(text, fmt)
    assert _too_deep("[" * 65 + text + "]" * 65, fmt) == _too_deep_before(
        "[" * 65 + text + "]" * 65, fmt
    )
    assert time.process_time() - start < 0.1
