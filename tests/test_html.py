"""HTML pages: read with a real parser, the same report as their text, every change on the markup."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from conftest import seed_report, seed_text
from pages import html_page

import aidparse
from aidparse.article.html import find_html
from aidparse.cleaning.edits import apply_changes
from aidparse.models import EditReason


def _comparable(r: aidparse.AidReport) -> dict[str, Any]:
    """What a report says about the article (not where it stood in the input)."""
    data = r.model_dump(exclude={"original_text", "edits", "encoding", "provenance", "warnings"})
    for key in ("quantities", "dates"):
        for item in data[key]:
            item.pop("original_span")
    return data


def test_an_html_page_built_from_a_seed_gives_the_seeds_report(seed: str) -> None:
    text_report = seed_report(seed)
    page = html_page(seed_text(seed), text_report.title, text_report.published)
    page_report = aidparse.parse(page.encode("utf-8"))
    assert _comparable(page_report) == _comparable(text_report)
    # every change is a change of the raw markup
    assert page_report.edits.apply(page) == page_report.text


ARTICLE = ("援疆干部人才抵达喀什\n2023-03-10 10:20 来源：喀什日报 作者：记者 王小明\n"
           "3月8日，第十批援疆干部人才一行120人抵达喀什。\n今年5月，指挥部将启动首批援建项目，总投资2.5亿元。")


def test_a_written_page_as_html_gives_the_report_of_its_text() -> None:
    text_report = aidparse.parse(ARTICLE)
    assert _comparable(aidparse.parse(html_page(ARTICLE, text_report.title))) == _comparable(text_report)


HEAD_ONLY = """<!DOCTYPE html><html><head>
<meta charset="utf-8">
<title>南疆援建项目全面开工_天山网</title>
<meta name="ArticleTitle" content="南疆援建项目全面开工">
<meta name="PubDate" content="2023-10-24 09:30">
<meta name="ContentSource" content="新疆日报">
<meta name="author" content="李明">
<meta property="og:site_name" content="天山网">
</head><body>
<div class="content"><p>近日，南疆各地援建项目全面开工，总投资12亿元。</p>
<p>今年3月以来，援疆指挥部多次赴现场调研。</p></div>
</body></html>"""


def test_head_fields_fill_the_report_when_the_text_states_none() -> None:
    r = aidparse.parse(HEAD_ONLY)
    assert (r.title, r.published, r.source, r.authors) == (
        "南疆援建项目全面开工", dt.date(2023, 10, 24), "新疆日报", ["李明"])
    assert r.text == "近日，南疆各地援建项目全面开工，总投资12亿元。\n今年3月以来，援疆指挥部多次赴现场调研。"
    # the title comes from the markup and points there
    (span,) = r.provenance["title"]
    assert HEAD_ONLY[span.start : span.end] in ("南疆援建项目全面开工_天山网", "南疆援建项目全面开工")
    assert any(d.value == "2023-03" for d in r.dates)  # 今年3月, against the PubDate


_LD_BODY = "<p>近日，南疆各地援建项目全面开工，总投资12亿元。</p>\n<p>今年3月以来，援疆指挥部多次赴现场调研。</p>"
_LD_ARTICLE = ('{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "南疆援建项目全面开工",'
               ' "datePublished": "2023-10-24T09:30:00+08:00", "author": [{"@type": "Person", "name": "李明"},'
               ' {"@type": "Person", "name": "王晓"}], "publisher": {"@type": "Organization", "name": "天山网"}}')


# (thirteenth round) an article's structured data (JSON-LD), in the head or the body, alone or in an
# @graph, escaped or not, states the title, the date and the authors as the head's <meta> tags do; a
# block that is no JSON, or an organisation as author, states nothing; more <meta> names
@pytest.mark.parametrize(("head", "body", "fields"), [
    (f'<script type="application/ld+json">{_LD_ARTICLE}</script>', "",
     ("南疆援建项目全面开工", dt.date(2023, 10, 24), ["李明", "王晓"])),
    (f'<script type="application/ld+json">{{"@graph": [{{"@type": "WebSite", "name": "天山网"}}, '
     f'{_LD_ARTICLE}]}}</script>', "", ("南疆援建项目全面开工", dt.date(2023, 10, 24), ["李明", "王晓"])),
    # (review35) in the body (a related item's) or several articles in one block: which is the page's
    # is not said; an author's @type as a list
    ("", f'<script type="application/ld+json">{_LD_ARTICLE}</script>', (None, None, [])),
    (f'<script type="application/ld+json">[{_LD_ARTICLE}, {{"@type": "NewsArticle", "headline": "另一篇"}}]'
     '</script>', "", (None, None, [])),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-10-24", '
     '"author": [{"@type": ["Person"], "name": "李明"}, {"@type": ["Organization"], "name": "新华社"}]}</script>',
     "", (None, dt.date(2023, 10, 24), ["李明"])),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "\\u5357\\u7586援建项目全面开工",'
     ' "datePublished": "2023-10-24", "author": "\\u674e\\u660e"}</script>', "",
     ("南疆援建项目全面开工", dt.date(2023, 10, 24), ["李明"])),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script>', "", (None, None, [])),
    ('<script type="application/ld+json">{"@type": "Article", "datePublished": "2023-10-24", '
     '"author": {"@type": "Organization", "name": "天山网"}}</script>', "", (None, dt.date(2023, 10, 24), [])),
    ('<meta property="weibo:article:create_at" content="2023-10-24 09:30:00">', "", (None, dt.date(2023, 10, 24), [])),
    ('<meta name="dc.date" content="2023-10-24"><meta name="dc.creator" content="李明">', "",
     (None, dt.date(2023, 10, 24), ["李明"])),
    ('<meta itemprop="datePublished" content="2023-10-24">', "", (None, dt.date(2023, 10, 24), [])),
])
def test_structured_data_and_more_meta_names(head: str, body: str, fields: tuple[Any, ...]) -> None:
    page = f"<!DOCTYPE html><html><head><meta charset=\"utf-8\">{head}</head><body>{body}\n{_LD_BODY}</body></html>"
    r = aidparse.parse(page)
    assert (r.title, r.published, r.authors) == fields
    assert r.edits.apply(page) == r.text
    assert r.text == "近日，南疆各地援建项目全面开工，总投资12亿元。\n今年3月以来，援疆指挥部多次赴现场调研。"


def test_markup_furniture_goes_and_a_header_with_the_headline_stays() -> None:
    page = ("<body><header><a>首页</a><a>新闻</a></header><article><header><h1>援疆工作纪实</h1>"
            "<p>2023-10-24 来源：新疆日报</p></header><p>援疆干部扎根基层，服务群众。</p>"
            "<aside>相关阅读 <a>另一篇</a></aside></article><nav>网站导航</nav>"
            "<footer>版权所有</footer></body>")
    r = aidparse.parse(page)
    assert (r.title, r.source, r.text) == ("援疆工作纪实", "新疆日报", "援疆工作纪实\n援疆干部扎根基层，服务群众。")
    reasons = {e.reason.value for e in r.edits}
    assert {"html-furniture", "html-line-break", "header-line"} <= reasons


@pytest.mark.parametrize(("markup", "text"), [
    ("<p>援疆</p><p>资金</p>", "援疆\n资金"),
    ("援疆<br>资金<br/>项目", "援疆\n资金\n项目"),
    ("<div><p>援疆</p></div>\n<div><p>资金</p></div>", "援疆\n资金"),
    ("<ul><li>一</li><li>二</li></ul>", "一\n二"),
    ("援<b>疆</b><a href='#'>资金</a><span>项目</span>", "援疆资金项目"),
    ("&quot;援疆&quot;&nbsp;&#x300C;资金&#12301;&amp;项目", "\"援疆\"「资金」&项目"),
    ("援疆&#13;资金&#x202E;项目", "援疆\n资金项目"),
    ("<p>援疆<!-- 注释 --></p><script>var x='<p>'</script>资金", "援疆\n资金"),
    ("就业。</p>", "就业。"),
    ("慶祝/a>活动[object HTMLUListElement]", "慶祝活动"),
    ("x<3 且 a > b", "x<3 且 a > b"),
    ("<p>援疆资金</p><!-- 广告 <p>不是正文</p>", "援疆资金"),
    ("<p>援疆资金</p><script>var s = '<p>不是正文</p>'", "援疆资金"),
    ("<p>援疆资金</p><div class='x", "援疆资金\n<div class='x"),
])
def test_markup_to_text(markup: str, text: str) -> None:
    assert aidparse.clean(markup).text == text


_BODY = "<p>援疆干部走访农户，送去慰问品。</p>"


@pytest.mark.parametrize(("markup", "caption"), [
    # the markup names it: <figcaption>, a caption's class or id in a CMS template
    ("<figure><img src='a.jpg'><figcaption>医疗队在村里义诊</figcaption></figure>", "医疗队在村里义诊"),
    ("<p align='center'><img src='a.jpg'></p><p class='text image_desc'>（部分项目清单）</p>", "（部分项目清单）"),
    ("<div id='pic-text'>新建的幼儿园</div>", "新建的幼儿园"),
    ("<span class='img_desc'>新建的幼儿园</span>", None),  # not a block: stays inline text
    # a photo, then its text in the same block
    ("<p><img src='x.jpeg' width='630'>运营商在活动上展示的芯片</p>", "运营商在活动上展示的芯片"),
    # a centred block after a centred photo (TRS and other CMS editors' layout), spans and all
    ("<p style='text-align: center;'><span><img src='p.jpg'></span></p>"
     "<p style='text-align: center; text-indent: 0em;'><span>下届承办单位接受会旗并合影</span></p>",
     "下届承办单位接受会旗并合影"),
    ("<div align=center><img src='p.jpg'></div><div style='TEXT-ALIGN:CENTER'><b>总装团队正在检查</b></div>",
     "总装团队正在检查"),
    # not captions: a numbered heading, two sentences, no photo before, an icon, a linked avatar,
    # a block with blocks inside, text before the photo
    ("<p align='center'><img src='a.jpg'></p><p align='center'>一、产业援疆</p>", None),
    ("<p align='center'><img src='a.jpg'></p><p align='center'>近日，援疆干部走访农户。他们带去了慰问品。</p>", None),
    ("<p align='center'>援疆工作会议召开</p>", None),
    ("<p><img src='images/dot.gif'>通知公告</p>", None),
    ("<p><img src='a.jpg' width='16' height='16'>相关链接</p>", None),
    ("<div><a href='/u/1'><img src='avatar.jpg'></a><span>去驴行</span></div>", None),
    ("<div><div class='icon'><img src='a.jpg'></div><div><p>体育教科书</p></div></div>", None),
    ("<p>援疆干部走访农户<img src='a.jpg'></p>", None),
    # review15: a deck, a work's title after a linked photo, a lead paragraph opening with a photo,
    # a table of people's photos and names
    ("<p align=center><img src='a.jpg'></p><p align=center>——记江苏省第十批援疆干部王晓</p>", None),
    ("<p align=center><a href='2.html'><img src='a.jpg'></a></p><p align=center>《冬夜读书示子聿》</p>", None),
    ("<p><img src='/u/a.jpg' width=600>新华社乌鲁木齐10月5日电（记者 王晓）江苏援疆医疗队10月5日抵达喀什。</p>", None),
    ("<table><tr><td><img src='a.jpg' width=120><br>王晓 江苏省援疆干部</td></tr></table>", None),
])
def test_the_markup_marks_a_photo_caption(markup: str, caption: str | None) -> None:
    r = aidparse.clean(_BODY + markup + _BODY)
    captions = ["".join(r.original[e.start:e.end].split()) for e in r.edits.edits()
                if e.reason is EditReason.CAPTION]
    if caption is None:
        assert not captions
    else:
        assert len(captions) == 1 and caption in captions[0]
        assert caption not in r.text


def test_a_centred_line_under_the_lead_photo_is_the_deck_not_a_caption() -> None:
    page = ("<h1>援疆干部扎根基层</h1><p align=center><img src='a.jpg'></p>"
            "<p align=center>——记江苏省第十批援疆干部王晓</p><p>援疆干部走访农户，送去慰问品。</p>")
    assert "记江苏省第十批援疆干部王晓" in aidparse.parse(page).text


def test_a_page_of_photos_keeps_its_captions_as_its_text() -> None:
    page = ("<h1>江苏援疆医疗队开展义诊</h1><div class=info>2023-10-24 来源：天山网</div>"
            "<div class=photo><img src='a.jpg' width=800></div><div class='pic_text'>"
            "<p>10月5日，江苏援疆医疗队在喀什地区疏附县开展义诊</p></div>")
    r = aidparse.parse(page)
    assert "江苏援疆医疗队在喀什地区疏附县开展义诊" in r.text and r.source == "天山网"


def test_changes_are_changes_of_the_raw_markup() -> None:
    page = "<p>投入资金&nbsp;<b>2.5亿元</b></p>"
    r = aidparse.parse(page)
    q = r.quantities[0]
    assert q.text == "2.5亿元" and q.original_span is not None
    assert r.edits.apply_within(page, q.original_span) == "2.5亿元"
    assert r.edits.apply(page) == r.text


@pytest.mark.parametrize("markup", [
    "<!--" * 2000, "<a " * 2000, "<![CDATA[" * 500 + ">", "<a b='" * 1000 + ">", "<nav>" * 1000,
    "<head>" * 1000 + "援疆", "</p" * 1000, "<p" + " x" * 2000, "&" * 2000, "<script>" * 500,
])
def test_odd_markup_gives_a_report(markup: str) -> None:
    r = aidparse.parse(markup)
    assert r.edits.apply(r.original_text) == r.text
    assert apply_changes(markup, find_html(markup)) is not None


def test_a_section_heading_under_the_head_is_not_the_title() -> None:
    page = ("<html><head><title>南疆援建项目全面开工_天山网</title></head><body><h2>民生援疆聚民心</h2>"
            "<p>近日，南疆各地援建项目全面开工，总投资12亿元。</p></body></html>")
    r = aidparse.parse(page)
    assert r.title == "南疆援建项目全面开工"  # the markup's, its site name cut off
    assert [s.title for s in r.sections] == ["民生援疆聚民心"]


def test_the_headline_the_markup_names_is_the_title() -> None:
    page = ("<html><head><title>援疆十年_天山网</title></head><body><h1>援疆十年</h1>"
            "<p>十年来，援疆资金累计投入100亿元。</p></body></html>")
    r = aidparse.parse(page)
    assert (r.title, r.text) == ("援疆十年", "援疆十年\n十年来，援疆资金累计投入100亿元。")
