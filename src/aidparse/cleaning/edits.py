"""The one offset-map mechanism every cleaning step shares.

A step never rewrites text itself: it looks at the current text and returns
:class:`Edit` objects (replace ``text[start:end]`` by ``replacement``). The
:class:`Tracker` applies them, keeps for every character of the current text
the input offset it came from, and turns each edit into a
:class:`~aidparse.models.Removal` or :class:`~aidparse.models.Repair` whose
span points into the *input* of :func:`aidparse.clean`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from pydantic import TypeAdapter

from aidparse.models import MetadataLine, Removal, Repair

__all__ = ["Edit", "Meta", "Tracker", "apply_edits"]


@dataclass(frozen=True)
class Meta:
    """A metadata value found by a step, at ``[start, end)`` of the current text."""

    field: str
    value: str
    start: int
    end: int


@dataclass(frozen=True)
class Edit:
    """Replace ``[start, end)`` of the current text with ``replacement``.

    An empty replacement is a removal (recorded with ``reason``); a non-empty
    one is a repair (recorded with ``reason`` as its method).
    """

    start: int
    end: int
    replacement: str = ""
    reason: str = ""
    confidence: float = 1.0
    alternatives: tuple[str, ...] = ()
    meta: tuple[Meta, ...] = ()
    record: bool = True


def apply_edits(text: str, edits: Iterable[Edit]) -> str:
    """Apply non-overlapping edits to ``text`` (a helper for doctests and tools).

    >>> apply_edits("援疆 , 资金", [Edit(2, 3), Edit(5, 5, "!")])
    '援疆, !资金'
    """
    out, pos = [], 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        out.append(text[pos : e.start])
        out.append(e.replacement)
        pos = e.end
    out.append(text[pos:])
    return "".join(out)


@functools.cache
def _adapters() -> tuple[TypeAdapter[list[Removal]], TypeAdapter[list[Repair]],
                         TypeAdapter[list[MetadataLine]]]:
    return (TypeAdapter(list[Removal]), TypeAdapter(list[Repair]),
            TypeAdapter(list[MetadataLine]))


@dataclass
class Tracker:
    """Current text plus, for each character, its offset in the original input.

    Records are kept as plain dicts while steps run and validated all at once
    by :meth:`records` (one call into pydantic-core instead of thousands).
    """

    original: str
    text: str = ""
    offsets: list[int] = field(default_factory=list)
    removed: list[dict[str, Any]] = field(default_factory=list)
    repairs: list[dict[str, Any]] = field(default_factory=list)
    metadata: list[dict[str, Any]] = field(default_factory=list)
    changed_steps: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.text = self.original
        self.offsets = list(range(len(self.original) + 1))  # + end sentinel

    def _span(self, start: int, end: int) -> tuple[int, int]:
        """Input offsets of ``[start, end)`` of the current text."""
        if end <= start:
            pos = self.offsets[start]
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1

    def records(self) -> tuple[list[Removal], list[Repair], list[MetadataLine]]:
        """The removals, repairs and metadata, validated, removals and repairs sorted."""
        removal, repair, meta = _adapters()
        return (
            removal.validate_python(sorted(self.removed, key=lambda r: r["span"]["start"])),
            repair.validate_python(sorted(self.repairs, key=lambda r: r["span"]["start"])),
            meta.validate_python(self.metadata),
        )

    def apply(self, step: str, edits: list[Edit]) -> None:
        """Apply a step's edits (sorted, non-overlapping) and record them."""
        if not edits:
            return
        edits = sorted(edits, key=lambda e: (e.start, e.end))
        text, offsets = self.text, self.offsets
        pieces: list[str] = []
        new_offsets: list[int] = []
        pos = 0
        for e in edits:
            if e.start < pos:
                raise AssertionError(f"step {step} produced overlapping edits at {e.start}")
            pieces.append(text[pos : e.start])
            new_offsets.extend(offsets[pos : e.start])
            a, b = self._span(e.start, e.end)
            for m in e.meta:
                ma, mb = self._span(m.start, m.end)
                self.metadata.append(
                    {"field": m.field, "value": m.value, "span": {"start": ma, "end": mb}})
            if e.replacement:
                pieces.append(e.replacement)
                last = max(b - 1, a)
                new_offsets.extend(min(a + i, last) for i in range(len(e.replacement)))
                if e.record:
                    self.repairs.append({
                        "span": {"start": a, "end": b},
                        "before": self.original[a:b],
                        "after": e.replacement,
                        "method": e.reason or step,
                        "confidence": e.confidence,
                        "alternatives": list(e.alternatives),
                    })
            elif e.record and e.end > e.start:
                self.removed.append({
                    "span": {"start": a, "end": b},
                    "text": self.original[a:b],
                    "reason": e.reason or step,
                    "step": step,
                })
            pos = e.end
        pieces.append(text[pos:])
        new_offsets.extend(offsets[pos:])
        new_text = "".join(pieces)
        if new_text != text:
            self.changed_steps.append(step)
        self.text, self.offsets = new_text, new_offsets
