"""Quantities: money, counts, areas, lengths, weights, percentages, durations.

One verbose pattern (:mod:`aidparse.extract.quantity_pattern`), built from the
tables in :mod:`aidparse.extract.units` and :mod:`aidparse.extract.numerals`,
finds candidates; each is read here (number, magnitude, unit, currency), the
rules of :mod:`aidparse.extract.quantity_traps` reject what a reader would not
call a quantity, :mod:`aidparse.extract.quantity_bounds` works out the
approximation and its bounds, and :mod:`aidparse.extract.quantity_subjects`
what is counted. Adjacent amounts joined by 至/到/- become one range
(5万元至10万元); :mod:`aidparse.extract.quantity_joins` joins them.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Mapping
from decimal import Decimal, localcontext
from typing import TYPE_CHECKING, Final, overload

from aidparse._lazy import VERBOSE, lazy_re, lazy_regex
from aidparse._resources import word_counts
from aidparse.extract.numerals import (
    CN_DIGITS,
    CN_UNITS,
    DECIMAL_CONTEXT,
    MAGNITUDES,
    MAX_VALUE,
    Numeral,
    parse_number,
    read_numeral,
)
from aidparse.extract.quantity_bounds import Bounds, with_mid, with_prefix, with_suffix
from aidparse.extract.quantity_joins import join_adjacent, join_ranges
from aidparse.extract.quantity_pattern import pattern
from aidparse.extract.quantity_subjects import subject
from aidparse.extract.quantity_traps import (
    LOST_MARKS,
    Context,
    counted_one,
    demonstrative,
    ends_word,
    fixed_after_duration,
    in_book_title,
    in_word,
    is_slogan,
    lone_financial,
    long_digits,
    plan_period,
    rhythm,
)
from aidparse.extract.units import (
    CURRENCIES,
    CURRENCY_CENTS,
    CURRENCY_SIGNS,
    DURATION_UNITS,
    HALF_UNITS,
    LATIN_UNITS,
    PEOPLE_NOUNS,
    UNITS,
)
from aidparse.models import Approx, Quantity, QuantityKind, Span

if TYPE_CHECKING:
    import regex

__all__ = ["extract_quantities"]

K = QuantityKind
_ONE, _ZERO, _HUNDRED = Decimal(1), Decimal(0), Decimal(100)
#: No approximation: the bounds of a plain figure (records are frozen: one instance serves all).
_EXACT = Bounds()
#: Decimal places kept for values that do not end (三分之一 of 100%).
_PLACES: Final = Decimal("1e-10")
#: A match's groups by name, "" when unmatched (read from one ``groups()`` tuple: the
#: ``regex`` module's ``groupdict`` costs twenty times more).
_Groups = Callable[[str], str]


@functools.cache
def _group_names() -> tuple[str, ...]:
    """The pattern's group names in group order (every group of the pattern is named)."""
    names = sorted(pattern().groupindex.items(), key=lambda item: item[1])
    assert [i for _, i in names] == list(range(1, pattern().groups + 1))
    return tuple(name for name, _ in names)


@functools.cache
def _group_index() -> dict[str, int]:
    """Group name -> number (``m.start(number)`` costs a sixth of ``m.start(name)`` in ``regex``)."""
    return dict(pattern().groupindex)


def _at(m: regex.Match[str], name: str) -> int:
    """Where group ``name`` of ``m`` starts."""
    return int(m.start(_group_index()[name]))


def _to(m: regex.Match[str], name: str) -> int:
    """Where group ``name`` of ``m`` ends."""
    return int(m.end(_group_index()[name]))


def _digit(ch: str) -> Decimal:
    return Decimal(ch) if ch.isdigit() and ch.isascii() else Decimal(
        CN_DIGITS.get(ch, int(ch) if ch.isdigit() else 0))


def _shared_scale(second: str) -> str:
    """The scale a range's second number may lend the first: 10万 → 万, 五千 → 千, 5千万 → 千万."""
    mags = len(second) - len(second.rstrip("".join(MAGNITUDES)))
    rest = second[: len(second) - mags]
    unit = rest[-1:] in CN_UNITS and len(rest) == 2 and (rest[0].isdigit() or rest[0] in CN_DIGITS)
    return second[len(rest) - 1 :] if unit else second[len(rest) :]


