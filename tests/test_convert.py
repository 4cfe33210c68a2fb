"""Traditional→Simplified conversion: upstream OpenCC's t2s, tw2s and hk2s, length-preserving.

These rows need nothing outside the repository. Each expected answer is upstream's
(checked against the C++ OpenCC 1.4.2 binding, whose tables are those of
``../shared/reference/opencc``); ``test_opencc_upstream.py`` compares with
upstream's own test cases and a literal reimplementation.
"""

from __future__ import annotations

import pathlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import aidparse
from aidparse.models import Variant
from aidparse.script.charsets import may_change
from aidparse.script.convert import VARIANTS, _convert, conversion_runs, to_simplified
from aidparse.script.tables import BaseTableMismatch, check_base, config, table

ROOT = pathlib.Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.mark.parametrize(
    ("traditional", "variant", "simplified"),
    [
        # OpenCC's standard Traditional
        ("東營援疆工作綜述", "t2s", "东营援疆工作综述"),
        ("兵團第十二師", "t2s", "兵团第十二师"),
        ("援疆幹部", "t2s", "援疆干部"),
        ("一目瞭然", "t2s", "一目了然"),
        ("乾燥", "t2s", "干燥"),
        # 乾 in place names and 乾坤 stays (opencc-python-reimplemented: 干安县)
        ("乾安縣", "t2s", "乾安县"),
        ("乾隆年間", "t2s", "乾隆年间"),
        ("乾坤", "t2s", "乾坤"),
        # name characters are not over-converted (the base: 张钧宁)
        ("張鈞甯", "t2s", "张钧甯"),
        ("张钧甯", "t2s", "张钧甯"),
        # upstream's t2s leaves Hong Kong's 衞 and Taiwan's 著 alone ...
        ("醫療衞生", "t2s", "医疗衞生"),
        ("衞健委", "t2s", "衞健委"),
        ("標誌著", "t2s", "标志著"),
        # ... the regional configs read them
        ("醫療衞生", "hk2s", "医疗卫生"),
        ("衞健委", "hk2s", "卫健委"),
        ("醫療衞生", "tw2s", "医疗衞生"),
        ("衹有", "hk2s", "只有"),
        ("枱面", "hk2s", "台面"),
        ("綫路", "hk2s", "线路"),
        ("説明", "hk2s", "说明"),
        ("說明", "hk2s", "说明"),
        ("標誌著", "tw2s", "标志着"),
        ("隨著援疆", "tw2s", "随着援疆"),
        ("這裡", "tw2s", "这里"),
        # Taiwan's phrase exceptions keep 著 where it means zhù
        ("著作", "tw2s", "著作"),
        ("成效顯著", "tw2s", "成效显著"),
        # compatibility ideographs are normalised first (U+F900), rare forms from TSCharactersExt
        ("\uf900", "t2s", "岂"),
        ("殢", "t2s", "𣨼"),
        # segmentation matters: 上梁/光脊梁 are TSPhrases segments that a Taiwan phrase
        # (梁昇卿, 梁章鉅) may not cross; 什么 is one that 么麼 may not cross
        ("上梁昇卿", "tw2s", "上梁昇卿"),
        ("光脊梁章鉅", "tw2s", "光脊梁章钜"),
        ("什么麼", "tw2s", "什幺麽"),
        ("already 简体, 123", "t2s", "already 简体, 123"),
        ("", "hk2s", ""),
    ],
)
def test_conversions(traditional: str, variant: str, simplified: str) -> None:
    assert to_simplified(traditional, variant) == simplified  # type: ignore[arg-type]


def test_default_is_t2s_and_enum_works() -> None:
    assert to_simplified("標誌著") == to_simplified("標誌著", "t2s") == "标志著"
    assert to_simplified("標誌著", Variant.TW2S) == "标志着"
    assert aidparse.to_simplified("衞生", variant="hk2s") == "卫生"


