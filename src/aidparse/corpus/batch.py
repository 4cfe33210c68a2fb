"""``parse_many``: parse a corpus on every core, never losing an input."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

from aidparse.corpus.pool import default_workers, run
from aidparse.corpus.results import Parsed, ParseFailure, failure
from aidparse.corpus.sources import Document, Source, as_document

__all__ = ["parse_document", "parse_many"]


def parse_document(doc: Document, encoding: str | None = None) -> Parsed | ParseFailure:
    """Read and parse one document; any error becomes a :class:`ParseFailure`.

    Catching every ``Exception`` here is deliberate: in a batch, one input that
    breaks the parser must not stop the others. The failure names the error's
    type, so a bug still shows (as something other than an ``AidparseError``).
    """
    from aidparse.report import parse

    try:
        report = parse(doc.read(), encoding=encoding)
    except Exception as exc:
        return failure(doc.index, doc.name, exc)
    return Parsed(file=doc.name, index=doc.index, report=report)


def lost_failure(doc: Document, exc: BaseException) -> ParseFailure:
    """The failure of an input whose worker process died while parsing it."""
    return ParseFailure(
        file=doc.name, index=doc.index, error=type(exc).__name__,
        message="the worker process parsing this input died (killed, out of memory, or crashed)",
    )


def parse_many(
    sources: Iterable[Source],
    *,
    workers: int | None = None,
    ordered: bool = True,
    encoding: str | None = None,
    chunksize: int | None = None,
) -> Iterator[Parsed | ParseFailure]:
    """Parse many documents, on several processes, yielding one result per input.

    Each result is a [`Parsed`][aidparse.Parsed] (the input's name, position and
    report) or a [`ParseFailure`][aidparse.ParseFailure] (the input's name,
    position, error type and message): a bad input never stops the run and
    never disappears.

    Args:
        sources: Any iterable, consumed lazily (a generator of a million paths
            is never held in memory). Each item is a path (`str` or
            `os.PathLike`, read by the worker that parses it), `bytes`, or a
            `(name, bytes)` or `(name, text)` pair. Unlike
            [`parse`][aidparse.parse], a `str` here is a path.
        workers: Processes to use; `None` means every core this process may
            use, `1` parses in this process (no pool).
        ordered: Yield results in input order (the default) or as they
            complete (`False`; each result's `index` says which input it is).
        encoding: Charset the inputs are believed to be in (checked, as in
            [`parse`][aidparse.parse]).
        chunksize: Inputs handed to a worker at a time; `None` (the default)
            groups small inputs up to about 32 KiB and sends a large one alone.

    Yields:
        `Parsed | ParseFailure`, one per input.

    Raises:
        TypeError: An item of `sources` is none of the accepted kinds (raised
            when that item is reached).

    Examples:
        >>> import aidparse, glob
        >>> results = list(aidparse.parse_many(sorted(glob.glob("seeds/*.txt")), workers=2))
        >>> [r.report.donor.name for r in results if r.ok][:2]
        ['衢州市', '东营市']
        >>> bad = next(aidparse.parse_many([b"\\x89PNG\\r\\n\\x1a\\n" + bytes(64)], workers=1))
        >>> bad.ok, bad.file, bad.error
        (False, '<bytes #0>', 'BinaryInputError')
    """
    count = default_workers() if workers is None else workers
    docs = (as_document(i, s) for i, s in enumerate(sources))
    work = functools.partial(parse_document, encoding=encoding)
    return run(docs, work, lost_failure, workers=count, ordered=ordered, chunksize=chunksize)
