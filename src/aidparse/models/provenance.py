"""Provenance: what cleaning removed, repaired and moved to metadata, and where.

The :class:`~aidparse.models.editlog.EditLog` is the record; :class:`Removal`
and :class:`Repair` are read-only views of it that carry the text they concern.
"""

from __future__ import annotations

from pydantic import Field

from aidparse.models.base import Model, Span, new_list
from aidparse.models.editlog import EditLog
from aidparse.models.vocab import EditReason, MetaField

__all__ = ["CleanedText", "MetadataLine", "Removal", "Repair", "removals", "repairs"]


class Removal(Model):
    """Text that was taken out, with where it stood in the input."""

    span: Span = Field(description="Where the removed text stood in the input.")
    text: str
    reason: EditReason


class Repair(Model):
    """Text that was changed in place (repairs and normalisations, not script conversion)."""

    span: Span = Field(description="Where the damaged text stood in the input.")
    before: str
    after: str
    method: EditReason
    confidence: float | None = Field(default=None, ge=0.0, le=1.0)
    alternatives: list[str] = Field(default_factory=new_list)


class MetadataLine(Model):
    """A header or footer fact that cleaning moved out of the body."""

    field: MetaField
    value: str
    span: Span = Field(description="Where the value stood in the cleaner's input.")


def removals(log: EditLog, source: str) -> list[Removal]:
    """The removals of ``log``, each with the text it took out of ``source``."""
    return [
        Removal.model_construct(span=e.span, text=source[e.start : e.end], reason=e.reason)
        for e in log if e.kind == "removal"
    ]


def repairs(log: EditLog, source: str) -> list[Repair]:
    """The repairs of ``log``, each with the text of ``source`` it replaced."""
    return [
        Repair.model_construct(span=e.span, before=source[e.start : e.end], after=e.replacement,
                               method=e.reason, confidence=e.confidence,
                               alternatives=e.alternatives)
        for e in log if e.kind == "repair"
    ]


class CleanedText(Model):
    """Result of :func:`aidparse.clean`: the article text and its audit trail.

    ``edits.apply(original) == text`` always holds.
    """

    text: str
    original: str = Field(description="The text given to the cleaner.")
    edits: EditLog = Field(
        default_factory=EditLog, description="Every removal and repair, in input order."
    )
    metadata: list[MetadataLine] = Field(default_factory=new_list)
    steps: list[str] = Field(default_factory=new_list, description="Steps that changed something.")
    unrepaired: list[Span] = Field(
        default_factory=new_list,
        description="Damaged sites the repairs saw and left as they are, as spans of :attr:`text`.")

    def to_input(self, span: Span) -> Span:
        """Map a span of :attr:`text` back to the cleaner's input.

        A span inside a repaired region maps to the whole damaged region; a
        span next to removed text maps to the text that survived (see
        :meth:`aidparse.models.editlog.EditLog.to_input`).
        """
        return self.edits.to_input(span, len(self.text))

    @property
    def removed(self) -> list[Removal]:
        """What was removed from the input, with the text (built from :attr:`edits`)."""
        return removals(self.edits, self.original)

    @property
    def repairs(self) -> list[Repair]:
        """What was repaired in the input, with the text before (built from :attr:`edits`)."""
        return repairs(self.edits, self.original)
