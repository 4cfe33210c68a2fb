"""Damage is not an encoding: cut downloads, stray bytes and foreign footers keep the page's codec.

The reproducers of issue 10 ("What was measured" 1 and 2) are rows here.
"""

from __future__ import annotations

import functools
import random

import pytest
from conftest import SEED_NAMES, seed_text

import aidparse

SEEDS = [name[:3] for name in SEED_NAMES]
SENTENCE = "援疆资金四百万元用于建设学校。"


@functools.cache
def _traditional(prefix: str) -> str:
    import opencc

    return str(opencc.OpenCC("s2t").convert(seed_text(prefix)))


def _seed_bytes(prefix: str, encoding: str) -> bytes:
    text = _traditional(prefix) if encoding.startswith("big5") else seed_text(prefix)
    return text.encode(encoding, errors="ignore")


#: The page's codec and the names that count as it.
FAMILY = {
    "utf-8": {"utf-8"},
    "gbk": {"gb2312", "gbk", "gb18030"},
    "big5": {"big5", "big5hkscs", "cp950"},
    "utf-16-le": {"utf-16-le"},
    "utf-16-be": {"utf-16-be"},
}


def _assert_damaged_reading(data: bytes, encoding: str) -> aidparse.DecodedText:
    """The page's codec was chosen, and every U+FFFD in the text is a recorded range."""
    decoded = aidparse.decode(data)
    guess = decoded.encoding
    assert guess.encoding in FAMILY[encoding], guess
    if all(s.kind is aidparse.ByteDamage.INVALID for s in guess.undecodable):
        assert decoded.text == data.decode(guess.encoding, errors="replace")
    assert decoded.text.count("\ufffd") == len(guess.undecodable)
    return decoded


@pytest.mark.parametrize("cut", range(1, 9))
@pytest.mark.parametrize("encoding", list(FAMILY))
@pytest.mark.parametrize("prefix", SEEDS)
def test_cut_in_the_last_eight_bytes(prefix: str, encoding: str, cut: int) -> None:
    whole = _seed_bytes(prefix, encoding)
    data = whole[:-cut]
    decoded = _assert_damaged_reading(data, encoding)
    # whatever damage there is sits in the last character
    assert all(s.start >= len(data) - 4 for s in decoded.encoding.undecodable)


