"""The typed results aidparse returns: frozen pydantic models.

All models are immutable (``frozen=True``) and reject unknown fields
(``extra="forbid"``), so a typo in a consumer's code fails loudly. Every model
serialises to JSON with ``model_dump_json()`` and describes itself with
``model_json_schema()``.
"""

from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

__all__ = [
    "AidReport",
    "Approx",
    "CleanedText",
    "DateMention",
    "DecodedText",
    "EncodingCandidate",
    "EncodingGuess",
    "Figure",
    "MetadataLine",
    "Period",
    "Place",
    "PlaceLevel",
    "Quantity",
    "QuantityKind",
    "Removal",
    "Repair",
    "Script",
    "ScriptCounts",
    "ScriptProfile",
    "Section",
    "Span",
]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class Span(_Model):
    """A half-open range ``[start, end)`` of character (or byte) offsets.

    >>> Span(start=2, end=5).length
    3
    """

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before start {self.start}")
        return self

    @property
    def length(self) -> int:
        """Number of offsets covered."""
        return self.end - self.start


# --------------------------------------------------------------------------- decode


class EncodingCandidate(_Model):
    """One encoding that was tried, with the evidence for and against it."""

    encoding: str
    score: float = Field(description="How Chinese-like the decoded text is; higher is better.")
    strict: bool = Field(description="True when the bytes decode without any error.")
    errors: int = Field(ge=0, description="Number of undecodable byte sequences.")


class EncodingGuess(_Model):
    """What :func:`aidparse.detect_encoding` concluded, and why."""

    encoding: str = Field(description="Python codec name of the chosen encoding.")
    confidence: float = Field(ge=0.0, le=1.0)
    bom: bool = Field(default=False, description="A byte-order mark decided the encoding.")
    declared: str | None = Field(
        default=None, description="Charset declared in the bytes (meta tag, XML) or by the caller."
    )
    declared_consistent: bool | None = Field(
        default=None, description="Whether the declared charset decodes the bytes well."
    )
    candidates: list[EncodingCandidate] = Field(default_factory=list)
    undecodable: list[Span] = Field(
        default_factory=list, description="Byte ranges that could not be decoded."
    )


class DecodedText(_Model):
    """Text decoded from bytes, with the evidence about its encoding."""

    text: str
    encoding: EncodingGuess


# --------------------------------------------------------------------------- script


class Script(str, Enum):
    """Verdict on the Chinese script of a text."""

    SIMPLIFIED = "simplified"
    TRADITIONAL = "traditional"
    MIXED = "mixed"
    NONE = "none"


class ScriptCounts(_Model):
    """Character counts behind a script verdict, for a document or a paragraph."""

    script: Script
    span: Span
    han: int = Field(ge=0, description="Han characters in all.")
    simplified: int = Field(ge=0, description="Characters that exist only in Simplified.")
    traditional: int = Field(ge=0, description="Characters that exist only in Traditional.")
    shared: int = Field(ge=0, description="Han characters common to both scripts.")
    latin: int = Field(ge=0, default=0)
    pinyin: int = Field(ge=0, default=0, description="Tone-marked pinyin letters.")
    arabic: int = Field(ge=0, default=0, description="Arabic-script letters (e.g. Uyghur).")
    cyrillic: int = Field(ge=0, default=0)


class ScriptProfile(ScriptCounts):
    """Script verdict for a document, with one entry per paragraph."""

    paragraphs: list[ScriptCounts] = Field(default_factory=list)


# --------------------------------------------------------------------------- clean


class Removal(_Model):
    """Text that cleaning took out, with where it stood in the input."""

    span: Span = Field(description="Where the removed text stood in the cleaner's input.")
    text: str
    reason: str = Field(description="Why it was removed, e.g. 'navigation', 'pinyin'.")
    step: str = Field(description="The cleaning step that removed it.")


class Repair(_Model):
    """Text that cleaning changed in place."""

    span: Span = Field(description="Where the damaged text stood in the cleaner's input.")
    before: str
    after: str
    method: str
    confidence: float = Field(ge=0.0, le=1.0)
    alternatives: list[str] = Field(default_factory=list)


class MetadataLine(_Model):
    """A header or footer fact that cleaning moved out of the body."""

    field: str = Field(description="'published', 'source', 'site', 'authors', 'editors' ...")
    value: str
    span: Span = Field(description="Where the value stood in the cleaner's input.")


