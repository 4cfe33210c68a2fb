"""The extraction tables are consistent with each other."""

from __future__ import annotations

from decimal import Decimal

from aidparse.extract.numerals import CN_DIGITS, CN_UNITS, MAGNITUDES
from aidparse.extract.quantity_subjects import DOMAIN_WORDS
from aidparse.extract.units import (
    APPROX_PREFIX,
    APPROX_SUFFIX,
    ARABIC_ONLY,
    DURATION_UNITS,
    MEASURE_WORDS,
    MONEY_NOUNS,
    UNITS,
)
from aidparse.models import Approx, QuantityKind


def test_units_have_known_kinds_and_positive_factors() -> None:
    for surface, (kind, unit, factor) in UNITS.items():
        assert surface and unit
        assert isinstance(kind, QuantityKind)
        assert factor > 0


def test_canonical_units_are_consistent_per_kind() -> None:
    canonical: dict[QuantityKind, set[str]] = {}
    for kind, unit, _ in UNITS.values():
        canonical.setdefault(kind, set()).add(unit)
    assert canonical[QuantityKind.MONEY] == {"CNY"}
    assert canonical[QuantityKind.AREA] == {"m2", "km2", "mu", "ha"}
    assert canonical[QuantityKind.POWER] == {"kW"}


def test_no_surface_means_two_things() -> None:
    measures = set(MEASURE_WORDS)
    assert len(measures) == len(MEASURE_WORDS), "duplicate measure word"
    assert not measures & set(UNITS), measures & set(UNITS)
    assert not measures & set(DURATION_UNITS), measures & set(DURATION_UNITS)
    assert not set(UNITS) & set(DURATION_UNITS)


def test_arabic_only_forms_are_units() -> None:
    assert set(UNITS) | set(DURATION_UNITS) >= ARABIC_ONLY


def test_numeral_tables() -> None:
    assert set(CN_DIGITS.values()) == set(range(10))
    assert sorted(set(CN_UNITS.values())) == [10, 100, 1000]
    assert MAGNITUDES == {"万": 10_000, "亿": 100_000_000}
    assert not set(CN_DIGITS) & set(CN_UNITS)


def test_approximation_words() -> None:
    assert all(isinstance(a, Approx) for a in (*APPROX_PREFIX.values(), *APPROX_SUFFIX.values()))
    assert APPROX_SUFFIX["多"] is Approx.OVER and APPROX_PREFIX["近"] is Approx.UNDER


def test_word_lists_have_no_blanks() -> None:
    for words in (MONEY_NOUNS, tuple(DOMAIN_WORDS), MEASURE_WORDS):
        assert all(w and w == w.strip() for w in words)
    assert Decimal(1) in {f for _, _, f in UNITS.values()}
