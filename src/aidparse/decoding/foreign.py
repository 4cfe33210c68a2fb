"""Foreign runs: bytes of another encoding inside a GB or Big5 page.

A GBK page with a UTF-8 footer decodes without an error: GB18030 reads the
UTF-8 bytes as rare characters (mojibake). A Big5 page with one shows errors
and mojibake. Damage is not an encoding: the body keeps its codec, and each
run that another Chinese codec reads cleanly and far better is recorded as
an undecodable range (``reads_as`` names the codec that reads it) and stands
as one U+FFFD in the text.

Runs are cut at ASCII bytes below ``0``: no multi-byte character of UTF-8,
GB18030 or Big5 contains one, so each cut is a character boundary in all of
them. The scan runs only when there is a sign of damage: decoding errors, or
three UTF-8-encoded CJK characters in a row (which GB or Big5 text does not
produce by chance) for the whole page; a last line that reads as rare
characters (Big5 read as GB, or GB as Big5) for its last 512 bytes.
"""

from __future__ import annotations

import functools
import re

from aidparse.decoding.chinese import LOGP_ASCII, decode_sample, loglik, read, reads_as_chinese
from aidparse.models import ByteDamage, UndecodableSpan

__all__ = ["SCANNED", "foreign_runs"]

#: Body codecs the scan applies to, and the codecs a foreign run may be in.
SCANNED = ("gb18030", "big5", "big5hkscs")
_ALTERNATIVES = ("utf-8", "gb18030", "big5hkscs")
_FAMILY = {"gb18030": "gb", "big5": "big5", "big5hkscs": "big5", "utf-8": "utf-8"}
#: Nats per byte by which the foreign reading must beat the body's reading.
_MARGIN = 1.0


@functools.cache
def _patterns() -> tuple[re.Pattern[bytes], re.Pattern[bytes]]:
    segment = re.compile(rb"[^\x00-\x2f]+")  # runs between ASCII bytes below "0"
    core = re.compile(rb"[\x80-\xff](?:.*[\x80-\xff])?", re.DOTALL)  # first to last non-ASCII byte
    return segment, core


#: Bytes as classes: L for a UTF-8 lead byte of a CJK character (E4-E9), C for a
#: continuation byte, . for the rest; three UTF-8 CJK characters in a row read LCCLCCLCC.
_CLASSES = bytes(
    ord("L") if 0xE4 <= b <= 0xE9 else ord("C") if 0x80 <= b <= 0xBF else ord(".") for b in range(256)
)
_UTF8_CJK_RUN = b"LCC" * 3


def _utf8_cjk_run(data: bytes) -> bool:
    """Three UTF-8-encoded CJK characters in a row somewhere in ``data``."""
    return _UTF8_CJK_RUN in data.translate(_CLASSES)


def _strict(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


def foreign_runs(data: bytes, codec: str, has_errors: bool) -> list[UndecodableSpan]:
    """Byte ranges of ``data`` that are in another Chinese codec than the body's ``codec``.

    Examples:
        >>> page = "援疆资金四百万元\\n".encode("gbk") + "版权所有 新疆日报".encode("utf-8")
        >>> [(s.start, s.end, s.reads_as) for s in foreign_runs(page, "gb18030", False)]
        [(17, 29, 'utf-8'), (30, 42, 'utf-8')]
        >>> page = "援疆资金四百万元\\n".encode("gbk") + "版權所有 新疆日報社".encode("big5")
        >>> [(s.start, s.end, s.reads_as) for s in foreign_runs(page, "gb18030", False)]
        [(17, 25, 'big5hkscs'), (26, 36, 'big5hkscs')]
    """
    if codec not in SCANNED:
        return []
    if has_errors or _utf8_cjk_run(data):
        start, every = 0, False
    elif _tail_reads_badly(data, codec):
        # A footer in the other double-byte codec decodes without an error: the
        # tail reading as rare characters is the sign. Start after a cut.
        start = len(data) - _TAIL
        cut = _CUT.search(data, start)
        start, every = (cut.end() if cut else len(data)), True
    else:
        return []
    segment, core_pattern = _patterns()
    out: list[UndecodableSpan] = []
    for m in segment.finditer(data, start):
        core_match = core_pattern.search(m.group())
        if core_match is None:
            continue
        core = core_match.group()
        if not every and _strict(core, codec) and not _strict(core, "utf-8"):
            continue  # clean in the body's codec, and not UTF-8: nothing foreign here
        body = read(core, codec)
        best = None
        for alt in _ALTERNATIVES:
            if _FAMILY[alt] == _FAMILY[codec] or not _strict(core, alt):
                continue
            r = read(core, alt)
            if r.nonascii >= 2 and reads_as_chinese(r) and r.score >= body.score + _MARGIN and (
                best is None or r.score > best.score
            ):
                best = r
        if best is not None:
            at = m.start() + core_match.start()
            out.append(UndecodableSpan._trusted(at, at + len(core), ByteDamage.FOREIGN, best.codec))
    return out


#: Bytes at the end of a page examined for a footer in another double-byte codec.
_TAIL = 512
#: Mean log-probability per character of the tail below which it is examined (Chinese runs -7.5).
_TAIL_FLOOR = -9.5
#: An ASCII byte below "0": a character boundary in UTF-8, GB18030 and Big5 alike.
_CUT = re.compile(rb"[\x00-\x2f]")


def _tail_reads_badly(data: bytes, codec: str) -> bool:
    """Whether the page's last line reads as rare characters in ``codec``."""
    tail = data[-_TAIL:].rstrip(b" \t\r\n")
    newline = tail.rfind(b"\n")
    if newline < 0:
        cut = _CUT.search(tail)
        if cut is None:
            return False
        newline = cut.start()
    text = decode_sample(tail[newline + 1 :], codec)
    wide = len(text) - len(text.encode("ascii", errors="ignore"))
    if wide < 4:
        return False
    ascii_part = (len(text) - wide) * LOGP_ASCII
    return (loglik(text) - ascii_part) / wide < _TAIL_FLOOR
