"""``good-faith --what-if`` names every compression a history is read through (review23):
its help listed .gz/.bz2/.xz though .lzma and .zip (an archive of one file) are read too."""

from __future__ import annotations

import pytest

from ipprules._files import COMPRESSED
from ipprules.cli import main


def test_the_what_if_help_names_every_compression(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["good-faith", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    what_if = help_text.split("--what-if FILE", 2)[-1].split(" --", 1)[0]
    assert "history" in what_if
    for suffix in COMPRESSED:
        assert suffix in what_if, suffix
