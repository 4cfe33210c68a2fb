"""The base of every model, and :class:`Span`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import Enum
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter
from pydantic.dataclasses import dataclass as pydantic_dataclass
from pydantic.fields import FieldInfo

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = ["Model", "Span", "new_list"]

_M = TypeVar("_M", bound=BaseModel)

def new_list() -> list[Any]:
    """A new empty list: the default of the models' list fields.

    (Not ``default_factory=list``: building a model's schema, pydantic reads the factory's
    signature, and a builtin's it reads by tokenizing its text signature — the tokenizer's first
    use compiles its patterns, milliseconds of a first parse. This function's it reads directly.)

    >>> new_list(), new_list() is new_list()
    ([], False)
    """
    return []


#: One set object per distinct set of field names (see :meth:`Model.model_post_init`).
_FIELD_SETS: dict[frozenset[str], set[str]] = {}


def _shared_set(fields: set[str] | frozenset[str]) -> set[str]:
    """The shared set equal to ``fields``."""
    key = frozenset(fields)
    shared = _FIELD_SETS.get(key)
    if shared is None:
        shared = _FIELD_SETS.setdefault(key, set(key))
    return shared


def _share_fields_set(model: BaseModel) -> None:
    """Point ``model`` at the shared set equal to its set of explicitly given fields."""
    object.__setattr__(model, "__pydantic_fields_set__", _shared_set(model.__pydantic_fields_set__))


_setattr = object.__setattr__
_new_span = object.__new__


#: Per class: its fields (as last seen) and the shared set naming them all.
_ALL_FIELDS: dict[type[BaseModel], tuple[object, set[str]]] = {}


def _assembled(cls: type[_M], values: dict[str, Any], fields: set[str]) -> _M:
    """An instance of ``cls`` holding ``values`` (valid already) with the shared ``fields`` set."""
    model = cls.__new__(cls)
    _setattr(model, "__dict__", values)
    _setattr(model, "__pydantic_fields_set__", fields)
    _setattr(model, "__pydantic_extra__", None)
    _setattr(model, "__pydantic_private__", None)
    return model


#: How :meth:`Model.model_construct` fills a field the call does not give.
_REQUIRED, _DEFAULT, _FACTORY = range(3)
#: A class's construction plan: per field, in field order, its name, how it is filled and its
#: default (or factory); and the names. ``None`` for a class the plan cannot serve.
_Plan = tuple[tuple[tuple[str, int, Any], ...], frozenset[str]] | None
#: Per class: its fields (as last seen) and its plan.
_PLANS: dict[type[BaseModel], tuple[object, _Plan]] = {}
#: How :meth:`Model.model_construct` builds an instance from one tuple of names given: the plan it
#: was made from, the shared fields-set, the values in field order (defaults filled in, the given
#: fields' and the factories' to be replaced; required fields not given left out) and the factories
#: to call, in field order.
_Build = tuple[_Plan, set[str], dict[str, Any], tuple[tuple[str, Any], ...]]
#: Per class and tuple of names given (in the order a call gives them): its :data:`_Build`.
_GIVEN: dict[tuple[type[BaseModel], tuple[str, ...]], _Build] = {}
#: Defaults pydantic hands out as they are (it copies others).
_IMMUTABLE = (type(None), bool, int, float, str, bytes, Enum)


def _plan(cls: type[BaseModel]) -> _Plan:
    """How to construct an instance of ``cls`` as :meth:`pydantic.BaseModel.model_construct` does,
    or ``None`` when the class needs what only that method does (aliases, extra fields kept, a
    post-init of its own, factories reading other fields, defaults it copies)."""
    fields = cls.__pydantic_fields__
    known = _PLANS.get(cls)
    if known is not None and known[0] is fields:
        return known[1]
    servable = not (cls.model_config.get("extra") == "allow" or cls.__pydantic_root_model__
                    or cls.model_post_init is not Model.model_post_init)
    steps: list[tuple[str, int, Any]] = []
    for name, info in fields.items():
        if info.alias is not None or info.validation_alias is not None:
            servable = False
        elif info.default_factory is not None:
            servable = servable and not getattr(info, "default_factory_takes_validated_data", False)
            steps.append((name, _FACTORY, info.default_factory))
        elif info.is_required():
            steps.append((name, _REQUIRED, None))
        elif isinstance(info.default, _IMMUTABLE):
            steps.append((name, _DEFAULT, info.default))
        else:
            servable = False
    plan = (tuple(steps), frozenset(fields)) if servable else None
    _PLANS[cls] = (fields, plan)
    return plan


def _build(plan: _Plan, given: Iterable[str]) -> _Build:
    """How :meth:`Model.model_construct` fills an instance when the ``given`` names are given."""
    assert plan is not None
    names = frozenset(given)
    template: dict[str, Any] = {}
    factories: list[tuple[str, Any]] = []
    for name, how, default in plan[0]:
        if name in names:
            template[name] = None
        elif how == _DEFAULT:
            template[name] = default
        elif how == _FACTORY:
            template[name] = None
            factories.append((name, default))
    return plan, _shared_set(names), template, tuple(factories)


def _all_fields(cls: type[BaseModel]) -> set[str]:
    """The shared fields-set naming every field of ``cls`` (looked up once per class, and
    again only if pydantic replaced the class's fields, as a rebuild does)."""
    fields = cls.__pydantic_fields__
    known = _ALL_FIELDS.get(cls)
    if known is None or known[0] is not fields:
        known = _ALL_FIELDS[cls] = (fields, _shared_set(frozenset(fields)))
    return known[1]


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

    @classmethod
    def model_construct(  # type: ignore[override]  # (pydantic's mypy plugin types it per model)
        cls, _fields_set: set[str] | None = None, **values: Any
    ) -> Self:
        """An instance holding ``values`` as given, unvalidated, defaults filled in (see
        :meth:`pydantic.BaseModel.model_construct`, whose result this is, built faster).

        The pipeline builds its models this way from values its typed code made, so a
        parse builds no validator (no schema: a first parse in a process skips pydantic's
        schema building and its plugin discovery). The values must be what validation would
        keep: of the field's type exactly (a ``float`` field given a ``float``, not an
        ``int``), within its constraints, passing the model's validators.
        ``tests/test_trusted_models.py`` validates every model of the reports it makes again.

        >>> from aidparse.models import ParseWarning, WarningCode
        >>> w = ParseWarning.model_construct(code=WarningCode.NOT_CHINESE, message="x")
        >>> w == ParseWarning(code=WarningCode.NOT_CHINESE, message="x"), w.spans, sorted(w.model_fields_set)
        (True, [], ['code', 'message'])
        """
        plan = _plan(cls)
        if plan is None or _fields_set is not None:
            return super().model_construct(_fields_set, **values)
        key = (cls, tuple(values))
        build = _GIVEN.get(key)
        if build is None or build[0] is not plan:
            if not values.keys() <= plan[1]:  # names that are not fields: pydantic drops them
                return super().model_construct(**values)
            build = _GIVEN[key] = _build(plan, values.keys())
        _, given, template, factories = build
        out = template.copy()  # the fields in field order, as a loop over the plan's steps puts them
        out.update(values)
        for name, factory in factories:
            out[name] = factory()
        return _assembled(cls, out, given)

    @classmethod
    def _trusted(cls, values: dict[str, Any]) -> Self:
        """An instance holding ``values`` — every field, in field order, already valid.

        What :meth:`model_construct` builds from the same values, without its
        per-field work (aliases, defaults): for records read back from compact
        storage (an :class:`~aidparse.models.EditLog`'s edits).
        """
        return _assembled(cls, values, _all_fields(cls))

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy, with ``update`` applied (see :meth:`pydantic.BaseModel.model_copy`).

        >>> from aidparse.models import ParseWarning, WarningCode
        >>> w = ParseWarning(code=WarningCode.NOT_CHINESE, message="x")
        >>> w.model_copy(update={"message": "y"}).message
        'y'
        """
        if deep or self.__pydantic_extra__ is not None or self.__pydantic_private__ is not None:
            copied = super().model_copy(update=update, deep=deep)
            _share_fields_set(copied)
            return copied
        # what pydantic's shallow copy does, for a frozen model without extras or private
        # attributes, in one step: the dict copied and updated, the fields-set shared
        values = self.__dict__.copy()
        fields = self.__pydantic_fields_set__
        if update:
            values.update(update)
            fields = fields | update.keys()
        return _assembled(type(self), values, _shared_set(fields))


class _ClassFields:
    """``cls.model_fields`` of a pydantic dataclass: its fields by name."""

    def __get__(self, obj: object, owner: type[Any]) -> dict[str, FieldInfo]:
        return dict(owner.__pydantic_fields__)


class _DataModel:
    """The model API (``model_validate``, ``model_dump_json`` ...) for a pydantic dataclass.

    Each class validates, serialises and describes itself through its own
    ``TypeAdapter``, built on first use, so the methods a user calls on a model
    work the same on these small records.
    """

    __slots__ = ()

    #: The fields by name, as on a model (``Span.model_fields["start"].metadata``).
    model_fields: ClassVar[dict[str, FieldInfo]] = _ClassFields()  # type: ignore[assignment]

    @classmethod
    def model_validate(cls, obj: Any, *, strict: bool | None = None) -> Self:
        """An instance from a mapping or an instance, validated.

        >>> Span.model_validate({"start": 1, "end": 4})
        Span(start=1, end=4)
        """
        return cast("Self", _adapter(cls).validate_python(obj, strict=strict))

    @classmethod
    def model_validate_json(cls, data: str | bytes, *, strict: bool | None = None) -> Self:
        """An instance from its JSON object form, validated.

        >>> Span.model_validate_json('{"start": 1, "end": 4}')
        Span(start=1, end=4)
        """
        return cast("Self", _adapter(cls).validate_json(data, strict=strict))

    @classmethod
    def model_json_schema(cls, **kwargs: Any) -> dict[str, Any]:
        """The JSON schema of the class (keywords as :meth:`pydantic.TypeAdapter.json_schema`).

        >>> Span.model_json_schema()["required"]
        ['start', 'end']
        """
        return _adapter(cls).json_schema(**kwargs)

    def model_dump(self, **kwargs: Any) -> dict[str, Any]:
        """A dict of the fields (keywords as :meth:`pydantic.BaseModel.model_dump`).

        >>> Span(start=1, end=4).model_dump()
        {'start': 1, 'end': 4}
        """
        return cast("dict[str, Any]", _adapter(type(self)).dump_python(self, **kwargs))

    def model_dump_json(self, **kwargs: Any) -> str:
        """The JSON object form (keywords as :meth:`pydantic.BaseModel.model_dump_json`).

        >>> Span(start=1, end=4).model_dump_json()
        '{"start":1,"end":4}'
        """
        return _adapter(type(self)).dump_json(self, **kwargs).decode()

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """A copy with ``update`` applied, validated (``deep`` is accepted: fields are immutable).

        >>> Span(start=1, end=2).model_copy(update={"end": 3})
        Span(start=1, end=3)
        """
        fields = {name: getattr(self, name) for name in type(self).__pydantic_fields__}  # type: ignore[attr-defined]
        return type(self)(**{**fields, **(update or {})})


_ADAPTERS: dict[type[Any], TypeAdapter[Any]] = {}


def _adapter(cls: type[Any]) -> TypeAdapter[Any]:
    """The class's ``TypeAdapter``, built on first use."""
    adapter = _ADAPTERS.get(cls)
    if adapter is None:
        adapter = _ADAPTERS.setdefault(cls, TypeAdapter(cls))
    return adapter


# Reports hold thousands of spans, so a span is a frozen pydantic dataclass with
# slots (a 48-byte object) rather than a model (an object and a dictionary, about
# 260 bytes). It validates, serialises and describes itself like the models
# (:class:`_DataModel`); its JSON and JSON schema are those it had as a model.
# The class docstring is the schema's description.
@pydantic_dataclass(frozen=True, slots=True, config=ConfigDict(extra="forbid", defer_build=True))
class Span(_DataModel):
    """A half-open range ``[start, end)`` of character (or byte) offsets.

    >>> Span(start=2, end=5).length
    3
    """

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    def __post_init__(self) -> None:
        # runs once, when a span is built or validated (not each time a model holding
        # it validates it again, as a model validator would); pydantic reports the
        # ValueError as a ValidationError
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before start {self.start}")

    @classmethod
    def _trusted(cls, start: int, end: int) -> Span:
        """A span of ``start`` and ``end`` known valid (``0 <= start <= end``), built without
        validating again: for spans of offsets the caller just found in a text.

        >>> Span._trusted(2, 5) == Span(start=2, end=5)
        True
        """
        span = _new_span(cls)
        _setattr(span, "start", start)
        _setattr(span, "end", end)
        return span

    @property
    def length(self) -> int:
        """Number of offsets covered."""
        return self.end - self.start
