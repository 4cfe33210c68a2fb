"""The regional variant: which of t2s, tw2s, hk2s a text is converted with, and why."""

from __future__ import annotations

import pathlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import aidparse
from aidparse.models import ClueKind, Region, Variant
from aidparse.script.fmm import PhraseTable
from aidparse.script.variant import _forms, detect_variant, traditional_spans

CORPUS = pathlib.Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


@pytest.mark.parametrize(
    ("text", "variant"),
    [
        # Taiwan: 著 for 着 outside 著作-like words, 裡
        ("援疆幹部帶著項目來到這裡。", "tw2s"),
        ("天山網訊 處處閃動著中原兒女的身影", "tw2s"),
        ("據中央社報導，援疆工作持續推進", "tw2s"),
        ("網際網路援疆平臺上線", "tw2s"),
        # Hong Kong: 衞 (Hong Kong's 衛), an outlet of Hong Kong
        ("醫療衞生援疆成效顯著", "hk2s"),
        ("國家衞健委召開援疆工作會議", "hk2s"),
        ("中評社香港1月27日電 援疆資金197億元", "hk2s"),
        # both: the config that changes more wins (衞 counts as a form and a conversion)
        ("醫療衞生援疆，帶著任務", "hk2s"),
        # OpenCC's standard forms (爲, 着, 裏) speak against Taiwan; 著 in 顯著 is not 着
        ("援疆幹部爲當地帶着項目", "t2s"),
        ("援疆成效顯著，著名專家", "t2s"),
        ("東營援疆工作綜述", "t2s"),
        # nothing Traditional: no choice to make
        ("东营援疆工作综述", "t2s"),
        ("", "t2s"),
        # a Simplified paragraph that tw2s would change (显著 → 显着) keeps tw2s out
        ("对口援疆成效显著\n援疆幹部帶著項目來到這裡。", "t2s"),
    ],
)
def test_detect_variant(text: str, variant: str) -> None:
    assert detect_variant(text).variant.value == variant


def test_clues_say_where_and_why() -> None:
    found = detect_variant("援疆幹部帶著項目來到這裡。據中央社報導")
    clues = {(c.form, c.region, c.kind): c for c in found.clues}
    assert clues["著", Region.TAIWAN, ClueKind.CONVERSION].first.start == 5
    assert clues["裡", Region.TAIWAN, ClueKind.CHARACTER].count == 1
    assert clues["中央社", Region.TAIWAN, ClueKind.OUTLET].first.end == 17
    assert found.taiwan == 3 and found.hong_kong == 0 and found.outside == 0
    against = detect_variant("援疆幹部爲當地帶着項目").clues
    assert {c.form for c in against if c.against} == {"爲", "着"}


def test_simplified_paragraphs_count_nothing() -> None:
    assert detect_variant("这里有中央社的报道\n說明").clues == []
    assert traditional_spans("东营援疆\n東營援疆\n\n") == [(5, 9)]


def test_type_error() -> None:
    with pytest.raises(TypeError):
        detect_variant(None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "variant", "converted"),
    [
        ("援疆幹部帶著項目來到這裡。", "tw2s", "援疆干部带着项目来到这里。"),
        ("醫療衞生援疆成效顯著", "hk2s", "医疗卫生援疆成效显著"),
        ("東營援疆工作綜述", "t2s", "东营援疆工作综述"),
    ],
)
def test_parse_converts_with_the_variant_it_records(text: str, variant: str, converted: str) -> None:
    report = aidparse.parse(text)
    assert report.script.variant == Variant(variant)
    assert report.text == converted
    assert report.script.variant_evidence is not None


def test_simplified_report_has_no_variant_evidence() -> None:
    report = aidparse.parse("东营援疆工作综述")
    assert report.script.variant is Variant.T2S
    assert report.script.variant_evidence is None


@pytest.mark.parametrize(
    ("name", "variant"),
    [
        ("038.txt", "tw2s"),  # a mirror converted to Taiwan forms: 標志著, 寫著
        ("078.txt", "tw2s"),  # 帶著, 隨著
        ("064.txt", "hk2s"),  # 中評社 (Hong Kong); its forms are the same under every config
        ("012.txt", "t2s"),  # no regional form
        ("001.txt", "t2s"),  # Simplified
    ],
)
def test_corpus_pages(name: str, variant: str) -> None:
    path = CORPUS / name
    if not path.exists():
        pytest.skip("../shared/corpus is absent")
    assert detect_variant(path.read_text(encoding="utf-8")).variant.value == variant


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*sorted(_forms()[0])[:400:7], "援疆", "東營", "。", "\n"]),
                max_size=25).map("".join))
def test_what_the_forms_table_finds_does_not_depend_on_its_anchors(text: str) -> None:
    """Forms are looked for at their rarest character; the last one finds the same matches."""
    forms, table = _forms()
    assert table.matches(text) == PhraseTable(forms, rarity=lambda ch: 0.0).matches(text)