def _trailing_magnitude(numeral_text: str) -> Decimal:
    mag = _ONE
    for ch in reversed(numeral_text):
        if ch not in MAGNITUDES:
            break
        mag *= MAGNITUDES[ch]
    return mag


class _Reading:
    """What a candidate says, before it becomes a :class:`Quantity`."""

    def __init__(self, kind: QuantityKind, unit: str, value: Decimal, bounds: Bounds,
                 start: int, end: int) -> None:
        self.kind, self.unit, self.value, self.bounds = kind, unit, value, bounds
        self.start, self.end = start, end


def _start(m: regex.Match[str], g: _Groups, first: str) -> int:
    """Where the surface starts: a currency before, an approximation word, a sign, the number."""
    for name in ("cur_pre", "prefix", "sign"):
        if g(name):
            return _at(m, name)
    return _at(m, first)


def _fraction(m: regex.Match[str], g: _Groups) -> _Reading | None:
    """三分之一, 百分之八十, 千分之三, 百分之负三点八: a share, in percent."""
    den, num = read_numeral(g("num")), read_numeral(g("fnum"))
    if den is None or num is None or den.value <= 0 or den.high is not None or num.high is not None:
        return None
    value = num.value * _HUNDRED / den.value
    if g("fsign"):
        value = -value
    if g("sign"):
        return None  # 负三分之一: rare, and a sign before 百分之 is a typo more often than not
    return _Reading(K.PERCENT, "%", value, _EXACT, _start(m, g, "num"), _to(m, "fnum"))


def _cheng(m: regex.Match[str], g: _Groups, words: Mapping[str, int]) -> _Reading | None:
    """两成, 2成, 三成半, 9.5成: tenths, in percent."""
    numeral = read_numeral(g("num"))
    end = _to(m, "chalf") if g("chalf") else _to(m, "cheng")
    text = m.string
    if numeral is None or numeral.positional or (numeral.bare and g("num") != "十"):
        return None
    if _spaced_digit_before(text, _at(m, "num")):
        return None  # 7 2 成: spaced digits
    if not 0 < numeral.value <= 10 or (numeral.high is not None and numeral.high > 10):
        return None
    if not g("chalf") and text[end : end + 1] not in ("", "以", "左", "多") \
            and text[end - 1 : end + 1] in words:
        return None  # 成为, 成员, 成本: a word, not tenths
    value = numeral.value * 10 + (5 if g("chalf") else 0)
    bounds = Bounds(Approx.RANGE, value, numeral.high * 10) if numeral.high is not None else _EXACT
    return _Reading(K.PERCENT, "%", value, bounds, _start(m, g, "num"), end)


def _zhe(m: regex.Match[str], g: _Groups) -> _Reading | None:
    """八折 (80%), 7.5折, 八五折 (85%): a price as a share of the full price."""
    numeral = read_numeral(g("num"))
    text = m.string
    if numeral is None or numeral.high is not None or g("prefix") or g("sign"):
        return None
    if text[_at(m, "num") - 1 : _at(m, "num")] in ("波", "曲", "转", "百", "千"):
        return None  # 一波三折
    if _spaced_digit_before(text, _at(m, "num")):
        return None  # 7 2 折: spaced digits, read as which number?
    value = numeral.value
    if 0 < value < 10:
        value *= 10
    elif not (10 < value < 100 and (numeral.positional or not numeral.chinese)):
        return None
    return _Reading(K.PERCENT, "%", value, _EXACT, _at(m, "num"), _to(m, "zhe"))


def _spaced_digit_before(text: str, at: int) -> bool:
    """Whether a digit and spaces stand right before ``at`` (7 2 折)."""
    i = at
    while i > 0 and text[i - 1] in " \u3000":
        i -= 1
    return 0 < i < at and text[i - 1] in "0123456789０１２３４５６７８９"


def _currency(name: str) -> str:
    return CURRENCY_SIGNS.get(name) or CURRENCIES[name]


