"""left15: the CLI's small left-overs for scripts and CI jobs (a JSON version, the China-time
"today", comment lines before a CSV header with --workers, dedupe's negative positions,
UnknownNameError's flags)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from tests._cli import run_cli

from ipprules import UnknownNameError

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.mark.parametrize("flag", ["nearest", "note_first"])
@pytest.mark.parametrize("value", ["no", 0, 1, None])
def test_unknown_name_error_flags_are_bools(flag: str, value: object) -> None:
    """``note_first="no"`` was read by its truth value (the note put first)."""
    with pytest.raises(TypeError, match=f"{flag} must be a bool"):
        UnknownNameError("platform", "x", ["taobao"], note="n", **{flag: value})


def test_unknown_name_error_flags_still_work() -> None:
    error = UnknownNameError("deadline", "d", ["e"], note="n", nearest=False, note_first=True)
    assert str(error) == "n; unknown deadline 'd' on that date; known: e"


def _pairs(first: int) -> list[tuple[int, object]]:
    from ipprules import parse_listings

    parsed = list(parse_listings(["https://item.taobao.com/item.htm?id=606832683299"] * 2))
    return [(first, parsed[0][1]), (first + 1, parsed[1][1])]


@pytest.mark.parametrize("function", ["dedupe", "duplicate_groups", "summarize"])
def test_a_negative_position_is_refused(function: str) -> None:
    """``dedupe([(-1, listing), (0, listing)])`` marked the second a duplicate of input -1: no
    input of parse_listings is at a negative position (it counts them from 0)."""
    from ipprules import dedupe, listings

    call = getattr(listings, function)
    with pytest.raises(TypeError, match=r"\(position, result\) pair.*\(item 0\)"):
        list(call(_pairs(-1))) if function == "dedupe" else call(_pairs(-1))
    assert call(_pairs(0)) is not None  # from 0, as parse_listings numbers them
    if function == "dedupe":
        assert [p for p, _ in dedupe(_pairs(0))] == [0, 1]


def test_version_command_gives_json_for_scripts(capsys: pytest.CaptureFixture[str]) -> None:
    """``ipprules --version --format json`` printed text, and nothing gave the package's
    version as JSON: ``ipprules version --format json`` does, with the book's keys."""
    import json

    from ipprules import __version__, default_rulebook

    code, out, err = run_cli(["version", "--format", "json"], capsys)
    assert (code, err) == (0, "")
    book = default_rulebook()
    assert json.loads(out) == {
        "ipprules_version": __version__,
        "rulebook_version": book.version,
        "rulebook_date": book.data_date.isoformat(),
    }
    code, text, _ = run_cli(["version"], capsys)
    assert code == 0 and text == f"ipprules {__version__} (rule book {book.version})\n"
    code, out, _ = run_cli(["--version"], capsys)
    assert (code, out) == (0, text)  # the same line as --version


def test_plan_workers_skips_comment_lines_before_the_csv_header(tmp_path: Path) -> None:
    """``plan FILE --workers N`` took a ``#`` line before the header for the header ("no URL
    column among the columns (# exported ...)"), where ``plan`` on one machine skips it: the
    header is found at its line (the comments counted, so every row keeps its line number).
    A history's header is read as before, and PowerShell's ``#TYPE`` line 1 is no comment."""
    from ipprules.scale._goodfaith import _csv_heads

    text = (EXAMPLES / "planner-accounts.csv").read_text(encoding="utf-8")
    commented = tmp_path / "commented.csv"
    commented.write_text("# exported 2026-12-07\n  #account queue\n" + text, encoding="utf-8")
    _, (head,) = _csv_heads([str(commented)], ["account", "url"], history=False)
    assert (head.line, head.cells[:2]) == (3, ("account", "url"))
    _, (history,) = _csv_heads([str(commented)], ["account", "url"], history=True)
    assert history.line == 1  # a history's reader takes no comment (refused by its checks)
    typed = tmp_path / "typed.csv"
    typed.write_text("#TYPE System.Data.DataRow\n" + text, encoding="utf-8")
    _, (head,) = _csv_heads([str(typed)], ["account", "url"], history=False)
    assert head.line == 1 and head.cells[0].startswith("#TYPE")  # refused as the header


class _Clock(dt.datetime):
    """The clock at 2024-02-29 16:30 UTC: 2024-03-01 00:30 in China (UTC+8)."""

    @classmethod
    def now(cls, tz: dt.tzinfo | None = None) -> dt.datetime:  # type: ignore[override]
        instant = dt.datetime(2024, 2, 29, 16, 30, tzinfo=dt.UTC)
        return instant.astimezone(tz) if tz is not None else instant.replace(tzinfo=None)


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["rules", "platform", "taobao"], "ipprules: as of 2024-03-01 (today in China, UTC+8)"),
        (["deadline", "takedown"], "ipprules: on 2024-03-01 (today in China, UTC+8)"),
    ],
)
def test_today_is_the_date_in_china_and_says_so(
    argv: list[str], said: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "today" was the machine's local date (``TZ=Pacific/Kiritimati`` gave the next day): it
    is the date in China, where the platform's rules run, whatever the machine's time zone,
    and the line that says the date used says so. The clock is pinned where the CLI reads it
    (``ipprules.cli._common``'s ``datetime``), at 16:30 UTC: already the next day in China."""
    import types

    from ipprules.cli import _common

    monkeypatch.setattr(_common, "dt", types.SimpleNamespace(**{**vars(dt), "datetime": _Clock}))
    code, _, err = run_cli(argv, capsys)
    assert code == 0 and err.splitlines()[0] == said
