"""Codec names that reproduce the text: the narrowest of a family, or a wider one that decodes more."""

from __future__ import annotations

from aidparse.decoding.labels import codec_family
from aidparse.decoding.recording import decode_recording
from aidparse.models import UndecodableSpan

__all__ = ["decode_named", "widen"]

_GB2312_NEVER = bytes(range(0x80, 0xA1))


def _same_text(narrow: str, codec: str, data: bytes) -> bool:
    """Whether ``narrow`` is known to decode ``data`` as ``codec`` does, when it decodes it at all."""
    if narrow == "ascii" or (narrow, codec) == ("gbk", "gb18030"):
        return True
    # GB2312's own table maps two punctuation marks differently from GBK's.
    return narrow == "gb2312" and codec in ("gbk", "gb18030") and not (
        b"\xa1\xa4" in data or b"\xa1\xaa" in data
    )


def decode_named(data: bytes, codec: str) -> tuple[str, str, list[UndecodableSpan]]:
    """Decode with ``codec``, named by the narrowest codec of its family that gives the same text.

    Returns the name, the text (undecodable sequences as U+FFFD) and their byte ranges.

    Examples:
        >>> decode_named("援疆工作".encode("gbk"), "gb18030")[:2]
        ('gb2312', '援疆工作')
        >>> decode_named("阿卜杜拉·艾力".encode("gbk"), "gb18030")[0]  # gb2312's table reads · as U+30FB
        'gbk'
    """
    family = codec_family(codec)
    for narrow in family[: family.index(codec)] if codec in family else ():
        if narrow == "gb2312" and len(data.translate(None, _GB2312_NEVER)) < len(data):
            continue  # a byte 0x80-0xA0 is part of no GB2312 character: skip a futile decode
        try:
            text = data.decode(narrow)
        except UnicodeDecodeError:
            continue
        if _same_text(narrow, codec, data) or text == data.decode(codec, errors="replace"):
            return narrow, text, []
    text, undecodable = decode_recording(data, codec)
    return codec, text, undecodable


def widen(
    data: bytes, codec: str, text: str, undecodable: list[UndecodableSpan]
) -> tuple[str, str, list[UndecodableSpan]]:
    """A wider codec of the family when it decodes the whole input with fewer errors.

    The sample may not hold the characters only the wider codec has (a
    Big5-HKSCS character far into a Big5 page).

    Examples:
        >>> data = "援疆項目啓動".encode("big5hkscs")
        >>> text, bad = decode_recording(data, "big5")
        >>> widen(data, "big5", text, bad)[:2]
        ('big5hkscs', '援疆項目啓動')
    """
    family = codec_family(codec)
    for wider in family[family.index(codec) + 1 :] if codec in family else ():
        wider_text, wider_bad = decode_recording(data, wider)
        if len(wider_bad) < len(undecodable):
            codec, text, undecodable = wider, wider_text, wider_bad
    return codec, text, undecodable
