"""Numbers as Chinese reports write them, parsed to :class:`~decimal.Decimal`.

Arabic (``13.56``, ``26,829``, full-width ``２．２``), Chinese (``一千三百五十六``,
financial ``叁仟伍佰``, Traditional ``參萬``), positional (``二〇二〇``), mixed
(``5万4千6百``, ``1万600``), colloquial (``三万五`` is 35,000, ``两千六`` 2,600),
decimals (``三点五``), signs (``负``, ``-``) and approximate neighbours
(``三四十`` is 30 to 40). Tables are typed module constants; the number
pattern the extractor uses is built from them.

A numeral is read by one left-to-right pass over its tokens with the rules a
reader applies: units inside a section fall (千 before 百 before 十),
magnitudes (万, 亿) close a section and fall too (万亿 stacks once), a decimal
ends the digits. Anything else is not a numeral (``None``), and so is anything
too long or too large to be an amount (:data:`MAX_DIGITS`, :data:`MAX_VALUE`):
account numbers, phone lists and runs of 亿 are not figures.
"""

from __future__ import annotations

import functools
from decimal import Context, Decimal, InvalidOperation, localcontext
from typing import Final

from aidparse._lazy import lazy_regex
from aidparse._record import record

__all__ = [
    "CN_DIGITS",
    "CN_UNITS",
    "DECIMAL_CONTEXT",
    "MAGNITUDES",
    "MAX_DIGITS",
    "MAX_VALUE",
    "NEIGHBOURS",
    "NUMBER_PATTERN",
    "TRADITIONAL_NUMERALS",
    "Numeral",
    "parse_number",
    "read_numeral",
]

#: Chinese digits, including the financial (大写) forms, in Simplified.
CN_DIGITS: Final[dict[str, int]] = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9,
    "壹": 1, "贰": 2, "叁": 3, "参": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
}
#: Financial (大写) digits and units: words of their own when they stand alone (陆家嘴, 入伍).
FINANCIAL: Final[frozenset[str]] = frozenset("壹贰叁参肆伍陆柒捌玖拾佰仟")
#: Units below ten thousand: they multiply the digit before them.
CN_UNITS: Final[dict[str, int]] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
#: Tens written as one character (廿二 is 22).
CN_TENS: Final[dict[str, int]] = {"廿": 2, "卅": 3}
#: Magnitudes that multiply everything before them (also after Arabic digits).
MAGNITUDES: Final[dict[str, int]] = {"万": 10_000, "亿": 100_000_000}
#: 兆 is 10^12 in Traditional and older writing; the extractor takes it only
#: before 亿 (四十九兆九千億), since in mainland text it is mega- (兆瓦).
_PARSE_ONLY_MAGNITUDES: Final[dict[str, int]] = {"兆": 10**12}
#: Traditional and full-width forms folded before reading.
_FOLD: Final[dict[int, int]] = str.maketrans(
    "兩萬億貳參叄陸點負０１２３４５６７８９．，－−", "两万亿贰叁叁陆点负0123456789.,--"
)
_POINT = "点"
_SIGNS = ("负", "-")
#: Adjacent digits read as an approximate range (两三个, 三四十人, 十七八岁, 三五天).
NEIGHBOURS: Final[frozenset[str]] = frozenset(
    {"一二", "一两", "两三", "二三", "三四", "四五", "五六", "六七", "七八", "八九", "三五"}
)
#: Longest numeral read, in characters: no amount is written longer.
MAX_LENGTH: Final[int] = 64
#: Most digits in the integer part of an Arabic amount; longer runs are account
#: numbers, IDs and phone lists.
MAX_DIGITS: Final[int] = 16
#: Amounts at or beyond this size are not figures (10^16: 一亿亿).
MAX_VALUE: Final[Decimal] = Decimal(10) ** 16
#: Largest stack of magnitudes (万亿 = 10^12; 亿亿 is not an amount).
MAX_STACK: Final[int] = 10**12
#: The decimal arithmetic of extraction, whatever the caller's global context
#: (a library may set ``getcontext().prec = 15`` at import: recognizers-text does).
DECIMAL_CONTEXT: Final[Context] = Context(prec=34, Emax=999, Emin=-999)

