"""Encoding detection and decoding."""

from __future__ import annotations

import codecs
import contextlib

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
    assert aidparse.decode(data).text == text


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


def test_reports_narrowest_gb_family() -> None:
    assert aidparse.detect_encoding("援疆工作".encode("gbk")).encoding == "gb2312"
    assert aidparse.detect_encoding("東營援疆工作綜述".encode("gbk")).encoding == "gbk"
    assert aidparse.detect_encoding("援疆𠀀工作".encode("gb18030")).encoding == "gb18030"


def test_declared_utf8_but_gbk_is_overruled() -> None:
    page = '<html><head><meta charset="utf-8"></head><body>' + seed_text("002")[:400]
    guess = aidparse.detect_encoding(page.encode("gbk"))
    assert guess.declared == "utf-8"
    assert guess.declared_consistent is False
    assert guess.encoding == "gb2312"
    assert aidparse.decode(page.encode("gbk")).text == page


def test_declared_charset_agreeing_is_used() -> None:
    page = '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">援疆'
    guess = aidparse.detect_encoding(page.encode("gbk"))
    assert guess.declared == "gb2312"
    assert guess.declared_consistent is True


def test_caller_encoding_is_checked_not_trusted() -> None:
    data = seed_text("000")[:300].encode("gbk")
    decoded = aidparse.decode(data, encoding="big5")
    assert decoded.text == seed_text("000")[:300]
    assert decoded.encoding.declared_consistent is False


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
    assert (guess.encoding, guess.bom, guess.confidence) == (encoding, True, 1.0)
    assert aidparse.decode(data).text == "援疆工作"


def test_evidence_lists_ranked_candidates() -> None:
    guess = aidparse.detect_encoding(seed_text("003")[:200].encode("gbk"))
    names = [c.encoding for c in guess.candidates]
    assert names[0] == "gb18030"
    assert len(names) > 1
    assert guess.candidates[0].score >= guess.candidates[1].score
    assert 0.99 < guess.confidence <= 1.0


def test_empty_input_is_a_documented_empty_result() -> None:
    decoded = aidparse.decode(b"")
    assert decoded.text == ""
    assert decoded.encoding.encoding == "utf-8"


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.7\n%\xe2\xe3", b"\x89PNG\r\n\x1a\n\x00\x00", b"PK\x03\x04\x14\x00", bytes(range(256)) * 4],
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


_han = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
# Random characters are the hard case: no word structure helps the model. From
# 100 characters on, 2000 examples per encoding decoded without a miss.
_text = st.text(alphabet=st.one_of(_han, st.sampled_from("，。、：“”0123456789 \n")), min_size=100)


@settings(max_examples=60, deadline=None)
@given(text=_text, encoding=st.sampled_from(["utf-8", "gb18030", "utf-16-le", "utf-16-be"]))
def test_long_text_round_trips_in_any_supported_encoding(text: str, encoding: str) -> None:
    text = to_simplified(text)
    assert aidparse.decode(text.encode(encoding)).text == text


@settings(max_examples=100, deadline=None)
@given(data=st.binary(max_size=300))
def test_arbitrary_bytes_decode_or_raise_typed_error(data: bytes) -> None:
    with contextlib.suppress(aidparse.AidparseError):
        aidparse.decode(data)


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
