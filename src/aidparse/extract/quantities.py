"""Quantities: money, counts, areas, lengths, weights, percentages, durations.

One verbose pattern, built from the tables in :mod:`aidparse.units` and
:mod:`aidparse.numerals`, finds candidates; small rules then reject what a
reader would not call a quantity (brand names like 万亩亿元, 一家亲,
ordinals, years) and work out the approximation and its bounds.
"""

from __future__ import annotations

import bisect
import functools
import re
from decimal import Decimal
from typing import TYPE_CHECKING, Final

from aidparse._lazy import VERBOSE, lazy_regex
from aidparse._resources import word_counts
from aidparse.extract.numerals import CN_DIGITS, CN_UNITS, MAGNITUDES, NUMBER_PATTERN, parse_number
from aidparse.extract.units import (
    APPROX_PREFIX,
    APPROX_SUFFIX,
    ARABIC_ONLY,
    DURATION_UNITS,
    MEASURE_WORDS,
    MONEY_NOUNS,
    PEOPLE_NOUNS,
    UNITS,
)
from aidparse.models import Approx, Quantity, QuantityKind, Span

if TYPE_CHECKING:
    import regex

__all__ = ["extract_quantities"]


def _alt(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


#: Suffix words that may follow a unit (multi-character ones first).
_UNIT_SUFFIX = ("以上", "左右", "上下", "之多", "以下", "以内", "多")

_PREFIX_LOOKBEHIND = r"(?<![最附将接])"  # 最近/附近 are not "nearly"


@functools.cache
def _pattern() -> regex.Pattern[str]:
    units = _alt(UNITS)
    durations = _alt(DURATION_UNITS)
    measures = _alt(MEASURE_WORDS)
    import regex  # the engine is imported on first use, not at import time

    return regex.compile(
        rf"""
        (?P<money_noun>{_alt(MONEY_NOUNS)})?            # 资金 / 总投资 (for amounts without 元)
        (?P<prefix>{_PREFIX_LOOKBEHIND}(?:{_alt(APPROX_PREFIX)}))?
        (?<!第)                                         # not an ordinal
        (?:(?<![\d.])(?<!\d,)(?=\d)                    # an Arabic numeral's start
          |(?<![{''.join(CN_DIGITS)}{''.join(CN_UNITS)}])(?!\d))  # a Chinese numeral's start
        (?:
            百分之(?P<pct>{NUMBER_PATTERN})            # 百分之八十
          | (?P<cheng>[一二三四五六七八九])成(?![为员立果功本熟绩长交效型])   # 八成
          | (?P<num>{NUMBER_PATTERN})
            (?:(?P<rsep>[-—–~～至到])(?P<num2>{NUMBER_PATTERN}))?   # 3000到5000
            (?P<mid>[多余几来])?                        # 1000多万 / 420余万 / 十几万
            (?P<mag>[{''.join(MAGNITUDES)}]*)
            (?P<mid2>[多余])?                           # 3000万余元
            (?:
                (?P<unit>{units})
              | (?P<dur>{durations})(?![级代度底初末前中])
              | (?P<measure>{measures})
            )?
            (?P<suffix>{_alt(_UNIT_SUFFIX)})?
        )
        """,
        VERBOSE,
    )


_CN_ONLY = lazy_regex(rf"[{''.join(CN_DIGITS)}{''.join(CN_UNITS)}{''.join(MAGNITUDES)}]+")
_RHYTHM = lazy_regex(r"一[个次场]")
_SLOGAN_AFTER = lazy_regex(r"[新大]?“")
_BARE_MAGNITUDE = lazy_regex(rf"[{''.join(CN_UNITS)}{''.join(MAGNITUDES)}]+")
_NEIGHBOUR_PAIRS: Final[frozenset[str]] = frozenset(
    {"一二", "两三", "二三", "三四", "四五", "五六", "六七", "七八", "八九"}
)

#: Words that end a subject (verbs, conjunctions, particles common in reports).
_SUBJECT_STOP: Final[frozenset[str]] = frozenset(
    [
        "的", "和", "与", "及", "或", "等", "在", "到", "为", "把", "被", "将",
        "从", "向", "对", "给", "了", "着", "过", "是", "有", "共", "各", "均",
        "都", "也", "还", "又", "并", "就", "支援", "参与", "参加", "入住", "就业", "居住",
        "前往", "来到", "进疆", "完成", "实施", "建设", "开展", "解决", "帮助", "带动", "吸纳", "投入",
        "投资", "安排", "实现", "引进", "培训", "选派", "派出", "组织", "落地", "签订", "争取", "建成",
        "新建", "扩建", "接待", "刊发", "累计", "总计", "合计", "共计", "达到", "超过", "增加", "提供",
        "培养", "覆盖", "惠及", "受益", "资助", "援建", "捐赠", "发放", "采购", "打造", "推动", "促进",
        "计划", "预计", "可", "能", "已", "正", "再", "每", "年", "月", "日", "其中",
        "包括", "使用", "用于", "分别", "集中", "相继", "先后", "陆续", "成功", "直接", "增收", "带领",
        "到位", "抵达", "到达", "奔赴", "进驻", "赴", "入驻",
    ]
)
#: Domain words the general word table lacks, so subjects are not cut inside them.
DOMAIN_WORDS: Final[frozenset[str]] = frozenset(
    [
        "援疆", "援建", "受援", "兵团", "团场", "连队", "对口", "干部人才", "柔性", "结对",
        "安居房", "建档立卡", "贫困户", "援疆资金", "援疆项目", "援疆干部", "援疆教师",
        "援疆医生", "援疆人才", "少数民族", "各族群众", "职工群众", "党政干部", "专业技术人才",
        "青年人才", "青年干部", "教育人才", "医疗人才", "乡镇", "社区",
    ]
)
_HAN_RUN_BEFORE = lazy_regex(r"\p{Han}{1,12}$")
_HAN_RUN_AFTER = lazy_regex(r"^\p{Han}{1,12}")
_MEASURE_SET: Final[frozenset[str]] = frozenset(MEASURE_WORDS)
_CONJUNCTIONS: Final[frozenset[str]] = frozenset({"和", "与", "及"})
_PLACE_END = lazy_regex(r"[省市县区镇乡村团师州]$")


def _segment(run: str, backward: bool) -> list[str]:
    """Maximal-match segmentation of a Han run with the word table."""
    words = word_counts()
    out: list[str] = []
    text = run
    while text:
        for size in range(min(4, len(text)), 0, -1):
            piece = text[-size:] if backward else text[:size]
            if size == 1 or piece in words or piece in DOMAIN_WORDS:
                out.append(piece)
                text = text[:-size] if backward else text[size:]
                break
    return out


def _subject(text: str, start: int, end: int, after_unit: bool) -> str | None:
    """What is counted or paid for: the noun phrase after a count, else before."""
    if after_unit:
        after = _subject_after(text, end)
        if after is not None:
            return after
    return _subject_before(text, start)


def _subject_after(text: str, end: int) -> str | None:
    """74名援疆干部人才支援新疆 -> 援疆干部人才 (up to three words, to a verb)."""
    m = _HAN_RUN_AFTER.search(text[end : end + 12])
    if not m:
        return None
    taken: list[str] = []
    for word in _segment(m.group(), backward=False):
        if word in _SUBJECT_STOP or word in "近约多余" or len(taken) >= 3:
            break
        taken.append(word)
    phrase = "".join(taken)
    return phrase if len(phrase) >= 2 else None


def _subject_before(text: str, start: int) -> str | None:
    """投入援疆资金420余万元 -> 援疆资金 (up to two words, or two nouns joined by 和)."""
    m = _HAN_RUN_BEFORE.search(text[max(0, start - 12) : start])
    if not m:
        return None
    run = m.group().rstrip("各均共都")  # 教师和医生各4名: the distributive is not the subject
    words = _segment(run, backward=True) if run else []
    taken: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word in _CONJUNCTIONS and taken and i + 1 < len(words) \
                and len(words[i + 1]) >= 2 and words[i + 1] not in _SUBJECT_STOP:
            taken[:0] = [words[i + 1], word]  # 教师和医生: two nouns joined
            break
        if word in _SUBJECT_STOP or word in _MEASURE_SET or word in "多余近约" \
                or len(taken) >= 2 or (taken and (len(word) == 1 or _PLACE_END.search(word))):
            break
        taken.insert(0, word)
        i += 1
    phrase = "".join(taken)
    return phrase if len(phrase) >= 2 else None


def _step(number: Decimal) -> Decimal:
    """Width of the interval that 多/余 opens after ``number``.

    多/余 adds less than one unit of the second digit place: 1000多 is below
    1100, 420余 below 430, 40余 below 50 (two-digit numbers step by ten);
    numbers not ending in zero step by one unit of their last place
    (一年多 is below two years, 1.5多 below 1.6).

    >>> _step(Decimal(1000)), _step(Decimal(420)), _step(Decimal(40)), _step(Decimal(1))
    (Decimal('100'), Decimal('10'), Decimal('10'), Decimal('1'))
    """
    if number != number.to_integral_value():
        exponent = number.as_tuple().exponent
        return Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0)
    digits = str(int(number))
    if not digits.endswith("0"):
        return Decimal(1)
    return Decimal(10) ** max(len(digits) - 2, 1)


