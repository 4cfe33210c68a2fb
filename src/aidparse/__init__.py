"""aidparse: typed parsing of scraped Chinese pairing-aid (对口援疆) reports.

Bytes or text of a scraped report in, a typed :class:`AidReport` out::

    import aidparse
    report = aidparse.parse(open("report.html", "rb").read())

This module only re-exports; nothing is loaded until first use.
"""

import logging

from aidparse.clean import CleanConfig, clean, clean_and_explain
from aidparse.dates import extract_dates
from aidparse.decode import decode, detect_encoding
from aidparse.errors import (
    AidparseError,
    BinaryInputError,
    InputTooLargeError,
    UnknownEncodingError,
)
from aidparse.export import to_csv, to_dataframe
from aidparse.models import (
    AidReport,
    Approx,
    CleanedText,
    DateMention,
    DecodedText,
    EncodingCandidate,
    EncodingGuess,
    Figure,
    MetadataLine,
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
)
from aidparse.quantities import extract_quantities
from aidparse.report import parse
from aidparse.script import detect_script, to_simplified

__version__ = "0.1.0"

__all__ = [
    "AidReport",
    "AidparseError",
    "Approx",
    "BinaryInputError",
    "CleanConfig",
    "CleanedText",
    "DateMention",
    "DecodedText",
    "EncodingCandidate",
    "EncodingGuess",
    "Figure",
    "InputTooLargeError",
    "MetadataLine",
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
    "UnknownEncodingError",
    "__version__",
    "clean",
    "clean_and_explain",
    "decode",
    "detect_encoding",
    "detect_script",
    "extract_dates",
    "extract_quantities",
    "parse",
    "to_csv",
    "to_dataframe",
    "to_simplified",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
