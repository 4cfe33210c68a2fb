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
produce by chance).
"""

from __future__ import annotations

import functools
import re

from aidparse.decoding.chinese import read, reads_as_chinese
from aidparse.models import UndecodableSpan

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
    """
    if codec not in SCANNED:
        return []
    if not has_errors and not _utf8_cjk_run(data):
        return []
    segment, core_pattern = _patterns()
    out: list[UndecodableSpan] = []
    for m in segment.finditer(data):
        core_match = core_pattern.search(m.group())
        if core_match is None:
            continue
        core = core_match.group()
        body_strict = _strict(core, codec)
        if body_strict and not _strict(core, "utf-8"):
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
            start = m.start() + core_match.start()
            out.append(UndecodableSpan(start=start, end=start + len(core), reads_as=best.codec))
    return out
