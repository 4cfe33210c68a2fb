"""What keeps a report small: slotted spans, shared fields-sets (sizes are measured by
``benchmarks/bench_memory.py``; these tests keep the mechanisms in place)."""

from __future__ import annotations

import dataclasses

import pytest
from conftest import seed_report

from aidparse.models import ParseWarning, Span, WarningCode


def test_span_has_slots_and_no_dictionary() -> None:
    span = Span(start=1, end=2)
    assert not hasattr(span, "__dict__")
    assert [f.name for f in dataclasses.fields(Span)] == ["start", "end"]
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 0  # type: ignore[misc]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"start": 3, "end": 1}, "before start"),
        ({"start": -1, "end": 1}, "greater than or equal to 0"),
        ({"start": 0, "end": 1, "length": 1}, "Unexpected keyword argument"),
    ],
)
def test_span_still_validates(data: dict[str, int], message: str) -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError, match=message):
        Span(**data)
    with pytest.raises(ValidationError):
        Span.model_validate(data)


def test_span_json_is_a_models() -> None:
    span = Span(start=4, end=9)
    assert Span.model_validate_json(span.model_dump_json()) == span
    schema = Span.model_json_schema()
    assert schema["additionalProperties"] is False and schema["required"] == ["start", "end"]


def test_models_with_the_same_fields_share_one_fields_set() -> None:
    quantities = seed_report("000").quantities
    assert len({id(q.model_fields_set) for q in quantities}) < len(quantities)
    a = ParseWarning(code=WarningCode.NOT_CHINESE, message="a")
    b = ParseWarning(code=WarningCode.NOT_CHINESE, message="b")
    assert a.model_fields_set is b.model_fields_set


def test_model_copy_does_not_touch_the_shared_set() -> None:
    a = ParseWarning(code=WarningCode.NOT_CHINESE, message="a")
    shared = set(a.model_fields_set)
    copied = a.model_copy(update={"spans": [Span(start=0, end=1)]})
    assert a.model_fields_set == shared == {"code", "message"}
    assert copied.model_fields_set == {"code", "message", "spans"}
    assert copied.spans == [Span(start=0, end=1)] and a.spans == []
