"""The typed results aidparse returns: frozen pydantic models, one module per family.

All models are immutable (``frozen=True``) and reject unknown fields
(``extra="forbid"``), so a typo in a consumer's code fails loudly. Every model
serialises to JSON with ``model_dump_json()`` and describes itself with
``model_json_schema()``.
"""

from aidparse.models.base import Span
from aidparse.models.date import DateMention
from aidparse.models.decode import DecodedText, EncodingCandidate, EncodingGuess, UndecodableSpan
from aidparse.models.editlog import Edit, EditLog
from aidparse.models.provenance import CleanedText, MetadataLine, Removal, Repair
from aidparse.models.quantity import Approx, Quantity, QuantityKind
from aidparse.models.report import (
    QUANTITY_FIELDS,
    REPORT_FIELDS,
    AidReport,
    Figure,
    Period,
    Place,
    PlaceLevel,
    Section,
)
from aidparse.models.script import (
    ClueKind,
    Region,
    Script,
    ScriptCounts,
    ScriptProfile,
    Variant,
    VariantClue,
    VariantEvidence,
)
from aidparse.models.vocab import ByteDamage, Detector, EditReason, MetaField, WarningCode, YearSource
from aidparse.models.warnings import ParseWarning

__all__ = [
    "QUANTITY_FIELDS",
    "REPORT_FIELDS",
    "AidReport",
    "Approx",
    "ByteDamage",
    "CleanedText",
    "ClueKind",
    "DateMention",
    "DecodedText",
    "Detector",
    "Edit",
    "EditLog",
    "EditReason",
    "EncodingCandidate",
    "EncodingGuess",
    "Figure",
    "MetaField",
    "MetadataLine",
    "ParseWarning",
    "Period",
    "Place",
    "PlaceLevel",
    "Quantity",
    "QuantityKind",
    "Region",
    "Removal",
    "Repair",
    "Script",
    "ScriptCounts",
    "ScriptProfile",
    "Section",
    "Span",
    "UndecodableSpan",
    "Variant",
    "VariantClue",
    "VariantEvidence",
    "WarningCode",
    "YearSource",
]
