"""Cleaning: what goes, what stays, what is repaired, and the audit trail."""

from __future__ import annotations

import pytest
import regex
from conftest import seed_clean, seed_text
from hypothesis import given, settings
from hypothesis import strategies as st

import aidparse
from aidparse.models import Span

# (seed, line or fragment as in the input, reason it goes): forms the corpus shows too
# (seed-only forms — a running header, a comment-plugin line, a lone "/p>" — are tested on
# written lines in test_article_forms.py and test_html.py)
REMOVED = [
    ("000", "2018-10-29 11:27:00来源:人民网", "header-line"),
    ("000", "编辑: 加乘", "editors-line"),
    ("000", "关闭", "navigation"),
    ("000", "(通讯员 任浩 夏云伟)", "byline"),
    ("001", "責(zé)任編輯:admin", "editors-line"),
    ("001", "隨便看看:", "related-list"),
    ("001", "- [分析]被拐26年,她一直記得人販子的臉", "related-list"),
    ("001", "相關(guān)推薦:", "related-list"),
    ("001", "網(wǎng)友評(píng)論:", "related-list"),
    ("001", "- 日企(上海)中小企業(yè)國(guó)際產(chǎn)業(yè)園開園 致同推動(dòng)中日合", "related-list"),
    ("001", "(yíng)", "pinyin"),
    ("002", "打印", "navigation"),
    ("003", "乌什·衢州幼儿园同过中秋节", "caption"),
    ("003", "村民们捧着“燕山飞鸡”", "caption"),
    ("003", "衢州智慧新村的笑脸", "caption"),
    ("003", "8090南孔文化宣讲团", "caption"),
    ("003", "乌什县城区航拍", "caption"),
    ("003", "叶锡挺", "byline"),
    ("004", "推荐阅读", "related-list"),
    ("004", "- 兵王故事|又一中东大国战火升级,俄盟友发起全面总攻,伊朗还在苦苦支撑", "related-list"),
    ("004", "- |交易商协会推出ABCP创新产品 首批5单试点项目落地", "related-list"),
    ("004", "本报讯(采访人员 姚容)", "byline"),
]


#: Removals of earlier steps that a later removal keeps inside it, with their own reason.
NESTED = {"pinyin", "zero-width", "html-tag", "html-entity", "spacing", "bidi-control"}


def _removed_as(result: aidparse.CleanedText, start: int, end: int, reason: str) -> bool:
    """Every character of ``[start, end)`` is removed, by ``reason`` or a nested removal."""
    covered = start
    for r in result.removed:
        if r.span.end <= covered or r.span.start > covered:
            continue
        if r.reason != reason and r.reason not in NESTED:
            return False
        covered = r.span.end
        if covered >= end:
            return True
    return False


@pytest.mark.parametrize(("prefix", "text", "reason"), REMOVED)
def test_removed_with_reason(prefix: str, text: str, reason: str) -> None:
    result = seed_clean(prefix)
    starts = [m.start() for m in regex.finditer(regex.escape(text), result.original)]
    assert any(_removed_as(result, s, s + len(text), reason) for s in starts), starts


# (seed, sentence that must survive, in Simplified)
KEPT = [
    ("000", "干出成果 干出友谊——衢州援疆干部人才用实干演绎“衢乌一家亲”"),
    ("000", "第九批衢州援疆干部人才进疆以来,扛起属于他们的历史担当"),
    ("000", "作出衢州努力、扛起衢州担当、贡献衢州力量,书写无愧于时代"),
    ("001", "三年来,省市两级财政累计投入援疆资金13.56亿元"),
    ("001", "新疆喀什(山东水发)现代蔬菜产业示范园"),
    ("001", "为中华儿女留下宝贵的记忆。"),
    ("002", "在《益阳日报》开设了专栏《援疆“周”记》,持续宣传援疆工作。"),
    ("002", "援疆医生夏天担任团职工医院副院长"),
    ("003", "东南风吹西北暖,衢乌情深意绵长。"),
    ("003", "该做法得到省援疆指挥部和阿克苏地区教育部门的充分肯定"),
    ("003", "一批批乌什和一师四团干部、人才、学生赴衢考察进修"),
    ("003", "倾心—— 组团服务,智力援疆惠民生"),
    ("004", "近日,阿克苏市喀拉塔勒镇的项目工地呈现出一派火热的景象,简朴而隆重"),
    ("004", "并对阿克苏市人民医院的患者进行了远程会诊。"),
]


@pytest.mark.parametrize(("prefix", "sentence"), KEPT)
def test_article_sentences_kept(prefix: str, sentence: str) -> None:
    assert sentence in aidparse.to_simplified(seed_clean(prefix).text)


GONE = [
    ("000", "关闭"), ("000", "编辑"), ("001", "責任編輯"), ("001", "被拐26年"), ("001", "admin"),
    ("001", "(dāng)"), ("002", "打印"), ("003", "航拍"),
    ("004", "推荐阅读"), ("004", "14.06亿"), ("004", " , "), ("004", "本报讯"),
]


@pytest.mark.parametrize(("prefix", "fragment"), GONE)
def test_boilerplate_gone(prefix: str, fragment: str) -> None:
    assert fragment not in seed_clean(prefix).text


# Seed 001's damaged sites are tested one by one in test_seed001_repair.py.


