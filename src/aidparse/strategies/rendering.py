"""Truth first: draw a report's facts, then write them as an article.

Every surface here is written from a value the strategy drew, by rules of
Chinese number writing (:func:`chinese_numeral`), never by asking aidparse how
it reads it; the facts a page carries are the values drawn.

>>> chinese_numeral(10005), chinese_numeral(1356_0000), chinese_numeral(12)
('一万零五', '一千三百五十六万', '十二')
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from decimal import Decimal
from typing import Final

from hypothesis import strategies as st

from aidparse.models import Approx, QuantityKind, Span
from aidparse.strategies.truth import DateFact, Facts, Page, QuantityFact

__all__ = [
    "BYLINE_FORMS",
    "articles",
    "batches",
    "chinese_numeral",
    "dates",
    "people",
    "places",
    "quantities",
]

K = QuantityKind
_DIGITS: Final = "零一二三四五六七八九"


def _section(n: int) -> str:
    """A number below 10,000 in Chinese, with 零 for inner gaps (1010 → 一千零一十)."""
    out: list[str] = []
    zero = False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, value)
        if digit:
            if zero and out:
                out.append("零")
            out.append(_DIGITS[digit] + unit)
            zero = False
        else:
            zero = True
    return "".join(out)


def chinese_numeral(n: int) -> str:
    """``n`` (1 ≤ n < 10¹²) as Chinese reports write it.

    >>> chinese_numeral(105), chinese_numeral(1010), chinese_numeral(350_000_000)
    ('一百零五', '一千零一十', '三亿五千万')
    """
    if not 0 < n < 10**12:
        raise ValueError(f"{n} is out of range")
    parts: list[str] = []
    pending_zero = False
    for value, unit in ((10**8, "亿"), (10**4, "万"), (1, "")):
        chunk, n = divmod(n, value)
        if chunk:
            if (pending_zero or (parts and chunk < 1000)) and parts:
                parts.append("零")
            parts.append(_section(chunk) + unit)
            pending_zero = False
        elif parts:
            pending_zero = True
    text = "".join(parts)
    return text[1:] if text.startswith("一十") else text  # 十二, not 一十二


# ----------------------------------------------------------------------------- quantities

#: Approximation words before a number and the approximation they state.
PREFIXES: Final[dict[str, Approx]] = {
    "约": Approx.ABOUT, "大约": Approx.ABOUT, "近": Approx.UNDER, "将近": Approx.UNDER,
    "不到": Approx.UNDER, "超过": Approx.OVER, "逾": Approx.OVER,
}
#: After the unit.
SUFFIXES: Final[dict[str, Approx]] = {"以上": Approx.OVER, "左右": Approx.ABOUT}
#: Between the number and its magnitude or unit (420余万元, 1000多名).
MIDDLES: Final[tuple[str, ...]] = ("多", "余")

#: Units: surface -> (kind, canonical unit, factor, Arabic digits only).
UNITS: Final[dict[str, tuple[QuantityKind, str, Decimal, bool]]] = {
    "元": (K.MONEY, "CNY", Decimal(1), False),
    "平方米": (K.AREA, "m2", Decimal(1), False),
    "亩": (K.AREA, "mu", Decimal(1), False),
    "公顷": (K.AREA, "ha", Decimal(1), False),
    "平方公里": (K.AREA, "km2", Decimal(1), False),
    "公里": (K.LENGTH, "km", Decimal(1), False),
    "米": (K.LENGTH, "m", Decimal(1), True),
    "吨": (K.WEIGHT, "t", Decimal(1), False),
    "公斤": (K.WEIGHT, "kg", Decimal(1), False),
    "斤": (K.WEIGHT, "kg", Decimal("0.5"), True),
    "立方米": (K.VOLUME, "m3", Decimal(1), False),
    "千瓦": (K.POWER, "kW", Decimal(1), False),
    "兆瓦": (K.POWER, "kW", Decimal(1000), False),
    "千瓦时": (K.ENERGY, "kWh", Decimal(1), False),
    "倍": (K.MULTIPLE, "x", Decimal(1), False),
}
#: Durations: surface -> canonical unit.
DURATIONS: Final[dict[str, str]] = {"年": "year", "个月": "month", "天": "day"}
#: Measure words of counts, each with nouns it counts (the text after the count).
MEASURES: Final[dict[str, tuple[str, ...]]] = {
    "名": ("援疆干部", "专业技术人才", "援疆教师", "医务人员"),
    "个": ("援疆项目", "村级合作社", "示范点"),
    "所": ("学校", "幼儿园", "卫生院"),
    "项": ("援疆项目", "民生工程", "技术成果"),
    "户": ("困难家庭", "农牧民家庭"),
    "人次": ("，",),
    "家": ("企业", "合作社"),
    "套": ("安居房", "医疗设备"),
    "台": ("医疗设备", "农机"),
    "辆": ("救护车", "校车"),
    "场": ("招聘会", "培训"),
}


@dataclass(frozen=True)
class _Drawn:
    """A quantity written out: its surface, and what follows it in a sentence."""

    text: str
    kind: QuantityKind
    value: Decimal
    unit: str
    approx: Approx
    after: str  # words that follow it (a subject noun, or punctuation)


def _norm(value: Decimal) -> Decimal:
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()


@st.composite
def _number(draw: st.DrawFn, *, chinese_ok: bool = True, small: bool = False,
            decimals: bool = True) -> tuple[str, Decimal, bool]:
    """(surface, value, round): an Arabic or Chinese numeral, with 万/亿 for big ones."""
    top = 99 if small else 9999
    n = draw(st.integers(1, top))
    if chinese_ok and draw(st.booleans()):
        text = "两" if n == 2 and draw(st.booleans()) else chinese_numeral(n)
        return text, Decimal(n), n % 10 == 0
    if decimals and not small and draw(st.booleans()):
        cents = draw(st.integers(1, 99))
        text = f"{n}.{cents:02d}".rstrip("0")
        return text, Decimal(text), False
    if not small and n >= 1000 and draw(st.booleans()):
        return f"{n:,}", Decimal(n), n % 10 == 0
    return str(n), Decimal(n), n % 10 == 0


@st.composite
def _measured(draw: st.DrawFn, kind: QuantityKind) -> _Drawn:
    """Money and measured amounts: 420余万元, 约3.5万亩, 3000至5000万元, 12公里以上."""
    units = [u for u, spec in UNITS.items() if spec[0] is kind]
    unit = draw(st.sampled_from(units))
    kind, canonical, factor, arabic_only = UNITS[unit]
    small = kind is K.MULTIPLE
    text, value, round_ = draw(_number(chinese_ok=not arabic_only, small=small))
    magnitudes = ("",) if small or unit in ("米", "斤") else ("", "万", "亿") if kind is K.MONEY \
        else ("", "万")
    mag = draw(st.sampled_from(magnitudes))
    if mag and "," in text:
        text = text.replace(",", "")
    scale = {"": Decimal(1), "万": Decimal(10_000), "亿": Decimal(100_000_000)}[mag]
    approx = Approx.EXACT
    prefix = middle = suffix = ""
    form = draw(st.sampled_from(["exact", "prefix", "middle", "suffix", "range"]))
    if form == "prefix":
        prefix = draw(st.sampled_from(sorted(PREFIXES)))
        approx = PREFIXES[prefix]
    elif form == "middle" and round_ and "." not in text and "," not in text:
        middle = draw(st.sampled_from(MIDDLES))
        approx = Approx.OVER
    elif form == "suffix" and kind is not K.MULTIPLE:
        suffix = draw(st.sampled_from(sorted(SUFFIXES)))
        approx = SUFFIXES[suffix]
    elif form == "range" and text.isdigit() and not small:
        high = draw(st.integers(int(value) + 1, int(value) * 3 + 10))
        sep = draw(st.sampled_from(["至", "-", "到"]))
        text = f"{text}{sep}{high}"
        approx = Approx.RANGE
    surface = f"{prefix}{text}{middle}{mag}{unit}{suffix}"
    after = draw(st.sampled_from(["，", "。"]))
    return _Drawn(surface, kind, _norm(value * scale * factor), canonical, approx, after)


@st.composite
def _count(draw: st.DrawFn) -> _Drawn:
    """Counts with a measure word: 74名援疆干部, 三四个, 近千名, 300余户, 上万群众."""
    measure = draw(st.sampled_from(sorted(MEASURES)))
    after = draw(st.sampled_from(MEASURES[measure]))
    form = draw(st.sampled_from(["exact", "prefix", "middle", "range", "neighbours", "round"]))
    if form == "neighbours":
        first = draw(st.integers(2, 8))
        text = _DIGITS[first] + _DIGITS[first + 1] + measure
        return _Drawn(text, K.COUNT, Decimal(first), measure, Approx.RANGE, after)
    if form == "round":
        prefix, approx = draw(st.sampled_from([("近", Approx.UNDER), ("数", Approx.ABOUT),
                                               ("上", Approx.OVER)]))
        mag, amount = draw(st.sampled_from([("千", 1000), ("万", 10_000)]))
        return _Drawn(f"{prefix}{mag}{measure}", K.COUNT, Decimal(amount), measure, approx, after)
    text, value, round_ = draw(_number(decimals=False))
    if value == 1 or "," in text:
        text, value, round_ = "12", Decimal(12), False  # 一名干部 is not a count
    approx = Approx.EXACT
    prefix = middle = ""
    if form == "prefix":
        prefix = draw(st.sampled_from(["约", "近", "超过", "逾"]))
        approx = PREFIXES[prefix]
    elif form == "middle" and round_:
        middle = draw(st.sampled_from(MIDDLES))
        approx = Approx.OVER
    elif form == "range" and text.isdigit():
        text = f"{text}至{int(value) * 2}"
        approx = Approx.RANGE
    return _Drawn(f"{prefix}{text}{middle}{measure}", K.COUNT, value, measure, approx, after)


@st.composite
def _percent(draw: st.DrawFn) -> _Drawn:
    """Percentages: 108.4%, 百分之八十, 八成."""
    form = draw(st.sampled_from(["arabic", "chinese", "cheng"]))
    if form == "cheng":
        d = draw(st.integers(1, 9))
        return _Drawn(f"{_DIGITS[d]}成", K.PERCENT, Decimal(d * 10), "%", Approx.EXACT, "，")
    n = draw(st.integers(1, 100))
    if form == "chinese":
        return _Drawn(f"百分之{chinese_numeral(n)}", K.PERCENT, Decimal(n), "%", Approx.EXACT, "，")
    tenths = draw(st.integers(0, 9))
    text = f"{n}.{tenths}" if tenths else str(n)
    return _Drawn(f"{text}%", K.PERCENT, Decimal(text), "%", Approx.EXACT, "，")


@st.composite
def _duration(draw: st.DrawFn) -> _Drawn:
    """Durations below a hundred years: 援疆三年, 18个月, 45天."""
    unit = draw(st.sampled_from(sorted(DURATIONS)))
    n = draw(st.integers(2, 60))
    text = ("两" if n == 2 else chinese_numeral(n)) if draw(st.booleans()) else str(n)
    return _Drawn(f"{text}{unit}", K.DURATION, Decimal(n), DURATIONS[unit], Approx.EXACT, "，")


def _drawn(kind: QuantityKind) -> st.SearchStrategy[_Drawn]:
    if kind is K.COUNT:
        return _count()
    if kind is K.PERCENT:
        return _percent()
    if kind is K.DURATION:
        return _duration()
    return _measured(kind)


#: The kinds :func:`quantities` draws by default: all of them.
ALL_KINDS: Final[tuple[QuantityKind, ...]] = tuple(QuantityKind)


def quantities(kinds: tuple[QuantityKind, ...] = ALL_KINDS) -> st.SearchStrategy[QuantityFact]:
    """One quantity as an article writes it, with its value, unit and approximation.

    The fact's span covers its own text (``span.start == 0``); inside an
    article, spans point into the article.

    Args:
        kinds: The kinds to draw from (every kind by default).
    """
    return st.sampled_from(kinds).flatmap(_drawn).map(
        lambda d: QuantityFact(kind=d.kind, value=d.value, unit=d.unit, approx=d.approx,
                               text=d.text, span=Span(start=0, end=len(d.text))))


# ----------------------------------------------------------------------------- places, people

@functools.cache
def _pairings() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """(donor, province, recipients) for every donor the gazetteer pairs with a local unit."""
    from aidparse.models import PlaceLevel
    from aidparse.places.gazetteer import gazetteer

    gz = gazetteer()
    local = (PlaceLevel.COUNTY, PlaceLevel.REGIMENT, PlaceLevel.DIVISION)
    out = []
    for donor, recipients in sorted(gz.pairs.items()):
        units = tuple(sorted(r for r in recipients if gz.entries[r].level in local))
        entry = gz.entries[donor]
        province = donor if entry.parent is None else _province_of(entry.parent)
        if units:
            out.append((donor, province, units))
    return tuple(out)


def _province_of(name: str) -> str:
    from aidparse.places.gazetteer import gazetteer

    entries = gazetteer().entries
    while entries[name].parent is not None:
        name = entries[name].parent  # type: ignore[assignment]
    return name


def places() -> st.SearchStrategy[tuple[str, str, list[str]]]:
    """A donor the gazetteer pairs, its province, and one or two of its recipients.

    Names are canonical gazetteer names (``('东营市', '山东省', ['疏勒县'])``).
    """
    return st.sampled_from(_pairings()).flatmap(
        lambda p: st.lists(st.sampled_from(p[2]), min_size=1, max_size=min(2, len(p[2])),
                           unique=True).map(lambda rs: (p[0], p[1], rs)))


def batches(donor: str) -> st.SearchStrategy[tuple[int, int, int]]:
    """A batch the donor sends (as it counts them), with its first and last year.

    Only batches :mod:`aidparse.places.batches` knows the years of are drawn.
    """
    options = _batches(donor)
    if not options:
        return st.nothing()
    return st.sampled_from(options)


@functools.cache
def _batches(donor: str) -> tuple[tuple[int, int, int], ...]:
    from aidparse.places.batches import donor_batch_period
    from aidparse.places.gazetteer import place

    out = []
    for n in range(1, 13):
        period = donor_batch_period(n, place(donor, None))
        if period is not None and period.start_year < period.end_year:
            out.append((n, period.start_year, period.end_year))
    return tuple(out)


_SURNAMES: Final = (
    "张王李赵刘陈杨黄吴周徐孙朱胡郭何罗梁宋郑谢韩唐冯董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎"
    "余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹易常武乔贺赖龚文"
)
_GIVEN: Final = (
    "伟芳娜敏静秀丽强磊洋艳勇军杰娟涛明超霞平刚桂英华建文辉玲晶红鹏宇飞斌浩凯琳雪梅兰志俊晓婷慧颖欣佳瑞博宁嘉怡思"
)


def people() -> st.SearchStrategy[str]:
    """A person's name of two or three characters."""
    return st.builds(lambda s, g: s + "".join(g), st.sampled_from(_SURNAMES),
                     st.lists(st.sampled_from(_GIVEN), min_size=1, max_size=2))


