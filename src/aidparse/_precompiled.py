"""The ``regex`` patterns aidparse uses, compiled ahead of time.

The ``regex`` module parses a pattern in Python before its C engine builds the program, and
aidparse's patterns are large (tables of labels, outlets and units): compiling the ones a first
parse needs took about 150 ms of it. ``regex`` can also rebuild a compiled pattern from its
program without parsing it again: that is how it unpickles one. ``scripts/build_pattern_store.py``
compiles every pattern a parse of the seeds and the written test pages asks for and writes each
program to ``data/regex_programs.json``; :func:`compile_regex` rebuilds a pattern from there in
about 30 µs instead of compiling it.

A program is only good for the ``regex`` release that wrote it, so the store is used only when
the installed release (and its default version flag) are those named in the file's header;
otherwise, and for any pattern the store does not hold (a pattern edited since the store was
written), :func:`compile_regex` compiles as ``regex.compile`` does. Either way the pattern is the
same: the tests check that each stored program finds what a fresh compile finds on the texts the
patterns were collected from.

The programs are ``pickle`` data (``regex``'s own format for a pattern), base64 in a JSON file,
read by an unpickler that can call one thing, ``regex``'s function that rebuilds a pattern:
nothing else in the file can be run. That function trusts the program it is given (a damaged one
could crash the interpreter), so each row carries a check of its pattern, flags and program, and a
row that fails it is never restored.
"""

from __future__ import annotations

import contextlib
import functools
import json
from collections.abc import Iterator
from typing import Any

__all__ = ["REGEX_PROGRAMS_JSON", "Recorder", "compile_regex", "recording", "stored_program", "write_store"]

#: The store's file under ``aidparse/data``.
REGEX_PROGRAMS_JSON = "regex_programs.json"

#: The one callable a stored program may name: ``regex``'s restore function.
_RESTORE = ("regex._regex", "compile")

#: The store's rows by (pattern, flags): each a program and its check, checked when the pattern is
#: first asked for (a first parse asks for a few of the patterns; checking them all took milliseconds).
_store: dict[tuple[str, int], tuple[str, str]] | None = None


class Recorder:
    """The (pattern, flags) a module's ``compile`` is asked for inside :meth:`recording` blocks,
    which nest (an outer block also gets what an inner one saw); ``seen`` is ``None`` outside any.

    >>> recorder = Recorder()
    >>> with recorder.recording() as outer:
    ...     recorder.add("援", 0)
    ...     with recorder.recording() as inner:
    ...         recorder.add("疆", 0)
    >>> sorted(inner), sorted(outer), recorder.seen
    ([('疆', 0)], [('援', 0), ('疆', 0)], None)
    """

    def __init__(self) -> None:
        self.seen: set[tuple[str, int]] | None = None

    def add(self, pattern: str, flags: int) -> None:
        """Note one pattern, when a block is recording."""
        if self.seen is not None:
            self.seen.add((pattern, flags))

    @contextlib.contextmanager
    def recording(self) -> Iterator[set[tuple[str, int]]]:
        """Collect the (pattern, flags) noted inside the block."""
        outer = self.seen
        seen: set[tuple[str, int]] = set()
        self.seen = seen
        try:
            yield seen
        finally:
            self.seen = outer
            if outer is not None:
                outer |= seen


_recorder = Recorder()


@functools.cache
def _unpickler() -> Any:
    """An unpickler of a ``regex`` pattern and nothing else: any other callable is refused.

    (Built on first use: importing ``pickle`` is a few milliseconds that an import of aidparse
    need not spend.)
    """
    import pickle

    class ProgramUnpickler(pickle.Unpickler):
        def find_class(self, module: str, name: str) -> Any:
            if (module, name) != _RESTORE:
                raise pickle.UnpicklingError(f"not a regex program: {module}.{name}")
            return super().find_class(module, name)

    return ProgramUnpickler


def _release() -> tuple[str, int]:
    import regex

    return str(regex.__version__), int(regex.DEFAULT_VERSION)


