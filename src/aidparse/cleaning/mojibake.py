"""Mojibake repair: UTF-8 read as Latin-1 or cp1252.

Misaligned GBK, the damage of converter sites, is repaired by
:mod:`aidparse.cleaning.misaligned`.
"""

from __future__ import annotations

from aidparse._lazy import lazy_regex
from aidparse.cleaning.edits import Change
from aidparse.models.vocab import EditReason

__all__ = ["find_latin1_mojibake"]

_CP1252_EXTRA = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ"
_LATIN1_RUN = lazy_regex(
    rf"(?:[\u00c0-\u00ff][\u0080-\u00bf{_CP1252_EXTRA}]+)+"  # lead byte, continuation bytes
)


def find_latin1_mojibake(text: str) -> list[Change]:
    """UTF-8 bytes that were read as Latin-1 or cp1252 (``æ´ç–†`` for 援疆).

    >>> from aidparse.cleaning.edits import apply_changes
    >>> bad = "资金".encode("utf-8").decode("cp1252")
    >>> bad
    'èµ„é‡‘'
    >>> apply_changes("援疆" + bad, find_latin1_mojibake("援疆" + bad))
    '援疆资金'
    >>> bad = "援疆".encode("utf-8").decode("latin-1")
    >>> apply_changes(bad, find_latin1_mojibake(bad))
    '援疆'
    >>> find_latin1_mojibake("xiàng café")
    []
    """
    edits = []
    for m in _LATIN1_RUN.finditer(text):
        fixed = None
        for codec in ("cp1252", "latin-1"):
            try:
                fixed = m.group().encode(codec).decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
            break
        if fixed and not fixed.isascii() and len(fixed) < m.end() - m.start():
            edits.append(Change(m.start(), m.end(), fixed, reason=EditReason.LATIN1_MOJIBAKE,
                                confidence=0.95))
    return edits
