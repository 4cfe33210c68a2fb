"""Command line: ``aidparse SOURCE...`` parses files, directories and stdin on every core.

Output is streamed as each input is parsed (JSON Lines, CSV rows, a JSON array,
text, or one file per input), always in UTF-8. A failed input becomes an error
record and a line on stderr; the run goes on and the exit status counts the
failures.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from types import FrameType
from typing import IO, Any, NoReturn, cast

from aidparse.corpus.sources import count_documents, documents

__all__ = ["EXIT_INTERRUPTED", "EXIT_OUTPUT", "EXIT_USAGE", "build_parser", "main"]

#: Exit status when the arguments are wrong (sysexits ``EX_USAGE``); 1–63 count failed inputs.
EXIT_USAGE = 64
#: Exit status when the output cannot be written (sysexits ``EX_CANTCREAT``).
EXIT_OUTPUT = 73
#: Exit status after Ctrl-C (128 + SIGINT), every complete record kept.
EXIT_INTERRUPTED = 130
_MAX_COUNT = 63

_EPILOG = """\
examples:
  aidparse page.html                         one report as JSON
  aidparse corpus/ --out all.jsonl           a directory, recursively: JSON Lines
  aidparse corpus/ --glob '*.html' --jobs 2 --format csv --out quantities.csv
  aidparse corpus/ --output-dir reports/     one JSON file per input
  aidparse a.txt b.txt --format json         one JSON array
  aidparse corpus/ --compact | jq .donor     without original_text and the edit log
  aidparse page.html --format text           the cleaned article text
  curl -s URL | aidparse -                   standard input

Standard input ('-') is read to its end, at most the size limit ({limit} MiB) plus
one byte; a FIFO or terminal with no writer blocks until it is closed.

Every input gives one record: a report, or an error record {"file", "error",
"message"} (in CSV, the error and message columns) that is also printed on
stderr. Output is UTF-8 whatever the terminal's encoding. A progress bar is
shown on a terminal (not with --quiet, not when stderr is redirected).

exit status:
  0      every input was parsed
  1-63   that many inputs failed (63: 63 or more)
  64     wrong arguments (including an output path that is one of the inputs)
  73     the output could not be written (nothing was put in its place)
  130    interrupted (Ctrl-C); every complete record is kept
  143    terminated (SIGTERM); an --out file is left as it was
