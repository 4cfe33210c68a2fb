"""The base of every model, and :class:`Span`."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter
from pydantic.dataclasses import dataclass as pydantic_dataclass
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


# Reports hold thousands of spans, so a span is a frozen pydantic dataclass with
# slots (48 bytes) rather than a model (about 470 bytes with its dictionary and
# fields-set). It validates, serialises and describes itself like the models do
# (the model_* methods below); its JSON and JSON schema are a model's. The class
# docstring is the schema's description: keep it short.
@pydantic_dataclass(frozen=True, slots=True, config=ConfigDict(extra="forbid", defer_build=True))
class Span:
    """A half-open range ``[start, end)`` of character (or byte) offsets.

    >>> Span(start=2, end=5).length
    3
    """

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before start {self.start}")

    @property
    def length(self) -> int:
        """Number of offsets covered."""
        return self.end - self.start

    # The model API, for a dataclass (see the class docstring).

    @classmethod
    def model_validate(cls, obj: Any) -> Span:
        """A span from a mapping, a span or a dataclass-like object, validated.

        >>> Span.model_validate({"start": 1, "end": 4})
        Span(start=1, end=4)
        """
        return _span_adapter().validate_python(obj)

    @classmethod
    def model_validate_json(cls, data: str | bytes) -> Span:
        """A span from its JSON object form."""
        return _span_adapter().validate_json(data)

    @classmethod
    def model_json_schema(cls) -> dict[str, Any]:
        """The JSON schema of a span."""
        return _span_adapter().json_schema()

    def model_dump(self) -> dict[str, int]:
        """``{"start": ..., "end": ...}``.

        >>> Span(start=1, end=4).model_dump()
        {'start': 1, 'end': 4}
        """
        return {"start": self.start, "end": self.end}

    def model_dump_json(self) -> str:
        """The JSON object form.

        >>> Span(start=1, end=4).model_dump_json()
        '{"start":1,"end":4}'
        """
        return f'{{"start":{self.start},"end":{self.end}}}'

    def model_copy(self, *, update: Mapping[str, Any] | None = None) -> Span:
        """A copy with ``update`` applied, validated.

        >>> Span(start=1, end=2).model_copy(update={"end": 3})
        Span(start=1, end=3)
        """
        return Span(**{**self.model_dump(), **(update or {})})


@functools.cache
def _span_adapter() -> TypeAdapter[Span]:
    return TypeAdapter(Span)
