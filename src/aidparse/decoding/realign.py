"""Out of step: a stray or lost byte in BOM-less UTF-16 text.

One byte too many or too few shifts every two-byte unit after it, and the
rest of the page decodes without an error into other characters. The page
is still UTF-16: the byte where the shift starts is set aside (recorded as
an out-of-step range, standing as one U+FFFD) and the rest is read in step.

The text is judged in blocks of 256 bytes: a block that reads as garbage
(mean log-probability below -11 per character, where Chinese runs -7.5 and
ASCII -4.5) and reads at least 3 nats per character better one byte later
marks a shift (a last block of a few bytes is judged with the bytes before
it, 32 in all: one rare character alone reads as garbage); of the bytes that
start a unit, the one whose removal reads the surrounding 512 bytes best is
set aside.
"""

from __future__ import annotations

from aidparse.decoding.chinese import decode_sample, loglik
from aidparse.models import ByteDamage, UndecodableSpan

__all__ = ["out_of_step"]

_BLOCK = 256
_GARBAGE = -11.0
_GAIN = 3.0
#: At most this many shifts are repaired (random bytes are garbage in every step).
_MAX_SHIFTS = 16
#: A block shorter than this is too little text to judge (one rare character reads as garbage).
_MIN_BYTES = 32


def _mean(chunk: bytes, codec: str) -> float:
    text = decode_sample(chunk, codec, final=False)
    return loglik(text) / max(len(text), 1)


def out_of_step(data: bytes, codec: str) -> list[UndecodableSpan]:
    """The single bytes to set aside so that UTF-16 ``data`` reads in step throughout.

    Examples:
        >>> text = "对口援疆工作取得新成效，各族群众生活水平不断提高。" * 12
        >>> data = text.encode("utf-16-le")
        >>> damaged = data[:300] + b"\\x7f" + data[300:]
        >>> [(s.start, s.end) for s in out_of_step(damaged, "utf-16-le")]
        [(300, 301)]
        >>> out_of_step(data, "utf-16-le")
        []
    """
    if codec not in ("utf-16-le", "utf-16-be"):
        return []
    spans: list[UndecodableSpan] = []
    base = pos = 0
    while len(spans) < _MAX_SHIFTS:
        last = len(data) - pos <= _BLOCK
        if last and len(data) - pos < _MIN_BYTES:  # a few bytes at the end: judged with those before
            pos = max(base, len(data) - _MIN_BYTES)
            pos -= (pos - base) % 2  # an even distance from base: in step with the text before
            if len(data) - pos < _MIN_BYTES:
                break
        here = _mean(data[pos : pos + _BLOCK], codec)
        if here >= _GARBAGE or _mean(data[pos + 1 : pos + 1 + _BLOCK], codec) < here + _GAIN:
            if last:
                break
            pos += _BLOCK
            continue
        lo, hi = max(base, pos - _BLOCK), min(len(data), pos + _BLOCK)
        # Only bytes that start a unit may be set aside: the text before one is
        # then whole units, and the text after it decodes in step on its own.
        best = max(range(lo, hi, 2), key=lambda k: loglik(
            decode_sample(data[lo:k] + data[k + 1 : hi + 1], codec, final=False)))
        spans.append(UndecodableSpan._trusted(best, best + 1, ByteDamage.OUT_OF_STEP))
        base = pos = best + 1
    return spans
