"""The assembled report, seed by seed, and its invariants."""

from __future__ import annotations

import datetime as dt
import json
import pathlib
from decimal import Decimal

import pytest
from conftest import seed_report, seed_text
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

import aidparse

# (seed, title, source, published, authors, donor, recipients, batch)
FACTS = [
    ("000", "干出成果 干出友谊——衢州援疆干部人才用实干演绎“衢乌一家亲”", "人民网",
     dt.date(2018, 10, 29), ["任浩", "夏云伟"], "衢州市", ["乌什县", "第一师四团"], 9),
    ("001", "鲁疆同心 齐美中华 山东省第十批东营援疆工作成果丰硕", None, None, [],
     "东营市", ["疏勒县"], 10),
    ("002", None, None, None, [], "益阳市", ["第十二师二二一团"], 4),
    ("003", "忠诚报国 团结实干 倾情援疆 勇立潮头", None, None, ["叶锡挺"],
     "衢州市", ["乌什县", "第一师四团"], 10),
    ("004", "携手全面小康 助力脱贫攻坚", None, None, ["姚容"],
     "杭州市", ["阿克苏市", "第一师阿拉尔市"], 10),
]


@pytest.mark.parametrize(
    ("prefix", "title", "source", "published", "authors", "donor", "recipients", "batch"), FACTS)
def test_seed_facts(prefix: str, title: str | None, source: str | None,
                    published: dt.date | None, authors: list[str], donor: str,
                    recipients: list[str], batch: int) -> None:
    r = seed_report(prefix)
    assert r.title == title
    assert r.source == source
    assert r.published == published
    assert r.authors == authors
    assert r.donor is not None and r.donor.name == donor
    assert [p.name for p in r.recipients] == recipients
    assert r.batch == batch


def test_subtitle_and_editors() -> None:
    assert seed_report("001").subtitle == "三载援疆 累结硕果 山东省第十批东营援疆工作综述"
    assert seed_report("000").editors == ["加乘"]
    assert seed_report("001").editors == ["admin"]


def test_donor_and_recipient_levels() -> None:
    r = seed_report("000")
    assert r.donor is not None
    assert (r.donor.level.value, r.donor.parent) == ("city", "浙江省")
    assert [(p.level.value, p.parent) for p in r.recipients] == [
        ("county", "阿克苏地区"), ("regiment", "第一师")]


def test_places_point_at_their_mentions(seed: str) -> None:
    r = seed_report(seed)
    for p in [r.donor, *r.recipients]:
        assert p is not None and p.span is not None
        assert r.text[p.span.start : p.span.end] == p.mention


# (seed, surface, kind, value, unit, approx) as they stand in the parsed report
KEY_QUANTITIES = [
    ("000", "15.9亿元", "money", "1590000000", "CNY", "exact"),
    ("000", "8000多人", "count", "8000", "人", "over"),
    ("001", "420余万元", "money", "4200000", "CNY", "over"),
    ("001", "13.56亿元", "money", "1356000000", "CNY", "exact"),
    ("001", "25大项", "count", "25", "大项", "exact"),
    ("002", "1000多万元", "money", "10000000", "CNY", "over"),
    ("002", "近10万吨", "weight", "100000", "t", "under"),
    ("003", "74名", "count", "74", "名", "exact"),
    ("003", "8.4亿元", "money", "840000000", "CNY", "exact"),
    ("004", "2.13亿元", "money", "213000000", "CNY", "exact"),
    ("004", "89.3%", "percent", "89.3", "%", "exact"),
]


@pytest.mark.parametrize(("prefix", "surface", "kind", "value", "unit", "approx"), KEY_QUANTITIES)
def test_key_quantities(prefix: str, surface: str, kind: str, value: str, unit: str,
                        approx: str) -> None:
    found = [q for q in seed_report(prefix).quantities if q.text == surface]
    assert found
    q = found[0]
    assert (q.kind.value, q.value, q.unit, q.approx.value) == (kind, Decimal(value), unit, approx)


def test_quantities_trace_back_to_the_original(seed: str) -> None:
    r = seed_report(seed)
    for q in r.quantities:
        assert q.original_span is not None
        original = r.original_text[q.original_span.start : q.original_span.end]
        # what cleaning took out inside the span (spaces, pinyin annotations) is still there
        assert aidparse.clean(aidparse.to_simplified(original)).text == q.text


def test_dates_trace_back_and_resolve_against_published() -> None:
    r = seed_report("000")
    values = [d.value for d in r.dates]
    assert "2017/2018" in values
    assert "2018-05" in values  # 今年5月, resolved against 2018-10-29
    for d in r.dates:
        assert d.original_span is not None


def test_published_argument_is_reference_when_text_has_no_date() -> None:
    r = aidparse.parse(seed_bytes_004(), published=dt.date(2020, 4, 20))
    assert r.published == dt.date(2020, 4, 20)
    assert any(d.value == "2020-03" and d.year_source is aidparse.YearSource.PUBLISHED
               for d in r.dates)


def seed_bytes_004() -> bytes:
    return seed_text("004").encode("utf-8")


def test_traditional_big5_input_gives_the_same_facts() -> None:
    import opencc

    big5 = opencc.OpenCC("s2t").convert(seed_text("003")).encode("big5", errors="replace")
    r = aidparse.parse(big5)
    assert r.encoding is not None and r.encoding.encoding.startswith("big5")
    assert r.script.script.value == "traditional"
    assert r.donor is not None and r.donor.name == "衢州市"
    assert r.batch == 10


