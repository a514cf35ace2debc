"""planner18: the left-overs of urls42 and planner17.

- A target is read by one function everywhere: a file's cell, ``Settings(target=...)`` and
  ``--target`` all take ``listing``/``storefront`` and the IPP form's "Product listing" and
  "Store front" (R41).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ipprules.cli import main
from ipprules.errors import UnknownNameError
from ipprules.planner import Settings, read_lines
from ipprules.rulebook.model import Target

DAY = "2026-11-23"
TB = "https://item.taobao.com/item.htm?id={}"
ACCOUNT = Path(__file__).parents[2] / "examples" / "planner-account.toml"


# --- planner17: the target's words, one function everywhere -------------------------------

WORDS = [
    ("listing", Target.LISTING),
    ("Product listing", Target.LISTING),
    ("product_listing", Target.LISTING),
    ("storefront", Target.STOREFRONT),
    ("Store front", Target.STOREFRONT),
    ("STORE-FRONT", Target.STOREFRONT),
]


@pytest.mark.parametrize(("word", "target"), WORDS)
def test_settings_take_a_target_cells_words(tmp_path: Path, word: str, target: Target) -> None:
    csv = tmp_path / "urls.csv"
    csv.write_text(f"url,target\n{TB.format(606832683299)},{word}\n", encoding="utf-8")
    (line,) = read_lines(csv)
    assert line.target is target
    assert Settings(target=word).target is target  # was UnknownNameError for the form's words


def test_settings_refuse_other_target_words() -> None:
    with pytest.raises(UnknownNameError, match="Store front"):
        Settings(target="shop")
    with pytest.raises(TypeError):
        Settings(target=1)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("word", "status"), [("Product listing", "planned"), ("Store front", "rejected")]
)
def test_cli_target_takes_the_ipp_forms_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], word: str, status: str
) -> None:
    """``--target 'Product listing'`` was refused (exit code 2, 'invalid choice'); a listing's
    link with the target 'Store front' is the wrong kind, so the option is applied."""
    urls = tmp_path / "urls.txt"
    urls.write_text(TB.format(606832683299) + "\n", encoding="utf-8")
    code = main(["plan", str(urls), "--account", str(ACCOUNT), "--reason", "tm_counterfeit",
                 "--target", word, "--as-of", DAY, "--format", "json"])  # fmt: skip
    out = json.loads(capsys.readouterr().out)
    assert code == (0 if status == "planned" else 1)
    assert [line["status"] for line in out["lines"]] == [status]
    if status == "rejected":
        assert out["lines"][0]["code"] == "wrong-kind"


def test_cli_target_refuses_other_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text(TB.format(606832683299) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exited:
        main(["plan", str(urls), "--account", str(ACCOUNT), "--target", "shop"])
    assert exited.value.code == 2
    assert "argument --target: unknown target 'shop'" in capsys.readouterr().err
