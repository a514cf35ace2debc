"""left15: the CLI's small left-overs for scripts and CI jobs (a JSON version, the China-time
"today", comment lines before a CSV header with --workers, dedupe's negative positions,
UnknownNameError's flags)."""

from __future__ import annotations

import pytest

from ipprules import UnknownNameError


@pytest.mark.parametrize("flag", ["nearest", "note_first"])
@pytest.mark.parametrize("value", ["no", 0, 1, None])
def test_unknown_name_error_flags_are_bools(flag: str, value: object) -> None:
    """``note_first="no"`` was read by its truth value (the note put first)."""
    with pytest.raises(TypeError, match=f"{flag} must be a bool"):
        UnknownNameError("platform", "x", ["taobao"], note="n", **{flag: value})


def test_unknown_name_error_flags_still_work() -> None:
    error = UnknownNameError("deadline", "d", ["e"], note="n", nearest=False, note_first=True)
    assert str(error) == "n; unknown deadline 'd' on that date; known: e"
