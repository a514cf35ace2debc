"""rules43 (CLI): the rule book as ``ipprules rules`` shows it, read against the rule text.

* R88 gives Lazada's counterfeit, patent and registered-design points as maximums ("up to 16",
  "up to 6") and content infringement as 1 point: ``rules platform lazada_sg`` printed
  ``counterfeit=16`` with only a ``points_fixed: content`` field saying the others are maximums.
* R92 dates the Lazada IPP Plus pilot to January 2020, day not documented; the record starts it
  on 2020-01-01 and said nothing of it, unlike Lazada's June 2019 start (R95).
"""

from __future__ import annotations

import json

from test_newuser8 import _run

_DAY = "--as-of=2026-12-07"
_LAZADA = ("lazada_sg", "lazada_id", "lazada_my", "lazada_th", "lazada_ph", "lazada_vn")


def _penalties_line(platform: str) -> str:
    code, out, err = _run("rules", "platform", platform, _DAY)
    assert code == 0, err
    (line,) = [x for x in out.splitlines() if x.startswith("  penalties:")]
    return line


def test_lazada_points_say_up_to_where_r88_does() -> None:
    for platform in _LAZADA:
        line = _penalties_line(platform)
        assert "counterfeit=up to 16" in line, line
        assert "patent=up to 6" in line, line
        assert "registered_design=up to 6" in line, line
        assert "content=1," in line and "content=up to" not in line, line
        assert "points_fixed" not in line, line  # said by the wording now, not a bare field


def test_points_json_keeps_the_numbers_and_the_fixed_kinds() -> None:
    code, out, err = _run("rules", "platform", "lazada_sg", _DAY, "--format=json")
    assert code == 0, err
    penalties = json.loads(out)["data"]["penalties"]
    assert penalties["points"]["counterfeit"] == 16
    assert penalties["points_fixed"] == ["content"]


def test_ipp_plus_start_says_it_is_known_to_the_month_only() -> None:
    code, out, err = _run("rules", "rule", "R92", _DAY)
    assert code == 0, err
    assert "from 2020-01-01" in out
    assert "January 2020, day not documented" in out, out
    code, out, err = _run("rules", "deadlines", _DAY, "--format=json")
    assert code == 0, err
    (plus,) = [d for d in json.loads(out)["data"] if d["id"] == "processing_lazada_ipp_plus"]
    assert "January 2020, day not documented" in plus["note"]


def test_metrics_view_shows_the_formulas_are_inferred() -> None:
    # R91: "none is published in any retrieved source. [INFERRED]"; the table read as settled
    code, out, err = _run("rules", "metrics", _DAY)
    assert code == 0, err
    header, _, *rows = out.splitlines()[1:]
    assert "confidence" in header.split() and "rules" in header.split()
    rates = [r for r in rows if r.startswith(("takedown_rate_", "counter_notice_rate_"))]
    assert len(rates) == 4
    for row in rates:
        assert row.split()[-1] == "inferred" or " inferred " in row, row
        assert "R91" in row, row


def _table(*argv: str) -> list[dict[str, str]]:
    code, out, err = _run(*argv, _DAY)
    assert code == 0, err
    lines = out.splitlines()[1:]
    widths = [len(dash) for dash in lines[1].split("  ")]
    starts = [sum(widths[:i]) + 2 * i for i in range(len(widths))]
    names = [lines[0][s : s + w].strip() for s, w in zip(starts, widths, strict=True)]
    rows = [x for x in lines[2:] if x and not x.startswith(" ")]
    return [
        {n: r[s : s + w].strip() for n, s, w in zip(names, starts, widths, strict=True)}
        for r in rows
    ]


def test_deadlines_and_penalties_views_give_the_dates_rules_and_sources() -> None:
    # R61: 27 business days from 2022-01-20 (30 before); R92: IPP Plus from January 2020;
    # R85: AliExpress's penalty policy of 21 Jan 2015; R88: Lazada's points are third-party
    deadlines = {r["deadline"]: r for r in _table("rules", "deadlines")}
    assert deadlines["counter_notice_round_2_3"]["from"] == "2022-01-20"
    assert deadlines["counter_notice_round_2_3"]["rules"] == "R61, D4"
    assert deadlines["processing_lazada_ipp_plus"]["from"] == "2020-01-01"
    assert deadlines["ipr_verification"]["sources"] == "S26, S27, S29"
    penalties = {r["platform"]: r for r in _table("rules", "penalties")}
    assert penalties["aliexpress"]["from"] == "2015-01-21"
    assert penalties["lazada_sg"]["rules"] == "R88"
    assert penalties["lazada_sg"]["sources"] == "S50, S50c, S51"


def test_documents_view_names_the_other_reading_of_a_document_rule() -> None:
    # B8 (unregistered copyright on international platforms, Lazada among them by default)
    # against B14/R34: the rule book's named alternative b14-registered-only refuses it on
    # Lazada; the documents table showed only the default 'yes'
    code, out, err = _run("rules", "documents", _DAY)
    assert code == 0, err
    (line,) = [x for x in out.splitlines() if "b14-registered-only" in x]
    assert line.startswith("  copyright_unregistered_international:"), line
    assert "accepted no" in line and "lazada_sg" in line and "inferred" in line, line
    code, out, err = _run("rules", "documents", _DAY, "--platform=aliexpress")
    assert code == 0, err
    assert "b14-registered-only" not in out  # not a reading on AliExpress
    code, out, err = _run("rules", "documents", "--as-of=2019-05-31")
    assert code == 0, err
    assert "b14-registered-only" not in out  # in force with Lazada on IPP, from 2019-06-01


def test_deadlines_view_without_a_platform_names_the_d4_dispute() -> None:
    # D4: Lazada's 3-5 working days (S53) against R61's 3 business days: said only with
    # --platform, so the whole table gave both windows without a word of which is the default
    code, out, err = _run("rules", "deadlines", _DAY)
    assert code == 0, err
    notes = [x for x in out.splitlines() if x.startswith("  counter_notice_")]
    assert len(notes) == 2, notes
    lazada = ", ".join(sorted(_LAZADA))
    assert all(f"the sources differ on {lazada} (D4)" in x for x in notes), notes
    assert any("this window is the named alternative" in x for x in notes), notes
    assert any("this window is the default reading" in x for x in notes), notes
    code, out, err = _run("rules", "deadlines", "--as-of=2019-05-31")
    assert code == 0, err
    assert "(D4)" not in out  # Lazada not yet on IPP


def test_platform_view_gives_its_start_and_the_start_known_to_the_month_only() -> None:
    # R95: Lazada IPP opened to the public in June 2019, day not documented; the view's first
    # line gave only the name and confidence, and an undocumented count read '?'
    code, out, err = _run("rules", "platform", "lazada_sg", _DAY)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[2].startswith("  on IPP: from 2019-06-01"), lines[2]
    assert "R95" in lines[2] and "S22" in lines[2], lines[2]
    assert "June 2019, day not documented" in lines[3], lines[3]
    (channels,) = [x for x in lines if x.startswith("  channels:")]
    assert "email=unknown (official)" in channels and "?" not in channels, channels
    code, out, err = _run("rules", "platform", "taobao", _DAY)
    assert code == 0, err
    assert out.splitlines()[2].startswith("  on IPP: from 2015-01-06")
    assert "day not documented" not in out.splitlines()[3]
