"""Command line: ``aidparse FILE...`` prints reports as JSON, JSON Lines or text."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Iterator, Sequence
from typing import TextIO

from aidparse.corpus.export import to_csv
from aidparse.errors import AidparseError
from aidparse.models import AidReport
from aidparse.report import parse

__all__ = ["main"]


def _version() -> str:
    from aidparse import __version__

    return __version__


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="aidparse",
        description="Parse scraped pairing-aid (对口援疆) reports into typed JSON.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="files to parse; - for stdin")
    parser.add_argument(
        "--format", choices=("json", "jsonl", "csv", "text"), default=None,
        help="json (default for one file), jsonl (default for several), csv "
        "(one row per quantity), or text",
    )
    parser.add_argument("--out", metavar="PATH", help="write here instead of stdout")
    parser.add_argument("--encoding", help="charset the input is believed to be in (checked)")
    parser.add_argument("--version", action="version", version=f"aidparse {_version()}")
    return parser


def _read(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    with open(name, "rb") as fh:
        return fh.read()


def _text(report: AidReport, name: str) -> str:
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
        f"removed:    {len(report.removed)} pieces    repairs: {len(report.repairs)}",
        "quantities:",
    ]
    for q in report.quantities:
        subject = f"  ({q.subject})" if q.subject else ""
        lines.append(f"  {q.text:<14} {q.kind.value:<9} {q.value} {q.unit} {q.approx.value}{subject}")
    lines.append("dates:      " + ", ".join(d.value for d in report.dates))
    lines += [f"warning:    {w}" for w in report.warnings]
    return "\n".join(lines) + "\n"


@contextlib.contextmanager
def _output(path: str | None) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
        return
    with open(path, "w", encoding="utf-8") as fh:
        yield fh


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``aidparse`` command; returns the exit status."""
    args = _build_parser().parse_args(argv)
    fmt = args.format or ("json" if len(args.files) == 1 else "jsonl")
    status = 0
    parsed: list[tuple[str, AidReport]] = []
    try:
        with _output(args.out) as out:
            for name in args.files:
                try:
                    report = parse(_read(name), encoding=args.encoding)
                except (OSError, AidparseError) as exc:
                    print(f"aidparse: {name}: {exc}", file=sys.stderr)
                    status = 1
                    continue
                if fmt == "csv":
                    parsed.append((name, report))
                elif fmt == "text":
                    out.write(_text(report, name))
                elif fmt == "json":
                    out.write(report.model_dump_json(indent=2) + "\n")
                else:
                    record = {"file": name, **json.loads(report.model_dump_json())}
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
            if fmt == "csv":
                out.write(to_csv([r for _, r in parsed], names=[n for n, _ in parsed]))
    except OSError as exc:
        print(f"aidparse: {exc}", file=sys.stderr)
        return 1
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
