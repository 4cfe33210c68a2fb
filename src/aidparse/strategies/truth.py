"""What a drawn page is known to say, and what was done to it.

A :class:`Page` carries the clean article (:attr:`Page.text`), the input a
parser receives (:attr:`Page.data`: damaged text or bytes), the facts the
article states (:attr:`Page.truth`) and one record per damage applied
(:attr:`Page.damage`), in order. The facts are written by the renderer, never
read back with aidparse, so a test can hold ``parse(page.data)`` against them.

>>> import datetime as dt
>>> facts = Facts(title="衢州援疆", donor="衢州市", donor_province="浙江省",
...               recipients=["乌什县"], batch=10, published=dt.date(2021, 5, 4))
>>> Page(text="衢州援疆\\n正文。", data="衢州援疆\\n正文。", truth=facts).truth.batch
10
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import Field

from aidparse.models import Approx, QuantityKind, Span
from aidparse.models.base import Model

__all__ = [
    "ConverterSite",
    "ConverterSiteDamage",
    "DamageRecord",
    "DateFact",
    "EncodingDamage",
    "Facts",
    "FurnitureDamage",
    "FurnitureLine",
    "HtmlDamage",
    "Page",
    "PinyinDamage",
    "QuantityFact",
    "TraditionalDamage",
    "TruncationDamage",
]


class QuantityFact(Model):
    """A quantity the article states, as the renderer wrote it."""

    kind: QuantityKind
    value: Decimal = Field(description="In the canonical unit (money in CNY), the lower bound of a range.")
    unit: str = Field(description="Canonical unit (CNY, m2, mu, t ...) or the measure word of a count.")
    approx: Approx
    text: str = Field(description="The surface in the clean (Simplified) text.")
    span: Span = Field(description="Where :attr:`text` stands in :attr:`Page.text`.")


class DateFact(Model):
    """A date the article's body names, with its ISO value (as precise as the text)."""

    text: str
    value: str
    span: Span


class Facts(Model):
    """Everything a correct parse of the clean article reports."""

    title: str | None = None
    source: str | None = None
    published: dt.date | None = None
    authors: list[str] = Field(default_factory=list)
    donor: str | None = Field(default=None, description="Canonical gazetteer name (东营市).")
    donor_province: str | None = None
    recipients: list[str] = Field(default_factory=list, description="Canonical names, in text order.")
    batch: int | None = None
    quantities: list[QuantityFact] = Field(default_factory=list)
    dates: list[DateFact] = Field(default_factory=list)


class TruncationDamage(Model):
    """The page was cut: only ``text[:at]`` of the clean article came through."""

    kind: Literal["truncation"] = "truncation"
    at: int = Field(ge=0)
    cut_quantities: list[QuantityFact] = Field(
        default_factory=list, description="Quantities the cut went through (their truth is lost).")


class FurnitureLine(Model):
    """One line of site furniture put into the page."""

    kind: Literal["navigation", "breadcrumb", "share", "spam", "related", "footer", "caption",
                  "qr", "editors"]
    text: str
    line: int = Field(ge=0, description="Index of the line in the damaged text.")


class FurnitureDamage(Model):
    """Lines of site furniture around and inside the article."""

    kind: Literal["furniture"] = "furniture"
    lines: list[FurnitureLine]


class TraditionalDamage(Model):
    """The page was converted to Traditional script with OpenCC."""

    kind: Literal["traditional"] = "traditional"
    config: Literal["s2t", "s2tw", "s2hk"]


class PinyinDamage(Model):
    """Characters annotated with their pinyin, as converter sites do (``營(yíng)``)."""

    kind: Literal["pinyin"] = "pinyin"
    annotations: list[tuple[int, str]] = Field(
        description="(offset of the annotated character in the text before annotation, reading).")


class ConverterSite(Model):
    """One place where the converter site's GBK damage destroyed text."""

    shape: Literal["shifted-run", "lost-character", "lone-trail-byte", "lost-byte"]
    original: str = Field(description="The text the damage destroyed (annotations included).")
    damaged: str = Field(description="What stands in its place in the damaged text.")
    span: Span = Field(description="Where :attr:`damaged` stands in the damaged text.")
    input_span: Span = Field(
        description="Where :attr:`original` stood in the text the damage was applied to.")
    clean_span: Span | None = Field(
        default=None, description="Where the destroyed characters stood in Page.text, when known.")


class ConverterSiteDamage(Model):
    """Seed 001's damage, made at the byte level (see :mod:`aidparse.strategies.converter`)."""

    kind: Literal["converter-site"] = "converter-site"
    sites: list[ConverterSite]


class HtmlDamage(Model):
    """The article wrapped in an HTML page (head, navigation, scripts, footer)."""

    kind: Literal["html"] = "html"
    declared_charset: str | None = Field(description="The charset the page's <meta> declares.")
    entities: bool = Field(description="Punctuation written as character references.")


class EncodingDamage(Model):
    """The page saved as bytes in an encoding (with a BOM, or under a false declaration)."""

    kind: Literal["encoding"] = "encoding"
    codec: str
    bom: bool = False
    declared_charset: str | None = Field(
        default=None, description="The charset the page declares after encoding (true or false).")

    @property
    def lying(self) -> bool:
        """Whether the page declares a charset its bytes are not in."""
        return self.declared_charset is not None and self.declared_charset.lower() != self.codec


DamageRecord = Annotated[
    TruncationDamage | FurnitureDamage | TraditionalDamage | PinyinDamage | ConverterSiteDamage
    | HtmlDamage | EncodingDamage,
    Field(discriminator="kind"),
]


class Page(Model):
    """A drawn report page: the clean article, the damaged input, the truth and the damage."""

    text: str = Field(description="The clean article in Simplified script; truth spans point here.")
    data: str | bytes = Field(description="What a parser receives.")
    truth: Facts
    damage: list[DamageRecord] = Field(default_factory=list)

    def damaged_by(self, kind: str) -> bool:
        """Whether a damage of this ``kind`` was applied."""
        return any(d.kind == kind for d in self.damage)
