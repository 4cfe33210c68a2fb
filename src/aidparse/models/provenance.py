"""Provenance: what cleaning removed, repaired and moved to metadata, and where."""

from __future__ import annotations

from pydantic import Field, PrivateAttr

from aidparse.models.base import Model, Span
from aidparse.models.vocab import MetaField

__all__ = ["CleanedText", "MetadataLine", "Removal", "Repair", "map_span"]


class Removal(Model):
    """Text that cleaning took out, with where it stood in the input."""

    span: Span = Field(description="Where the removed text stood in the cleaner's input.")
    text: str
    reason: str = Field(description="Why it was removed, e.g. 'navigation', 'pinyin'.")
    step: str = Field(description="The cleaning step that removed it.")


class Repair(Model):
    """Text that cleaning changed in place."""

    span: Span = Field(description="Where the damaged text stood in the cleaner's input.")
    before: str
    after: str
    method: str
    confidence: float = Field(ge=0.0, le=1.0)
    alternatives: list[str] = Field(default_factory=list)


class MetadataLine(Model):
    """A header or footer fact that cleaning moved out of the body."""

    field: MetaField
    value: str
    span: Span = Field(description="Where the value stood in the cleaner's input.")


def map_span(offsets: list[int], span: Span, length: int) -> Span:
    """Map a span through an offset map (one input offset per character, plus the end).

    Characters that were inserted or replaced map to the text they replaced, so
    the mapped span always covers what the span shows.
    """
    if not offsets:  # nothing was changed
        return span
    if not 0 <= span.start <= span.end <= length:
        raise ValueError(f"span {span} lies outside the text ({length} characters)")
    if span.start == span.end:
        pos = offsets[span.start]
        return Span(start=pos, end=pos)
    return Span(start=offsets[span.start], end=offsets[span.end - 1] + 1)


class CleanedText(Model):
    """Result of :func:`aidparse.clean`: the article text and its audit trail."""

    text: str
    removed: list[Removal] = Field(default_factory=list)
    repairs: list[Repair] = Field(default_factory=list)
    metadata: list[MetadataLine] = Field(default_factory=list)
    steps: list[str] = Field(default_factory=list, description="Steps that changed something.")
    _offsets: list[int] = PrivateAttr(default_factory=list)

    def to_input(self, span: Span) -> Span:
        """Map a span of :attr:`text` back to the cleaner's input.

        Characters that cleaning inserted or replaced map to the text they
        replaced, so the input span always covers what the cleaned span shows.
        """
        return map_span(self._offsets, span, len(self.text))