def _map_span(offsets: list[int], span: Span, length: int) -> Span:
    """Map a span through an offset map (one input offset per character, plus the end).

    Characters that were inserted or replaced map to the text they replaced, so
    the mapped span always covers what the span shows.
    """
    if not offsets:  # nothing was changed
        return span
    if not 0 <= span.start <= span.end <= length:
        raise ValueError(f"span {span} lies outside the text ({length} characters)")
    if span.start == span.end:
        pos = offsets[span.start]
        return Span(start=pos, end=pos)
    return Span(start=offsets[span.start], end=offsets[span.end - 1] + 1)


class CleanedText(_Model):
    """Result of :func:`aidparse.clean`: the article text and its audit trail."""

    text: str
    removed: list[Removal] = Field(default_factory=list)
    repairs: list[Repair] = Field(default_factory=list)
    metadata: list[MetadataLine] = Field(default_factory=list)
    steps: list[str] = Field(default_factory=list, description="Steps that changed something.")
    _offsets: list[int] = PrivateAttr(default_factory=list)

    def to_input(self, span: Span) -> Span:
        """Map a span of :attr:`text` back to the cleaner's input.

        Characters that cleaning inserted or replaced map to the text they
        replaced, so the input span always covers what the cleaned span shows.
        """
        return _map_span(self._offsets, span, len(self.text))


# --------------------------------------------------------------------------- extract


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


class Quantity(_Model):
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


class DateMention(_Model):
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


# --------------------------------------------------------------------------- report


class PlaceLevel(str, Enum):
    """Administrative level of a :class:`Place`."""

    PROVINCE = "province"
    CITY = "city"
    DISTRICT = "district"
    PREFECTURE = "prefecture"
    COUNTY = "county"
    DIVISION = "division"
    REGIMENT = "regiment"


class Place(_Model):
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


class Section(_Model):
    """A headed part of the article, with the sector its heading names."""

    title: str
    heading: Span = Field(description="Where the heading stands in the report text.")
    span: Span = Field(description="The heading and its body, up to the next heading.")
    sector: str | None = Field(
        default=None, description="民生, 教育, 医疗, 产业, 就业, 文化, 人才, 基础设施, 项目 ..."
    )


class Figure(_Model):
    """A headline figure of the report, pointing at the quantity it came from."""

    quantity: int = Field(ge=0, description="Index into AidReport.quantities.")
    value: Decimal
    unit: str
    approx: Approx
    text: str


class Period(_Model):
    """Years an aid batch covers."""

    value: str = Field(description="ISO interval of years, e.g. 2020/2023.")
    start_year: int
    end_year: int
    source: str = Field(description="'text' or 'gazetteer'.")
    national_batch: int | None = Field(
        default=None, description="The batch in the national count, when the donor counts its own."
    )


class AidReport(_Model):
    """Everything aidparse read from one report."""

    text: str = Field(description="Cleaned Simplified text; all spans point into it.")
    original_text: str = Field(description="The decoded input, untouched.")
    encoding: EncodingGuess | None = None
    script: ScriptProfile
    title: str | None = None
    subtitle: str | None = None
    source: str | None = None
    authors: list[str] = Field(default_factory=list)
    editors: list[str] = Field(default_factory=list)
    published: _dt.date | None = None
    donor: Place | None = None
    recipients: list[Place] = Field(default_factory=list)
    batch: int | None = None
    period: Period | None = None
    sections: list[Section] = Field(default_factory=list)
    funding: Figure | None = Field(default=None, description="Headline aid money.")
    personnel: Figure | None = Field(default=None, description="Headline number of aid staff.")
    projects: Figure | None = Field(default=None, description="Headline number of projects.")
    quantities: list[Quantity] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    removed: list[Removal] = Field(default_factory=list)
    repairs: list[Repair] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    provenance: dict[str, list[Span]] = Field(
        default_factory=dict,
        description="For each filled field, where it came from in original_text.",
    )
    _offsets: list[int] = PrivateAttr(default_factory=list)

    def to_original(self, span: Span) -> Span:
        """Map a span of :attr:`text` to the span of :attr:`original_text` it came from."""
        return _map_span(self._offsets, span, len(self.text))

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
