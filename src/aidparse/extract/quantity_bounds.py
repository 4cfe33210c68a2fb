"""Approximations and the bounds their words allow.

Every bound is in the number's own unit before conversion; the extractor
multiplies by the magnitude and the unit's factor. Bounds keep ``low ≤ value
≤ high`` (the :class:`~aidparse.models.Quantity` validator checks it): for
420余万 the value is 420万 and the words allow up to 430万 (1000多万: up to 2000万); for 数百 the value is
100 and the words allow up to 1,000.
"""

from __future__ import annotations

from decimal import Decimal

from aidparse._record import record
from aidparse.extract.units import APPROX_PREFIX, APPROX_SUFFIX
from aidparse.models import Approx

__all__ = ["Bounds", "step", "unit_step", "with_mid", "with_prefix", "with_suffix"]


@record
class Bounds:
    """An approximation with its bounds (``None``: the words set none)."""

    approx: Approx = Approx.EXACT
    low: Decimal | None = None
    high: Decimal | None = None

    def scaled(self, factor: Decimal) -> Bounds:
        """The same bounds in a unit ``factor`` times smaller."""
        if self.low is None and self.high is None:
            return self  # nothing to scale (records are frozen: the same one serves)
        return Bounds(self.approx, self.low * factor if self.low is not None else None,
                      self.high * factor if self.high is not None else None)


def step(number: Decimal) -> Decimal:
    """Width of the interval that 多/余 opens after ``number``.

    多/余 after a round number stands for less than one unit of its last
    non-zero place (整数以下的零数): 十多 is 11–19, 40余 is below 50, 420余 below
    430, 1000多 below 2000 (一千五百 is 一千多), 1亿多 below 2亿. A number
    not ending in zero steps by one unit of its last place (一年多 is below two
    years, 1.5多 below 1.6).

    >>> step(Decimal(1000)), step(Decimal(420)), step(Decimal(40)), step(Decimal(1))
    (Decimal('1000'), Decimal('10'), Decimal('10'), Decimal('1'))
    """
    number = abs(number)
    if number != number.to_integral_value():
        exponent = number.normalize().as_tuple().exponent
        return Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0)
    digits = str(int(number))  # bounded: numerals are at most MAX_DIGITS long
    return Decimal(10) ** (len(digits) - len(digits.rstrip("0")))


def unit_step(number: Decimal) -> Decimal:
    """One unit of the last written place: what 多 after a unit adds less than.

    >>> unit_step(Decimal(10)), unit_step(Decimal(100)), unit_step(Decimal("1.5"))
    (Decimal('1'), Decimal('1'), Decimal('0.1'))
    """
    number = abs(number)
    if number != number.to_integral_value():
        exponent = number.normalize().as_tuple().exponent
        return Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0)
    return Decimal(1)


def with_mid(value: Decimal, mid: str | None) -> Bounds:
    """多/余/几/来 between a number and its magnitude (1000多万, 十几万, 十来个)."""
    if mid in ("多", "余"):
        return Bounds(Approx.OVER, value, value + step(value))
    if mid == "几":  # 十几: more than ten, fewer than twenty; 二十几: below thirty
        return Bounds(Approx.OVER, value, value + 10)
    if mid == "来":
        return Bounds(Approx.ABOUT)
    return Bounds()


def with_prefix(bounds: Bounds, value: Decimal, prefix: str | None) -> Bounds:
    """约/近/超过 … before the number; 数百/几十 is between one and ten times the unit."""
    if not prefix:
        return bounds
    approx = APPROX_PREFIX[prefix]
    if prefix in ("数", "几"):
        return Bounds(Approx.ABOUT, value, value * 10)
    if approx is Approx.EXACT or bounds.approx is Approx.RANGE:
        return bounds
    if approx is Approx.UNDER:
        return Bounds(Approx.UNDER, None, value)
    if approx is Approx.OVER:
        return Bounds(Approx.OVER, value, bounds.high if bounds.approx is Approx.OVER else None)
    return Bounds(approx)


def with_suffix(bounds: Bounds, value: Decimal, suffix: str | None) -> Bounds:
    """以上/左右/多 … after the number or its unit."""
    if not suffix:
        return bounds
    approx = APPROX_SUFFIX[suffix]
    if approx is Approx.OVER:
        if bounds.approx is Approx.EXACT:
            # 多 after the unit adds less than one of it (十年多 < 11 years, 100天多 < 101 days)
            return Bounds(Approx.OVER, value, value + unit_step(value) if suffix == "多" else None)
        if bounds.approx is Approx.OVER:
            return Bounds(Approx.OVER, bounds.low, None if suffix != "多" else bounds.high)
        return bounds
    if approx is Approx.UNDER:
        return Bounds(Approx.UNDER, None, value)
    if bounds.approx is Approx.RANGE:
        return bounds
    return Bounds(approx)