def test_report_json_round_trip_and_schema() -> None:
    r = seed_report("002")
    data = json.loads(r.model_dump_json())
    assert data["donor"]["name"] == "益阳市"
    assert aidparse.AidReport.model_validate_json(r.model_dump_json()).quantities == r.quantities
    schema = aidparse.AidReport.model_json_schema()
    assert {"text", "original_text", "quantities", "donor", "batch"} <= set(schema["properties"])


def test_records_are_flat() -> None:
    rows = seed_report("004").to_records()
    assert len(rows) == len(seed_report("004").quantities)
    assert rows[0]["donor"] == "杭州市"
    assert all(not isinstance(v, (list, dict)) for row in rows for v in row.values())


def test_empty_input_is_an_empty_report() -> None:
    r = aidparse.parse(b"")
    assert (r.text, r.title, r.donor, r.quantities) == ("", None, None, [])


def test_models_are_frozen_and_strict() -> None:
    r = seed_report("002")
    with pytest.raises(ValidationError):
        r.batch = 5  # type: ignore[misc]
    with pytest.raises(ValidationError):
        aidparse.Span(start=1, end=2, extra=3)  # type: ignore[call-arg]
    with pytest.raises(ValidationError):
        aidparse.Span(start=5, end=2)


def test_wrong_types() -> None:
    with pytest.raises(TypeError, match="bytes or str"):
        aidparse.parse(12)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        aidparse.parse("text", encoding="gbk")
    with pytest.raises(TypeError):
        aidparse.parse("text", published="2020-01-01")  # type: ignore[arg-type]


def test_binary_raises_typed_error() -> None:
    with pytest.raises(aidparse.BinaryInputError):
        aidparse.parse(b"\x89PNG\r\n\x1a\n" + bytes(100))


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=400))
def test_parse_never_raises_anything_but_aidparse_errors(data: bytes) -> None:
    try:
        report = aidparse.parse(data)
    except aidparse.AidparseError:
        return
    for q in report.quantities:
        assert report.text[q.span.start : q.span.end] == q.text
    for d in report.dates:
        assert report.text[d.span.start : d.span.end] == d.text


_report_text = st.text(
    alphabet=st.sampled_from(list("援疆资金项目东营衢州乌什县一师四团第十批派出名万元亿多余近约年月日，。、\n 0123456789")),
    max_size=300,
)


@settings(max_examples=100, deadline=None)
@given(_report_text)
def test_spans_exact_on_report_like_text(text: str) -> None:
    report = aidparse.parse(text)
    for q in report.quantities:
        assert report.text[q.span.start : q.span.end] == q.text
        span = report.to_original(q.span)
        assert 0 <= span.start <= span.end <= len(report.original_text)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "gb18030", "utf-8-sig"])
def test_windows_saved_file_gives_the_same_report(encoding: str) -> None:
    # no BOM for UTF-16 here, CRLF line endings: how a file saved on Windows arrives
    text = seed_text("003").replace("\n", "\r\n")
    r = aidparse.parse(text.encode(encoding))
    base = seed_report("003")
    assert r.text == base.text
    assert [q.text for q in r.quantities] == [q.text for q in base.quantities]
    assert (r.donor, r.recipients, r.batch, r.authors) == (
        base.donor, base.recipients, base.batch, base.authors)


def test_a_str_that_names_a_file_is_text_with_a_warning(tmp_path: pathlib.Path) -> None:
    page = tmp_path / "001.txt"
    page.write_text("衢州援疆干部人才抵达乌什县。", encoding="utf-8")
    as_text = aidparse.parse(str(page))
    assert as_text.text == str(page)  # a str is always text
    assert [w.code for w in as_text.warnings][:1] == [aidparse.WarningCode.INPUT_IS_A_PATH]
    as_path = aidparse.parse(page)
    assert as_path.donor is not None and as_path.warnings == []
    assert aidparse.WarningCode.INPUT_IS_A_PATH not in [w.code for w in aidparse.parse("援疆").warnings]


@pytest.mark.parametrize(("text", "code"), [
    # a Chinese page of furniture and metadata only: nothing is left, and it says so (not "not Chinese")
    ("首页 > 新闻 > 正文\n2021-05-08 来源：天山网\n责任编辑：王晓", "nothing-left"),
    ("hello world, this page is written in English", "not-chinese"),
    ("Xinhua 新华网\nThe Jiangsu aid team arrived in Yining on Monday. It will stay three years.", "not-chinese"),
    # text given as str is checked as bytes are: Japanese and Korean are no Chinese
    ("江蘇省の支援チームは月曜日に伊寧に到着した。彼らは三年間滞在する予定です。", "not-chinese"),
    ("한국 지원팀이 월요일에 이닝에 도착했다.", "not-chinese"),
])
def test_an_empty_article_says_why(text: str, code: str) -> None:
    codes = [w.code.value for w in aidparse.parse(text).warnings]
    assert code in codes
    assert not {"nothing-left", "not-chinese"} <= set(codes)


@pytest.mark.parametrize("as_bytes", [False, True])
def test_a_chinese_page_with_its_english_translation_is_chinese(as_bytes: bool) -> None:
    """About one Han character an English word: the page is Chinese (a translation beside it)."""
    zh = "援疆医疗队近日进村开展义诊，为当地群众免费检查身体并赠送药品，受到群众欢迎。"
    en = ("The medical aid team recently visited the village, giving free health checks and "
          "medicines to local residents, who welcomed the team warmly.")
    text = f"援疆医疗队进村开展义诊\n{zh}\n{en}\n{en}"
    report = aidparse.parse(text.encode("utf-8") if as_bytes else text)
    assert "not-chinese" not in [w.code.value for w in report.warnings]
