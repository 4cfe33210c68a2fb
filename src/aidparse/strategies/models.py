"""Valid instances of every public model, for code that consumes reports.

:func:`instances` draws any model of :mod:`aidparse.models` from its fields
and their constraints; spans are ordered, edit logs replay, a report's spans
point into its own text. Every instance validates and survives a JSON round
trip (``Model.model_validate_json(m.model_dump_json()) == m``).

>>> from hypothesis import given
>>> from aidparse.models import Quantity
>>> @given(instances(Quantity))
... def test(q):
...     assert Quantity.model_validate_json(q.model_dump_json()) == q
>>> test()
"""

from __future__ import annotations

import datetime as dt
import functools
import types
import typing
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

import annotated_types
from hypothesis import strategies as st
from pydantic import BaseModel

from aidparse.models import (
    AidReport,
    Approx,
    CleanedText,
    DateMention,
    Edit,
    EditLog,
    EditReason,
    Quantity,
    QuantityKind,
    Span,
    YearSource,
)

__all__ = ["aid_reports", "edit_logs", "instances", "spans"]

M = TypeVar("M", bound=BaseModel)

#: Text drawn for string fields: Chinese, ASCII and punctuation, no surrogates.
_TEXT = st.text(st.sampled_from("援疆资金项目干部人才东营疏勒县万亿元名所abc123 ，。、"), max_size=12)
_DECIMALS = st.decimals(min_value=Decimal(0), max_value=Decimal(10**12), places=2,
                        allow_nan=False, allow_infinity=False)


def spans(max_end: int = 10_000) -> st.SearchStrategy[Span]:
    """Ordered spans ``[start, end)`` below ``max_end``."""
    return st.integers(0, max_end).flatmap(
        lambda a: st.integers(a, max_end).map(lambda b: Span(start=a, end=b)))


@st.composite
def _edits(draw: st.DrawFn, length: int) -> list[Edit]:
    """Ordered, non-overlapping edits of a text of ``length`` characters."""
    cuts = sorted(draw(st.sets(st.integers(0, length), max_size=8)))
    out = []
    for a, b in zip(cuts[::2], cuts[1::2], strict=False):
        reason = draw(st.sampled_from(list(EditReason)))
        if reason is EditReason.SCRIPT_CONVERSION or reason is EditReason.WIDTH:
            replacement = draw(st.text(st.sampled_from("东营资金万"), min_size=b - a, max_size=b - a))
        else:
            replacement = draw(st.one_of(st.just(""), _TEXT))
        if a == b and not replacement:
            continue
        repair = bool(replacement) and reason is EditReason.MISALIGNED_GBK
        out.append(Edit(start=a, end=b, replacement=replacement, reason=reason,
                        confidence=draw(st.floats(0, 1)) if repair else None,
                        alternatives=draw(st.lists(_TEXT, max_size=2)) if repair else []))
    return out


def edit_logs(text: str) -> st.SearchStrategy[EditLog]:
    """Edit logs of ``text``: ordered, non-overlapping, replayable with ``log.apply(text)``."""
    return _edits(len(text)).map(EditLog.from_edits)


#: Units a quantity of a kind may have where the model restricts them.
_UNITS: dict[QuantityKind, st.SearchStrategy[str]] = {
    QuantityKind.MONEY: st.sampled_from(["CNY", "USD", "HKD", "EUR"]),
    QuantityKind.PERCENT: st.sampled_from(["%", "pp"]),
}


@st.composite
def _quantity(draw: st.DrawFn, text: str | None = None) -> Quantity:
    """Bounds agree with the approximation (``low ≤ value ≤ high``); units fit the kind."""
    text = text if text is not None else draw(_TEXT)
    span = draw(spans(len(text)))
    value = draw(_DECIMALS)
    above = _DECIMALS.map(lambda d: value + d)
    approx = draw(st.sampled_from(Approx))
    low = high = None
    if approx in (Approx.OVER, Approx.RANGE):
        low = value
        high = draw(above) if approx is Approx.RANGE else draw(st.none() | above)
    elif approx is Approx.UNDER:
        high = value
    elif approx is Approx.ABOUT:
        low, high = draw(st.none() | st.just(value)), draw(st.none() | above)
    kind = draw(st.sampled_from(QuantityKind))
    unit = draw(_UNITS.get(kind, _TEXT))
    fields = _fields(Quantity, draw,
                     skip={"value", "low", "high", "text", "span", "kind", "unit", "approx"})
    return Quantity(**fields, kind=kind, unit=unit, approx=approx, value=value, low=low, high=high,
                    text=text[span.start : span.end], span=span)