def _half_percent(m: regex.Match[str], g: _Groups) -> _Reading:
    """半成 (5%), 半折 and 打对折 (50%)."""
    name = "halfpct" if g("halfpct") else "duizhe"
    value = Decimal(5) if g("halfpct") == "半成" else Decimal(50)
    return _Reading(K.PERCENT, "%", value, _EXACT, _at(m, name), _to(m, name))


def _half(m: regex.Match[str], g: _Groups) -> _Reading | None:
    """半年, 半个月, 半斤: half of a unit."""
    unit_text = HALF_UNITS[g("hunit")]
    kind, unit, factor = _unit(unit_text)
    return _Reading(kind, unit, Decimal("0.5") * factor, _EXACT, _at(m, "half"), _to(m, "hunit"))


def _unit(unit_text: str) -> tuple[QuantityKind, str, Decimal]:
    if unit_text in UNITS:
        return UNITS[unit_text]
    return K.DURATION, DURATION_UNITS[unit_text], _ONE


def _amount(m: regex.Match[str], g: _Groups, ctx: Context) -> _Reading | None:
    """A number with its magnitude and unit: 420余万元, 3000到5000万元, 两年半, 500万美元."""
    num_text = g("num")
    numeral = read_numeral(num_text)
    if numeral is None or numeral.positional:
        return None  # 二二一团, 一一: digits read one by one are codes and names
    if long_digits(num_text, numeral.arabic_digits) or (numeral.chinese and plan_period(num_text)):
        return None
    prefix = g("prefix")
    extra = _ONE
    half = bool(g("uhalf") or g("dhalf"))
    cents = _ZERO
    money = False
    if g("geyi"):
        kind, unit, factor = K.MONEY, "CNY", _ONE
        extra = Decimal(100_000_000)
        money = True
    elif g("cur") in CURRENCY_CENTS:
        kind, unit, factor, money = K.MONEY, CURRENCY_CENTS[g("cur")], Decimal("0.01"), True
    elif g("cur"):
        kind, unit, factor, money = K.MONEY, CURRENCIES[g("cur")], _ONE, True
    elif g("yuan"):
        kind, factor, money = K.MONEY, _ONE, True
        unit = _currency(g("cur_pre")) if g("cur_pre") else "CNY"
        if g("jiao"):
            cents += _digit(g("jiao")) / 10
        if g("fen"):
            cents += _digit(g("fen")) / 100
    elif g("jiaoonly") or g("fenonly"):
        if not numeral.financial or numeral.value >= 10:
            return None  # 三角, 十分: words; only financial numerals write 壹角, 壹分
        kind, unit, money = K.MONEY, "CNY", True
        factor = Decimal("0.1") if g("jiaoonly") else Decimal("0.01")
        if g("fen2"):
            cents += _digit(g("fen2")) / 100
    elif g("unit"):
        unit_text = LATIN_UNITS.get(g("latin"), g("unit")) if g("latin") else g("unit")
        kind, unit, factor = UNITS[unit_text]
        if unit_text == "米" and num_text == "一":
            return None  # 一米阳光: a name
    elif g("dur"):
        dur = g("dur")
        if g("dmid"):
            dur = "个" + dur[2:]
        kind, unit, factor = K.DURATION, DURATION_UNITS[dur], _ONE
    elif g("measure"):
        kind, unit, factor = K.COUNT, g("measure"), _ONE
    elif (g("money_noun") or g("cur_pre")) and (g("mag") or num_text[-1:] in MAGNITUDES
                                               or g("cur_pre") in CURRENCY_SIGNS):
        kind, factor, money = K.MONEY, _ONE, True  # 资金6261万, 美元500万, ￥300
        unit = _currency(g("cur_pre")) if g("cur_pre") else "CNY"
    else:
        return None  # a bare number: codes (1234), generations (8090), slogans
    if _rejected(m, g, ctx, numeral, kind, money):
        return None
    mag = _trailing_magnitude(g("mag") or "") * extra
    value = numeral.value
    bounds = _EXACT
    mid = g("mid") or g("gmid") or (g("dmid") if g("dmid") == "多" else None)
    if g("num2"):
        second = read_numeral(g("num2"))
        if second is None or second.positional or second.high is not None or mid:
            return None
        high = second.value
        scale = _shared_scale(g("num2"))
        if num_text[-1] in CN_UNITS:  # 一百二十到一百五十万: only the magnitude is shared
            scale = scale.lstrip("".join(CN_UNITS))
        if scale and num_text[-1] not in MAGNITUDES:
            scaled = read_numeral(num_text + scale)  # 5至10万元, 四、五千元: the scale belongs to both
            if scaled is not None and scaled.value <= high:
                value = scaled.value
        if not value < high:
            return None
        bounds = Bounds(Approx.RANGE, value, high)
    elif numeral.high is not None:
        bounds = Bounds(Approx.RANGE, value, numeral.high)  # 两三个, 三四十人
    elif mid:
        if value <= 0:
            return None  # 0几万吨
        bounds = with_mid(value, mid)
    if g("dmid") == "半" or half:
        if bounds.approx is not Approx.EXACT:
            return None
        value += Decimal("0.5")
    value = value * mag
    bounds = bounds.scaled(mag)
    if g("mid2"):
        bounds = Bounds(Approx.OVER, value, None)
    if kind is K.DURATION and ((unit == "year" and value >= 100) or value <= 0):
        return None  # 2020年 is a date; 一百年 a slogan
    bounds = with_prefix(bounds, value, prefix)
    value, bounds = value * factor + cents, bounds.scaled(factor)
    if g("sign"):
        value, bounds = _negative(value, bounds)
    start = _start(m, g, "num")
    return _Reading(kind, unit, value, bounds, start, _end(m, g))


