"""The checks every table of real URLs (tests/listings/test_real_urls_*.py) runs: the answer
of a row, and the same answers from ``parse_listings``, the CLI and the columnar kernel."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from _scripts import ROOT, load
from ipprules.cli import main
from ipprules.listings import parse_listing, parse_listings
from ipprules.listings.parser import parse_slowly, space_hint

#: Links of every marketplace for the property tests of the tables (each table adds its own).
SAMPLE_LINKS = [
    "https://www.aliexpress.com/item/1005003264388589.html",
    "https://item.taobao.com/item.htm?id=606832683299",
    "https://detail.tmall.com/item.htm?spm=a1z10&id=612345678901&skuId=4911012597025",
    "https://www.lazada.co.th/products/pdp-i4212266679-s7171614375.html?spm=a2o4m",
    "https://detail.1688.com/offer/585943639773.html",
    "https://www.alibaba.com/product-detail/HSGQ-XPON-ONU-stick-SC-UPC_1600106627322.html",
    "https://s.click.aliexpress.com/e/_DBjDZqx",
    "https://uniqlo.tmall.com/",
    "https://www.aliexpress.com/store/1102800175",
]


def answer(text: str) -> tuple[str | None, str, str | None]:
    """``(platform, kind, id)`` of a listing, ``(None, code, None)`` of a rejection."""
    result = parse_listing(text)
    if result.ok:
        return (result.platform, result.kind, result.id)
    return (None, result.code, None)


def thrice(text: str) -> object:
    """``parse_listing``'s answer the third time (the miss cache learns a key on its second
    sighting), checked against the thorough parser's."""
    answers = [parse_listing(text) for _ in range(3)]
    assert answers[0] == answers[1] == answers[2] == parse_slowly(text), text
    return answers[2]


def assert_service_host(host: str) -> None:
    """A marketplace's own channel or service ``host`` is no vanity storefront, at its root or
    its store paths (``/index.htm``) alike."""
    for url in (f"https://{host}", f"https://{host}/", f"{host}/index.htm"):
        assert answer(url) == (None, "not-a-listing", None), url


def service_sites_test(pages: Sequence[tuple[str, str]], fixes: str) -> Callable[..., None]:
    """The test that each ``(host, page)`` of ``pages`` is a marketplace's own site, no store
    (:func:`assert_service_host`), and that the real address ``https://{host}{page}`` reads the
    same each time and suggests no store; ``fixes`` names the table's fixes, for the doc. A
    table binds it as ``test_service_sites_are_no_stores``."""

    @pytest.mark.parametrize(("host", "page"), pages)
    def test_service_sites_are_no_stores(host: str, page: str) -> None:
        assert_service_host(host)
        read = thrice(f"https://{host}{page}")
        assert parse_listing(f"https://{host}{page}").suggestion is None, read
        assert "page of the store" not in parse_listing(f"https://{host}{page}").reason, read

    test_service_sites_are_no_stores.__doc__ = (
        f"{fixes}: the marketplace's own sites are no stores, at their roots and store paths"
        " alike, and a page of one (a real address) suggests no store."
    )
    return test_service_sites_are_no_stores