def _reject(m: regex.Match[str], number_text: str, kind_unit: str | None) -> bool:
    """Traps: brand names, 一家亲, reduplication, bare magnitudes, years."""
    text = m.string
    bare = bool(_BARE_MAGNITUDE.fullmatch(number_text))
    prefix = m.group("prefix") or ""
    if bare and not (m.group("mid") or m.group("mid2") or prefix in {"上", "过", "超", "数", "近"}):
        return True  # 万亩亿元, 十城百店, 亿元
    if prefix in {"上", "过", "数"} and not bare:
        return True
    measure = m.group("measure")
    if measure and number_text == "一":
        return True  # 一家亲, 一个都不能少, 一名干部
    end = m.end()
    if measure and text.startswith(measure, end):
        return True  # 一批批, 一个个
    if kind_unit in ARABIC_ONLY and not number_text[:1].isdigit():
        return True
    if m.group("dur") and _RHYTHM.match(text, end):
        return True  # 三天一个小变化、五天一个大进步: a figure of speech
    # slogans: 四个“奋进”, “五个认同”, “三个地”, 五个新“提升”
    return bool(measure) and not number_text[:1].isdigit() and (
        text[m.start() - 1 : m.start()] == "“" or bool(_SLOGAN_AFTER.match(text, end))
    )


