"""review31: a second look at the last session's merged work (rulesleft3, review30, urls30,
urls31, surfaces7, surfaces8, surfaces9, docs30, flaky5, planner7, xianyu2)."""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

_URL = "https://item.taobao.com/item.htm?id=606832683299"


def _said(argv: list[str]) -> tuple[int, str]:
    """The exit code and standard error of ``ipprules ARGV``."""
    from ipprules.cli import main

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(argv)
    return code, err.getvalue()


# surfaces7 (7422d3f) names every clash of a CSV header naming its URL column three times or
# more ("the column 'URL' is named 3 times ('URL', 'url' and 'Url')"); a JSON Lines object
# holding the URL key in three spellings was still said "named twice ('URL' and 'url')",
# leaving the third out, by ipprules listings and plan (one machine and --workers alike).
_SPELLINGS = st.lists(
    st.sampled_from(["url", "URL", "Url", "uRL", "U_RL", "u-rl", "U R L", "_url"]),
    min_size=2,
    max_size=5,
    unique=True,
)


@settings(max_examples=15)
@given(names=_SPELLINGS, command=st.sampled_from(["listings", "plan"]))
@example(names=["URL", "url", "Url"], command="listings")
@example(names=["url", "URL", "U_RL", "u-rl"], command="plan")
def test_a_url_key_named_three_times_is_said_as_a_csv_header_says_it(
    names: list[str], command: str
) -> None:
    extra = ["--account", "examples/planner-account.toml"] if command == "plan" else []
    with tempfile.TemporaryDirectory() as folder:
        jsonl, csv = Path(folder, "in.jsonl"), Path(folder, "in.csv")
        row = {name: _URL if i == 0 else "x" for i, name in enumerate(names)}
        jsonl.write_text(json.dumps(row) + "\n", encoding="utf-8")
        csv.write_text(",".join(names) + "\n" + ",".join(row.values()) + "\n", encoding="utf-8")
        code, said = _said([command, str(jsonl), *extra])
        csv_code, csv_said = _said([command, str(csv), *extra])
    assert code == csv_code == 2
    times = "twice" if len(names) == 2 else f"{len(names)} times"
    assert f"is named {times} (" in said
    assert all(repr(name) in said for name in names)
    # the same words as the CSV header's, a key where it says a column
    assert (
        said.split(": $: ", 1)[1].replace("key", "column").replace("URL?", "URLs?")
        == (csv_said.split(": $: ", 1)[1])
    )
