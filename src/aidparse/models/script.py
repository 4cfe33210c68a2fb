"""Script profiles: Simplified, Traditional, mixed, per document and paragraph."""

from __future__ import annotations

from enum import Enum

from pydantic import Field

from aidparse.models.base import Model, Span

__all__ = ["Script", "ScriptCounts", "ScriptProfile"]


class Script(str, Enum):
    """Verdict on the Chinese script of a text."""

    SIMPLIFIED = "simplified"
    TRADITIONAL = "traditional"
    MIXED = "mixed"
    NONE = "none"


class ScriptCounts(Model):
    """Character counts behind a script verdict, for a document or a paragraph."""

    script: Script
    span: Span
    han: int = Field(ge=0, description="Han characters in all.")
    simplified: int = Field(ge=0, description="Characters that exist only in Simplified.")
    traditional: int = Field(ge=0, description="Characters that exist only in Traditional.")
    shared: int = Field(ge=0, description="Han characters common to both scripts.")
    latin: int = Field(ge=0, default=0)
    pinyin: int = Field(ge=0, default=0, description="Tone-marked pinyin letters.")
    arabic: int = Field(ge=0, default=0, description="Arabic-script letters (e.g. Uyghur).")
    cyrillic: int = Field(ge=0, default=0)


class ScriptProfile(ScriptCounts):
    """Script verdict for a document, with one entry per paragraph."""

    paragraphs: list[ScriptCounts] = Field(default_factory=list)