@pytest.mark.parametrize(
    "text",
    [
        "乾坤" * 1000,  # a RecursionError in 0.1: one recursion per phrase in a run
        "乾坤一擲" * 3000,
        "乾" * 20000,  # every position starts a phrase
        "一" * 20000,
        "著作" * 5000,
    ],
    ids=["qiankun-x1000", "qiankun-yizhi-x3000", "qian-x20000", "yi-x20000", "zhuzuo-x5000"],
)
def test_long_runs_without_separators(text: str) -> None:
    for variant in VARIANTS:
        out = to_simplified(text, variant)
        assert len(out) == len(text)
    assert to_simplified("乾坤" * 1000) == "乾坤" * 1000
    assert to_simplified("乾" * 3) == "干" * 3


@pytest.mark.parametrize(
    ("text", "variant", "runs"),
    [
        ("東營援疆,綜述", "t2s", [(0, 2, "东营"), (5, 6, "综")]),
        ("隨著援疆", "t2s", [(0, 1, "随")]),
        ("隨著援疆", "tw2s", [(0, 2, "随着")]),
        ("醫療衞生", "hk2s", [(0, 3, "医疗卫")]),
        ("醫療衞生", Variant.T2S, [(0, 2, "医疗")]),
        ("东营", "tw2s", []),
    ],
)
def test_conversion_runs(text: str, variant: str, runs: list[tuple[int, int, str]]) -> None:
    assert conversion_runs(text, variant=variant) == runs  # type: ignore[arg-type]
    assert all(len(r) == e - s for s, e, r in runs)


@pytest.mark.parametrize("name", sorted({t for v in VARIANTS for step in config(v) for t in step.tables}))
def test_every_table_entry_keeps_its_length(name: str) -> None:
    # the offset design: a converted text is as long as the original
    bad = {k: v for k, v in table(name).items() if len(k) != len(v)}
    assert not bad


def test_configs_have_upstreams_steps() -> None:
    assert [s.kind for s in config("t2s")] == ["normalize", "convert"]
    assert [s.tables for s in config("hk2s") if s.kind == "convert"] == [
        ("HKVariantsRevPhrases", "HKVariantsRev"), ("TSPhrases", "TSCharactersExt", "TSCharacters")]