def test_repairs_are_recorded_with_evidence() -> None:
    repairs = [r for r in seed_clean("001").repairs
               if r.method in ("misaligned-gbk", "lost-character")]
    assert len(repairs) >= 18
    text = seed_text("001")
    for r in repairs:
        assert text[r.span.start : r.span.end] == r.before
        assert 0 < r.confidence <= 1


@pytest.mark.parametrize("prefix", ["000", "002", "003", "004"])
def test_clean_seeds_keep_every_han_character(prefix: str) -> None:
    result = seed_clean(prefix)
    assert not [r for r in result.repairs if regex.search(r"\p{Han}", r.before + r.after)]


def test_removals_map_back_to_the_input(seed: str) -> None:
    text = seed_text(seed)
    for r in seed_clean(seed).removed:
        assert text[r.span.start : r.span.end] == r.text


def test_spans_map_back_to_the_input(seed: str) -> None:
    text = seed_text(seed)
    result = seed_clean(seed)
    for m in regex.finditer(r"\p{Han}{4}", result.text):
        span = result.to_input(Span(start=m.start(), end=m.end()))
        # replaying what was done inside the mapped region gives the characters back
        assert m.group() in result.edits.apply_within(text, span)
        if text[span.start : span.end] != m.group():
            assert any(span.start <= e.start < e.end <= span.end for e in result.edits)


def test_clean_is_idempotent(seed: str) -> None:
    once = seed_clean(seed).text
    assert aidparse.clean(once).text == once


def test_metadata_lines_are_handed_on() -> None:
    meta = {(m.field, m.value) for m in seed_clean("000").metadata}
    assert {("site", "央广网"), ("source", "人民网"), ("editors", "加乘"),
            ("authors", "任浩"), ("authors", "夏云伟")} <= meta
    assert ("published", "2018-10-29 11:27:00") in meta


def test_config_turns_steps_off() -> None:
    text = "東營(yíng)援疆"
    assert aidparse.clean(text, config=aidparse.CleanConfig(pinyin=False)).text == text
    assert aidparse.clean(text).text == "東營援疆"


def test_explain_lists_the_steps_that_changed_something() -> None:
    text, steps = aidparse.clean_and_explain("央广网\n\n标题\n\n正文&nbsp;。")
    assert text == "标题\n正文。"
    assert steps == ["html", "boilerplate", "blank_lines"]


def test_crlf_input() -> None:
    result = aidparse.clean("标题\r\n\r\n正文。\r\n")
    assert result.text == "标题\n正文。"
    assert result.to_input(Span(start=3, end=6)) == Span(start=6, end=9)


def test_chinese_punctuation_is_never_flattened() -> None:
    text = "“援疆”，（资金）、《规划》：完成！"
    assert aidparse.clean(text).text == text


def test_real_parentheses_stay() -> None:
    text = "本地(通讯员 任浩)说,新疆喀什(山东水发)园区和医院(EICU)。"
    assert "(山东水发)" in aidparse.clean(text).text
    assert "(EICU)" in aidparse.clean(text).text


_alphabet = st.sampled_from(
    list("援疆资金项目东營(yíng)（）“”，。、:,;|-•  \n\t&nbsp;<p></p>責任編輯关闭推荐阅读0123456789")
)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_alphabet, max_size=200))
def test_clean_never_raises_and_maps_exactly(text: str) -> None:
    result = aidparse.clean(text)
    for r in result.removed:
        assert text[r.span.start : r.span.end] == r.text
    end = result.to_input(Span(start=0, end=len(result.text)))
    assert 0 <= end.start <= end.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_clean_handles_arbitrary_text(text: str) -> None:
    result = aidparse.clean(text)
    assert isinstance(result.text, str)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("援疆资金项目东营，。、“”：\n 12")), max_size=200))
def test_clean_is_idempotent_on_plain_text(text: str) -> None:
    once = aidparse.clean(text).text
    assert aidparse.clean(once).text == once


def test_clean_text_passes_through_unchanged() -> None:
    text = "衢州援疆\n第十批衢州市援疆指挥部派出74名援疆干部人才。"
    result = aidparse.clean(text)
    assert result.text == text
    assert result.removed == [] and result.repairs == []


@pytest.mark.parametrize(
    ("line", "field", "values"),
    [("记者：张三 李四", "authors", ["张三", "李四"]), ("责任编辑:admin", "editors", ["admin"]),
     ("来源：新疆日报", "source", ["新疆日报"]), ("【编辑：王五】", "editors", ["王五"])],
)
def test_role_lines_become_metadata(line: str, field: str, values: list[str]) -> None:
    text = "标题\n正文。\n" + line
    result = aidparse.clean(text)
    assert result.text == "标题\n正文。"
    metas = [m for m in result.metadata if m.field == field]
    assert [m.value for m in metas] == values
    for m in metas:
        assert text[m.span.start : m.span.end] == m.value


@pytest.mark.parametrize(
    "text",
    ["你说什么?ok)好的", "项目?abc)启动", "是否参加?(报名截止)", "怎么样?入户深圳不走弯路", "2025?", "Q&A?yes)"],
)
def test_real_question_marks_are_left_alone(text: str) -> None:
    result = aidparse.clean(text)
    assert result.text == text
    assert result.repairs == []
