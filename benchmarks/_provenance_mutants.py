"""A pytest plugin that breaks the span mapping on purpose (see mutate_provenance.py).

The mutant is chosen by the ``AIDPARSE_MUTANT`` environment variable; with none
set the plugin changes nothing.
"""

from __future__ import annotations

import os
from typing import Any

from aidparse.models.editlog import EditLog

MUTANTS = ("region-start", "region-start-empty", "drop-one-edit", "end-after-removal",
           "start-before-removal", "no-alignment")


def _region_start(self: EditLog, q: int) -> int:  # a repaired character maps to the region start
    i = __import__("bisect").bisect_right(self._o, q - 1) - 1
    if i >= 0 and q - 1 < self._o[i] + self._n[i] and not self._aligned(i):
        return self._a[i] + 1
    return ORIGINAL["_end"](self, q)


def _drop_one(cls: type[EditLog], entries: Any) -> EditLog:
    entries = list(entries)
    if len(entries) > 2:
        del entries[len(entries) // 2]
    return ORIGINAL["from_entries"].__func__(cls, entries)


def _end_after_removal(self: EditLog, q: int) -> int:
    import bisect

    j = bisect.bisect_left(self._o, q)  # takes a removal at q into the span
    if j < len(self._o) and self._o[j] == q and self._n[j] == 0:
        return self._b[j]
    return ORIGINAL["_end"](self, q)


def _start_before_removal(self: EditLog, p: int) -> int:
    import bisect

    j = bisect.bisect_left(self._o, p)  # starts before a removal at p
    if j < len(self._o) and self._o[j] == p and self._n[j] == 0:
        return self._a[j]
    return ORIGINAL["_start"](self, p)


ORIGINAL: dict[str, Any] = {}


def pytest_configure(config: Any) -> None:
    mutant = os.environ.get("AIDPARSE_MUTANT")
    if not mutant:
        return
    ORIGINAL.update(_end=EditLog._end, _start=EditLog._start,
                    from_entries=EditLog.__dict__["from_entries"], _aligned=EditLog._aligned)
    if mutant == "region-start":
        EditLog._end = _region_start  # type: ignore[method-assign]
    elif mutant == "region-start-empty":
        EditLog.to_input = (  # type: ignore[method-assign]
            lambda self, span, n=None: ORIGINAL_TO_INPUT(self, span, n)
            if span.start != span.end else __import__("aidparse").Span(
                start=self._start(span.start), end=self._start(span.start)))
    elif mutant == "drop-one-edit":
        EditLog.from_entries = classmethod(_drop_one)  # type: ignore[method-assign, assignment]
    elif mutant == "end-after-removal":
        EditLog._end = _end_after_removal  # type: ignore[method-assign]
    elif mutant == "start-before-removal":
        EditLog._start = _start_before_removal  # type: ignore[method-assign]
    elif mutant == "no-alignment":
        EditLog._aligned = lambda self, i: False  # type: ignore[method-assign]
    else:
        raise SystemExit(f"unknown mutant {mutant!r}; one of {', '.join(MUTANTS)}")


ORIGINAL_TO_INPUT = EditLog.to_input
