"""What keeps a report small: models share their fields-set (sizes are measured by
``benchmarks/bench_memory.py``; these tests keep the mechanism in place and safe)."""

from __future__ import annotations

from conftest import seed_report

from aidparse.models import ParseWarning, Span, WarningCode


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