# ----------------------------------------------------------------------------- dates

@st.composite
def _date_in(draw: st.DrawFn, first: int, last: int) -> dt.date:
    return draw(st.dates(dt.date(first, 1, 1), dt.date(last, 12, 31)))


@st.composite
def _date_fact(draw: st.DrawFn, first: int, last: int) -> tuple[str, str]:
    """(surface, ISO value) of a date in a body sentence."""
    day = draw(_date_in(first, last))
    form = draw(st.sampled_from(["day", "month", "year", "range", "chinese"]))
    if form == "day":
        return f"{day.year}年{day.month}月{day.day}日", day.isoformat()
    if form == "month":
        return f"{day.year}年{day.month}月", f"{day.year}-{day.month:02d}"
    if form == "year":
        return f"{day.year}年", str(day.year)
    if form == "range":
        return f"{day.year}至{day.year + 1}年", f"{day.year}/{day.year + 1}"
    year = "".join("〇一二三四五六七八九"[int(c)] for c in str(day.year))
    return f"{year}年{chinese_numeral(day.month)}月", f"{day.year}-{day.month:02d}"


def dates(first: int = 2010, last: int = 2025) -> st.SearchStrategy[DateFact]:
    """A date as a body sentence names it (``2023年5月24日``, ``二〇二三年五月``, ``2017至2018年``)."""
    return _date_fact(first, last).map(
        lambda d: DateFact(text=d[0], value=d[1], span=Span(start=0, end=len(d[0]))))


