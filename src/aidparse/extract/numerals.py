"""Numbers as Chinese reports write them, parsed to :class:`~decimal.Decimal`.

Tables are typed module constants; the number pattern is built from them.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Final

from aidparse._lazy import lazy_regex

__all__ = ["CN_DIGITS", "CN_UNITS", "MAGNITUDES", "NUMBER_PATTERN", "parse_number"]

#: Chinese digits, including the financial (大写) forms, in Simplified.
CN_DIGITS: Final[dict[str, int]] = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
    "六": 6, "七": 7, "八": 8, "九": 9,
    "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
}
#: Units below ten thousand: they multiply the digit before them.
CN_UNITS: Final[dict[str, int]] = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
#: Magnitudes that multiply everything before them (also after Arabic digits).
MAGNITUDES: Final[dict[str, int]] = {"万": 10_000, "亿": 100_000_000}

_CN_CHARS = "".join(CN_DIGITS) + "".join(CN_UNITS) + "".join(MAGNITUDES)
_MAG = "".join(MAGNITUDES)

#: An Arabic number (thousands separators, decimals) with optional Chinese
#: magnitudes (``13.56亿``, ``3000万``, ``1.5万亿``), or a Chinese numeral.
NUMBER_PATTERN: Final[str] = rf"""
    (?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?:[{_MAG}千百]*[{_MAG}])?   # Arabic [+ 万/亿]
    | [{_CN_CHARS}]+                                                   # Chinese
"""

_ARABIC = lazy_regex(rf"(?P<num>(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?)(?P<mag>[{_MAG}千百]*)")


def _parse_chinese(text: str) -> Decimal | None:
    if all(ch in CN_DIGITS for ch in text):  # positional: 二〇二〇, 二二一
        return Decimal("".join(str(CN_DIGITS[ch]) for ch in text)) if text else None
    total = section = number = 0
    seen_digit = False
    for ch in text:
        if ch in CN_DIGITS:
            number = CN_DIGITS[ch]
            seen_digit = True
        elif ch in CN_UNITS:
            section += (number or 1) * CN_UNITS[ch]
            number = 0
        elif ch == "万":
            total += (section + number or (1 if not seen_digit and not total else 0)) * 10_000
            section = number = 0
        elif ch == "亿":
            total = (total + section + number or 1) * 100_000_000
            section = number = 0
        else:
            return None
    return Decimal(total + section + number)


def parse_number(text: str) -> Decimal | None:
    """Parse a numeral; ``None`` when it is not one.

    Examples:
        >>> parse_number("13.56亿")
        Decimal('1356000000.00')
        >>> parse_number("26,829")
        Decimal('26829')
        >>> parse_number("一千三百五十六万")
        Decimal('13560000')
        >>> parse_number("两百"), parse_number("十二"), parse_number("二二一")
        (Decimal('200'), Decimal('12'), Decimal('221'))
        >>> parse_number("叁仟伍佰"), parse_number("三亿五千万")
        (Decimal('3500'), Decimal('350000000'))
        >>> parse_number("万"), parse_number("abc")
        (Decimal('10000'), None)
    """
    text = text.strip()
    if not text:
        return None
    m = _ARABIC.fullmatch(text)
    if m:
        try:
            value = Decimal(m.group("num").replace(",", ""))
        except InvalidOperation:  # pragma: no cover - the pattern only admits digits
            return None
        for ch in m.group("mag"):
            value *= MAGNITUDES.get(ch) or CN_UNITS[ch]
        return value
    return _parse_chinese(text)