def _end(m: regex.Match[str], g: _Groups) -> int:
    """The surface ends at the unit (a suffix is added by the caller)."""
    return int(_at(m, "suffix") if g("suffix") else m.end())


def _negative(value: Decimal, bounds: Bounds) -> tuple[Decimal, Bounds]:
    low = -bounds.high if bounds.high is not None else None
    high = -bounds.low if bounds.low is not None else None
    if bounds.approx is Approx.RANGE:
        return -(bounds.high if bounds.high is not None else value), Bounds(Approx.RANGE, low, high)
    return -value, Bounds(bounds.approx, low, high)


def _rejected(m: regex.Match[str], g: _Groups, ctx: Context, numeral: Numeral,
              kind: QuantityKind, money: bool) -> bool:
    """The traps of :mod:`aidparse.extract.quantity_traps`, for one candidate."""
    text = m.string
    num_text = g("num")
    prefix = g("prefix") or ""
    start, end = _at(m, "num"), m.end()
    if numeral.bare and not (g("mid") or g("mid2") or prefix) \
            and not (num_text.startswith("十") or len(num_text) >= 2):
        return True  # 万亩亿元, 十城百店, 亿元: a bare 万 or 百 is not a number
    measure = g("measure")
    if measure and num_text == "一" and not counted_one(text, start, end):
        return True  # 一家亲, 一个都不能少, 一名干部 (but 仅有一个实验室, 康复中心一栋。)
    if measure and text.startswith(measure, end):
        return True  # 一批批, 一个个
    if not prefix and demonstrative(text, start, num_text, bool(g("dur"))):
        return True  # 这两个省份, 又一年: pointing back, not a figure
    if g("dur") and text[start - 1 : start] == "岁":
        return True  # 1岁2个月: an age
    if measure == "期" and text[start - 1 : start] == "年":
        return True  # 2018年1期: a journal issue
    if in_book_title(text, start):
        return True  # 《医疗援疆3年行动方案》: a name
    if numeral.financial and lone_financial(num_text, money):
        return True  # 入伍名额, 登陆部队, 陆家嘴
    if g("dur") and (rhythm(text, end) or fixed_after_duration(text, end)):
        return True
    if not numeral.chinese:
        return False
    if measure and is_slogan(text, start, end):
        return True
    return in_word(text, start, end) or (not prefix and ends_word(text, start, end)) \
        or ctx.in_place_name(start, end)


