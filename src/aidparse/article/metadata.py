"""Facts that cleaning moved out of the body: source, authors, editors, the date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from aidparse.extract.dates import extract_dates
from aidparse.models import MetadataLine, Span
from aidparse.script import to_simplified

__all__ = ["meta_spans", "meta_values", "published_date"]


def meta_values(lines: Sequence[MetadataLine], field: str) -> list[str]:
    """Distinct values of one field, in Simplified, in the order they stood.

    >>> line = MetadataLine(field="source", value="天山網", span=Span(start=0, end=3))
    >>> meta_values([line, line], "source")
    ['天山网']
    """
    seen: list[str] = []
    for line in lines:
        value = to_simplified(line.value.strip())
        if line.field == field and value and value not in seen:
            seen.append(value)
    return seen


def meta_spans(lines: Sequence[MetadataLine], field: str) -> list[Span]:
    """Where each value of one field stood in the cleaner's input."""
    return [line.span for line in lines if line.field == field]


def published_date(values: Sequence[str]) -> dt.date | None:
    """The first full date among the values of the ``published`` field.

    >>> published_date(["2018-10-29 11:27:00"])
    datetime.date(2018, 10, 29)
    """
    for value in values:
        for mention in extract_dates(value):
            if mention.start is not None and mention.start == mention.end:
                return mention.start
    return None
