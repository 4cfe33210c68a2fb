"""Script detection (and conversion properties that hold for any text)."""

from __future__ import annotations

import pytest
from conftest import seed_text
from hypothesis import assume, given, settings
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


def _chained(c: str) -> bool:
    """Upstream OpenCC's table maps ``c`` to a character it maps again (薴 → 苧 → 苎)."""
    once = aidparse.to_simplified(c)
    return aidparse.to_simplified(once) != once


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_to_simplified_is_idempotent_and_keeps_length(text: str) -> None:
    once = aidparse.to_simplified(text)
    assert len(once) == len(text)
    assume(not any(_chained(c) for c in text))  # (one pass, as upstream: see the rows below)
    assert aidparse.to_simplified(once) == once


@pytest.mark.parametrize(("text", "once"), [("薴", "苧"), ("苧", "苎")])
def test_one_pass_as_upstream_opencc(text: str, once: str) -> None:
    """Upstream's TSCharacters maps 薴 to 苧 and 苧 to 苎, and converts in one pass: so does this."""
    assert aidparse.to_simplified(text) == once


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


# ---------------------------------------------------------------- counts, character by character

def _reference_counts(text: str) -> dict[str, int]:
    """What each class counts, one character at a time (the private-use sentinels never count)."""
    from aidparse.script.charsets import script_chars

    sets = script_chars()
    n = dict.fromkeys(("simplified", "traditional", "shared", "latin", "pinyin", "arabic", "cyrillic"), 0)
    for ch in text:
        cp = ord(ch)
        if ch in sets.simplified_only:
            n["simplified"] += 1
        elif ch in sets.traditional_only:
            n["traditional"] += 1
        elif (0x3400 <= cp <= 0x4DBF or 0x4E00 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF
              or 0x20000 <= cp <= 0x3134F):
            n["shared"] += 1
        elif ch.isascii() and ch.isalpha():
            n["latin"] += 1
        elif ch in "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ":
            n["pinyin"] += 1
        elif 0x0600 <= cp <= 0x06FF or 0xFB50 <= cp <= 0xFDFF or 0xFE70 <= cp <= 0xFEFF:
            n["arabic"] += 1
        elif 0x0400 <= cp <= 0x04FF:
            n["cyrillic"] += 1
    return n


@pytest.mark.parametrize("text", [
    pytest.param("东营援疆工作综述,東營援疆", id="both-scripts"),
    pytest.param("援疆\U00028a95\U0002a142\U00020000资金", id="astral-evidence-and-han"),
    pytest.param("援疆\ue000\ue001\ue002东營", id="private-use-sentinels-in-the-input"),
    pytest.param("Pinyin yíng, Уйгур, ئۇيغۇر, ﻻ", id="other-scripts"),
    pytest.param("\uf900\uf901豈", id="compatibility-ideographs"),
    pytest.param("第一行\n\n  \n第二行東\n\U0001f600😀\n", id="lines-and-emoji"),
    pytest.param("", id="empty"),
])
def test_counts_are_those_of_each_character(text: str) -> None:
    profile = aidparse.detect_script(text)
    counts = {k: getattr(profile, k) for k in _reference_counts("")}
    assert counts == _reference_counts(text)
    pos = 0
    lines = []
    for line in text.split("\n"):
        if line.strip():
            lines.append((pos, pos + len(line), _reference_counts(line)))
        pos += len(line) + 1
    got = [(p.span.start, p.span.end, {k: getattr(p, k) for k in _reference_counts("")})
           for p in profile.paragraphs]
    assert got == lines


@settings(max_examples=200, deadline=None)
@given(st.text(st.sampled_from("东营這個资金東營ab \n\ue000\ue003\U00020000\U00028a95éǎ"), max_size=40))
def test_counts_of_any_mix(text: str) -> None:
    profile = aidparse.detect_script(text)
    assert {k: getattr(profile, k) for k in _reference_counts("")} == _reference_counts(text)