"""


def _version() -> str:
    from aidparse import __version__

    return __version__


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser(width: int | None = None) -> argparse.ArgumentParser:
    """The argument parser of ``aidparse`` (the CLI reference in the docs is generated from it).

    Args:
        width: Help text width; ``None`` follows the terminal.
    """
    from aidparse.corpus.render import FORMATS
    from aidparse.errors import MAX_INPUT_SIZE

    def formatter(prog: str) -> argparse.HelpFormatter:
        return argparse.RawDescriptionHelpFormatter(prog, width=width, max_help_position=32)

    parser = _Parser(
        prog="aidparse",
        description="Parse scraped pairing-aid (对口援疆) reports into typed JSON, CSV or text.",
        epilog=_EPILOG.replace("{limit}", str(MAX_INPUT_SIZE >> 20)),
        formatter_class=formatter,
    )
    parser.add_argument(
        "sources", nargs="+", metavar="SOURCE",
        help="a file, a directory (searched recursively), or - for standard input",
    )
    parser.add_argument(
        "--format", choices=tuple(FORMATS), default=None,
        help="; ".join(f"{k}: {v}" for k, v in FORMATS.items())
        + ". Default: json for one file, jsonl otherwise",
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--out", metavar="PATH",
                       help="write to PATH (replaced at the end, never half-written) instead of stdout")
    where.add_argument("--output-dir", metavar="DIR",
                       help="write one file per input under DIR, named after it (a.txt: a.txt.json; "
                       "text/summary: a.txt.txt)")
    parser.add_argument("--glob", action="append", default=[], metavar="PATTERN",
                        help="in directories, parse only files whose name matches PATTERN "
                        "(repeatable; default: every file not starting with a dot, except data, "
                        "notes and code: .tsv .csv .json .jsonl .md .rst .log .yaml .py .js .css ...)")
    parser.add_argument("-j", "--jobs", type=int, default=None, metavar="N",
                        help="worker processes (default: every core; 1 parses in this process)")
    fields = parser.add_mutually_exclusive_group()
    fields.add_argument("--compact", action="store_true",
                        help="leave out original_text and the edit log (json, jsonl)")
    fields.add_argument("--fields", metavar="LIST",
                        help="comma-separated report fields to keep, e.g. title,donor,quantities "
                        "(json, jsonl)")
    parser.add_argument("--bom", action="store_true",
                        help="start CSV output with a UTF-8 byte order mark (for spreadsheets)")
    parser.add_argument("--encoding", metavar="CHARSET",
                        help="charset the input is believed to be in (checked, not trusted)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    parser.add_argument("--version", action="version", version=f"aidparse {_version()}")
    return parser


class _Interrupts:
    """SIGINT during a run sets a flag; the run stops at the next safe point.

    Raising ``KeyboardInterrupt`` from the handler could interrupt
    ``concurrent.futures`` while it holds a lock (and hang the exit) or cut a
    record in half; instead the pool polls :meth:`stop` while it waits, and
    :meth:`write` checks after each complete record.
    """

    def __init__(self) -> None:
        self.pending = False

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        self.pending = True

    def stop(self) -> bool:
        return self.pending

    def write(self, writer: Any, record: Any) -> None:
        writer.write(record)
        _check_terminated()
        if self.pending:
            raise KeyboardInterrupt


def _same_file(a: str, b: str) -> bool:
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _inside(path: str, directory: str) -> bool:
    path, directory = os.path.realpath(path), os.path.realpath(directory)
    return os.path.commonpath([path, directory]) == directory


def _check_outputs(args: argparse.Namespace) -> str | None:
    """Why the output would overwrite or feed an input, or ``None`` when it is safe."""
    from aidparse.corpus.sources import matches

    for source in args.sources:
        if source == "-":
            continue
        if args.out is not None:
            if os.path.isdir(source):
                if _inside(args.out, source) and matches(os.path.basename(args.out), args.glob):
                    return f"--out {args.out} is inside the input directory {source}"
            elif _same_file(args.out, source):
                return f"--out {args.out} is one of the inputs"
        if args.output_dir is not None:
            if os.path.isdir(source) and (
                    _inside(args.output_dir, source) or _inside(source, args.output_dir)):
                return f"--output-dir {args.output_dir} overlaps the input directory {source}"
            if not os.path.isdir(source) and _same_file(args.output_dir, source):
                return f"--output-dir {args.output_dir} is one of the inputs"
    return None


def _usage_error(args: argparse.Namespace) -> str | None:
    from aidparse.errors import AidparseError

    if args.sources.count("-") > 1:
        return "standard input ('-') can be read only once"
    if args.jobs is not None and args.jobs < 1:
        return f"--jobs must be at least 1, not {args.jobs}"
    if args.bom and args.format != "csv":
        return "--bom applies to --format csv"
    if (args.compact or args.fields) and args.format not in (None, "json", "jsonl"):
        return "--compact and --fields apply to json and jsonl"
    if args.output_dir is not None and args.format in ("jsonl", "csv"):
        return "--output-dir writes json, text or summary files (one per input)"
    if args.fields is not None:
        from aidparse.models import AidReport

        wanted = [f.strip() for f in args.fields.split(",") if f.strip()]
        unknown = [f for f in wanted if f not in AidReport.model_fields]
        if unknown or not wanted:
            known = ", ".join(AidReport.model_fields)
            return f"--fields: unknown field {', '.join(unknown) or '(none given)'}; fields: {known}"
        args.fields = wanted
    if args.encoding is not None:
        from aidparse.decoding import decode

        try:
            decode(b"aidparse", encoding=args.encoding)
        except (AidparseError, LookupError) as exc:
            return f"--encoding {args.encoding}: {exc}"
    return _check_outputs(args)


def _progress(args: argparse.Namespace) -> Any:
    if args.quiet or not sys.stderr.isatty():
        return None
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover - tqdm is a dependency
        return None

    class _Bar(tqdm):  # type: ignore[type-arg]
        monitor_interval = 0  # no monitor thread: worker processes may be forked later

    return _Bar(total=count_documents(args.sources, args.glob), unit="file", file=sys.stderr,
                dynamic_ncols=True, leave=True)


def _say(bar: Any, message: str) -> None:
    if bar is not None:
        bar.write(message, file=sys.stderr)
    else:
        print(message, file=sys.stderr, flush=True)


def _make_writer(args: argparse.Namespace, fmt: str, single: bool, stream: IO[bytes]) -> Any:
    from aidparse.corpus import writers

    if args.output_dir is not None:
        return writers.DirWriter(args.output_dir, ".json" if fmt == "json" else ".txt")
    if fmt == "jsonl":
        return writers.JsonLinesWriter(stream)
    if fmt == "csv":
        return writers.CsvWriter(stream, bom=args.bom)
    if fmt == "json" and not single:
        return writers.JsonArrayWriter(stream)
    return writers.PlainWriter(stream, headers=fmt == "text" and not single,
                               single_record=fmt == "json")


def _records(args: argparse.Namespace, fmt: str, single: bool, stdin: bytes | Exception | None,
             stop: Any) -> Iterator[Any]:
    import functools

    from aidparse.corpus.pool import default_workers, run
    from aidparse.corpus.render import COMPACT_EXCLUDE, Rendered, render

    per_file = args.output_dir is not None
    work = functools.partial(
        render, fmt=fmt, encoding=args.encoding,
        include=args.fields, exclude=COMPACT_EXCLUDE if args.compact else (),
        named=not (single or per_file), indent=2 if (single or per_file) and fmt == "json" else None,
    )

    def lost(doc: Any, exc: BaseException) -> Rendered:
        from aidparse.corpus.batch import lost_failure
        from aidparse.corpus.render import failure_payload

        failure = lost_failure(doc, exc)
        return Rendered(doc.index, doc.name, doc.relative, failure_payload(fmt, failure),
                        failure.error, failure.message)

    if not args.glob and not args.quiet:
        _say_skipped(args.sources)
    docs = documents(args.sources, args.glob, stdin=stdin)
    workers = args.jobs or default_workers()
    return run(docs, work, lost, workers=workers, stop=stop)


def _say_skipped(sources: Sequence[str]) -> None:
    """One line on stderr per directory whose data, notes or code files are left out."""
    from aidparse.corpus.sources import skipped_files

    for source in sources:
        if source != "-" and os.path.isdir(source):
            counts = skipped_files(source)
            if counts:
                kinds = ", ".join(f"{n} {suffix}" for suffix, n in sorted(counts.items()))
                print(f"aidparse: {source}: left out {sum(counts.values())} files that are not pages "
                      f"({kinds}); --glob '*' parses every file", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``aidparse`` command; returns the exit status.

    Examples:
        >>> main(["--format", "summary", "--quiet", "seeds/000_b29eb96cfee71fff.txt"])
        # seeds/000_b29eb96cfee71fff.txt
        title:      ...
        0
    """
    with_stderr = getattr(sys.stderr, "reconfigure", None)
    if with_stderr is not None:
        with_stderr(errors="backslashreplace")
    args = build_parser().parse_args(argv)
    problem = _usage_error(args)
    if problem is not None:
        print(f"aidparse: error: {problem}", file=sys.stderr)
        return EXIT_USAGE
    single = len(args.sources) == 1 and (args.sources[0] == "-" or not os.path.isdir(args.sources[0]))
    fmt = args.format or ("json" if single or args.output_dir is not None else "jsonl")

    from aidparse.corpus.writers import AtomicFile, DirWriter
    from aidparse.errors import AidparseError

    target: AtomicFile | None = None
    try:
        if args.out is not None:
            target = AtomicFile(args.out)
            stream: IO[bytes] = target.stream
        else:
            stream = _stdout()
    except OSError as exc:
        print(f"aidparse: cannot write {args.out}: {exc}", file=sys.stderr)
        return EXIT_OUTPUT

    writer = _make_writer(args, fmt, single, stream)
    stdin: bytes | Exception | None = None
    if "-" in args.sources:  # read before the run: a pipe with no writer can still be Ctrl-C'd
        from aidparse.corpus.sources import read_limited

        try:
            stdin = read_limited(sys.stdin.buffer)
        except AidparseError as exc:
            stdin = exc
        except KeyboardInterrupt:
            if target is not None:
                target.discard()
            return EXIT_INTERRUPTED
    guard = _Interrupts()
    previous = signal.signal(signal.SIGINT, guard) if _main_thread() else None
    _TERMINATED.clear()
    previous_term = signal.signal(signal.SIGTERM, _terminated) if _main_thread() else None
    bar = None
    total = failed = 0
    interrupted = False
    failures: list[str] = []
    results: Iterator[Any] | None = None
    try:
        bar = _progress(args)
        writer.begin()
        results = _records(args, fmt, single, stdin, guard.stop)
        for record in results:
            total += 1
            if record.ok and isinstance(writer, DirWriter):
                holder = writer.claim(record)
                if holder is not None:
                    record = type(record)(record.index, record.name, record.relative, b"",
                                          "FileExistsError",
                                          f"{writer.target(record)} is already written for {holder}")
            guard.write(writer, record)
            if not record.ok:
                failed += 1
                if len(failures) < 5:
                    failures.append(record.name)
                _say(bar, f"aidparse: {record.name}: {record.error}: {record.message}")
            if bar is not None:
                bar.update(1)
                if failed:
                    bar.set_postfix(failed=failed, refresh=False)
        _check_terminated()
        writer.end()
    except KeyboardInterrupt:
        interrupted = True
        with contextlib.suppress(OSError):
            writer.end()
    except BrokenPipeError:
        _silence_stdout()
        return 141
    except OSError as exc:
        if target is not None:
            target.discard()
            target = None
        print(f"aidparse: cannot write the output: {exc}", file=sys.stderr)
        return EXIT_OUTPUT
    except AidparseError as exc:  # pragma: no cover - inputs' errors become records
        if target is not None:
            target.discard()
            target = None
        print(f"aidparse: error: {' '.join(str(exc).split())}", file=sys.stderr)
        return EXIT_USAGE
    except BaseException:
        if target is not None:
            target.discard()
            target = None
        raise
    finally:
        if results is not None and hasattr(results, "close"):
            results.close()
        if bar is not None:
            bar.close()
        if previous is not None:
            signal.signal(signal.SIGINT, previous)
        if previous_term is not None:
            signal.signal(signal.SIGTERM, previous_term)
    if _TERMINATED:  # (a handler's exit swallowed during the cleanup above)
        if target is not None:
            target.discard()
        return 128 + _TERMINATED[0]
    if target is not None:
        try:
            target.commit()
        except OSError as exc:
            target.discard()
            print(f"aidparse: cannot write {args.out}: {exc}", file=sys.stderr)
            return EXIT_OUTPUT
    if interrupted:
        return EXIT_INTERRUPTED
    if failed and total > 1:
        named = ", ".join(failures) + (", ..." if failed > len(failures) else "")
        print(f"aidparse: {failed} of {total} inputs failed: {named}", file=sys.stderr)
    return min(failed, _MAX_COUNT)


