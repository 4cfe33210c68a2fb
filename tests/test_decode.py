"""Decoding: round trips, codec names that reproduce the text, the evidence returned, bad arguments."""

from __future__ import annotations

import codecs

import pytest
from conftest import seed_text
from hypothesis import given, settings
from hypothesis import strategies as st

import aidparse
from aidparse.script import to_simplified

ENCODINGS = ["utf-8", "gb18030", "gbk", "utf-16-le", "utf-16-be", "utf-32-le"]
TRADITIONAL_ENCODINGS = ["big5", "big5hkscs"]


def _traditional(text: str) -> str:
    import opencc

    return str(opencc.OpenCC("s2t").convert(text))


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_every_seed_round_trips(seed: str, encoding: str) -> None:
    text = seed_text(seed)
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        pytest.skip(f"seed {seed} has characters outside {encoding}")
    decoded = aidparse.decode(data)
    assert decoded.text == text
    assert decoded.encoding.chinese
    assert decoded.encoding.confidence == 1.0


@pytest.mark.parametrize("encoding", TRADITIONAL_ENCODINGS)
def test_traditional_seeds_in_big5(seed: str, encoding: str) -> None:
    text = _traditional(seed_text(seed))
    data = text.encode(encoding, errors="ignore")
    decoded = aidparse.decode(data)
    assert decoded.text == data.decode(encoding)
    assert decoded.encoding.encoding in TRADITIONAL_ENCODINGS


@pytest.mark.parametrize(
    ("snippet", "encoding"),
    [
        ("对口援疆工作", "gbk"),
        ("援疆资金420余万元", "gb18030"),
        ("東營援疆工作綜述", "big5"),
        ("衢州援疆干部人才", "utf-16-le"),
        ("衢州援疆干部人才", "utf-16-be"),
        ("第十批杭州援疆", "utf-8"),
        ("喀什疏勒县", "gb2312"),
    ],
)
def test_short_snippets(snippet: str, encoding: str) -> None:
    assert aidparse.decode(snippet.encode(encoding)).text == snippet


@pytest.mark.parametrize(
    ("data", "name"),
    [
        pytest.param("援疆工作".encode("gbk"), "gb2312", id="gb2312-suffices"),
        pytest.param("東營援疆工作綜述".encode("gbk"), "gbk", id="gbk-only-characters"),
        pytest.param("援疆𠀀工作".encode("gb18030"), "gb18030", id="four-byte-gb18030"),
        # GB2312's own table reads A1AA as U+2015 and A1A4 as U+30FB; GBK's (and the
        # web's) as the dash and middle dot Chinese text means, so gb2312 is not named.
        pytest.param("阿卜杜拉·艾力——援疆干部".encode("gbk"), "gbk", id="middle-dot-and-dash"),
        pytest.param("對口援疆工作".encode("big5"), "big5", id="big5"),
        pytest.param("啓動援疆項目".encode("big5hkscs"), "big5hkscs", id="hkscs-character"),
        pytest.param(b"plain ASCII page", "ascii", id="ascii"),
        pytest.param(codecs.BOM_UTF8 + "援疆".encode(), "utf-8-sig", id="utf-8-bom"),
        pytest.param(codecs.BOM_UTF16_LE + "援疆".encode("utf-16-le"), "utf-16", id="utf-16-le-bom"),
        pytest.param(codecs.BOM_UTF16_BE + "援疆".encode("utf-16-be"), "utf-16", id="utf-16-be-bom"),
        pytest.param(codecs.BOM_UTF32_LE + "援疆".encode("utf-32-le"), "utf-32", id="utf-32-le-bom"),
        pytest.param(codecs.BOM_UTF32_BE + "援疆".encode("utf-32-be"), "utf-32", id="utf-32-be-bom"),
    ],
)
def test_encoding_names_a_codec_that_reproduces_the_text(data: bytes, name: str) -> None:
    decoded = aidparse.decode(data)
    assert decoded.encoding.encoding == name
    assert data.decode(name) == decoded.text


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
def test_byte_order_marks(bom: bytes, encoding: str) -> None:
    data = bom + "援疆工作".encode(encoding)
    guess = aidparse.detect_encoding(data)
    assert (guess.bom, guess.detector, guess.confidence) == (True, aidparse.Detector.BOM, 1.0)
    assert aidparse.decode(data).text == "援疆工作"


