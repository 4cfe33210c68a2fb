"""Patterns compiled on first use, so importing aidparse compiles nothing."""

from __future__ import annotations

import re
from typing import Any, cast

import regex

__all__ = ["lazy_re", "lazy_regex", "lazy_regex_bytes"]


class _LazyPattern:
    """Stands in for a compiled pattern; compiles it on the first attribute access."""

    __slots__ = ("_args", "_compiled", "_module")

    def __init__(self, module: Any, pattern: str | bytes, flags: int) -> None:
        self._module = module
        self._args = (pattern, flags)
        self._compiled: Any = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = self._module.compile(*self._args)
        return getattr(self._compiled, name)


def lazy_regex(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """A ``regex`` pattern compiled on first use.

    >>> p = lazy_regex(r"\\p{Han}+")
    >>> p.findall("援疆 aid 资金")
    ['援疆', '资金']
    """
    return cast("regex.Pattern[str]", _LazyPattern(regex, pattern, flags))


def lazy_regex_bytes(pattern: bytes, flags: int = 0) -> regex.Pattern[bytes]:
    """A ``regex`` pattern over bytes, compiled on first use."""
    return cast("regex.Pattern[bytes]", _LazyPattern(regex, pattern, flags))


def lazy_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A standard-library ``re`` pattern compiled on first use."""
    return cast("re.Pattern[str]", _LazyPattern(re, pattern, flags))
