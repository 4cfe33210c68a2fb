"""Conversion equals upstream OpenCC: its own test cases, its tables, and a literal reimplementation.

Every test here reads ``../shared/reference/opencc`` and skips without it.
"""

from __future__ import annotations

import pathlib

import opencc_reference as ref
import pytest
from conftest import seed_text
from hypothesis import given, settings
from hypothesis import strategies as st

from aidparse.script.convert import VARIANTS, to_simplified
from aidparse.script.tables import config, table

needs_upstream = pytest.mark.skipif(not ref.available(), reason="../shared/reference/opencc is absent")

CASES = ref.testcases() if ref.available() else []


def test_upstream_case_counts() -> None:
    if not ref.available():
        pytest.skip("../shared/reference/opencc is absent")
    counts = {name: sum(1 for _, n, _, _ in CASES if n == name) for name in VARIANTS}
    assert counts == {"t2s": 55, "tw2s": 32, "hk2s": 21}


@pytest.mark.parametrize(
    ("variant", "text", "expected"),
    [pytest.param(name, text, expected, id=f"{case_id}-{name}") for case_id, name, text, expected in CASES]
    or [pytest.param("t2s", "", "", marks=pytest.mark.skip(reason="../shared/reference/opencc is absent"))],
)
def test_upstream_testcases(variant: str, text: str, expected: str) -> None:
    assert to_simplified(text, variant) == expected  # type: ignore[arg-type]


@needs_upstream
@pytest.mark.parametrize("name", sorted({t for v in VARIANTS for step in config(v) for t in step.tables}))
def test_base_plus_delta_is_upstream(name: str) -> None:
    assert table(name) == ref.dictionaries()[name]


@needs_upstream
@pytest.mark.parametrize("variant", VARIANTS)
def test_configs_are_upstreams(variant: str) -> None:
    steps = ref.build_script().read_config(ref.UPSTREAM / "config" / f"{variant}.json")
    assert [(s.kind, list(s.tables)) for s in config(variant)] == steps


@needs_upstream
@pytest.mark.parametrize("variant", VARIANTS)
def test_reference_agrees_on_upstream_cases(variant: str) -> None:
    # the literal reimplementation is itself right, so it can judge the rest
    for case_id, name, text, expected in CASES:
        if name == variant:
            assert ref.convert(text, variant) == expected, case_id


@needs_upstream
@pytest.mark.parametrize("variant", VARIANTS)
def test_same_as_reference_on_every_seed(seed: str, variant: str) -> None:
    text = seed_text(seed)
    assert to_simplified(text, variant) == ref.convert(text, variant)  # type: ignore[arg-type]


def _corpus_traditional() -> list[str]:
    index = ref.ROOT.parent / "shared" / "corpus" / "INDEX.tsv"
    if not index.exists():
        return []
    rows = [line.split("\t") for line in index.read_text(encoding="utf-8").splitlines()[1:]]
    return [r[0] for r in rows if len(r) > 3 and r[3] == "traditional"]


@needs_upstream
@pytest.mark.parametrize("name", _corpus_traditional() or ["absent"])
def test_same_as_reference_on_traditional_corpus_pages(name: str) -> None:
    path = pathlib.Path(ref.ROOT.parent / "shared" / "corpus" / name)
    if not path.exists():
        pytest.skip("../shared/corpus is absent")
    text = path.read_text(encoding="utf-8")
    for variant in VARIANTS:
        assert to_simplified(text, variant) == ref.convert(text, variant), variant


def _straddling(d: dict[str, dict[str, str]]) -> list[str]:
    """A TSPhrases key and a regional phrase overlapping it (上梁 + 梁昇卿 → 上梁昇卿): the
    regional phrase crosses a segment boundary, so only segment-wise matching gets it right."""
    by_suffix: dict[str, list[str]] = {}
    for p in d["TSPhrases"]:
        for k in range(1, len(p)):
            by_suffix.setdefault(p[-k:], []).append(p)
    out = set()
    for name in ("TWVariantsRevPhrases", "HKVariantsRevPhrases"):
        for r in d[name]:
            for k in range(1, len(r)):
                out.update(p + r[k:] for p in by_suffix.get(r[:k], ()))
    return sorted(out)


def _pieces() -> st.SearchStrategy[str]:
    """Text built from table keys, their fragments, separators and odd characters."""
    if not ref.available():
        return st.just("")
    d = ref.dictionaries()
    phrases = sorted(set(d["TSPhrases"]) | set(d["TWVariantsRevPhrases"]) | set(d["HKVariantsRevPhrases"]))
    chars = sorted(set(d["TWVariantsRev"]) | set(d["HKVariantsRev"]) | set(list(d["TSCharactersExt"])[:50])
                   | set(list(d["CJK_Compatibility_Ideographs"])[:50]))
    piece = st.one_of(
        st.sampled_from(phrases),
        st.sampled_from(phrases).flatmap(lambda p: st.integers(1, len(p)).map(lambda n: p[:n])),
        st.sampled_from(phrases).flatmap(lambda p: st.integers(0, len(p) - 1).map(lambda n: p[n:])),
        st.sampled_from(chars),
        st.sampled_from(list("，。 \n著着乾衞説裡么才梁樑a1")),
        st.sampled_from(_straddling(d)),
    )
    return st.lists(piece, max_size=12).map("".join)


@needs_upstream
@settings(max_examples=300, deadline=None)
@given(text=_pieces(), variant=st.sampled_from(VARIANTS))
def test_same_as_reference_on_table_keys(text: str, variant: str) -> None:
    assert to_simplified(text, variant) == ref.convert(text, variant)  # type: ignore[arg-type]
