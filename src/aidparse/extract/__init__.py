"""Extraction: numerals, units, quantities, dates and periods."""

from aidparse.extract.dates import extract_dates
from aidparse.extract.quantities import extract_quantities

__all__ = ["extract_dates", "extract_quantities"]
