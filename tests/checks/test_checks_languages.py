"""R14's language: English and Chinese are read in every usual spelling (codes, names, names in
themselves), another language asks for a translation, and a value that names no language is
refused at its line (review 7, F2: ``language = "English"`` was read as a foreign language)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules.checks import check, plan_from_data, read_plan
from ipprules.checks.evidence import translation
from ipprules.checks.languages import describe, language_problem, written_in
from ipprules.checks.model import Document
from ipprules.cli import main
from ipprules.errors import InputError

ENGLISH = ["English", "english", "en", "eng", "英文", "英语", "英語", "British English",
           # review 8: Windows' ENU, full-width, a version or translation, bracketed, a stop
           "ENU", "ＥＮ", "English version", "English (translated)", "英文版", "English.",
           "Bilingual (English/Chinese)", "English-Chinese", "English Chinese", "中文 英文",
           "English ／ 中文"]  # fmt: skip
CHINESE = [
    "Chinese",
    "zh",
    "zho",
    "chi",
    "cmn",
    "yue",
    "中文",
    "汉语",
    "漢語",
    "华语",
    "普通话",
    "Mandarin",
    "Mandarin Chinese",
    "Cantonese",
    "Simplified Chinese",
    "Traditional Chinese",
    "Chinese (Simplified)",
    "Chinese, Traditional",
    "简体中文",
    "繁體中文",
    "中文（简体）",
    "中英文",
    # review 8: Windows' CHS/CHT, the qualifiers alone, bilingual forms, Chinese varieties
    "CHS",
    "CHT",
    "简体",
    "繁体",
    "英汉",
    "汉英",
    "中英对照",
    "中文版",
    "汉语(简体)",
    "Hakka",
    "Taiwanese",
    "Hokkien",
]
REGIONS = ["", "-US", "-GB", "_CN", "-Hans", "-Hant-TW", "_HK", "-SG"]
OTHERS = ["German", "Deutsch", "de", "de-DE", "ger", "Français", "日本語", "ja", "uk-UA", "ru"]


def _case(text: str, how: str) -> str:
    return {"upper": text.upper(), "lower": text.lower(), "title": text.title()}.get(how, text)


@st.composite
def english_or_chinese(draw: st.DrawFn) -> str:
    """A spelling of English or Chinese: a code with a region or script, or a name, in any
    case, padded; maybe listed with another language."""
    if draw(st.booleans()):
        code = draw(st.sampled_from(["en", "eng", "zh", "zho", "chi", "cmn", "yue"]))
        value = code + draw(st.sampled_from(REGIONS))
    else:
        value = draw(st.sampled_from(ENGLISH + CHINESE))
    value = _case(value, draw(st.sampled_from(["as is", "upper", "lower", "title"])))
    pad = draw(st.sampled_from(["", " ", "  "]))
    if draw(st.booleans()):
        other = draw(st.sampled_from(OTHERS))
        sep = draw(st.sampled_from(["/", ", ", " and ", " & ", "+", "、"]))
        value = other + sep + value if draw(st.booleans()) else value + sep + other
    return pad + value + pad


@given(english_or_chinese(), st.none() | st.booleans(), st.none() | st.booleans())
@settings(max_examples=300, deadline=None)
def test_english_or_chinese_never_asks_for_a_translation(
    language: str, attached: bool | None, certified: bool | None
) -> None:
    assert written_in(language) in ("en", "zh")
    assert translation(language, attached, certified) == []


@pytest.mark.parametrize("language", OTHERS)
def test_another_language_asks_for_a_translation(language: str) -> None:
    assert written_in(language) == "other"
    [(code, message)] = translation(language, False)
    assert code == "document-translation-missing"
    assert message.startswith(f"written in {describe(language)} ")


def test_a_code_is_named_in_the_message() -> None:
    """A code shows the language it was read as ('tw-GH' is Twi, not Taiwan)."""
    assert translation("tw-GH", False)[0][1].startswith("written in 'tw-GH' (Twi) ")
    assert describe("de/fr") == "'de/fr' (German, French)"


@pytest.mark.parametrize(
    ("value", "said"),
    [
        ("Englsh", "did you mean 'english'?"),
        ("Klingonese", "unknown language 'Klingonese'"),
        ("xx", "unknown language 'xx'"),
        ("", "unknown language ''"),
        ("CN", "the code of China (ISO 3166), not of a language"),
        ("CHN", "the code of China"),
        ("UK", "both the code of Ukrainian (ISO 639) and of the United Kingdom"),
        ("TW", "both the code of Twi (ISO 639) and of Taiwan"),
        ("mul", "names no one language"),
        ("German/Englsh", "unknown language 'German/Englsh'"),
        # review 8: three letters that are no code were read as "another language"
        ("TBD", "unknown language 'TBD'"),
        ("yes", "unknown language 'yes'"),
        ("abc", "unknown language 'abc'"),
        ("NaN", "what an empty spreadsheet cell reads as"),
        ("SC", "an abbreviation of Simplified Chinese"),
    ],
)
def test_a_value_that_names_no_language_is_refused(value: str, said: str) -> None:
    problem = language_problem(value)
    assert problem is not None and said in problem
    with pytest.raises(InputError, match=re.escape(said)):
        written_in(value)


@given(st.text(max_size=30))
@settings(max_examples=300, deadline=None)
def test_any_text_is_read_or_refused(value: str) -> None:
    """Whatever the text, it is English, Chinese, another language or an InputError, and
    language_problem says which without raising."""
    problem = language_problem(value)
    if problem is None:
        assert written_in(value) in ("en", "zh", "other")
    else:
        with pytest.raises(InputError):
            written_in(value)


def test_written_in_takes_a_str() -> None:
    for function in (written_in, language_problem, describe):
        with pytest.raises(TypeError, match="language must be a str"):
            function(None)  # type: ignore[arg-type]


def test_a_long_value_is_refused_at_once() -> None:
    """No language's name is 200 characters long; brackets never closed are not scanned."""
    problem = language_problem("(" * 100_000)
    assert problem is not None and "longer than 200 characters" in problem


