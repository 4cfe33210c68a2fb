"""What a report should say about how its bytes were decoded."""

from __future__ import annotations

import collections

from aidparse.models import ByteDamage, EncodingGuess, ParseWarning, WarningCode

__all__ = ["LOW_CONFIDENCE", "encoding_warnings"]

#: Confidence at or below which the encoding is reported as uncertain: no
#: better than even between two readings.
LOW_CONFIDENCE = 0.5


def encoding_warnings(guess: EncodingGuess) -> list[ParseWarning]:
    """Warnings for damaged bytes, a wrong or unknown declaration, and an uncertain encoding.

    Examples:
        >>> from aidparse.decoding import detect_encoding
        >>> [w.code.value for w in encoding_warnings(detect_encoding(b"<meta charset=rot13>"))]
        ['unknown-declared-charset']
    """
    out: list[ParseWarning] = []
    if guess.undecodable:
        kinds = collections.Counter(
            s.kind.value for s in guess.undecodable if s.kind is not ByteDamage.INVALID)
        detail = "".join(f", {n} {kind}" for kind, n in sorted(kinds.items()))
        out.append(ParseWarning.model_construct(
            code=WarningCode.UNDECODABLE_BYTES,
            message=f"{len(guess.undecodable)} byte ranges could not be decoded as {guess.encoding}"
                    f"{detail}; each stands as U+FFFD"))
    if guess.declared is not None and guess.declared_codec is None:
        out.append(ParseWarning.model_construct(
            code=WarningCode.UNKNOWN_DECLARED_CHARSET,
            message=f"declared charset {guess.declared!r} is not a web text encoding; ignored"))
    elif guess.declared_consistent is False:
        out.append(ParseWarning.model_construct(
            code=WarningCode.DECLARED_CHARSET_MISMATCH,
            message=f"declared charset {guess.declared} disagrees with the bytes; read as {guess.encoding}"))
    if guess.confidence <= LOW_CONFIDENCE:
        out.append(ParseWarning.model_construct(
            code=WarningCode.LOW_CONFIDENCE_ENCODING,
            message=f"encoding {guess.encoding} chosen by {guess.detector.value} "
                    f"with confidence {guess.confidence:.2f}"))
    return out
