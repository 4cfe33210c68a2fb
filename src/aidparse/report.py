"""``parse``: bytes or text in, a typed :class:`~aidparse.models.AidReport` out.

This module assembles; each decision is made by the stage that owns it.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from typing import BinaryIO

from aidparse._lazy import lazy_re
from aidparse.article.metadata import article_facts
from aidparse.article.sections import find_sections, section_index
from aidparse.article.title import page_headline
from aidparse.cleaning import clean
from aidparse.cleaning.edits import aligned_changes, apply_changes, extend_log
from aidparse.cleaning.markup import replace_surrogates
from aidparse.decoding import decode
from aidparse.decoding.chinese import mostly_han, text_reads_as_chinese
from aidparse.decoding.warn import encoding_warnings
from aidparse.errors import check_size
from aidparse.extract import extract_dates, extract_quantities
from aidparse.extract.figures import headline_figures
from aidparse.models import (
    AidReport,
    EditReason,
    EncodingGuess,
    ParseWarning,
    Script,
    Span,
    WarningCode,
)
from aidparse.places.batches import donor_batch_period, find_batch, stated_period
from aidparse.places.resolve import resolve_places
from aidparse.script import detect_script
from aidparse.script.document import document_runs, traditional_document

__all__ = ["parse"]

logger = logging.getLogger(__name__)

_REPLACEMENT_RUN = lazy_re("\ufffd+")
def _decode_input(
    data: bytes | str | os.PathLike[str] | BinaryIO, encoding: str | None
) -> tuple[str, EncodingGuess | None]:
    if isinstance(data, os.PathLike):
        from aidparse.corpus.sources import read_limited  # (paths and files only: bytes never need it)

        with open(data, "rb") as fh:
            data = read_limited(fh)
    elif not isinstance(data, (bytes, bytearray, memoryview, str)) and hasattr(data, "read"):
        from aidparse.corpus.sources import read_limited

        data = read_limited(data)
    if isinstance(data, (bytes, bytearray, memoryview)):
        decoded = decode(bytes(data), encoding=encoding)
        return decoded.text, decoded.encoding
    if isinstance(data, str):
        if encoding is not None:
            raise TypeError("encoding= applies to bytes only; this input is already text")
        check_size(len(data))
        return data, None
    raise TypeError(f"parse() takes bytes or str (or a path, or a binary file), not {type(data).__name__}")


def _names_a_file(text: str) -> bool:
    """Whether a text given to :func:`parse` is, on one short line, the name of an existing file."""
    if len(text) > 1024 or "\n" in text or not text.strip():
        return False
    try:
        return os.path.isfile(text)
    except (OSError, ValueError):  # NUL characters, names too long for the system
        return False


def _count(n: int, noun: str) -> str:
    """``1 character``, ``2 characters``."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _unrestored(text: str) -> list[ParseWarning]:
    """U+FFFD left in the text: characters nothing could restore."""
    spans = [Span._trusted(m.start(), m.end()) for m in _REPLACEMENT_RUN.finditer(text)]
    if not spans:
        return []
    count = sum(s.length for s in spans)
    return [ParseWarning.model_construct(code=WarningCode.UNRESTORED_CHARACTERS,
                         message=f"{_count(count, 'character')} could not be restored (U+FFFD)",
                         spans=spans)]


