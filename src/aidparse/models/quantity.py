"""Quantities: a number with its kind, unit, approximation and place in the text."""

from __future__ import annotations

from decimal import Decimal
from enum import Enum

from pydantic import Field

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


class Quantity(Model):
    """A number with its unit, as a reader would take it from the text."""

    kind: QuantityKind
    value: Decimal = Field(description="The stated value in the canonical unit (money in CNY).")
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
