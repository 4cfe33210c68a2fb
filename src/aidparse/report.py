"""``parse``: bytes or text in, a typed :class:`~aidparse.models.AidReport` out."""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter

from aidparse._lazy import lazy_regex
from aidparse.batches import batch_period
from aidparse.clean import clean
from aidparse.dates import extract_dates
from aidparse.decode import decode
from aidparse.errors import check_size
from aidparse.gazetteer import Mention, gazetteer, place
from aidparse.models import AidReport, EncodingGuess, MetadataLine, Place, PlaceLevel, Span
from aidparse.numerals import parse_number
from aidparse.quantities import extract_quantities
from aidparse.script import detect_script, to_simplified
from aidparse.sections import find_sections, headline_figures, section_index

__all__ = ["parse"]

logger = logging.getLogger(__name__)

_HEADING_MAX = 60
_SENTENCE_END = lazy_regex(r"[。！？!?；;]")
_COLUMN_TAG = lazy_regex(r"^[「【\[][^」】\]]{1,6}[」】\]]\s*")
_BATCH = lazy_regex(
    r"第(?P<n>[一二三四五六七八九十]{1,3}|\d{1,2})批(?=.{0,16}?(?:援疆|干部|人才|工作队|指挥部|援建))"
)


def _headings(text: str) -> tuple[str | None, str | None]:
    lines = text.split("\n")

    def heading(i: int) -> bool:
        return i < len(lines) and 0 < len(lines[i]) <= _HEADING_MAX \
            and not _SENTENCE_END.search(lines[i])

    if not heading(0):
        return None, None
    title = _COLUMN_TAG.sub("", lines[0]).strip() or lines[0]
    subtitle = lines[1] if heading(1) and not heading(2) else None
    return title, subtitle


def _meta_spans(lines: list[MetadataLine], field: str) -> list[Span]:
    return [line.span for line in lines if line.field == field]


def _short(name: str) -> str:
    return name[:-1] if len(name) > 2 and name.endswith(("省", "市")) else name


def _meta(lines: list[MetadataLine], field: str) -> list[str]:
    seen: list[str] = []
    for line in lines:
        value = to_simplified(line.value.strip())
        if line.field == field and value and value not in seen:
            seen.append(value)
    return seen


def _published(values: list[str]) -> dt.date | None:
    for value in values:
        for mention in extract_dates(value):
            if mention.start is not None and mention.start == mention.end:
                return mention.start
    return None


def _batch(text: str) -> tuple[int | None, list[Span]]:
    """The batch number named most often before 援疆/干部/人才…, and where."""
    counts: Counter[int] = Counter()
    where: dict[int, list[Span]] = {}
    for m in _BATCH.finditer(text):
        n = parse_number(m.group("n"))
        if n is not None:
            counts[int(n)] += 1
            where.setdefault(int(n), []).append(Span(start=m.start(), end=m.end()))
    if not counts:
        return None, []
    best = counts.most_common(1)[0][0]
    return best, where[best]


def _places(text: str) -> tuple[Place | None, list[Place], list[str]]:
    gz = gazetteer()
    mentions = gz.find(text)
    first: dict[str, Mention] = {}
    counts: Counter[str] = Counter()
    for m in mentions:
        first.setdefault(m.entry_name, m)
        counts[m.entry_name] += 1
    warnings: list[str] = []
    donors = [n for n in counts if not gz.entries[n].xinjiang]
    cities = [n for n in donors if gz.entries[n].level is not PlaceLevel.PROVINCE]
    pool = cities or donors
    if not pool:
        return None, [], warnings
    donor_name = max(pool, key=lambda n: (counts[n], -first[n].start))
    donor = place(donor_name, first[donor_name])
    paired = set(gz.pairs.get(donor_name, set()))
    parent = gz.entries[donor_name].parent
    if parent and not paired & set(counts):  # no city pairing named: the province's count
        paired |= gz.pairs.get(parent, set())
    mentioned_xj = [n for n in counts if gz.entries[n].xinjiang]
    recipients = [n for n in mentioned_xj if n in paired]
    # a prefecture that only contains a named recipient adds nothing
    recipients = [n for n in recipients if not (
        gz.entries[n].level is PlaceLevel.PREFECTURE
        and any(gz.entries[r].parent == n for r in recipients))]
    if not recipients:
        local = [n for n in mentioned_xj if gz.entries[n].level in
                 (PlaceLevel.COUNTY, PlaceLevel.REGIMENT, PlaceLevel.DIVISION)]
        if local:  # the text names a recipient the pairing table does not give the donor
            recipients = [max(local, key=lambda n: counts[n])]
            warnings.append(
                f"recipient {recipients[0]} is not paired with {donor_name} in the gazetteer"
            )
    recipients.sort(key=lambda n: first[n].start)
    return donor, [place(n, first[n]) for n in recipients], warnings


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
    cleaned = clean(original)
    text = to_simplified(cleaned.text)
    warnings: list[str] = []
    meta = cleaned.metadata
    stated = _published(_meta(meta, "published"))
    if stated and published and stated != published:
        warnings.append(f"text states {stated.isoformat()}, caller gave {published.isoformat()}")
    report_date = stated or published
    title, subtitle = _headings(text)
    sources = _meta(meta, "source")
    donor, recipients, place_warnings = _places(text)
    warnings += place_warnings
    if guess is not None and guess.undecodable:
        warnings.append(f"{len(guess.undecodable)} byte sequences could not be decoded")
    if guess is not None and guess.declared_consistent is False:
        warnings.append(f"declared charset {guess.declared} disagrees with the bytes")
    sections = find_sections(text, skip_lines=(title is not None) + (subtitle is not None))
    starts = [s.span.start for s in sections]
    quantities = [
        q.model_copy(update={"original_span": cleaned.to_input(q.span),
                             "section": section_index(starts, q.span.start)})
        for q in extract_quantities(text)
    ]
    dates = [
        d.model_copy(update={"original_span": cleaned.to_input(d.span)})
        for d in extract_dates(text, reference=report_date)
    ]
    funding, personnel, projects = headline_figures(quantities)
    batch, batch_spans = _batch(text)
    period = None
    if batch is not None and donor is not None:
        names = [_short(donor.name)] + ([_short(donor.parent)] if donor.parent else [])
        period = batch_period(batch, names)
        if period is None:
            warnings.append(f"batch {batch} does not fit {donor.name}'s batch count in the gazetteer")
    lines = text.split("\n")
    in_text: dict[str, list[Span]] = {
        "title": [Span(start=0, end=len(lines[0]))] if title else [],
        "subtitle": [Span(start=len(lines[0]) + 1, end=len(lines[0]) + 1 + len(lines[1]))]
        if subtitle else [],
        "donor": [donor.span] if donor and donor.span else [],
        "recipients": [p.span for p in recipients if p.span],
        "batch": batch_spans[:1],
    }
    provenance = {k: [cleaned.to_input(s) for s in v] for k, v in in_text.items() if v}
    for field in ("source", "authors", "editors"):
        if _meta(meta, field):
            provenance[field] = _meta_spans(meta, field)
    if stated:
        provenance["published"] = _meta_spans(meta, "published")[:1]
    report = AidReport(
        text=text,
        original_text=original,
        encoding=guess,
        script=detect_script(cleaned.text),
        title=title,
        subtitle=subtitle,
        source=sources[0] if sources else None,
        authors=_meta(meta, "authors"),
        editors=_meta(meta, "editors"),
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
        removed=cleaned.removed,
        repairs=cleaned.repairs,
        warnings=warnings,
        provenance=provenance,
    )
    report._offsets = cleaned._offsets
    return report
