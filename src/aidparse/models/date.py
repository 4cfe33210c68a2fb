"""Dates and periods named in a text."""

from __future__ import annotations

import datetime as _dt

from pydantic import Field

from aidparse.models.base import Model, Span

__all__ = ["DateMention"]


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