def test_bad_arguments() -> None:
    with pytest.raises(TypeError):
        to_simplified(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown variant"):
        to_simplified("東", "s2t")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown variant"):
        conversion_runs("東", "tw")  # type: ignore[arg-type]


def test_a_different_base_is_refused() -> None:
    with pytest.raises(BaseTableMismatch):
        check_base("TSCharacters.txt", "0" * 64)
    with pytest.raises(BaseTableMismatch):
        check_base("NoSuchTable.txt", "0" * 64)


_text = st.text(alphabet=st.sampled_from("東營援疆項目資金億萬一目瞭然乾坤隆年間著作隨裡衞説綫豈殢𡞋 ,.，。abc123\n"),
                max_size=80)


@settings(max_examples=200, deadline=None)
@given(text=_text, variant=st.sampled_from(VARIANTS))
def test_length_and_runs_are_exact(text: str, variant: str) -> None:
    converted = to_simplified(text, variant)  # type: ignore[arg-type]
    assert len(converted) == len(text)
    rebuilt = list(text)
    for start, end, replacement in conversion_runs(text, variant):  # type: ignore[arg-type]
        assert len(replacement) == end - start
        rebuilt[start:end] = replacement
    assert "".join(rebuilt) == converted


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_text_keeps_its_length(text: str) -> None:
    for variant in VARIANTS:
        assert len(to_simplified(text, variant)) == len(text)


# ---------------------------------------------------------------- the fast path

# Texts with nothing a config changes are returned without the tables; each row: a
# text, a config, and whether the config may change it (the tables decide the rest).
@pytest.mark.parametrize(("text", "variant", "may"), [
    ("东营援疆工作综述", "t2s", False),
    ("什么,那么", "t2s", False),     # 么 changes only inside 么麼, a phrase
    ("么麼", "t2s", True),
    ("反复研究,答复", "t2s", False),
    ("反覆研究", "t2s", True),       # a phrase without a changeable character
    ("沈阳,沈默", "t2s", True),       # 沈默 → 沉默
    ("沈阳", "t2s", False),
    ("東營", "t2s", True),
    ("\uf900", "t2s", True),          # a compatibility ideograph is normalised
    ("援疆\U00020000", "t2s", True),  # outside the BMP: the tables decide
    ("", "t2s", False),
    ("著作", "tw2s", True),
    ("显著", "t2s", False),
    ("显著", "tw2s", True),           # tw2s reads 著 as 着
    ("卫生", "hk2s", False),
    ("东营" * 5000, "t2s", False),            # texts longer than the pieces looked at
    ("东营" * 5000 + "東", "t2s", True),
    ("东" * 4095 + "反覆", "t2s", True),       # a phrase across two pieces
    ("东" * 4095 + "反复", "t2s", False),
])
def test_what_a_config_may_change(text: str, variant: str, may: bool) -> None:
    assert may_change(text, variant) is may
    if not may:
        assert _convert(text, variant) == text


_mixed = st.lists(st.sampled_from([
    *"东营援疆项目资金一目了然么麼反覆复答沈默阳显著作卫生衞説綫裡這個乾坤隆\uf900\U00020000𡞋殢 ,。\n",
    "反覆", "么麼", "沈默", "著作", "一目瞭然", "答覆", "乾坤", "什么"]), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(text=_mixed, variant=st.sampled_from(VARIANTS))
def test_a_text_the_config_may_not_change_comes_out_unchanged(text: str, variant: str) -> None:
    converted = _convert(text, variant)
    if not may_change(text, variant):
        assert converted == text
    assert to_simplified(text, variant) == converted  # type: ignore[arg-type]


@pytest.mark.parametrize("variant", VARIANTS)
def test_fast_path_on_the_pages(variant: str) -> None:
    pages = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    pages += [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    for page in pages:
        assert to_simplified(page, variant) == _convert(page, variant)
        if not may_change(page, variant):
            assert _convert(page, variant) == page


# A document is converted line by line: what is Simplified already stays (OpenCC's t2s would turn a
# Simplified 沈吟 into 沉吟, a surname into a common word), every other line as OpenCC converts it.
@pytest.mark.parametrize(("text", "expected"), [
    # no Traditional-only character in the document: nothing converted
    ("本报记者 沈吟 通讯员 胡明", "本报记者 沈吟 通讯员 胡明"),
    ("记者 沈思\n他沈默良久", "记者 沈思\n他沈默良久"),
    ("乾隆年间\n乾杯", "乾隆年间\n乾杯"),
    # a Traditional document: every line converted, a line of shared characters too
    ("記者 沈吟\n他沈吟良久", "记者 沉吟\n他沉吟良久"),
    ("東營援疆\n他沈思良久", "东营援疆\n他沉思良久"),
    # both: the Simplified line as it is, the others converted
    ("本报记者 沈吟\n他沈吟良久,說道", "本报记者 沈吟\n他沉吟良久,说道"),
    ("記者 王曉\n本报记者 沈思", "记者 王晓\n本报记者 沈思"),
    # a line with characters of both scripts is converted as OpenCC converts it
    ("记者 沈思 報道", "记者 沉思 报道"),
    ("", ""),
    ("\n\n", "\n\n"),
])
def test_a_document_keeps_its_simplified_lines(text: str, expected: str) -> None:
    from aidparse.script.document import document_runs, simplified_document

    assert simplified_document(text) == expected
    out = list(text)
    for start, end, replacement in document_runs(text):
        out[start:end] = replacement
    assert "".join(out) == expected
