"""Sweep hostile17: what_if's ``platforms`` checked as standing's and timeline's are."""

from __future__ import annotations

from pathlib import Path

import pytest

import ipprules

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.mark.parametrize("platforms", ["taobao", "", b"taobao", 1, [1], ["taobao", None]])
def test_what_if_refuses_platforms_as_standing_does(platforms: object) -> None:
    """``what_if(platforms="taobao")`` read the str letter by letter: no complaint was on
    platform 't', 'a'..., so both standings counted nothing (volume 0), without a word;
    ``standing`` and ``timeline`` raise a TypeError."""
    history = ipprules.History.from_file(EXAMPLES / "history.csv")
    with pytest.raises(TypeError) as standing_error:
        ipprules.standing(history, "2022-12-01", platforms=platforms)  # type: ignore[arg-type]
    with pytest.raises(TypeError) as what_if_error:
        ipprules.what_if(
            history,
            EXAMPLES / "what-if.toml",
            "2022-12-01",
            platforms=platforms,  # type: ignore[arg-type]
        )
    assert str(what_if_error.value) == str(standing_error.value)


def test_what_if_takes_platforms_as_a_list() -> None:
    history = ipprules.History.from_file(EXAMPLES / "history.csv")
    ask = {"platforms": ("taobao",)}
    result = ipprules.what_if(history, EXAMPLES / "what-if.toml", "2022-12-01", **ask)
    alone = ipprules.standing(history, "2022-12-01", **ask)
    assert result.before.criterion("volume").value == alone.criterion("volume").value > 0
