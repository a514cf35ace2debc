"""Sweep realurls41 of listing URLs (notes in /work/notes/sweep-realurls41.md): real strings from
GitHub issues and pull requests (ad-block and DNS filter reports, scrapers' and link cleaners'
feature requests, "where to buy" README reviews, a virus-detector's false-positive report) and
from stored web pages (Lazada's own help and affiliate pages, an affiliate network's campaign
page, Lazada datafeed and affiliate guides, Alibaba.com's rule page), on the platforms thin in
earlier tables: Lazada ``.co.id``, ``.com.ph`` and ``.com.my`` (listings, ``s.lazada`` share
links, account, datafeed, CDN, campaign and root pages, ad-block filter lines), Alibaba.com
(``product-detail``, ``wholesale.alibaba.com``, ``rule.alibaba.com``), Tmall Global
(``detail.tmall.hk``) and 1688 (offers and its own service hosts), read as listing-urls.md says
(section 3: Tmall Global; section 4: 1688; section 5: Alibaba.com; section 6: AliExpress;
section 7: Lazada; section 10: a short link is never guessed; section 11: pages that are no
listings; section 12: hosts that are no marketplace's).

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_39.py. ``FIXED`` holds
the inputs whose answer this sweep changed, with controls:

1. A marketplace's host alone between the backticks of a Markdown code span (``| 域名 |
   `detail.tmall.hk` |``, a row of a real issue's table; ``将域名`detail.1688.com`添加``) was read
   as the host's page (``missing-id``, ``not-a-listing``) or, glued to Chinese text, as no URL
   at all, while the same host between code's quotes is a host name only (``not-a-url`` saying
   so, since commit c2c2a510). Backticks are quotes too now. A store's host alone in backticks is
   still its link, and a link in backticks is still read.

``ROWS`` holds real inputs (whole lines of the cited issues and pages) that no earlier table holds
(checked against ``_real_urls.real_texts()``); each row cites its issue or page by address.
``test_the_planner_accounts_for_every_line`` plans a file of every row and checks that the
planner gives each line one outcome, as ``parse_listing`` reads it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _real_urls import canonical_test, plan_file_accounts_for_every_line, table_tests, thrice

FIXED: list[tuple[str, str | None, str, str | None]] = [
    ('可在1688产品页面使用脚本菜单`添加例外域名`将域名`detail.1688.com`添加到配置里，', None, 'not-a-url', None),  # https://github.com/oneNorth7/LinkHelper/issues/4; fix 1 (reason was "no URL found in the text")
    ('测试发现, `show.1688.com` 这个也会导致这个页面打不开. 所以目前发现一共是2条:', None, 'not-a-url', None),  # https://github.com/blackmatrix7/ios_rule_script/issues/346; fix 1 (was not-a-listing, show.1688.com's own site)
    ('| 域名 | `detail.tmall.hk` |', None, 'not-a-url', None),  # https://github.com/Lolitide/VirusDetector/issues/466; fix 1 (was missing-id)
    ('`detail.1688.com`', None, 'not-a-url', None),  # constructed from the row above; fix 1 (was missing-id)
    ('use `m.tb.cn` links', None, 'not-a-url', None),  # constructed; fix 1 (was short-link)
    ('`uniqlo.tmall.com`', 'tmall', 'storefront', 'uniqlo'),  # constructed control: a store's host alone is its link
    ('see `https://detail.tmall.hk/hk/item.htm?id=992113612565`', 'tmall_global', 'listing', '992113612565'),  # constructed control from Lolitide/VirusDetector#466: a link in backticks is read
]  # fmt: skip

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('@@||acs-m.lazada.co.id^ # Breaking on web browser', None, 'not-a-url', None),  # https://github.com/hagezi/dns-blocklists/issues/702
    ('@@||acs-m.lazada.sg^ # Breaking on web browser', None, 'not-a-url', None),  # https://github.com/hagezi/dns-blocklists/issues/702
    ('@@||amdc.lazada.com^ # Breaking Lazada Feeds ', None, 'not-a-url', None),  # https://github.com/hagezi/dns-blocklists/issues/702
    ('||filebroker-cdn.lazada.co.id^', None, 'not-a-url', None),  # https://github.com/hagezi/dns-blocklists/issues/702
    ('||member.lazada.co.id^', None, 'not-a-url', None),  # https://github.com/hagezi/dns-blocklists/issues/702
    ('||umlazada.alibaba.com^', None, 'not-a-url', None),  # https://github.com/hagezi/dns-blocklists/issues/702
    ('||retcode-sg-lazada.arms.aliyuncs.com^', None, 'not-a-url', None),  # https://github.com/hagezi/dns-blocklists/issues/702
    ('||filebroker-cdn.lazada.*^', None, 'not-a-url', None),  # https://github.com/hagezi/dns-blocklists/issues/702
    ('||lzd.highway.alibaba-inc.com^', None, 'not-a-url', None),  # https://github.com/hagezi/dns-blocklists/issues/702
    ('||hybrid.miniapp.taobao.com^', None, 'not-a-url', None),  # https://github.com/hagezi/dns-blocklists/issues/702
    ('https://www.lazada.co.id/tag/salep-daun-kecubung/', None, 'not-a-listing', None),  # https://github.com/realodix/AdBlockID/issues/1912
    ('lazada.co.id##.msmb-popup', None, 'not-a-listing', None),  # https://github.com/realodix/AdBlockID/issues/1912
    ('lazada.co.id##body > .smart-banner:nth-child(1)', None, 'not-a-listing', None),  # https://github.com/realodix/AdBlockID/issues/1912
    ('lazada.co.id##.smart-banner', None, 'not-a-listing', None),  # https://github.com/realodix/AdBlockID/issues/1912
    ('-1. [HSGQ @ Taobao Mall](https://m.tb.cn/h.fJc2RFv?tk=xZ4r2RPCGvj)', None, 'short-link', None),  # https://github.com/Anime4000/RTL960x/pull/242
    ('-2. [Fibershow @ AliExpress](https://www.aliexpress.com/item/1005003515662920.html) <sup>Choose XPON</sup>', 'aliexpress', 'listing', '1005003515662920'),  # https://github.com/Anime4000/RTL960x/pull/242
    ('The specific URL would be https://www.alibaba.com/product-detail/HSGQ-XPON-ONU-stick-SC-UPC_1600106627322.html instead of that. That is a ad of ONUs from HSGQ instead of SFP DFP-34X-2C2', 'alibaba_com', 'listing', '1600106627322'),  # https://github.com/Anime4000/RTL960x/pull/242
    ('-3. [CureComp Technology](https://www.facebook.com/CureComp) Malaysia', None, 'not-alibaba-host', None),  # https://github.com/Anime4000/RTL960x/pull/242
    ('[https://s.lazada.com.my/s.fp03W](https://s.lazada.com.my/s.fp03W) which becomes ', None, 'short-link', None),  # https://github.com/leon-cleaning-services/leon/issues/145
    ('[https://shopee.com.my/product/300862466/12251369135?smtt=O.123661111-1672730601.9](https://shopee.com.my/product/300862466/12251369135?smtt=O.123661111-1672730601.9)', None, 'not-alibaba-host', None),  # https://github.com/leon-cleaning-services/leon/issues/145
    ('1. [Lazada](https://play.google.com/store/apps/details?id=com.lazada.android)', None, 'not-alibaba-host', None),  # https://github.com/leon-cleaning-services/leon/issues/145
    ('<a href="//www.lazada.com.my/shop-bird-food/">', None, 'not-a-listing', None),  # https://github.com/Ekultek/WhatWaf/issues/564
    ('<a href="//www.lazada.com.my/shop-pet-accessories/">', None, 'not-a-listing', None),  # https://github.com/Ekultek/WhatWaf/issues/564
    ('<a class="store-link" href="//bit.ly/lazada-ios-app?scm=1003.4.icms-zebra-5001421-2594871.OTHER_5196231429_2269960">', None, 'not-alibaba-host', None),  # https://github.com/Ekultek/WhatWaf/issues/564
    ('Do you mean the source of purchase? Originally, I purchased this camera module in [Taobao](https://detail.tmall.com/item.htm?spm=a1z10.5-b-s.w4011-21725054633.47.fec84eb4xHPwKO&id=596445651452&rn=4b5f47aac7d2825708b62aafa827f2f2&abbucket=17) for testing.', 'tmall', 'listing', '596445651452'),  # https://github.com/jungle-elec/FireAnt/issues/8
    ('![](https://img.alicdn.com/imgextra/i4/68209436/TB2c4Dzl30kpuFjSspdXXX4YXXa_!!68209436.jpg)', None, 'not-alibaba-host', None),  # https://github.com/jungle-elec/FireAnt/issues/8
    ('I placed an order on AliExpress: https://fr.aliexpress.com/item/1005011597584065.html?spm=a2g0o.order_list.order_list_main.41.14b45e5bvgq0VS&gatewayAdapt=glo2fra', 'aliexpress', 'listing', '1005011597584065'),  # https://github.com/timj-code/bc7215_ac_esphome/issues/1
    ('文档地址: https://open.1688.com/api/apidocdetail.htm?id=com.alibaba.product:alibaba.cross.productInfo-1', None, 'not-a-listing', None),  # https://github.com/javareact/alibaba-open/pull/1
    ('- [K411 号橙子](https://shop215942740.taobao.com)', 'taobao', 'storefront', '215942740'),  # https://github.com/project-trans/2345.LGBT/pull/2
    ('- [三色喵手作](https://shop593269869.taobao.com)', 'taobao', 'storefront', '593269869'),  # https://github.com/project-trans/2345.LGBT/pull/2
    ('https://www.aliyun.com/product/sms?spm=5176.12825654.h2v3icoap.69.29d22c4aMWVSH3', None, 'not-alibaba-host', None),  # https://github.com/cugxy/vege/issues/672
    ('https://www.aliyun.com/product/mqc?spm=5176.224200.search.1.628a6ed6sm3kCH', None, 'not-alibaba-host', None),  # https://github.com/cugxy/vege/issues/672
    ('                //"up_id", not sure, pattern not look like tracking para, not break (link of seller from home page) | Example: "up_id=4946721348"', None, 'not-a-url', None),  # https://github.com/ClearURLs/Rules/pull/106
    ('                "spm", //maybe use for tracking (link from home,seach, product info page to some campaign / search url) and not break | Example: "spm=a3o1k.home.header.1.1534535fgfsFgc"', None, 'not-a-url', None),  # https://github.com/ClearURLs/Rules/pull/106
    ('pass.1688.com 被拦截导致无法登录，搜索结果无法打开，还有其他规则导致商品详情页顶部样式丢失，并会导致包括天猫、淘宝在内页面反复跳出人机验证滑块。', None, 'not-a-listing', None),  # https://github.com/privacy-protection-tools/anti-AD/issues/16
    ('DOMAIN,air.1688.com,DIRECT', None, 'not-a-listing', None),  # https://github.com/blackmatrix7/ios_rule_script/issues/346
    ('air.1688.com', None, 'not-a-listing', None),  # https://github.com/blackmatrix7/ios_rule_script/issues/346
    ('show.1688.com', None, 'not-a-listing', None),  # https://github.com/blackmatrix7/ios_rule_script/issues/346
    ('https://aliexpress.ru/item/4000708603012.html?_t=gps-id:pcJustForYou,scm-url:1007.13562.158406.0,pvid:d3bac921-557c-4908-a35b-292a9821ec82,tpp_buckets:668#0#131923#8_668#808#4094#116_668#888#3325#3&gps-id=pcJustForYou&pvid=d3bac921-557c-4908-a35b-292a9821ec82&scm=1007.13562.158406.0', 'aliexpress', 'listing', '4000708603012'),  # https://github.com/AdguardTeam/AdguardForWindows/issues/3240
    ('1. Login on [aliexpress.ru](aliexpress.ru)', None, 'not-a-url', None),  # https://github.com/AdguardTeam/AdguardForWindows/issues/3240
    ('1. Go to https://member.lazada.co.id/user/profile/', None, 'not-a-listing', None),  # https://scribd.com/document/587829953/Lazada-ID-CPS-Training-Material-v2
    ('URL https://adsense.lazada.com.ph/datafeeds/report/download.json?sign=b5789b6c', None, 'not-a-listing', None),  # https://www.scribd.com/document/589942226/Datafeed-Guide-Lazada-PH
    ('product_url ● The product’s page URL https://www.lazada.com.ph/products/buy-3-', None, 'missing-id', None),  # https://www.scribd.com/document/589942226/Datafeed-Guide-Lazada-PH
    ('product_big_img, ● These are the images of the said product. https://ph-live.slatic.net/p/510ded4bf87274a', None, 'not-alibaba-host', None),  # https://www.scribd.com/document/589942226/Datafeed-Guide-Lazada-PH
    ('lazada_sku ● The product SKU in Lazada. 2202021972_PH-9898450689', None, 'not-a-url', None),  # https://www.scribd.com/document/589942226/Datafeed-Guide-Lazada-PH
    ('http://www.lazada.com.ph/lazada-affiliate-program/', None, 'not-a-listing', None),  # http://www.lazada.com.ph/lazada-affiliate-program/
    ('https://pages.lazada.com.ph/wow/i/ph/corp/affiliate-overview', None, 'not-a-listing', None),  # https://pages.lazada.com.ph/wow/i/ph/corp/affiliate-overview
    ('https://pages.lazada.com.ph/wow/i/ph/PHCampaign/terms-conditions?hybrid=1&scm=1003.4.icms-zebra-100029812-2869475.OTHER_5408075692_2519143', None, 'not-a-listing', None),  # https://pages.lazada.com.ph/wow/i/ph/PHCampaign/terms-conditions?hybrid=1&scm=1003.4.icms-zebra-100029812-2869475.OTHER_5408075692_2519143
    ('http://www.lazada.com.ph/shipping-returns/', None, 'not-a-listing', None),  # http://www.lazada.com.ph/shipping-returns/
    ('http://srv-live-01.lazada.com.ph/cms/banners/Static_Pages_Images/04162012/Shipping.jpg', None, 'not-a-listing', None),  # http://www.lazada.com.ph/shipping-returns/
    ('Once Quality Control has inspected the returned item(s), we will aim to process your return within 5 business days. Should you have any further enquiries, please contact us at www.lazada.com.ph/contact/.', None, 'not-a-listing', None),  # http://www.lazada.com.ph/shipping-returns/
    ('We will gladly refund you the delivery costs once our QC confirms the item(s) being defective or wrong and you send us with the invoice for the delivery fees to payments@lazada.com.ph. If 30 days have lapsed since receiving the item, please contact the manufacturer directly.', None, 'not-a-url', None),  # http://www.lazada.com.ph/shipping-returns/
    ('http://rule.alibaba.com/rule/detail/3761.htm', None, 'not-a-listing', None),  # http://rule.alibaba.com/rule/detail/3761.htm
    ('Alibaba.com Wholesale Online Market (http://wholesale.alibaba.com/, hereinafter referred to as “Online Wholesale Marketplace”) is an online marketplace developed by Alibaba.com for small and medium-sized buyers of small international purchases. These Rules are formulated in accordance with the Alibaba.com International Platform Rules, to maintain and optimize the operational order of the Online Wholesale Marketplace and to better safeguard the legitimate rights and interests of Alibaba.com users.', None, 'not-a-listing', None),  # http://rule.alibaba.com/rule/detail/3761.htm
    ('Lazada.co.id merupakan bagian dari Lazada Group yang menjadi pilihan nomor satu untuk Belanja Online di Asia Tenggara. Lazada Group beroperasi di Indonesia, Malaysia, Filipina, Singapura, Thailand dan Vietnam. Sebagai pionir di sektor e-commerce, Lazada memberikan layanan kemudahan berbelanja bagi seluruh konsumen dan kemudahan akses database konsumen terbesar di Asia Tenggara.', None, 'not-a-listing', None),  # https://accesstrade.co.id/campaign/5756
    ('- Dukungan personal yang cepat dan tepat dari tim Lazada.co.id.', None, 'not-a-listing', None),  # http://portal-uang.com/2014/12/pendapatan-online-dari-program-afiliasi.html
    ('## [误报] detail.tmall.hk', None, 'missing-id', None),  # https://github.com/Lolitide/VirusDetector/issues/466
    ('Public links: [Tmall.com](https://www.tmall.com/)', None, 'not-a-listing', None),  # https://github.com/serpapi/public-roadmap/issues/2741
    ('https://shopee.co.id/product/130587111/3064980670', None, 'not-alibaba-host', None),  # https://github.com/realodix/AdBlockID/issues/1405
    ('tmall.com is a website of alibaba like taobao.com', None, 'not-a-url', None),  # https://github.com/extesy/hoverzoom/issues/194
    ("work on taobao.com but don't work on tmall.com", None, 'not-a-url', None),  # https://github.com/extesy/hoverzoom/issues/194
]  # fmt: skip

ALL = FIXED + ROWS

(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)

test_canonical_urls_follow_the_notes = canonical_test(
    [row for row in ALL if row[3]], "none left out"
)


@pytest.mark.parametrize("text", [row[0] for row in FIXED[:5]])
def test_a_host_alone_in_backticks_is_a_host_name_only(text: str) -> None:
    """Fix 1: a host alone in a Markdown code span is refused as a host name, not a link."""
    reason = thrice(text).reason  # type: ignore[attr-defined]
    assert reason.startswith("not a URL: no URL found in the text; "), reason
    assert " in quotes is a host name only" in reason, reason


def test_the_planner_accounts_for_every_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``ipprules plan FILE`` over a file of every row gives every line one outcome, as
    ``parse_listing`` reads it; the table's one heading line is a comment there."""
    rows = [row[0] for row in ALL]
    assert sum(row.lstrip().startswith("#") for row in rows) == 1
    plan_file_accounts_for_every_line(rows, tmp_path, capsys)
