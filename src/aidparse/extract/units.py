"""Unit, currency, measure-word and approximation tables for quantity extraction.

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
    "ARABIC_ONLY",
    "CURRENCIES",
    "CURRENCY_CENTS",
    "CURRENCY_PREFIXES",
    "CURRENCY_SIGNS",
    "DURATION_FIXED_AFTER",
    "DURATION_UNITS",
    "HALF_UNITS",
    "LATIN_UNITS",
    "MEASURE_WORDS",
    "MEASURE_WORD_STARTS",
    "MONEY_NOUNS",
    "PEOPLE_NOUNS",
    "UNITS",
]

K = QuantityKind
D = Decimal

#: Units proper: surface -> (kind, canonical unit, factor).
UNITS: Final[dict[str, tuple[QuantityKind, str, Decimal]]] = {
    # money in yuan (other currencies: CURRENCIES)
    "元": (K.MONEY, "CNY", D(1)),
    "圆": (K.MONEY, "CNY", D(1)),
    "块钱": (K.MONEY, "CNY", D(1)),
    # area
    "平方米": (K.AREA, "m2", D(1)),
    "平米": (K.AREA, "m2", D(1)),
    "㎡": (K.AREA, "m2", D(1)),
    "m²": (K.AREA, "m2", D(1)),
    "平方公里": (K.AREA, "km2", D(1)),
    "平方千米": (K.AREA, "km2", D(1)),
    "km²": (K.AREA, "km2", D(1)),
    "亩": (K.AREA, "mu", D(1)),
    "公顷": (K.AREA, "ha", D(1)),
    # length
    "公里": (K.LENGTH, "km", D(1)),
    "千米": (K.LENGTH, "km", D(1)),
    "km": (K.LENGTH, "km", D(1)),
    "米": (K.LENGTH, "m", D(1)),
    "m": (K.LENGTH, "m", D(1)),
    "厘米": (K.LENGTH, "cm", D(1)),
    "公分": (K.LENGTH, "cm", D(1)),
    "cm": (K.LENGTH, "cm", D(1)),
    "毫米": (K.LENGTH, "cm", D("0.1")),
    "mm": (K.LENGTH, "cm", D("0.1")),
    # weight
    "吨": (K.WEIGHT, "t", D(1)),
    "公斤": (K.WEIGHT, "kg", D(1)),
    "千克": (K.WEIGHT, "kg", D(1)),
    "kg": (K.WEIGHT, "kg", D(1)),
    "斤": (K.WEIGHT, "kg", D("0.5")),
    "克": (K.WEIGHT, "g", D(1)),
    "毫克": (K.WEIGHT, "g", D("0.001")),
    "微克": (K.WEIGHT, "g", D("0.000001")),
    # volume
    "立方米": (K.VOLUME, "m3", D(1)),
    "m³": (K.VOLUME, "m3", D(1)),
    "㎥": (K.VOLUME, "m3", D(1)),
    "方": (K.VOLUME, "m3", D(1)),
    "升": (K.VOLUME, "L", D(1)),
    "L": (K.VOLUME, "L", D(1)),
    "毫升": (K.VOLUME, "L", D("0.001")),
    "mL": (K.VOLUME, "L", D("0.001")),
    "ml": (K.VOLUME, "L", D("0.001")),
    # power and energy
    "千瓦时": (K.ENERGY, "kWh", D(1)),
    "kWh": (K.ENERGY, "kWh", D(1)),
    "度电": (K.ENERGY, "kWh", D(1)),
    "千瓦": (K.POWER, "kW", D(1)),
    "kW": (K.POWER, "kW", D(1)),
    "兆瓦": (K.POWER, "kW", D(1000)),
    "MW": (K.POWER, "kW", D(1000)),
    # percent, percentage points and multiples
    "%": (K.PERCENT, "%", D(1)),
    "％": (K.PERCENT, "%", D(1)),
    "个百分点": (K.PERCENT, "pp", D(1)),
    "百分点": (K.PERCENT, "pp", D(1)),
    "倍": (K.MULTIPLE, "x", D(1)),
}

#: Latin abbreviations, as written -> their entry in :data:`UNITS`: counted only
#: right after digits, and not before another letter (``5km/h`` is a speed,
#: ``5G`` a network). Upper case is accepted where it carries no meaning (168CM).
LATIN_UNITS: Final[dict[str, str]] = {
    "km²": "km²", "m²": "m²", "m³": "m³", "kWh": "kWh", "kW": "kW", "MW": "MW",
    "km": "km", "KM": "km", "Km": "km", "kg": "kg", "KG": "kg", "Kg": "kg",
    "cm": "cm", "CM": "cm", "mm": "mm", "MM": "mm", "mL": "mL", "ml": "ml", "m": "m", "L": "L",
}

#: Units that only count after Arabic digits (too common as ordinary words: 双方, 四周).
ARABIC_ONLY: Final[frozenset[str]] = frozenset({"方", "周"} | set(LATIN_UNITS.values()))

#: Currencies other than the yuan, by their Chinese names (ISO 4217 codes).
#: Money in them keeps its own code as unit; it is never converted to CNY.
CURRENCIES: Final[dict[str, str]] = {
    "人民币": "CNY",
    "美元": "USD", "美金": "USD", "美圆": "USD",
    "欧元": "EUR",
    "日元": "JPY", "日圆": "JPY",
    "英镑": "GBP",
    "港元": "HKD", "港币": "HKD",
    "澳门元": "MOP", "澳门币": "MOP", "澳元": "AUD",
    "新台币": "TWD", "台币": "TWD",
    "加元": "CAD", "加拿大元": "CAD",
    "新加坡元": "SGD", "新西兰元": "NZD",
    "瑞士法郎": "CHF",
    "卢布": "RUB",
    "韩元": "KRW",
    "泰铢": "THB",
    "印度卢比": "INR", "巴基斯坦卢比": "PKR",
    "坚戈": "KZT", "哈萨克斯坦坚戈": "KZT",
    "林吉特": "MYR",
    "奈拉": "NGN",
}
#: Hundredths of a currency (两美元又三美分): name -> ISO code; the value is the number / 100.
CURRENCY_CENTS: Final[dict[str, str]] = {"美分": "USD", "欧分": "EUR", "港仙": "HKD"}
#: Currency names that may stand before the number (港币2960元, 人民币8亿元, 美元500万).
CURRENCY_PREFIXES: Final[tuple[str, ...]] = (
    "人民币", "美元", "美金", "欧元", "日元", "英镑", "港元", "港币", "新台币", "台币", "￥", "¥", "US$",
)
#: Currency signs before a number (in Chinese text ¥ is the yuan; a bare $ names no currency).
CURRENCY_SIGNS: Final[dict[str, str]] = {"￥": "CNY", "¥": "CNY", "US$": "USD"}

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
    "个钟头": "hour",
    "钟头": "hour",
    "分钟": "minute",
    "载": "year",  # 十三载 (literary)
}
#: Units that 半 may stand before on its own (半年, 半个月, 半斤): the surface after
#: 半 -> the unit surface it stands for.
HALF_UNITS: Final[dict[str, str]] = {
    "年": "年", "个月": "个月", "天": "天", "个小时": "个小时", "小时": "小时", "个钟头": "个钟头",
    "个星期": "个星期", "斤": "斤", "公斤": "公斤", "吨": "吨",
}
#: Words after a duration that make it the name of a school system or a fixed
#: phrase, not a length of time (九年一贯制, 三年制).
DURATION_FIXED_AFTER: Final[tuple[str, ...]] = ("一贯制", "制")

#: Measure words for counts (the unit of a count is its measure word).
MEASURE_WORDS: Final[tuple[str, ...]] = (
    "人次", "户次", "台次", "大项", "小项",
    "名", "个", "人", "户", "所", "座", "家", "项", "次", "批", "例", "篇", "张",
    "条", "班", "台", "辆", "套", "间", "栋", "幢", "处", "位", "场", "期", "届",
    "棵", "株", "只", "头", "枚", "件", "份", "块", "支", "对", "组", "种", "类",
    "根", "盏", "口", "眼", "床", "册", "部", "集", "站", "片", "棒", "箱", "袋",
    "批次", "车道", "盆", "省市", "县", "市",
)
#: Measure words that begin a longer word when one of these follows (十二期间 is
#: "during", 3市场 a market): the count is not read there.
MEASURE_WORD_STARTS: Final[dict[str, str]] = {
    "期": "间", "名": "额义单称", "场": "所景馆地", "处": "理置于", "部": "署分门", "条": "件例",
    "所": "在属以谓", "位": "于置", "次": "日年", "市": "场民区委政级长县镇直属辖值",
    "县": "城委政级长区域", "口": "岸号径", "站": "位点", "间": "隔断", "台": "湾阶账",
}

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
    "数": Approx.ABOUT, "几": Approx.ABOUT,
}

#: Words after a number (or its unit) that qualify it.
APPROX_SUFFIX: Final[dict[str, Approx]] = {
    "多": Approx.OVER, "余": Approx.OVER, "以上": Approx.OVER, "之多": Approx.OVER,
    "有余": Approx.OVER,
    "左右": Approx.ABOUT, "上下": Approx.ABOUT, "来": Approx.ABOUT,
    "以下": Approx.UNDER, "以内": Approx.UNDER,
}
