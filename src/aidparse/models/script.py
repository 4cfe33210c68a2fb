"""Script profiles: Simplified, Traditional, mixed, per document and paragraph."""

from __future__ import annotations

from enum import Enum

from pydantic import Field

from aidparse.models.base import Model, Span

__all__ = ["Script", "ScriptCounts", "ScriptProfile", "Variant"]


class Script(str, Enum):
    """Verdict on the Chinese script of a text."""

    SIMPLIFIED = "simplified"
    TRADITIONAL = "traditional"
    MIXED = "mixed"
    NONE = "none"


class Variant(str, Enum):
    """Which of upstream OpenCC's Traditional-to-Simplified configs fits a text.

    ``t2s`` is OpenCC's standard Traditional (the default), ``tw2s`` Taiwan's
    forms (著 for 着, 裡 for 裏), ``hk2s`` Hong Kong's (衞, 説, 綫).
    """

    T2S = "t2s"
    TW2S = "tw2s"
    HK2S = "hk2s"


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
