"""Adjacent quantities that are one: ranges (5万元至10万元), compound durations
(一年零三个月, 8天20小时) and amounts with their hundredths (两美元又三美分).

>>> from aidparse import extract_quantities
>>> [(q.text, str(q.value), q.unit) for q in extract_quantities("补助5万元至10万元,援疆一年零三个月")]
[('5万元至10万元', '50000', 'CNY'), ('一年零三个月', '15', 'month')]
"""

from __future__ import annotations

from typing import Final

from aidparse._lazy import lazy_regex
from aidparse.models import Approx, Quantity, QuantityKind, Span

__all__ = ["join_adjacent", "join_ranges"]

K = QuantityKind
_RANGE_JOIN = lazy_regex(r"\x20?[-—–~～至到]\x20?")


def join_ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """5万元至10万元, 3天至5天, 20%-30%: two amounts of one unit joined into a range.

    Both exact, or with 多/余 at either end when 至, 到 or a dash joins them
    (200余万元至300万元: 200万 to 300万).

    >>> from aidparse import extract_quantities
    >>> (q,) = extract_quantities("投入200余万元至300万元")
    >>> q.text, q.approx.value, str(q.low), str(q.high)
    ('200余万元至300万元', 'range', '2000000', '3000000')
    """
    out: list[Quantity] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        high = b.value if b is not None else None
        dash = b is not None and b.value < 0 and b.span.start == a.span.end and b.text[:1] in "-－−"
        if dash and b is not None:
            high = -b.value  # 20%-30%: a dash, not a sign
        exact = b is not None and a.approx is Approx.EXACT and b.approx is Approx.EXACT
        # 200余万元至300万元: an end with 多/余 joins too, but only across a written 至/到/dash
        over_end = b is not None and {a.approx, b.approx} <= {Approx.EXACT, Approx.OVER} and (
            dash or _RANGE_JOIN.fullmatch(text, a.span.end, b.span.start) is not None)
        if over_end and b is not None and b.approx is Approx.OVER:
            # 至300余万: up to what 余 allows (after a dash it was read as a negative amount,
            # whose bounds are mirrored: -300余万 is -400万 to -300万)
            high = -b.low if dash and b.low is not None else b.high
        if b is not None and high is not None and a.kind is b.kind and a.unit == b.unit \
                and (exact or over_end) and a.value < high \
                and (high != b.value or _RANGE_JOIN.fullmatch(text, a.span.end, b.span.start)):
            out.append(a.model_copy(update={
                "approx": Approx.RANGE, "low": a.value, "high": high,
                "text": text[a.span.start : b.span.end],
                "span": Span._trusted(a.span.start, b.span.end),
            }))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


#: Exact conversions between duration units, larger to smaller (months and days do not convert).
_DURATION_STEPS: Final[dict[tuple[str, str], int]] = {
    ("year", "month"): 12, ("week", "day"): 7, ("week", "hour"): 168, ("week", "minute"): 10_080,
    ("day", "hour"): 24, ("day", "minute"): 1440, ("hour", "minute"): 60,
}
_DURATION_JOIN = lazy_regex(r"又|零|\x20?")


def join_adjacent(text: str, found: list[Quantity]) -> list[Quantity]:
    """一年零三个月, 8天20小时, 一个星期又三天: one duration in the smaller unit;
    两美元又三美分: one amount."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if prev is not None and prev.kind is K.MONEY and q.kind is K.MONEY and prev.unit == q.unit \
                and prev.approx is Approx.EXACT and q.approx is Approx.EXACT and 0 < q.value < 1 \
                and prev.value == prev.value.to_integral_value() \
                and _DURATION_JOIN.fullmatch(text, prev.span.end, q.span.start):
            out[-1] = prev.model_copy(update={
                "value": prev.value + q.value, "text": text[prev.span.start : q.span.end],
                "span": Span._trusted(prev.span.start, q.span.end),
            })
            continue
        if prev is not None and prev.kind is K.DURATION and q.kind is K.DURATION \
                and prev.approx is Approx.EXACT and q.approx is Approx.EXACT \
                and (prev.unit, q.unit) in _DURATION_STEPS \
                and _DURATION_JOIN.fullmatch(text, prev.span.end, q.span.start):
            value = prev.value * _DURATION_STEPS[prev.unit, q.unit] + q.value
            out[-1] = q.model_copy(update={
                "value": value, "text": text[prev.span.start : q.span.end],
                "span": Span._trusted(prev.span.start, q.span.end),
            })
            continue
        out.append(q)
    return out