#: 上万群众, 数千名… is caught by the main pattern; this one takes the measure-less form.
_PEOPLE = lazy_regex(
    rf"""(?P<prefix>上|过|逾|超|近|数)(?P<mag>[百千万]|十万|百万)(?P<noun>{'|'.join(PEOPLE_NOUNS)})"""
)
_PEOPLE_APPROX = {"上": Approx.OVER, "过": Approx.OVER, "逾": Approx.OVER, "超": Approx.OVER,
                  "近": Approx.UNDER, "数": Approx.ABOUT}


def _people(text: str) -> list[Quantity]:
    """Counts of people without a measure word: 上万群众 (more than 10,000 people)."""
    out = []
    for m in _PEOPLE.finditer(text):
        value = parse_number(m.group("mag"))
        if value is None:
            continue
        approx = _PEOPLE_APPROX[m.group("prefix")]
        low, high = {
            Approx.OVER: (value, None), Approx.UNDER: (None, value),
            Approx.ABOUT: (value * 2, value * 10),
        }[approx]
        out.append(Quantity(
            kind=QuantityKind.COUNT, value=value, unit="人", approx=approx, low=low, high=high,
            text=text[m.start() : m.end("mag")], span=Span(start=m.start(), end=m.end("mag")),
            subject=m.group("noun"),
        ))
    return out


def extract_quantities(text: str) -> list[Quantity]:
    """Extract every quantity a reader would take from the text.

    Money is always in yuan; counts carry their measure word as unit.

    Args:
        text: Cleaned text (run :func:`aidparse.clean` first on scraped pages).

    Examples:
        >>> q = extract_quantities("投入援疆资金420余万元")[0]
        >>> q.kind.value, q.value, q.unit, q.approx.value, q.subject
        ('money', Decimal('4200000'), 'CNY', 'over', '援疆资金')
        >>> q.low, q.high
        (Decimal('4200000'), Decimal('4300000'))
        >>> [(q.value, q.unit, q.subject) for q in extract_quantities("派出74名援疆干部人才支援新疆")]
        [(Decimal('74'), '名', '援疆干部人才')]
        >>> extract_quantities("实施“十城百店”“万亩亿元”工程,衢乌一家亲")
        []
    """
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    out: list[Quantity] = []
    for m in _pattern().finditer(text):
        q = _build(m)
        if q is not None:
            out.append(q)
    people = _people(text)
    if not people:
        return out
    starts = [q.span.start for q in out]
    extra = [q for q in people if not _overlaps(out, starts, q.span)]
    return sorted(out + extra, key=lambda q: q.span.start)


