"""Conservation on piles as users save them (#14: "every line accounted for"): blank and
white-space lines, ``#`` notes, CRLF or LF line ends, a byte-order mark, no final line end,
lines pasted again (the same text, or the same listing with other white space or another
form), share text with Chinese around the link, look-alike hosts and junk.

Read from the file (``read_lines``) and planned, kept or streamed: every line that holds
something is accounted for exactly once, at its line number in the file (planned +
duplicate + rejected = lines), the planned ones are exactly the complaints' lines, and the
same file through ``ipprules plan --out`` writes the same counts.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from planner_accounts import make_account

from ipprules.planner import Settings, Status, plan_listings, read_lines

DAY = "2026-11-23"
IDS = st.integers(600000000000, 600000000040)
FORMS = [
    "https://item.taobao.com/item.htm?spm=a1z09.2.0.0.7d2d2e8d&id={n}&_u=71cflvne632",
    "item.taobao.com/item.htm?id={n}",
    "https://m.intl.taobao.com/detail/detail.html?id={n}&tk=nyXpT7VA7lt",
    "https://detail.tmall.com/item.htm?id={n}&skuId=4911012597025",
    "https://detail.tmall.hk/hk/item.htm?id={n}",
    "http://m.1688.com/offer/{n}.html?spm=a26g8.7662792",
    "https://detail.1688.com/offer/{n}.html",
    "https://es.aliexpress.com/item/1005{n}.html?gatewayAdapt=glo2esp",
    "https://www.lazada.co.th/products/pdp-i{n}.html",
    "https://www.goofish.com/item?id={n}&categoryId=125952002",
    "https://shop{n}.taobao.com/index.htm",
    "【淘宝】「新款连衣裙」 https://e.tb.cn/h.6Gl2LC7rsrswQZp?tk=qFuaV9hzh0k CZ356 打开淘宝",
    "复制这条信息 https://item.taobao.com/item.htm?id={n} 看看",
    "https://m.tb.cn/h.4CEhFr0?sm=70d491",
    "https://item.taobao.com.evil.cn/item.htm?id={n}",
    "https://t\u0430obao.com/item.htm?id={n}",
    "https://www.pandabuy.com/product?url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D{n}",
    "https://s.taobao.com/search?q=%E8%BF%9E%E8%A1%A3%E8%A3%99",
    "see attached",
    "https://item.taobao.com/item.htm?id=",
    "😀 {n}",
]
BLANKS = ["", " ", "\t", "   \t ", "\u3000", "\u00a0"]
NOTES = ["# checked by Li", "#", "  # indented note"]


@st.composite
def piles(draw: st.DrawFn) -> tuple[list[str], str, bool, bool]:
    """(the file's lines, the line end, a BOM, a final line end)."""
    lines: list[str] = []
    for _ in range(draw(st.integers(0, 60))):
        kind = draw(st.sampled_from(["url"] * 6 + ["blank", "note", "again"]))
        if kind == "blank":
            lines.append(draw(st.sampled_from(BLANKS)))
        elif kind == "note":
            lines.append(draw(st.sampled_from(NOTES)))
        elif kind == "again" and lines:
            earlier = draw(st.sampled_from(lines))
            lines.append(draw(st.sampled_from(["", " ", "\t"])) + earlier + draw(
                st.sampled_from(["", "  "])))  # fmt: skip
        else:
            lines.append(draw(st.sampled_from(FORMS)).format(n=draw(IDS)))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    return lines, newline, draw(st.booleans()), draw(st.booleans())


def write(path: Path, lines: list[str], newline: str, bom: bool, final: bool) -> None:
    text = newline.join(lines) + (newline if final and lines else "")
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))


def holding_something(lines: list[str]) -> list[int]:
    """The line numbers of the lines the planner must account for."""
    return [
        i for i, text in enumerate(lines, 1) if text.strip() and not text.strip().startswith("#")
    ]


SETTINGS = Settings(right="tm-cn", reason="tm_counterfeit")


@pytest.mark.no_cover
@settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(pile=piles(), streamed=st.booleans())
def test_every_line_of_a_saved_pile_is_accounted_for_once(
    tmp_path: Path, pile: tuple[list[str], str, bool, bool], streamed: bool
) -> None:
    lines, newline, bom, final = pile
    path = tmp_path / "pile.txt"
    write(path, lines, newline, bom, final)
    expected = holding_something(lines)
    seen: list[Any] = []
    result = plan_listings(
        read_lines(path),
        make_account(),
        as_of=DAY,
        settings=SETTINGS,
        reconcile=seen.append if streamed else None,
    )
    outcomes = seen if streamed else list(result.outcomes)
    assert sorted(o.line for o in outcomes) == expected  # each line once, at its number
    counts = result.counts()
    assert counts["planned"] + counts["duplicate"] + counts["rejected"] == len(expected)
    assert sum(counts.values()) == len(expected)
    planned = sorted(o.line for o in outcomes if o.status is Status.PLANNED)
    assert planned == sorted(n for c in result.complaints for n in c.lines)
    for o in outcomes:
        if o.status is Status.DUPLICATE:
            assert o.duplicate_of in expected and o.duplicate_of < o.line
    # the text each outcome carries is its line's, white space and the BOM aside
    by_number = {o.line: o for o in outcomes}
    for number in expected:
        text = lines[number - 1].strip()
        assert by_number[number].url.lstrip("\ufeff") == text.lstrip("\ufeff").strip()


def test_the_cli_writes_the_same_counts(tmp_path: Path) -> None:
    """One saved pile with everything at once, through ``ipprules plan --out``."""
    from ipprules.cli import main

    lines = ["", "# from the shop audit", FORMS[0].format(n=600000000001), "  ",
             FORMS[1].format(n=600000000001), FORMS[11], FORMS[14].format(n=600000000002),
             "\t" + FORMS[0].format(n=600000000001) + " ", FORMS[6].format(n=600000000003),
             "see attached", ""]  # fmt: skip
    path = tmp_path / "pile.txt"
    write(path, lines, "\r\n", True, False)
    account = tmp_path / "account.toml"
    account.write_text(
        'as_of = "2026-11-23"\n[account]\nname = "Acme Ltd"\nlocation = "elsewhere"\n'
        'identity = "enterprise"\ndocuments = ["business_registration"]\n'
        'complaints_filed = 500\n[[rights]]\nid = "tm-cn"\nipr_type = "trademark"\n'
        'place = "CN"\nname = "ACME"\ndocuments = ["trademark_certificate"]\n',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    code = main(["plan", str(path), "--account", str(account), "--reason", "tm_counterfeit",
                 "--out", str(out), "--format", "json"])  # fmt: skip
    assert code in (0, 1)
    kept = plan_listings(read_lines(path), make_account(), as_of=DAY, settings=SETTINGS)
    expected = holding_something(lines)
    assert sum(kept.counts().values()) == len(expected) == 7
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    text = json.dumps(manifest)
    for status, n in kept.counts().items():
        assert f'"{status}": {n}' in text, (status, n, manifest)
