"""Pages written for these tests, in the style scrapers deliver (not the seeds)."""

from __future__ import annotations

import functools
from decimal import Decimal

import aidparse

PAGE = """<html><head><meta charset="utf-8"><title>南京援疆</title>
<script>var x = "<p>不是正文</p>";</script></head><body>
<div class="nav">首页 | 新闻 | 援疆动态</div>
天山网
<h1>南京第十一批援疆干部人才抵达伊宁市</h1>
发布时间：2023-04-18 10:20 来源：南京日报
<p>&nbsp;&nbsp;本报讯（记者 王晓明）4月16日，江苏省南京市第十一批援疆干部人才共86人抵达伊宁市，开始为期三年的援疆工作。</p>
<p>据介绍，“十四五”期间南京市计划安排援疆资金约12.5亿元，实施项目120余个，其中民生项目占比超过80%。今年将新建学校3所、安居房1500户，培训当地干部2000人次以上。</p>
<p>责任编辑：李华</p>
相关阅读
· 南京援疆医疗队完成首例手术
· 伊宁市举行招商推介会
【打印】【关闭】
</body></html>"""


@functools.cache
def _report() -> aidparse.AidReport:
    # GBK bytes behind a page that claims to be UTF-8
    return aidparse.parse(PAGE.encode("gbk"))


def test_lying_meta_charset() -> None:
    r = _report()
    assert r.encoding is not None
    assert (r.encoding.encoding, r.encoding.declared, r.encoding.declared_consistent) == (
        "gbk", "utf-8", False)
    assert aidparse.WarningCode.DECLARED_CHARSET_MISMATCH in [w.code for w in r.warnings]


def test_head_script_navigation_and_furniture_are_gone() -> None:
    text = _report().text
    for gone in ("不是正文", "首页", "天山网", "责任编辑", "相关阅读", "招商推介会", "打印", "var x"):
        assert gone not in text, gone


def test_metadata() -> None:
    r = _report()
    assert r.title == "南京第十一批援疆干部人才抵达伊宁市"
    assert (r.source, r.published.isoformat() if r.published else None) == ("南京日报", "2023-04-18")
    assert r.authors == ["王晓明"]
    assert r.editors == ["李华"]


def test_donor_recipient_batch() -> None:
    r = _report()
    assert r.donor is not None and (r.donor.name, r.donor.parent) == ("南京市", "江苏省")
    assert [p.name for p in r.recipients] == ["伊宁市"]
    assert r.batch == 11
    # 南京 counts its own batches (第五批 ≈ 2023): the gazetteer cannot date a 第十一批
    assert r.period is None
    assert aidparse.WarningCode.BATCH_OUT_OF_RANGE in [w.code for w in r.warnings]


def test_quantities() -> None:
    got = {(q.text, q.value, q.unit, q.approx.value) for q in _report().quantities}
    assert {
        ("共86人", Decimal(86), "人", "exact"),
        ("约12.5亿元", Decimal(1250000000), "CNY", "about"),
        ("120余个", Decimal(120), "个", "over"),
        ("超过80%", Decimal(80), "%", "over"),
        ("2000人次以上", Decimal(2000), "人次", "over"),
    } <= got
    r = _report()
    assert r.funding is not None and r.funding.text == "约12.5亿元"
    assert r.personnel is not None and r.personnel.text == "共86人"


def test_relative_date_resolved_against_the_header_date() -> None:
    assert [(d.value, d.year_source.value) for d in _report().dates][:1] == [
        ("2023-04-16", "published")]


def test_traditional_big5_page() -> None:
    import opencc

    page = opencc.OpenCC("s2t").convert(PAGE).replace('charset="utf-8"', 'charset="big5"')
    r = aidparse.parse(page.encode("big5", errors="replace"))
    assert r.encoding is not None and r.encoding.encoding == "big5"
    assert r.script.script.value == "traditional"
    assert r.donor is not None and r.donor.name == "南京市"
    assert r.title == "南京第十一批援疆干部人才抵达伊宁市"
