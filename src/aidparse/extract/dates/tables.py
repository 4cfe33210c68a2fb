"""The tables date extraction is built from: typed constants, one per class of word.

The patterns in :mod:`aidparse.extract.dates.patterns` are built from these, so a new planning
period, holiday or part of a year is a new row here, not a new rule.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "AGO_FOLLOWERS_NOT",
    "AGO_UNITS",
    "AGO_WORDS",
    "BOUNDARY_AFTER",
    "BOUNDARY_BEFORE",
    "CN_DIGIT",
    "CONTEXT_YEARS",
    "DAY_FOLLOWERS_NOT_DATE",
    "ERAS",
    "HAO_DAY_FOLLOWERS",
    "HOLIDAYS",
    "HOLIDAY_ALIASES_NEED_CONTEXT",
    "HOLIDAY_WORDS",
    "ID_LABELS",
    "LUNAR_WORDS",
    "MONTH_OFFSETS",
    "MONTH_PARTS",
    "PLAN_ALIASES_NEED_CONTEXT",
    "PLAN_PERIODS",
    "PLAN_WORDS",
    "RANGE_SEPARATORS",
    "RELATIVE_DAYS",
    "RELATIVE_YEARS",
    "WEEKDAYS",
    "WEEKDAY_HOLIDAYS",
    "WEEKDAY_ORDINAL_ENDS",
    "WEEK_OFFSETS",
    "WEEK_WORDS",
    "YEAR_PARTS",
    "YEAR_PARTS_NEED_YEAR",
]

#: Chinese digits as they are written in dates (``二〇二三年``, ``二零零四年``, ``十二月``).
CN_DIGIT: Final[dict[str, int]] = {
    "〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
    "七": 7, "八": 8, "九": 9,
}

#: Words between two dates that make them one period (``5月24日至26日``, ``2020—2022年``).
#: Dashes of every width a page uses, the full-width hyphen and tildes included.
RANGE_SEPARATORS: Final[tuple[str, ...]] = (
    "至", "到", "——", "—", "–", "-", "－", "~", "～", "〜",
)

#: Years relative to the reference year: word -> offset (``今年`` 0, ``去年`` -1, ``明年`` 1).
#: On its own such a word only refers (``今年是援疆第十年``, ``明年,…将新增``): it is emitted only
#: with the month, day or part of the year that follows it (``今年5月``, ``去年年底``).
RELATIVE_YEARS: Final[dict[str, int]] = {
    "今年": 0, "本年": 0, "本年度": 0, "去年": -1, "上年": -1, "上一年": -1, "前年": -2,
    "明年": 1, "后年": 2,
}

#: Years relative to the year the text is talking about (the nearest year stated before).
CONTEXT_YEARS: Final[dict[str, int]] = {"当年": 0, "同年": 0, "次年": 1, "翌年": 1}

#: Parts of a year: word -> (first month, last month).
#: ``年初``/``年底``/``年末``/``年中`` are parts too, but on their own, without a year or a
#: relative year before them, they only refer (``年底前完成``) and are not emitted.
YEAR_PARTS: Final[dict[str, tuple[int, int]]] = {
    "上半年": (1, 6), "前半年": (1, 6), "下半年": (7, 12), "后半年": (7, 12),
    "第一季度": (1, 3), "第二季度": (4, 6), "第三季度": (7, 9), "第四季度": (10, 12),
    "一季度": (1, 3), "二季度": (4, 6), "三季度": (7, 9), "四季度": (10, 12),
    "1季度": (1, 3), "2季度": (4, 6), "3季度": (7, 9), "4季度": (10, 12),
    "前三季度": (1, 9), "前两季度": (1, 6), "前二季度": (1, 6), "后两季度": (7, 12),
    "年初": (1, 1), "初": (1, 1), "年中": (6, 7), "年底": (12, 12), "底": (12, 12),
    "年末": (12, 12), "末": (12, 12),
}
#: Parts that need a year written before them to be emitted.
YEAR_PARTS_NEED_YEAR: Final[frozenset[str]] = frozenset(
    {"年初", "初", "年中", "年底", "底", "年末", "末"})

#: Calendars other than the Gregorian: a date after one of these words is a lunar date, which
#: the extractor does not convert (so it does not emit it).
LUNAR_WORDS: Final[tuple[str, ...]] = ("农历", "阴历", "夏历", "旧历")

#: Parts of a month: word -> (first day, last day or None for the month's last).
#: A bare ``中`` is not one: ``5月中国…`` is "May, China".
MONTH_PARTS: Final[dict[str, tuple[int, int | None]]] = {
    "上旬": (1, 10), "中旬": (11, 20), "下旬": (21, None),
    "初": (1, 10), "底": (21, None), "末": (21, None),
    "上半月": (1, 15), "下半月": (16, None),
}

#: Months relative to the reference month.
MONTH_OFFSETS: Final[dict[str, int]] = {
    "本月": 0, "这个月": 0, "上月": -1, "上个月": -1, "上一个月": -1,
    "下月": 1, "下个月": 1, "下一个月": 1, "上上个月": -2, "下下个月": 2,
}

#: Days relative to the reference date (with the Traditional 後, for text not converted).
RELATIVE_DAYS: Final[dict[str, int]] = {
    "今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "明天": 1, "明日": 1,
    "前天": -2, "前日": -2, "后天": 2, "後天": 2, "大前天": -3, "大后天": 3, "大後天": 3,
}

#: Weekdays (Monday is 0); the word for "week" comes before them.
WEEKDAYS: Final[dict[str, int]] = {
    "一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "末": 5,
}
#: Weeks relative to the reference week, written before ``周``/``星期``/``礼拜``
#: (with the Traditional 個, for text not converted).
WEEK_OFFSETS: Final[dict[str, int]] = {
    **{f"{word}{measure}": offset
       for word, offset in (("这", 0), ("这一", 0), ("上", -1), ("上一", -1), ("下", 1),
                            ("下一", 1), ("上上", -2), ("下下", 2))
       for measure in ("", "个", "個")},
    "本": 0,
}
#: The words for "week" before a weekday: 星期三, 礼拜三, 周三 (and Traditional 禮拜, 週).
WEEK_WORDS: Final[tuple[str, ...]] = ("星期", "礼拜", "禮拜", "周", "週")

#: Holidays on a fixed day of the Gregorian calendar: name -> (month, day).
#: Lunar holidays (春节, 中秋, 端午, 古尔邦节 ...) move from year to year and are not listed:
#: a confident wrong day is worse than none.
HOLIDAYS: Final[dict[str, tuple[int, int]]] = {
    "元旦": (1, 1), "元旦节": (1, 1), "情人节": (2, 14), "妇女节": (3, 8), "三八妇女节": (3, 8),
    "国际妇女节": (3, 8), "植树节": (3, 12), "愚人节": (4, 1), "劳动节": (5, 1),
    "五一劳动节": (5, 1), "国际劳动节": (5, 1), "青年节": (5, 4), "五四青年节": (5, 4),
    "儿童节": (6, 1), "六一儿童节": (6, 1), "建党节": (7, 1), "七一建党节": (7, 1),
    "建军节": (8, 1), "八一建军节": (8, 1), "教师节": (9, 10), "国庆节": (10, 1),
    "国庆": (10, 1), "万圣节": (10, 31), "光棍节": (11, 11), "双十一": (11, 11),
    "记者节": (11, 8), "中国记者节": (11, 8), "平安夜": (12, 24), "圣诞节": (12, 25),
    "女生节": (3, 7),
    "五一": (5, 1), "十一": (10, 1), "七一": (7, 1), "八一": (8, 1),
}
#: Holidays on the n-th weekday of a month: name -> (month, weekday (Monday 0), n).
WEEKDAY_HOLIDAYS: Final[dict[str, tuple[int, int, int]]] = {
    "母亲节": (5, 6, 2), "父亲节": (6, 6, 3), "感恩节": (11, 3, 4),
}
#: Holiday names that are also numerals or place names (``五一村``, ``八一农学院``, ``十一个``):
#: taken as a holiday only when a holiday word follows (``五一期间``, ``国庆前夕``).
HOLIDAY_ALIASES_NEED_CONTEXT: Final[frozenset[str]] = frozenset(
    {"五一", "十一", "七一", "八一", "国庆"})
#: Words that make such an alias a holiday.
HOLIDAY_WORDS: Final[tuple[str, ...]] = (
    "节", "期间", "前夕", "假期", "长假", "当天", "黄金周", "小长假")

#: China's five-year plans: short name -> (first year, last year). The first two ran
#: 1953–1957 and 1958–1962; after three years of adjustment (1963–1965) each plan has run
#: five years from 1966, so the n-th (n ≥ 3) begins in 1966 + 5 (n − 3).
PLAN_PERIODS: Final[dict[str, tuple[int, int]]] = {
    "一五": (1953, 1957), "二五": (1958, 1962), "三五": (1966, 1970), "四五": (1971, 1975),
    "五五": (1976, 1980), "六五": (1981, 1985), "七五": (1986, 1990), "八五": (1991, 1995),
    "九五": (1996, 2000), "十五": (2001, 2005), "十一五": (2006, 2010), "十二五": (2011, 2015),
    "十三五": (2016, 2020), "十四五": (2021, 2025), "十五五": (2026, 2030),
}
#: Short plan names that are also plain numerals (``五五``, ``十五``): taken as a plan only in
#: quotes or before a plan word.
PLAN_ALIASES_NEED_CONTEXT: Final[frozenset[str]] = frozenset(
    name for name in PLAN_PERIODS if len(name) == 2)
#: Words after a plan name that make it one (``十四五规划``, ``“十三五”期间``).
PLAN_WORDS: Final[tuple[str, ...]] = (
    "规划", "计划", "期间", "时期", "以来", "开局", "收官", "末", "初", "中期")

#: What may follow a day-only date (``24日``) and makes it a count of days instead
#: (``15日内``, ``3日游``, ``30日以上``, ``日均``).
DAY_FOLLOWERS_NOT_DATE: Final[tuple[str, ...]] = (
    "内", "以内", "之内", "游", "左右", "以上", "以后", "后", "之后", "前", "以前", "之前",
    "均", "以来", "多", "余", "之久", "工作日",
)

#: Words that make a date the boundary of a span (``自2010年以来``, ``截至2016年底``,
#: ``从2011年起``) rather than the time a passage narrates: such a date does not lend its year to
#: the month-days after it.
BOUNDARY_BEFORE: Final[tuple[str, ...]] = ("自", "从", "截至", "截止", "截止到", "到", "至")
BOUNDARY_AFTER: Final[tuple[str, ...]] = (
    "以来", "起", "开始", "至今", "以后", "之后", "后", "以前", "之前", "前")

#: Labels of identifiers: an eight-digit run after one is a number, not a date
#: (``电话:20240307``, ``编号20240307``).
ID_LABELS: Final[tuple[str, ...]] = (
    "电话", "手机", "热线", "传真", "号码", "编号", "账号", "帐号", "代码", "邮编", "证号",
    "工号", "学号", "订单", "单号", "文号", "批号", "序号", "ID", "Id", "id", "QQ", "qq",
    "TEL", "Tel", "tel", "No", "NO", "no", "#",
)

#: Eras that count Gregorian years: name -> the year before the era's first (民国元年 = 1912,
#: 民国三年 = 1914). Imperial eras (康熙, 雍正 ...) are not here: their years are lunar years
#: and their months lunar months, which the extractor does not convert.
ERAS: Final[dict[str, int]] = {"民国": 1911}

#: Time counted back from the report's date (``5年前``, ``三个月前``, ``10天前``): unit -> the
#: grain of the date given (the year, the month or the day that many units before).
AGO_UNITS: Final[dict[str, str]] = {"年": "y", "个月": "m", "天": "d"}
#: The words after the count (``5年前``, ``5年以前``, ``5年之前``).
AGO_WORDS: Final[tuple[str, ...]] = ("以前", "之前", "前")
#: What may follow that 前 and make it another word: 前后 (about), 前期, 前夕, 前景, 前往,
#: 前来, 前提 ... (``3天前往喀什`` is "went to Kashgar for three days").
AGO_FOLLOWERS_NOT: Final[str] = "后後期夕景途提列面沿线往进来去行任身辈者所台方排端锋哨奏兆科嫌"

#: What must follow a day written with 号 and no month (``12号``) for it to be a day: a
#: punctuation mark, a part of the day, a range word, or a verb that opens a clause after a
#: time (``12号开始义诊``). ``12号楼``, ``3号线``, ``12号文件``, ``3号选手`` are labels. Such a day
#: is read only when a month is named earlier in its paragraph.
HAO_DAY_FOLLOWERS: Final[tuple[str, ...]] = (
    "，", ",", "。", "；", ";", "、", "）", ")", " ", "上午", "下午", "中午", "晚上", "晚",
    "早上", "凌晨", "傍晚", "当天", "这天", "那天", "起", "至", "到", "前后",
    "开始", "举行", "举办", "召开", "启动", "开幕", "闭幕", "抵达", "到达", "出发", "返回",
    "完成", "结束", "进行", "开工", "竣工", "签约", "签署", "正式",
)

#: What a weekday after it counts within a month or a list (``最后一个周三``, ``第二个星期一``):
#: such a weekday is not the one of the reference week.
WEEKDAY_ORDINAL_ENDS: Final[tuple[str, ...]] = ("个", "个的", "個", "個的")
