"""left11: what this session's listing and file sweeps left (lookalike13, realfiles13).

Every engine answers alike for each text below: ``parse_listing``, ``parse_slowly``,
``parse_listings``, ``extract_urls`` (then ``parse_listing`` of what it finds) and
``ipprules.columnar.parse_column``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _cli import run_cli
from ipprules.columnar import parse_column
from ipprules.listings import Listing, extract_urls, parse_listing, parse_listings
from ipprules.listings.parser import parse_slowly

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
LINK = "item.taobao.com/item.htm?id=12345678901"
URL = "https://" + LINK


def _answers(text: str) -> list[str]:
    """Each engine's answer for ``text``: the id read, or the refusal's code."""
    answers = []
    for got in (parse_listing(text), parse_slowly(text), next(iter(parse_listings([text])))[1]):
        answers.append(got.id if type(got) is Listing else got.code)
    found = [parse_listing(url) for url in extract_urls(text)]
    read = [got.id for got in found if type(got) is Listing]
    answers.append(read[0] if read else "no listing")
    row = parse_column([text]).to_pylist()[0]
    answers.append(row["id"] if row["ok"] else row["code"])
    return answers


def _refused(answers: list[str]) -> bool:
    return "12345678901" not in answers


@pytest.mark.parametrize(
    "head", ["a&#46;b", "a&#046;b", "a&#x2E;b", "a&period;b", "x?", "x#", "?a=1&u="]
)
def test_a_dot_written_as_an_entity_or_a_query_before_the_label_is_refused(head: str) -> None:
    # rendered, the word holds a dot (or makes the label a query or a fragment of the word),
    # which no word before a label holds: refused as evil.cn链接：… is, by every engine
    assert _refused(_answers(head + "链接：" + LINK))


@pytest.mark.parametrize("head", ["x!", "Sale!", "x", "PC端", "a=1&u="])
def test_a_word_before_the_label_is_read_by_every_engine(head: str) -> None:
    # x!链接：… was read by parse_listing and not found by extract_urls
    assert _answers(head + "链接：" + LINK) == ["12345678901"] * 5


@pytest.mark.parametrize("stars", ["＊＊＊", "∗∗∗", "•••", "﹡﹡﹡"])
def test_a_second_id_masked_with_look_alike_stars_is_refused(stars: str) -> None:
    masked = URL + "&id=" + stars
    assert _answers(masked) == _answers(URL + "&id=***")
    assert _refused(_answers(masked))
    assert extract_urls("看 " + masked + "看看") == [masked]


def test_an_id_masked_with_look_alike_stars_is_no_shorter_id() -> None:
    got = parse_listing("https://item.taobao.com/item.htm?id=63540767＊＊＊＊")
    assert type(got) is not Listing and got.code == "malformed-id"


def test_two_look_alike_stars_are_no_mask() -> None:
    # fewer than three: share text glued on, cut as before
    assert extract_urls(URL + "••") == [URL]


PS_TYPE = "#TYPE System.Management.Automation.PSCustomObject\r\n"


@pytest.mark.parametrize("name", ["urls.csv", "urls.txt"])
def test_plan_refuses_the_powershell_type_line_as_every_reader_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    # one-machine plan read it as a # comment; listings, good-faith, penalties and --workers
    # refuse it naming it: other tools' habits are named, never read
    path = tmp_path / name
    path.write_text(PS_TYPE + '"url"\r\n"' + URL + '"\r\n', encoding="utf-8")
    account = str(EXAMPLES / "planner-account.toml")
    argv = ["plan", str(path), "--account", account, "--as-of", "2026-11-23"]
    code, out, err = run_cli(argv, capsys)
    assert code == 2 and not out
    assert f"{path}:1: $: its first line is PowerShell's #TYPE line, not column names" in err
    if name.endswith(".csv"):  # (a .txt is read a line a URL by ipprules listings)
        listed = run_cli(["listings", str(path)], capsys)
        assert listed[0] == 2 and "PowerShell's #TYPE line" in listed[2]


def test_plan_still_skips_a_comment_before_the_powershell_type_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "urls.txt"
    path.write_text("# pasted\n#TYPE of the lines below\n" + URL + "\n", encoding="utf-8")
    account = str(EXAMPLES / "planner-account.toml")
    argv = ["plan", str(path), "--account", account, "--as-of", "2026-11-23"]
    code, out, _ = run_cli([*argv, "--reason", "tm_counterfeit"], capsys)
    assert code == 0 and "1 line(s): 1 planned" in out


@pytest.mark.parametrize("flag", ["true", "false"])
def test_a_json_yes_no_counter_notice_accepted_says_it_holds_a_day(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], flag: str
) -> None:
    path = tmp_path / "v.json"
    row = f'{{"date": "2024-03-04", "kind": "general", "counter_notice_accepted": {flag}}}'
    path.write_text(f'{{"violations": [{row}]}}', encoding="utf-8")
    argv = ["penalties", str(path), "--platform", "aliexpress", "--as-of", "2024-06-01"]
    code, _, err = run_cli(argv, capsys)
    assert code == 2
    assert (
        "$.violations[0].counter_notice_accepted: expected a date (YYYY-MM-DD), got boolean" in err
    )
    assert "(a yes/no value: the key holds the day the counter-notice was accepted" in err


def test_listings_names_a_salesforce_footer_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    footer = (
        '\r\n"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."\r\n'
        '"Confidential Information - Do Not Distribute"\r\n'
        '"Generated By:  Ann Lee  11/23/2026 10:00 AM"\r\n'
    )
    path = tmp_path / "report.csv"
    path.write_text("url,reason\r\n" + URL + ",tm_counterfeit\r\n" + footer, encoding="utf-8")
    code, out, _ = run_cli(["listings", str(path), "--format", "csv"], capsys)
    assert code == 1
    rejected = [line for line in out.splitlines() if ",rejected," in line]
    assert len(rejected) == 3
    assert all(
        "not-a-url" in line and "a report's footer line, not a row" in line for line in rejected
    )
    # another line that holds no URL is not told so
    path.write_text("url\r\nnot a link\r\n", encoding="utf-8")
    assert "footer" not in run_cli(["listings", str(path), "--format", "csv"], capsys)[1]
