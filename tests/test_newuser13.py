"""newuser13 (a new user following the docs): the deadline table names the reading it was
counted under, in the text of ``deadline`` and ``lifecycle`` and at the top of ``deadline
--format json``, as every other command's output does."""

from __future__ import annotations

import contextlib
import io
import json

import pytest

from ipprules.cli import main


def _cli(monkeypatch: pytest.MonkeyPatch, *argv: str) -> str:
    monkeypatch.delenv("IPPRULES_WIDTH", raising=False)  # the full text, as piped
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
        main(list(argv))
    return out.getvalue()


@pytest.mark.parametrize("reading", ["brief", "official", "brief-at-least-100"])
def test_deadline_text_and_json_name_the_reading(
    monkeypatch: pytest.MonkeyPatch, reading: str
) -> None:
    argv = ["deadline", "takedown", "--on", "2024-09-27", "--interpretation", reading]
    head = _cli(monkeypatch, *argv).splitlines()[0]
    assert head.endswith(f" · interpretation {reading}):"), head
    data = json.loads(_cli(monkeypatch, *argv, "--format", "json"))
    assert data["interpretation"] == reading
    assert data["rulebook"] == data["deadlines"][0]["rulebook"]
    assert {d["interpretation"] for d in data["deadlines"]} == {reading}


def test_deadline_json_names_the_reading_with_no_deadline(monkeypatch: pytest.MonkeyPatch) -> None:
    """No deadline left after the filters: the top of the answer still says what was asked."""
    argv = ["deadline", "ipr_submitted", "--on", "2024-09-27", "--platform", "lazada_sg"]
    data = json.loads(_cli(monkeypatch, *argv, "--format", "json"))
    assert data["interpretation"] == "brief"
    assert data["rulebook"].startswith("ipprules embedded rule book ")


def test_lifecycle_deadlines_name_the_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _cli(
        monkeypatch,
        "lifecycle",
        "examples/lifecycle-counter-notice.json",
        "--interpretation",
        "official",
    )
    heads = [line for line in text.splitlines() if line.startswith("Deadlines running in")]
    assert heads and all(h.endswith(" · interpretation official):") for h in heads), heads


@pytest.mark.parametrize("code", ["foo-bar", "xyzzy", "check:nothing-like-it"])
def test_an_unknown_code_with_nothing_near_says_where_the_codes_are(code: str) -> None:
    """'unknown code' alone left a new user guessing: the 149 codes are too many to print."""
    import ipprules
    from ipprules._codes import codes

    with pytest.raises(ipprules.UnknownNameError) as caught:
        ipprules.explain(code)
    assert str(caught.value).endswith(
        f"; ipprules explain with no code lists all {len(codes())} codes"
    )


def test_an_unknown_code_near_a_known_one_keeps_its_suggestion_alone() -> None:
    import ipprules

    with pytest.raises(ipprules.UnknownNameError) as caught:
        ipprules.explain("right-expird")
    assert str(caught.value) == "unknown code 'right-expird' (did you mean 'right-expired'?)"


@pytest.mark.parametrize("reading", ["brief", "official", "brief-at-least-100"])
def test_penalty_standing_text_and_notebook_name_the_reading(
    monkeypatch: pytest.MonkeyPatch, reading: str
) -> None:
    """`penalties --interpretation official` printed the same heading as the brief's."""
    import ipprules
    from ipprules.penalties import read_violations

    violations = read_violations("examples/violations-aliexpress.csv")
    view = ipprules.default_rulebook().as_of("2024-06-01", reading)
    standing = ipprules.penalty_standing(violations, "aliexpress", "2024-06-01", rulebook=view)
    assert standing.interpretation == reading
    head = standing.text().splitlines()[0]
    assert head.endswith(f" · interpretation {reading})"), head
    assert f" · interpretation {reading})" in standing._repr_html_()
    argv = ["penalties", "examples/violations-aliexpress.csv", "--platform", "aliexpress"]
    out = _cli(monkeypatch, *argv, "--as-of", "2024-06-01", "--interpretation", reading)
    assert out.splitlines()[0] == head


def test_max_bytes_help_names_the_history_cap_only_where_a_history_is_read() -> None:
    """`check --help` told of a 1T cap for Good Faith histories, which check never reads."""
    from ipprules.cli import _parsers

    commands = _parsers()[1]
    with_cap = set()
    for name, parser in commands.items():
        text = " ".join(parser.format_help().split())
        if "--max-bytes SIZE refuse input files" not in text:
            continue  # `schema` reads no file
        assert "default 64M" in text, name
        if "1T for Good Faith histories" in text:
            with_cap.add(name)
    assert with_cap == {"good-faith", "plan"}


def test_a_batch_result_has_the_views_of_its_sibling_the_lifecycle_report() -> None:
    """reject_counter_notices' answer had no to_dict, to_frame or notebook view."""
    from ipprules.lifecycle import State, reject_counter_notices

    states = {"A1": State.COUNTER_NOTIFIED_1, "<b>": State.UNDER_REVIEW, 7: State.CLOSED}
    result = reject_counter_notices(states, reason="forged")
    data = json.loads(json.dumps(result.to_dict()))
    assert data == result.as_dict()
    assert data["event"] == "filer_rejects_counter_notice" and data["reason"] == "forged"
    assert data["batch"] == result.batch.value  # type: ignore[union-attr]
    assert [r["key"] for r in data["items"]] == ["A1", "<b>", 7]
    assert [r["ok"] for r in data["items"]] == [item.ok for item in result.items]
    assert [r["after"] for r in data["items"]] == [s.value for s in result.states.values()]
    refused = [r for r in data["items"] if not r["ok"]]
    assert refused and all(r["error"] for r in refused)
    html = result._repr_html_()
    assert html.count("<tr><td>") == len(states) and "&lt;b&gt;" in html and "<b>" not in html
    assert f"{len(result.failed)} refused" in html
    frame = result.to_frame()
    assert list(frame["ok"]) == [item.ok for item in result.items]
    assert str(frame["after"].dtype) == "category"


def test_every_rules_option_says_the_same() -> None:
    """`rules --help` said 'overriding the rules', every other command 'the rule book'."""
    from ipprules.cli import _parsers

    helps = set()
    for parser in _parsers()[1].values():
        for action in parser._actions:
            if "--rules" in action.option_strings:
                helps.add(action.help)
    assert helps == {
        "a TOML or JSON file overriding the rule book; given several times, each file is "
        "applied over the ones before it, in the order given"  # check26: --rules layers
    }
