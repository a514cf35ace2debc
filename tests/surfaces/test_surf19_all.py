"""surf19: one real result of each public result type (built from the shipped examples, with
hostile text put where a user writes text: an account, right or brand name, a note, a URL, a
list key, a user rule book's name and reason label) x each surface it has.

The surfaces agree (``to_dict`` is JSON without a default and the same twice, ``to_frame``
has the records' columns and rows), the CLI's ``--format json`` is ``to_dict``, the hostile
text is kept exact in ``to_dict``, escaped in the notebook HTML and shown escaped
(``\\x1b``, ``\\u202e``) in the text views, as :func:`ipprules._table.shown` does.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import ipprules
from ipprules.cli import main
from ipprules.counternotice import read_counter_notice
from ipprules.lifecycle import Deadlines, State, deadlines_from, read_events, reject_counter_notices
from ipprules.penalties import read_violations
from ipprules.planner import read_lines

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
H = "<script>alert(1)</script>&\"'\x1b[31m\u202e"
BIG = H + "x" * 100_000  # a 100 KB user rule book name
CONTROLS = ("\x1b", "\u202e")


def _csv(text: str) -> str:
    out = io.StringIO()
    csv.writer(out).writerow([text])
    return out.getvalue().strip()


def _write(tmp: Path, example: str, pairs: list[tuple[str, str]]) -> str:
    text = (EXAMPLES / example).read_text(encoding="utf-8")
    for old, new in pairs:
        assert old in text, (example, old)
        text = text.replace(old, new)
    path = tmp / example
    path.write_text(text, encoding="utf-8")
    return str(path)


def _files(tmp: Path) -> dict[str, str]:
    t = json.dumps(H)  # a TOML basic string
    rules = [('"ACME account"', json.dumps(BIG)), ('"假冒商品 / Counterfeit"', t)]
    events = json.loads((EXAMPLES / "lifecycle-counter-notice.json").read_text())
    events["events"][-1]["reason"] = H
    (tmp / "events.json").write_text(json.dumps(events), encoding="utf-8")
    good = "https://item.taobao.com/item.htm?id=606832683299"
    (tmp / "urls.txt").write_text(f"{good}&x={H}\n{good}\n{H}\n", encoding="utf-8")
    return {
        "rules": _write(tmp, "rules-override.toml", rules),
        "plan": _write(tmp, "plan.toml", [('"Lumen Optics Co., Ltd."', t), ('"LUMEN"', t)]),
        "portfolio": _write(tmp, "portfolio.toml", [('"BrandGuard Services"', t)]),
        "history": _write(tmp, "history.csv", [("signed on joining", _csv(H))]),
        "urls": _write(tmp, "planner-urls.csv", [("seller ships fakes", _csv(H))]),
        "account": _write(tmp, "planner-account.toml", [('"Acme Ltd"', t)]),
        "notice": _write(tmp, "counter-notice-alibaba.toml", [('"Acme"', t), ('"LOA-7"', t)]),
        "violations": _write(tmp, "violations-aliexpress.csv", [("case-101", _csv(H))]),
        "events": str(tmp / "events.json"),
        "lines": str(tmp / "urls.txt"),
    }


def _builders(f: dict[str, str]) -> dict[str, Callable[[], Any]]:
    book = ipprules.load_rulebook(f["rules"])
    day = "2026-11-23"
    history = ipprules.History.from_file(f["history"])
    portfolio = ipprules.read_plan(f["portfolio"])
    events = read_events(f["events"])
    return {
        "report": lambda: ipprules.check(ipprules.read_plan(f["plan"]), as_of=day, rulebook=book),
        "plan": lambda: ipprules.read_plan(f["plan"]),
        "advice": lambda: ipprules.advise(
            "trademark", "taobao", facts=["counterfeit_product"], as_of=day, rulebook=book
        ),
        "coverage": lambda: ipprules.coverage(portfolio, as_of=day, rulebook=book),
        "coverage_diff": lambda: ipprules.coverage_diff(
            ipprules.coverage(portfolio, as_of=day, rulebook=book),
            ipprules.coverage(portfolio, as_of="2027-02-21", rulebook=book),
        ),
        "history": lambda: history,
        "standing": lambda: ipprules.standing(history, as_of="2022-12-31", rulebook=book),
        "timeline": lambda: ipprules.timeline(history, "2022-09-01", "2022-12-31", rulebook=book),
        "what_if": lambda: ipprules.what_if(
            history, str(EXAMPLES / "what-if.toml"), "2022-12-31", rulebook=book
        ),
        "planning": lambda: ipprules.plan_listings(
            read_lines(f["urls"]), ipprules.read_plan(f["account"]), as_of=day, rulebook=book
        ),
        "listings": lambda: ipprules.parse_listings(
            Path(f["lines"]).read_text(encoding="utf-8").splitlines()
        ),
        "resolved": lambda: book.as_of(day),
        "rule_changes": lambda: ipprules.diff_rules(
            ipprules.default_rulebook().as_of(day), book.as_of(day)
        ),
        "assessment": lambda: ipprules.assess_counter_notice(
            read_counter_notice(f["notice"]), book
        ),
        "lifecycle": lambda: ipprules.lifecycle_report(
            events.events,
            book,
            platform=events.platform,
            counterfeit=events.counterfeit,
            ipr_submitted_on=events.ipr_submitted,
        ),
        "batch": lambda: reject_counter_notices(
            {H: State.COUNTER_NOTIFIED_1}, reason=H, rulebook=book.as_of("2024-06-03")
        ),
        "penalties": lambda: ipprules.penalty_standing(
            read_violations(f["violations"]), "aliexpress", "2024-06-01", book
        ),
        "deadlines": lambda: deadlines_from("takedown", "2022-01-19", book.as_of("2022-01-19")),
        "deadline": lambda: ipprules.deadline_for(
            "counter_notice_round_2_3", "2022-01-20", rulebook=book.as_of("2022-01-20")
        ),
    }


NAMES = sorted(
    [
        "report",
        "plan",
        "advice",
        "coverage",
        "coverage_diff",
        "history",
        "standing",
        "timeline",
        "what_if",
        "planning",
        "listings",
        "resolved",
        "rule_changes",
        "assessment",
        "lifecycle",
        "batch",
        "penalties",
        "deadlines",
        "deadline",
    ]
)
#: The one result whose data holds none of the hostile text: a diff from the embedded
#: book to the user's names the earlier (embedded) book and the changed rules' ids.
WITHOUT = {"rule_changes"}


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    builders = _builders(_files(tmp_path_factory.mktemp("surf19")))
    return {name: build() for name, build in builders.items()}


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def test_the_table_has_every_public_result_type_with_a_to_dict(results: dict[str, Any]) -> None:
    """Each class named in ``ipprules.__all__`` that has ``to_dict`` has a row here (the
    errors' ``to_dict``, a service's error body, is tested in tests/test_newuser26.py)."""
    public = {
        kind
        for kind in (getattr(ipprules, name) for name in ipprules.__all__)
        if isinstance(kind, type)
        and hasattr(kind, "to_dict")
        and not issubclass(kind, BaseException)
    }
    assert set(results) == set(NAMES)
    built = {type(result) for result in results.values()}
    built |= {type(x) for x in results["report"].findings}
    built |= {type(item) for _, item in results["listings"]}
    built |= {type(ipprules.explain(code)) for code in ("plan-empty", "listing:not-a-url")}
    assert public <= built


@pytest.mark.parametrize("name", NAMES)
def test_to_dict_is_json_stable_and_keeps_the_hostile_text_exact(
    results: dict[str, Any], name: str
) -> None:
    result = results[name]
    data = result.to_dict()
    text = json.dumps(data)  # no default: every value is JSON already
    assert json.dumps(result.to_dict()) == text
    found = list(_strings(json.loads(text)))
    assert any(H in s for s in found) == (name not in WITHOUT), name
    if name not in WITHOUT and getattr(result, "rulebook", None):  # its 100 KB name, whole
        assert result.rulebook.startswith(BIG) and result.rulebook in found, name


@pytest.mark.parametrize("name", [n for n in NAMES if n not in {"plan", "history"}])
def test_records_and_frame_have_the_same_rows_columns_and_text(
    results: dict[str, Any], name: str
) -> None:
    result = results[name]
    if not hasattr(result, "to_records"):
        pytest.skip(f"{type(result).__name__} has no records")
    records = result.to_records()
    frame = result.to_frame()
    json.dumps(records, default=str)
    assert len(frame) == len(records)
    if records:
        assert list(frame.columns) == list(records[0])
    for row, record in zip(frame.to_dict("records"), records, strict=True):
        for key, value in record.items():
            if isinstance(value, str):
                assert row[key] == value, (name, key)


@pytest.mark.parametrize("name", NAMES)
def test_notebook_html_escapes_the_hostile_text(results: dict[str, Any], name: str) -> None:
    result = results[name]
    if not hasattr(result, "_repr_html_"):
        pytest.skip(f"{type(result).__name__} has no notebook view")
    html = result._repr_html_()
    assert "<script" not in html and "alert(1)</script>" not in html
    if hasattr(result, "_repr_markdown_"):
        assert "<script" not in result._repr_markdown_()


@pytest.mark.parametrize("name", NAMES)
def test_notebook_html_shows_control_characters_escaped(results: dict[str, Any], name: str) -> None:
    """surf20: the notebook HTML was HTML-escaped but passed an escape sequence and a bidi
    override (U+202E: it reorders what a cell shows) through raw; it shows them escaped
    (``\\x1b``, ``\\u202e``) as the text views do."""
    result = results[name]
    if not hasattr(result, "_repr_html_"):
        pytest.skip(f"{type(result).__name__} has no notebook view")
    html = result._repr_html_()
    assert not any(c in html for c in CONTROLS), name


@pytest.mark.parametrize("name", NAMES)
def test_text_views_show_control_characters_escaped(results: dict[str, Any], name: str) -> None:
    """A user rule book's name reached every text heading with its escape sequence and bidi
    override as they were (``Checked as of ... (<ESC>[31m...``): a terminal ran them."""
    result = results[name]
    views = [str(result)]
    if hasattr(result, "text"):
        views.append(result.text())
    for view in views:
        assert not any(c in view for c in CONTROLS), name


@pytest.mark.parametrize("name", NAMES)
def test_text_headings_cut_a_very_long_rule_book_name(results: dict[str, Any], name: str) -> None:
    """surf20: the heading named the user's rule book whole (100 KB on one line); it cuts the
    name as the messages cut a value (``... [N characters left out] ...``)."""
    result = results[name]
    views = [str(result)] + ([result.text()] if hasattr(result, "text") else [])
    headings = [line for view in views for line in view.split("\n") if "· interpretation" in line]
    if not headings:
        pytest.skip(f"{type(result).__name__}'s text names no rule book")
    for line in headings:
        assert len(line) < 1_000 and "characters left out" in line, (name, line[:80])


def _cli_json(argv: list[str]) -> Any:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main([*argv, "--format", "json"])
    assert code in (0, 1)
    return json.loads(out.getvalue())


@pytest.mark.parametrize(
    ("argv", "name"),
    [
        (["check", "{plan}", "--as-of", "2026-11-23"], "report"),
        (["coverage", "{portfolio}", "--as-of", "2026-11-23"], "coverage"),
        (["good-faith", "{history}", "--as-of", "2022-12-31"], "standing"),
    ],
)
def test_cli_json_is_the_result_s_to_dict(
    tmp_path: Path, results: dict[str, Any], argv: list[str], name: str
) -> None:
    files = _files(tmp_path)
    argv = [a.format(**files) for a in argv]
    expected = json.loads(json.dumps(results[name].to_dict()))
    got = _cli_json([*argv, "--rules", files["rules"]])
    assert got["rulebook"].startswith(BIG)
    if name == "report":  # the CLI's envelope (explain2, docs/checks.md): where each path is
        for finding in got["findings"]:
            assert finding.pop("file") == files["plan"] and finding.pop("line") >= 1
    assert got == expected


def test_cli_text_shows_a_user_rule_book_s_name_escaped(tmp_path: Path) -> None:
    files = _files(tmp_path)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(["check", files["plan"], "--as-of", "2026-11-23", "--rules", files["rules"]])
    first = out.getvalue().splitlines()[0]
    assert "\x1b" not in first and "\\x1b[31m\\u202e" in first


#: surf20: every other command with both a ``--format json`` and a result with ``to_dict``
#: (the CLI's commands: cli/__init__.py), run under the user's rule book (``--rules``).
ADVISE = (
    "advise --ipr-type trademark --platform taobao --fact counterfeit_product --as-of 2026-11-23"
)
OTHER_COMMANDS = [
    (ADVISE.split(), "advice"),
    (["plan", "{urls}", "--account", "{account}", "--as-of", "2026-11-23"], "planning"),
    (
        ["penalties", "{violations}", "--platform", "aliexpress", "--as-of", "2024-06-01"],
        "penalties",
    ),
    (["deadline", "takedown", "--on", "2022-01-19"], "deadlines"),
    (["deadline", "counter_notice_round_2_3", "--on", "2022-01-20"], "deadline"),
    (["lifecycle", "{events}"], "lifecycle"),
    (["counter-notice", "{notice}"], "assessment"),
]
#: surf21: a command's JSON is the result's ``to_dict`` key for key, but for the CLI's
#: envelope (docs/cli.md): what only the command knows (the plan's files written, the reader's
#: ignored columns, the Good Faith projection of the plan).
ENVELOPE = {"planning": {"ignored_columns", "projection", "written"}}


@pytest.mark.no_cover
@pytest.mark.parametrize(("argv", "name"), OTHER_COMMANDS, ids=[n for _, n in OTHER_COMMANDS])
def test_cli_json_is_the_result_s_to_dict_for_every_other_command(
    tmp_path: Path, argv: list[str], name: str
) -> None:
    """The command's JSON is the result's ``to_dict`` (built from the same files: a result
    names its files), the hostile text exact, but for the documented envelope; before
    surf21 deadline, lifecycle and counter-notice added readings, notes, the platform and
    the calendar a Python user could not see. ``deadline ID`` gives its one deadline as
    ``deadlines_from`` gives a list (``Deadlines.labelled``)."""
    files = _files(tmp_path)
    argv = [a.format(**files) for a in argv]
    result = _builders(files)[name]()
    if name == "deadline":
        result = Deadlines((result,)).labelled(
            event="counter_notice_round_2_3",
            on=result.start,
            calendar="weekends",
            rulebook=result.rulebook,
            rulebook_version=result.rulebook_version,
            interpretation=result.interpretation,
        )
    expected = json.loads(json.dumps(result.to_dict()))
    got = _cli_json([*argv, "--rules", files["rules"]])
    assert any(H in s for s in _strings(got)), name  # the hostile text, exact
    envelope = ENVELOPE.get(name, set())
    assert set(got) - set(expected) == envelope
    assert {k: v for k, v in got.items() if k not in envelope} == expected
