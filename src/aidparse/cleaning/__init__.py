"""Cleaning: small single-purpose steps sharing one offset map."""

from aidparse.cleaning.pipeline import CleanConfig, clean, clean_and_explain

__all__ = ["CleanConfig", "clean", "clean_and_explain"]
