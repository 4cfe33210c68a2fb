"""``parse``: bytes or text in, a typed :class:`~aidparse.models.AidReport` out.

This module assembles; each decision is made by the stage that owns it.
"""

from __future__ import annotations

import datetime as dt
import logging

from aidparse._lazy import lazy_re
from aidparse.article.metadata import meta_spans, meta_values, published_date
from aidparse.article.sections import find_sections, section_index
from aidparse.article.title import find_title
from aidparse.cleaning import clean
from aidparse.cleaning.edits import aligned_changes, apply_changes, extend_log
from aidparse.cleaning.markup import replace_surrogates
from aidparse.decoding import decode
from aidparse.errors import check_size
from aidparse.extract import extract_dates, extract_quantities
from aidparse.extract.figures import headline_figures
from aidparse.models import (
    AidReport,
    EditReason,
    EncodingGuess,
    MetaField,
    ParseWarning,
    Span,
    WarningCode,
)
from aidparse.places.batches import donor_batch_period, find_batch
from aidparse.places.resolve import resolve_places
from aidparse.script import detect_script
from aidparse.script.convert import conversion_runs

__all__ = ["parse"]

logger = logging.getLogger(__name__)

_REPLACEMENT_RUN = lazy_re("\ufffd+")


def _decode_input(
    data: bytes | str, encoding: str | None
) -> tuple[str, EncodingGuess | None]:
    if isinstance(data, (bytes, bytearray, memoryview)):
        decoded = decode(bytes(data), encoding=encoding)
        return decoded.text, decoded.encoding
    if isinstance(data, str):
        if encoding is not None:
            raise TypeError("encoding= applies to bytes only; this input is already text")
        check_size(len(data))
        return data, None
    raise TypeError(f"parse() takes bytes or str, not {type(data).__name__}")


def _unrestored(text: str) -> list[ParseWarning]:
    """U+FFFD left in the text: characters nothing could restore."""
    spans = [Span(start=m.start(), end=m.end()) for m in _REPLACEMENT_RUN.finditer(text)]
    if not spans:
        return []
    count = sum(s.length for s in spans)
    return [ParseWarning(code=WarningCode.UNRESTORED_CHARACTERS,
                         message=f"{count} characters could not be restored (U+FFFD)", spans=spans)]


