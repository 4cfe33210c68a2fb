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

__all__ = ["DOTALL", "IGNORECASE", "MULTILINE", "REVERSE", "VERBOSE", "lazy_re", "lazy_re_where_same",
           "lazy_regex", "lazy_regex_bytes", "re_where_same", "regex_escape", "regex_on_first_use"]

IGNORECASE = 2
MULTILINE = 8
DOTALL = 16
VERBOSE = 64
#: ``regex`` only: the pattern is matched from right to left. A pattern that must end at the end of
#: the text (``…$``) and is asked only whether it matches is then tried at the end alone, not at
#: every position of a long line (the same answer: a search tries every position either way).
REVERSE = 1024


#: What ``regex.escape`` (with its defaults) puts a backslash before: ``regex``'s metacharacters and
#: the characters ``str.isspace`` calls whitespace (a test checks the table against every code point).
_REGEX_ESCAPES = str.maketrans({c: "\\" + c for c in (
    "()[]{}?*+|^$\\.-#&~"
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
    "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")})


def regex_escape(text: str) -> str:
    """``regex.escape(text)``, the same string, several times faster on the words of aidparse's
    tables (a first parse escapes some three thousand to build its patterns' text), without
    importing ``regex``.

    >>> regex_escape("援疆"), regex_escape("(记者 王晓)")
    ('援疆', '\\\\(记者\\\\ 王晓\\\\)')
    """
    return text if text.isalnum() else text.translate(_REGEX_ESCAPES)


def _compile(module: str, pattern: str | bytes, flags: int) -> Any:
    """``module.compile(pattern, flags)``; a ``regex`` pattern from the precompiled store when it is there."""
    if module == _RE_WHERE_SAME and isinstance(pattern, str):
        return _standard_where_same(pattern, flags)
    if module == "regex":
        from aidparse._precompiled import compile_regex

        return compile_regex(pattern, flags)
    if module == "re" and isinstance(pattern, str):
        from aidparse._precompiled_re import compile_re

        return compile_re(pattern, flags)
    return importlib.import_module(module).compile(pattern, flags)


#: The engine name of :data:`re_where_same`.
_RE_WHERE_SAME = "re-where-same"
#: Escapes (a backslash and a letter) the two engines read alike, but for ``\\s`` and ``\\S`` on
#: the information separators (U+001C–U+001F: see :class:`_WhereSame`): whitespace, controls, code
#: points, the text's start and end. Not ``\\d``, ``\\w`` or ``\\b``, whose classes differ (other
#: Unicode versions, marks), nor ``regex``'s own (``\\p{Han}``, ``\\K``).
_SAME_ESCAPES = frozenset("sStnrfvxuUAZ")
#: Information separators: ``re``'s ``\\s`` matches them, ``regex``'s does not.
_SEPARATORS = "[\x1c-\x1f]"
#: The text last found without an information separator, by any :class:`_WhereSame` pattern (a text
#: is asked of many patterns in a row; a ``str`` is immutable, so the same object holds none still).
_clear: list[Any] = [None]