# ----------------------------------------------------------------------------- article text

#: Sentences in the register of aid reports: no numbers, no place names.
FILLERS: Final[tuple[str, ...]] = (
    "援疆工作坚持民生优先、就业优先、教育优先，推动资金和项目向基层倾斜。",
    "指挥部坚持把保障和改善民生作为援疆工作的出发点和落脚点。",
    "广大援疆干部人才扎根基层、真情奉献，赢得了各族群众的广泛赞誉。",
    "围绕产业发展、劳动力就业、人才培养等重点任务，援受双方建立了常态化交流机制。",
    "援疆医生开展带教查房、专题讲座，手把手传授诊疗技术。",
    "这些项目的实施，让各族群众在家门口就能享受到优质的教育和医疗资源。",
    "下一步，指挥部将继续聚焦民生改善，推动援疆工作走深走实。",
    "在产业援疆方面，指挥部积极搭建招商引资平台，推动特色农产品走出去。",
    "援疆教师通过师徒结对、同课异构等方式，帮助当地教师提升教学水平。",
    "各族群众的获得感、幸福感、安全感不断增强。",
)
#: Section headings (short, no sentence-final punctuation).
HEADINGS: Final[tuple[str, ...]] = (
    "民生援疆，用爱聚力幸福生活",
    "产业援疆 同心逐梦共创未来",
    "智力援疆，助力人才培养",
    "教育援疆 点亮孩子们的梦想",
    "医疗援疆守护群众健康",
    "文化润疆 促进交往交流交融",
)
#: Slogans for titles.
SLOGANS: Final[tuple[str, ...]] = (
    "同心共筑中国梦", "天山南北绘新篇", "真情援疆谱新篇", "携手共建美好家园", "山海情深 共绘同心圆",
    "砥砺奋进结硕果",
)
#: Sentence frames for each kind: (before, after the quantity is taken from the draw).
_FRAMES: Final[dict[QuantityKind, tuple[str, ...]]] = {
    K.MONEY: ("累计投入援疆资金", "援建项目总投资", "争取各类帮扶资金", "协调落实援助资金"),
    K.COUNT: ("先后选派", "累计建成", "共组织", "帮助引进"),
    K.AREA: ("新建厂房面积", "建成高标准农田", "完成绿化面积"),
    K.LENGTH: ("修建乡村道路", "铺设供水管网"),
    K.WEIGHT: ("销售特色农产品", "帮助销售农产品"),
    K.VOLUME: ("新增蓄水能力",),
    K.POWER: ("建成光伏电站装机容量", "新增装机容量"),
    K.ENERGY: ("预计年发电",),
    K.PERCENT: ("群众满意度达到", "当地就业率提高了"),
    K.DURATION: ("援疆干部在当地工作了", "项目建设历时"),
    K.MULTIPLE: ("当地农产品销售额增长了",),
}

