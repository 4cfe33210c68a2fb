"""Lazy access to the package data under ``aidparse/data``.

Nothing is read at import time: each table is loaded on first use and cached.

Two kinds of files live there:

* the TSV tables (``words.tsv``, ``charfreq.tsv``, ``pinyin.tsv``, the
  gazetteer), readable and diffable, each naming its source in its leading
  ``#`` lines (see ``scripts/build_data.py``);
* their load-fast forms (``words.json``, ``charfreq.json``, ``pinyin.json``,
  ``gazetteer.json``), built from the TSVs by ``scripts/build_fast_tables.py``:
  columns as one string and one list each, so that loading is a handful of C
  calls (``json.loads``, ``str.split``, ``dict(zip(...))``) rather than one
  Python step per row; the word table's columns are cut by first character, each
  part read on its first look-up (:class:`WordCounts`). Each keeps the TSV's
  source lines under ``"source"``; the tests check they hold exactly what the TSVs hold.

JSON only, and nothing in ``data/`` is evaluated. (``regex_programs.json`` holds compiled
``regex`` patterns in ``regex``'s own pickle format, read by an unpickler that can call nothing
but ``regex``'s restore function: see ``aidparse._precompiled``.)
"""

from __future__ import annotations

import functools
import importlib
import json
import math
import os
from collections.abc import Iterator, Mapping
from typing import Any, TypeVar, overload

__all__ = ["WordCounts", "char_counts", "char_logfreq", "name_initials", "person_words", "pinyin_readings",
           "place_words", "read_json", "read_lines", "read_tsv", "word_counts"]


def read_text(name: str) -> str:
    """The text of a package data file.

    Read through the package's loader (``get_data``, as ``pkgutil.get_data`` does), which
    serves a package on disk and one inside a zip archive alike; ``importlib.resources``
    reads the same bytes, but its first use imports ``tempfile``, ``shutil``, ``zipfile`` …
    (several milliseconds of a first parse). Line ends
    are read as text mode reads them (``\\r\\n`` and ``\\r`` become ``\\n``). A loader
    without ``get_data`` falls back to ``importlib.resources``.

    >>> read_text("charfreq.tsv").startswith("#")
    True
    """
    package = importlib.import_module("aidparse.data")
    get_data = getattr(package.__spec__.loader if package.__spec__ else None, "get_data", None)
    if package.__file__ is None or get_data is None:
        from importlib import resources

        return resources.files("aidparse.data").joinpath(name).read_text(encoding="utf-8")
    data: bytes = get_data(os.path.join(os.path.dirname(package.__file__), name))
    text = data.decode("utf-8")
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def read_lines(name: str) -> list[str]:
    """Data lines of a package table (comment lines dropped)."""
    return [ln for ln in read_text(name).splitlines() if ln and not ln.startswith("#")]


def read_json(name: str) -> Any:
    """A JSON data file, parsed (no other format is ever deserialised)."""
    return json.loads(read_text(name))


