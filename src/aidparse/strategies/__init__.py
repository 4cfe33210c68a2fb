"""Hypothesis strategies (placeholder while building)."""