def parse(
    data: bytes | str | os.PathLike[str] | BinaryIO,
    *,
    encoding: str | None = None,
    published: dt.date | None = None,
) -> AidReport:
    """Run the whole pipeline: decode, clean, convert, extract, assemble.

    Args:
        data: Raw bytes of a scraped page or file; text already decoded (a
            `str` is always text, never a file name); a path (`os.PathLike`,
            e.g. `pathlib.Path`), read as bytes; or a binary file object
            (`open(..., "rb")`, `sys.stdin.buffer`), read to its end. Files
            are read up to the size limit plus one byte.
        encoding: Charset the caller believes the bytes are in (checked, not trusted).
        published: The report's date when the caller knows it; used when the
            text states none, and as the reference for relative dates.

    Returns:
        An [`AidReport`][aidparse.AidReport]. Every span points into
        `report.text`; [`to_original`][aidparse.models.AidReport.to_original] maps
        it to `report.original_text`.

    Raises:
        BinaryInputError: The bytes are not text.
        InputTooLargeError: The input exceeds the size limit.
        OSError: A path cannot be read.
        TypeError: `data` is none of the above (a text-mode file, for one).

    Examples:
        >>> report = parse("嘉兴援疆干部人才抵达沙雅\\n2021-03-12 来源:嘉兴日报\\n"
        ...                "第十批嘉兴市援疆指挥部派出60名援疆干部人才支援沙雅县和一师十团。")
        >>> report.title, report.source, report.published.isoformat()
        ('嘉兴援疆干部人才抵达沙雅', '嘉兴日报', '2021-03-12')
        >>> report.donor.name, [p.name for p in report.recipients], report.batch
        ('嘉兴市', ['沙雅县', '第一师十团'], 10)
        >>> q = report.quantities[0]
        >>> q.value, q.unit, q.subject, report.text[q.span.start:q.span.end]
        (Decimal('60'), '名', '援疆干部人才', '60名')
    """
    if published is not None:
        if not isinstance(published, dt.date):
            raise TypeError("published must be a datetime.date or None")
        if isinstance(published, dt.datetime):
            published = published.date()
    original, guess = _decode_input(data, encoding)
    warnings: list[ParseWarning] = []
    if isinstance(data, str) and _names_a_file(data):
        warnings.append(ParseWarning.model_construct(
            code=WarningCode.INPUT_IS_A_PATH,
            message=f"the text {data!r} names a file, which was not read: a str is text; "
                    "pass pathlib.Path(...) to parse the file"))
    original, replaced = replace_surrogates(original)
    if replaced:
        warnings.append(ParseWarning.model_construct(
            code=WarningCode.INPUT_REPAIRED,
            message=f"{replaced} lone surrogates in the input were replaced by U+FFFD"))
    cleaned = clean(original)
    profile = detect_script(cleaned.text)  # with the OpenCC config (t2s/tw2s/hk2s) that fits it
    # (whether the page has Traditional characters is asked of the input, as the page walk and the
    # metadata ask it: the cleaner may have removed the only ones, a link to the site's 繁體 version)
    runs = document_runs(cleaned.text, profile.variant, traditional_document=traditional_document(original))
    conversion = aligned_changes(cleaned.text, runs, EditReason.SCRIPT_CONVERSION)
    text = apply_changes(cleaned.text, conversion)
    edits = extend_log(cleaned.edits, conversion, original, cleaned.text)
    facts = article_facts(cleaned.metadata, original)
    stated = facts.published
    if stated and published and stated != published:
        warnings.append(ParseWarning.model_construct(
            code=WarningCode.PUBLISHED_CONFLICT,
            message=f"text states {stated.isoformat()}, caller gave {published.isoformat()}"))
    report_date = stated or published
    headline = page_headline(text, cleaned.edits, facts.title, facts.headline)
    title, subtitle = headline.title or facts.title, headline.subtitle
    donor, recipients, place_warnings = resolve_places(text)
    warnings += place_warnings
    if cleaned.unrepaired:  # the text is length-preserving from cleaned.text on
        warnings.append(ParseWarning.model_construct(
            code=WarningCode.UNREPAIRED_DAMAGE, spans=cleaned.unrepaired,
            message=f"{_count(len(cleaned.unrepaired), 'damaged site')} (misaligned GBK) "
                    "could not be repaired"))
    if guess is not None:
        warnings += encoding_warnings(guess)
    # the decoder's verdict on bytes; text given as str is read the same way here
    chinese = guess.chinese and mostly_han(original) if guess is not None else text_reads_as_chinese(original)
    if not text.strip() and chinese:
        warnings.append(ParseWarning.model_construct(
            code=WarningCode.NOTHING_LEFT,
            message="cleaning removed every line as furniture or metadata: no article text is left"))
    elif profile.script is Script.NONE or not chinese:
        warnings.append(ParseWarning.model_construct(
            code=WarningCode.NOT_CHINESE, message="the text does not read as Chinese"))
    sections = find_sections(text, skip_lines=(headline.title is not None) + (subtitle is not None))
    starts = [s.span.start for s in sections]
    quantities = [
        q.model_copy(update={"original_span": edits.to_input(q.span),
                             "section": section_index(starts, q.span.start)})
        for q in extract_quantities(text)
    ]
    dates = [
        d.model_copy(update={"original_span": edits.to_input(d.span)})
        # (a wire's 昨天 is the day before its dateline, which may be the day before it was published)
        for d in extract_dates(text, reference=facts.filed or report_date)
    ]
    funding, personnel, projects = headline_figures(quantities, text)
    batch, batch_spans = find_batch(text)
    period = stated_period(text, batch) if batch is not None else None
    if batch is not None and donor is not None and period is None:
        period = donor_batch_period(batch, donor, report_date)
        if period is None:
            warnings.append(ParseWarning.model_construct(
                code=WarningCode.BATCH_OUT_OF_RANGE,
                message=f"batch {batch} does not fit {donor.name}'s batch count in the gazetteer"
                        + (f" (or would begin after {report_date.isoformat()})" if report_date else ""),
                spans=batch_spans[:1]))
    in_text: dict[str, list[Span]] = {
        "title": [headline.title_span] if headline.title_span else [],
        "subtitle": [headline.subtitle_span] if headline.subtitle_span else [],
        "donor": [donor.span] if donor and donor.span else [],
        "recipients": [p.span for p in recipients if p.span],
        "batch": batch_spans[:1],
    }
    provenance = {k: [edits.to_input(s) for s in v] for k, v in in_text.items() if v}
    for name, spans in facts.spans.items():
        if name != "title" or not headline.title:  # a title from the markup: where the markup said it
            provenance[name] = spans
    return AidReport.model_construct(
        text=text,
        original_text=original,
        encoding=guess,
        script=profile,
        title=title,
        subtitle=subtitle,
        source=facts.source,
        authors=facts.authors,
        editors=facts.editors,
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
