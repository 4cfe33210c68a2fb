"""UTF-16 and UTF-32 without a byte-order mark: only on positive evidence.

Almost any even-length bytes decode as UTF-16 without an error, so "it
decoded" is no evidence at all. Two things are:

* the NUL-byte pattern: ASCII characters (markup, digits, newlines) put a NUL
  in the high byte of their code unit, so NULs gather on one side of the
  units — odd offsets for little-endian, even for big-endian; UTF-32 puts
  NULs in the top byte of every unit;
* plausible Chinese: read in that byte order, the bytes give Han characters
  common in Chinese (text without a single ASCII character has no NULs).
"""

from __future__ import annotations

from aidparse.decoding.chinese import decode_sample, loglik, read, reads_as_chinese

__all__ = ["nul_pattern", "plausible_wide"]

#: Bytes of the head examined.
_HEAD = 4096
#: Bytes per block of the head that votes on the byte order.
_VOTE_BLOCK = 512
#: Share of code units with a NUL on the expected side for the pattern to count.
_MIN_SHARE = 0.05
#: NULs on the other side may be at most this share of those on the expected side.
_MAX_OTHER = 0.25
#: Mean log-probability per Han character or Chinese punctuation mark a UTF-16 reading must reach.
_SHORT_FLOOR = -10.0


def nul_pattern(data: bytes) -> str | None:
    """The UTF-16/32 codec whose NUL pattern the head of ``data`` shows, if any.

    Examples:
        >>> nul_pattern("援疆 2024\\n".encode("utf-16-le")), nul_pattern("ab".encode("utf-32-be"))
        ('utf-16-le', 'utf-32-be')
        >>> nul_pattern("援疆".encode("utf-16-le")) is None
        True
        >>> nul_pattern("实现“第一个一百年”".encode("utf-16-le"))  # 一 puts NULs in low bytes
        'utf-16-le'
    """
    head = data[:_HEAD]
    quads = len(head) // 4
    if quads >= 2:
        q = head[: quads * 4]
        zeros = [q[i::4].count(0) for i in range(4)]
        if zeros[3] >= 0.95 * quads and zeros[2] >= 0.5 * quads and zeros[0] < 0.5 * quads:
            return "utf-32-le"
        if zeros[0] >= 0.95 * quads and zeros[1] >= 0.5 * quads and zeros[3] < 0.5 * quads:
            return "utf-32-be"
    # UTF-16: each block of the head votes by where its NULs are (a stray byte
    # flips the side for the blocks after it). The NULs say UTF-16, not which
    # byte order: 一 (U+4E00) in little-endian reads as "N" in big-endian, so
    # the order goes to the reading that reads better.
    votes = []
    for start in range(0, max(len(head) - 1, 1), _VOTE_BLOCK):
        block = head[start : start + _VOTE_BLOCK]
        pairs = len(block) // 2
        if pairs == 0:
            break
        even, odd = block[0 : pairs * 2 : 2].count(0), block[1 : pairs * 2 : 2].count(0)
        if odd >= max(2, _MIN_SHARE * pairs) and even <= _MAX_OTHER * odd:
            votes.append("utf-16-le")
        elif even >= max(2, _MIN_SHARE * pairs) and odd <= _MAX_OTHER * even:
            votes.append("utf-16-be")
        else:
            votes.append("")
    decided = [v for v in votes if v]
    if decided and len(decided) * 2 >= len(votes):
        le, be = (loglik(decode_sample(head, codec, final=False)) for codec in ("utf-16-le", "utf-16-be"))
        return "utf-16-le" if le >= be else "utf-16-be"
    return None


def plausible_wide(data: bytes) -> list[str]:
    """The BOM-less UTF-16 byte orders in which the head of ``data`` reads as Chinese.

    Han characters and Chinese punctuation must make up three fifths of what
    is not ASCII, and the reading must pass :func:`reads_as_chinese`.

    Examples:
        >>> plausible_wide("对口援疆工作取得新成效".encode("utf-16-be"))
        ['utf-16-be']
        >>> plausible_wide("对口援疆工作".encode("gbk"))
        []
    """
    head = data[:_HEAD]
    out = []
    for codec in ("utf-16-le", "utf-16-be"):
        r = read(head, codec, final=False)
        if (
            (r.han + r.punct) * 5 >= r.nonascii * 3
            and reads_as_chinese(r)
            and r.han_loglik + r.punct_loglik >= _SHORT_FLOOR * (r.han + r.punct)
        ):
            out.append(codec)
    return out
