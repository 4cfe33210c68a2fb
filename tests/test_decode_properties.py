"""Properties over any bytes: only typed errors, a codec that reproduces the text, determinism.

A few hundred inputs here; ``benchmarks/fuzz_decode.py`` runs the same checks
over 100,000 and more.
"""

from __future__ import annotations

import functools
import random

from conftest import SEED_NAMES, seed_text
from decode_invariants import violations
from decode_mutations import mutated, random_bytes
from hypothesis import given, settings
from hypothesis import strategies as st

import aidparse


@functools.cache
def _texts() -> list[tuple[str, str]]:
    import opencc

    s2t = opencc.OpenCC("s2t")
    return [(seed_text(n[:3]), s2t.convert(seed_text(n[:3]))) for n in SEED_NAMES]


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=600))
def test_arbitrary_bytes(data: bytes) -> None:
    assert violations(data) == []


@settings(max_examples=150, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**32))
def test_mutated_real_text(seed: int) -> None:
    rng = random.Random(seed)
    text, traditional = rng.choice(_texts())
    what, data = mutated(rng, text, traditional)
    assert violations(data) == [], what


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**32))
def test_random_byte_kinds(seed: int) -> None:
    what, data = random_bytes(random.Random(seed))
    assert violations(data) == [], what


@settings(max_examples=30, deadline=None)
@given(seed=st.integers(min_value=0, max_value=2**32))
def test_parse_on_damaged_bytes_raises_only_typed_errors(seed: int) -> None:
    rng = random.Random(seed)
    text, traditional = rng.choice(_texts())
    _, data = mutated(rng, text[:1500], traditional[:1500])
    try:
        report = aidparse.parse(data)
    except aidparse.AidparseError:
        return
    assert report.encoding is not None
