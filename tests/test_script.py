"""Script detection (and conversion properties that hold for any text)."""

from __future__ import annotations

import pytest
from conftest import seed_text
from hypothesis import given, settings
from hypothesis import strategies as st

import aidparse


@pytest.mark.parametrize(
    ("prefix", "script"),
    [("000", "simplified"), ("001", "traditional"), ("002", "simplified"),
     ("003", "simplified"), ("004", "simplified")],
)
def test_seed_scripts(prefix: str, script: str) -> None:
    profile = aidparse.detect_script(seed_text(prefix))
    assert profile.script.value == script
    assert all(p.script.value in (script, "none") for p in profile.paragraphs if p.han > 20)


def test_variant_spellings_are_not_evidence() -> None:
    # OpenCC's s2t turns 群 into 羣 and 里 into 裏; they are ordinary in both scripts.
    profile = aidparse.detect_script("群里面")
    assert (profile.simplified, profile.traditional) == (0, 0)
    assert profile.shared == 3


def test_a_few_garbled_characters_do_not_make_traditional_mixed() -> None:
    text = seed_text("001")[:2000] + "这个东西"
    assert aidparse.detect_script(text).script.value == "traditional"


def test_mixed_needs_a_real_share() -> None:
    text = "東營援疆工作綜述" * 4 + "东营援疆工作综述" * 4
    assert aidparse.detect_script(text).script.value == "mixed"
    assert aidparse.detect_script("東營援疆工作綜述" * 20 + "东营").script.value == "traditional"


def test_other_scripts_are_counted() -> None:
    profile = aidparse.detect_script("ئۇيغۇرچە Уйгур xiàng EICU 援疆")
    assert profile.arabic >= 7
    assert profile.cyrillic == 5
    assert profile.pinyin == 1
    assert profile.latin >= 8


def test_no_han_is_none() -> None:
    assert aidparse.detect_script("Pairing aid, 2020.").script.value == "none"
    assert aidparse.detect_script("").script.value == "none"


def test_paragraph_spans_point_into_the_text(seed: str) -> None:
    text = seed_text(seed)
    for p in aidparse.detect_script(text).paragraphs:
        assert "\n" not in text[p.span.start : p.span.end]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_to_simplified_is_idempotent_and_keeps_length(text: str) -> None:
    once = aidparse.to_simplified(text)
    assert len(once) == len(text)
    assert aidparse.to_simplified(once) == once


def test_type_errors() -> None:
    with pytest.raises(TypeError):
        aidparse.to_simplified(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        aidparse.detect_script(None)  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("東營援疆項目資金億萬一目瞭然乾隆年間 ,.，。abc123\n"), max_size=80))
def test_position_map_is_exact(text: str) -> None:
    # the map is the identity: every position keeps its character or its conversion
    converted = aidparse.to_simplified(text)
    assert len(converted) == len(text)
    for i, (before, after) in enumerate(zip(text, converted, strict=True)):
        if not "\u4e00" <= before <= "\u9fff":
            assert after == before, i
        else:
            assert "\u4e00" <= after <= "\u9fff", i