PLAN = """\
as_of = 2024-06-01
[account]
name = "Acme Ltd"
location = "elsewhere"
identity = "enterprise"
incorporated = "GB"
documents = [{ kind = "business_registration", name = "Acme Ltd", language = "English", translation = false }]

[[rights]]
id = "tm"
ipr_type = "trademark"
place = "CN"
name = "ACME"
number = "12345678"
registrant = "Acme Ltd"
registration_date = 2019-01-01
expiry_date = 2031-05-31
documents = [{ kind = "trademark_certificate", colour = true, language = "Chinese" }]
"""


def test_the_review_plan_in_english_and_chinese_has_no_translation_finding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plan.toml"
    path.write_text(PLAN, encoding="utf-8")
    codes = {f.code for f in check(read_plan(path)).findings}
    assert not codes & {"document-translation-missing", "document-quality-unknown"}
    assert main(["check", str(path)]) == 0
    assert "translation" not in capsys.readouterr().out


def test_a_plan_file_naming_no_language_is_refused_at_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "plan.toml"
    text = PLAN.replace('language = "Chinese"', 'language = "Chines"')
    path.write_text(text, encoding="utf-8")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if '"Chines"' in row)
    with pytest.raises(InputError) as caught:
        read_plan(path)
    assert caught.value.path == "$.rights[0].documents[0].language"
    assert caught.value.line == line
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}:{line}:" in err and "$.rights[0].documents[0].language" in err
    assert "did you mean 'chinese'?" in err and "Traceback" not in err


def test_a_plan_built_in_python_is_refused_by_check() -> None:
    plan = plan_from_data(tomllib.loads(PLAN))
    bad = attrs.evolve(
        plan,
        account=attrs.evolve(
            plan.account,
            documents=(Document(kind="business_registration", language="UK"),),
        ),
    )
    with pytest.raises(InputError) as caught:
        check(bad)
    assert caught.value.path == "$.account.documents[0].language"


def test_the_planner_refuses_an_account_file_naming_no_language_at_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    account = (Path(__file__).parents[2] / "examples" / "planner-account.toml").read_text(
        encoding="utf-8"
    )
    text = account.replace('language = "en"', 'language = "UK"', 1)
    path = tmp_path / "account.toml"
    path.write_text(text, encoding="utf-8")
    urls = tmp_path / "urls.csv"
    urls.write_text("url\nhttps://item.taobao.com/item.htm?id=606832683299\n", encoding="utf-8")
    line = next(i for i, row in enumerate(text.splitlines(), 1) if '"UK"' in row)
    args = ["plan", str(urls), "--account", str(path), "--as-of", "2026-11-23"]
    assert main([*args, "--reason", "tm_counterfeit"]) == 2
    err = capsys.readouterr().err
    assert f"{path}:{line}:" in err and "the United Kingdom (ISO 3166)" in err