def _overlaps(found: list[Quantity], starts: list[int], span: Span) -> bool:
    """Whether ``span`` overlaps a quantity of ``found`` (sorted, with their ``starts``)."""
    i = bisect.bisect_right(starts, span.start)
    before = found[i - 1].span if i else None
    after = found[i].span if i < len(found) else None
    return bool(before and before.end > span.start) or bool(after and after.start < span.end)


def _build(m: regex.Match[str]) -> Quantity | None:
    text = m.string
    prefix = m.group("prefix")
    approx = APPROX_PREFIX.get(prefix, Approx.EXACT) if prefix else Approx.EXACT
    low = high = None
    start = m.start("prefix") if prefix else (
        m.start("pct") - 3 if m.group("pct") else m.start("cheng") if m.group("cheng")
        else m.start("num"))
    if m.group("pct"):
        value = parse_number(m.group("pct"))
        if value is None:
            return None
        kind, unit = QuantityKind.PERCENT, "%"
    elif m.group("cheng"):
        value = Decimal(CN_DIGITS[m.group("cheng")] * 10)
        kind, unit = QuantityKind.PERCENT, "%"
    else:
        num_text = m.group("num")
        unit_text = m.group("unit") or m.group("dur") or m.group("measure")
        money_noun = m.group("money_noun")
        if unit_text is None:
            if not (money_noun and (m.group("mag") or num_text[-1:] in "万亿")):
                return None  # a bare number: codes (1234), generations (8090), slogans
            unit_text = ""
        if _reject(m, num_text, unit_text):
            return None
        value = parse_number(num_text)
        if value is None:
            return None
        mag = Decimal(1)
        for ch in m.group("mag"):
            mag *= MAGNITUDES[ch]
        mid = m.group("mid")
        if m.group("num2"):
            v2 = parse_number(m.group("num2"))
            if v2 is None or v2 <= value:
                return None
            approx, low, high = Approx.RANGE, value * mag, v2 * mag
        elif _CN_ONLY.fullmatch(num_text) and num_text in _NEIGHBOUR_PAIRS:
            a, b = (Decimal(CN_DIGITS[c]) for c in num_text)
            value, approx, low, high = a, Approx.RANGE, a * mag, b * mag
        elif mid in ("多", "余"):
            approx, low, high = Approx.OVER, value * mag, (value + _step(value)) * mag
        elif mid == "几":  # 十几万: more than ten, fewer than twenty
            approx, low, high = Approx.ABOUT, (value + 1) * mag, value * 2 * mag
        elif mid == "来":
            approx = Approx.ABOUT
        if m.group("mid2"):
            approx, low, high = Approx.OVER, value * mag, None
        value *= mag
        if unit_text in UNITS:
            kind, unit, factor = UNITS[unit_text]
        elif unit_text in DURATION_UNITS:
            kind, unit, factor = QuantityKind.DURATION, DURATION_UNITS[unit_text], Decimal(1)
            if unit == "year" and value >= 100:
                return None  # 2020年 is a date; 一百年 a slogan
        elif unit_text == "":
            kind, unit, factor = QuantityKind.MONEY, "CNY", Decimal(1)
        else:
            kind, unit, factor = QuantityKind.COUNT, unit_text, Decimal(1)
        value *= factor
        low = low * factor if low is not None else None
        high = high * factor if high is not None else None
        if prefix == "数":
            approx, low, high = Approx.ABOUT, value * 2, value * 10
        if money_noun and kind is QuantityKind.MONEY:
            start = m.start("prefix") if prefix else m.start("num")
    suffix = m.group("suffix") if not m.group("pct") and not m.group("cheng") else None
    if suffix:
        sa = APPROX_SUFFIX[suffix]
        if sa is Approx.OVER and approx is Approx.EXACT:
            approx, low = Approx.OVER, value
            high = value + _step(value) if suffix == "多" else None
        elif sa is not Approx.OVER:
            approx = sa
    if approx is Approx.UNDER:
        low, high = None, value
    if approx is Approx.OVER and low is None:
        low = value
    end = m.end()
    surface = text[start:end]
    after_unit = kind is QuantityKind.COUNT and not m.group("suffix")
    with_subject = kind not in (QuantityKind.DURATION, QuantityKind.MULTIPLE)
    return Quantity(
        kind=kind,
        value=_norm(value),
        unit=unit,
        approx=approx,
        low=_norm(low),
        high=_norm(high),
        text=surface,
        span=Span(start=start, end=end),
        subject=_subject(text, start, end, after_unit) if with_subject else None,
    )


def _norm(value: Decimal | None) -> Decimal | None:
    if value is None:
        return None
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value