@pytest.mark.parametrize("encoding", list(FAMILY))
@pytest.mark.parametrize("prefix", SEEDS)
def test_one_stray_byte(prefix: str, encoding: str) -> None:
    whole = _seed_bytes(prefix, encoding)
    rng = random.Random(f"{prefix}{encoding}")
    at = rng.randrange(len(whole) // 4, len(whole) - 400)
    data = whole[:at] + b"\xff" + whole[at:]
    decoded = _assert_damaged_reading(data, encoding)
    # In UTF-16 the byte set aside starts a unit, so it may be the stray byte's
    # neighbour: either way one character is lost and the rest reads in step.
    slack = 2 if encoding.startswith("utf-16") else 0
    assert any(s.start - slack <= at < s.end + slack for s in decoded.encoding.undecodable)
    # a double-byte codec falls back in step at the next ASCII byte, UTF-16 once the byte is set aside
    assert decoded.text[-50:] == whole.decode(encoding)[-50:]


FOOTER = "版权所有：新疆日报社 © 2023 联系我们"


@pytest.mark.parametrize(
    ("body", "footer"),
    [
        ("utf-8", "gbk"),
        ("utf-8", "big5"),
        ("utf-8", "latin-1"),
        ("gbk", "utf-8"),
        ("big5", "utf-8"),
        ("gbk", "big5"),
        ("big5", "gbk"),
    ],
)
def test_foreign_footer(prefix: str, body: str, footer: str) -> None:
    page = _seed_bytes(prefix, body)
    tail = (_traditional_footer() if footer == "big5" else FOOTER).encode(footer, errors="ignore")
    data = page + b"\n" + tail
    decoded = _assert_damaged_reading(data, body)
    assert decoded.encoding.undecodable
    assert all(s.start >= len(page) for s in decoded.encoding.undecodable)
    if body != "utf-8":  # the other codec reads the footer without errors: it is foreign
        assert any(s.kind is aidparse.ByteDamage.FOREIGN for s in decoded.encoding.undecodable)
    # the body is intact
    assert decoded.text.startswith(page.decode(body, errors="ignore")[:200])


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_one_lost_byte_in_utf16(prefix: str, encoding: str) -> None:
    whole = _seed_bytes(prefix, encoding)
    at = random.Random(prefix).randrange(len(whole) // 4, len(whole) - 200)
    data = whole[:at] + whole[at + 1 :]
    decoded = _assert_damaged_reading(data, encoding)
    steps = [s for s in decoded.encoding.undecodable if s.kind is aidparse.ByteDamage.OUT_OF_STEP]
    assert len(steps) == 1 and abs(steps[0].start - at) <= 2
    assert decoded.text[-100:] == whole.decode(encoding)[-100:]  # the rest reads in step


@pytest.fixture(params=SEEDS)
def prefix(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def _traditional_footer() -> str:
    return "版權所有：新疆日報社 2023 聯繫我們"


def test_cp1252_quotes_in_a_utf8_page() -> None:
    data = seed_text("001").encode() + b"\n\x93Xinjiang\x94 \x96 page 2\n"
    decoded = _assert_damaged_reading(data, "utf-8")
    assert len(decoded.encoding.undecodable) == 3


# Issue 10, "What was measured" 1: inputs that crashed with OverflowError.
@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        pytest.param(SENTENCE.encode() + b"\x8dxn\xd6\x8c\xe6\xfc\xb6*\xa6;\xf9\xaba|\x08\x8a" + SENTENCE.encode(),
                     "utf-8", id="utf8-17-random-bytes-utf8"),
        pytest.param(_seed_bytes("000", "big5") + SENTENCE.encode(), "big5", id="big5-utf8-footer"),
        pytest.param(seed_text("000").encode("utf-16-le")[:-1], "utf-16-le", id="utf16le-missing-last-byte"),
    ],
)
def test_issue10_crash_reproducers(data: bytes, encoding: str) -> None:
    decoded = _assert_damaged_reading(data, encoding)
    assert decoded.encoding.undecodable
    report = aidparse.parse(data)
    assert aidparse.WarningCode.UNDECODABLE_BYTES in [w.code for w in report.warnings]


@pytest.mark.parametrize("start", range(0, 400, 40))
def test_utf16_truncations_do_not_crash(start: int) -> None:
    # issue 10: 148 of 400 random truncations of a UTF-16-LE seed crashed parse
    data = seed_text("000").encode("utf-16-le")
    rng = random.Random(start)
    for _ in range(40):
        cut = data[: rng.randrange(2, len(data))]
        decoded = aidparse.decode(cut)
        assert decoded.encoding.encoding == "utf-16-le"


# Issue 10, "What was measured" 2: damaged UTF-8 read as BOM-less UTF-16.
@pytest.mark.parametrize(
    "data",
    [
        pytest.param(_seed_bytes("000", "utf-8")[:7818], id="head-c-7818"),
        pytest.param(_seed_bytes("000", "utf-8")[:3000] + b"\xff" + _seed_bytes("000", "utf-8")[3000:],
                     id="one-stray-byte"),
        pytest.param(_seed_bytes("000", "utf-8") + "关闭窗口".encode("gbk"), id="gbk-footer"),
        pytest.param(_seed_bytes("000", "utf-8") + "Copyright © 2023 Tianshan Net".encode("latin-1"),
                     id="latin1-footer"),
        pytest.param(_seed_bytes("000", "utf-8") + b"\x93quoted\x94", id="cp1252-quotes"),
    ],
)
def test_issue10_damaged_utf8_is_utf8(data: bytes) -> None:
    _assert_damaged_reading(data, "utf-8")
    report = aidparse.parse(data)
    codes = [w.code for w in report.warnings]
    assert aidparse.WarningCode.UNDECODABLE_BYTES in codes
    assert report.quantities  # the page reads as the report it is


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        pytest.param("援疆 2024\n对口支援\n".encode("utf-16-le"), "utf-16-le", id="ascii-nuls-le"),
        pytest.param("援疆 2024\n对口支援\n".encode("utf-16-be"), "utf-16-be", id="ascii-nuls-be"),
        pytest.param("Hello, world. Plain English in UTF-16.\n".encode("utf-16-le"), "utf-16-le",
                     id="english-utf16"),
        pytest.param("对口援疆工作取得新成效".encode("utf-16-le"), "utf-16-le", id="chinese-no-ascii-le"),
        pytest.param("对口援疆工作取得新成效".encode("utf-16-be"), "utf-16-be", id="chinese-no-ascii-be"),
        pytest.param("援疆 2024\n".encode("utf-32-le"), "utf-32-le", id="utf32-le"),
        # 一 (U+4E00) puts its NUL in the low byte: little-endian NULs where big-endian ASCII has them
        pytest.param("实现全面小康、实现“第一个一百年".encode("utf-16-le"), "utf-16-le", id="yi-le"),
        pytest.param("实现全面小康、实现“第一个一百年".encode("utf-16-be"), "utf-16-be", id="yi-be"),
    ],
)
def test_bomless_utf16_on_positive_evidence(data: bytes, encoding: str) -> None:
    assert aidparse.detect_encoding(data).encoding == encoding


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(_seed_bytes("002", "utf-8")[:-1], id="utf8-odd-cut"),
        pytest.param(_seed_bytes("002", "utf-8")[:-2], id="utf8-even-cut"),
        pytest.param(_seed_bytes("003", "gbk") + b"\x81", id="gbk-lead-byte-at-end"),
        pytest.param(random.Random(5).randbytes(4000).replace(b"\x00", b"\x01"), id="random-even-bytes"),
    ],
)
def test_no_utf16_without_evidence(data: bytes) -> None:
    try:
        guess = aidparse.detect_encoding(data)
    except aidparse.BinaryInputError:
        return
    assert not guess.encoding.startswith(("utf-16", "utf-32"))


def test_cli_batch_with_a_former_crash_keeps_every_file(tmp_path: object) -> None:
    # issue 10: the OverflowError stopped `aidparse a b c` at that file, and --format csv wrote 0 bytes
    import pathlib
    import subprocess
    import sys

    folder = pathlib.Path(str(tmp_path))
    names = []
    for i, data in enumerate([_seed_bytes("001", "utf-8"), _seed_bytes("000", "big5") + SENTENCE.encode(),
                              _seed_bytes("002", "gbk")]):
        path = folder / f"page{i}.html"
        path.write_bytes(data)
        names.append(str(path))
    out = subprocess.run([sys.executable, "-m", "aidparse", "--format", "csv", *names],
                         capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert len([ln for ln in out.stdout.splitlines() if ln.strip()]) >= 4  # header and three records
