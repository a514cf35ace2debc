"""Sweep 16 of real listing URLs as users paste them (listing-urls.md; notes in
/work/notes/sweep-urls16.md): one row per input with the answer the document requires, decided
from the notes, not from what the parser said.

Each row is ``(input, platform, kind_or_code, id)``, as in test_real_urls_15.py. Every row of
``ROWS`` is a line (or an excerpt, where the index cut it) of a public text: ``owner/repo#N`` is a
GitHub issue or pull-request thread (found with the issue corpus: bug reports, device-support
requests and bills of materials quote the links their writers bought from), ``github-index:N`` a
public file found by exact-string search of the code index, an address a stored web page. None
of its inputs, nor the first link of any, is in an earlier table. The sweep looked at Tmall
Global, Lazada's six countries, AliExpress's country hosts, Alibaba.com, 1688 and Xianyu; the
code index had little left for them (most of its Lazada and Tmall Global lines are in earlier
tables), so most rows are AliExpress links from issue threads. "notes silent" marks a form
listing-urls.md does not name: it only has to be refused (or read as the parser documents),
and the code recorded is the parser's. ``test_canonical_urls_follow_the_notes`` checks every
accepted row's canonical URL against the notes' canonical forms.

``PART1`` holds the real input that failed before this sweep's fix, and constructed rows and
controls of the fix:

- a Markdown link whose target is the placeholder ``url`` an editor's "insert link" button
  leaves for the writer to replace (``[https://…](url)``, GitHub's) reads the link it shows,
  as the notes' first ``https?://`` token: it was read as the relative link ``url`` and refused
  (``not-a-url``: "no host"). Any other target is still where the link leads, whatever it
  shows: a link, a host, a path or a relative link (``(https://evil.example/…)``,
  ``(evil.example)``, ``(#top)``, ``(x)``, test_real_urls_8.py), or an empty ``()``.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _real_urls import answer, table_tests
from _real_urls import notes_canonical as _notes_canonical
from ipprules.listings import parse_listing
from ipprules.listings.parser import parse_slowly

PART1: list[tuple[str, str | None, str, str | None]] = [
    ('> [https://www.aliexpress.com/item/1005006374353536.html](url) ', 'aliexpress', 'listing', '1005006374353536'),  # zigpy/zha-device-handlers#2974 (issue thread); a Markdown link to the placeholder (url)
    ('[https://item.taobao.com/item.htm?id=748152639021](url)', 'taobao', 'listing', '748152639021'),  # constructed: fix
    ('- [https://detail.1688.com/offer/748152639022.html](url)', '1688', 'listing', '748152639022'),  # constructed: fix
    ('[https://www.lazada.co.th/products/pdp-i7481526390.html](Url)', 'lazada_th', 'listing', '7481526390'),  # constructed: fix
    ('见 [https://detail.tmall.hk/hk/item.htm?id=748152639023](URL)。', 'tmall_global', 'listing', '748152639023'),  # constructed: fix
    ('[https://uniqlo.tmall.com/](url)', 'tmall', 'storefront', 'uniqlo'),  # constructed: fix
    ('* [https://a.aliexpress.com/_mKFdLUs](url)', None, 'short-link', None),  # constructed: fix (was not-a-url)
    ('[https://item.taobao.com/item.htm?id=748152639024](https://evil.example/x)', None, 'not-alibaba-host', None),  # constructed control: a target on another host
    ('[https://item.taobao.com/item.htm?id=748152639025](evil.example)', None, 'not-alibaba-host', None),  # constructed control: a scheme-less host
    ('[https://item.taobao.com/item.htm?id=748152639026](#top)', None, 'not-a-url', None),  # constructed control: a fragment of the page
    ('[https://item.taobao.com/item.htm?id=748152639027](url', None, 'not-a-url', None),  # constructed control: no closing parenthesis
    ('[Buy](url)', None, 'not-a-url', None),  # constructed control: no link shown
    ('[https://item.taobao.com/item.htm?id=748152639028](link)', None, 'not-a-url', None),  # constructed control: a relative link
    ('[https://item.taobao.com/item.htm?id=748152639029]()', None, 'not-a-url', None),  # constructed control: an empty target (this page)
]  # fmt: skip

ROWS: list[tuple[str, str | None, str, str | None]] = [
    ('[https://s.lazada.com.my/s.fp03W](https://s.lazada.com.my/s.fp03W)', None, 'short-link', None),  # leon-cleaning-services/leon#145 (issue or PR thread)
    ('`https://www.lazada.com.my/products/100-cotton-jogger-6-poket-kain-tebal-cargo-pant-multi-pocket-seluar-kerja-i3103291614-s15547124539.html?dsource=share&laz_share_info=9532664_100_100_5449387_9533664_null&laz_token=d994010eeff70e9df2d3f465d5b0e727&exlaz=e_RtJqWofx9nLGip8qo24MCTJQcHdSbil0861t6ae%2Fu4vCXvTKdNAtBWNri5zqcNlYb9yEAKGsy7Oyw%2BVOW%2F%2FthI73bSZ6YkVRD3WnASIas1Y%3D&sub_aff_id=social_share&sub_id2=9532664&sub_id3=5449387&sub_id6=CPI_EXLAZ`', 'lazada_my', 'listing', '3103291614'),  # leon-cleaning-services/leon#145 (issue or PR thread)
    ('However only `https://www.lazada.com.my/products/100-cotton-jogger-6-poket-kain-tebal-cargo-pant-multi-pocket-seluar-kerja-i3103291614-s15547124539.html` is relevant', 'lazada_my', 'listing', '3103291614'),  # leon-cleaning-services/leon#145 (issue or PR thread)
    ('`https://ali.click/fk3ej1c` → `https://aliexpress.ru/item/1005009450643460.html?businessType=ProductDetail&sku_id=12000049142896049&spm=a2g2l.detail.0.0&spreadType=socialShare&srcSns=sns_More&utm_medium=sharing` → `https://aliexpress.ru/item/1005009450643460.html`', None, 'not-alibaba-host', None),  # ClearURLs/Rules#317 (issue or PR thread)
    ('https://aliexpress.ru/item/1005009450643460.html?businessType=ProductDetail&sku_id=12000049142896049&spm=a2g2l.detail.0.0&spreadType=socialShare&srcSns=sns_More&utm_medium=sharing', 'aliexpress', 'listing', '1005009450643460'),  # ClearURLs/Rules#317 (issue or PR thread)
    ('https://www.aliexpress.com/item/1005005801651041.html', 'aliexpress', 'listing', '1005005801651041'),  # nevermore3d/StealthMax#49 (issue or PR thread)
    ('https://www.aliexpress.com/item/1005001645522380.html', 'aliexpress', 'listing', '1005001645522380'),  # nevermore3d/StealthMax#49 (issue or PR thread)
    ('https://www.aliexpress.com/item/1005005171204012.html', 'aliexpress', 'listing', '1005005171204012'),  # nevermore3d/StealthMax#49 (issue or PR thread)
    ('https://www.aliexpress.com/item/1005005210228166.html', 'aliexpress', 'listing', '1005005210228166'),  # nevermore3d/StealthMax#49 (issue or PR thread)
    ('https://www.aliexpress.com/item/32879506129.html', 'aliexpress', 'listing', '32879506129'),  # nevermore3d/StealthMax#49 (issue or PR thread)
    ('https://www.aliexpress.com/item/1005002413652525.html', 'aliexpress', 'listing', '1005002413652525'),  # nevermore3d/StealthMax#49 (issue or PR thread)
    ('https://www.aliexpress.com/item/1005001847189640.html', 'aliexpress', 'listing', '1005001847189640'),  # nevermore3d/StealthMax#49 (issue or PR thread)
    ('https://www.aliexpress.com/item/1005004974934366.html', 'aliexpress', 'listing', '1005004974934366'),  # nevermore3d/StealthMax#49 (issue or PR thread)
    ('https://www.lazada.sg/wines-beers-spirits/?spm=a2o42.lazmart_search.lazmart_facet.1.b0be535eXV7wi5&q=beer&from=rm_nav_cate&m=redmart', None, 'not-a-listing', None),  # ngshiheng/burplist#15 (issue or PR thread); notes silent: a root-path page (brand or category), a rejection
    ('https://s.click.aliexpress.com/e/_c3iB26TD', None, 'short-link', None),  # marirs/urlexpand#9 (issue or PR thread)
    ('Then testing the url: `https://www.aliexpress.com/item/1005009487533786.html`', 'aliexpress', 'listing', '1005009487533786'),  # jez500/pricebuddy#164 (issue or PR thread)
    ('https://www.lazada.co.th/#', None, 'not-a-listing', None),  # wappalyzer/wappalyzer#6255 (issue or PR thread)
    ('<a href="//www.lazada.com.my/shop-small-household-appliances/">', None, 'not-a-listing', None),  # Ekultek/WhatWaf#564 (issue or PR thread)
    ('<a href="//pages.lazada.com.my/wow/i/my/MYCampaign/download-the-app?hybrid=1">', None, 'not-a-listing', None),  # Ekultek/WhatWaf#564 (issue or PR thread)
    ('https://pages.lazada.com.my/wow/i/my/corp/campaign-terms-conditions?hybrid=1', None, 'not-a-listing', None),  # https://pages.lazada.com.my/wow/i/my/corp/campaign-terms-conditions?hybrid=1
    ('[Lazada](https://open.lazada.com/doc/doc.htm?spm=a2o9m.11193487.0.0.3ac413fer0ShaX&nodeId=27493&docId=1187', None, 'not-a-listing', None),  # public-apis/public-apis#2114 (issue or PR thread); excerpt
    ('https://www.sugargoo.com/#/home/productDetail?productLink=https%3A%2F%2Fitem.taobao.com%2Fitem.htm%3Fid%3D693877066284', None, 'agent-site', None),  # cachho/jadeship-browser-extension#83 (issue or PR thread)
    ('Taobao also sees `https://item.taobao.com/item.htm?id=693877066284` as a valid link.', 'taobao', 'listing', '693877066284'),  # cachho/jadeship-browser-extension#83 (issue or PR thread)
    ('https://www.aliexpress.com/item/1005008398043092.html', 'aliexpress', 'listing', '1005008398043092'),  # firecrawl/firecrawl#1550 (issue or PR thread)
    ('https://www.aliexpress.com/item/1005002473886886.html', 'aliexpress', 'listing', '1005002473886886'),  # firecrawl/firecrawl#1550 (issue or PR thread)
    ('The Alibaba link ends in a 404 error on https://error.alibaba.com/error404.htm', None, 'not-a-listing', None),  # vikstrous/zengge-lightcontrol#26 (issue or PR thread)
    ('D:\\AliExpressScraper\\AliScraperConsole\\bin\\Release>alishop -ProductUrl="https://www.aliexpress.com/item/1Pcs-Pet-Toys-LED-Laser-Pointer-Light-Cat-and-Dog-Laser-Projection-Toy-Color-Randomly-Free/32628151906.html?spm=2114.search0104.3.57.752f3c06yU7t8p&ws_ab_test=searchweb0_0,searchweb201602_2_10152_10151_10065_10344_10068_10130_10324_10342_10547_10325_10343_10546_10340_10548_10341_10545_10084_10083_10618_10307_5711211_10313_10059_10534_100031_10103_10627_10626_10624_10623_10622_10621_5722412_10620_10810_5711313,searchweb201603_2,ppcSwitch_2&algo_expid=65c8be8b-7cad-458c-8187-23395344d8fd-7&algo_pvid=65c8be8b-7cad-458c-8187-23395344d8fd&transAbTest=ae803_3&priceBeautifyAB=0"', 'aliexpress', 'listing', '32628151906'),  # agabopinho/AliExpressScraper#2 (issue or PR thread)
    ('https://de.aliexpress.com/item/1005003818247483.html?spm=a2g0o.productlist.main.13.76816b0bKWV8a1&algo_pvid=eb9f7e3a-06b7-4b3f-a292-5b5e4d1ef442&algo_exp_id=eb9f7e3a-06b7-4b3f-a292-5b5e4d1ef442-6&pdp_ext_f=%7B%22sku_id%22%3A%2212000027263733299%22%7D&pdp_npi=3%40dis%21EUR%218.4%215.38%21%21%21%21%21%402100b88516782933676796310d06c2%2112000027263733299%21sea%21DE%21843218759&curPageLogUid=Nsb6xUwRE4Rq', 'aliexpress', 'listing', '1005003818247483'),  # lumapu/ahoy#750 (issue or PR thread)
    ("- https://www.aliexpress.com/item/1005002611857804.html (If you're worried, select the `Color: ESP32` and not the other ones)", 'aliexpress', 'listing', '1005002611857804'),  # mwood77/winderoo#12 (issue or PR thread)
    ('- Mosfets: https://www.aliexpress.com/item/New-IRLR8743-TO252-MOSFET/1695115706.html?spm=a2g0s.9042311.0.0.27424c4dlT22Rw', 'aliexpress', 'listing', '1695115706'),  # simon-jouet/ESP32Controller#3 (issue or PR thread)
    ('- microSD: https://www.aliexpress.com/item/10PCS-Push-Push-Type-TF-Micro-SD-Card-Socket-Adapter-Automatic-PCB-Connector-100-brand-new/32881919643.html?spm=a2g0s.9042311.0.0.27424c4dlT22Rw', 'aliexpress', 'listing', '32881919643'),  # simon-jouet/ESP32Controller#3 (issue or PR thread)
    ('- 100uf caps https://www.aliexpress.com/item/E021-50pcs-100UF-35V-6-3mm-7-7mm-SMD-electrolytic-capacitor/32712209859.html?spm=a2g0s.9042311.0.0.27424c4dlT22Rw', 'aliexpress', 'listing', '32712209859'),  # simon-jouet/ESP32Controller#3 (issue or PR thread)
    ('- screw terminals: https://www.aliexpress.com/item/10pcs-lot-KF7-62-7-62MM-Pitch-2Pin-PCB-Screw-Terminal-Block-Connector-KF7-62-2P/32863208285.html?spm=a2g0s.9042311.0.0.27424c4dlT22Rw (4 and 6 pins', 'aliexpress', 'listing', '32863208285'),  # simon-jouet/ESP32Controller#3 (issue or PR thread); excerpt
    ('[ESP-32S ESP-WROOM-32 ESP32](https://nl.aliexpress.com/item/1005002611857804.html?spm=a2g0o.productlist.main.1.5520e13aByfPgp&algo_pvid=bb9ac5ba-dd24-4453-b541-a3a46f4c226d&algo_exp_id=bb9ac5ba-dd24-4453-b541-a3a46f4c226d-0&pdp_npi=4%40dis%21EUR%216.29%214.91%21%21%216.63%21%21%40211b88f016929679876255046e1df6%2112000033324572898%21sea%21NL%21756153691%21&curPageLogUid=404iT5b9NvSm)', 'aliexpress', 'listing', '1005002611857804'),  # rstrouse/ESPSomfy-RTS#135 (issue or PR thread)
    ('[connectors](https://nl.aliexpress.com/item/33010611220.html?spm=a2g0o.productlist.main.5.2fe54a51dHZj9T&algo_pvid=1ce71bbf-b164-446b-8231-4cd32fc689e3&algo_exp_id=1ce71bbf-b164-446b-8231-4cd32fc689e3-2&pdp_npi=4%40dis%21EUR%213.40%213.03%21%21%213.58%21%21%402132a1f916929685551044769eb981%2110000001130721031%21sea%21NL%21756153691%21&curPageLogUid=FEcdPAUKSXB4)', 'aliexpress', 'listing', '33010611220'),  # rstrouse/ESPSomfy-RTS#135 (issue or PR thread)
    ('个别天猫链接分享过来后，机器人会死循环的重复http://zmnxbc.com/s/nlO3j?tm=95b078', None, 'not-alibaba-host', None),  # xsren/wx_taobao_fanli#3 (issue or PR thread)
    ('* https://de.aliexpress.com/item/4001108687090.html?gatewayAdapt=glo2deu&spm=a2g0o.order_list.0.0.21ef5c5f4uzTWV', 'aliexpress', 'listing', '4001108687090'),  # barafael/cute-copter#1 (issue or PR thread)
    (':heavy_check_mark: Another popular option is the clone of the [PortaPack H1](https://s.click.aliexpress.com/e/_Dkbqs2X).', None, 'short-link', None),  # portapack-mayhem/mayhem-firmware#2022 (issue or PR thread)
    ('https://www.aliexpress.com/item/1005007745092504.html?srcSns=sns_Copy&spreadType=socialShare&bizType=ProductDetail&social_params=60798943812&aff_fcid=8e334e87d4e044fbbf36de8f01595c7f-1727628848565-00432-_EGnsSKZ&tt=MG&aff_fsk=_EGnsSKZ&aff_platform=default&sk=_EGnsSKZ&aff_trace_key=8e334e87d4e044fbbf36de8f01595c7f-1727628848565-00432-_EGnsSKZ&shareId=60798943812&businessType=ProductDetail&platform=AE&terminal_id=eb6b375396a44f50b400cd75a3a8f0ae&afSmartRedirect=y', 'aliexpress', 'listing', '1005007745092504'),  # portapack-mayhem/mayhem-firmware#2274 (issue or PR thread)
    ('# A: https://m.aliexpress.com/item/32895928193.html', 'aliexpress', 'listing', '32895928193'),  # easylist/easylist#2136 (issue or PR thread)
    ('E.g: https://www.aliexpress.com/item/4000346092347.html?spm=a2g0o.productlist.0.0.635e1f8bpXSdHC&algo_pvid=b8047dff-f690-4bf4-bd10-bf340282df4c&algo_expid=b8047dff-f690-4bf4-bd10-bf340282df4c-24&btsid=731f296f-4b27-4a40-8446-7d62ceed76ef&ws_ab_test=searchweb0_0,searchweb201602_4,searchweb201603_53', 'aliexpress', 'listing', '4000346092347'),  # dresden-elektronik/deconz-rest-plugin#2357 (issue or PR thread)
    ('https://www.aliexpress.com/item/4001181765345.html?srcSns=sns_WhatsApp&spreadType=socialShare&bizType=ProductDetail&tt=MG&aff_platform=default&sk=_dVohEV8&mergeHashcode=74176412736&description=%E2%82%AA+46.10++40%25OFF+%7C+ZigBee+smart+home++wall+touch+switch%2Cwireless+Intelligent+light+switch%2C2%2F3+Way%2CAPP+Control%2Cworks+with+google+home+aleax%2CUSUK&aff_trace_key=8b2c3630d35d4aba9e01d9c67ddc4599-1601976071950-07892-_dVohEV8&businessType=ProductDetail&title=%E2%82%AA+46.10++40%25OFF+%7C+ZigBee+smart+home++wall+touch+switch%2Cwireless+Intelligent+light+switch%2C2%2F3+Way%2CAPP+Control%2Cworks+with+google+home+aleax%2CUSUK&platform=AE&terminal_id=6eacd466c10c4ba799ef598104b0ed06&templateKey=white_backgroup_101', 'aliexpress', 'listing', '4001181765345'),  # Koenkk/zigbee2mqtt#4570 (issue or PR thread)
    ('https://www.aliexpress.com/item/1005001368916827.html?spm=a2g0o.productlist.0.0.dee056084IEHpW&algo_pvid=09db11e5-8f2f-46e3-8b75-8bcdcbade1f0&algo_expid=09db11e5-8f2f-46e3-8b75-8bcdcbade1f0-1&btsid=2100bdd016072847296746148e2960&ws_ab_test=searchweb0_0,searchweb201602_,searchweb201603_', 'aliexpress', 'listing', '1005001368916827'),  # Koenkk/zigbee2mqtt#5210 (issue or PR thread)
    ('https://www.aliexpress.com/item/1005004247445088.html?spm=a2g0o.order_list.0.0.1f241802lk2R0f', 'aliexpress', 'listing', '1005004247445088'),  # Koenkk/zigbee2mqtt#13770 (issue or PR thread)
    ('https://de.aliexpress.com/item/1005006265612118.html?src=google&src=google&albch=shopping&acnt=631-313-3945&slnk=&plac=&mtctp=&albbt=Google_7_shopping&albagn=888888&isSmbActive=false&isSmbAutoCall=false&needSmbHouyi=false&albcp=19744425265&albag=&trgt=&crea=de1005006265612118&netw=x&device=c&albpg=&albpd=de1005006265612118&gad_source=4&gclid=Cj0KCQiAwP6sBhDAARIsAPfK_wYP_u7txcFRUhvU1rdp1Kti-eTaxrfnOrNFUCtHTx4pfYwYe4nSoQMaAi4JEALw_wcB&gclsrc=aw.ds&aff_fcid=78aa27a5322d419eaca6360828c7ad7d-1705006565198-08062-UneMJZVf&aff_fsk=UneMJZVf&aff_platform=aaf&sk=UneMJZVf&aff_trace_key=78aa27a5322d419eaca6360828c7ad7d-1705006565198-08062-UneMJZVf&terminal_id=c780882da02142a8a54261de1b94631e&afSmartRedirect=y', 'aliexpress', 'listing', '1005006265612118'),  # Koenkk/zigbee2mqtt#20745 (issue or PR thread)
    ('https://de.aliexpress.com/item/1005002630291913.html?spm=a2g0o.productlist.0.0.3b4415b0CA3EAT&algo_pvid=a6309d43-3498-4f06-a78b-8ac4ca5a1edd&aem_p4p_detail=202107230101393194199424543920005851936&algo_exp_id=a6309d43-3498-4f06-a78b-8ac4ca5a1edd-29', 'aliexpress', 'listing', '1005002630291913'),  # ioBroker/ioBroker.zigbee#1161 (issue or PR thread)
    ("I'd like support on zigbee2tasmota for this [4 gang in wall zigbee switch](https://www.aliexpress.com/item/4000973462125.html)", 'aliexpress', 'listing', '4000973462125'),  # arendst/Tasmota#9860 (issue or PR thread)
    ('https://www.aliexpress.com/item/4000372097774.html?spm=a2g0o.order_list.0.0.3abd5c5fGRpxIp&gatewayAdapt=glo2deu', 'aliexpress', 'listing', '4000372097774'),  # zigpy/zha-device-handlers#1903 (issue or PR thread)
    ('But i have a new tuya device: https://www.aliexpress.com/item/1005002716718315.html?pm=a2g0s.9042311.0.0.3d8c4c4dnLiYd0', 'aliexpress', 'listing', '1005002716718315'),  # Koenkk/zigbee2mqtt#8513 (issue or PR thread)
    ('https://www.aliexpress.com/item/1005003887817601.html', 'aliexpress', 'listing', '1005003887817601'),  # Koenkk/zigbee2mqtt#12517 (issue or PR thread)
    ('I have purchase most of the things from this shop: https://zejie.tmall.com/shop/view_shop.htm but Im not sure if you can open it outside china.', 'tmall', 'storefront', 'zejie'),  # milewski/sensors-esp#1 (issue or PR thread)
    ('hi, currently only support the Taobao [UWB Dongle Sniffer](https://item.taobao.com/item.htm?ft=t&id=846844890768)', 'taobao', 'listing', '846844890768'),  # forthink-xyz/forthink_uwb_sniffer_tool#1 (issue or PR thread)
    ('https://youxin-electronic.taobao.com/shop/view_shop.htm?spm=a1z09.2.0.0.3d472e8d9oDCyY&user_number_id=2658592015', 'taobao', 'storefront', 'youxin-electronic'),  # supperthomas/bluetoothlover_doc#279 (issue or PR thread)
    ('> [ARS2](https://m.tb.cn/h.UVJ77Kh?tk=PiD5daZlxcn) 固件最初支持的硬件，没有这个硬件，就没有这个项目', None, 'short-link', None),  # linkease/doc.linkease.com#198 (issue or PR thread)
    ('【淘宝】https://e.tb.cn/h.7wY530PaQfWD2Bo?tk=kxxOUm2S4nH HU071 「HopeJR快速启动套件 具身智能人形机械臂 HuggingFace套件」', None, 'short-link', None),  # TheRobotStudio/HOPEJr#7 (issue or PR thread)
    ('| Subject | [WeActStudio/BluePill-Plus] Aliexpress legal purchase link (Issue #17) |', None, 'not-a-url', None),  # WeActStudio/BluePill-Plus#17 (issue or PR thread); no link
    ('[ERRO] [v4.26.0-beta.12] [parser.manager:123]: 解析URL失败: https://m.tb.cn/h.RrN5f7t?tk=QKrbginc1pk, 错误: 无法获取闲鱼 MTop 令牌', None, 'short-link', None),  # drdon1234/astrbot_plugin_media_parser#66 (issue or PR thread)
    ("    url = 'https://www.lazada.co.th/shop-consumer-electronics/?ajax=true&isFirstRequest=true&page='+str(j+1)+'&spm=a2o4m.home-th.3887232320.70.6fe67f6dFKnzPY';", None, 'not-a-listing', None),  # Phanuwat2828/Drag_data_in_shopee:get_api/data_base/api_get.py
    ("# url = 'https://www.lazada.co.th/shop-audio-headphones/?ajax=true&page=50&spm=a2o4m.home-th.3887232320.11.5f217f6dY15yZw';", None, 'not-a-listing', None),  # Phanuwat2828/Drag_data_in_shopee:get_api/data_base/api_get.py
    ('    Search URL format: https://www.lazada.com.ph/catalog/?q={query}&page={page}', None, 'not-a-listing', None),  # github-index:30740164783
    ('https://www.aliexpress.com/item/1005004392988205.html', 'aliexpress', 'listing', '1005004392988205'),  # github-index:45852345455
    ("                    'https://www.lazada.vn/products/sap-thom-wax-long-youngerist-bich-100g-sap-wax-long-cao-cap-do-bam-long-tot-dung-cho-spa-hat-dau-sap-tay-long-chuyen-nghiep-hard-wax-beans-deo-wax-sac", None, 'missing-id', None),  # github-index:22431458813; excerpt, the id cut off
    ('\t\t\t"https://www.lazada.sg/shop/lau-boon-heng-kwei-teow-noodle-manufactory/?spm=a2o42.pdp_revamp.seller.1.7bd93d552gpxRX&itemId=1640680496&channelSource=pdp",', 'lazada_sg', 'storefront', 'lau-boon-heng-kwei-teow-noodle-manufactory'),  # github-index:36088909499
    ('      "https://s.shopee.co.th/2qUgVhUanu\\nhttps://s.lazada.co.th/s.ZjGyIY?c=s")', None, 'not-alibaba-host', None),  # github-index:70914604813; another site first
    ('// @match      *://*detail.tmall.hk/*', None, 'not-a-url', None),  # github-index:17766064381; userscript pattern; notes silent: a rejection
    ('// @match             *://*.tmall.hk/*', None, 'not-a-url', None),  # github-index:30404078940; userscript pattern; notes silent: a rejection
    ('        reply = session.handle("https://detail.tmall.hk/hk/item.htm?id=124")', None, 'malformed-id', None),  # github-index:62622922891
    ('          DTColumnBuilder.newColumn(\'num_iid\', \'Num iid\').renderWith (col) -> "<a target=\\"_blank\\" href=\\"https://detail.tmall.hk/hk/item.htm?id=#{col}\\">#{col}</a>"', None, 'missing-id', None),  # github-index:41569672215; template
    ('                        var o = "//h5.m.tmall.hk/awp/base/order.htm?buyNow=false&buyParam=" + d.join(",");', None, 'not-a-listing', None),  # github-index:9498906210; an order page
    ("//   this.$CowTransferWallpaper.sendCommand('open', 'https://myprotein.tmall.hk/');", 'tmall_global', 'storefront', 'myprotein'),  # github-index:34027217896
    ('                // https://zrzb.tmall.hk/shop/view_shop.htm?spm=a220m.1000862.1000730.3.qxBvB5&user_number_id=2130139739&rn=cd9d6c07f9e1e0e77473d8fc20b19c72', 'tmall_global', 'storefront', 'zrzb'),  # github-index:4819816041
    ('    detailUrl: "http://detail.m.1688.com/page/index.html?offerId=779353832297"', '1688', 'listing', '779353832297'),  # github-index:54661201667
    ('   链接: http://detail.m.1688.com/page/index.html?offerId=1075823819062&...', '1688', 'listing', '1075823819062'),  # github-index:67540575665
    ('                # v0.31.1: 兼容 m 站 detail.m.1688.com/page/index.html?offerId=xxx', None, 'malformed-id', None),  # github-index:57366578672; a placeholder id
    ('            "url": "https://detail.m.1688.com/page/index.html?offerId=123456&spm=a260k",', '1688', 'listing', '123456'),  # github-index:56752049403; notes silent on 1688's shortest offer id: accepted
    ('                "href": "http://detail.m.1688.com/page/index.html?offerId=607946799976",', '1688', 'listing', '607946799976'),  # github-index:60232092003
    ("    parser.add_argument('--url', type=str, default='http://detail.m.1688.com/page/index.html?offerId=1018923549617', help='1688商品URL')", '1688', 'listing', '1018923549617'),  # github-index:52406456016
    ('          // New format: detail.m.1688.com/page/index.html?offerId=768284470894', '1688', 'listing', '768284470894'),  # github-index:51765066513; scheme-less in a comment
    (' * - https://detail.m.1688.com/page/index.htm?offerId=123456 (移动端H5)', '1688', 'listing', '123456'),  # github-index:56483277004; notes silent on 1688's shortest offer id: accepted
    (' * - https://m.1688.com/offer/123456.html (移动端)', '1688', 'listing', '123456'),  # github-index:56483277004; notes silent on 1688's shortest offer id: accepted
    ("      'http://detail.m.1688.com/page/index.html?offerId=857391907810',", '1688', 'listing', '857391907810'),  # github-index:48155662053
    ('        "• http://m.1688.com/offer/123456.html\\n\\n"', '1688', 'listing', '123456'),  # github-index:66081360721; notes silent on 1688's shortest offer id: accepted
    ('- [CUAV](https://cuav.en.alibaba.com/product/1600165544920-820872629/Free_shipping_CUAV_Neo_3_pro_drone_UAVCAN_GNSS_processor_STM32F412_autopilot_ublox_M9N_positioning_RM3100_compass_uav_gps_modu', None, 'missing-id', None),  # github-index:39598591266; excerpt
    ('dded to house a 12V water pump which will use the same power supply as the 3-axis controller. This can be purchased here: https://ja.aliexpress.com/item/1005003912562799.html?spm=a2g0o.productlist.0.0.1e1a44dcnvRoau&algo_pvid=ba56a90c-3ae0-40fc-b52f-9c15aa6d02ca&algo_exp_id=ba56a90c', 'aliexpress', 'listing', '1005003912562799'),  # github-index:30609755581; excerpt
    ('\thttps://ja.aliexpress.com/item/4000388720940.html?gatewayAdapt=glo2jpn&spm=a2g0o.new_account_index.0.0.b803429bstofRQ&gps-id=pcAccount&scm=1007.36264.271383.0&sc', 'aliexpress', 'listing', '4000388720940'),  # github-index:21115242121; excerpt
    ('* [funduiro pro mini](http://ja.aliexpress.com/item/Free-Shipping-3pcs-lot-USB2-0-To-TTL-6Pin-CH340G-Converter-for-Arduino-PRO-Instead-of/1922500840.html?isOrigTitle=true) (arduiro p', 'aliexpress', 'listing', '1922500840'),  # github-index:47603896636; excerpt
    ('https://ko.aliexpress.com/item/1005003368754176.html?spm=a2g0o.order_list.order_list_main.10.65921802Ic7Kpc&gatewayAdapt=glo2kor', 'aliexpress', 'listing', '1005003368754176'),  # github-index:10172457966
    ('| TMC2209 (모터드라이버) | 3 | 입력전압 4.75~29V, 출력전류 2Arms | 3개 7,720원 | [구매링크](https://ko.aliexpress.com/item/1005013143000418.html?spm=a2g0o.productlist.main.7.67786378f4Z1aO&algo_pvid=3071cdfc-c576-4166-9eda-170de1a1f4dd&algo_exp_id=3071c', 'aliexpress', 'listing', '1005013143000418'),  # github-index:71330982501; excerpt
    ("    // 예시: 'https://ko.aliexpress.com/item/1005007137812345.html'", 'aliexpress', 'listing', '1005007137812345'),  # github-index:3774377045
    (' * https://ko.aliexpress.com/item/4001131640516.html?spm=a2g0o.order_list.order_list_main.10.6268140fqgaC4g&gatewayAdapt=glo2kor', 'aliexpress', 'listing', '4001131640516'),  # github-index:20644613975
    ('| WOLINK | Zhsunyco | [Zhsunyco BLE Electronic Shelf Label (WOLINK)](https://ko.aliexpress.com/item/1005009231276243.html) |', 'aliexpress', 'listing', '1005009231276243'),  # github-index:68295777860
    ('🔗 상품 URL: https://ko.aliexpress.com/item/123456.html', None, 'malformed-id', None),  # github-index:32402286381
    ('- [FC 구매 링크](https://ko.aliexpress.com/item/1005008824819033.html?spm=a2g0o.order_list.order_list_main.119.f19d140fXWRv7X&gatewayAdapt=glo2kor)', 'aliexpress', 'listing', '1005008824819033'),  # github-index:27289002711
    ("            f'https://star.aliexpress.com/share/share.htm?platform=AE&businessType=ProductDetail&redirectUrl={clean_link}?sourceType=620&aff_fcid='", None, 'short-link', None),  # github-index:20269160941; template
    ('  const urlCanonica = `https://star.aliexpress.com/share/share.htm?productId=${id}`;', None, 'short-link', None),  # github-index:58505730645; template
    ("    'https://m.aliexpress.com/item/1005009561948552.html',", 'aliexpress', 'listing', '1005009561948552'),  # github-index:70776097229
    ("    'https://www.aliexpress.us/item/1005009561948552.html',", 'aliexpress', 'listing', '1005009561948552'),  # github-index:70776097229
    ('            reconstructed_url = f"https://star.aliexpress.com/share/share.htm?&redirectUrl={reconstructed_url}"', None, 'short-link', None),  # github-index:39894153327; template
    ('//                "itemUrl": "//2.taobao.com/item.htm?id=554505705219&amp;from=list&amp;similarUrl=",', 'taobao', 'listing', '554505705219'),  # github-index:42121067380
    ('[咸鱼链接](https://2.taobao.com/item.htm?spm=2007.1000622.0.0.iCkUXt&id=528507949582)', 'taobao', 'listing', '528507949582'),  # github-index:18090470181
    ('              "https://2.taobao.com/item.htm?spm=2007.1000261.0.0.6f1834f16hrC3I&id=604685713430"', 'taobao', 'listing', '604685713430'),  # github-index:27203995822
    ('https://fr.aliexpress.com/item/1005005676764481.html', 'aliexpress', 'listing', '1005005676764481'),  # Koenkk/zigbee2mqtt#19160 (issue or PR thread)
    ('https://www.aliexpress.com/item/1005004838346776.html?spm=a2g0o.order_list.order_list_main.11.4e3518022GTOrV', 'aliexpress', 'listing', '1005004838346776'),  # Koenkk/zigbee2mqtt#15774 (issue or PR thread)
    ('https://www.aliexpress.com/snapshot/0.html?spm=a2g0s.9042647.0.0.7b464c4dkFntqE&orderId=3007630849168293&productId=1005001813887795', None, 'not-a-listing', None),  # Koenkk/zigbee2mqtt#5834 (issue or PR thread); an order snapshot; notes silent: an order's snapshot page, a rejection
    ('https://www.aliexpress.com/item/1005002012206617.html?spm=a2g0o.productlist.0.0.65a9551bOpRWNm&algo_pvid=7d54059b-35bf-49e1-83b0-4183c6c69e82&algo_expid=7d54059b-35bf-49e1-83b0-4183c6c69e82-4&btsid=0bb0624616111590908351893ecc16&ws_ab_test=searchweb0_0,searchweb201602_,searchweb201603_', 'aliexpress', 'listing', '1005002012206617'),  # Koenkk/zigbee2mqtt#5834 (issue or PR thread)
    ('Step 2, paste in the search bar: https://h5.m.taobao.com/awp/core/detail.htm?id=901219002736 ', 'taobao_or_tmall', 'listing', '901219002736'),  # qq8322302/Tiny6-P340-pcie-bifurcation-expansion-card#1 (issue or PR thread)
    ('Went with these instead https://m.aliexpress.com/i/1005001880012237.html', 'aliexpress', 'listing', '1005001880012237'),  # rjlee/ha_config#16 (issue or PR thread)
    ('It looks like the WeMos board could/should be this link: https://www.aliexpress.com/item/ESP8266-ESP12-ESP-12-WeMos-D1-Mini-WIFI-Dev-Kit-Development-Board-NodeMCU-Lua/32653918483.html', 'aliexpress', 'listing', '32653918483'),  # hevnsnt/cotcha#1 (issue or PR thread)
    ('It looks like the buzzer could/should be this link: https://www.aliexpress.com/item/10pcs-5V-Mini-Magnetic-Active-Buzzer-Alarm-Ringer-Black/32303976047.html', 'aliexpress', 'listing', '32303976047'),  # hevnsnt/cotcha#1 (issue or PR thread)
    ('One of the links is that, apparently https://www.aliexpress.com/item/1005008563470913.html (from zmk discord)', 'aliexpress', 'listing', '1005008563470913'),  # NologoTech/Super-nRF52840#4 (issue or PR thread)
    ('https://de.aliexpress.com/item/1005004894129906.html?spm=a2g0o.detail.1000014.17.1ff23b23u5czms&gps-id=pcDetailBottomMoreOtherSeller&scm=1007.40050.281175.0&scm_id=1007.40050.281175.0&scm-url=1007.40050.281175.0&pvid=56ad6089-7a5a-4584-b53c-d509b4ff1a5b&_t=gps-id:pcDetailBottomMoreOtherSeller,scm-url:1007.40050.281175.0,pvid:56ad6089-7a5a-4584-b53c-d509b4ff1a5b,tpp_buckets:668%232846%238110%231995&isseo=y&pdp_npi=3%40dis%21EUR%2133.66%2118.18%21%21%21%21%21%40211b5db316873661086647762ef16d%2112000030925261847%21rec%21DE%21', 'aliexpress', 'listing', '1005004894129906'),  # Koenkk/zigbee2mqtt#18231 (issue or PR thread)
    ('https://it.aliexpress.com/item/1005006001379148.html?spm=a2g0o.order_list.order_list_main.11.634a3696sfdTfP&gatewayAdapt=glo2ita', 'aliexpress', 'listing', '1005006001379148'),  # Koenkk/zigbee2mqtt#29749 (issue or PR thread)
    ('https://es.aliexpress.com/item/1005001626291641.html', 'aliexpress', 'listing', '1005001626291641'),  # Koenkk/zigbee2mqtt#16054 (issue or PR thread)
    ('https://he.aliexpress.com/item/1005007842975372.html?spm=a2g0o.imagesearchproductlist.main.1.6285VffCVffC7n&algo_pvid=62b289d2-5ed7-4c3a-957f-d3a39054724c&algo_exp_id=62b289d2-5ed7-4c3a-957f-d3a39054724c&pdp_ext_f=%7B%22order%22%3A%22141%22%2C%22spu_best_type%22%3A%22order%22%2C%22fromPage%22%3A%22search%22%7D&pdp_npi=6%40dis%21ILS%2191.30%2144.67%21%21%2128.45%2113.92%21%40213ba0c517683261916028321e0c3f%2112000042464470583%21sea%21IL%210%21ABX%211%210%21n_tag%3A-29910%3Bd%3A8816d0ca%3Bm03_new_user%3A-29895%3BpisId%3A5000000197838307&curPageLogUid=6cTy4xAJyXZh&utparam-url=scene%3Aimage_search%7Cquery_from%3Apc_web_image_search%7Cx_object_id%3A1005007842975372%7C_p_origin_prod%3A&gatewayAdapt=glo2isr', 'aliexpress', 'listing', '1005007842975372'),  # Koenkk/zigbee2mqtt#30628 (issue or PR thread)
    ('https://fr.aliexpress.com/item/1005007050686755.html?spm=a2g0o.order_list.order_list_main.11.2f1a5e5bGjqnNt&gatewayAdapt=glo2fra', 'aliexpress', 'listing', '1005007050686755'),  # Koenkk/zigbee2mqtt#23367 (issue or PR thread)
    ('I bought device with 6 Gangs https://www.aliexpress.com/item/1005005616568619.html?spm=a2g0o.order_list.order_list_main.73.34861802Q2wHgl', 'aliexpress', 'listing', '1005005616568619'),  # zigpy/zha-device-handlers#2920 (issue or PR thread)
    ('https://ozon.ru/t/Oy65hnx', None, 'not-alibaba-host', None),  # Koenkk/zigbee2mqtt#32897 (issue or PR thread); another marketplace
    ('https://aliexpress.ru/item/1005012252518237.html?spm=a2g2w.orderdetail.0.0.76264aa6FDjmeb&sku_id=12000057884024013&_ga=2.122202763.1867344110.1785356089-1666610805.1771332268', 'aliexpress', 'listing', '1005012252518237'),  # Koenkk/zigbee2mqtt#32695 (issue or PR thread)
    ('https://de.aliexpress.com/item/1005005978316733.html?spm=a2g0o.order_list.order_list_main.64.21ef5c5f2qRMLS&gatewayAdapt=glo2deu', 'aliexpress', 'listing', '1005005978316733'),  # Koenkk/zigbee2mqtt#29763 (issue or PR thread)
    ('https://it.aliexpress.com/item/1005010089241064.html?spm=a2g0o.detail.pcDetailTopMoreOtherSeller.8.3e8c7kqS7kqScN&gps-id=pcDetailTopMoreOtherSeller&scm=1007.40050.354490.0&scm_id=1007.40050.354490.0&scm-url=1007.40050.354490.0&pvid=a18d02d8-6ff8-405b-b922-a87dcc44b09b&_t=gps-id:pcDetailTopMoreOtherSeller,scm-url:1007.40050.354490.0,pvid:a18d02d8-6ff8-405b-b922-a87dcc44b09b,tpp_buckets:668%232846%238115%232000&pdp_ext_f=%7B%22order%22%3A%22191%22%2C%22eval%22%3A%221%22%2C%22orig_sl_item_id%22%3A%221005010089241064%22%2C%22orig_item_id%22%3A%221005010534236049%22%2C%22sceneId%22%3A%2230050%22%2C%22fromPage%22%3A%22recommend%22%7D&pdp_npi=6%40dis%21EUR%2198.78%2149.39%21%21%21803.09%21401.55%21%40211b61a417696214380973500e4b2c%2112000051099277049%21rec%21IT%211794086905%21X%211%210%21n_tag%3A-29919%3Bd%3Ace7d849b%3Bm03_new_user%3A-29895&utparam-url=scene%3ApcDetailTopMoreOtherSeller%7Cquery_from%3A%7Cx_object_id%3A1005010089241064%7C_p_origin_prod%3A1005010534236049', 'aliexpress', 'listing', '1005010089241064'),  # Koenkk/zigbee2mqtt#30834 (issue or PR thread)
    ('https://de.aliexpress.com/store/911222034?spm=a2g0o.detail.1000007.1.64873fb2N9MFwT', 'aliexpress', 'storefront', '911222034'),  # dresden-elektronik/deconz-rest-plugin#4343 (issue or PR thread)
    ('https://it.aliexpress.com/item/33002564031.html?src=google&src=google&albch=shopping&acnt=494-037-6276&isdl=y&slnk=&plac=&mtctp=&albbt=Gploogle_7_shopping&aff_atform=google&aff_short_key=UneMJZVf&&albagn=888888&albcp=1691306153&albag=64902423734&trgt=539263010115&crea=it33002564031&netw=u&device=c&albpg=539263010115&albpd=it33002564031&gclid=Cj0KCQjwn7j2BRDrARIsAHJkxmw7sIvgOeFR_zsMVqkOjYPSxwn-BEpC6_EEoP-2SeBMwsuuNqJ5oEQaAm1QEALw_wcB&gclsrc=aw.ds', 'aliexpress', 'listing', '33002564031'),  # dresden-elektronik/deconz-rest-plugin#2832 (issue or PR thread)
    ('https://www.aliexpress.com/item/32987611284.html?spm=a2g0o.productlist.0.0.2a673ac8hJ5Y4r&algo_pvid=fcdbe2df-baf8-4847-8914-796694e6dac4&algo_expid=fcdbe2df-baf8-4847-8914-796694e6dac4-1&btsid=287ae2b0-eb23-47c1-ab6f-4cace038fe6d&ws_ab_test=searchweb0_0,searchweb201602_3,searchweb201603_52', 'aliexpress', 'listing', '32987611284'),  # dresden-elektronik/deconz-rest-plugin#1880 (issue or PR thread)
    ('https://es.aliexpress.com/item/1005003624122067.html', 'aliexpress', 'listing', '1005003624122067'),  # Koenkk/zigbee2mqtt#18395 (issue or PR thread)
    ('[https://www.aliexpress.com/item/4001230151655.html?spm=a2g0o.cart.0.0.71873c00I1WHPh&mp=1](https://www.aliexpress.com/item/4001230151655.html?spm=a2g0o.cart.0.0.71873c00I1WHPh&mp=1)', 'aliexpress', 'listing', '4001230151655'),  # Koenkk/zigbee2mqtt#4104 (issue or PR thread)
    ('https://www.aliexpress.com/i/1005001459823340.html?spm=2114.12057483.top.4.55932e050QWoD7', 'aliexpress', 'listing', '1005001459823340'),  # Koenkk/zigbee2mqtt#4104 (issue or PR thread)
    ('https://www.aliexpress.com/i/1005001274714963.html', 'aliexpress', 'listing', '1005001274714963'),  # Koenkk/zigbee2mqtt#4104 (issue or PR thread)
    ('https://www.aliexpress.com/item/33040664471.html?spm=a2g0o.detail.1000014.7.421e590ep2IJDT&gps-id=pcDetailBottomMoreOtherSeller&scm=1007.13338.132444.000000000000000&scm_id=1007.13338.132444.000000000000000&scm-url=1007.13338.132444.000000000000000&pvid=7', 'aliexpress', 'listing', '33040664471'),  # Koenkk/zigbee2mqtt#2329 (issue or PR thread); excerpt
    ('https://item.taobao.com/item.htm?spm=a1z09.2.0.0.50842e8dok54vc&id=670669324162&_u=i2rqr52c91aa', 'taobao', 'listing', '670669324162'),  # Koenkk/zigbee2mqtt#13191 (issue or PR thread)
    ('https://www.aliexpress.com/item/1005003444957152.html', 'aliexpress', 'listing', '1005003444957152'),  # Koenkk/zigbee2mqtt#12498 (issue or PR thread)
    (' https://www.aliexpress.com/item/1005005195039361.html?spm=a2g0o.order_list.order_list_main.174.25591802AW2nQO', 'aliexpress', 'listing', '1005005195039361'),  # JohanBendz/com.tuya.zigbee#991 (issue or PR thread)
    ('- [AliExpress](https://www.aliexpress.com/item/1005010128877090.html)', 'aliexpress', 'listing', '1005010128877090'),  # romasku/tuya-zigbee-switch#261 (issue or PR thread)
    ('Added support for TS0001 wired wall switch (1 gang). https://www.aliexpress.com/item/4000424075729.html?spm=a2g0s.9042311.0.0.1d314c4dETJYBd', 'aliexpress', 'listing', '4000424075729'),  # Koenkk/zigbee-herdsman-converters#963 (issue or PR thread)
    ('https://www.aliexpress.com/item/1005001727690723.html?spm=a2g0w.12010615.8148356.66.f1371b44juAVwz', 'aliexpress', 'listing', '1005001727690723'),  # Koenkk/zigbee2mqtt#5287 (issue or PR thread)
    ('https://aliexpress.ru/item/1005005770731714.html', 'aliexpress', 'listing', '1005005770731714'),  # Koenkk/zigbee2mqtt#19361 (issue or PR thread)
    ('https://www.aliexpress.com/item/1005005519333555.html', 'aliexpress', 'listing', '1005005519333555'),  # JohanBendz/com.tuya.zigbee#1310 (issue or PR thread)
    ('https://de.aliexpress.com/item/1005006903667665.html?spm=a2g0o.order_list.order_list_main.10.11eb5c5f7myPOw&gatewayAdapt=glo2deu', 'aliexpress', 'listing', '1005006903667665'),  # Koenkk/zigbee2mqtt#23108 (issue or PR thread)
    ('Link to device image: https://pt.aliexpress.com/item/1005006101599326.html?spm=a2g0o.order_list.order_list_main.121.4208caa4e0NOgh&gatewayAdapt=glo2bra', 'aliexpress', 'listing', '1005006101599326'),  # dlnraja/com.tuya.zigbee#19 (issue or PR thread)
    ('https://www.aliexpress.us/item/3256804538374968.html?spm=a2g0o.order_list.order_list_main.10.32561802RCKBmE&gatewayAdapt=glo2usa4itemAdapt&_randl_shipto=US', 'aliexpress', 'listing', '3256804538374968'),  # JohanBendz/com.tuya.zigbee#310 (issue or PR thread)
    ('https://www.aliexpress.com/item/1005008493603271.html?spm=a2g0o.order_list.order_list_main.5.6ab51802iimRSt', 'aliexpress', 'listing', '1005008493603271'),  # Koenkk/zigbee2mqtt#27352 (issue or PR thread)
    ('https://www.aliexpress.com/item/1005005946786561.html?spm=a2g0o.order_list.order_list_main.120.21ef1802ORZQRt', 'aliexpress', 'listing', '1005005946786561'),  # Koenkk/zigbee2mqtt#19828 (issue or PR thread)
    ('https://nl.aliexpress.com/item/1005004148507209.html?spm=a2g0o.order_list.0.0.4e8f79d2CwLG3K&gatewayAdapt=glo2nld', 'aliexpress', 'listing', '1005004148507209'),  # Koenkk/zigbee-herdsman-converters#4456 (issue or PR thread)
    ('https://vi.aliexpress.com/item/1005005935585882.html?spm=a2g0o.order_list.order_list_main.29.64e11802xpbqKS&gatewayAdapt=glo2vnm', 'aliexpress', 'listing', '1005005935585882'),  # athombv/com.tuya#143 (issue or PR thread)
    ('https://m.de.aliexpress.com/item/1005005622014199.html?src=google&src=google&albch=shopping&acnt=272-267-0231&slnk=&plac=&mtctp=&albbt=Google_7_shopping&gclsrc=aw.ds&albagn=888888&ds_e_adid=640946559336&ds_e_matchtype=&ds_e_device=m&ds_e_network=u&ds_e_product_group_id=1930099069838&ds_e_product_id=de1005005622014199&ds_e_product_merchant_id=107694812&ds_e_product_country=DE&ds_e_product_language=de&ds_e_product_channel=online&ds_e_product_store_id=&ds_url_v=2&albcp=19235412643&albag=145186964380&isSmbAutoCall=false&needSmbHouyi=false&aff_fcid=d5cc9cab9efc4b298d9d23d06a685c35-1688098158955-09485-UneMJZVf&aff_fsk=UneMJZVf&aff_platform=aaf&sk=UneMJZVf&aff_trace_key=d5cc9cab9efc4b298d9d23d06a685c35-1688098158955-09485-UneMJZVf&terminal_id=a273d05a9740440e805f5b0598c16ddf&afSmartRedirect=y', 'aliexpress', 'listing', '1005005622014199'),  # JohanBendz/com.tuya.zigbee#320 (issue or PR thread); notes silent: a language's mobile host, refused as in test_real_urls_12.py
    ('- Link to device image: https://nl.aliexpress.com/item/1005005725291219.html?spm=a2g0o.order_list.order_list_main.50.4ac079d2Aeb7Je&gatewayAdapt=glo2nld)', 'aliexpress', 'listing', '1005005725291219'),  # JohanBendz/com.tuya.zigbee#1078 (issue or PR thread)
    ('- Link to device image: https://www.aliexpress.com/item/1005006338434901.html?spm=a2g0o.order_list.order_list_main.5.2c8418027vvcdq', 'aliexpress', 'listing', '1005006338434901'),  # JohanBendz/com.tuya.zigbee#779 (issue or PR thread)
    ('- Link to device image: https://s.alicdn.com/@sc04/kf/H275db0a86f4c435fa661e6c050ce53c9e.png_960x960q80.jpg', None, 'not-alibaba-host', None),  # JohanBendz/com.tuya.zigbee#1296 (issue or PR thread); an image host; an Alibaba Group CDN, no marketplace
    ('https://www.alibaba.com/product-detail/Smart-Knob-Dimmer-Switch-WiFi-Tuya_1600574868597.html', 'alibaba_com', 'listing', '1600574868597'),  # Koenkk/zigbee2mqtt#20016 (issue or PR thread)
    ('https://aliexpress.ru/item/1005005791266171.html?click_id=9mTZ21OIQuZnRYk&af=2926_Y6Ljx9&cn=2uruscsunnfewwax9dvnaue0hp2yfjr8&cv=2&cv_source=default&dp=2uruscsunnfewwax9dvnaue0hp2yfjr8&utm_campaign=2926_Y6Ljx9', 'aliexpress', 'listing', '1005005791266171'),  # Koenkk/zigbee2mqtt#20016 (issue or PR thread)
    ('- **Purchase Link**:  [ALIEXPRESS SITE](https://www.aliexpress.com/item/1005008511060768.html?spm=a2g0o.productlist.main.11.6f6152afD8nhaa&algo_pvid=a871c1dd-c054-4fca-a719-ef2accba2929&algo_exp_id=a871c1dd-c054-4fca-a719-ef2accba2929-10&pdp_ext_f=%7B%22order%22%3A%2215%22%2C%22eval%22%3A%221%22%2C%22fromPage%22%3A%22search%22%7D&pdp_npi=6%40dis%21GBP%216.47%212.47%21%21%218.48%213.24%21%40211b819117691847811094898e4d60%2112000045490959148%21sea%21UK%210%21ABX%211%210%21n_tag%3A-29910%3Bd%3A8c8b13e3%3Bm03_new_user%3A-29895%3BpisId%3A5000000199385858&curPageLogUid=uMNC16Hi17bz&utparam-url=scene%3Asearch%7Cquery_from%3A%7Cx_object_id%3A1005008511060768%7C_p_origin_prod%3A)', 'aliexpress', 'listing', '1005008511060768'),  # dlnraja/com.tuya.zigbee#113 (issue or PR thread)
    ('https://www.aliexpress.com/item/1005003775694484.html?spm=a2g0o.order_list.0.0.18751802UKSNMh', 'aliexpress', 'listing', '1005003775694484'),  # Koenkk/zigbee2mqtt#13311 (issue or PR thread)
    ('Source: https://www.aliexpress.com/item/1005007475312050.html', 'aliexpress', 'listing', '1005007475312050'),  # athombv/homey-vectors-public#287 (issue or PR thread)
    ('https://a.aliexpress.com/_mKFdLUs', None, 'short-link', None),  # JohanBendz/com.tuya.zigbee#145 (issue or PR thread)
    ('https://de.aliexpress.com/item/1005007658931092.html?spm=a2g0o.productlist.main.19.5d69knSwknSwk0&algo_pvid=f50fc6ea-79ad-468c-998e-0acdf7becc30&algo_exp_id=f50fc6ea-79ad-468c-998e-0acdf7becc30-9&pdp_npi=4%40dis%21EUR%2166.18%2159.39%21%21%21504.42%21452.67%21%40211b6c1917277912892317283e781a%2112000041690631106%21sea%21DE%210%21ABX&curPageLogUid=xcCLm3bqcbpN&utparam-url=scene%3Asearch%7Cquery_from%3A', 'aliexpress', 'listing', '1005007658931092'),  # Koenkk/zigbee2mqtt#24167 (issue or PR thread)
    ('> product link（天猫精灵定制版）:https://detail.tmall.com/item.htm?spm=a230r.1.14.15.683585edWvRuLt&id=44737476504&ns=1&abbucket=5&skuId=3428979046412', 'tmall', 'listing', '44737476504'),  # mjg59/python-broadlink#228 (issue or PR thread)
]  # fmt: skip

ALL = PART1 + ROWS


(
    test_row,
    test_cli_gives_parse_listings_answer,
    test_batch_and_columnar_give_parse_listing_answer,
) = table_tests(ALL)


@pytest.mark.parametrize(("text", "platform", "kind", "id"), [row for row in ALL if row[3]])
def test_canonical_urls_follow_the_notes(text: str, platform: str, kind: str, id: str) -> None:
    """An accepted row's canonical URL is the form listing-urls.md gives its marketplace (an
    Alibaba.com listing keeps its slug: ``product-detail/{slug}_{id}.html``)."""
    result = parse_listing(text)
    expected = _notes_canonical(text, platform, kind, id)
    if expected is None:
        assert platform == "alibaba_com", text
        assert result.canonical_url.startswith("https://www.alibaba.com/product-detail/")
        assert result.canonical_url.endswith(f"_{id}.html")
        return
    assert result.canonical_url == expected, text


_LINKS = [
    ("https://item.taobao.com/item.htm?id=542479181481", "542479181481"),
    ("https://detail.tmall.hk/hk/item.htm?id=608529032990", "608529032990"),
    ("https://detail.1688.com/offer/585943639773.html", "585943639773"),
    ("https://www.aliexpress.com/item/1005003264388589.html", "1005003264388589"),
    ("https://www.lazada.co.th/products/pdp-i4212266679.html", "4212266679"),
    ("https://www.alibaba.com/product-detail/Smart-Knob_1600574868597.html", "1600574868597"),
]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_LINKS), st.sampled_from(["url", "URL", "Url"]),
       st.sampled_from(["", "> ", "- ", "见 ", "Link: "]), st.sampled_from(["", " ", "。", " thanks"]))  # fmt: skip
def test_a_markdown_link_to_a_placeholder_reads_the_link_shown(
    link: tuple[str, str], placeholder: str, before: str, after: str
) -> None:
    """``[https://…](url)``: a Markdown link whose target is the placeholder an editor's
    "insert link" button leaves reads the link it shows (it was the relative link ``url``,
    refused). The thorough parser and the columnar kernel agree."""
    url, id = link
    text = f"{before}[{url}]({placeholder}){after}"
    result = parse_listing(text)
    assert (result.ok, result.id) == (True, id), text
    assert parse_slowly(text) == result
    columnar = pytest.importorskip("ipprules.columnar")
    assert columnar.parse_column([text]).to_pylist() == [result.as_dict()]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_LINKS), st.sampled_from(["https://evil.example/x", "evil.example",
       "//evil.example", "#top", "./buy.md", "https://tinyurl.com/abc", "x", "link",
       "urls", "", "url/x"]))  # fmt: skip
def test_a_markdown_target_that_is_a_link_is_still_where_it_leads(
    link: tuple[str, str], target: str
) -> None:
    """A target that is a link, a host, a path, a relative link or empty is where the link
    leads, whatever it shows: never the listing shown (unchanged by the fix above)."""
    url, _ = link
    text = f"[{url}]({target})"
    assert not parse_listing(text).ok, text
    assert answer(text)[0] is None
