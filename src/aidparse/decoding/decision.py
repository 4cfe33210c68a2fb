"""What the detectors decide: a codec and the evidence for it."""

from __future__ import annotations

import dataclasses

from aidparse._record import record
from aidparse.models import Detector, EncodingCandidate, Span

__all__ = ["Decision"]


@record(frozen=False)
class Decision:
    """A codec, the detector that chose it, and what it saw."""

    codec: str
    detector: Detector
    confidence: float
    chinese: bool
    bom: int = 0
    body_codec: str = ""
    evidence: Span | None = None
    candidates: list[EncodingCandidate] = dataclasses.field(default_factory=list)
    text: str | None = None  # the whole text, when deciding already decoded it strictly
