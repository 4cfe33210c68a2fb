"""Every quantity of the hand-annotated seeds (tests/data/seed_quantities.tsv)."""

from __future__ import annotations

import collections
import pathlib
from decimal import Decimal

import pytest
from conftest import seed_report

DATA = pathlib.Path(__file__).resolve().parent / "data" / "seed_quantities.tsv"


def _rows() -> list[tuple[str, ...]]:
    lines = [ln for ln in DATA.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    return [tuple(ln.split("\t")) for ln in lines[1:]]


ROWS = _rows()
#: Annotated quantities the extractor does not find yet.
KNOWN_MISSES: set[tuple[str, str]] = set()
#: What the extractor reports that the annotation does not list (figures of speech, slogans).
KNOWN_FALSE_POSITIVES = {"003": ["两座"]}


def _params() -> list[object]:
    out = []
    for seed, text, kind, value, unit, approx, _note in ROWS:
        marks = [pytest.mark.xfail(strict=True, reason="known miss")] \
            if (seed, text) in KNOWN_MISSES else []
        out.append(pytest.param(seed, text, kind, value, unit, approx, marks=marks,
                                id=f"{seed}-{text}"))
    return out


@pytest.mark.parametrize(("seed", "text", "kind", "value", "unit", "approx"), _params())
def test_annotated_quantity_is_extracted(seed: str, text: str, kind: str, value: str, unit: str,
                                         approx: str) -> None:
    found = [
        q for q in seed_report(seed).quantities
        if (text in q.text or q.text in text) and q.kind.value == kind
        and q.value == Decimal(value) and q.unit == unit and q.approx.value == approx
    ]
    assert found


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_nothing_else_is_extracted(seed: str) -> None:
    annotated = collections.Counter(r[1] for r in ROWS if r[0] == seed)
    extracted = collections.Counter(q.text for q in seed_report(seed).quantities)
    extra = extracted - annotated
    assert sorted(extra.elements()) == sorted(KNOWN_FALSE_POSITIVES.get(seed, []))


def test_annotation_table_is_consistent() -> None:
    kinds = {"money", "count", "area", "length", "weight", "volume", "power", "energy",
             "percent", "duration", "multiple"}
    for seed, text, kind, value, _unit, approx, _note in ROWS:
        assert seed in {"000", "001", "002", "003", "004"}
        assert kind in kinds and approx in {"exact", "over", "about", "under", "range"}
        assert Decimal(value) >= 0 and text
