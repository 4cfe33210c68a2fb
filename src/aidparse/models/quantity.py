"""Quantities: a number with its kind, unit, approximation and place in the text.

A quantity checks itself on construction: bounds out of order are refused.

>>> from aidparse.models import Span
>>> Quantity(kind="money", value=5, unit="CNY", approx="range", low=5, high=3,
...          text="5至3元", span=Span(start=0, end=4))
Traceback (most recent call last):
...
pydantic_core._pydantic_core.ValidationError: 1 validation error for Quantity
...
"""

from __future__ import annotations

import re
from decimal import Decimal
from enum import Enum

from pydantic import Field, model_validator

from aidparse.models.base import Model, Span

__all__ = ["Approx", "Quantity", "QuantityKind"]


class QuantityKind(str, Enum):
    """What a quantity measures."""

    MONEY = "money"
    COUNT = "count"
    AREA = "area"
    LENGTH = "length"
    WEIGHT = "weight"
    VOLUME = "volume"
    POWER = "power"
    ENERGY = "energy"
    PERCENT = "percent"
    DURATION = "duration"
    MULTIPLE = "multiple"


class Approx(str, Enum):
    """How exactly the text states a quantity."""

    EXACT = "exact"
    OVER = "over"
    ABOUT = "about"
    UNDER = "under"
    RANGE = "range"


_ISO_4217 = re.compile(r"[A-Z]{3}")
#: Units a percentage may have: percent, and percentage points (提高2.4个百分点).
PERCENT_UNITS = frozenset({"%", "pp"})


class Quantity(Model):
    """A number with its unit, as a reader would take it from the text.

    The approximation and the bounds agree (checked on construction): an
    ``exact`` value has no bounds, ``over`` has a ``low``, ``under`` a ``high``,
    a ``range`` both; and ``low ≤ value ≤ high`` wherever they are set. Money
    is in a currency's ISO 4217 code (``CNY`` for yuan, never for another
    currency); a percentage is in ``%`` or percentage points ``pp``.
    """

    kind: QuantityKind
    value: Decimal = Field(
        description="The stated value in the canonical unit (money in its currency: CNY for yuan)."
    )
    unit: str
    approx: Approx = Approx.EXACT
    low: Decimal | None = Field(default=None, description="Smallest value the words allow.")
    high: Decimal | None = Field(default=None, description="Bound the words stay below/at.")
    text: str = Field(description="The surface as written.")
    span: Span = Field(description="Where :attr:`text` stands in the text given.")
    subject: str | None = Field(default=None, description="What is counted or paid for.")
    original_span: Span | None = Field(
        default=None, description="Where it stood in the decoded input (set by parse)."
    )
    section: int | None = Field(
        default=None, description="Index into AidReport.sections of the section it stands in."
    )

    @model_validator(mode="after")
    def _consistent(self) -> Quantity:
        """Bounds in order and agreeing with the approximation; units of money and percent."""
        if not self.value.is_finite():
            raise ValueError(f"value {self.value} is not a number")
        low, high = self.low, self.high
        if low is not None and high is not None and low > high:
            raise ValueError(f"bounds out of order: low {low} > high {high}")
        if (low is not None and self.value < low) or (high is not None and self.value > high):
            raise ValueError(f"value {self.value} outside its bounds [{low}, {high}]")
        needs = {Approx.EXACT: (False, False), Approx.RANGE: (True, True)}
        if self.approx in needs and needs[self.approx] != (low is not None, high is not None):
            raise ValueError(f"an {self.approx.value} quantity has bounds [{low}, {high}]")
        if (self.approx is Approx.OVER and low is None) or (self.approx is Approx.UNDER and high is None):
            raise ValueError(f"an {self.approx.value} quantity needs its bound")
        if self.kind is QuantityKind.MONEY and not _ISO_4217.fullmatch(self.unit):
            raise ValueError(f"money must be in an ISO 4217 currency code, not {self.unit!r}")
        if self.kind is QuantityKind.PERCENT and self.unit not in PERCENT_UNITS:
            raise ValueError(f"a percentage is in % or pp, not {self.unit!r}")
        return self
