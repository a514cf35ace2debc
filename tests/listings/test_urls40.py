"""urls40: hostile and real forms of the listing URLs, and the left-overs of earlier sessions.

1. An id typed in digits of another script (full-width ``５８５９…``, as a Chinese input method
   types them; Arabic-Indic ``٥٨٥…``; Devanagari) was refused ``malformed-id`` in a query but
   ``missing-id`` in a path ("a listing page but has no valid id", the digits shown
   percent-encoded), and neither said why nor what the link is in ASCII digits. Both are now
   ``malformed-id`` saying the id is written in digits that are not ASCII, with the link in
   ASCII digits as the suggestion when that is a listing. It is still refused: the notes'
   ids are decimal (ASCII) digits, and a link is never read otherwise than as written.
2. A marketplace's host, a comma and a CSV row's next cell holding a path
   (``,uniqlo.tmall.com,Shop/x``; ``title,uniqlo.tmall.com,Shop/x,12``; ``看 uniqlo.tmall.com,
   Shop/x``) was "no URL found" when anything came before the host, and ``lookalike-host``
   "uniqlo.tmall.com,shop imitates tmall" when nothing did. A browser reads the comma into the
   host (left41's decision, kept: it is refused), so the reason now says a comma and the cell
   are glued after the genuine host, and the store's link is the suggestion; text before it
   gives the same answer as the row alone. A cell that could make another host of it
   (``,x.evil.example``, ``,@evil.example``) is refused without a suggestion, as before.
3. A protocol-relative link in a CSV row's cell after a comma (``title,//uniqlo.tmall.com/``)
   was "no URL found": it is read as after a bar (``|//uniqlo.tmall.com|12|``) or a quote. So
   was one after a label and its full-width colon followed by a cell (``店铺：//uniqlo.tmall.com,
   Shop A``, ``店铺：//uniqlo.tmall.com|Shop/x``): it is read as with its scheme.
4. An HTML-escaped ampersand whose ``;`` was percent-encoded after (``…?id=N&amp%3Bid=M``, a
   page's link put in a redirect parameter) was no separator: the parameter ``amp;id`` was
   skipped, so ``?id=N&amp%3Bid=M`` read as item N and ``?spm=x&amp%3Bid=N`` had no id. It
   separates the parameters as ``&amp;`` does (``conflicting-ids``; item N).
5. A CSV file written without a header, its first line a row of links, is refused saying so
   and naming ``--input lines`` (see the test).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_urls33 import ACCOUNT, DAY

from _real_urls import (
    batch_and_columnar_give_parse_listing_answer,
    planner_refuses_as_parse_listing,
    table_tests,
)
from ipprules.listings import Listing, Rejection, parse_listing
from ipprules.listings.parser import parse_slowly

STORE = "https://uniqlo.tmall.com/"
ROWS = [
    # item 1: ids in digits of another script (path ones were missing-id)
    ("https://detail.1688.com/offer/５８５９４３６３９７７３.html", None, "malformed-id", None),
    ("https://detail.1688.com/offer/٥٨٥943639773.html", None, "malformed-id", None),
    ("https://www.lazada.sg/products/pdp-i２８９６３３６１１４.html", None, "malformed-id", None),
    ("https://a.m.taobao.com/i３５０８１４１９１５４.htm", None, "malformed-id", None),
    ("https://www.aliexpress.com/item/１００５００４８７８６６９０９７.html", None, "malformed-id", None),
    ("https://item.taobao.com/item.htm?id=६०६832683299", None, "malformed-id", None),
    ("https://item.taobao.com/item.htm?id=%EF%BC%96068326832", None, "malformed-id", None),
    ("【淘宝】「２件」 https://item.taobao.com/item.htm?id=606832683299", "taobao", "listing", "606832683299"),  # control
    ("https://item.taobao.com/item.htm?id=¹²³456789", None, "malformed-id", None),  # control: no decimal digits
    # item 2: a host, a comma and a cell holding a path (was not-a-url after text)
    (",uniqlo.tmall.com,Shop/x", None, "lookalike-host", None),
    ("title,uniqlo.tmall.com,Shop/x,12", None, "lookalike-host", None),
    ("看 uniqlo.tmall.com,Shop/x", None, "lookalike-host", None),
    ("店铺：uniqlo.tmall.com,Shop/x", None, "lookalike-host", None),
    (",shop118454188.taobao.com,优衣库/x", None, "lookalike-host", None),
    ("https://uniqlo.tmall.com,Shop/x", None, "lookalike-host", None),
    (",uniqlo.tmall.com,x.evil.example/y", None, "lookalike-host", None),  # control
    (",uniqlo.tmall.com,@evil.example/y", None, "lookalike-host", None),  # control
    (",uniqlo.tmall.com,Shop A", "tmall", "storefront", "uniqlo"),  # control: read before too
    (",evil.example,Shop/x", None, "not-a-url", None),  # control: no marketplace host
    # item 3: a protocol-relative link after a comma (was not-a-url)
    ("title,//uniqlo.tmall.com/", "tmall", "storefront", "uniqlo"),
    (",//uniqlo.tmall.com,Shop A", "tmall", "storefront", "uniqlo"),
    ("1,title,//item.taobao.com/item.htm?id=606832683299,title", "taobao", "listing", "606832683299"),
    (",//uniqlo.tmall.com,Shop/x", None, "lookalike-host", None),
    ("f(a,//TODO", None, "not-a-url", None),  # control: a comment's marker
    ("店铺：//uniqlo.tmall.com,Shop A", "tmall", "storefront", "uniqlo"),  # was not-a-url
    ("店铺：//uniqlo.tmall.com|Shop/x", "tmall", "storefront", "uniqlo"),  # was not-a-url
    ("店铺：//uniqlo.tmall.com,Shop/x", None, "lookalike-host", None),  # was not-a-url
    ("店铺：//evil.example,Shop A", None, "not-a-url", None),  # control
    # item 4: an escaped ampersand whose ";" is percent-encoded (was read past)
    ("https://item.taobao.com/item.htm?id=606832683299&amp%3Bid=606832683290", None, "conflicting-ids", None),
    ("https://item.taobao.com/item.htm?spm=x&amp%3bid=606832683299", "taobao", "listing", "606832683299"),
    ("https://detail.tmall.com/item.htm?spm=x&amp%3Bamp%3Bid=690091011924", "tmall", "listing", "690091011924"),
    ("https://detail.m.1688.com/page/index.htm?spm=1&amp%3BofferId=1002685729834", "1688", "listing", "1002685729834"),
    ("https://a.m.taobao.com/i35081419154.htm?spm=1&amp%3Bid=35081419155", None, "conflicting-ids", None),
    ("https://item.taobao.com/item.htm?spm=x&amp%3Bid=606832683299&id=606832683299", "taobao", "listing", "606832683299"),
    # the sweep's cases, answered right before (kept so that they stay so)
    ("HTTPS://ITEM.TAOBAO.COM:443/item.htm?utparam=x&scm=1&id=606832683299&spm=a#detail", "taobao", "listing", "606832683299"),
    ("https://item.taobao.com:80/item.htm?id=606832683299", None, "lookalike-host", None),
    ("https://item.taobao.com./item.htm?id=606832683299", None, "lookalike-host", None),
    ("https://item.taobao.com@evil.com/item.htm?id=606832683299", None, "lookalike-host", None),
    ("https://evil.cn#@item.taobao.com/item.htm?id=606832683299", None, "not-alibaba-host", None),
    ("https://item.tao\u00adbao.com/item.htm?id=606832683299", None, "lookalike-host", None),
    ("https://xn--tobao-5ve.com/item.htm?id=606832683299", None, "lookalike-host", None),
    ("http://140.205.94.189/item.htm?id=606832683299", None, "not-alibaba-host", None),
    ("javascript:alert(1)//item.taobao.com/item.htm?id=606832683299", None, "scheme-not-allowed", None),
    ("https://detail.tmall.com/item.htm?id=690091011924&item_id=690091011925", None, "conflicting-ids", None),
    ("HTTPS://DETAIL.TMALL.HK/hk/item.htm?id=608529032990", "tmall_global", "listing", "608529032990"),
    ("https://detail.m.1688.com/page/index.htm?offerId=1002685729834&offerId=1002685729835", None, "conflicting-ids", None),
    ("https://m.es.aliexpress.com/item/1005004878669097.html?gatewayAdapt=glo2esp", "aliexpress", "listing", "1005004878669097"),
    ("HTTPS://WWW.LAZADA.SG/products/pdp-i2896336114-s20072727483.html", "lazada_sg", "listing", "2896336114"),
    ("https://h5.m.goofish.com/item?id=965639435219&itemId=965639435210", None, "conflicting-ids", None),
]  # fmt: skip

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ROWS)


def test_plan_refuses_each_row_as_parse_listing_does() -> None:
    planner_refuses_as_parse_listing([row[0] for row in ROWS], ACCOUNT, DAY)  # see its doc


WIDE = [
    ("https://detail.1688.com/offer/５８５９４３６３９７７３.html", "https://detail.1688.com/offer/585943639773.html"),
    ("https://a.m.taobao.com/i３５０８１４１９１５４.htm", "https://item.taobao.com/item.htm?id=35081419154"),
    ("https://item.taobao.com/item.htm?spm=a&id=٦٠٦832683299", "https://item.taobao.com/item.htm?id=606832683299"),
    ("https://item.taobao.com/item.htm?id=０６０６８３２６８３２９９", None),  # a leading zero in ASCII too
]  # fmt: skip


@pytest.mark.parametrize(("text", "suggestion"), WIDE)
def test_an_id_in_other_digits_is_refused_suggesting_the_ascii_link(
    text: str, suggestion: str | None
) -> None:
    result = parse_listing(text)
    assert type(result) is Rejection and result.code == "malformed-id", result
    assert result.suggestion == suggestion, result
    if suggestion is not None:
        assert "digits that are not ASCII" in result.message, result
        assert "%EF" not in result.message, result  # the digits shown as typed


#: Decimal digits of other scripts: full-width, Arabic-Indic, extended Arabic-Indic,
#: Devanagari, Bengali, Thai, mathematical bold.
_ZEROS = [0xFF10, 0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0x1D7CE]
_IDS = {
    "https://item.taobao.com/item.htm?id={}": "606832683299",
    "https://detail.1688.com/offer/{}.html": "585943639773",
    "https://www.aliexpress.com/item/{}.html": "1005004878669097",
    "https://www.lazada.co.th/products/pdp-i{}.html": "4212266679",
    "https://www.goofish.com/item?id={}": "965639435219",
    "https://m.alibaba.com/product/{}.html": "60339405074",
}


@settings(max_examples=40, deadline=None, derandomize=True)
@given(
    st.sampled_from(sorted(_IDS)),
    st.sampled_from(_ZEROS),
    st.lists(st.booleans(), min_size=16, max_size=16),
)
@example(form="https://detail.1688.com/offer/{}.html", zero=0xFF10, which=[True] * 16)
def test_any_digit_of_another_script_is_refused_with_the_ascii_listing(
    form: str, zero: int, which: list[bool]
) -> None:
    """Whichever digits of a real id are typed in another script, the link is
    ``malformed-id`` and suggests the listing the ASCII id is, on every path."""
    id = _IDS[form]
    typed = "".join(chr(zero + int(d)) if w else d for d, w in zip(id, which, strict=False))
    if typed == id:
        typed = chr(zero + int(id[0])) + id[1:]
    text = form.format(typed)
    result = parse_listing(text)
    read = parse_listing(form.format(id))
    assert type(read) is Listing
    assert type(result) is Rejection and result.code == "malformed-id", text
    assert result.suggestion == read.canonical_url, text
    assert parse_slowly(text) == result
    batch_and_columnar_give_parse_listing_answer([text])


_HOSTS = ["uniqlo.tmall.com", "shop118454188.taobao.com", "joinsun.1688.com", "zrzb.tmall.hk"]


@settings(max_examples=40, deadline=None, derandomize=True)
@given(
    st.sampled_from(_HOSTS),
    st.sampled_from(["", "https://", "//"]),
    st.sampled_from(["", ",", "title,", "看 ", "店铺："]),
    st.sampled_from(["Shop", "优衣库", "a-b_c", "12x"]),
    st.sampled_from(["/x", "/x.y", "/a?b=1", "#top", "?q=1"]),
)
def test_a_store_host_glued_to_a_cell_with_a_path_suggests_the_store(
    host: str, scheme: str, before: str, cell: str, path: str
) -> None:
    """A store's host, a comma and a cell going on with a path, a query or a fragment is
    refused naming the comma (a browser reads it into the host), suggesting the store, with
    or without text before it; with a dot or an ``@`` in the cell, with no suggestion."""
    store = parse_listing("https://" + host)
    assert type(store) is Listing
    text = f"{before}{scheme}{host},{cell}{path}"
    result = parse_listing(text)
    assert type(result) is Rejection and result.code == "lookalike-host", text
    assert result.suggestion == store.canonical_url, text
    assert "a browser reads them into the host" in result.message, text
    for other in (f"{before}{scheme}{host},x.evil.example{path}", f"{scheme}{host},@evil.example/"):
        refused = parse_listing(other)
        assert type(refused) is Rejection and refused.code == "lookalike-host", other
        assert refused.suggestion is None, other
    batch_and_columnar_give_parse_listing_answer([text])


ROW_OF_LINKS = (
    "https://img.alicdn.com/imgextra/i1/O1CN01abc.jpg,shoe,https://detail.1688.com/offer/585943639773.html\n"
    "https://gw.alicdn.com/i4/x.jpg,hat,https://item.taobao.com/item.htm?id=606832683299\n"
)  # fmt: skip


def test_a_csv_without_a_header_says_its_first_line_holds_links(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Item 5: a CSV file whose first line is a row of links (an image's, then the listing's),
    not a header, was refused as "no URL column in the header (columns: https://…)": the
    refusal says the line holds links and that ``--input lines`` reads each line's first link
    (and suggests the listing after an image's), which it does."""
    from ipprules.cli import main

    path = tmp_path / "pile.csv"
    path.write_text(ROW_OF_LINKS, encoding="utf-8")
    assert main(["listings", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}:1: $: no URL column in the header: its line holds links (cell 1: " in err
    assert "cell 3: https://detail.1688.com/offer/585943639773.html" in err
    assert "--input lines" in err
    assert main(["listings", str(path), "--input", "lines", "--format", "json"]) == 1
    rows = json.loads(capsys.readouterr().out)["results"]
    assert [row["suggestion"] for row in rows] == [
        "https://detail.1688.com/offer/585943639773.html",
        "https://item.taobao.com/item.htm?id=606832683299",
    ]
    path.write_text("a,b\nx,y\n", encoding="utf-8")  # control: a header without links
    assert main(["listings", str(path)]) == 2
    assert "no URL column in the header (columns: a, b)" in capsys.readouterr().err
