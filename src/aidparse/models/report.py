"""The report: places, sections, headline figures, and :class:`AidReport`."""

from __future__ import annotations

import datetime as _dt
import json
import zlib
from decimal import Decimal
from enum import Enum
from typing import Any

from pydantic import Field

from aidparse.models.base import Model, Span, new_list
from aidparse.models.date import DateMention
from aidparse.models.decode import EncodingGuess
from aidparse.models.editlog import EditLog
from aidparse.models.provenance import Removal, Repair, removals, repairs
from aidparse.models.quantity import Approx, Quantity
from aidparse.models.script import ScriptProfile
from aidparse.models.warnings import ParseWarning

__all__ = [
    "QUANTITY_FIELDS",
    "REPORT_FIELDS",
    "AidReport",
    "Figure",
    "Period",
    "Place",
    "PlaceLevel",
    "Section",
]


class PlaceLevel(str, Enum):
    """Administrative level of a :class:`Place`."""

    PROVINCE = "province"
    CITY = "city"
    DISTRICT = "district"
    PREFECTURE = "prefecture"
    COUNTY = "county"
    DIVISION = "division"
    REGIMENT = "regiment"


class Place(Model):
    """A place resolved against the gazetteer."""

    name: str = Field(description="Canonical Simplified name, e.g. 衢州市, 第一师四团.")
    level: PlaceLevel
    parent: str | None = Field(default=None, description="Province, prefecture or division.")
    mention: str | None = Field(default=None, description="The form the text used.")
    span: Span | None = Field(default=None, description="First mention in the report text.")
    inferred: bool = Field(default=False, description="Completed from the pairing table.")


#: Columns of :meth:`AidReport.to_records` that describe the report, then the quantity.
REPORT_FIELDS: tuple[str, ...] = (
    "title", "source", "published", "authors", "donor", "recipients", "batch", "period",
)
QUANTITY_FIELDS: tuple[str, ...] = (
    "kind", "value", "unit", "approx", "low", "high", "quantity_text", "subject", "sector",
    "start", "end",
)


class Section(Model):
    """A headed part of the article, with the sector its heading names."""

    title: str
    heading: Span = Field(description="Where the heading stands in the report text.")
    span: Span = Field(description="The heading and its body, up to the next heading.")
    sector: str | None = Field(
        default=None, description="民生, 教育, 医疗, 产业, 就业, 文化, 人才, 基础设施, 项目 ..."
    )


class Figure(Model):
    """A headline figure of the report, pointing at the quantity it came from."""

    quantity: int = Field(ge=0, description="Index into AidReport.quantities.")
    value: Decimal
    unit: str
    approx: Approx
    text: str


class Period(Model):
    """Years an aid batch covers."""

    value: str = Field(description="ISO interval of years, e.g. 2020/2023.")
    start_year: int
    end_year: int
    source: str = Field(description="'text' or 'gazetteer'.")
    national_batch: int | None = Field(
        default=None, description="The batch in the national count, when the donor counts its own."
    )


