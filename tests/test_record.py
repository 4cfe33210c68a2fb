"""``aidparse._record.record`` behaves as ``dataclasses.dataclass`` for the records that use it."""

from __future__ import annotations

import copy
import dataclasses
import functools
import importlib
import pathlib
import pickle
import re
from collections.abc import Callable
from typing import Any

import pytest

from aidparse._record import record

SRC = pathlib.Path(__file__).resolve().parents[1] / "src" / "aidparse"


@record
class Pickled:
    """A record at a module's top level, as the package's are."""

    a: int
    b: str


def _pair(frozen: bool) -> tuple[Any, Any]:
    """The same class made by ``dataclass`` and by ``record``."""

    def body() -> dict[str, Any]:
        return {
            "__annotations__": {"a": "int", "b": "str", "c": "tuple[int, ...]", "d": "str"},
            "b": "x",
            "c": dataclasses.field(default_factory=tuple),
            "d": dataclasses.field(default="", compare=False, repr=False),
            "__module__": __name__,
        }

    plain: Any = dataclasses.dataclass(frozen=frozen)(type("Rec", (), body()))
    made: Any = record(frozen=frozen)(type("Rec", (), body()))
    return plain, made


CALLS: list[tuple[tuple[Any, ...], dict[str, Any]]] = [
    ((1,), {}), ((1, "y"), {}), ((1, "y", (2,), "z"), {}), ((), {"a": 1}), ((1,), {"d": "z", "b": "q"}),
    ((1,), {"c": (3,)}),
]
BAD_CALLS: list[tuple[tuple[Any, ...], dict[str, Any]]] = [
    ((), {}), ((1, "y", (), "z", 5), {}), ((1,), {"a": 2}), ((1,), {"e": 2}), ((), {"b": "y"}),
]


def _outcome(fn: Callable[[], Any]) -> Any:
    try:
        return ("ok", fn())
    except Exception as exc:  # the exception's type is what must agree
        return ("raises", type(exc))


@pytest.mark.parametrize("frozen", [True, False])
def test_record_behaves_as_dataclass(frozen: bool) -> None:
    plain, made = _pair(frozen)
    assert dataclasses.is_dataclass(made) is dataclasses.is_dataclass(plain) is True
    assert [f.name for f in dataclasses.fields(made)] == [f.name for f in dataclasses.fields(plain)]
    assert made.__match_args__ == plain.__match_args__
    for args, kwargs in BAD_CALLS:
        with pytest.raises(TypeError):
            plain(*args, **kwargs)
        with pytest.raises(TypeError):
            made(*args, **kwargs)
    results: dict[bool, list[Any]] = {}
    for args, kwargs in CALLS:
        p, m = plain(*args, **kwargs), made(*args, **kwargs)
        assert vars(p) == vars(m)
        assert repr(p) == repr(m)
        assert dataclasses.asdict(p) == dataclasses.asdict(m)
        assert dataclasses.astuple(p) == dataclasses.astuple(m)
        assert vars(dataclasses.replace(m, a=7)) == vars(dataclasses.replace(p, a=7))
        assert vars(copy.deepcopy(m)) == vars(p)
        for args2, kwargs2 in CALLS:
            assert (p == plain(*args2, **kwargs2)) == (m == made(*args2, **kwargs2))
            assert (p != plain(*args2, **kwargs2)) == (m != made(*args2, **kwargs2))
        assert m != p and m != tuple(vars(m).values()) and m.__eq__(p) is NotImplemented
        for one in (p, m):  # hashable when frozen, read-only when frozen, as the other
            results.setdefault(one is m, []).extend([
                _outcome(functools.partial(hash, one)) == ("ok", hash((one.a, one.b, one.c))),
                _outcome(functools.partial(setattr, one, "a", 5)),
                _outcome(functools.partial(delattr, one, "b"))])
        assert vars(p) == vars(m)
    assert results[True] == results[False]


def test_frozen_record_hash_and_post_init() -> None:
    plain, made = _pair(True)
    # the hash of the compared fields' tuple (``d`` left out), as the generated ``__hash__``
    assert hash(made(1, "y", (), "z")) == hash(plain(1, "y", (), "q")) == hash((1, "y", ()))
    seen: list[int] = []

    @record
    class One:
        a: int

        def __post_init__(self) -> None:
            seen.append(self.a)

    assert One(3) == One(a=3) and hash(One(3)) == hash((3,)) and seen == [3, 3, 3]
    assert pickle.loads(pickle.dumps(Pickled(1, "y"))) == Pickled(1, "y")
    assert repr(One(4)) == "test_frozen_record_hash_and_post_init.<locals>.One(a=4)"


def test_record_refuses_methods_of_its_own() -> None:
    with pytest.raises(TypeError):
        @record
        class Own:
            a: int

            def __eq__(self, other: object) -> bool:
                return True


def test_every_record_is_a_dataclass_of_its_fields() -> None:
    """Each class the package decorates with ``@record`` builds, compares and hashes by its fields."""
    found = 0
    for path in sorted(SRC.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        names = re.findall(r"^@record(?:\(frozen=False\))?\nclass (\w+)", text, re.M)
        if not names:
            continue
        module = importlib.import_module(
            "aidparse." + ".".join(path.relative_to(SRC).with_suffix("").parts))
        for name in names:
            cls = getattr(module, name)
            assert dataclasses.is_dataclass(cls) and "_record_spec" in cls.__dict__, name
            found += 1
    assert found >= 25
