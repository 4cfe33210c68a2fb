"""Unit, measure-word and approximation tables for quantity extraction.

Each unit maps its surface form (Simplified) to ``(kind, canonical unit,
factor)``: the value in the canonical unit is the number times the factor.
The extractor's regex is built from these tables, longest form first.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from aidparse.models import Approx, QuantityKind

__all__ = [
    "APPROX_PREFIX",
    "APPROX_SUFFIX",
    "DURATION_UNITS",
    "MEASURE_WORDS",
    "MONEY_NOUNS",
    "PEOPLE_NOUNS",
    "UNITS",
]

K = QuantityKind
D = Decimal

#: Units proper: surface -> (kind, canonical unit, factor).
UNITS: Final[dict[str, tuple[QuantityKind, str, Decimal]]] = {
    # money, always in yuan
    "元": (K.MONEY, "CNY", D(1)),
    "块钱": (K.MONEY, "CNY", D(1)),
    # area
    "平方米": (K.AREA, "m2", D(1)),
    "平米": (K.AREA, "m2", D(1)),
    "㎡": (K.AREA, "m2", D(1)),
    "m²": (K.AREA, "m2", D(1)),
    "平方公里": (K.AREA, "km2", D(1)),
    "平方千米": (K.AREA, "km2", D(1)),
    "亩": (K.AREA, "mu", D(1)),
    "公顷": (K.AREA, "ha", D(1)),
    # length
    "公里": (K.LENGTH, "km", D(1)),
    "千米": (K.LENGTH, "km", D(1)),
    "米": (K.LENGTH, "m", D(1)),
    # weight
    "吨": (K.WEIGHT, "t", D(1)),
    "公斤": (K.WEIGHT, "kg", D(1)),
    "千克": (K.WEIGHT, "kg", D(1)),
    "斤": (K.WEIGHT, "kg", D("0.5")),
    # volume
    "立方米": (K.VOLUME, "m3", D(1)),
    "方": (K.VOLUME, "m3", D(1)),
    # power and energy
    "千瓦时": (K.ENERGY, "kWh", D(1)),
    "度电": (K.ENERGY, "kWh", D(1)),
    "千瓦": (K.POWER, "kW", D(1)),
    "兆瓦": (K.POWER, "kW", D(1000)),
    # percent and multiples
    "%": (K.PERCENT, "%", D(1)),
    "％": (K.PERCENT, "%", D(1)),
    "倍": (K.MULTIPLE, "x", D(1)),
}

#: Units that only count after Arabic digits (too common as ordinary words).
ARABIC_ONLY: Final[frozenset[str]] = frozenset({"方", "米", "斤", "周"})

#: Durations: surface -> canonical unit.
DURATION_UNITS: Final[dict[str, str]] = {
    "年": "year",
    "个月": "month",
    "个星期": "week",
    "星期": "week",
    "周": "week",
    "天": "day",
    "个小时": "hour",
    "小时": "hour",
}

#: Measure words for counts (the unit of a count is its measure word).
MEASURE_WORDS: Final[tuple[str, ...]] = (
    "人次", "户次", "台次", "大项", "小项",
    "名", "个", "人", "户", "所", "座", "家", "项", "次", "批", "例", "篇", "张",
    "条", "班", "台", "辆", "套", "间", "栋", "幢", "处", "位", "场", "期", "届",
    "棵", "株", "只", "头", "枚", "件", "份", "块", "支", "对", "组", "种", "类",
    "根", "盏", "口", "眼", "床", "册", "部", "集", "站", "片", "棒", "箱", "袋",
)

#: Nouns after which a bare 万/亿 amount is money (资金6261万, 总投资过亿).
MONEY_NOUNS: Final[tuple[str, ...]] = (
    "资金", "投资", "总投资", "援助", "捐款", "捐赠", "经费", "拨款", "产值", "收入",
    "销售额", "营业额", "补贴", "奖励", "善款", "预算", "金额", "税收", "工资",
)

#: Nouns for people that count without a measure word after 上万, 数千 … (上万群众).
PEOPLE_NOUNS: Final[tuple[str, ...]] = (
    "群众", "村民", "农牧民", "农民", "职工", "居民", "学生", "干部", "党员", "游客", "市民",
    "贫困人口", "人口", "人",
)

#: Words before a number that qualify it.
APPROX_PREFIX: Final[dict[str, Approx]] = {
    "约": Approx.ABOUT, "大约": Approx.ABOUT, "大概": Approx.ABOUT,
    "近": Approx.UNDER, "将近": Approx.UNDER, "接近": Approx.UNDER, "不到": Approx.UNDER,
    "不足": Approx.UNDER, "超": Approx.OVER, "超过": Approx.OVER, "逾": Approx.OVER,
    "过": Approx.OVER, "上": Approx.OVER, "达": Approx.EXACT, "共": Approx.EXACT,
    "数": Approx.ABOUT,
}

#: Words after a number (or its unit) that qualify it.
APPROX_SUFFIX: Final[dict[str, Approx]] = {
    "多": Approx.OVER, "余": Approx.OVER, "以上": Approx.OVER, "之多": Approx.OVER,
    "左右": Approx.ABOUT, "上下": Approx.ABOUT, "来": Approx.ABOUT,
    "以下": Approx.UNDER, "以内": Approx.UNDER,
}
