"""Sweep realurls47 of listing URLs (notes in /work/notes/sweep-realurls47.md): real strings from
sources no earlier table cites (checked against ``_real_urls.real_texts()`` and every earlier
table's cited sources), read as listing-urls.md says (section 0: the first link of free text,
agent sites and the listing they embed; sections 1-4: Taobao, Tmall Global's desktop and mobile
hosts, 1688's mobile pages; section 5: Alibaba.com's RFQ, showroom and company pages, no
listings; section 7: Lazada's stores; section 10: a short link, an affiliate redirect or a share
text is never guessed; section 11: pages that are no listings; section 12: hosts that are no
marketplace's): lines of public code (Lazada affiliate links ``c.lazada.*/t/…`` of Indonesia,
Malaysia and Thailand and their app-download tracker ``/t/traceAndDownload``, AliExpress
affiliate redirects ``s.click.aliexpress.com/deep_link.htm`` and app pages ``m.aliexpress.com/app/…``,
Tmall Global's ``detail.m.tmall.hk`` and home page, 1688's ``m.1688.com/offer`` and ``dj.1688.com``
ad redirects, Alibaba.com RFQ lists, showrooms and company pages, price-history tools (AliPrice),
buying agents' order links (Superbuy, Pandabuy, CSSBuy, Sugargoo, CNFans), CSV fixtures with a
link column, Xianyu share texts) and stored public pages (AliExpress's and Lazada's affiliate
help and terms, an affiliate network's Lazada campaign) with their addresses.

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_46.py. ``FIXED`` holds
the inputs whose answer this sweep changed:

1. A CSSBuy item link without ``.html`` (``https://www.cssbuy.com/item-675330231400?promotionCode=…``,
   the form cachho/cn-links reads as Taobao item 675330231400) was refused as ``agent-site`` with
   no listing suggested; ``…/item-675330231400.html`` suggested it. The refusal is the same, so
   the fix is checked by ``test_cssbuy_item_links_suggest_the_listing``.

Where the answer is not the first one a reader might guess, earlier tables and docs/listings.md
decide and the row says so: a comma and a number after an id in a query stay the query's
(``?id=123456,2011 Combat…`` of a CSV row is ``malformed-id``, docs/listings.md); a placeholder
or an ellipsis in an item path is ``missing-id`` and one in a query ``malformed-id``;
``detail.m.taobao.com`` is no Taobao listing host (section 12 reserves ``detail`` and ``m``);
``detail.m.tmall.hk`` is Tmall Global's; ``taobao.hk`` is a lookalike host.
``test_the_planner_accounts_for_every_line`` plans a file of every row and checks that the
planner gives each line one outcome, as ``parse_listing`` reads it.
"""

from __future__ import annotations

import pytest

from _real_urls import canonical_test, planner_test, table_tests
from ipprules.listings import parse_listing
from ipprules.listings.parser import parse_slowly

