"""What decoding concluded: the chosen codec and the evidence."""

from __future__ import annotations

from pydantic import ConfigDict, Field
from pydantic.dataclasses import dataclass as pydantic_dataclass

from aidparse.models.base import Model, Span, new_list
from aidparse.models.vocab import ByteDamage, Detector

__all__ = ["DecodedText", "EncodingCandidate", "EncodingGuess", "UndecodableSpan"]

_new_span = object.__new__
_setattr = object.__setattr__


class EncodingCandidate(Model):
    """One encoding that was tried on the evidence sample, with the evidence for and against it."""

    encoding: str
    score: float = Field(
        description="Log-likelihood per byte of the sample's decoding under the Chinese character "
        "model, errors included (each undecodable sequence costs as much as a very rare "
        "character); higher is better."
    )
    strict: bool = Field(description="True when the sample decodes without any error.")
    errors: int = Field(ge=0, description="Number of undecodable byte sequences in the sample.")


@pydantic_dataclass(frozen=True, slots=True, config=ConfigDict(extra="forbid", defer_build=True))
class UndecodableSpan(Span):
    """A byte range of the input that stands as one U+FFFD in the decoded text.

    ``kind`` says why; for bytes of another encoding ``reads_as`` names the
    codec that reads them (a UTF-8 footer on a GBK page).
    """

    kind: ByteDamage = ByteDamage.INVALID
    reads_as: str | None = None

    @classmethod
    def _trusted(cls, start: int, end: int, kind: ByteDamage = ByteDamage.INVALID,
                 reads_as: str | None = None) -> UndecodableSpan:
        """A range known valid (``0 <= start <= end``), built without validating again (see
        :meth:`Span._trusted`).

        >>> UndecodableSpan._trusted(2, 3) == UndecodableSpan(start=2, end=3)
        True
        """
        span = _new_span(cls)
        _setattr(span, "start", start)
        _setattr(span, "end", end)
        _setattr(span, "kind", kind)
        _setattr(span, "reads_as", reads_as)
        return span


class EncodingGuess(Model):
    """What :func:`aidparse.detect_encoding` concluded, and why.

    The decoded text is ``encoding``'s decoding of the bytes outside
    ``undecodable``, each undecodable range standing as one U+FFFD; when
    every range is of kind ``invalid``, that is exactly
    ``data.decode(encoding, errors="replace")``.
    """

    encoding: str = Field(description="Python codec name that decodes the bytes to the text.")
    confidence: float = Field(
        ge=0.0, le=1.0,
        description="How sure the detector is that the text is the right reading of the bytes "
        "(see the decoding docs for what each detector's figure means).",
    )
    detector: Detector = Field(description="The evidence that decided the encoding.")
    chinese: bool = Field(
        default=False,
        description="Whether the text reads as Chinese (Han characters that are common in "
        "Chinese, not Japanese kana or Korean Hangul).",
    )
    bom: bool = Field(default=False, description="A byte-order mark decided the encoding.")
    declared: str | None = Field(
        default=None,
        description="The charset declared in the bytes (meta tag, XML) or by the caller, as "
        "written (lower case).",
    )
    declared_codec: str | None = Field(
        default=None,
        description="The Python codec the declared label means under the WHATWG Encoding "
        "Standard; None when the label names no web text encoding (it was ignored).",
    )
    declared_consistent: bool | None = Field(
        default=None, description="Whether the declared charset decodes the bytes to this text."
    )
    evidence: Span | None = Field(
        default=None, description="The byte range the candidates were scored on."
    )
    candidates: list[EncodingCandidate] = Field(default_factory=new_list)
    undecodable: list[UndecodableSpan] = Field(
        default_factory=new_list, description="Byte ranges that stand as U+FFFD in the text."
    )


class DecodedText(Model):
    """Text decoded from bytes, with the evidence about its encoding."""

    text: str
    encoding: EncodingGuess
