"""Where the command line's output goes: streams written record by record, files replaced whole.

Every writer takes :class:`~aidparse.corpus.render.Rendered` records as they
arrive and writes each one with a single ``write`` and a flush, so the output
grows as the run goes and an interrupted run keeps every complete record.
Files are written through a temporary file in the same directory and renamed
into place at the end (:class:`AtomicFile`): a run that fails never leaves half
a file where a good one was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from typing import IO, Protocol

from aidparse.corpus.render import Rendered, csv_header

__all__ = [
    "AtomicFile",
    "CsvWriter",
    "DirWriter",
    "JsonArrayWriter",
    "JsonLinesWriter",
    "PlainWriter",
    "Writer",
]

BOM = "\ufeff".encode()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class AtomicFile:
    """A file written under a temporary name and renamed to ``path`` on :meth:`commit`.

    The temporary file sits in the same directory (so the rename is atomic) and
    starts with a dot; :meth:`discard` removes it and leaves ``path`` as it was.
    The file gets the permissions a new file would (or those of the file it
    replaces).
    """

    def __init__(self, path: str) -> None:
        self.path = path
        directory, base = os.path.split(os.path.abspath(path))
        fd, self.temp = tempfile.mkstemp(prefix=f".{base}.", suffix=".part", dir=directory)
        self.stream: IO[bytes] = os.fdopen(fd, "wb")

    def commit(self) -> None:
        """Flush, sync and rename into place."""
        self.stream.flush()
        os.fsync(self.stream.fileno())
        self.stream.close()
        try:
            mode = os.stat(self.path).st_mode & 0o7777
        except OSError:
            mode = 0o666 & ~_umask()
        os.chmod(self.temp, mode)
        os.replace(self.temp, self.path)

    def discard(self) -> None:
        """Remove the temporary file; ``path`` is untouched."""
        with contextlib.suppress(OSError):
            self.stream.close()
        with contextlib.suppress(OSError):
            os.unlink(self.temp)


class Writer(Protocol):
    """Receives records as they arrive."""

    def begin(self) -> None: ...

    def write(self, record: Rendered) -> None: ...

    def end(self) -> None: ...


class _StreamWriter:
    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream

    def _put(self, data: bytes) -> None:
        if data:
            self.stream.write(data)
            self.stream.flush()

    def begin(self) -> None:
        pass

    def end(self) -> None:
        self.stream.flush()


class JsonLinesWriter(_StreamWriter):
    """One JSON object per line: a report record or an error record."""

    def write(self, record: Rendered) -> None:
        self._put(record.payload + b"\n")


class JsonArrayWriter(_StreamWriter):
    """One JSON array with an element per input, streamed element by element."""

    def __init__(self, stream: IO[bytes]) -> None:
        super().__init__(stream)
        self._first = True

    def begin(self) -> None:
        self._put(b"[")

    def write(self, record: Rendered) -> None:
        self._put((b"\n" if self._first else b",\n") + record.payload)
        self._first = False

    def end(self) -> None:
        self._put(b"\n]\n")


class CsvWriter(_StreamWriter):
    """A header, then the rows of each input as it arrives (an error row for a failed input)."""

    def __init__(self, stream: IO[bytes], *, bom: bool = False) -> None:
        super().__init__(stream)
        self.bom = bom

    def begin(self) -> None:
        self._put((BOM if self.bom else b"") + csv_header())

    def write(self, record: Rendered) -> None:
        self._put(record.payload)


class PlainWriter(_StreamWriter):
    """Text as it is (one report's JSON, the cleaned text, summaries).

    With ``headers``, each input's text is preceded by ``==> name <==`` (as
    ``head`` and ``tail`` do with several files). A failed input writes nothing
    here (it is reported on stderr).
    """

    def __init__(self, stream: IO[bytes], *, headers: bool = False, single_record: bool = False) -> None:
        super().__init__(stream)
        self.headers = headers
        self.single_record = single_record
        self._count = 0

    def write(self, record: Rendered) -> None:
        if not record.ok and not self.single_record:
            return
        head = b""
        if self.headers:
            head = (b"\n" if self._count else b"") + f"==> {record.name} <==\n".encode()
        body = record.payload
        if self.single_record and not body.endswith(b"\n"):
            body += b"\n"
        self._put(head + body)
        self._count += 1


class DirWriter:
    """One file per input under a directory: ``<relative path>.<ext>``, each replaced whole.

    Inputs found in a directory keep their path below it (``a/b.html`` →
    ``OUT/a/b.html.json``); inputs named directly keep their file name. A failed
    input writes no file (and leaves an older one in place); a second input
    that would write the same file fails instead of overwriting the first.
    """

    def __init__(self, directory: str, extension: str) -> None:
        self.directory = directory
        self.extension = extension
        self._written: dict[str, str] = {}

    def target(self, record: Rendered) -> str:
        relative = record.relative or os.path.basename(record.name) or "input"
        parts = [p for p in relative.replace(os.sep, "/").split("/") if p not in ("", ".", "..")]
        return os.path.join(self.directory, *parts) + self.extension

    def begin(self) -> None:
        os.makedirs(self.directory, exist_ok=True)

    def claim(self, record: Rendered) -> str | None:
        """Reserve the record's target; the input that already holds it, if any."""
        path = self.target(record)
        holder = self._written.get(path)
        if holder is None:
            self._written[path] = record.name
        return holder

    def write(self, record: Rendered) -> None:
        if not record.ok:
            return
        path = self.target(record)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        out = AtomicFile(path)
        try:
            out.stream.write(record.payload if record.payload.endswith(b"\n") else record.payload + b"\n")
            out.commit()
        except BaseException:
            out.discard()
            raise

    def end(self) -> None:
        pass