_CN_CHARS = "".join(CN_DIGITS) + "".join(CN_UNITS) + "".join(CN_TENS) + "".join(MAGNITUDES)
_DIGIT_CHARS = "".join(CN_DIGITS)
_ARABIC_DIGITS = "0-9０-９"
#: Traditional numeral characters (read as their Simplified forms).
TRADITIONAL_NUMERALS: Final[str] = "兩萬億貳參叄陸"
_TRADITIONAL = TRADITIONAL_NUMERALS
#: One Chinese numeral character; 千 and 百 stay out when they begin a unit
#: (千瓦, 千米, 千克, 百分点), so ``100千瓦时`` is 100 kWh.
_CN_CHARS_CLASS_ONLY = _CN_CHARS.replace("千", "").replace("百", "")
_CN_CLASS = rf"""(?:[{_CN_CHARS_CLASS_ONLY}{_TRADITIONAL}]|千(?![瓦米克])|百(?!分[点位比])
    |兆(?=[{_CN_CHARS}{_TRADITIONAL}]*[亿億]))"""  # 兆 is 10^12 only before 亿 (四十九兆九千億)
_TRADITIONAL_DIGITS = "兩貳參叄陸"
#: Units, magnitudes, zero and the point: what an Arabic piece may follow inside a numeral.
_SCALE_CHARS = "".join(CN_UNITS) + "".join(MAGNITUDES) + "萬億零〇点點"
_CN_SCALE_CLASS = rf"""(?:[{''.join(CN_TENS)}拾佰仟萬億{''.join(MAGNITUDES)}十]|千(?![瓦米克])
    |百(?!分[点位比])|兆(?=[{_CN_CHARS}{_TRADITIONAL}]*[亿億]))"""

#: One numeral as the extractor finds it: Arabic numbers (thousands
#: separators, decimals, full-width forms) and Chinese numeral characters in any
#: mix (13.56亿, 5万4千6百, 三点五, 200亿零四千230). :func:`read_numeral` decides
#: whether the run is a number.
NUMBER_PATTERN: Final[str] = rf"""
    (?:(?:[0-9]{{1,3}}(?:,[0-9]{{3}})+|[０-９]{{1,3}}(?:，[０-９]{{3}})+|[{_ARABIC_DIGITS}]+)
        (?:[.．][{_ARABIC_DIGITS}]+)?
      | {_CN_CLASS})
    (?:(?<=[{_SCALE_CHARS}])                     # Arabic again only after a unit: 5万4千, 1万600
        (?:[{_ARABIC_DIGITS}]{{1,3}}(?:,[0-9]{{3}})+|[{_ARABIC_DIGITS}]+)(?:[.．][{_ARABIC_DIGITS}]+)?
      | (?<![{_ARABIC_DIGITS}])[{_DIGIT_CHARS}{_TRADITIONAL_DIGITS}]   # not 周五1小时
      | {_CN_SCALE_CLASS}
      | [点點](?=[{_DIGIT_CHARS}{_TRADITIONAL}{_ARABIC_DIGITS}]))*
"""

_ARABIC = lazy_regex(r"[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?")


@record
class Numeral:
    """A numeral read from text, with what the extractor needs to judge it.

    Attributes:
        value: The number (for an approximate range, its lower end).
        high: The upper end of an approximate range (三四十 → 40), else ``None``.
        chinese: Whether Chinese numeral characters occur in it.
        financial: Whether financial (大写) characters occur in it.
        positional: Digits only, read one by one (二〇二〇, 二二一).
        bare: Units and magnitudes only, no digit (万, 十万, 千).
        decimal: Whether it has a decimal part.
        arabic_digits: Digits in the longest Arabic integer part.
    """

    value: Decimal
    high: Decimal | None = None
    chinese: bool = False
    financial: bool = False
    positional: bool = False
    bare: bool = False
    decimal: bool = False
    arabic_digits: int = 0
    fraction: bool = False


class _NotANumeral(Exception):
    pass


