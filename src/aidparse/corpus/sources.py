"""Where documents come from: paths, directories, globs, stdin, bytes in memory.

Everything here is lazy: a directory of a million files, or a generator of a
million paths, is walked one entry at a time and never held in a list.

A :class:`Document` names one input and says how to get its content; reading
happens where the document is parsed (in a worker process, for a path), so the
process that hands out work never reads the files itself.
"""

from __future__ import annotations

import fnmatch
import os
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Union

from aidparse import errors

__all__ = [
    "NOT_PAGES",
    "Document",
    "Source",
    "as_document",
    "count_documents",
    "documents",
    "matches",
    "read_limited",
    "skipped_files",
    "walk",
]

#: What ``parse_many`` accepts for one document: a path (``str`` or ``os.PathLike``),
#: bytes, or a ``(name, bytes)`` / ``(name, text)`` pair.
Source = Union[str, "os.PathLike[str]", bytes, tuple[str, bytes | str]]

_CHUNK = 1 << 20

#: Text files a directory of scraped pages holds beside its pages — data, notes, settings,
#: code — that would parse into a report of nonsense (a folder's INDEX.tsv, its README.md);
#: left out unless ``--glob`` asks for them. Binary files (images, archives) are not listed:
#: they are read and fail with a record, as a page that is not text must.
NOT_PAGES = frozenset((
    ".tsv", ".csv", ".json", ".jsonl", ".ndjson",  # data
    ".md", ".rst", ".log", ".yaml", ".yml", ".toml", ".ini", ".cfg",  # notes and settings
    ".py", ".ipynb", ".js", ".css", ".map",  # code
))


def read_limited(stream: IO[bytes]) -> bytes:
    """Read a binary stream to its end, refusing more than the size limit.

    At most :data:`~aidparse.errors.MAX_INPUT_SIZE` plus one byte is read, so
    an endless stream (``yes | aidparse -``) fails quickly with
    :class:`~aidparse.errors.InputTooLargeError` instead of exhausting memory.

    Raises:
        InputTooLargeError: The stream holds more than the limit.
        TypeError: The stream gives text, not bytes (open files with ``"rb"``).

    >>> import io
    >>> read_limited(io.BytesIO("援疆".encode()))
    b'\\xe6\\x8f\\xb4\\xe7\\x96\\x86'
    """
    limit = errors.MAX_INPUT_SIZE
    parts: list[bytes] = []
    size = 0
    while size <= limit:
        chunk = stream.read(min(_CHUNK, limit + 1 - size))
        if not isinstance(chunk, (bytes, bytearray)):
            raise TypeError(
                f"expected a binary stream, got {type(chunk).__name__} from read(); open files with 'rb'"
            )
        if not chunk:
            break
        parts.append(bytes(chunk))
        size += len(chunk)
    errors.check_size(size)
    return b"".join(parts)


@dataclass(frozen=True)
class Document:
    """One input: its name and either a path to read or the content itself.

    Attributes:
        index: Position in the input sequence (0-based).
        name: How the input is named in results and error records: the path as
            given, the name of a ``(name, content)`` pair, ``<stdin>``, or
            ``<bytes #i>`` for bare bytes.
        path: File to read (at parse time) when the content is not in memory.
        content: The bytes (or text) when they are in memory.
        relative: The path relative to the directory it was found in (for
            ``--output-dir``); the file name for a file given directly.
        error: Why the content could not be had before parsing (stdin over
            the size limit); raised by :meth:`read`.
        size: The input's size in bytes when known without reading it (to
            group small inputs when they are sent to worker processes).
    """

    index: int
    name: str
    path: str | None = None
    content: bytes | str | None = None
    relative: str | None = None
    error: Exception | None = None
    size: int | None = None

    def read(self) -> bytes | str:
        """The content: bytes from the file (size-limited), or what was given.

        Raises:
            OSError: The file cannot be read (missing, a directory, no permission).
            InputTooLargeError: The file is larger than the size limit.
        """
        if self.error is not None:
            raise self.error
        if self.content is not None:
            return self.content
        if self.path is None:  # pragma: no cover - constructed only with one of them
            raise ValueError(f"document {self.name!r} has neither a path nor content")
        with open(self.path, "rb") as fh:
            return read_limited(fh)


def as_document(index: int, source: Source) -> Document:
    """Turn one ``parse_many`` source into a :class:`Document`.

    A ``str`` or ``os.PathLike`` is a path (unlike :func:`aidparse.parse`, where a
    ``str`` is text: pass ``(name, text)`` pairs to parse texts in a batch).

    >>> as_document(0, "seeds/a.txt").path
    'seeds/a.txt'
    >>> as_document(3, b"...").name
    '<bytes #3>'
    >>> as_document(1, ("page-1", "援疆")).content
    '援疆'
    """
    if isinstance(source, (str, os.PathLike)):
        path = os.fspath(source)
        return Document(index, path, path=path, relative=os.path.basename(path) or path,
                        size=_size(path))
    if isinstance(source, (bytes, bytearray, memoryview)):
        return Document(index, f"<bytes #{index}>", content=bytes(source), size=len(source))
    if isinstance(source, tuple) and len(source) == 2:
        name, content = source
        if isinstance(name, str) and isinstance(content, (bytes, bytearray, memoryview, str)):
            if not isinstance(content, str):
                content = bytes(content)
            return Document(index, name, content=content, relative=os.path.basename(name) or name,
                            size=len(content))
    raise TypeError(
        "a source is a path, bytes, or a (name, bytes) or (name, text) pair, "
        f"not {type(source).__name__}"
    )


