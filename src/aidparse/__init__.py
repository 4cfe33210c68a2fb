"""aidparse: typed parsing of scraped Chinese pairing-aid (对口援疆) reports.

Bytes or text of a scraped report in, a typed :class:`AidReport` out::

    import aidparse
    report = aidparse.parse(open("report.html", "rb").read())

This module only re-exports. Each public name is imported from its module on
first use (PEP 562), so ``import aidparse`` loads neither pydantic nor any table.
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from aidparse.cleaning import CleanConfig, clean, clean_and_explain
    from aidparse.corpus.batch import parse_many
    from aidparse.corpus.export import Frames, to_csv, to_dataframe, to_dataframes
    from aidparse.corpus.results import Parsed, ParseFailure
    from aidparse.decoding import decode, detect_encoding
    from aidparse.errors import (
        AidparseError,
        BinaryInputError,
        InputTooLargeError,
        UnknownEncodingError,
    )
    from aidparse.extract import extract_dates, extract_quantities
    from aidparse.models import (
        AidReport,
        Approx,
        ByteDamage,
        CleanedText,
        DateMention,
        DecodedText,
        Detector,
        Edit,
        EditLog,
        EditReason,
        EncodingCandidate,
        EncodingGuess,
        Figure,
        MetadataLine,
        MetaField,
        ParseWarning,
        Period,
        Place,
        PlaceLevel,
        Quantity,
        QuantityKind,
        Removal,
        Repair,
        Script,
        ScriptCounts,
        ScriptProfile,
        Section,
        Span,
        UndecodableSpan,
        Variant,
        VariantEvidence,
        WarningCode,
        YearSource,
    )
    from aidparse.report import parse
    from aidparse.script import detect_script, detect_variant, to_simplified

__version__ = "0.1.0"

__all__ = [
    "AidReport",
    "AidparseError",
    "Approx",
    "BinaryInputError",
    "ByteDamage",
    "CleanConfig",
    "CleanedText",
    "DateMention",
    "DecodedText",
    "Detector",
    "Edit",
    "EditLog",
    "EditReason",
    "EncodingCandidate",
    "EncodingGuess",
    "Figure",
    "Frames",
    "InputTooLargeError",
    "MetaField",
    "MetadataLine",
    "ParseFailure",
    "ParseWarning",
    "Parsed",
    "Period",
    "Place",
    "PlaceLevel",
    "Quantity",
    "QuantityKind",
    "Removal",
    "Repair",
    "Script",
    "ScriptCounts",
    "ScriptProfile",
    "Section",
    "Span",
    "UndecodableSpan",
    "UnknownEncodingError",
    "Variant",
    "VariantEvidence",
    "WarningCode",
    "YearSource",
    "__version__",
    "clean",
    "clean_and_explain",
    "decode",
    "detect_encoding",
    "detect_script",
    "detect_variant",
    "extract_dates",
    "extract_quantities",
    "parse",
    "parse_many",
    "to_csv",
    "to_dataframe",
    "to_dataframes",
    "to_simplified",
]

#: Where each public name lives; imported on first attribute access.
_SOURCES = {
    "aidparse.cleaning": ("CleanConfig", "clean", "clean_and_explain"),
    "aidparse.corpus.batch": ("parse_many",),
    "aidparse.corpus.export": ("Frames", "to_csv", "to_dataframe", "to_dataframes"),
    "aidparse.corpus.results": ("ParseFailure", "Parsed"),
    "aidparse.decoding": ("decode", "detect_encoding"),
    "aidparse.errors": ("AidparseError", "BinaryInputError", "InputTooLargeError",
                        "UnknownEncodingError"),
    "aidparse.extract": ("extract_dates", "extract_quantities"),
    "aidparse.models": ("AidReport", "Approx", "CleanedText", "DateMention", "DecodedText",
                        "EncodingCandidate", "EncodingGuess", "Figure", "MetadataLine", "Period",
                        "Place", "PlaceLevel", "Quantity", "QuantityKind", "Removal", "Repair",
                        "Script", "ScriptCounts", "ScriptProfile", "Section", "Span",
                        "UndecodableSpan", "ByteDamage", "Detector", "Edit", "EditLog", "EditReason",
                        "MetaField", "ParseWarning", "Variant", "VariantEvidence", "WarningCode",
                        "YearSource"),
    "aidparse.report": ("parse",),
    "aidparse.script": ("detect_script", "detect_variant", "to_simplified"),
}
_MODULE_OF = {name: module for module, names in _SOURCES.items() for name in names}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module 'aidparse' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


logging.getLogger(__name__).addHandler(logging.NullHandler())
