"""``record``: a dataclass whose methods are written once here, not generated per class.

``dataclasses.dataclass`` compiles each class's ``__init__``, ``__repr__``, ``__eq__``,
``__hash__`` and (frozen) ``__setattr__``/``__delattr__`` from source with one ``exec``
each: about 0.7 ms a class in Python 3.11, some 20 ms of the first parse's imports for
the pipeline's small records (issue 13). ``record`` lets ``dataclass`` do only its cheap
part (the fields, ``__match_args__``: ``init=False, repr=False, eq=False``) and gives
the class the generic methods below, which read the field table built once per class;
its ``__init__`` is compiled from that table when the first instance is built (so only
by the classes a process uses), as fast as the generated one.

The class stays a dataclass: ``dataclasses.fields``, ``replace``, ``asdict`` and
``is_dataclass`` work on it. Its methods behave as the generated ones do: positional or
keyword arguments in field order with defaults and ``default_factory``, a
``__post_init__`` called when defined; ``Name(a=1, b='x')`` as repr (fields with
``repr=False`` left out); equality between instances of the same class only, over the
fields with ``compare=True``; frozen records hashable over those fields and raising
``dataclasses.FrozenInstanceError`` on assignment, mutable ones unhashable. Not for
``slots=True`` classes (the date stage's three keep ``dataclass``).

>>> @record
... class Point:
...     x: int
...     y: int = 0
>>> Point(1), Point(1) == Point(x=1, y=0), hash(Point(1)) == hash(Point(1, 0))
(Point(x=1, y=0), True, True)
>>> dataclasses.replace(Point(1), y=2)
Point(x=1, y=2)
"""

from __future__ import annotations

import dataclasses
import operator
import reprlib
from collections.abc import Callable
from typing import Any, TypeVar, dataclass_transform, overload

_T = TypeVar("_T")

_MISSING = dataclasses.MISSING
_SPEC = "_record_spec"
#: A ``default_factory`` field's default in a compiled ``__init__``: call the factory.
_NO_VALUE = object()


def _getter(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """The tuple of ``names``' values, as the generated ``__eq__`` and ``__hash__`` compare."""
    if len(names) == 1:
        one = operator.attrgetter(names[0])
        return lambda obj: (one(obj),)
    if names:
        return operator.attrgetter(*names)
    return lambda obj: ()


class _Spec:
    """A record class's field table, built once when the class is decorated (a plain class:
    a dataclass here would cost what ``record`` saves)."""

    __slots__ = ("compared", "defaults", "factories", "frozen", "names", "post_init", "shown")

    def __init__(self, fields: tuple[dataclasses.Field[Any], ...], post_init: bool, frozen: bool) -> None:
        self.names = tuple(f.name for f in fields)
        self.defaults: dict[str, Any] = {f.name: f.default for f in fields if f.default is not _MISSING}
        self.factories: dict[str, Callable[[], Any]] = {
            f.name: f.default_factory for f in fields if f.default_factory is not _MISSING}
        self.shown = tuple(f.name for f in fields if f.repr)
        self.compared = _getter(tuple(f.name for f in fields if f.compare))
        self.post_init = post_init
        self.frozen = frozen


def _spec(obj: object) -> _Spec:
    spec: _Spec = type(obj).__dict__[_SPEC]
    return spec


def _init(self: Any, *args: Any, **kwargs: Any) -> None:
    """A record's first ``__init__``: compiles the class's own and calls it.

    The compiled one is the function ``dataclass`` would have generated at import (one
    ``exec``), now paid only by the classes a process builds; a generic ``__init__``
    binding arguments in Python would cost every instance a few microseconds more.
    """
    cls = type(self)
    init = _compiled_init(cls, _spec(self))
    cls.__init__ = init  # the class's, not the (frozen) instance's
    init(self, *args, **kwargs)


def _compiled_init(cls: type[Any], spec: _Spec) -> Callable[..., None]:
    """``cls.__init__`` from its field table: parameters in field order, defaults, factories."""
    space: dict[str, Any] = {"__set": object.__setattr__, "__no_value": _NO_VALUE}
    params, body = [], []
    for name in spec.names:
        if name in spec.defaults:
            space[f"__default_{name}"] = spec.defaults[name]
            params.append(f"{name}=__default_{name}")
        elif name in spec.factories:
            space[f"__factory_{name}"] = spec.factories[name]
            params.append(f"{name}=__no_value")
            body.append(f"    if {name} is __no_value:\n        {name} = __factory_{name}()")
        else:
            params.append(name)
        body.append(f"    __set(self, {name!r}, {name})" if spec.frozen else f"    self.{name} = {name}")
    if spec.post_init:
        body.append("    self.__post_init__()")
    source = "def __init__(self, {}) -> None:\n{}\n".format(", ".join(params), "\n".join(body) or "    pass")
    exec(source, space)  # field names only: the class statement made them identifiers
    init: Callable[..., None] = space["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    return init


@reprlib.recursive_repr()
def _repr(self: Any) -> str:
    spec = _spec(self)
    parts = ", ".join(f"{name}={getattr(self, name)!r}" for name in spec.shown)
    return f"{type(self).__qualname__}({parts})"


def _eq(self: Any, other: object) -> Any:
    if other.__class__ is not self.__class__:
        return NotImplemented
    compared = _spec(self).compared
    return compared(self) == compared(other)


def _hash(self: Any) -> int:
    return hash(_spec(self).compared(self))


def _frozen_setattr(self: Any, name: str, value: object) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")


def _frozen_delattr(self: Any, name: str) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")


def _make(cls: type[_T], frozen: bool) -> type[_T]:
    for own in ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__"):
        if own in cls.__dict__:
            raise TypeError(f"record {cls.__qualname__} defines {own}: use dataclasses.dataclass")
    cls = dataclasses.dataclass(init=False, repr=False, eq=False)(cls)
    spec = _Spec(dataclasses.fields(cls), hasattr(cls, "__post_init__"), frozen)  # type: ignore[arg-type]
    methods: dict[str, object] = {_SPEC: spec, "__init__": _init, "__repr__": _repr, "__eq__": _eq}
    if frozen:
        methods |= {"__hash__": _hash, "__setattr__": _frozen_setattr, "__delattr__": _frozen_delattr}
    else:
        methods["__hash__"] = None  # mutable and compared by value, as a dataclass: unhashable
    for name, method in methods.items():
        setattr(cls, name, method)
    return cls


@overload
def record(cls: type[_T], /) -> type[_T]: ...
@overload
def record(*, frozen: bool = True) -> Callable[[type[_T]], type[_T]]: ...


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field, dataclasses.Field))
def record(cls: type[_T] | None = None, /, *, frozen: bool = True) -> Any:
    """Make ``cls`` a dataclass with the shared methods: frozen unless ``frozen=False``."""
    if cls is None:
        return lambda c: _make(c, frozen)
    return _make(cls, frozen)