class AidReport(Model):
    """Everything aidparse read from one report."""

    text: str = Field(description="Cleaned Simplified text; all spans point into it.")
    original_text: str = Field(description="The decoded input, untouched.")
    encoding: EncodingGuess | None = None
    script: ScriptProfile
    title: str | None = None
    subtitle: str | None = None
    source: str | None = None
    authors: list[str] = Field(default_factory=new_list)
    editors: list[str] = Field(default_factory=new_list)
    published: _dt.date | None = None
    donor: Place | None = None
    recipients: list[Place] = Field(default_factory=new_list)
    batch: int | None = None
    period: Period | None = None
    sections: list[Section] = Field(default_factory=new_list)
    funding: Figure | None = Field(default=None, description="Headline aid money.")
    personnel: Figure | None = Field(default=None, description="Headline number of aid staff.")
    projects: Figure | None = Field(default=None, description="Headline number of projects.")
    quantities: list[Quantity] = Field(default_factory=new_list)
    dates: list[DateMention] = Field(default_factory=new_list)
    edits: EditLog = Field(
        default_factory=EditLog,
        description="Every removal, repair and conversion that takes original_text to text.",
    )
    warnings: list[ParseWarning] = Field(default_factory=new_list)
    provenance: dict[str, list[Span]] = Field(
        default_factory=dict,
        description="For each filled field, where it came from in original_text.",
    )

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle compactly: the page once, and the rest as JSON, both deflated.

        :attr:`text` is not pickled: it is rebuilt by replaying :attr:`edits`
        on :attr:`original_text`. :attr:`original_text` travels as UTF-8 bytes
        (encoded apart from the JSON, which would leave a UTF-8 copy cached in
        the string, doubling what it holds); everything else as pydantic-core's
        JSON. A report pickles to about its input's size, in milliseconds per
        megabyte, so reports travel cheaply between processes
        (``multiprocessing``, Dask).

        >>> import pickle
        >>> from aidparse import parse
        >>> report = parse("衢州援疆,投入資金420余萬元")
        >>> pickle.loads(pickle.dumps(report)) == report
        True
        """
        rest = self.__pydantic_serializer__.to_json(self, exclude={"text", "original_text"})
        page = self.original_text.encode("utf-8", "surrogatepass")
        return (_unpickle_report, (_PICKLE_FORMAT, zlib.compress(page, _PICKLE_ZLIB_LEVEL),
                                   zlib.compress(rest, _PICKLE_ZLIB_LEVEL)))

    def to_original(self, span: Span) -> Span:
        """Map a span of :attr:`text` to the span of :attr:`original_text` it came from."""
        return self.edits.to_input(span, len(self.text))

    @property
    def removed(self) -> list[Removal]:
        """What was removed from :attr:`original_text`, with the text (built from :attr:`edits`)."""
        return removals(self.edits, self.original_text)

    @property
    def repairs(self) -> list[Repair]:
        """What was repaired in :attr:`original_text` (built from :attr:`edits`)."""
        return repairs(self.edits, self.original_text)

    def to_records(self) -> list[dict[str, Any]]:
        """Flat rows, one per quantity, each with the report's own fields.

        A report without quantities gives one row with empty quantity fields,
        so no report disappears from a table.
        """
        base: dict[str, Any] = {
            "title": self.title,
            "source": self.source,
            "published": self.published.isoformat() if self.published else None,
            "authors": ";".join(self.authors),
            "donor": self.donor.name if self.donor else None,
            "recipients": ";".join(p.name for p in self.recipients),
            "batch": self.batch,
            "period": self.period.value if self.period else None,
        }
        if not self.quantities:
            return [{**base, **dict.fromkeys(QUANTITY_FIELDS)}]
        rows = []
        for q in self.quantities:
            rows.append({
                **base,
                "kind": q.kind.value,
                "value": q.value,
                "unit": q.unit,
                "approx": q.approx.value,
                "low": q.low,
                "high": q.high,
                "quantity_text": q.text,
                "subject": q.subject,
                "sector": self.sections[q.section].sector if q.section is not None else None,
                "start": q.span.start,
                "end": q.span.end,
            })
        return rows


#: Version of the pickled form written by :meth:`AidReport.__reduce__`.
_PICKLE_FORMAT = 1
#: zlib level of that form: level 1 takes a quarter of level 6's time for 10% more bytes.
_PICKLE_ZLIB_LEVEL = 1


def _unpickle_report(version: int, page: bytes, rest: bytes = b"") -> AidReport:
    """Rebuild a report pickled by :meth:`AidReport.__reduce__`."""
    if version != _PICKLE_FORMAT:
        raise ValueError(f"unknown pickled AidReport format {version} (aidparse writes {_PICKLE_FORMAT})")
    data = json.loads(zlib.decompress(rest))
    data["original_text"] = zlib.decompress(page).decode("utf-8", "surrogatepass")
    edits = EditLog.from_edits(tuple(edit) for edit in data["edits"])
    data["edits"] = edits
    data["text"] = edits.apply(data["original_text"])
    return AidReport.model_validate(data)
