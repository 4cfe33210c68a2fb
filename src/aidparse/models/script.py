"""Script profiles: Simplified, Traditional, mixed, per document and paragraph; regional variant."""

from __future__ import annotations

from enum import Enum

from pydantic import Field

from aidparse.models.base import Model, Span, new_list

__all__ = [
    "ClueKind",
    "Region",
    "Script",
    "ScriptCounts",
    "ScriptProfile",
    "Variant",
    "VariantClue",
    "VariantEvidence",
]


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


class Region(str, Enum):
    """A region whose Traditional standard OpenCC knows."""

    TAIWAN = "tw"
    HONG_KONG = "hk"


class ClueKind(str, Enum):
    """What a :class:`VariantClue` is."""

    CHARACTER = "character"
    """A character form of one region's variant table (裡, 衞), or one Taiwan never writes (爲, 着)."""
    PHRASE = "phrase"
    """A regional spelling or word of OpenCC's regional phrase tables (網路, 資訊)."""
    OUTLET = "outlet"
    """The name of a news outlet of the region (中央社, 中評社)."""
    CONVERSION = "conversion"
    """A place where the region's config converts differently from ``t2s`` (著 in 隨著, 衞)."""


class VariantClue(Model):
    """One form seen in the text, counted for (or against) a region."""

    form: str = Field(description="The form as it stands in the text.")
    region: Region
    kind: ClueKind
    against: bool = Field(default=False, description="The region's standard never writes this form.")
    count: int = Field(ge=1, description="Occurrences in Traditional paragraphs.")
    first: Span = Field(description="The first occurrence.")


class VariantEvidence(Model):
    """Why a regional variant was (or was not) chosen; see :func:`aidparse.script.variant.detect_variant`."""

    variant: Variant
    taiwan: int = Field(description="Clues for Taiwan minus clues against it.")
    hong_kong: int = Field(description="Clues for Hong Kong.")
    outside: int = Field(
        default=0, ge=0,
        description="Places outside Traditional paragraphs a regional config would convert "
                    "differently; any of them keeps that config out.")
    clues: list[VariantClue] = Field(default_factory=new_list)


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
    """Script verdict for a document, with one entry per paragraph, and its regional variant."""

    paragraphs: list[ScriptCounts] = Field(default_factory=new_list)
    variant: Variant = Field(
        default=Variant.T2S,
        description="The OpenCC config the text is converted with (t2s, tw2s or hk2s).")
    variant_evidence: VariantEvidence | None = Field(
        default=None, description="The clues behind the variant; none when no paragraph is Traditional.")