def _tokens(text: str) -> list[tuple[str, Decimal, str]]:
    """(kind, value, source) tokens: A(rabic), D(igit), U(nit), M(agnitude), Z(ero), P(oint)."""
    out: list[tuple[str, Decimal, str]] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if "0" <= ch <= "9":
            m = _ARABIC.match(text, i)
            assert m is not None
            raw = m.group()
            if "." in raw and out and out[-1][0] == "P":
                raise _NotANumeral
            out.append(("A", Decimal(raw.replace(",", "")), raw))
            i = m.end()
            continue
        if ch in ("零", "〇"):
            out.append(("Z", Decimal(0), ch))
        elif ch in CN_DIGITS:
            out.append(("D", Decimal(CN_DIGITS[ch]), ch))
        elif ch in CN_TENS:
            out.append(("D", Decimal(CN_TENS[ch]), ch))
            out.append(("U", Decimal(10), "十"))
        elif ch in CN_UNITS:
            out.append(("U", Decimal(CN_UNITS[ch]), ch))
        elif ch in MAGNITUDES:
            out.append(("M", Decimal(MAGNITUDES[ch]), ch))
        elif ch in _PARSE_ONLY_MAGNITUDES:
            out.append(("M", Decimal(_PARSE_ONLY_MAGNITUDES[ch]), ch))
        elif ch == _POINT:
            out.append(("P", Decimal(0), ch))
        else:
            raise _NotANumeral
        i += 1
    return out


def _positional(tokens: list[tuple[str, Decimal, str]]) -> Decimal | None:
    """二〇二〇, 一七二零点一: digits only, read one by one."""
    if not tokens or tokens[0][0] not in "DZ":
        return None
    if any(k not in "DZP" for k, _, _ in tokens) or sum(k == "P" for k, _, _ in tokens) > 1:
        return None
    digits = "".join("." if k == "P" else str(int(v)) for k, v, _ in tokens)
    if digits.endswith("."):
        raise _NotANumeral
    return Decimal(digits)


def _fraction_digits(tokens: list[tuple[str, Decimal, str]]) -> tuple[Decimal, int]:
    """Digits after 点 (Chinese one by one, or one Arabic run); returns (fraction, tokens used)."""
    if tokens and tokens[0][0] == "A":
        raw = tokens[0][2]
        if not raw.isdigit():
            raise _NotANumeral
        return Decimal("0." + raw), 1
    used = 0
    digits = ""
    for kind, value, _ in tokens:
        if kind not in "DZ":
            break
        digits += str(int(value))
        used += 1
    if not digits:
        raise _NotANumeral
    return Decimal("0." + digits), used


