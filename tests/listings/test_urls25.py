"""Sweep urls25 of the listings side (notes in /work/notes/sweep-urls25.md): Lazada, AliExpress,
1688 and Alibaba.com stores and mobile forms, Tmall Global, Xianyu and the section-0 rules of
listing-urls.md, with the answer the document requires.

Each row of ``ROWS`` is ``(input, platform, kind_or_code, id)``, as in test_review24.py.
Fixed in this sweep:

- a full stop of another script right after a host and before its path or query
  (``https://uniqlo.tmall.com。/``, ``https://www.lazada.sg．/products/…``) was taken for a
  sentence's full stop: the link was cut there, so a store link was accepted and a listing link
  refused as its bare host (``missing-id`` "item.taobao.com is a listing page but has no valid
  id"). Browsers read these characters as a dot (IDNA), so the host ends in a dot: refused as
  ``lookalike-host``, as ``https://uniqlo.tmall.com./`` is (section 0: trailing dots);
- the other scheme's default port (``https://www.lazada.sg:80/…``, ``http://…:443/…``) was read
  as no port: a browser opens another service there (TLS on port 80), so it is a non-default
  port, refused as ``lookalike-host``; the scheme's own (``https://…:443``, ``http://…:80``)
  and either one without a scheme (``//host:443/…``, ``host:80/…``) are still no port;
- a bare host closed by full-width punctuation and then a full stop (``店铺（https://uniqlo.tmall.com）。``,
  as Chinese prose closes a parenthesis; real texts: github-index:71335902905, :57679849071) was
  refused as a lookalike (``uniqlo.tmall.com）。``), though the ASCII ``(https://uniqlo.tmall.com)。``
  was the store: a full stop with nothing after it continues no host into another one, so the
  punctuation is split off as after any link; ``@``, ``:`` or a label after it still keep it.
"""

from __future__ import annotations

from _real_urls import table_tests

FIXED: list[tuple[str, str | None, str, str | None]] = [
    ('https://uniqlo.tmall.com。/', None, 'lookalike-host', None),
    ('https://uniqlo.tmall.com。?spm=a1z10', None, 'lookalike-host', None),
    ('https://uniqlo.tmall.com．/shop/view_shop.htm', None, 'lookalike-host', None),
    ('https://item.taobao.com。/item.htm?id=606832683299', None, 'lookalike-host', None),
    ('//item.taobao.com。/item.htm?id=606832683299', None, 'lookalike-host', None),
    ('item.taobao.com。/item.htm?id=606832683299', None, 'lookalike-host', None),
    ('https://detail.tmall.hk。/hk/item.htm?id=608529032990', None, 'lookalike-host', None),
    ('https://www.aliexpress.com。/item/1005004878609097.html', None, 'lookalike-host', None),
    ('https://detail.1688.com。/offer/585943639773.html', None, 'lookalike-host', None),
    ('https://www.goofish.com。/item?id=965639435219', None, 'lookalike-host', None),
    ('https://www.lazada.sg。/products/pdp-i2896336114.html', None, 'lookalike-host', None),
    ('https://www.lazada.sg｡/products/pdp-i2896336114.html', None, 'lookalike-host', None),
    ('https://www.lazada.co.id。#reviews', None, 'lookalike-host', None),
    # a sentence's full stop after a link alone stays the sentence's
    ('https://uniqlo.tmall.com。', 'tmall', 'storefront', 'uniqlo'),
    ('店铺：https://uniqlo.tmall.com。 欢迎光临', 'tmall', 'storefront', 'uniqlo'),
    ('https://www.lazada.co.id/products/pdp-i7012345678.html。', 'lazada_id', 'listing', '7012345678'),
    ('店铺（https://uniqlo.tmall.com）。', 'tmall', 'storefront', 'uniqlo'),
    ('（https://uniqlo.tmall.com。）', 'tmall', 'storefront', 'uniqlo'),
    ('「https://zrzb.tmall.hk」。', 'tmall_global', 'storefront', 'zrzb'),
    ('https://joinsun.1688.com。」', '1688', 'storefront', 'joinsun'),
    ('请登录（https://login.taobao.com）。', None, 'not-a-listing', None),
    ('https://uniqlo.tmall.com）。evil.example', None, 'lookalike-host', None),
    ('https://uniqlo.tmall.com）.evil.example/', None, 'lookalike-host', None),
    ('https://uniqlo.tmall.com，@evil.example。', None, 'lookalike-host', None),
    ('https://uniqlo.tmall.com）：8080。', None, 'lookalike-host', None),
    ('https://www.lazada.sg:80/products/pdp-i2896336114.html', None, 'lookalike-host', None),
    ('http://www.lazada.sg:443/products/pdp-i2896336114.html', None, 'lookalike-host', None),
    ('https://www.aliexpress.com:80/item/1005004878609097.html', None, 'lookalike-host', None),
    ('HTTPS://detail.tmall.hk:80/hk/item.htm?id=608529032990', None, 'lookalike-host', None),
    ('https://uniqlo.tmall.com:80/', None, 'lookalike-host', None),
    ('https://example.com:80/item.htm?id=608529032990', None, 'not-alibaba-host', None),
    # the scheme's own default port, or either without a scheme, is no port
    ('https://www.lazada.sg:443/products/pdp-i2896336114.html', 'lazada_sg', 'listing', '2896336114'),
    ('http://www.lazada.sg:80/products/pdp-i2896336114.html', 'lazada_sg', 'listing', '2896336114'),
    ('https://aliexpress.us:443/item/3256805123456789.html', 'aliexpress', 'listing', '3256805123456789'),
    ('//detail.tmall.hk:443/hk/item.htm?id=608529032990', 'tmall_global', 'listing', '608529032990'),
    ('detail.1688.com:80/offer/585943639773.html', '1688', 'listing', '585943639773'),
    ('www.lazada.sg:443/products/pdp-i2896336114.html', 'lazada_sg', 'listing', '2896336114'),
]  # fmt: skip

ROWS: list[tuple[str, str | None, str, str | None]] = []

ALL = FIXED + ROWS

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)