def parse(
    data: bytes | str,
    *,
    encoding: str | None = None,
    published: dt.date | None = None,
) -> AidReport:
    """Run the whole pipeline: decode, clean, convert, extract, assemble.

    Args:
        data: Raw bytes of a scraped page or file, or text already decoded.
        encoding: Charset the caller believes the bytes are in (checked, not trusted).
        published: The report's date when the caller knows it; used when the
            text states none, and as the reference for relative dates.

    Returns:
        An :class:`~aidparse.models.AidReport`. Every span points into
        ``report.text``; :meth:`~aidparse.models.AidReport.to_original` maps
        it to ``report.original_text``.

    Raises:
        BinaryInputError: The bytes are not text.
        InputTooLargeError: The input exceeds the size limit.
        TypeError: ``data`` is neither bytes nor str.

    Examples:
        >>> report = parse("衢州援疆\\n第十批衢州市援疆指挥部派出74名援疆干部人才支援乌什县和一师四团。")
        >>> report.title, report.donor.name, [p.name for p in report.recipients], report.batch
        ('衢州援疆', '衢州市', ['乌什县', '第一师四团'], 10)
        >>> q = report.quantities[0]
        >>> q.value, q.unit, q.subject, report.text[q.span.start:q.span.end]
        (Decimal('74'), '名', '援疆干部人才', '74名')
    """
    if published is not None:
        if not isinstance(published, dt.date):
            raise TypeError("published must be a datetime.date or None")
        if isinstance(published, dt.datetime):
            published = published.date()
    original, guess = _decode_input(data, encoding)
    warnings: list[ParseWarning] = []
    original, replaced = replace_surrogates(original)
    if replaced:
        warnings.append(ParseWarning(
            code=WarningCode.INPUT_REPAIRED,
            message=f"{replaced} lone surrogates in the input were replaced by U+FFFD"))
    cleaned = clean(original)
    profile = detect_script(cleaned.text)  # with the OpenCC config (t2s/tw2s/hk2s) that fits it
    conversion = aligned_changes(cleaned.text,
                                 conversion_runs(cleaned.text, variant=profile.variant),
                                 EditReason.SCRIPT_CONVERSION)
    text = apply_changes(cleaned.text, conversion)
    edits = extend_log(cleaned.edits, conversion, original, cleaned.text)
    meta = cleaned.metadata
    stated = published_date(meta_values(meta, "published"))
    if stated and published and stated != published:
        warnings.append(ParseWarning(
            code=WarningCode.PUBLISHED_CONFLICT,
            message=f"text states {stated.isoformat()}, caller gave {published.isoformat()}"))
    report_date = stated or published
    title, subtitle = find_title(text)
    sources = meta_values(meta, "source")
    donor, recipients, place_warnings = resolve_places(text)
    warnings += place_warnings
    if cleaned.unrepaired:  # the text is length-preserving from cleaned.text on
        warnings.append(ParseWarning(
            code=WarningCode.UNREPAIRED_DAMAGE, spans=cleaned.unrepaired,
            message=f"{len(cleaned.unrepaired)} damaged sites (misaligned GBK) could not be repaired"))
    if guess is not None and guess.undecodable:
        warnings.append(ParseWarning(
            code=WarningCode.UNDECODABLE_BYTES,
            message=f"{len(guess.undecodable)} byte sequences could not be decoded"))
    if guess is not None and guess.declared_consistent is False:
        warnings.append(ParseWarning(
            code=WarningCode.DECLARED_CHARSET_MISMATCH,
            message=f"declared charset {guess.declared} disagrees with the bytes"))
    sections = find_sections(text, skip_lines=(title is not None) + (subtitle is not None))
    starts = [s.span.start for s in sections]
    quantities = [
        q.model_copy(update={"original_span": edits.to_input(q.span),
                             "section": section_index(starts, q.span.start)})
        for q in extract_quantities(text)
    ]
    dates = [
        d.model_copy(update={"original_span": edits.to_input(d.span)})
        for d in extract_dates(text, reference=report_date)
    ]
    funding, personnel, projects = headline_figures(quantities)
    batch, batch_spans = find_batch(text)
    period = None
    if batch is not None and donor is not None:
        period = donor_batch_period(batch, donor)
        if period is None:
            warnings.append(ParseWarning(
                code=WarningCode.BATCH_OUT_OF_RANGE,
                message=f"batch {batch} does not fit {donor.name}'s batch count in the gazetteer",
                spans=batch_spans[:1]))
    lines = text.split("\n")
    in_text: dict[str, list[Span]] = {
        "title": [Span(start=0, end=len(lines[0]))] if title else [],
        "subtitle": [Span(start=len(lines[0]) + 1, end=len(lines[0]) + 1 + len(lines[1]))]
        if subtitle else [],
        "donor": [donor.span] if donor and donor.span else [],
        "recipients": [p.span for p in recipients if p.span],
        "batch": batch_spans[:1],
    }
    provenance = {k: [edits.to_input(s) for s in v] for k, v in in_text.items() if v}
    for field in (MetaField.SOURCE, MetaField.AUTHORS, MetaField.EDITORS):
        if meta_values(meta, field):
            provenance[field.value] = meta_spans(meta, field)
    if stated:
        provenance["published"] = meta_spans(meta, "published")[:1]
    return AidReport(
        text=text,
        original_text=original,
        encoding=guess,
        script=profile,
        title=title,
        subtitle=subtitle,
        source=sources[0] if sources else None,
        authors=meta_values(meta, "authors"),
        editors=meta_values(meta, "editors"),
        published=report_date,
        donor=donor,
        recipients=recipients,
        batch=batch,
        period=period,
        sections=sections,
        funding=funding,
        personnel=personnel,
        projects=projects,
        quantities=quantities,
        dates=dates,
        edits=edits,
        warnings=warnings + _unrestored(text),
        provenance=provenance,
    )
