"""The standard library's ``re`` patterns aidparse uses, compiled ahead of time.

A few of aidparse's patterns run on ``re``, which scans them faster than ``regex``: the date
pattern (9 kB of verbose pattern built from the date tables), the gazetteer's trie of place
names, the decoder's character classes. ``re`` parses and compiles a pattern in Python before
its C engine takes the program, a list of integers; for those patterns that took about 20 ms
of a first parse. The engine's constructor takes the program as it is:
``scripts/build_pattern_store.py`` records what ``re`` hands it for each pattern and writes it
to ``data/re_programs.json``, and :func:`compile_re` hands it back in a fraction of a
millisecond.

A program belongs to the Python that wrote it: the file's header names the interpreter, its
minor version, the engine's ``MAGIC`` and code size and the byte order, and any other Python
ignores the store. The constructor (``_sre.compile``) is CPython's internal function, not a
public one: a restore that fails in any way compiles the pattern with ``re.compile`` instead, as
does a pattern the store does not hold (one edited since the store was written). Each row
carries a check of its content, as the ``regex`` store's do (:mod:`aidparse._precompiled`), so
that a program damaged on disk is never handed to the engine.
"""

from __future__ import annotations

import contextlib
import functools
import json
import re
import sys
from typing import Any

from aidparse._precompiled import Recorder

__all__ = ["RE_PROGRAMS_JSON", "compile_re", "recording", "stored_re", "write_store"]

#: The store's file under ``aidparse/data``.
RE_PROGRAMS_JSON = "re_programs.json"

#: The store's rows by (pattern, flags), each checked when its pattern is first asked for (a first
#: parse asks for a few of the patterns; checking them all took milliseconds).
_store: dict[tuple[str, int], list[Any]] | None = None
_recorder = Recorder()


def _engine() -> Any:
    """CPython's regular expression engine (``_sre``), whose constructor takes a program as it is."""
    import importlib

    return importlib.import_module("_sre")


def _release() -> dict[str, object]:
    """What a stored program is only good for: this interpreter and its regular expression engine."""
    _sre = _engine()
    major, minor = sys.version_info[:2]
    return {"implementation": sys.implementation.name, "python": f"{major}.{minor}",
            "sre_magic": int(_sre.MAGIC), "codesize": int(_sre.CODESIZE), "byteorder": sys.byteorder}


@functools.cache
def _typecode() -> str:
    """The ``array`` type of the engine's code units (``I`` where they are 4 bytes)."""
    from array import array

    size = int(_release()["codesize"])  # type: ignore[call-overload]
    return next(t for t in "IL" if array(t).itemsize == size)


def _digest(row: list[Any]) -> str:
    """A check of one stored row (all but its last item, which holds the check)."""
    import hashlib

    data = json.dumps(row, ensure_ascii=True).encode("ascii")
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def _load() -> dict[tuple[str, int], list[Any]]:
    """The stored rows by (pattern, flags), or nothing when the file is for another Python, or is
    missing or damaged (then every pattern is compiled). A row's check is verified when its pattern
    is asked for (:func:`stored_re`), not here."""
    global _store
    from aidparse._resources import read_text

    try:
        data = json.loads(read_text(RE_PROGRAMS_JSON))
        if data["release"] != _release():
            _store = {}
        else:
            _store = {(row[0], row[1]): row for row in data["patterns"]
                      if isinstance(row, list) and len(row) == 8 and isinstance(row[0], str)
                      and isinstance(row[1], int) and isinstance(row[7], str)}
    except (OSError, ValueError, TypeError, KeyError, IndexError):  # no store, or not one
        _store = {}
    return _store


def stored_re(pattern: str, flags: int = 0) -> re.Pattern[str] | None:
    """The pattern rebuilt from the store, or ``None`` when the store has no program for it.

    >>> stored_re("a pattern no module uses", 0) is None
    True
    """
    store = _store if _store is not None else _load()
    row = store.get((pattern, flags))
    if row is None or row[7] != _digest(row[:7]):  # (damaged on disk: compiled instead, never restored)
        return None
    import base64
    from array import array

    _, _, engine_flags, program, groups, groupindex, indexgroup, _ = row
    try:
        _sre = _engine()
        code = array(_typecode())
        code.frombytes(base64.b64decode(program))
        restored = _sre.compile(pattern, engine_flags, code.tolist(), groups, groupindex, tuple(indexgroup))
    except Exception:  # an internal constructor that changed: compile instead
        return None
    if not isinstance(restored, re.Pattern) or restored.pattern != pattern:
        return None
    return restored


def compile_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the store when it holds the pattern's program.

    >>> compile_re(r"[\\u4e00-\\u9fff]+").findall("援疆 aid 资金")
    ['援疆', '资金']
    """
    flags = int(flags)
    _recorder.add(pattern, flags)
    compiled = stored_re(pattern, flags)
    return compiled if compiled is not None else re.compile(pattern, flags)


def recording() -> contextlib.AbstractContextManager[set[tuple[str, int]]]:
    """Collect the (pattern, flags) of every pattern :func:`compile_re` is asked for inside the block.

    >>> with recording() as seen:
    ...     _ = compile_re("援疆", 0)
    >>> ("援疆", 0) in seen
    True
    """
    return _recorder.recording()


def _program(pattern: str, flags: int) -> list[Any]:
    """What ``re`` hands its engine for ``pattern``: caught by standing in for the engine's constructor."""
    _sre = _engine()
    caught: list[tuple[Any, ...]] = []
    constructor = _sre.compile

    def catch(*args: Any) -> Any:
        caught.append(args)
        return constructor(*args)

    re.purge()  # a pattern in re's cache would not reach the engine
    _sre.compile = catch
    try:
        re.compile(pattern, flags)
    finally:
        _sre.compile = constructor
    (_, engine_flags, code, groups, groupindex, indexgroup), = caught
    return [engine_flags, code, groups, dict(groupindex), list(indexgroup)]


def write_store(patterns: set[tuple[str, int]], source: list[str]) -> str:
    """The text of the store for ``patterns``, compiled by this Python's ``re``.

    >>> text = write_store({("援疆", 0)}, ["a doctest"])
    >>> json.loads(text)["patterns"][0][:2]
    ['援疆', 0]
    """
    import base64
    from array import array

    rows = []
    for pattern, flags in sorted(patterns):
        engine_flags, code, groups, groupindex, indexgroup = _program(pattern, flags)
        program = base64.b64encode(array(_typecode(), code).tobytes()).decode("ascii")
        row = [pattern, int(flags), engine_flags, program, groups, groupindex, indexgroup]
        lone_surrogate = any("\ud800" <= c <= "\udfff" for c in pattern)  # not writable as UTF-8
        rows.append(json.dumps([*row, _digest(row)], ensure_ascii=lone_surrogate))
    head = f'"source": {json.dumps(source, ensure_ascii=False)},\n"release": {json.dumps(_release())}'
    return "{\n" + head + ',\n"patterns": [\n' + ",\n".join(rows) + "\n]\n}\n"
