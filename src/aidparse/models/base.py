"""The base of every model, and :class:`Span`."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = ["Model", "Span"]


class Model(BaseModel):
    """Frozen, strict about unknown fields, schema built on first use."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


class Span(Model):
    """A half-open range ``[start, end)`` of character (or byte) offsets.

    >>> Span(start=2, end=5).length
    3
    """

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before start {self.start}")
        return self

    @property
    def length(self) -> int:
        """Number of offsets covered."""
        return self.end - self.start
