"""A space typed or pasted into a listing link cuts it there (``…/item.htm?id= 7012…`` reads
as a link with no id). The complaint check's ``listing-rejected`` finding says that the entry,
read without its white space, is a listing, and which; the planner (a rejected line's
message) and ``ipprules listings`` (a rejection's reason) say it too, with the same function
(:func:`ipprules.listings.parser.space_hint`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ipprules.checks.model import Account, Identity, IprType, Location, Plan, Right
from ipprules.cli import main
from ipprules.listings import Listing, parse_listing
from ipprules.listings.parser import space_hint
from ipprules.planner import LineOutcome, Settings, plan_listings

LINKS = [
    "https://item.taobao.com/item.htm?id=701234567890",
    "https://detail.tmall.com/item.htm?id=690091011924",
    "https://detail.1688.com/offer/585943639773.html",
    "https://www.aliexpress.com/item/1005006123456789.html",
    "https://www.lazada.sg/products/lumen-desk-lamp-i123456789-s987654321.html",
    "https://m.intl.taobao.com/detail/detail.html?id=606832683299",
]
SPACES = [" ", "  ", "\t", "\u3000", "\xa0"]
PLAN = Plan(
    account=Account(name="Acme", location=Location.ELSEWHERE, identity=Identity.ENTERPRISE),
    rights=(Right(id="tm", ipr_type=IprType.TRADEMARK, place="CN"),),
)
NO_LISTING_WITHOUT_SPACE = [
    "https://s.taobao.com/search?q=lamp shade",
    "lamp shade",
    "x y",
    "https://item.taobao.com/item.htm?id=1 https://example.com/",
]


def _hint(canonical: str) -> str:
    return f"read without it is {canonical}: remove the space if it was typed or pasted"


def _planned_messages(lines: list[str]) -> list[str | None]:
    seen: list[LineOutcome] = []
    plan_listings(
        lines, PLAN, as_of="2026-11-23", settings=Settings(reason="tm_counterfeit"),
        reconcile=seen.append,
    )  # fmt: skip
    return [o.message for o in sorted(seen, key=lambda o: o.line)]


def _listings_reasons(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lines: list[str]
) -> list[str | None]:
    path = tmp_path / "urls.txt"
    path.write_text("".join(f"{line}\n" for line in lines), "utf-8")
    main(["listings", str(path), "--format", "json"])
    return [row.get("reason") for row in json.loads(capsys.readouterr().out)["results"]]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    link=st.sampled_from(LINKS),
    at=st.integers(min_value=9, max_value=200),
    space=st.sampled_from(SPACES),
)
@example(link=LINKS[0], at=len("https://item.taobao.com/item.htm?id="), space=" ")
@example(link=LINKS[0], at=len("https://item.taobao.com/item"), space=" ")
@example(link=LINKS[2], at=len("https://detail.1688.com/offer/"), space="\u3000")
def test_a_line_cut_by_a_space_names_the_listing_it_is_without_it(
    tmp_path_factory: pytest.TempPathFactory,
    capsys: pytest.CaptureFixture[str],
    link: str,
    at: int,
    space: str,
) -> None:
    """Wherever the space is typed into the link: a line the parser refuses says in the
    planner's message and in the listings reason which listing it is without the space."""
    at = min(at, len(link) - 1)
    entry = link[:at] + space + link[at:]
    canonical = parse_listing(link).canonical_url  # type: ignore[union-attr]
    read = parse_listing(entry)
    (message,) = _planned_messages([entry])
    (reason,) = _listings_reasons(tmp_path_factory.mktemp("l"), capsys, [entry])
    if type(read) is Listing:
        assert reason is None  # read as it is: nothing to say
        return
    assert message is not None and message.startswith(read.message)  # type: ignore[union-attr]
    assert _hint(canonical) in message
    assert reason is not None and reason.startswith(read.message)  # type: ignore[union-attr]
    assert _hint(canonical) in reason