def _size(path: str) -> int | None:
    try:
        return os.stat(path).st_size
    except OSError:
        return None


def matches(name: str, patterns: Sequence[str]) -> bool:
    """Whether a file name is selected by ``--glob`` patterns.

    With none, every name that does not start with a dot and whose suffix is not one of
    :data:`NOT_PAGES` (a folder's ``INDEX.tsv`` or ``README.md`` is no page).

    >>> matches("001.txt", []), matches("page", []), matches("INDEX.tsv", []), matches("INDEX.tsv", ["*"])
    (True, True, False, True)
    """
    if not patterns:
        return not name.startswith(".") and os.path.splitext(name)[1].lower() not in NOT_PAGES
    return any(fnmatch.fnmatchcase(name, p) for p in patterns)


def skipped_files(directory: str) -> Counter[str]:
    """How many files of each :data:`NOT_PAGES` suffix a walk without patterns leaves out.

    Reads directory listings only (no file is opened or stat-ed); hidden directories are
    not entered, as in :func:`walk`.
    """
    counts: Counter[str] = Counter()
    stack = [directory]
    while stack:
        try:
            with os.scandir(stack.pop()) as it:
                for entry in it:
                    if entry.name.startswith("."):
                        continue
                    if entry.is_dir():
                        stack.append(entry.path)
                    elif (suffix := os.path.splitext(entry.name)[1].lower()) in NOT_PAGES:
                        counts[suffix] += 1
        except OSError:
            continue  # the walk itself reports a directory it cannot list
    return counts


def walk(
    directory: str, patterns: Sequence[str] = ()
) -> Iterator[tuple[str, str, OSError | None, int | None]]:
    """Files under ``directory``, recursively, sorted: ``(path, relative path, error, size)``.

    Only files whose name matches one of ``patterns`` (``fnmatch`` patterns such
    as ``*.html``) are given; with no pattern, every file whose name does not
    start with a dot and is not data, notes or code (:func:`matches`).
    Hidden directories (``.git``) are not entered. Directory listings are read
    one directory at a time; a directory that cannot be listed is given with the
    error instead of stopping the walk.
    """
    stack = [directory]
    while stack:
        current = stack.pop()
        try:
            with os.scandir(current) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield current, os.path.relpath(current, directory), exc, None
            continue
        subdirs = []
        for entry in entries:
            if entry.is_dir():
                if not entry.name.startswith("."):
                    subdirs.append(entry.path)
            elif matches(entry.name, patterns):
                try:
                    size: int | None = entry.stat().st_size
                except OSError:
                    size = None
                yield entry.path, os.path.relpath(entry.path, directory), None, size
        stack.extend(reversed(subdirs))


def count_documents(args: Iterable[str], patterns: Sequence[str] = ()) -> int:
    """How many documents :func:`documents` will give (for a progress bar), without reading any."""
    total = 0
    for arg in args:
        if arg != "-" and os.path.isdir(arg):
            total += max(1, sum(1 for _ in walk(arg, patterns)))
        else:
            total += 1
    return total


def documents(
    args: Iterable[str],
    patterns: Sequence[str] = (),
    stdin: IO[bytes] | bytes | Exception | None = None,
) -> Iterator[Document]:
    """The documents named on a command line, lazily.

    A directory gives its files (recursively, filtered by ``patterns``; a
    directory with no matching file, or one that cannot be listed, gives a
    document that fails with that error, so it is reported); ``-``
    gives standard input, read (size-limited) when its turn comes; anything
    else is a file path, read when it is parsed (a missing path becomes a
    failure record then, not here). ``stdin`` may also be its content read
    beforehand, or the error that reading it raised.
    """
    index = 0
    for arg in args:
        if arg == "-":
            if stdin is None:  # pragma: no cover - the CLI always passes one
                raise ValueError("'-' needs a stdin stream")
            content: bytes | str
            try:
                if isinstance(stdin, Exception):
                    raise stdin
                content = stdin if isinstance(stdin, bytes) else read_limited(stdin)
            except errors.AidparseError as exc:
                yield Document(index, "<stdin>", relative="stdin", error=exc)
                index += 1
                continue
            yield Document(index, "<stdin>", content=content, relative="stdin", size=len(content))
            index += 1
        elif os.path.isdir(arg):
            found = False
            for path, relative, error, size in walk(arg, patterns):
                found = True
                yield Document(index, path, path=path, relative=relative, error=error, size=size)
                index += 1
            if not found:
                wanted = " or ".join(patterns) if patterns else "any name"
                yield Document(index, arg, error=FileNotFoundError(
                    f"no file under {arg} matches {wanted}"))
                index += 1
        else:
            yield Document(index, arg, path=arg, relative=os.path.basename(arg) or arg, size=_size(arg))
            index += 1

