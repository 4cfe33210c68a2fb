"""Patterns compiled on first use, so importing aidparse compiles nothing.

Even the ``regex`` module itself (about 20 ms to import) is imported only when
the first pattern is compiled. The flags below have the same values in ``re``
and ``regex`` (a test checks it), so modules can name them without importing
either engine.
"""

from __future__ import annotations

import importlib
from collections.abc import ItemsView, Iterator, KeysView, ValuesView
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    import re

    import regex

__all__ = ["DOTALL", "IGNORECASE", "MULTILINE", "REVERSE", "VERBOSE", "lazy_re", "lazy_regex",
           "lazy_regex_bytes", "regex_on_first_use"]

IGNORECASE = 2
MULTILINE = 8
DOTALL = 16
VERBOSE = 64
#: ``regex`` only: the pattern is matched from right to left. A pattern that must end at the end of
#: the text (``…$``) and is asked only whether it matches is then tried at the end alone, not at
#: every position of a long line (the same answer: a search tries every position either way).
REVERSE = 1024


def _compile(module: str, pattern: str | bytes, flags: int) -> Any:
    """``module.compile(pattern, flags)``; a ``regex`` pattern from the precompiled store when it is there."""
    if module == "regex":
        from aidparse._precompiled import compile_regex

        return compile_regex(pattern, flags)
    if module == "re" and isinstance(pattern, str):
        from aidparse._precompiled_re import compile_re

        return compile_re(pattern, flags)
    return importlib.import_module(module).compile(pattern, flags)


class _LazyPattern:
    """Stands in for a compiled pattern; compiles it on the first attribute access.

    Each attribute asked for (``search``, ``fullmatch`` …) is then kept on the
    stand-in, so later calls find it by an ordinary attribute look-up, as fast as
    on the compiled pattern itself, without passing through ``__getattr__`` again.
    """

    __slots__ = ("__dict__", "_args", "_compiled", "_module")

    def __init__(self, module: str, pattern: str | bytes, flags: int) -> None:
        self._module = module
        self._args = (pattern, flags)
        self._compiled: Any = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = _compile(self._module, *self._args)
        value = getattr(self._compiled, name)
        self.__dict__[name] = value
        return value


class _PatternTable(dict[str, Any]):
    """A table of named patterns that compiles each on its first look-up, then holds the
    compiled pattern itself: later look-ups are plain dictionary look-ups."""

    __slots__ = ("_sources",)

    def __init__(self, sources: dict[str, _LazyPattern]) -> None:
        super().__init__()
        self._sources = sources

    def __missing__(self, name: str) -> Any:
        stand_in = self._sources[name]  # KeyError for a name the table does not have
        if stand_in._compiled is None:
            stand_in._compiled = _compile(stand_in._module, *stand_in._args)
        self[name] = stand_in._compiled
        return stand_in._compiled

    def __contains__(self, name: object) -> bool:
        return name in self._sources

    def __iter__(self) -> Iterator[str]:
        return iter(self._sources)

    def __len__(self) -> int:
        return len(self._sources)

    def get(self, name: str, default: Any = None) -> Any:
        """The compiled pattern ``name`` (compiling it now if need be), or ``default``."""
        return self[name] if name in self._sources else default

    def keys(self) -> KeysView[str]:  # type: ignore[override]
        return self._sources.keys()

    def values(self) -> ValuesView[Any]:  # type: ignore[override]
        return {name: self[name] for name in self._sources}.values()

    def items(self) -> ItemsView[str, Any]:  # type: ignore[override]
        return {name: self[name] for name in self._sources}.items()


class _OnFirstUse:
    """An engine's ``compile`` and flags, each pattern compiled on its first use.

    A function that builds a table of patterns (``regex.table({"nav": regex.compile(...), ...})``)
    with this in place of the engine compiles none of them; a run compiles only the
    patterns it looks up: a page that shows no breadcrumb never compiles the
    breadcrumb's pattern.

    >>> engine = _OnFirstUse("regex")
    >>> table = engine.table({"han": engine.compile(r"\\p{Han}+"),
    ...                       "word": engine.compile(r"aid", engine.IGNORECASE)})
    >>> table["han"].findall("援疆 aid 资金"), table["word"].pattern, table["word"].flags & IGNORECASE
    (['援疆', '资金'], 'aid', 2)
    >>> type(table["han"]).__name__, sorted(table), len(table), "word" in table
    ('Pattern', ['han', 'word'], 2, True)
    >>> table.get("word").pattern, table.get("nothing"), [p.pattern for p in table.values()]
    ('aid', None, ['\\\\p{Han}+', 'aid'])
    >>> engine.compile("a").search("cat").group()  # alone, a stand-in compiles on first use too
    'a'
    """

    IGNORECASE = IGNORECASE
    MULTILINE = MULTILINE
    DOTALL = DOTALL
    VERBOSE = VERBOSE
    REVERSE = REVERSE

    def __init__(self, module: str) -> None:
        self._module = module

    def compile(self, pattern: str, flags: int = 0) -> Any:
        """A stand-in for ``pattern`` compiled by this engine with ``flags``, compiled on first use."""
        return _LazyPattern(self._module, pattern, flags)

    def table(self, patterns: dict[str, Any]) -> dict[str, Any]:
        """``patterns`` (built with :meth:`compile`), each compiled on its first look-up."""
        return _PatternTable(patterns)


#: ``regex.compile`` and its flags, each pattern compiled on its first use (see :class:`_OnFirstUse`).
regex_on_first_use = _OnFirstUse("regex")


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
