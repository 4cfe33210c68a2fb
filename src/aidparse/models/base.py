"""The base of every model, and :class:`Span`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = ["Model", "Span"]

#: One set object per distinct set of field names (see :meth:`Model.model_post_init`).
_FIELD_SETS: dict[frozenset[str], set[str]] = {}


def _share_fields_set(model: BaseModel) -> None:
    """Point ``model`` at the shared set equal to its set of explicitly given fields."""
    fields = model.__pydantic_fields_set__
    key = frozenset(fields)
    shared = _FIELD_SETS.get(key)
    if shared is None:
        shared = _FIELD_SETS.setdefault(key, set(key))
    object.__setattr__(model, "__pydantic_fields_set__", shared)


class Model(BaseModel):
    """Frozen, strict about unknown fields, schema built on first use.

    Models are immutable, so instances with the same explicitly set fields
    share one ``model_fields_set`` object instead of holding a set each (a set
    of eleven names is 728 bytes, more than a :class:`Span`'s values; a report
    holds thousands of models). Read ``model_fields_set``; never mutate it.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    def model_post_init(self, context: Any, /) -> None:
        """Share the fields-set (runs after validation and :meth:`model_construct`)."""
        _share_fields_set(self)

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy, with ``update`` applied (see :meth:`pydantic.BaseModel.model_copy`).

        >>> from aidparse.models import ParseWarning, WarningCode
        >>> w = ParseWarning(code=WarningCode.NOT_CHINESE, message="x")
        >>> w.model_copy(update={"message": "y"}).message
        'y'
        """
        copied = super().model_copy(update=update, deep=deep)
        _share_fields_set(copied)
        return copied


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
