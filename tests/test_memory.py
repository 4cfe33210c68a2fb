"""What keeps a report small: models share their fields-set (sizes are measured by
``benchmarks/bench_memory.py``; these tests keep the mechanism in place and safe)."""

from __future__ import annotations

import dataclasses
import pickle
from collections.abc import Callable

import pytest
from conftest import seed_report
from pydantic import ValidationError

from aidparse.models import ByteDamage, Edit, ParseWarning, Span, UndecodableSpan, WarningCode


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


# A span is a frozen, slotted pydantic dataclass (48 bytes) with the model API users call;
# each row: an operation on a Span or an UndecodableSpan, and what a model gave.
_SPAN_API = [
    pytest.param(lambda: Span(start=2, end=5).length, 3, id="length"),
    pytest.param(lambda: Span(start=2, end=5).model_dump(), {"start": 2, "end": 5}, id="model_dump"),
    pytest.param(lambda: Span(start=2, end=5).model_dump_json(), '{"start":2,"end":5}', id="model_dump_json"),
    pytest.param(lambda: Span.model_validate({"start": 2, "end": 5}), Span(start=2, end=5), id="model_validate"),
    pytest.param(lambda: Span.model_validate_json('{"start":2,"end":5}'), Span(start=2, end=5),
                 id="model_validate_json"),
    pytest.param(lambda: Span(start=2, end=5).model_copy(update={"end": 9}), Span(start=2, end=9),
                 id="model_copy"),
    pytest.param(lambda: list(Span.model_fields), ["start", "end"], id="model_fields"),
    pytest.param(lambda: Span.model_json_schema()["properties"]["start"], {"minimum": 0, "title": "Start",
                 "type": "integer"}, id="model_json_schema"),
    pytest.param(lambda: pickle.loads(pickle.dumps(Span(start=2, end=5))), Span(start=2, end=5), id="pickle"),
    pytest.param(lambda: len({Span(start=2, end=5), Span(start=2, end=5), Span(start=2, end=6)}), 2, id="hash"),
    pytest.param(lambda: repr(Span(start=2, end=5)), "Span(start=2, end=5)", id="repr"),
    pytest.param(lambda: Span(start=2, end=5) == UndecodableSpan(start=2, end=5), False, id="subclass-unequal"),
    pytest.param(lambda: isinstance(UndecodableSpan(start=2, end=5), Span), True, id="subclass-is-span"),
    pytest.param(lambda: UndecodableSpan(start=0, end=2, kind=ByteDamage.FOREIGN, reads_as="utf-8").model_dump(
        mode="json"), {"start": 0, "end": 2, "kind": "foreign", "reads_as": "utf-8"}, id="subclass-dump"),
    pytest.param(lambda: UndecodableSpan.model_validate_json('{"start":0,"end":2,"kind":"foreign"}').kind,
                 ByteDamage.FOREIGN, id="subclass-validate-json"),
    pytest.param(lambda: hasattr(Span(start=2, end=5), "__dict__"), False, id="slotted"),
]


@pytest.mark.parametrize(("operation", "expected"), _SPAN_API)
def test_span_keeps_the_model_api(operation: Callable[[], object], expected: object) -> None:
    assert operation() == expected


@pytest.mark.parametrize("fields", [
    pytest.param({"start": 5, "end": 2}, id="end-before-start"),
    pytest.param({"start": -1, "end": 2}, id="negative"),
    pytest.param({"start": 0, "end": 2, "stop": 3}, id="unknown-field"),
    pytest.param({"start": "a", "end": 2}, id="not-a-number"),
])
def test_span_refuses_what_a_model_refused(fields: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        Span(**fields)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        Span.model_validate(fields)


def test_span_is_frozen() -> None:
    span = Span(start=2, end=5)
    with pytest.raises(dataclasses.FrozenInstanceError):
        span.start = 3  # type: ignore[misc]


@pytest.mark.parametrize("seed", ["000", "001", "004"])
def test_edits_read_from_a_log_are_what_model_construct_builds(seed: str) -> None:
    log = seed_report(seed).edits
    assert len(log) > 0
    for edit in log:
        built = Edit.model_construct(**dict(edit))
        assert list(edit.__dict__.items()) == list(built.__dict__.items())
        assert edit.model_fields_set == built.model_fields_set == set(Edit.model_fields)
        assert (edit.__pydantic_extra__, edit.__pydantic_private__) == (None, None)
        assert repr(edit) == repr(built) and edit == built
        assert edit.model_dump_json() == built.model_dump_json()
        assert pickle.loads(pickle.dumps(edit)) == edit
        assert Edit.model_validate(edit.model_dump()) == edit


@pytest.mark.parametrize("update", [
    pytest.param(None, id="no-update"),
    pytest.param({}, id="empty-update"),
    pytest.param({"section": 2, "original_span": Span(start=1, end=9)}, id="unset-fields"),
    pytest.param({"subject": "资金", "section": 0}, id="set-and-unset"),
])
@pytest.mark.parametrize("deep", [False, True])
def test_model_copy_is_pydantics(update: dict[str, object] | None, deep: bool) -> None:
    from pydantic import BaseModel

    for original in seed_report("002").quantities[:5]:
        ours = original.model_copy(update=update, deep=deep)
        theirs = BaseModel.model_copy(original, update=update, deep=deep)
        assert list(ours.__dict__.items()) == list(theirs.__dict__.items())
        assert ours.model_fields_set == theirs.model_fields_set
        assert (ours.__pydantic_extra__, ours.__pydantic_private__) == (None, None)
        assert ours == theirs and type(ours) is type(theirs)
        assert ours.model_dump_json() == theirs.model_dump_json()
        assert ours.model_fields_set is original.model_copy(update=update).model_fields_set  # shared