class _TextStdout(io.RawIOBase):
    """Bytes to a text-only ``sys.stdout`` (a notebook, a doctest): decoded as the UTF-8 they are."""

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        sys.stdout.write(bytes(data).decode("utf-8"))
        return len(data)

    def flush(self) -> None:
        sys.stdout.flush()


def _stdout() -> IO[bytes]:
    """Standard output as bytes: output is UTF-8 whatever the terminal's encoding."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is not None:
        sys.stdout.flush()
        return cast(IO[bytes], buffer)
    return cast(IO[bytes], _TextStdout())


#: The signal that terminated the run, if one did: ``SystemExit`` raised by the handler can land in
#: a ``__del__`` method (the regex module compiles patterns with some), where Python ignores it, so
#: the run also checks this after each record and before it replaces the output.
_TERMINATED: list[int] = []


def _terminated(signum: int, frame: FrameType | None) -> None:
    """SIGTERM: a failed run. The output file is not replaced; the workers are stopped.

    Inside a ``__del__`` method the exit is only noted (raised there, Python would print it as an
    ignored exception with its traceback and go on): the run raises it at its next check.
    """
    _TERMINATED.append(signum)
    while frame is not None:
        if frame.f_code.co_name == "__del__":
            return
        frame = frame.f_back
    raise SystemExit(128 + signum)


def _check_terminated() -> None:
    """Raise the exit of a terminating signal whose handler's exception was swallowed."""
    if _TERMINATED:
        raise SystemExit(128 + _TERMINATED[0])


def _main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def _silence_stdout() -> None:
    """After a closed pipe (``aidparse DIR | head``): no error at interpreter exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    with contextlib.suppress(OSError, ValueError):
        os.dup2(devnull, sys.stdout.fileno())


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
