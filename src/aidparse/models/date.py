"""Dates and periods named in a text."""

from __future__ import annotations

import datetime as _dt

from pydantic import Field, model_validator

from aidparse.models.base import Model, Span
from aidparse.models.vocab import YearSource

__all__ = ["DateMention"]


class DateMention(Model):
    """A date or period named in the text.

    ``value`` is ISO 8601, as precise as the text: a day ``2023-05-24``, a month ``2023-05``, a
    year ``2023``; a period as ``start/end`` at the grain of each end (``2023-05-24/2023-05-26``,
    ``2023-01/2023-06``, ``2020/2022``, ``2021/2025`` for ``十四五``). Without a year the value
    says so: ``--05-24``, ``--05``, ``---24``. ``start`` and ``end`` are the first and last day
    covered (both inclusive), or ``None`` when no year could be told.

    >>> from aidparse.models import Span
    >>> d = DateMention(text="5月24日", span=Span(start=0, end=5), value="2023-05-24",
    ...                 start=_dt.date(2023, 5, 24), end=_dt.date(2023, 5, 24),
    ...                 year_source=YearSource.PUBLISHED)
    >>> d.is_period, d.year_source.value
    (False, 'published')
    """

    text: str
    span: Span
    value: str = Field(
        description="ISO 8601 as precise as the text: 2023-05-24, 2023-05, 2023; periods as "
        "start/end (2017/2018, 2023-01/2023-06); without a year --05-24."
    )
    start: _dt.date | None = Field(default=None, description="First day covered (inclusive).")
    end: _dt.date | None = Field(default=None, description="Last day covered (inclusive).")
    year_source: YearSource = Field(
        default=YearSource.STATED,
        description="Where the year came from: stated, sentence, preceding, published, "
        "dateline, none.",
    )
    original_span: Span | None = None

    @model_validator(mode="after")
    def _bounds(self) -> DateMention:
        if (self.start is None) != (self.end is None):
            raise ValueError("start and end are given together")
        if self.start is not None and self.end is not None and self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        if (self.start is None) != (self.year_source is YearSource.NONE):
            raise ValueError("a mention has dates exactly when its year is known")
        return self

    @property
    def is_period(self) -> bool:
        """True when the mention covers more than one day (a month, a year, a range)."""
        return self.start is not None and self.start != self.end