class _WhereSame:
    """A ``regex`` pattern run by the standard engine, ``re``, which scans some patterns several
    times faster (``.{0,80}(?:…)`` before an alternation of a hundred phrases: 8 µs a line in
    ``regex``, 3 µs in ``re``); a text holding an information separator (U+001C–U+001F, which
    ``re``'s ``\\s`` matches and ``regex``'s does not) is given to ``regex``, so the answers are
    ``regex``'s on every text. Built by :data:`re_where_same`; only patterns whose escapes both
    engines read alike are taken (:data:`_SAME_ESCAPES`, no ``IGNORECASE``).

    >>> p = re_where_same.compile(r"\\s*来源[:：]\\s*\\S+")
    >>> bool(p.fullmatch(" 来源：天山网")), bool(p.fullmatch("\\x1c来源：天山网")), p.pattern
    (True, False, '\\\\s*来源[:：]\\\\s*\\\\S+')
    """

    __slots__ = ("__dict__", "_fallback", "_flags", "_pattern", "_separator", "_standard")

    def __init__(self, pattern: str, flags: int, standard: Any) -> None:
        self._pattern, self._flags, self._standard = pattern, flags, standard
        self._fallback: Any = None
        self._separator = _compile("re", _SEPARATORS, 0).search

    @property
    def pattern(self) -> str:
        return self._pattern

    @property
    def flags(self) -> int:
        return self._flags

    def _regex(self) -> Any:
        if self._fallback is None:
            self._fallback = _compile("regex", self._pattern, self._flags)
        return self._fallback

    def __getattr__(self, name: str) -> Any:
        standard = getattr(self._standard, name)
        if name not in ("search", "match", "fullmatch", "findall", "finditer", "sub", "subn", "split"):
            return getattr(self._regex(), name)
        separator = self._separator

        def method(string: str, *args: Any, **kwargs: Any) -> Any:
            if string is not _clear[0]:  # (the same line is asked of pattern after pattern: scanned once)
                if separator(string) is not None:
                    return getattr(self._regex(), name)(string, *args, **kwargs)
                _clear[0] = string
            return standard(string, *args, **kwargs)

        self.__dict__[name] = method  # (kept: later calls find it without __getattr__)
        return method


def _standard_where_same(pattern: str, flags: int) -> Any:
    """``pattern`` as a :class:`_WhereSame`; a :exc:`ValueError` for a pattern the two engines may
    read differently (an escape not in :data:`_SAME_ESCAPES`, ``IGNORECASE``)."""
    import re

    bare = pattern.replace("\\\\", "")  # (an escaped backslash is a backslash)
    others = {m.group(1) for m in re.finditer(r"\\(.)", bare) if m.group(1).isalnum()} - _SAME_ESCAPES
    others |= {f"(?{m.group(1)}" for m in re.finditer(r"\(\?([A-Za-z]+)", bare)
               if set(m.group(1)) - set("xsmP")}  # (inline flags but VERBOSE, DOTALL, MULTILINE)
    if flags & IGNORECASE or others:
        raise ValueError(f"re_where_same: {sorted(others) or 'IGNORECASE'} may read otherwise in re than in "
                         f"regex; compile the pattern with regex: {pattern[:60]!r}")
    return _WhereSame(pattern, flags, _compile("re", pattern, flags & (VERBOSE | MULTILINE | DOTALL)))


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
#: The same for a ``regex`` pattern run by ``re`` where the engines answer alike (see :class:`_WhereSame`).
re_where_same = _OnFirstUse(_RE_WHERE_SAME)


def lazy_regex(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """A ``regex`` pattern compiled on first use.

    >>> p = lazy_regex(r"\\p{Han}+")
    >>> p.findall("援疆 aid 资金")
    ['援疆', '资金']
    """
    return cast("regex.Pattern[str]", _LazyPattern("regex", pattern, flags))


def lazy_re_where_same(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """A ``regex`` pattern run by ``re`` where the two engines answer alike (:class:`_WhereSame`),
    compiled on first use.

    >>> tail = lazy_re_where_same(r"(?<=[。！？])\\s*(?P<credit>[^。！？]{2,30})$")
    >>> tail.search("竣工。记者 王晓").group("credit")
    '记者 王晓'
    """
    return cast("regex.Pattern[str]", _LazyPattern(_RE_WHERE_SAME, pattern, flags))


def lazy_regex_bytes(pattern: bytes, flags: int = 0) -> regex.Pattern[bytes]:
    """A ``regex`` pattern over bytes, compiled on first use."""
    return cast("regex.Pattern[bytes]", _LazyPattern("regex", pattern, flags))


def lazy_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A standard-library ``re`` pattern compiled on first use."""
    return cast("re.Pattern[str]", _LazyPattern("re", pattern, flags))
