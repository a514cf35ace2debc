"""Readers' refusals (sweep inputs32): the left-overs of earlier sweeps.

- The command line's size-cap refusal named a Python call (``ipprules.reading_limits``)
  beside ``--max-bytes``: it names the option alone; the Python API keeps its call.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ipprules.cli import main

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "plan.toml", "--as-of", "2026-11-23"],
        ["coverage", "portfolio.toml", "--as-of", "2026-12-02"],
        ["good-faith", "history.csv", "--as-of", "2023-03-31"],
        ["penalties", "violations-aliexpress.csv", "--platform", "aliexpress"],
        ["listings", "urls.txt"],
        ["counter-notice", "counter-notice-alibaba.toml"],
    ],
)
def test_the_command_line_names_its_option_for_the_size_cap(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """``--max-bytes 100`` on an example: one line naming the option, not a Python call."""
    path = EXAMPLES / argv[1]
    code, out, err = _run([argv[0], str(path), *argv[2:], "--max-bytes", "100"], capsys)
    assert (code, out) == (2, "")
    assert err == (
        f"ipprules: error: {path}: $: file larger than 100 bytes "
        "(the size cap; raise it with --max-bytes)\n"
    )


def test_the_python_api_keeps_naming_reading_limits() -> None:
    """In Python there is no option to give: the context manager is named."""
    import ipprules
    from ipprules.errors import InputError

    with ipprules.reading_limits(max_bytes=100), pytest.raises(InputError) as caught:
        ipprules.read_plan(EXAMPLES / "plan.toml")
    assert str(caught.value).endswith("in Python with ipprules.reading_limits(max_bytes=...))")
