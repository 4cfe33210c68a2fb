"""Cleaning: small single-purpose steps sharing one offset map."""

from aidparse.clean.pipeline import CleanConfig, clean, clean_and_explain

__all__ = ["CleanConfig", "clean", "clean_and_explain"]
