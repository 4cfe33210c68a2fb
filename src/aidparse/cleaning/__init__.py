"""Cleaning: small single-purpose steps sharing one offset map.

The pipeline runs steps from this package and from :mod:`aidparse.article`
(which itself builds on :mod:`aidparse.cleaning.edits`), so the public names
are imported on first use (PEP 562) rather than when the package loads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from aidparse.cleaning.pipeline import CleanConfig, clean, clean_and_explain

__all__ = ["CleanConfig", "clean", "clean_and_explain"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from aidparse.cleaning import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
