"""Messages name what the caller can give, second pass (msgs8): a Python caller reads the
function's argument (``calendar=``, ``Settings(right=...)``, ``kind='lines'``, ``column=``),
the command's user its option (``--calendar``, ``--right``, ``--input lines``, ``--column``),
the command's text unchanged byte for byte.

Third pass (newuser22's leftovers):

1. A CSV line with an unquoted comma in a cell ("expected 3 cells, got 4") says that such a
   cell must be quoted, shows the line's cells as read and the cell that seems split, in the
   planner, its Dask reader and the violations reader, in the same words.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import attrs
import pytest

import ipprules
from ipprules.cli import main
from ipprules.counternotice import CounterNotice, assess_counter_notice
from ipprules.errors import InputError
from ipprules.planner import Settings
from test_newuser8 import _run

_OFFER = "https://detail.1688.com/offer/6000001.html"


def test_a_late_counter_notice_names_calendar_keyword_or_option(tmp_path: Path) -> None:
    """cn-timing's hint said ``(--calendar for holidays)`` to assess_counter_notice's
    caller, whose argument is ``calendar=``."""
    complaint = dt.date(2024, 6, 10)
    notice = CounterNotice(
        platform="alibaba_com", complaint_date=complaint, filed_on=complaint + dt.timedelta(40)
    )
    (timing,) = (f for f in assess_counter_notice(notice).findings if f.code == "cn-timing")
    assert "ipprules.lifecycle (calendar= for holidays)" in timing.message
    assert "--calendar" not in timing.message
    path = tmp_path / "cn.toml"
    path.write_text(
        f'platform = "alibaba_com"\ncomplaint_date = {complaint}\nfiled_on = {notice.filed_on}\n',
        encoding="utf-8",
    )
    _, out, _ = _run("counter-notice", str(path), "--format", "json")
    assert "ipprules lifecycle (--calendar for holidays)" in out and "calendar=" not in out


def test_a_line_without_a_right_names_settings_or_option(tmp_path: Path) -> None:
    """A plan of two rights and a line naming none said ``(--right)`` to plan_listings'
    caller, who gives ``Settings(right=...)``."""
    text = Path("examples/planner-account.toml").read_text(encoding="utf-8")
    account = tmp_path / "account.toml"  # a second right, as the first
    account.write_text(text + text[text.index("[[rights]]") :].replace("tm-cn", "tm-2"))
    plan = ipprules.read_plan(account)
    assert [r.id for r in plan.rights] == ["tm-cn", "tm-2"]
    settings = Settings(reason="tm_counterfeit")
    result = ipprules.plan_listings([_OFFER], plan, as_of="2026-11-23", settings=settings)
    (outcome,) = result.outcomes
    assert outcome.message is not None
    assert outcome.message.endswith("or one for every line (Settings(right=...))")
    urls = tmp_path / "urls.txt"
    urls.write_text(_OFFER + "\n", encoding="utf-8")
    argv = ("plan", str(urls), "--account", str(account), "--reason", "tm_counterfeit")
    _, out, err = _run(*argv, "--as-of", "2026-11-23")
    assert "or one for every line (--right)" in out + err
    assert "Settings(right=" not in out + err


def test_a_parquet_name_names_kind_or_input(tmp_path: Path) -> None:
    """A ``.parquet`` file given to a one-machine reader said ``give --input lines, csv or
    jsonl`` to ``planner.read_lines`` and ``cli.listings.read_urls``, which take ``kind=``."""
    from ipprules.cli.listings import read_urls
    from ipprules.planner import read_lines

    path = tmp_path / "urls.parquet"
    path.write_bytes(b"PAR1")
    python = "(a text file so named: give kind='lines', 'csv' or 'jsonl')"
    for read in (read_lines, read_urls):
        with pytest.raises(InputError) as caught:
            list(read(str(path)))
        assert str(caught.value).endswith(python), read
    code, _, err = _run("listings", str(path))
    assert code == 2
    assert err.endswith("(a text file so named: give --input lines, csv or jsonl)\n")


def test_read_urls_names_its_arguments_the_command_its_options(tmp_path: Path) -> None:
    """``cli.listings.read_urls`` said ``--column needs a CSV or JSON Lines input`` and, of a
    TOML document named ``.csv``, ``give --input lines``: its arguments are ``column=`` and
    ``kind=``."""
    from ipprules.cli.listings import read_urls

    text = tmp_path / "urls.txt"
    text.write_text(_OFFER + "\n", encoding="utf-8")
    plan = tmp_path / "plan.csv"
    plan.write_text(Path("examples/plan.toml").read_text(encoding="utf-8"), encoding="utf-8")
    cases = (
        ((text, {"kind": "lines", "column": "url"}), ("--column", "url", "--input", "lines")),
        ((plan, {}), ()),
    )
    said = ("column= needs a CSV or JSON Lines input", "to read it line by line, give kind='lines'")
    told = (
        "--column needs a CSV or JSON Lines input",
        "to read it line by line, give --input lines",
    )
    for ((path, keywords), options), python, command in zip(cases, said, told, strict=True):
        with pytest.raises(InputError) as caught:
            read_urls(str(path), **keywords)
        assert python in str(caught.value)
        code, _, err = _run("listings", str(path), *options)
        assert code == 2 and command in err, err


# --- third pass: newuser22's leftovers ---

TB = "https://item.taobao.com/item.htm?id=60683268329{n}"
ARGV = ["--account", "examples/planner-account.toml", "--as-of", "2026-11-23", "--right",
        "tm-cn", "--reason", "tm_counterfeit"]  # fmt: skip
QUOTE = 'a cell that holds a comma must be quoted ("like, this")'


def _plan_err(tmp_path: Path, capsys: Any, text: str, *extra: str) -> tuple[int, str]:
    path = tmp_path / "p.csv"
    path.write_text(text, "utf-8")
    code = main(["plan", str(path), *ARGV, *extra, "--out", str(tmp_path / "out")])
    return code, capsys.readouterr().err


def test_plan_note_with_a_comma_says_quote_it(tmp_path: Path, capsys: Any) -> None:
    code, err = _plan_err(tmp_path, capsys, f"url,notes\n{TB.format(n=1)},cheap, fake\n")
    assert code == 2 and "Traceback" not in err
    assert f"p.csv:2: $: expected 2 cells, got 3: {QUOTE}" in err
    assert f"url='{TB.format(n=1)}', notes='cheap', cell 3 (no column)=' fake'" in err
    assert 'the notes cell seems split at its commas: write it "cheap, fake"' in err


def test_plan_url_cut_at_a_comma_is_pointed_at(tmp_path: Path, capsys: Any) -> None:
    """A URL with a trailing comma, or a comma in its query, before a note."""
    for url, rest in [(f"{TB.format(n=1)},", "''"), (f"{TB.format(n=1)}&a=1,2", "'2'")]:
        code, err = _plan_err(tmp_path, capsys, f"url,notes\n{url},x\n")
        assert code == 2, err
        assert f"the URL in url seems cut at a comma before {rest}" in err


@pytest.mark.usefixtures("synchronous_dask")
def test_dask_plan_reader_words_it_as_one_machine(tmp_path: Path, capsys: Any) -> None:
    row = f"{TB.format(n=1)},cheap, fake"
    code_one, one = _plan_err(tmp_path, capsys, f"url,notes\n{TB.format(n=2)},x\n{row}\n")
    text = f"account,url,notes\nacme,{TB.format(n=2)},x\nacme,{row}\n"
    code_many, many = _plan_err(tmp_path, capsys, text, "--workers", "1")
    assert code_one == code_many == 2
    said_one = one.strip().splitlines()[-1].split("p.csv:3: $: ", 1)[1]
    said_many = many.strip().splitlines()[-1].split("p.csv:3: $: ", 1)[1]
    assert said_many.startswith(f"expected 3 cells, got 4: {QUOTE}")
    # the same words, the account cell counted and shown
    assert (
        said_many.replace("expected 3 cells, got 4", "expected 2 cells, got 3")
        .replace("account='acme', ", "")
        .replace("cell 4 (no column)", "cell 3 (no column)")
        == said_one
    )


def test_violations_reader_says_quote_it(tmp_path: Path) -> None:
    from ipprules.penalties import read_violations

    path = tmp_path / "v.csv"
    path.write_text(
        "date,kind,platform,points,right,id\n"
        "2024-01-08,general,aliexpress,2,TM-1,c-1\n"
        "2024-01-09,general,aliexpress,2,TM-1,c-2,note, more\n"
    )
    with pytest.raises(InputError) as caught:
        read_violations(path)
    [problem] = caught.value.problems
    assert problem.line == 3
    assert problem.message.startswith(f"expected 6 cells, got 8: {QUOTE}")
    assert "id='c-2', cell 7 (no column)='note'" in problem.message


def test_a_semicolon_file_names_the_semicolon(tmp_path: Path, capsys: Any) -> None:
    code, err = _plan_err(tmp_path, capsys, f"url;notes\n{TB.format(n=1)};a;b\n")
    assert code == 2 and 'a cell that holds a semicolon must be quoted ("like; this")' in err


@pytest.mark.parametrize(
    ("word", "meant"),
    [("fake", "counterfeit_product"), ("Knock-off", "counterfeit_product"),
     ("photos", "copied_photos"), ("patent", "invention"), ("judgement", "court_judgment")],
)  # fmt: skip
def test_a_fact_in_words_is_refused_naming_the_fact(word: str, meant: str, capsys: Any) -> None:
    """2. ``--fact fake`` got only the list of facts; ``ipprules.advise`` says the same."""
    argv = ["advise", "--ipr-type", "trademark", "--platform", "taobao", "--fact", word]
    assert main([*argv, "--as-of", "2026-11-23"]) == 2
    err = capsys.readouterr().err
    assert f"unknown fact {word!r} (did you mean {meant!r}?)" in err
    with pytest.raises(ipprules.UnknownNameError) as caught:
        ipprules.advise("trademark", "taobao", facts=[word], as_of=dt.date(2026, 11, 23))
    assert caught.value.suggestion == meant


def test_an_unrelated_fact_still_gets_no_suggestion() -> None:
    with pytest.raises(ipprules.UnknownNameError) as caught:
        ipprules.advise("trademark", "taobao", facts=["zzz"], as_of=dt.date(2026, 11, 23))
    assert caught.value.suggestion is None and "did you mean" not in str(caught.value)


def test_a_counter_notice_unknown_key_no_longer_hides_its_platform(tmp_path: Path) -> None:
    """3. Every independent error of a counter-notice file in one run, in file order."""
    path = tmp_path / "cn.toml"
    path.write_text(
        'platform = "lazada"\nipr_type = "trademrk"\ncomplaint_date = 2024-06-10\n'
        "filed_onn = 2024-06-12\n",
        encoding="utf-8",
    )
    code, _, err = _run("counter-notice", str(path))
    assert code == 2 and "Traceback" not in err
    places = [x.removeprefix("ipprules: error: ").split(": ")[0] for x in err.splitlines()]
    assert places == [f"{path}:1:1", f"{path}:2:1", f"{path}:4:1"]
    assert "$.platform: unknown platform (as of 2024-06-10) 'lazada'" in err
    assert "choose one of lazada_id" in err
    assert "$.ipr_type: unknown IPR type (as of 2024-06-10) 'trademrk'" in err
    assert "$: unknown key 'filed_onn' (did you mean 'filed_on'?)" in err


def test_a_counter_notice_bad_date_still_says_only_the_date(tmp_path: Path) -> None:
    """Where the complaint date cannot be read, the platform is not judged against it."""
    path = tmp_path / "cn.json"
    path.write_text('{"platform": "lazada", "complaint_date": "2024-13-10", "x": 1}', "utf-8")
    code, _, err = _run("counter-notice", str(path))
    assert code == 2 and "complaint_date" in err and "unknown key 'x'" in err
    assert "unknown platform" not in err


def test_an_events_file_says_every_unknown_event_beside_its_other_errors(tmp_path: Path) -> None:
    """3. An unknown key or a bad date no longer hides the unknown events of the file."""
    path = tmp_path / "ev.json"
    path.write_text(
        '{"platform": "aliexpress", "ipr_submitted": "2022-01-10", "events": [\n'
        '{"event": "ipr_verifed", "on": "2022-01-13"},\n'
        '{"event": "takedown", "on": "2022-13-19"},\n'
        '{"event": "counter_notice_filed", "on": "2022-01-21", "x": 1},\n'
        '{"event": "complaint filed", "on": "2022-01-25"}]}\n',
        encoding="utf-8",
    )
    code, _, err = _run("lifecycle", str(path))
    assert code == 2 and "Traceback" not in err
    assert f"{path}:2:11: $.events[0].event: unknown event 'ipr_verifed'" in err
    assert f"{path}:3:" in err and "$.events[1].on: expected a date" in err
    assert "$.events[2]: unknown key 'x'" in err
    assert f"{path}:5:11: $.events[3].event: unknown event 'complaint filed'" in err
    assert "it counts as 'ipr_verified'" in err
    with pytest.raises(InputError) as caught:
        ipprules.lifecycle.read_events(path)
    assert [p.path for p in caught.value.problems] == [
        "$.events[0].event", "$.events[1].on", "$.events[2]", "$.events[3].event"
    ]  # fmt: skip


def test_an_unknown_platform_is_said_once_its_listings_not_judged(tmp_path: Path) -> None:
    """4. A complaint on "lazada" (no platform): platform-unknown once, and each listing
    ``listing-not-judged`` (severity unknown, what it is on kept) instead of an error
    ``listing-wrong-platform`` that judged it against a platform that does not exist."""
    from ipprules.checks import check, read_plan

    plan = read_plan("examples/plan.toml")
    complaint = plan.complaints[0]
    urls = (
        "https://www.lazada.com.my/products/lumen-desk-lamp-i123456789-s987654321.html",
        "https://www.lazada.com.my/products/lumen-desk-lamp-i123456780-s987654320.html",
    )
    odd = attrs.evolve(complaint, platform="lazada", listings=urls)
    report = check(attrs.evolve(plan, complaints=(odd,)), as_of=dt.date(2026, 11, 23))
    codes = [f.code for f in report.findings]
    assert codes.count("platform-unknown") == 1
    assert "listing-wrong-platform" not in codes
    judged = [f for f in report.findings if f.code == "listing-not-judged"]
    assert [f.path for f in judged] == [
        "$.complaints[0].listings[0]",
        "$.complaints[0].listings[1]",
    ]
    assert all(f.severity.value == "unknown" for f in judged)
    assert judged[0].message.startswith(
        "a lazada_my listing: not judged against the complaint's platform 'lazada'"
    )


def test_a_known_platform_still_judges_a_listing_of_another() -> None:
    from ipprules.checks import check, read_plan

    plan = read_plan("examples/plan.toml")
    url = "https://www.lazada.com.my/products/lumen-desk-lamp-i123456789-s987654321.html"
    odd = attrs.evolve(plan.complaints[0], listings=(url,))
    report = check(attrs.evolve(plan, complaints=(odd,)), as_of=dt.date(2026, 11, 23))
    assert "listing-wrong-platform" in [f.code for f in report.findings]
    assert "listing-not-judged" not in [f.code for f in report.findings]