FIXED: list[tuple[str, str | None, str, str | None]] = [
    ("      'https://www.cssbuy.com/item-675330231400?promotionCode=Y2h3ZWJkZXZlbG9wbWVudA';", None, 'agent-site', None),  # github-index:17425436419; fix 1 (no listing suggested)
    ('    // https://www.cssbuy.com/item-675330231400?promotionCode=Y2h3ZWJkZXZlbG9wbWVudA', None, 'agent-site', None),  # github-index:17016482266; fix 1 (no listing suggested)
]  # fmt: skip

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('  const urlDirectClick = "https://c.lazada.co.id/t/c.bdcwXx?sub_aff_id=Free_Shipping";', None, 'short-link', None),  # github-index:20204755106
    ('  const urlDirectClick2 = "https://s.click.aliexpress.com/e/_DFG72Lt";', None, 'short-link', None),  # github-index:20204755106
    ('  return id ? `https://c.lazada.co.id/t/${id}?url=${encodeURIComponent(url)}` : url;', None, 'short-link', None),  # github-index:69684281300
    ('https://c.lazada.co.id/t/c.bgS4WG?fbclid=lwAR3V6zrf7YtKga415is6bXQeVKkyvnWgVhHT5RA3-ETFuuu1sLKbLqfry-M', None, 'short-link', None),  # github-index:20871455454
    ("      window.open('https://c.lazada.co.id/t/c.bV9qMg?sub_aff_id=Okelah');", None, 'short-link', None),  # github-index:20624718728
    ("      window.open('https://s.click.aliexpress.com/e/_Dnr71Q5?bz=300*250');", None, 'short-link', None),  # github-index:20624718728
    ('    id: "https://c.lazada.co.id/t/traceAndDownload?lpUrl={lp}",', None, 'short-link', None),  # github-index:7303508928; Lazada's app-download tracker on its affiliate host c.lazada.* (section 10): a short link
    ('    th: "https://c.lazada.co.th/t/traceAndDownload?lpUrl={lp}",', None, 'short-link', None),  # github-index:7303508928; Lazada's app-download tracker on its affiliate host c.lazada.* (section 10): a short link
    ("  var puURL = 'https://c.lazada.co.id/t/c.0yBjd5';", None, 'short-link', None),  # github-index:41722599667
    ('const targetDirectIndonesia = "https://c.lazada.co.id/t/c.bdOcnQ?sub_aff_id=13maret";', None, 'short-link', None),  # github-index:20330911253
    ('        originalUrl: "https://c.lazada.com.my/t/c.example",', None, 'short-link', None),  # github-index:59965054871
    ('        affiliateUrl: `https://c.lazada.com.my/t/c.${product.product_id || "X"}`, // Generate affiliate link', None, 'short-link', None),  # github-index:59743700154
    ("  my: 'https://c.lazada.com.my/t/traceAndDownload?mkttid={mkttid}&lpUrl={lp}',", None, 'short-link', None),  # github-index:38793640113
    ('    "a[href*=\'detail.m.1688.com/page/index.html?offerId=\']",', None, 'missing-id', None),  # github-index:54168153679
    ("        'Superbuy': 'https://superbuy.com/en/page/buy?url=https://item.taobao.com/item.htm?id=987654321',", None, 'agent-site', None),  # github-index:59689250726
    ("        'CNfans': 'https://cnfans.com/product/?shop_type=taobao&id=987654321',", None, 'agent-site', None),  # github-index:59689250726
    ('                build: (originalUrl) => `https://superbuy.com/en/page/buy?url=${encodeURIComponent(originalUrl)}`', None, 'agent-site', None),  # github-index:2406298768
    ('        buyUrl: "https://www.superbuy.com/en/page/buy?url=encoded&partnercode=201444039",', None, 'agent-site', None),  # github-index:59684149035
    ('        storeUrl: "https://weidian.com/item.html?itemID=1050009723785",', None, 'not-alibaba-host', None),  # github-index:59684149035
    ('    urlTemplate: "https://www.superbuy.com/en/page/buy?url={url}",', None, 'agent-site', None),  # github-index:59703465966
    ("    'https://www.superbuy.com/en/page/buy?url=https://weidian.com/item.html?itemID=${itemNo}'", None, 'agent-site', None),  # github-index:38634871771
    ('    const both = parseRedditHaul(`Dunks https://www.superbuy.com/en/page/buy?url=x https://weidian.com/item.html?itemID=7234567890', None, 'agent-site', None),  # github-index:60111046944
    ("    assert.equal(isUsefulResearchUrl('https://sourcing.alibaba.com/rfq_detail.htm?rfqId=1', 'Quazar Technologies'), false);", None, 'not-a-listing', None),  # github-index:65734272995
    ('    url = f"https://sourcing.alibaba.com/rfq/rfq_search_list.htm?country=AE&recently=Y&page={i}"', None, 'not-a-listing', None),  # github-index:20943727923
    ('                    string url = "https://sourcing.alibaba.com/rfq_search_list.htm?categoryIds="+aid+"&page=" + page;', None, 'not-a-listing', None),  # github-index:41942389009
    ('        self.base_url = "https://sourcing.alibaba.com/rfq/rfq_search_list.htm"', None, 'not-a-listing', None),  # github-index:14318265017
    ("    url = 'https://sourcing.alibaba.com/rfq/rfq_search_list.htm?country=AE&recently=Y&quantityMin=49'", None, 'not-a-listing', None),  # github-index:7860897635
    ('      quoteUrl: "https://sourcing.alibaba.com/rfq_quotation_post.htm?uuid=rfq-eligible",', None, 'not-a-listing', None),  # github-index:70782964340
    ('            "source_url": "https://sourcing.alibaba.com/rfq/detail/xyz",', None, 'not-a-listing', None),  # github-index:59756958275
    ("                $url = 'https://sourcing.alibaba.com/rfq_search_list.htm?searchText='.str_replace(' ','+',$task->keyword).'&recently=Y';", None, 'not-a-listing', None),  # github-index:4352552464
    ('    url = "https://www.alibaba.com/showroom/%s.html" % qd', None, 'not-a-listing', None),  # github-index:56335143066
    ('          : `https://www.alibaba.com/showroom/${slug}/${p}.html`;', None, 'not-a-listing', None),  # github-index:57941313937
    ('      `https://www.alibaba.com/catalogs/${encodeURIComponent(query)}.html`', None, 'not-a-listing', None),  # github-index:24123957036
    ('      `https://www.alibaba.com/products/${encodeURIComponent(query)}.html`,', None, 'not-a-listing', None),  # github-index:24123957036
    ("INSERT INTO `nav_link` VALUES (68, '跨境电商图片翻译', 'https://www.aliprice.com/imageTranslation/index.html', '', 'https://static-cn.aliprice.com/static/index/img/favicon.ico', 5, 1, '_blank', 'show', '跨境电商图片翻译', '29', '2023-07-31 13:28:31', NULL, 1);", None, 'not-alibaba-host', None),  # github-index:30537565149
    ('                <a href="<?php echo esc_url(\'http://www.aliprice.com/\'); ?>" target="_blank">', None, 'not-alibaba-host', None),  # github-index:9488912573
    ('                  "https://www.aliprice.com/Index/searchbyimage.html?plat=1688_lite&image=" +', None, 'not-alibaba-host', None),  # github-index:8570541368
    ('\t*\tPlugin URI: https://www.aliprice.com/', None, 'not-alibaba-host', None),  # github-index:9106966611
    ("export const API_BASE = 'https://api.aliprice.com';", None, 'not-alibaba-host', None),  # github-index:52313089952
    ("export const API_BASE_CN = 'https://api-cn.aliprice.com';", None, 'not-alibaba-host', None),  # github-index:52313089952
    ("export const INDEX_BASE = 'https://index.aliprice.com';", None, 'not-alibaba-host', None),  # github-index:52313089952
    ('            if (document.location.href.startsWith("https://www.sugargoo.com/#/home/productDetail")) addSugargooButtons()', None, 'agent-site', None),  # github-index:10468541992
    ('    const link = "https://www.sugargoo.com/#/home/productDetail?productLink=" + encodeURIComponent(platform_link).replaceAll("%2F", "%252F").replaceAll("%3A", "%253A").replaceAll("%3F", "%253F").replaceAll("%3D", "%253D")', None, 'agent-site', None),  # github-index:9868549843
    ('            convertedLink = `https://www.sugargoo.com/#/home/productDetail?productLink=https%3A%2F%2Fweidian.com%2Fitem.html%3FitemID%3D${productId}`;', None, 'agent-site', None),  # github-index:44478237584
    ('        \'sugargoo\': f"https://www.sugargoo.com/#/home/productDetail?productLink={encoded_url}"', None, 'agent-site', None),  # github-index:30141106490
    ('  { key: "sugargoo", name: "Sugargoo", hosts: ["sugargoo.com"], scheme: "encoded_url", base: "https://www.sugargoo.com/#/home/productDetail", param: "productLink" },', None, 'agent-site', None),  # github-index:71556658945
    (' *     s.click.aliexpress.com/deep_link.htm?aff_short_key=...&dl_target_url=', None, 'short-link', None),  # github-index:62342629559
    (' *       www.aliexpress.com/item/ITEM_ID.html?pdp_npi=6...', None, 'malformed-id', None),  # github-index:62342629559
    ("  var redir = 'http://s.click.aliexpress.com/deep_link.htm?aff_short_key='+key+'&dl_target_url=https://pt.aliexpress.com/item/'+id+'';", None, 'short-link', None),  # github-index:26139816266
    ('        res += f"🛍️ [AliExpress Ofertas](https://s.click.aliexpress.com/deep_link.htm?aff_short_key={ALI_KEY}&dl_target_url=https://www.aliexpress.com/wholesale?SearchText={q_url})"', None, 'short-link', None),  # github-index:52330166504
    ('        aff_link = f"https://s.click.aliexpress.com/deep_link.htm?aff_short_key={MY_SHORT_KEY}&dl_target_url={original_link}"', None, 'short-link', None),  # github-index:53359310922
    ('[1]:http://s.click.aliexpress.com/deep_link.htm?aff_short_key=N3VJQBY&dl_target_url=http://best.aliexpress.com', None, 'short-link', None),  # github-index:44763245234
    ('| DFPlayer Mini | 1 | MP3 player module | [Aliexpress link](https://s.click.aliexpress.com/deep_link.htm?dl_target_url=https%3A%2F%2Fwww.aliexpress.com%2Fitem%2F1005006584742737.html&src=google&aff_short_key=irey5Th&aff_platform=true&isdl=y) |', None, 'short-link', None),  # github-index:25105654663
    ('    return f"https://s.click.aliexpress.com/deep_link.htm?tracking_id={TRACKING_ID}&dl_target_url={original_url}"', None, 'short-link', None),  # github-index:14163990251
    ('    base = "https://s.click.aliexpress.com/deep_link.htm"', None, 'short-link', None),  # github-index:34828792106
    ('    // mobile: https://detail.m.tmall.hk/item.htm?id=559193157478&toSite=main&sku_properties=1627207:878644924&decision=sku', 'tmall_global', 'listing', '559193157478'),  # github-index:2996062235
    ('        || [self.getUrl hasPrefix:@"https://detail.m.tmall.hk/item.htm?"]//天猫国际', None, 'missing-id', None),  # github-index:6991043242
    ('                        || url.contains("https://detail.m.taobao.hk/item.htm?")) {', None, 'lookalike-host', None),  # github-index:49010229215; taobao.hk is no marketplace host of the notes (section 12): named after Taobao, a lookalike
    ('                        || url.contains("https://detail.m.taobao.com/item.htm?")', None, 'not-a-listing', None),  # github-index:49010229215; section 12 reserves detail and m (earlier tables' reading)
    ('\t_url := "https://detail.m.tmall.hk/item.htm?id=" + id + "&toSite=main&sku_properties=29112:97926"', None, 'missing-id', None),  # github-index:28359047807
    ("@site.route('detail.m.tmall.hk', '/item.htm')", None, 'not-a-url', None),  # github-index:16728439452
    ("\t\t\t// window.location.replace('https://detail.m.tmall.hk/item.htm?spm=a212k0.12153887.0.0.4e60687dAU40Vd&id=626354588997')", 'tmall_global', 'listing', '626354588997'),  # github-index:38740479455
    ('"https://dj.1688.com/ci_bb?a=19394&e=..."', None, 'not-a-listing', None),  # github-index:18291400041
    ('  "产品网址": "https://dj.1688.com/ci_bb?a=19394&e=..."', None, 'not-a-listing', None),  # github-index:18291400041
    ('      `https://m.aliexpress.com/app/web/detail.html?productId=${ID}`,', None, 'not-a-listing', None),  # github-index:71205989095
    ('      `https://star.aliexpress.com/share/share.htm?productIds=${ID},1005000000000001`,', None, 'short-link', None),  # github-index:71205989095
    ('      `https://www.aliexpress.com/store/product/usb-cable/1234567_${ID}.html`,', None, 'malformed-id', None),  # github-index:71205989095
    ('                                    window.location.href = `https://m.aliexpress.com/app/product_sku.html?productId=${shoppingId}`;', None, 'not-a-listing', None),  # github-index:16019711250
    ('            "buyerAppUrl": "https://m.aliexpress.com/app/x",', None, 'not-a-listing', None),  # github-index:71617335691
    ('        "action": "https://list.tmall.hk/search_product.htm",', None, 'not-a-listing', None),  # github-index:33323615795
    ('        "addr": "https://www.tmall.hk/",', None, 'not-a-listing', None),  # github-index:33323615795
    ('        <a href="https://www.tmall.hk/" target="_blank"><img', None, 'not-a-listing', None),  # github-index:39318636342
    ('|Foreign web stores ([taobao](https://world.taobao.com/) = [aliexpress](https://www.aliexpress.com/), [temu](https://www.temu.com/) = [tmall](https://www.tmall.hk/), [amazon](https://www.amazon.com/) etc.)|Medium|Either regular goods from irregular brand, or legit minor goods from anywhere. **Make sure delivery', None, 'not-a-listing', None),  # github-index:54572531242
    ('                                        <a href="//www.tmall.hk/?acm=lb-zebra-148799-667861.1003.4.2429983&amp;scm=1003.4.lb-zebra-148799-667861.OTHER_14561833841102_2429983" aria-label="天猫国际" data-spm-anchor-id="', None, 'not-a-listing', None),  # github-index:27999380351
    ("        self.browser.get('https://www.tmall.hk/')  # 天猫国际主页面", None, 'not-a-listing', None),  # github-index:17699124119
    ('                            placeholder="直接粘贴闲鱼分享内容，例如：【闲鱼】https://m.tb.cn/... 点击链接直接打开"', None, 'short-link', None),  # github-index:14365722311
    ('      ? `https://www.lazada.com.ph/shop/${encodeURIComponent(sellerName ?? sellerId)}?sellerId=${sellerId}`', None, 'malformed-id', None),  # github-index:54536778954
    ('- "alibaba.com/company/dxh"', None, 'not-a-listing', None),  # github-index:61592833964
    ('            {"link": "https://www.alibaba.com/company/acme", "title": "Acme on Alibaba"},', None, 'not-a-listing', None),  # github-index:52306914355
    ('        "https://www.alibaba.com/company/shenzhen-foo-co-ltd.html",', None, 'not-a-listing', None),  # github-index:60964832411
    ('        AlibabaScraper.build_extended_profile_url("https://alibaba.com/company/x"),', None, 'not-a-listing', None),  # github-index:70911116451
    ('my $url = "http://search.china.alibaba.com/company/company_search.htm?showStyle=popular&keywords=%C0%B6%D1%C0&biztype=1&pageSize=30&filt=y&offset=3&n=y&beginPage=";', None, 'not-a-listing', None),  # github-index:12301576047
    ('    string urlfrees = "http://china.alibaba.com/company/detail/";', None, 'not-a-listing', None),  # github-index:42986164123
    ('                                //http://china.alibaba.com/company/detail/xiaoton888.html', None, 'not-a-listing', None),  # github-index:122602128
    ('                                //http://china.alibaba.com/company/detail/contact/xiaoton888.html   contact', None, 'not-a-listing', None),  # github-index:122602128
    ('        "allow": ["pass.alibaba.com/company/"], # Profile pages', None, 'not-a-listing', None),  # github-index:58046656390
    ('          shopUrl: `https://alibaba.com/company/${offerId}`,', None, 'not-a-listing', None),  # github-index:51932806504
    ('# https://www.pandabuy.com/product?ra=772&url=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D601082922962&inviteCode=7WYA7LL7F', None, 'agent-site', None),  # github-index:7344616930
    ('#https://www.pandabuy.com/product?url=https%3A%2F%2Fweidian.com%2Fitem.html%3FitemID%3D2595078898&spider_token=4572', None, 'agent-site', None),  # github-index:7344616930
    ('    Another raw link: https://item.taobao.com/item.htm?id=673535501707&utm_source=pop&utm_medium=pdb&utm_campaign=normal', 'taobao', 'listing', '673535501707'),  # github-index:17203958579
    ('    url: "https://pandabuy.com/product?url=",', None, 'agent-site', None),  # github-index:42162188387
    ("    return 'https://www.pandabuy.com/product?url=' + encodeURIComponent(platform_link)", None, 'agent-site', None),  # github-index:9872086706
    ('        finalUrl = `https://www.cssbuy.com/item-${cssType}-${id}.html`;', None, 'agent-site', None),  # github-index:54547267382
    ("      'https://www.cssbuy.com/item-675330231400?promotionCode=Y2h3ZWJkZXZlbG9wbWVudA';", None, 'agent-site', None),  # github-index:17425436419
    ('          link="https://www.cssbuy.com/item-micro-6255884078.html?promotionCode=" ', None, 'agent-site', None),  # github-index:9969514128
    ('        if (mp === "1688") return `https://cssbuy.com/item-1688-${pid}.html`;', None, 'agent-site', None),  # github-index:645283455
    ('- Conversão: `detail.1688.com/offer/123.html` → `cssbuy.com/item-1688-123.html`', None, 'malformed-id', None),  # github-index:54088349642
    ('      expect(buildAgentUrl("cssbuy", TAOBAO).url).toBe("https://www.cssbuy.com/item-856801351597.html");', None, 'agent-site', None),  # github-index:59677713418
    ('  • 1688 offer → ``https://www.cssbuy.com/item-1688-{offerId}.html``', None, 'agent-site', None),  # github-index:56470365964
    ('    // https://www.cssbuy.com/item-micro-4480454092.html?promotionCode=Y2h3ZWJkZXZlbG9wbWVudA', None, 'agent-site', None),  # github-index:16978325325
    ('    // https://www.cssbuy.com/item-675330231400.html?promotionCode=Y2h3ZWJkZXZlbG9wbWVudA', None, 'agent-site', None),  # github-index:16978325325
    ('We will calculate new buyer commissions based on completed orders. For more details please check online reports at: https://portals.aliexpress.com/report/incomeRedirect.htm', None, 'not-a-listing', None),  # http://portals.aliexpress.com/help/help_center.html
    ('http://portals.aliexpress.com/help/help_center.html', None, 'not-a-listing', None),  # http://portals.aliexpress.com/help/help_center.html
    ('Company Name Lazada', None, 'not-a-url', None),  # https://member.accesstrade.vn/p/handshake?mcn=142
    ('URL http://lazada.vn/', None, 'not-a-listing', None),  # https://member.accesstrade.vn/p/handshake?mcn=142
    ('https://pages.lazada.vn/wow/i/vn/corp/affiliate-terms?hybrid=1&scm=1003.4.icms-zebra-5023859-2778774.OTHER_5293208663_2433798', None, 'not-a-listing', None),  # https://pages.lazada.vn/wow/i/vn/corp/affiliate-terms?hybrid=1&scm=1003.4.icms-zebra-5023859-2778774.OTHER_5293208663_2433798
    ('https://pages.lazada.sg/wow/i/sg/corp/affiliate-commission?hybrid=1&scm=1003.4.icms-zebra-5024413-2781407.OTHER_5293204370_2436004', None, 'not-a-listing', None),  # https://pages.lazada.sg/wow/i/sg/corp/affiliate-commission?hybrid=1&scm=1003.4.icms-zebra-5024413-2781407.OTHER_5293204370_2436004
    ('Follow the link portals.aliexpress.com to join the Program.', None, 'not-a-listing', None),  # https://alistores.webflow.io/about-aliexpress-affiliate
    ("        self.assertEqual(normalize_source_url('http://m.1688.com/offer/123.html?spm=share#detail'),", None, 'malformed-id', None),  # github-index:71266765425
    ("\t\t\t\t$itemUrl = 'http://m.1688.com/offer/' . $id . '.html';", None, 'missing-id', None),  # github-index:34167402818
    ('\tprivate static final String ItemDetail_URL_TAMPLATE = "http://detail.1688.com/offer/[$ITEMID].html ";', None, 'missing-id', None),  # github-index:17703306960
    ('\tprivate static final String ItemDetail_Mobile_URL_TAMPLATE = "http://m.1688.com/offer/[$ITEMID].html";', None, 'missing-id', None),  # github-index:17703306960
    ('        "url": "http://m.1688.com/offer/919018240266.html",', '1688', 'listing', '919018240266'),  # github-index:55046717715
    ('            //"https://detail.1688.com/offer/552578137902.html";', '1688', 'listing', '552578137902'),  # github-index:12331878281
    ('            //"https://item.taobao.com/item.htm?id=547040661236";', 'taobao', 'listing', '547040661236'),  # github-index:12331878281
    ('            "a1,保温タンブラー,https://item.taobao.com/item.htm?id=1,38.5,320,8420\\n"', None, 'malformed-id', None),  # github-index:61739680653
    ('                1,2026-01-23 02:32:45,交易成功,百亿补贴品牌优选,乳铁蛋白粉,https://item.taobao.com/item.htm?id=1,100g,1,￥76.96,￥76.96,￥0.00', None, 'malformed-id', None),  # github-index:55636246961
    ('    "1,,A,https://item.taobao.com/item.htm?id=1,100,10,c,0,淘宝,自然位,s,w,t,a,-,-",', None, 'malformed-id', None),  # github-index:68370698498
    ('竞品B-主力款,taobao,https://item.taobao.com/item.htm?id=xxx,987654321,0.03,hourly,李四', None, 'malformed-id', None),  # github-index:53629356493
    ('竞品A-旗舰款,jd,https://item.jd.com/xxx.html,100012345,0.05,daily,张三', None, 'not-alibaba-host', None),  # github-index:53629356493
    ('    \'3100000000000000001,"測試小店, ""旗艦""",58.9,手機殼,2,29.45,https://item.taobao.com/item.htm?id=1\',', None, 'malformed-id', None),  # github-index:71389283746
    ('123456789,棉质T恤（白色 M码）,59.90,https://item.taobao.com/item.htm?id=123456789', 'taobao', 'listing', '123456789'),  # github-index:67181849367
    ('987654321,牛仔裤（蓝色 28腰）,129.00,https://item.taobao.com/item.htm?id=987654321', 'taobao', 'listing', '987654321'),  # github-index:67181849367
    ('https://item.taobao.com/item.htm?id=123456,2011 Combat Master Holster,2011战术快拔枪套,Black - Medium,黑色 - 中号,https://item.taobao.com/item.htm?id=123456&sku=1,¥50.00,50,0,0,0,product_holster_001,3,5,0', None, 'malformed-id', None),  # github-index:57945270420; a comma and a number after the id stay the query's (docs/listings.md: ?id=606832683299,12 is malformed-id)
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

