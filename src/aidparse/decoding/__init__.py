"""Decoding: bytes to text, with the evidence for the encoding chosen."""

from aidparse.decoding.detect import decode, detect_encoding

__all__ = ["decode", "detect_encoding"]
