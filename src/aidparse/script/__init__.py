"""Script: Simplified vs Traditional profile, regional variant, and offset-preserving conversion.

Names load their module on first use (PEP 562), so ``to_simplified`` does not
import the models (pydantic) that ``detect_script`` needs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from aidparse.script.convert import conversion_runs, to_simplified
    from aidparse.script.detect import detect_script
    from aidparse.script.variant import detect_variant

__all__ = ["conversion_runs", "detect_script", "detect_variant", "to_simplified"]

_SOURCES = {
    "conversion_runs": "aidparse.script.convert",
    "to_simplified": "aidparse.script.convert",
    "detect_script": "aidparse.script.detect",
    "detect_variant": "aidparse.script.variant",
}


def __getattr__(name: str) -> Any:
    module = _SOURCES.get(name)
    if module is None:
        raise AttributeError(f"module 'aidparse.script' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