def _digest(pattern: str, flags: int, program: str) -> str:
    """A check of one stored row: a program damaged on disk is never handed to ``regex``, whose
    restore trusts its code (a damaged program could crash the interpreter, not raise)."""
    import hashlib

    data = f"{int(flags)}\x00{pattern}\x00{program}".encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def _load() -> dict[tuple[str, int], tuple[str, str]]:
    """The stored (program, check) pairs by (pattern, flags), or nothing when the file is for another
    release, or is missing or damaged (then every pattern is compiled). A row's check is verified when
    its pattern is asked for (:func:`stored_program`), not here."""
    global _store
    from aidparse._resources import read_text

    try:
        data = json.loads(read_text(REGEX_PROGRAMS_JSON))
        if (data["regex"], data["default_version"]) != _release():
            _store = {}
        else:
            _store = {(pattern, flags): (program, digest)
                      for pattern, flags, program, digest in data["patterns"]
                      if isinstance(pattern, str) and isinstance(flags, int) and isinstance(program, str)
                      and isinstance(digest, str)}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):  # no store, or not one
        _store = {}
    return _store


def stored_program(pattern: str, flags: int = 0) -> Any:
    """The pattern rebuilt from the store, or ``None`` when the store has no program for it.

    >>> stored_program("a pattern no module uses", 0) is None
    True
    """
    store = _store if _store is not None else _load()
    row = store.get((pattern, flags))
    if row is None:
        return None
    program, digest = row
    if digest != _digest(pattern, flags, program):  # damaged on disk: compiled instead, never restored
        return None
    import base64
    import io
    import pickle

    import regex

    try:
        restored = _unpickler()(io.BytesIO(base64.b64decode(program))).load()
    except (pickle.UnpicklingError, ValueError, TypeError, EOFError):  # damaged: compile instead
        return None
    if not isinstance(restored, regex.Pattern) or restored.pattern != pattern:
        return None
    return restored


def compile_regex(pattern: str | bytes, flags: int = 0) -> Any:
    """``regex.compile(pattern, flags)``, from the store when it holds the pattern's program.

    >>> compile_regex(r"\\p{Han}+").findall("援疆 aid 资金")
    ['援疆', '资金']
    """
    if isinstance(pattern, str):
        flags = int(flags)  # regex.VERBOSE is a flag enum: the store's rows hold numbers
        _recorder.add(pattern, flags)
        compiled = stored_program(pattern, flags)
        if compiled is not None:
            return compiled
    import regex

    return regex.compile(pattern, flags)


def recording() -> contextlib.AbstractContextManager[set[tuple[str, int]]]:
    """Collect the (pattern, flags) of every ``str`` pattern compiled inside the block.

    >>> with recording() as seen:
    ...     _ = compile_regex("援疆", 0)
    >>> ("援疆", 0) in seen
    True
    """
    return _recorder.recording()


def write_store(patterns: set[tuple[str, int]], source: list[str]) -> str:
    """The text of the store for ``patterns``, compiled by the installed ``regex``.

    >>> text = write_store({("援疆", 0)}, ["a doctest"])
    >>> json.loads(text)["patterns"][0][:2]
    ['援疆', 0]
    """
    import base64
    import pickle

    import regex

    version, default = _release()
    rows = []
    for pattern, flags in sorted(patterns):
        program = base64.b64encode(pickle.dumps(regex.compile(pattern, flags), protocol=4)).decode("ascii")
        lone_surrogate = any("\ud800" <= c <= "\udfff" for c in pattern)  # not writable as UTF-8
        row = [pattern, int(flags), program, _digest(pattern, flags, program)]
        rows.append(json.dumps(row, ensure_ascii=lone_surrogate))
    header = {"source": source, "regex": version, "default_version": default}
    head = ",\n".join(f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in header.items())
    return "{\n" + head + ',\n"patterns": [\n' + ",\n".join(rows) + "\n]\n}\n"