@functools.cache
def read_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a gazetteer TSV (first line is the header) as dictionaries."""
    lines = read_lines(name)
    header = lines[0].split("\t")
    rows = []
    for line in lines[1:]:
        cells = line.split("\t")
        cells += [""] * (len(header) - len(cells))
        rows.append(dict(zip(header, cells[: len(header)], strict=True)))
    return tuple(rows)


#: Log-probability given to Han characters missing from the frequency table.
UNKNOWN_HAN_LOGP = -17.0

#: Separator of the keys joined into one string in the load-fast tables (no key holds it).
KEY_SEPARATOR = " "


def _columns(name: str, keys: str, values: str) -> tuple[list[str], Any]:
    """The two columns of a load-fast table: keys (one joined string) and values."""
    data = read_json(name)
    return data[keys].split(KEY_SEPARATOR), data[values]


@functools.cache
def char_counts() -> tuple[dict[str, int], int]:
    """Count of each Han character (jieba-derived), and the total of the counts."""
    chars, counts = _columns("charfreq.json", "chars", "counts")
    return dict(zip(chars, counts, strict=True)), sum(counts)


@functools.cache
def char_logfreq() -> dict[str, float]:
    """Natural-log probability of each Han character (jieba-derived counts).

    (:func:`aidparse._charmodel.char_logp` computes the same value for one
    character at a time, for the few thousand a page holds.)
    """
    counts, total = char_counts()
    return {ch: math.log(n / total) for ch, n in counts.items()}


_T = TypeVar("_T")


class _Groups(dict[str, dict[str, int]]):
    """The word table's groups by first character, each read from its columns on first look-up."""

    __slots__ = ("_counts", "_words")

    def __init__(self, words: dict[str, str], counts: dict[str, str]) -> None:
        super().__init__()
        self._words, self._counts = words, counts

    def __missing__(self, first: str) -> dict[str, int]:
        keys = self._words.get(first)
        group = {} if keys is None else dict(
            zip(keys.split(KEY_SEPARATOR), map(int, self._counts[first].split(KEY_SEPARATOR)), strict=True))
        self[first] = group
        return group


class WordCounts(Mapping[str, int]):
    """The word table: word -> count, read group by group.

    A page looks up words of a few hundred first characters, of some five thousand
    the table holds: each first character's words are read from the table (split,
    counted) on the first look-up of a word beginning with it, not all seventy
    thousand on the first look-up of any (about 20 ms of a first parse).

    >>> counts = word_counts()
    >>> counts["援助"] > 0, counts.get("援疆干部人才"), "援助" in counts, "" in counts
    (True, None, True, False)
    """

    __slots__ = ("_groups", "_size", "total")

    def __init__(self, words: dict[str, str], counts: dict[str, str], total: int, size: int) -> None:
        self._groups = _Groups(words, counts)
        self._size = size
        #: The total of the counts.
        self.total = total

    @overload
    def get(self, word: str, /) -> int | None: ...

    @overload
    def get(self, word: str, /, default: int | _T) -> int | _T: ...

    def get(self, word: str, /, default: Any = None) -> Any:
        """The count of ``word``, or ``default``."""
        return self._groups[word[:1]].get(word, default)

    def __getitem__(self, word: str) -> int:
        return self._groups[word[:1]][word]

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and word in self._groups[word[:1]]

    def __iter__(self) -> Iterator[str]:
        for first in self._groups._words:
            yield from self._groups[first]

    def starting_with(self, first: str) -> Mapping[str, int]:
        """The words that begin with the character ``first``, with their counts (one group read,
        not the table).

        >>> "援助" in word_counts().starting_with("援")
        True
        """
        return self._groups[first]

    def __len__(self) -> int:
        return self._size


@functools.cache
def word_counts() -> WordCounts:
    """Counts of common 2-4 character words (jieba-derived)."""
    data = read_json("words.json")
    return WordCounts(data["words"], data["counts"], data["total"], data["size"])


@functools.cache
def pinyin_readings() -> dict[str, str]:
    """Character -> its tone-marked readings, comma-separated (pypinyin-derived)."""
    chars, readings = _columns("pinyin.json", "chars", "readings")
    return dict(zip(chars, readings.split(KEY_SEPARATOR), strict=True))


@functools.cache
def name_initials() -> dict[str, float]:
    """Characters a Chinese person's name begins with -> per mille of names (``name_initials.tsv``)."""
    rows = (line.split("\t") for line in read_lines("name_initials.tsv"))
    return {ch: float(permille) for ch, permille in rows}


@functools.cache
def place_words() -> frozenset[str]:
    """Words the dictionary tags as place names (北京, 台北, 伦敦; ``place_words.tsv``)."""
    return frozenset(line.split("\t", 1)[0] for line in read_lines("place_words.tsv"))


@functools.cache
def person_words() -> frozenset[str]:
    """Words the dictionary tags as people's names (高峰, 黎明, 海燕; ``person_words.tsv``)."""
    return frozenset(line.split("\t", 1)[0] for line in read_lines("person_words.tsv"))