#: 上万群众, 数千名… is caught by the main pattern; this one takes the measure-less form.
_PEOPLE = lazy_regex(
    rf"""(?=[上过逾超近数0-9])                                            # a quick test
        (?:(?P<prefix>上|过|逾|超|近|数)(?P<mag>[百千万]|十万|百万)       # 上万群众
          | (?<![0-9.])(?P<num>[0-9]+(?:\.[0-9]+)?)(?P<nmag>万|千))         # 2万居民
        (?P<noun>{'|'.join(PEOPLE_NOUNS)})""",
    VERBOSE,
)
_PEOPLE_APPROX = {"上": Approx.OVER, "过": Approx.OVER, "逾": Approx.OVER, "超": Approx.OVER,
                  "近": Approx.UNDER, "数": Approx.ABOUT}


def _people(text: str) -> list[Quantity]:
    """Counts of people without a measure word: 上万群众 (more than 10,000 people)."""
    out = []
    for m in _PEOPLE.finditer(text):
        last = "nmag" if m.group("num") else "mag"
        value = parse_number(m.group("num") + m.group("nmag") if m.group("num") else m.group("mag"))
        if value is None:
            continue
        approx = _PEOPLE_APPROX[m.group("prefix")] if m.group("prefix") else Approx.EXACT
        low, high = {
            Approx.OVER: (value, None), Approx.UNDER: (None, value),
            Approx.ABOUT: (value, value * 10), Approx.EXACT: (None, None),
        }[approx]
        out.append(Quantity.model_construct(
            kind=QuantityKind.COUNT, value=_norm(value), unit="人", approx=approx, low=_norm(low),
            high=_norm(high), text=text[m.start() : m.end(last)],
            span=Span._trusted(m.start(), m.end(last)), subject=m.group("noun"),
        ))
    return out


def extract_quantities(text: str) -> list[Quantity]:
    """Extract every quantity a reader would take from the text.

    Money in yuan has unit ``CNY``; other currencies keep their ISO code
    (``USD``, ``HKD`` …). Counts carry their measure word as unit; percentage
    points are ``pp``.

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
        >>> [(q.text, q.low, q.high) for q in extract_quantities("每户补助5至10万元")]
        [('5至10万元', Decimal('50000'), Decimal('100000'))]
        >>> [(q.value, q.unit) for q in extract_quantities("提高2.4个百分点,援建资金500万美元")]
        [(Decimal('2.4'), 'pp'), (Decimal('5000000'), 'USD')]
        >>> extract_quantities("实施“十城百店”“万亩亿元”工程,衢乌一家亲,对口援疆30周年")
        []
    """
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    if _SPACED.search(text) is None:
        return _extract(text)
    return _respace(text)


#: A run of spaces inside a numeral or a percent expression (一 百 五 十 个 百 分 点,
#: 百分之 50, 1000  万), but not between two digits (2010 01 29 stays three numbers).
_SPACED = lazy_re(
    r"(?<=[0-9０-９．.〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟兩萬億貳參陸点點个個分之成折余多几])"
    r"[ \t\u3000\u00a0]+"
    r"(?=[0-9０-９．〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟兩萬億貳參陸点點个個分之成折余多几])"
)


def _respace(text: str) -> list[Quantity]:
    """Extract from the text with those runs removed, and map the spans back."""
    pieces: list[str] = []
    kept: list[int] = []  # where each kept piece starts, in the compact text
    shift: list[int] = []  # and how far it moved
    last = removed = 0
    for m in _SPACED.finditer(text):
        if text[m.start() - 1].isdigit() and text[m.end()].isdigit():
            continue
        kept.append(last - removed)
        shift.append(removed)
        pieces.append(text[last : m.start()])
        removed += m.end() - m.start()
        last = m.end()
    kept.append(last - removed)
    shift.append(removed)
    pieces.append(text[last:])

    def original(at: int) -> int:
        return at + shift[bisect.bisect_right(kept, at) - 1]

    out = []
    for q in _extract("".join(pieces)):
        start, end = original(q.span.start), original(q.span.end - 1) + 1
        out.append(q.model_copy(update={"text": text[start:end], "span": Span._trusted(start, end)}))
    return out


