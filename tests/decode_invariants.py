"""What must hold for ``decode`` on any bytes (used by the property tests and benchmarks/fuzz_decode.py).

``violations(data)`` returns a list of what went wrong (empty when all holds):

* only :class:`aidparse.AidparseError` subclasses are raised;
* the guess names a Python codec that reproduces the text: the bytes outside
  ``undecodable`` decoded with ``encoding``, each undecodable range as one
  U+FFFD; and, when no range is foreign, exactly
  ``data.decode(encoding, errors="replace")``;
* undecodable ranges are sorted, disjoint and inside the input;
* the same bytes give the same result twice, and the result survives a JSON
  round trip.
"""

from __future__ import annotations

import codecs

import aidparse
from aidparse.models import DecodedText


def rebuild(data: bytes, decoded: DecodedText) -> str:
    """The text the guess says the bytes decode to."""
    guess = decoded.encoding
    if all(s.kind is aidparse.ByteDamage.INVALID for s in guess.undecodable):
        return data.decode(guess.encoding, errors="replace")
    parts, pos = [], 0
    for span in guess.undecodable:
        if span.kind is not aidparse.ByteDamage.INVALID:
            parts += [data[pos:span.start].decode(guess.encoding, errors="replace"), "\ufffd"]
            pos = span.end
    parts.append(data[pos:].decode(guess.encoding, errors="replace"))
    return "".join(parts)


def violations(data: bytes) -> list[str]:
    """Every invariant ``decode(data)`` breaks, as short descriptions."""
    try:
        decoded = aidparse.decode(data)
    except aidparse.AidparseError:
        return []
    except Exception as exc:  # the property under test: nothing else escapes
        return [f"raised {type(exc).__name__}: {exc}"]
    out = []
    guess = decoded.encoding
    try:
        codecs.lookup(guess.encoding)
    except LookupError:
        out.append(f"unknown codec {guess.encoding!r}")
        return out
    if rebuild(data, decoded) != decoded.text:
        out.append(f"text differs from its decoding with {guess.encoding}")
    end = 0
    for span in guess.undecodable:
        if span.start < end or span.end > len(data) or span.start >= span.end:
            out.append(f"bad undecodable span {span.start}-{span.end} after {end}")
            break
        end = span.end
    again = aidparse.decode(data)
    if again != decoded:
        out.append("not deterministic")
    if DecodedText.model_validate_json(decoded.model_dump_json()) != decoded:
        out.append("JSON round trip changes the result")
    return out
