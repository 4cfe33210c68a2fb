"""Hypothesis strategies for aid reports: damaged pages with their truth.

Install with ``pip install "aidparse[hypothesis]"``. ``import aidparse`` never
imports this package (nor Hypothesis); import it in your tests::

    from hypothesis import given
    from aidparse.strategies import pages, traditional, encoded

    @given(pages(traditional(), encoded()))
    def test_my_pipeline(page):
        report = aidparse.parse(page.data)
        assert report.donor.name == page.truth.donor

* **Truth first** (:mod:`~aidparse.strategies.rendering`): :func:`articles`
  draws a report's facts — donor and recipients the gazetteer pairs, a batch
  the donor sent, dates, quantities of every kind with their values, units and
  approximation — and writes them as an article with a title, a real byline or
  dateline form, section headings and body paragraphs. :func:`quantities`,
  :func:`dates`, :func:`places`, :func:`batches` and :func:`people` draw the
  parts alone.
* **Damage** (:mod:`~aidparse.strategies.damage`): :func:`truncated`,
  :func:`furnished`, :func:`traditional`, :func:`pinyin_annotated`,
  :func:`converter_damaged` (seed 001's misaligned GBK, made from bytes by
  :mod:`~aidparse.strategies.converter`), :func:`html_wrapped`, :func:`encoded`;
  :func:`pages` applies any of them, each recording what it did.
* **Models** (:mod:`~aidparse.strategies.models`): :func:`instances` draws a
  valid instance of any public model; :func:`aid_reports`, :func:`edit_logs`
  and :func:`spans` draw consistent reports, logs and spans.

Every drawn :class:`Page` carries ``page.data`` (what a parser receives),
``page.text`` (the clean article), ``page.truth`` (:class:`Facts`: the facts,
with where each quantity stands in ``page.text``) and ``page.damage`` (one
record per damage).
"""

from aidparse.strategies.damage import (
    CODECS,
    Damage,
    converter_damaged,
    encoded,
    furnished,
    html_wrapped,
    pages,
    pinyin_annotated,
    traditional,
    truncated,
)
from aidparse.strategies.models import aid_reports, edit_logs, instances, spans
from aidparse.strategies.rendering import (
    BYLINE_FORMS,
    articles,
    batches,
    chinese_numeral,
    dates,
    people,
    places,
    quantities,
)
from aidparse.strategies.truth import (
    ConverterSite,
    ConverterSiteDamage,
    DamageRecord,
    DateFact,
    EncodingDamage,
    Facts,
    FurnitureDamage,
    FurnitureLine,
    HtmlDamage,
    Page,
    PinyinDamage,
    QuantityFact,
    TraditionalDamage,
    TruncationDamage,
)

__all__ = [
    "BYLINE_FORMS",
    "CODECS",
    "ConverterSite",
    "ConverterSiteDamage",
    "Damage",
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
    "aid_reports",
    "articles",
    "batches",
    "chinese_numeral",
    "converter_damaged",
    "dates",
    "edit_logs",
    "encoded",
    "furnished",
    "html_wrapped",
    "instances",
    "pages",
    "people",
    "pinyin_annotated",
    "places",
    "quantities",
    "spans",
    "traditional",
    "truncated",
]
