"""Dates and periods."""

from __future__ import annotations

import datetime as dt

import pytest

import aidparse

REF = dt.date(2020, 4, 15)

# (sentence, surface, value, start, end)
ABSOLUTE = [
    ("2018-10-29 11:27:00来源:人民网", "2018-10-29 11:27:00", "2018-10-29", "2018-10-29", "2018-10-29"),
    ("2023年5月24日,益阳市第四批", "2023年5月24日", "2023-05-24", "2023-05-24", "2023-05-24"),
    ("2019年12月起,第十批", "2019年12月", "2019-12", "2019-12-01", "2019-12-31"),
    ("2023年8月中旬,省委书记", "2023年8月中旬", "2023-08", "2023-08-11", "2023-08-20"),
    ("2017至2018年总投资15.9亿元", "2017至2018年", "2017/2018", "2017-01-01", "2018-12-31"),
    ("2020—2022年累计投入", "2020—2022年", "2020/2022", "2020-01-01", "2022-12-31"),
    ("2020年被纳入组团式援疆试点", "2020年", "2020", "2020-01-01", "2020-12-31"),
    ("2023年12月30日,亚尔果勒村", "2023年12月30日", "2023-12-30", "2023-12-30", "2023-12-30"),
    ("二〇二三年五月", "二〇二三年五月", "2023-05", "2023-05-01", "2023-05-31"),
    ("2016年2月下旬", "2016年2月下旬", "2016-02", "2016-02-21", "2016-02-29"),
    ("2021/3/27挂牌", "2021/3/27", "2021-03-27", "2021-03-27", "2021-03-27"),
]


@pytest.mark.parametrize(("sentence", "surface", "value", "start", "end"), ABSOLUTE)
def test_absolute(sentence: str, surface: str, value: str, start: str, end: str) -> None:
    (d,) = [d for d in aidparse.extract_dates(sentence) if d.text == surface]
    assert (d.value, d.start, d.end, d.resolved) == (
        value, dt.date.fromisoformat(start), dt.date.fromisoformat(end), False)
    assert sentence[d.span.start : d.span.end] == surface


# (sentence, surface, value with reference 2020-04-15)
RELATIVE = [
    ("今年5月,衢州援疆启动", "今年5月", "2020-05"),
    ("3月底,杭州市第十批援疆干部人才进疆后", "3月底", "2020-03"),
    ("1月4日,二二一团经发办主任", "1月4日", "2020-01-04"),
    ("4月1日,焦鲁溢等3名援疆教师", "4月1日", "2020-04-01"),
    ("该项目预计今年年底正式投产", "年底", "2020-12"),
    ("上半年完成投资", "上半年", "2020-01/2020-06"),
    ("去年", "去年", "2019"),
]


@pytest.mark.parametrize(("sentence", "surface", "value"), RELATIVE)
def test_relative_resolved(sentence: str, surface: str, value: str) -> None:
    found = [d for d in aidparse.extract_dates(sentence, reference=REF) if d.text == surface]
    assert found, [d.text for d in aidparse.extract_dates(sentence, reference=REF)]
    assert found[0].value == value
    assert found[0].resolved


def test_month_day_without_reference_is_partial() -> None:
    (d,) = aidparse.extract_dates("1月4日,二二一团")
    assert (d.value, d.start, d.resolved) == ("--01-04", None, False)


def test_relative_without_reference_is_skipped() -> None:
    assert aidparse.extract_dates("今年5月,上半年") == []


NOT_DATES = [
    "带动就业2000余人",
    "被拐26年,她一直记得人贩子的脸",
    "四年级维吾尔族小朋友",
    "援疆医生夏天担任团职工医院副院长",
    "3年来,他们牢记嘱托",
    "“2018,我的奋进承诺”",
    "80年代",
]


@pytest.mark.parametrize("sentence", NOT_DATES)
def test_not_dates(sentence: str) -> None:
    assert aidparse.extract_dates(sentence) == []


def test_invalid_calendar_dates_are_skipped() -> None:
    assert aidparse.extract_dates("2023年2月30日") == []
    assert aidparse.extract_dates("2023-13-01") == []


def test_type_errors() -> None:
    with pytest.raises(TypeError):
        aidparse.extract_dates("2020年", reference="2020-01-01")  # type: ignore[arg-type]
