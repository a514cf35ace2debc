"""urls32: findings are sorted in the order they were, with a cheaper path key.

``checks.findings._path_key`` read every finding's JSON path with a regular expression (each
path of a planned run's listings a new one, so its cache never helped). A path ending in an
index is now read as the part before its last ``[`` (cached: many findings share it) and the
index. The properties compare the key, and the order of findings, with the reference below
(the code as it was) on random paths: ``$``, names with digits, brackets, dots, Unicode and
Unicode digits, indexes with leading zeros, brackets that hold no index.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.checks.findings import Finding, FindingSeverity, _path_key, sort_key

_REFERENCE_PART = re.compile(r"\[(\d+)\]|\.([^.\[]+)")


def reference_path_key(path: str) -> tuple[tuple[int, int | str], ...]:
    """``_path_key`` as it was before urls32."""
    return tuple(
        (0, int(m.group(1))) if m.group(1) is not None else (1, m.group(2))
        for m in _REFERENCE_PART.finditer(path)
    )


def reference_sort_key(finding: Finding) -> tuple[object, ...]:
    return (finding.severity.rank, reference_path_key(finding.path), finding.code, finding.message)


#: Pieces of paths: names, indexes (with a leading zero, an Arabic-Indic digit, a superscript
#: two that is no decimal digit), brackets and dots on their own, Unicode names.
_MARKS = [
    "$", ".", "[", "]", "[]", "..", ".complaints", ".listings", ".rights", ".a1",
    ".2", "[x]", "[-1]", "[1.5]", "[02]", "[\u0663]", "[1\u0663]", "\u00b2", "[\u00b2]",
    ".\u4e2d\u6587", ".\u00e9", "]]", "[[",
]  # fmt: skip
_PIECES = st.one_of(
    st.sampled_from(_MARKS),
    st.integers(0, 10**12).map(lambda n: f"[{n}]"),
    st.text(max_size=4),
)
PATHS = st.one_of(
    st.lists(_PIECES, max_size=8).map("".join),
    st.lists(st.sampled_from(["$", ".", "[", "]", "1", "\u0663", "a"]), max_size=10).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(PATHS)
@example("$")
@example("$.a.b")
@example("$.complaints[10].listings[2]")
@example("12]")  # an index's end with no "[": no index
@example("$.a[1[2]")  # "[1" is none, "[2]" is one
@example("$.a[\u0663]")  # an Arabic-Indic digit: \d matches it, int reads it
@example("$.a[\u00b2]")  # a superscript two: str.isdigit() but not \d
@example("$.a[]")
@example("$.a[1]x")
def test_the_key_is_the_reference_key(path: str) -> None:
    assert _path_key(path) == reference_path_key(path), path
    assert _path_key(path) == reference_path_key(path), path  # again, from the cache


_FINDINGS = st.builds(
    Finding,
    code=st.sampled_from(["a-code", "b-code"]),
    severity=st.sampled_from(list(FindingSeverity)),
    path=PATHS,
    message=st.sampled_from(["m", "n"]),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_FINDINGS, max_size=30), st.lists(PATHS, max_size=5))
@example(
    [
        Finding("a-code", FindingSeverity.ERROR, "$.complaints[10].listings[2]", "m"),
        Finding("a-code", FindingSeverity.ERROR, "$.complaints[2].listings[10]", "m"),
        Finding("a-code", FindingSeverity.ERROR, "$.complaints[2]", "m"),
        Finding("a-code", FindingSeverity.ERROR, "$.complaints[2].listings", "m"),
        Finding("a-code", FindingSeverity.ERROR, "$", "m"),
    ],
    [],
)
def test_findings_sort_as_they_did(findings: list[Finding], paths: list[str]) -> None:
    """The report order of random findings is the reference's (a stable sort: findings with
    equal keys keep their order either way), with the same paths under several findings."""
    more = [Finding("a-code", FindingSeverity.WARNING, path, "m") for path in paths * 2]
    findings = findings + more
    assert sorted(findings, key=sort_key) == sorted(findings, key=reference_sort_key)
    assert [sort_key(f) for f in findings] == [reference_sort_key(f) for f in findings]