def cli_gives_parse_listing_answer(
    texts: Sequence[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``ipprules listings FILE --input lines`` gives each line ``parse_listing``'s record
    (``texts``: one line each, not blank)."""
    path = tmp_path / "urls.txt"
    path.write_text("\n".join(texts) + "\n", encoding="utf-8")
    code = main(["listings", str(path), "--format", "json", "--input", "lines"])
    records = json.loads(capsys.readouterr().out)["results"]
    assert code == 1
    assert len(records) == len(texts)
    for text, record in zip(texts, records, strict=True):
        expected = parse_listing(text).as_dict()
        if not expected["ok"]:  # a rejection's reason says a space cut the link, if one did
            expected["reason"] += space_hint(text, expected["code"])
        assert {key: record[key] for key in expected} == expected, text


def batch_and_columnar_give_parse_listing_answer(texts: Sequence[str]) -> None:
    """``parse_listings``, the thorough parser alone (``parse_slowly``, which the fast paths
    and the miss cache of ``parse_listing`` stand in for) and the columnar kernel give
    ``parse_listing``'s answers."""
    reference: list[dict[str, Any]] = [parse_listing(text).as_dict() for text in texts]
    assert [result.as_dict() for _, result in parse_listings(texts)] == reference
    assert [parse_slowly(text).as_dict() for text in texts] == reference
    columnar = pytest.importorskip("ipprules.columnar")
    assert columnar.parse_column(list(texts)).to_pylist() == reference


def planner_refuses_as_parse_listing(texts: Sequence[str], account: Any, day: str) -> None:
    """The planner refuses a text exactly when ``parse_listing`` does, with its code, and
    ``other_listings`` finds no second listing in a text read (``account``: a plan, ``day``:
    the as-of date)."""
    from ipprules.listings import Rejection
    from ipprules.listings.parser import other_listings
    from ipprules.planner import Settings, plan_listings

    right = Settings(right="tm-cn", reason="tm_counterfeit")
    outcomes = plan_listings(texts, account, as_of=day, settings=right)
    for text, outcome in zip(texts, outcomes.outcomes, strict=True):
        read = parse_listing(text)
        if type(read) is Rejection:
            assert outcome.code == f"listing:{read.code}", text
        else:
            assert other_listings(text, read) == [], text
            assert not (outcome.code or "").startswith("listing:"), text


def plan_file_accounts_for_every_line(
    rows: Sequence[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``ipprules plan FILE`` over a file of ``rows`` (one line each) gives every line one
    outcome, in order, numbered as in the file (the lines a ``#`` starts are comments,
    docs/planner.md): it refuses the lines ``parse_listing`` refuses, with their code, and the
    lines holding two listings (``several-listings``), refuses stores by the rules
    (``storefront-not-allowed``, or ``reason-not-admissible`` where the reason is none for a
    store) and listings of a host that cannot tell Taobao from Tmall
    (``ambiguous-platform``), refuses Lazada's pages for the plan's right, registered in CN
    (``right-place-not-accepted``), and plans or de-duplicates the others (with the planner
    tables' account file and day)."""
    from ipprules.listings import Rejection
    from ipprules.listings.parser import other_listings

    path = tmp_path / "pasted.txt"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    numbers = [n for n, text in enumerate(rows, 1) if not text.lstrip().startswith("#")]
    argv = ["plan", str(path), "--account", "examples/planner-account.toml", "--as-of",
            "2026-11-23", "--right", "tm-cn", "--reason", "tm_counterfeit", "--format", "json"]  # fmt: skip
    main(argv)
    report = json.loads(capsys.readouterr().out)
    lines = report["lines"]
    assert [line["line"] for line in lines] == numbers
    assert sum(report["counts"].values()) == len(numbers), report["counts"]
    for number, line in zip(numbers, lines, strict=True):
        text = rows[number - 1]
        read = parse_listing(text)
        if type(read) is Rejection:
            assert (line["status"], line["code"]) == ("rejected", f"listing:{read.code}"), text
        elif other_listings(text, read):  # two listings on a line: refused, naming the other
            assert (line["status"], line["code"]) == ("rejected", "several-listings"), text
        elif read.platform == "taobao_or_tmall":  # a mobile host: the site must be chosen
            assert (line["status"], line["code"]) == ("rejected", "ambiguous-platform"), text
        elif line["status"] == "rejected" and read.platform.startswith("lazada_"):
            # the plan's right is registered in CN: Lazada refuses it by the rules (a store too,
            # or as a store, where the site takes no store complaints)
            stores = ("storefront-not-allowed",) if read.kind == "storefront" else ()
            assert line["code"] in ("right-place-not-accepted", *stores), text
        elif line["status"] == "rejected":  # a store: refused by the rules, never as unread
            assert read.kind == "storefront", text  # a Taobao (or Xianyu) store: no reason for it
            assert line["code"] in ("storefront-not-allowed", "reason-not-admissible"), text
        else:
            assert line["status"] in ("planned", "duplicate"), (text, line)
            assert line["canonical_url"] == read.canonical_url, text


def planner_test(rows: Sequence[Row]) -> Callable[..., None]:
    """The test that ``ipprules plan FILE`` over a file of every row of ``rows`` gives every
    line one outcome, as ``parse_listing`` reads it (but a row starting with ``#``, a plan
    file's comment), for a table's module to bind as
    ``test_the_planner_accounts_for_every_line``."""

    def test_the_planner_accounts_for_every_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        texts = [row[0] for row in rows if not row[0].lstrip().startswith("#")]
        assert texts
        plan_file_accounts_for_every_line(texts, tmp_path, capsys)

    test_the_planner_accounts_for_every_line.__doc__ = planner_test.__doc__
    return test_the_planner_accounts_for_every_line


def real_texts() -> list[str]:
    """The input of every row of every table of real URLs (``test_real_urls_*.py``), in table
    order: for the other paths (planner, Dask) to be compared on them too."""
    texts: list[str] = []
    for path in sorted((ROOT / "tests" / "listings").glob("test_real_urls_*.py")):
        table = load(str(path.relative_to(ROOT)))
        texts += [row[0] for row in getattr(table, "ALL", table.ROWS)]
    return texts


def real_sample(size: int) -> list[str]:
    """About ``size`` rows of :func:`real_texts`, every n-th in table order (so every table
    and source is drawn from, the same rows on every run): for the tests that compare a whole
    other path (Dask, the planner's caches) on real text, each row of which its own table
    already checks through the parser, the CLI, ``parse_listings`` and the columnar kernel.
    The whole corpus (~7,800 rows, twice that upper-cased) through Dask under coverage had
    grown to minutes of the suite as the tables grew.

    >>> len(real_sample(100)) <= 100 < len(real_texts())
    True
    """
    texts = real_texts()
    return texts[:: -(-len(texts) // size)]


Row = tuple[str, str | None, str, str | None]


def table_tests(rows: Sequence[Row]) -> tuple[Callable[..., None], ...]:
    """The three tests of a table of ``rows`` (text, platform, kind or code, id), for its
    module to bind: ``test_row, test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer = table_tests(ALL)``. Each row's answer
    (and the thorough parser's), then every row through the CLI, ``parse_listings``, the
    thorough parser and the columnar kernel."""

    @pytest.mark.parametrize(("text", "platform", "kind_or_code", "id"), rows)
    def test_row(text: str, platform: str | None, kind_or_code: str, id: str | None) -> None:
        assert answer(text) == (platform, kind_or_code, id)
        assert parse_listing(text) == parse_slowly(text)

    def test_cli_gives_parse_listings_answer(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]
    ) -> None:
        cli_gives_parse_listing_answer(
            [text for text, *_ in rows if text.strip() and "\n" not in text], tmp_path, capsys
        )

    def test_batch_and_columnar_give_parse_listing_answer() -> None:
        batch_and_columnar_give_parse_listing_answer([text for text, *_ in rows])

    return (
        test_row,
        test_cli_gives_parse_listings_answer,
        test_batch_and_columnar_give_parse_listing_answer,
    )


def canonical_test(rows: Sequence[Row], why: str) -> Callable[..., None]:
    """The test that each accepted row of ``rows`` (the table's rows the notes' canonical form
    covers; ``why`` names those left out) has the canonical URL listing-urls.md gives its
    marketplace (:func:`notes_canonical`), for its module to bind as
    ``test_canonical_urls_follow_the_notes``."""

    @pytest.mark.parametrize(("text", "platform", "kind", "id"), [row for row in rows if row[3]])
    def test_canonical_urls_follow_the_notes(text: str, platform: str, kind: str, id: str) -> None:
        expected = notes_canonical(text, platform, kind, id)
        assert expected is not None, text
        assert parse_listing(text).canonical_url == expected, text

    test_canonical_urls_follow_the_notes.__doc__ = (
        f"An accepted row's canonical URL is the form listing-urls.md gives its marketplace"
        f" ({why})."
    )
    return test_canonical_urls_follow_the_notes


#: The host suffix of each Lazada platform (listing-urls.md, section 7).
LAZADA_HOSTS = {"lazada_sg": "sg", "lazada_id": "co.id", "lazada_my": "com.my", "lazada_th": "co.th",
           "lazada_ph": "com.ph", "lazada_vn": "vn"}  # fmt: skip


#: Xianyu's hosts in a row's text: ``goofish.com`` or the legacy ``(m.)2.taobao.com``, not the
#: ``2.taobao.com`` that ends a store host such as ``shop67319432.taobao.com``.
_XIANYU_HOST = re.compile(r"goofish\.com|(?<![\w-])(?:m\.)?2\.taobao\.com", re.IGNORECASE)


def notes_canonical(text: str, platform: str, kind: str, id: str) -> str | None:
    """The canonical URL listing-urls.md gives an accepted row of a table (its text, platform,
    kind and id), or None where the notes give none."""
    if kind == "listing":
        if _XIANYU_HOST.search(text):  # a host, any case (not shop67319432.taobao.com)
            return f"https://www.goofish.com/item?id={id}"  # section 8
        if platform in LAZADA_HOSTS:
            return (
                f"https://www.lazada.{LAZADA_HOSTS[platform]}/products/pdp-i{id}.html"  # section 7
            )
        if platform == "alibaba_com" and "/product-detail/" not in text:
            return f"https://m.alibaba.com/product/{id}.html"  # section 5: no slug of its form
        if platform == "alibaba_com":  # section 5: the observed slug kept
            slug = text.split("/product-detail/", 1)[1].split(f"_{id}.html", 1)[0]
            return f"https://www.alibaba.com/product-detail/{slug}_{id}.html"
        return {
            "taobao": f"https://item.taobao.com/item.htm?id={id}",  # section 1
            "taobao_or_tmall": f"https://item.taobao.com/item.htm?id={id}",  # sections 1, 9
            "tmall": f"https://detail.tmall.com/item.htm?id={id}",  # section 2
            "tmall_global": f"https://detail.tmall.hk/hk/item.htm?id={id}",  # section 3
            "1688": f"https://detail.1688.com/offer/{id}.html",  # section 4
            "aliexpress": f"https://www.aliexpress.com/item/{id}.html",  # section 6
        }.get(platform)
    if platform == "taobao" and _XIANYU_HOST.search(text) and "/personal" in text:
        return f"https://www.goofish.com/personal?userId={quote(id, safe='')}"  # section 8
    if platform == "taobao" and "store.taobao.com/shop/view_shop.htm" in text:
        # section 1: a seller (user) id, not a shop id
        return f"https://store.taobao.com/shop/view_shop.htm?user_number_id={id}"
    if platform == "taobao":  # section 1: a shop id's own host, a vanity label's host kept
        return f"https://shop{id}.taobao.com/" if id.isdigit() else f"https://{id}.taobao.com/"
    if platform == "1688":  # section 4: the label kept, a mobile member id's winport
        if id.startswith("b2b-"):
            return f"https://m.1688.com/winport/{id}.html"
        return f"https://{id}.1688.com/"
    if platform in LAZADA_HOSTS:
        return f"https://www.lazada.{LAZADA_HOSTS[platform]}/shop/{id}/"  # section 7
    if platform == "aliexpress" and not id.isdigit():
        return f"https://{id}.aliexpress.com/"  # section 6: a vanity label's host kept
    return {
        "tmall": f"https://{id}.tmall.com/",  # section 2
        "tmall_global": f"https://{id}.tmall.hk/",  # section 3
        "aliexpress": f"https://www.aliexpress.com/store/{id}",  # section 6
        "alibaba_com": f"https://{id}.en.alibaba.com/",  # section 5
    }.get(platform)
