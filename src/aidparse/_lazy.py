"""Patterns compiled on first use, so importing aidparse compiles nothing.

Even the ``regex`` module itself (about 20 ms to import) is imported only when
the first pattern is compiled. The flags below have the same values in ``re``
and ``regex`` (a test checks it), so modules can name them without importing
either engine.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    import re

    import regex

__all__ = ["DOTALL", "IGNORECASE", "MULTILINE", "VERBOSE", "lazy_re", "lazy_regex",
           "lazy_regex_bytes"]

IGNORECASE = 2
MULTILINE = 8
DOTALL = 16
VERBOSE = 64


class _LazyPattern:
    """Stands in for a compiled pattern; compiles it on the first attribute access."""

    __slots__ = ("_args", "_compiled", "_module")

    def __init__(self, module: str, pattern: str | bytes, flags: int) -> None:
        self._module = module
        self._args = (pattern, flags)
        self._compiled: Any = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = importlib.import_module(self._module).compile(*self._args)
        return getattr(self._compiled, name)


def lazy_regex(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """A ``regex`` pattern compiled on first use.

    >>> p = lazy_regex(r"\\p{Han}+")
    >>> p.findall("援疆 aid 资金")
    ['援疆', '资金']
    """
    return cast("regex.Pattern[str]", _LazyPattern("regex", pattern, flags))


def lazy_regex_bytes(pattern: bytes, flags: int = 0) -> regex.Pattern[bytes]:
    """A ``regex`` pattern over bytes, compiled on first use."""
    return cast("regex.Pattern[bytes]", _LazyPattern("regex", pattern, flags))


def lazy_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A standard-library ``re`` pattern compiled on first use."""
    return cast("re.Pattern[str]", _LazyPattern("re", pattern, flags))