def _grammar(tokens: list[tuple[str, Decimal, str]]) -> Decimal:
    """Read units and magnitudes (一千三百五十六万, 5万4千6百, 三万五, 两千万点五)."""
    groups: list[tuple[Decimal, Decimal]] = []  # closed (magnitude, value), falling magnitudes
    section = Decimal(0)
    digit: Decimal | None = None
    digit_kind = ""
    last_unit: Decimal | None = None  # smallest unit used in the open section
    prev = ""  # kind of the previous token
    prev_scale = Decimal(0)  # the unit or magnitude just before a trailing digit
    after_zero = False
    fraction: Decimal | None = None
    bare_lead = False
    i = 0
    while i < len(tokens):
        kind, value, raw = tokens[i]
        if fraction is not None and kind != "M":
            raise _NotANumeral  # only a magnitude may follow a decimal: 三点五亿
        if kind == "A":
            if digit is not None or bare_lead:
                raise _NotANumeral
            if "." in raw:
                fraction = Decimal(0)  # the decimal ends the digits: 13.56亿
            scale = last_unit if last_unit is not None else (groups[-1][0] if groups and prev else None)
            if scale is not None and value >= scale and prev in ("U", "M", "Z"):
                raise _NotANumeral  # 1万20000
            digit, digit_kind = value, "A"
        elif kind == "D":
            if digit is not None or (bare_lead and prev == "U" and i != 1):
                raise _NotANumeral
            digit, digit_kind = value, "D"
        elif kind == "Z":
            if digit is not None:
                raise _NotANumeral
            after_zero = True
        elif kind == "U":
            if bare_lead:
                raise _NotANumeral  # 百十一
            if digit is None:
                if value == 10:
                    digit = Decimal(1)  # 十五, 一百十一
                elif prev == "Z":
                    digit = Decimal(1)  # 一万零百一十一
                elif i == 0:
                    digit, bare_lead = Decimal(1), True  # 百, 千三
                else:
                    raise _NotANumeral
            elif digit_kind == "A" and digit >= 10:
                raise _NotANumeral  # 30千
            if last_unit is not None and value >= last_unit:
                raise _NotANumeral  # 十一十二: units fall inside a section
            section += digit * value
            last_unit, digit, after_zero = value, None, False
            prev_scale = value
        elif kind == "M":
            current = section + (digit or 0)
            if current == 0 and digit is None:
                if prev == "M" and groups:  # 万万, 万亿: a stacked magnitude
                    mag, val = groups[-1]
                    if mag * value > MAX_STACK:
                        raise _NotANumeral  # 亿亿
                    groups[-1] = (mag * value, val * value)
                    prev_scale = mag * value
                    prev = kind
                    i += 1
                    continue
                if i == 0:
                    current = Decimal(1)  # 万: a bare magnitude
                else:
                    raise _NotANumeral
            if fraction is not None and groups:
                raise _NotANumeral  # 一万二点五万
            lower = sum((v for m, v in groups if m < value), Decimal(0))
            groups = [(m, v) for m, v in groups if m >= value]
            if groups and groups[-1][0] == value:
                raise _NotANumeral  # 一亿二亿
            groups.append((value, (lower + current) * value))
            section, digit, last_unit, after_zero = Decimal(0), None, None, False
            bare_lead = False
            prev_scale = value
        elif kind == "P":
            if prev in ("", "P"):
                raise _NotANumeral
            frac, used = _fraction_digits(tokens[i + 1 :])
            if prev in ("D", "A") and digit is not None:
                if prev == "D" and prev_scale >= 100 and not after_zero and tokens[i - 2][0] in "UM":
                    digit *= prev_scale / 10  # 两千三点一: colloquial before the point
                digit += frac
            else:
                digit = frac
            digit_kind = "F"
            fraction = frac
            i += 1 + used
            prev = "P"
            continue
        prev = kind
        i += 1
    total = sum((v for _, v in groups), Decimal(0)) + section
    if digit is not None:
        colloquial = (
            digit_kind in ("D", "A") and prev_scale >= 100 and not after_zero
            and tokens[-1][0] in "DA" and len(tokens) >= 2 and tokens[-2][0] in "UM"
            and (digit_kind == "D" or (digit < 10 and tokens[-1][2].isdigit()
                                       and len(tokens[-1][2]) == 1))
        )
        total += digit * prev_scale / 10 if colloquial else digit  # 三万五, 两千六
    return total


@functools.lru_cache(maxsize=8192)
def read_numeral(text: str) -> Numeral | None:
    """Read a numeral with what the extractor needs to judge it; ``None`` when it is not one.

    Examples:
        >>> n = read_numeral("三四十")
        >>> n.value, n.high
        (Decimal('30'), Decimal('40'))
        >>> read_numeral("二二一").positional, read_numeral("十万").bare
        (True, True)
        >>> read_numeral("一" + "亿" * 30) is None
        True
    """
    with localcontext(DECIMAL_CONTEXT):
        return _read_numeral(text)


def _read_numeral(text: str) -> Numeral | None:
    if text.isascii() and text.replace(".", "", 1).isdigit() and text[0] != ".":  # 2000, 15.9
        whole = text.split(".")[0]
        if len(whole) > MAX_DIGITS or text.endswith("."):
            return None
        return Numeral(value=Decimal(text), arabic_digits=len(whole), decimal="." in text)
    text = "".join(text.split()).translate(_FOLD)
    if not text or len(text) > MAX_LENGTH:
        return None
    if "分之" in text:
        return _fraction(text)
    sign = Decimal(1)
    if text.startswith(_SIGNS):
        sign, text = Decimal(-1), text[1:]
    try:
        tokens = _tokens(text)
        if not tokens:
            return None
        positional = _positional(tokens)
        high = None
        if positional is not None:
            value = positional
            pair = text[:2]
            if len(tokens) == 2 and pair in NEIGHBOURS:
                value, high = Decimal(CN_DIGITS[pair[0]]), Decimal(CN_DIGITS[pair[1]])
        else:
            value, high = _neighbours(text, tokens)
    except (_NotANumeral, InvalidOperation):
        return None
    arabic = max((len(raw.split(".")[0].replace(",", "")) for k, _, raw in tokens if k == "A"),
                 default=0)
    if arabic > MAX_DIGITS or abs(value) >= MAX_VALUE or (high is not None and high >= MAX_VALUE):
        return None
    kinds = {k for k, _, _ in tokens}
    return Numeral(
        value=sign * value,
        high=sign * high if high is not None else None,
        chinese=any(ch in _CN_CHARS for ch in text),
        financial=any(ch in FINANCIAL for ch in text),
        positional=positional is not None and high is None and _digits_before_point(tokens) > 1,
        bare=not kinds & {"A", "D", "Z"},
        decimal="P" in kinds or any(k == "A" and "." in raw for k, _, raw in tokens),
        arabic_digits=arabic,
    )


