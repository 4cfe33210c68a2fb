"""One document to its output bytes, in the worker that parsed it.

The command line sends only these bytes between processes (never a report
object), and serialises each report exactly once: a JSON record is the
report's own ``model_dump_json`` output with the input's name spliced in front.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from aidparse.corpus.batch import parse_document
from aidparse.corpus.export import RECORD_FIELDS
from aidparse.corpus.results import ParseFailure
from aidparse.corpus.sources import Document

__all__ = [
    "COMPACT_EXCLUDE",
    "CSV_FIELDS",
    "FORMATS",
    "Rendered",
    "csv_header",
    "csv_line",
    "failure_payload",
    "render",
    "summary",
]

#: Output formats of the command line and what each writes per input.
FORMATS: dict[str, str] = {
    "json": "the report as JSON (several inputs: one JSON array)",
    "jsonl": "JSON Lines, one record per input",
    "csv": "CSV, one row per quantity (one row for a report without any)",
    "text": "the cleaned article text",
    "summary": "a short human-readable summary",
}

#: Fields ``--compact`` leaves out: the input text and the edit log (the audit trail).
COMPACT_EXCLUDE: frozenset[str] = frozenset({"original_text", "edits"})


#: Columns of the command line's CSV: the input, the quantity row, and the error of a failed input.
CSV_FIELDS: tuple[str, ...] = ("file", *RECORD_FIELDS, "error", "message")


@dataclass(frozen=True)
class Rendered:
    """What a worker sends back for one input: small, picklable, final."""

    index: int
    name: str
    relative: str | None
    payload: bytes
    error: str | None = None
    message: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def csv_line(values: list[Any]) -> str:
    """One CSV line (with the ``\\n`` terminator); ``None`` becomes an empty cell.

    >>> csv_line(["a,b", None, 3])
    '"a,b",,3\\n'
    """
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(["" if v is None else v for v in values])
    return out.getvalue()


def csv_header() -> bytes:
    """The header line of the command line's CSV."""
    return csv_line(list(CSV_FIELDS)).encode("utf-8")


def summary(report: Any, name: str) -> str:
    """The short human-readable summary of ``--format summary``."""
    lines = [
        f"# {name}",
        f"title:      {report.title or '-'}",
        f"source:     {report.source or '-'}    published: {report.published or '-'}",
        f"authors:    {', '.join(report.authors) or '-'}",
        f"donor:      {report.donor.name if report.donor else '-'}"
        f"    batch: {report.batch or '-'}",
        f"recipients: {', '.join(p.name for p in report.recipients) or '-'}",
        f"script:     {report.script.script.value}"
        f"    encoding: {report.encoding.encoding if report.encoding else '-'}",
        f"removed:    {len(report.removed)}    repairs: {len(report.repairs)}",
        "quantities:",
    ]
    for q in report.quantities:
        subject = f"  ({q.subject})" if q.subject else ""
        lines.append(f"  {q.text:<14} {q.kind.value:<9} {q.value} {q.unit} {q.approx.value}{subject}")
    lines.append("dates:      " + ", ".join(d.value for d in report.dates))
    lines += [f"warning:    {w.message}" for w in report.warnings]
    return "\n".join(lines) + "\n"


def _json_record(name: str, dumped: bytes) -> bytes:
    """``{"file": name, ...report fields}`` from the report's JSON, without parsing it again."""
    head = b'{"file":' + json.dumps(name, ensure_ascii=False).encode("utf-8")
    return head + (b"," + dumped[1:] if dumped != b"{}" else b"}")


def failure_payload(fmt: str, failure: ParseFailure) -> bytes:
    """The error record of a failed input in ``fmt`` (nothing for text and summary)."""
    if fmt in ("json", "jsonl"):
        return json.dumps(failure.to_record(), ensure_ascii=False).encode("utf-8")
    if fmt == "csv":
        fields = CSV_FIELDS
        row = dict.fromkeys(fields)
        row.update(failure.to_record())
        return csv_line([row[f] for f in fields]).encode("utf-8")
    return b""


def render(
    doc: Document,
    fmt: str,
    *,
    encoding: str | None = None,
    include: Collection[str] | None = None,
    exclude: Collection[str] = (),
    named: bool = True,
    indent: int | None = None,
) -> Rendered:
    """Parse ``doc`` and render it in ``fmt``; a failure renders as an error record.

    Args:
        doc: The input.
        fmt: One of :data:`FORMATS`.
        encoding: Passed to ``parse``.
        include: Top-level report fields to keep (``--fields``); ``None`` keeps all.
        exclude: Top-level report fields to leave out (``--compact``).
        named: JSON records carry the input's name as ``"file"`` (JSON Lines,
            arrays); a lone report or a file of ``--output-dir`` does not.
        indent: JSON indentation (a lone report is indented for people).
    """
    result = parse_document(doc, encoding=encoding)
    if isinstance(result, ParseFailure):
        return Rendered(doc.index, doc.name, doc.relative, failure_payload(fmt, result),
                        result.error, result.message)
    report = result.report
    payload: bytes
    if fmt in ("json", "jsonl"):
        dumped = report.model_dump_json(
            include=set(include) if include is not None else None,
            exclude=set(exclude) or None, indent=indent).encode("utf-8")
        payload = _json_record(doc.name, dumped) if named else dumped
    elif fmt == "csv":
        fields = CSV_FIELDS
        lines = []
        for row in report.to_records():
            row = {"file": doc.name, **row}
            lines.append(csv_line([row.get(f) for f in fields]))
        payload = "".join(lines).encode("utf-8")
    elif fmt == "text":
        payload = (report.text if report.text.endswith("\n") else report.text + "\n").encode("utf-8")
    elif fmt == "summary":
        payload = summary(report, doc.name).encode("utf-8")
    else:  # pragma: no cover - argparse restricts the choices
        raise ValueError(f"unknown format {fmt!r}")
    return Rendered(doc.index, doc.name, doc.relative, payload)
