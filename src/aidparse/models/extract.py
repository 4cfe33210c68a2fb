"""Extracted mentions: quantities and dates."""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from enum import Enum

from pydantic import Field

from aidparse.models.base import Model, Span

__all__ = ["Approx", "DateMention", "Quantity", "QuantityKind"]


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


class DateMention(Model):
    """A date or period named in the text."""

    text: str
    span: Span
    value: str = Field(description="ISO form, partial where the text is: 2020, 2020-03, 2017/2018.")
    start: _dt.date | None = None
    end: _dt.date | None = None
    resolved: bool = Field(
        default=False, description="True when the year came from the reference date."
    )
    original_span: Span | None = None