#: Byline and dateline forms, as real pages write them (../shared/corpus):
#: stamp lines, role lines, wire and paper datelines, tail bylines, 文/ and 记者| credits.
BYLINE_FORMS: Final[tuple[str, ...]] = (
    "stamp", "stamp-labelled", "stamp-chinese", "role-lines", "wire", "paper", "tail", "wen", "bar",
)
_SOURCES: Final = ("天山网", "人民网", "新华网", "中国新闻网", "经济日报", "光明网")


@dataclass
class _Writer:
    """Accumulates text and the facts that stand in it, with their offsets."""

    parts: list[str]
    quantities: list[QuantityFact]
    dates: list[DateFact]

    @property
    def pos(self) -> int:
        return sum(map(len, self.parts))

    def add(self, text: str) -> None:
        self.parts.append(text)

    def quantity(self, d: _Drawn) -> None:
        start = self.pos
        self.parts.append(d.text)
        self.quantities.append(QuantityFact(kind=d.kind, value=d.value, unit=d.unit, approx=d.approx,
                                            text=d.text, span=Span(start=start, end=self.pos)))

    def date(self, text: str, value: str) -> None:
        start = self.pos
        self.parts.append(text)
        self.dates.append(DateFact(text=text, value=value, span=Span(start=start, end=self.pos)))