def _extract(text: str) -> list[Quantity]:
    ctx = Context(text)
    out: list[Quantity] = []
    with localcontext(DECIMAL_CONTEXT):
        for m in pattern().finditer(text):
            q = _quantity(m, ctx)
            if q is not None:
                out.append(q)
    out = join_adjacent(text, join_ranges(text, out))
    people = _people(text)
    if not people:
        return out
    starts = [q.span.start for q in out]
    extra = [q for q in people if not _overlaps(out, starts, q.span)]
    return sorted(out + extra, key=lambda q: q.span.start)


def _quantity(m: regex.Match[str], ctx: Context) -> Quantity | None:
    g = dict(zip(_group_names(), m.groups(""), strict=True)).__getitem__
    reading: _Reading | None
    if g("frac"):
        reading = _fraction(m, g)
    elif g("cheng"):
        reading = _cheng(m, g, word_counts())
    elif g("zhe"):
        reading = _zhe(m, g)
    elif g("half"):
        reading = _half(m, g)
    elif g("halfpct") or g("duizhe"):
        reading = _half_percent(m, g)
    else:
        reading = _amount(m, g, ctx)
    if reading is None:
        return None
    text = m.string
    bounds = reading.bounds
    if _too_large(reading.value, bounds):
        return None  # 一亿亿元: not a figure
    suffix = g("suffix")
    end = reading.end
    if suffix and _to(m, "suffix") == m.end():
        if suffix == "多" and _word_after(text, _at(m, "suffix")):
            suffix = ""  # 3个多功能厅: 多 begins the next word
        else:
            bounds = with_suffix(bounds, reading.value, suffix)
            end = _to(m, "suffix")
    if ctx.in_url(reading.start, end):
        return None  # numbers in web addresses (%2D9114%)
    if text[reading.start - 1 : reading.start] in LOST_MARKS and reading.start > 0:
        return None  # 二?十年: a character was lost before the number; its value is unknown
    kind = reading.kind
    with_subject = kind not in (K.DURATION, K.MULTIPLE)
    after_unit = kind is K.COUNT and not suffix
    return Quantity.model_construct(
        kind=kind,
        value=_norm(reading.value),
        unit=reading.unit,
        approx=bounds.approx,
        low=_norm(bounds.low),
        high=_norm(bounds.high),
        text=text[reading.start : end],
        span=Span._trusted(reading.start, end),
        subject=subject(text, reading.start, end, after_unit) if with_subject else None,
    )


def _too_large(value: Decimal, bounds: Bounds) -> bool:
    """Whether the value or a bound reaches :data:`MAX_VALUE`."""
    low, high = bounds.low, bounds.high
    return abs(value) >= MAX_VALUE or (low is not None and abs(low) >= MAX_VALUE) \
        or (high is not None and abs(high) >= MAX_VALUE)


def _word_after(text: str, at: int) -> bool:
    """Whether the 多 at ``at`` begins a word (多功能, 多元化) rather than ending a number."""
    words = word_counts()
    if text[at + 1 : at + 2] in ("", "时", "的", "了"):
        return False
    return any(text[at : at + size] in words for size in (2, 3, 4) if at + size <= len(text))


def _overlaps(found: list[Quantity], starts: list[int], span: Span) -> bool:
    """Whether ``span`` overlaps a quantity of ``found`` (sorted, with their ``starts``)."""
    i = bisect.bisect_right(starts, span.start)
    before = found[i - 1].span if i else None
    after = found[i].span if i < len(found) else None
    return bool(before and before.end > span.start) or bool(after and after.start < span.end)


@overload
def _norm(value: Decimal) -> Decimal: ...
@overload
def _norm(value: Decimal | None) -> Decimal | None: ...
def _norm(value: Decimal | None) -> Decimal | None:
    """Integral values without decimals; others to at most ten places (1/3 of 100%)."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return value.quantize(_ONE)
    value = value.normalize()
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -10:
        value = value.quantize(_PLACES)
    return value