#: Fix 1: CSSBuy's item links, with and without ``.html``, suggest the listing they name; its
#: Weidian (``item-micro-``) links name none of the marketplaces.
CSSBUY = [
    (FIXED[0][0], "https://item.taobao.com/item.htm?id=675330231400"),
    (FIXED[1][0], "https://item.taobao.com/item.htm?id=675330231400"),
    (
        "    // https://www.cssbuy.com/item-675330231400.html?promotionCode=Y2h3ZWJkZXZlbG9wbWVudA",
        "https://item.taobao.com/item.htm?id=675330231400",
    ),  # github-index:16978325325
    (
        "https://www.cssbuy.com/item-1688-712345678901",
        "https://detail.1688.com/offer/712345678901.html",
    ),  # constructed: its 1688 form without .html
    (
        "https://www.cssbuy.com/item-micro-4480454092?promotionCode=Y2h3ZWJkZXZlbG9wbWVudA",
        None,
    ),  # github-index:17016482266
    ("https://www.cssbuy.com/item-675330231400x", None),  # constructed: no id ends there
]


@pytest.mark.parametrize(("text", "suggestion"), CSSBUY)
def test_cssbuy_item_links_suggest_the_listing(text: str, suggestion: str | None) -> None:
    """A CSSBuy item link is refused as an agent site, the listing it names suggested (fix 1)."""
    result = parse_listing(text)
    assert not result.ok
    assert result.code == "agent-site"
    assert result.suggestion == suggestion
    assert parse_slowly(text) == result


test_the_planner_accounts_for_every_line = planner_test(ALL)