def _digits_before_point(tokens: list[tuple[str, Decimal, str]]) -> int:
    """Digits of a positional numeral before its point; a leading 零 does not count (一年零三个月)."""
    count = 0
    for i, (kind, _, _) in enumerate(tokens):
        if kind == "P":
            break
        if kind == "D" or (kind == "Z" and i > 0):
            count += 1
    return count


def _fraction(text: str) -> Numeral | None:
    """三分之一, 百分之八十, 一又二分之一: a whole part, a denominator and a numerator."""
    whole_text, _, rest = text.rpartition("又")
    den_text, _, num_text = rest.partition("分之")
    whole = _read_numeral(whole_text) if whole_text else None
    den, num = _read_numeral(den_text), _read_numeral(num_text)
    if den is None or num is None or den.value == 0 or den.high is not None or num.high is not None \
            or (whole_text and (whole is None or whole.high is not None)):
        return None
    value = num.value / den.value
    if whole is not None:
        value = whole.value - value if whole.value < 0 else whole.value + value
    return Numeral(value=value, chinese=True, financial=den.financial or num.financial,
                   decimal=True, fraction=True, arabic_digits=max(den.arabic_digits, num.arabic_digits))


def _neighbours(text: str, tokens: list[tuple[str, Decimal, str]]) -> tuple[Decimal, Decimal | None]:
    """三四十 → (30, 40), 十七八 → (17, 18); otherwise the plain value and ``None``."""
    scales = set(CN_UNITS) | set(MAGNITUDES)
    for i in range(len(text) - 1):
        if text[i : i + 2] in NEIGHBOURS and (i + 2 < len(text) or i > 0) \
                and (i == 0 or text[i - 1] in scales) \
                and (i + 2 == len(text) or text[i + 2] in scales):
            low, high = text[:i + 1] + text[i + 2 :], text[:i] + text[i + 1 :]
            try:
                lo, hi = _grammar(_tokens(low)), _grammar(_tokens(high))
            except _NotANumeral:
                break
            if lo < hi:
                return lo, hi
            break
    return _grammar(tokens), None


def parse_number(text: str) -> Decimal | None:
    """Parse a numeral; ``None`` when it is not one.

    Examples:
        >>> parse_number("13.56亿")
        Decimal('1356000000.00')
        >>> parse_number("26,829"), parse_number("２．２亿")
        (Decimal('26829'), Decimal('220000000.0'))
        >>> parse_number("一千三百五十六万")
        Decimal('13560000')
        >>> parse_number("两百"), parse_number("十二"), parse_number("二二一")
        (Decimal('200'), Decimal('12'), Decimal('221'))
        >>> parse_number("叁仟伍佰"), parse_number("三亿五千万"), parse_number("參萬")
        (Decimal('3500'), Decimal('350000000'), Decimal('30000'))
        >>> parse_number("三万五"), parse_number("两千六"), parse_number("5万4千6百")
        (Decimal('35000'), Decimal('2600'), Decimal('54600'))
        >>> parse_number("三点五"), parse_number("负一百二十"), parse_number("-22.2")
        (Decimal('3.5'), Decimal('-120'), Decimal('-22.2'))
        >>> parse_number("万"), parse_number("abc"), parse_number("十一十二")
        (Decimal('10000'), None, None)
        >>> parse_number("1" * 29), parse_number("一亿亿亿亿")
        (None, None)
    """
    numeral = read_numeral(text)
    return numeral.value if numeral is not None else None
