"""surf15: every command that answers under a reading names the rule book and the reading in
ONE style at the top of its text (``RULEBOOK · interpretation NAME``), also when a section is
empty, and carries top-level ``interpretation`` and ``rulebook`` keys in ``--format json``.

The text is checked against the JSON of the same command: the rule book the JSON names is the
one the text names, under the reading asked for."""

from __future__ import annotations

import contextlib
import io
import json
import re

import pytest

from ipprules.cli import main

#: Each command line, without ``--interpretation`` and ``--format``; dated, so that no command
#: reads the clock.
COMMANDS: list[str] = [
    "check examples/plan.toml --as-of 2026-11-23",
    "advise --ipr-type trademark --platform taobao --fact counterfeit_product --as-of 2026-11-23",
    "coverage examples/portfolio.toml --as-of 2026-12-02",
    "counter-notice examples/counter-notice-alibaba.toml",
    "good-faith examples/history.csv --as-of 2023-03-31",
    "good-faith examples/history.csv --timeline 2022-12-01 2022-12-31",
    "lifecycle examples/lifecycle-counter-notice.json",
    # a final state: no deadline section, the reading is still named
    "lifecycle --events ipr_verified,takedown --on 2024-06-03,2024-06-04",
    "deadline notice_received --on 2024-09-27",
    # no deadline at all: the empty answer names the reading too
    "deadline withdraw --on 2024-09-27",
    "penalties examples/violations-aliexpress.csv --platform aliexpress --as-of 2024-06-01",
    "plan examples/planner-urls.csv --account examples/planner-account.toml --as-of 2026-11-23",
    "rules --as-of 2023-05-01",
    "rules good-faith --as-of 2019-01-01",
    "rules platform tmall_global --as-of 2026-11-23",
    "rules diff --as-of 2022-01-19 --to 2022-01-20",
]

#: The other styles the headings used before: none is left.
OLD_STYLES = re.compile(
    r"\w+ interpretation[,)]|\(interpretation \w|, (brief|official)\)|version \d+, interpretation"
)


def _run(monkeypatch: pytest.MonkeyPatch, argv: list[str]) -> str:
    monkeypatch.delenv("IPPRULES_WIDTH", raising=False)  # the full text, as piped
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
        main(argv)
    return out.getvalue()


@pytest.mark.no_cover
@pytest.mark.parametrize("reading", ["brief", "official"])
@pytest.mark.parametrize("command", COMMANDS)
def test_text_and_json_name_the_reading_in_one_style(
    monkeypatch: pytest.MonkeyPatch, command: str, reading: str
) -> None:
    argv = [*command.split(), "--interpretation", reading]
    data = json.loads(_run(monkeypatch, [*argv, "--format", "json"]))
    assert data["interpretation"] == reading, data.get("interpretation")
    assert data["rulebook"].startswith("ipprules embedded rule book "), data.get("rulebook")
    text = _run(monkeypatch, argv)
    lines = text.splitlines()
    # the heading is the first line (a long one wrapped onto the next, as coverage does)
    head = " ".join(" ".join(lines[:2]).split())
    label = f"{data['rulebook']} · interpretation {reading}"
    assert label in head, head
    assert not OLD_STYLES.search(head), head
