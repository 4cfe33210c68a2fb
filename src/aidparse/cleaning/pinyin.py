"""Pinyin annotations that converter sites put after characters.

``東營(yíng)`` and ``山东(shāndōng)`` lose their annotation; doubled ones
(``(yíng)(yíng)``) and truncated ones (``(yín`` at a line end) too. Real
parentheses stay: they hold Han characters (``(通讯员 任浩)``), capitals
(``(EICU)``) or no tone mark at all.
"""

from __future__ import annotations

from aidparse._lazy import VERBOSE, lazy_regex
from aidparse.cleaning.edits import Change
from aidparse.models.vocab import EditReason

__all__ = ["find_pinyin"]

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_LETTER = f"a-zü{_TONED}"

_ANNOTATION = lazy_regex(
    rf"""
    (?<=[\p{{Han}}])                 # right after a Han character
    (?:
        [(（]                         # opening parenthesis, ASCII or full width
        (?=[{_LETTER}\s]*[{_TONED}])  # at least one tone mark inside
        [{_LETTER}]+(?:\s[{_LETTER}]+)*
        (?:[)）]|(?![{_LETTER}]))     # closed, or truncated
    )+                                # doubled annotations go together
    """,
    VERBOSE,
)


def find_pinyin(text: str) -> list[Change]:
    """Find pinyin annotations after Han characters.

    >>> from aidparse.cleaning.edits import apply_changes
    >>> apply_changes("東營(yíng)援疆", find_pinyin("東營(yíng)援疆"))
    '東營援疆'
    >>> apply_changes("山东(shāndōng)(shāndōng)", find_pinyin("山东(shāndōng)(shāndōng)"))
    '山东'
    >>> apply_changes("(通讯员 任浩) 医院(EICU) 项(xiàng", find_pinyin("(通讯员 任浩) 医院(EICU) 项(xiàng"))
    '(通讯员 任浩) 医院(EICU) 项'
    """
    return [Change(m.start(), m.end(), reason=EditReason.PINYIN) for m in _ANNOTATION.finditer(text)]
