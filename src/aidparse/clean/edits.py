"""The one offset-map mechanism every cleaning step shares.

A step never rewrites text itself: it looks at the current text and returns
:class:`Edit` objects (replace ``text[start:end]`` by ``replacement``). The
:class:`Tracker` applies them, keeps for every character of the current text
the input offset it came from, and turns each edit into a
:class:`~aidparse.models.Removal` or :class:`~aidparse.models.Repair` whose
span points into the *input* of :func:`aidparse.clean`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from aidparse.models import MetadataLine, Removal, Repair, Span

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


@dataclass
class Tracker:
    """Current text plus, for each character, its offset in the original input."""

    original: str
    text: str = ""
    offsets: list[int] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    metadata: list[MetadataLine] = field(default_factory=list)
    changed_steps: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.text = self.original
        self.offsets = list(range(len(self.original) + 1))  # + end sentinel

    def input_span(self, start: int, end: int) -> Span:
        """Input span of ``[start, end)`` of the current text."""
        if end <= start:
            pos = self.offsets[start]
            return Span(start=pos, end=pos)
        return Span(start=self.offsets[start], end=self.offsets[end - 1] + 1)

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
            span = self.input_span(e.start, e.end)
            for m in e.meta:
                self.metadata.append(MetadataLine(
                    field=m.field, value=m.value, span=self.input_span(m.start, m.end)
                ))
            if e.replacement:
                pieces.append(e.replacement)
                last = max(span.end - 1, span.start)
                new_offsets.extend(min(span.start + i, last) for i in range(len(e.replacement)))
                if e.record:
                    self.repairs.append(Repair(
                        span=span,
                        before=self.original[span.start : span.end],
                        after=e.replacement,
                        method=e.reason or step,
                        confidence=e.confidence,
                        alternatives=list(e.alternatives),
                    ))
            elif e.record and e.end > e.start:
                self.removed.append(Removal(
                    span=span,
                    text=self.original[span.start : span.end],
                    reason=e.reason or step,
                    step=step,
                ))
            pos = e.end
        pieces.append(text[pos:])
        new_offsets.extend(offsets[pos:])
        new_text = "".join(pieces)
        if new_text != text:
            self.changed_steps.append(step)
        self.text, self.offsets = new_text, new_offsets