def test_evidence_lists_ranked_candidates() -> None:
    guess = aidparse.detect_encoding(seed_text("003")[:200].encode("gbk"))
    names = [c.encoding for c in guess.candidates]
    assert names[0] == "gb18030"
    assert guess.detector is aidparse.Detector.CHINESE_MODEL
    assert guess.candidates[0].score >= guess.candidates[-1].score
    assert guess.evidence is not None and guess.evidence.end > 0
    assert 0.99 < guess.confidence <= 1.0


def test_empty_input_is_a_documented_empty_result() -> None:
    decoded = aidparse.decode(b"")
    assert decoded.text == ""
    assert (decoded.encoding.encoding, decoded.encoding.detector) == ("utf-8", aidparse.Detector.EMPTY)


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.7\n%\xe2\xe3", b"\x89PNG\r\n\x1a\n\x00\x00", b"PK\x03\x04\x14\x00", bytes(range(256)) * 4,
     b"\x00" * 1070 + b"a" * 38],
)
def test_binary_input_raises_typed_error(data: bytes) -> None:
    with pytest.raises(aidparse.BinaryInputError):
        aidparse.decode(data)


def test_half_readable_bytes_are_decoded_with_evidence() -> None:
    data = "援疆资金".encode("gbk") + b"\xff" + "四百万元".encode("gbk")
    decoded = aidparse.decode(data)
    assert decoded.text == "援疆资金\ufffd四百万元"
    assert [(s.start, s.end) for s in decoded.encoding.undecodable] == [(8, 9)]


def test_wrong_argument_types() -> None:
    with pytest.raises(TypeError, match="bytes"):
        aidparse.decode("already text")  # type: ignore[arg-type]
    with pytest.raises(aidparse.UnknownEncodingError):
        aidparse.decode(b"abc", encoding="no-such-codec")


def _alphabet() -> list[str]:
    """The characters of the seeds: real text, not uniformly random rare characters."""
    chars = {c for p in ("000", "001", "002", "003", "004") for c in seed_text(p) if "\u4e00" <= c <= "\u9fff"}
    return sorted(chars)


# Real characters in random order, from 100 on: BOM-less UTF-16 is chosen on the
# evidence of common Chinese characters (uniformly random rare characters are not
# evidence of anything, and are not decoded as UTF-16 without a BOM).
_text = st.text(alphabet=st.sampled_from([*_alphabet(), *"，。、：“”0123456789 \n"]), min_size=100)


@settings(max_examples=60, deadline=None)
@given(text=_text, encoding=st.sampled_from(["utf-8", "gb18030", "utf-16-le", "utf-16-be"]))
def test_long_text_round_trips_in_any_supported_encoding(text: str, encoding: str) -> None:
    text = to_simplified(text)
    assert aidparse.decode(text.encode(encoding)).text == text


@pytest.mark.parametrize("zeros", [100, 127, 128, 129, 255, 256, 1000])
def test_a_rare_character_alone_in_the_last_block_is_not_a_shift(zeros: int) -> None:
    # found by Hypothesis: 128 ASCII characters then 凰 in UTF-16-LE; the last 256-byte block
    # held only 凰 (rare: "garbage"), which one byte later read as nothing, so it was set aside
    text = "0" * zeros + "凰"
    decoded = aidparse.decode(text.encode("utf-16-le"))
    assert decoded.text == text and decoded.encoding.undecodable == []


def test_nul_bytes_point_to_utf16_not_ascii() -> None:
    # every byte is below 0x80, so the ASCII reading is valid too; its NULs give it away
    text = "00丂丂丂三三三三三三不不丢丢丢丢丢丢丢丢丢丢丢丢丢丢丢丢丨丩丬丵丼"
    assert aidparse.decode(text.encode("utf-16-le")).text == text


def _traditional_alphabet() -> list[str]:
    import opencc

    s2t = opencc.OpenCC("s2t")
    chars = {c for p in ("000", "002", "003", "004") for c in s2t.convert(seed_text(p))
             if "\u4e00" <= c <= "\u9fff"}
    return sorted(c for c in chars if c.encode("big5", errors="ignore"))


# Real Traditional characters, in random order: 1500 examples over these encodings
# decoded without a miss from 40 characters on.
_trad_text = st.text(
    alphabet=st.sampled_from(_traditional_alphabet() + list("，。、：“”0123456789 \n")),
    min_size=40,
)


@settings(max_examples=60, deadline=None)
@given(text=_trad_text,
       encoding=st.sampled_from(["big5", "big5hkscs", "gbk", "gb18030", "utf-8", "utf-16-le"]))
def test_traditional_text_round_trips_in_any_supported_encoding(text: str, encoding: str) -> None:
    assert aidparse.decode(text.encode(encoding)).text == text