@st.composite
def _date_mention(draw: st.DrawFn) -> DateMention:
    """A mention has a start and an end, in order, exactly when its year is known."""
    source = draw(st.sampled_from(YearSource))
    start = end = None
    if source is not YearSource.NONE:
        start = draw(st.dates(dt.date(1950, 1, 1), dt.date(2030, 12, 31)))
        end = start + dt.timedelta(days=draw(st.integers(0, 3 * 366)))
    fields = _fields(DateMention, draw, skip={"start", "end", "year_source"})
    return DateMention(**fields, start=start, end=end, year_source=source)


@st.composite
def aid_reports(draw: st.DrawFn) -> AidReport:
    """Reports whose edit log takes ``original_text`` to ``text`` and whose spans point into ``text``."""
    original = draw(st.text(st.sampled_from("援疆资金项目东營疏勒縣420余萬元，。\n"), max_size=40))
    log = draw(edit_logs(original))
    text = log.apply(original)
    fields = _fields(AidReport, draw, skip={"text", "original_text", "edits", "quantities", "dates"})
    quantities = draw(st.lists(_quantity(text), max_size=3))
    return AidReport(**fields, text=text, original_text=original, edits=log, quantities=quantities)


@st.composite
def _cleaned(draw: st.DrawFn) -> CleanedText:
    original = draw(st.text(st.sampled_from("援疆资金项目東營(yíng)\n "), max_size=30))
    log = draw(edit_logs(original))
    fields = _fields(CleanedText, draw, skip={"text", "original", "edits"})
    return CleanedText(**fields, text=log.apply(original), original=original, edits=log)


_SPECIAL: dict[type[Any], Any] = {
    Span: lambda: spans(),
    Edit: lambda: _edits(30).filter(bool).map(lambda es: es[0]),
    Quantity: lambda: _quantity(),
    DateMention: lambda: _date_mention(),
    AidReport: lambda: aid_reports(),
    CleanedText: lambda: _cleaned(),
    EditLog: lambda: edit_logs("东营援疆资金420余万元"),
}


def instances(model: type[M]) -> st.SearchStrategy[M]:
    """Valid instances of a public model of :mod:`aidparse.models` (or of a model built like them).

    Fields are drawn from their types and constraints (``ge``, ``le``);
    enums from their members; nested models recursively.
    """
    return typing.cast(st.SearchStrategy[M], _for_model(model))


@functools.cache
def _for_model(model: type[Any]) -> st.SearchStrategy[Any]:
    special = _SPECIAL.get(model)
    if special is not None:
        return typing.cast(st.SearchStrategy[Any], special())
    if issubclass(model, Span):  # a span with more fields (UndecodableSpan): start <= end first
        return st.composite(lambda draw: model(
            **draw(spans()).model_dump(), **_fields(model, draw, skip={"start", "end"})))()
    return st.composite(lambda draw: model(**_fields(model, draw)))()


def _fields(model: type[BaseModel] | type[Span], draw: st.DrawFn,
            skip: set[str] | frozenset[str] = frozenset()) -> dict[str, Any]:
    out = {}
    for name, info in model.model_fields.items():
        if name in skip:
            continue
        low = high = None
        for meta in info.metadata:
            if isinstance(meta, annotated_types.Ge):
                low = meta.ge
            elif isinstance(meta, annotated_types.Le):
                high = meta.le
        out[name] = draw(_for_type(info.annotation, low, high))
    return out


def _for_type(tp: Any, low: Any = None, high: Any = None) -> st.SearchStrategy[Any]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return st.one_of(*(_for_type(a, low, high) for a in typing.get_args(tp)))
    if origin is list:
        return st.lists(_for_type(typing.get_args(tp)[0]), max_size=2)
    if origin is dict:
        key, value = typing.get_args(tp)
        return st.dictionaries(_for_type(key), _for_type(value), max_size=2)
    if tp is type(None):
        return st.none()
    if isinstance(tp, type):
        if issubclass(tp, Enum):
            return st.sampled_from(list(tp))
        if issubclass(tp, (BaseModel, Span)) or tp is EditLog:  # Span: a pydantic dataclass
            return _for_model(typing.cast(Any, tp))
        if tp is bool:
            return st.booleans()
        if tp is int:
            return st.integers(0 if low is None else int(low), 10_000 if high is None else int(high))
        if tp is float:
            return st.floats(-1e6 if low is None else float(low), 1e6 if high is None else float(high),
                             allow_nan=False)
        if tp is Decimal:
            return _DECIMALS
        if tp is str:
            return _TEXT
        if tp is dt.date:
            return st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31))
    raise TypeError(f"no strategy for {tp!r}")
