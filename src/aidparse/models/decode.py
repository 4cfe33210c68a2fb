"""What decoding concluded: the chosen codec and the evidence."""

from __future__ import annotations

from pydantic import Field

from aidparse.models.base import Model, Span

__all__ = ["DecodedText", "EncodingCandidate", "EncodingGuess"]


class EncodingCandidate(Model):
    """One encoding that was tried, with the evidence for and against it."""

    encoding: str
    score: float = Field(description="How Chinese-like the decoded text is; higher is better.")
    strict: bool = Field(description="True when the bytes decode without any error.")
    errors: int = Field(ge=0, description="Number of undecodable byte sequences.")


class EncodingGuess(Model):
    """What :func:`aidparse.detect_encoding` concluded, and why."""

    encoding: str = Field(description="Python codec name of the chosen encoding.")
    confidence: float = Field(ge=0.0, le=1.0)
    bom: bool = Field(default=False, description="A byte-order mark decided the encoding.")
    declared: str | None = Field(
        default=None, description="Charset declared in the bytes (meta tag, XML) or by the caller."
    )
    declared_consistent: bool | None = Field(
        default=None, description="Whether the declared charset decodes the bytes well."
    )
    candidates: list[EncodingCandidate] = Field(default_factory=list)
    undecodable: list[Span] = Field(
        default_factory=list, description="Byte ranges that could not be decoded."
    )


class DecodedText(Model):
    """Text decoded from bytes, with the evidence about its encoding."""

    text: str
    encoding: EncodingGuess
