"""Issues #13 and #14 tried as a new user, from README to the last docs page (newuser19).

1. ``ipprules plan --help`` said ``--workers`` takes "a glob of text, CSV or Parquet files";
   the planner on Dask reads CSV or Parquet files only (an ``account`` column), and a text
   file of URLs was refused as a header naming no URL column. ``listings --help`` left out the
   JSON Lines files it reads with ``--workers``.
2. ``--max-bytes`` said "default 64M" on ``listings`` and ``plan``, where a run with
   ``--workers``/``--scheduler`` caps nothing unless the option is given (docs/scaling.md).
"""

from __future__ import annotations

import pytest


def _help(command: str) -> str:
    from ipprules.cli import _parsers

    return " ".join(_parsers()[1][command].format_help().split())


def _option_help(command: str, option: str) -> str:
    from ipprules.cli import _parsers

    parser = _parsers()[1][command]
    [action] = [a for a in parser._actions if option in a.option_strings]
    return " ".join(str(action.help).split())


def test_plan_workers_help_names_only_the_files_the_planner_reads_on_dask() -> None:
    text = _option_help("plan", "--workers")
    assert text.endswith("the input may then be a glob of CSV or Parquet files"), text
    assert "text" not in text.split("glob of")[1]


def test_listings_workers_help_names_every_kind_it_reads_on_dask() -> None:
    text = _option_help("listings", "--workers")
    assert text.endswith("a glob of text, CSV, JSON Lines or Parquet files"), text


@pytest.mark.parametrize("command", ["listings", "plan"])
def test_max_bytes_help_says_no_cap_on_dask_where_workers_are_taken(command: str) -> None:
    text = _option_help(command, "--max-bytes")
    assert "default 64M" in text and text.endswith("none with --workers/--scheduler)"), text
    assert "--workers" in _help(command)


@pytest.mark.parametrize("command", ["check", "good-faith", "coverage"])
def test_max_bytes_help_of_commands_without_workers_is_unchanged(command: str) -> None:
    text = _option_help(command, "--max-bytes")
    assert "--workers" not in text and "default 64M" in text, text
    assert "--workers" not in _help(command)