@st.composite
def articles(draw: st.DrawFn, *, min_quantities: int = 1, max_quantities: int = 6,
             kinds: tuple[QuantityKind, ...] = ALL_KINDS,
             byline_forms: tuple[str, ...] = BYLINE_FORMS) -> Page:
    """A clean article about pairing aid, with the facts it states.

    A title naming the donor and batch, a byline or dateline in one of the
    real forms (:data:`BYLINE_FORMS`), paragraphs in the register of aid
    reports that name the donor, its recipients, dates and quantities, and
    section headings. ``page.data`` is the clean text itself; damage
    strategies change it.

    Args:
        min_quantities: Fewest quantities in the body.
        max_quantities: Most quantities in the body.
        kinds: Kinds of quantity to draw from.
        byline_forms: Byline and dateline forms to draw from.
    """
    donor, province, recipients = draw(places())
    batch, first_year, last_year = draw(batches(donor))
    published = draw(_date_in(first_year + 1, last_year))
    short = _short(donor)
    form = draw(st.sampled_from(byline_forms))
    authors = draw(st.lists(people(), min_size=1, max_size=2, unique=True))
    source = draw(st.sampled_from(_SOURCES))
    cn_batch = chinese_numeral(batch)
    title = draw(st.sampled_from([
        f"{short}援疆：{draw(st.sampled_from(SLOGANS))}",
        f"{draw(st.sampled_from(SLOGANS))} {donor}第{cn_batch}批援疆工作综述",
        f"{province}第{cn_batch}批{short}援疆工作成果丰硕",
    ]))
    w = _Writer([], [], [])
    w.add(title + "\n")
    facts_source: str | None = source
    facts_published: dt.date | None = published
    stamp_date = f"{published.isoformat()} {draw(st.integers(7, 22)):02d}:{draw(st.integers(0, 59)):02d}"
    names = "、".join(authors)
    lead = tail = ""
    if form == "stamp":
        w.add(f"{stamp_date} 来源:{source}\n")
        facts_authors: list[str] = []
    elif form == "stamp-labelled":
        w.add(f"发布时间:{stamp_date}:{draw(st.integers(10, 59))} 来源:{source}\n")
        facts_authors = []
    elif form == "stamp-chinese":
        w.add(f"{published.year}年{published.month:02d}月{published.day:02d}日 来源：{source}\n")
        facts_authors = []
    elif form == "role-lines":
        w.add(f"来源:{source}\n作者:{names}\n")
        facts_published, facts_authors = None, authors
    elif form == "wire":
        lead = f"新华社乌鲁木齐{published.month}月{published.day}日电(记者 {names})"
        facts_source, facts_published, facts_authors = "新华社", None, authors
    elif form == "paper":
        lead = f"本报讯(记者 {' '.join(authors)})"
        facts_source, facts_published, facts_authors = None, None, authors
    elif form == "tail":
        w.add(f"{stamp_date} 来源:{source}\n")
        tail = f"(记者 {names})"
        facts_authors = authors
    elif form == "wen":
        w.add(f"{stamp_date} 来源:{source}\n文/{names}\n")
        facts_authors = authors
    else:  # "bar"
        w.add(f"{stamp_date} 来源:{source}\n记者|{names}\n")
        facts_authors = authors
    # first paragraph: who, whom, which batch
    recipients_text = "和".join(recipients)
    w.add(lead + f"{donor}第{cn_batch if draw(st.booleans()) else batch}批援疆干部人才对口支援"
          f"{recipients_text}以来，")
    w.add(draw(st.sampled_from(FILLERS)) + tail + "\n")
    n = draw(st.integers(min_quantities, max_quantities))
    drawn = [draw(st.sampled_from(kinds).flatmap(_drawn)) for _ in range(n)]
    headings = draw(st.lists(st.sampled_from(HEADINGS), min_size=0, max_size=3, unique=True))
    groups: list[list[_Drawn]] = [[] for _ in range(len(headings) + 1)]
    for i, d in enumerate(drawn):
        groups[i % len(groups)].append(d)
    for k, group in enumerate(groups):
        if k:
            w.add(headings[k - 1] + "\n")
        if draw(st.booleans()):
            surface, value = draw(_date_fact(first_year, last_year))
            w.date(surface, value)
            w.add(f"，{short}援疆工作队在{recipients[0]}召开工作推进会。")
        for d in group:
            w.add(draw(st.sampled_from(_FRAMES[d.kind])))
            w.quantity(d)
            w.add(d.after if d.after in "，。" else d.after + "。")
            if not w.parts[-1].endswith("。"):
                w.add(draw(st.sampled_from(FILLERS)))
        w.add(draw(st.sampled_from(FILLERS)) + "\n")
    text = "".join(w.parts).rstrip("\n")
    facts = Facts(title=title, source=facts_source, published=facts_published, authors=facts_authors,
                  donor=donor, donor_province=province, recipients=recipients, batch=batch,
                  quantities=w.quantities, dates=w.dates)
    return Page(text=text, data=text, truth=facts)


def _short(name: str) -> str:
    """The short form a report uses for a donor (东营市 → 东营), when the gazetteer knows it."""
    from aidparse.places.gazetteer import gazetteer

    aliases = gazetteer().aliases
    for cut in (1, 2):
        short = name[:-cut]
        if len(short) >= 2 and aliases.get(short) == [name]:
            return short
    return name