@pytest.mark.parametrize("text", NO_LISTING_WITHOUT_SPACE)
def test_white_space_in_a_line_that_is_no_listing_without_it_adds_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    (message,) = _planned_messages([text])
    (reason,) = _listings_reasons(tmp_path, capsys, [text])
    read = parse_listing(text)
    assert type(read) is not Listing
    assert "white space" not in (message or "") and "white space" not in (reason or "")
    assert space_hint(text) == ""


def test_a_rejected_line_without_white_space_adds_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = "https://item.taobao.com/item.htm?x=1"
    read = parse_listing(text)
    assert type(read) is not Listing
    assert _planned_messages([text]) == [read.message]
    assert _listings_reasons(tmp_path, capsys, [text]) == [read.message]


def test_the_plan_command_says_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "urls.txt"
    path.write_text(f"{LINKS[0].replace('id=', 'id= ')}\n{LINKS[1]}\n", "utf-8")
    main(["plan", str(path), "--account", "examples/planner-account.toml", "--as-of",
          "2026-11-23", "--right", "tm-cn", "--format", "json"])  # fmt: skip
    line = json.loads(capsys.readouterr().out)["lines"][0]
    assert line["status"] == "rejected"
    assert _hint(LINKS[0]) in line["message"]


@pytest.mark.parametrize("bad", [None, 1, b"https://x y", ["a b"]])
def test_space_hint_refuses_what_is_no_text(bad: object) -> None:
    with pytest.raises(TypeError, match="space_hint"):
        space_hint(bad)  # type: ignore[arg-type]


def reference_hint(text: str) -> str:
    """:func:`space_hint` by its definition: the entry without its white space, parsed."""
    words = text.split()
    joined = "".join(words)
    if len(words) < 2 or len(joined) > 4096:
        return ""
    again = parse_listing(joined)
    if type(again) is not Listing:
        return ""
    return f"; the entry holds white space, and {_hint(again.canonical_url)} into the link"


PIECES = [" ", "  ", "\t", "\u3000", "see", "x", "1", "701234567890", ".", "%2E", "%2e",
          "\\u002e", "\\u002E", "&#46;", "&period;", "&#x2e;", "\u3002", "\uff0e", "//",
          "https:", "item", "taobao", "com", "/item.htm?id=", "id=", "?", "/", "&", "\\"]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        st.lists(st.sampled_from(PIECES), min_size=2, max_size=12).map("".join),
        st.tuples(st.sampled_from(LINKS), st.integers(0, 80), st.sampled_from(PIECES)).map(
            lambda t: t[0][: t[1]] + t[2] + " " + t[0][t[1] :]
        ),
    )
)
@example("see Watch-sensor-Bluetooth-Steel-fast 29")  # the benchmark mix's share text
@example("item%2Etaobao%2Ecom/item.htm?id= 701234567890")
@example("https://item\\u002etaobao\\u002ecom/item htm?id=701234567890")
@example("https://item&#46;taobao&#46;com/item.htm?id= 701234567890")
def test_space_hint_skips_a_parse_only_where_it_finds_nothing(text: str) -> None:
    """The quick answer (an ASCII entry with no dot and no escape holds no listing host)
    agrees with the definition on every entry."""
    assert space_hint(text) == reference_hint(text)


@pytest.mark.parametrize("link", LINKS)
def test_a_short_link_rejection_gets_no_space_hint(link: str) -> None:
    """A text refused as a ``short-link`` was read whole (the share text around the link holds
    the white space, and the link must be resolved first): no hint, whatever the text is
    without its white space; the same text refused for another reason gets it."""
    cut = link.replace("=", "= ", 1) if "=" in link else link.replace("/item/", "/item/ ", 1)
    cut = cut.replace("/offer/", "/offer/ ", 1).replace("/products/", "/products/ ", 1)
    assert space_hint(cut, "not-a-listing") == space_hint(cut) != ""
    # refused as missing its id, the reason says the space already (urls44): no hint repeats it
    assert space_hint(cut, "missing-id") == ""
    assert space_hint(cut) in parse_listing(cut).reason
    assert space_hint(cut, "short-link") == ""
    with pytest.raises(TypeError, match="code must be a str"):
        space_hint(cut, 1)  # type: ignore[arg-type]
