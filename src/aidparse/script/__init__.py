"""Script: Simplified vs Traditional profile, and offset-preserving conversion."""

from aidparse.script.convert import to_simplified
from aidparse.script.detect import detect_script

__all__ = ["detect_script", "to_simplified"]
