"""The quick tests of the quantity and date patterns only save time: each pattern finds the same
matches (every group) without them, on the seeds and on strings made of the tables' words.

A quick test is built from the same tables as the alternatives it guards, so a word added to a
table is covered; an alternative added to a pattern from elsewhere would not be, and this test
fails on it.
"""

from __future__ import annotations

import random
import re
from typing import Any

import pytest
import regex
from conftest import SEED_NAMES, seed_text

from aidparse.extract.dates import tables as date_tables
from aidparse.extract.dates.patterns import _second_test, date_pattern
from aidparse.extract.quantity_pattern import _unit_starts, _word_test, pattern
from aidparse.extract.units import APPROX_PREFIX, CURRENCY_PREFIXES, MEASURE_WORDS, MONEY_NOUNS, UNITS

#: Characters the strings are also made of: numerals, separators, units, spaces.
_CHARS = ("0123456789０１２３４５６７８９一二两三四五六七八九十百千万亿〇零○半负-－−.．,，、 \u3000"
          "至到—~年月日号周个多余几来成折分之元角人名次世纪代上下本这第的“”《》（(")


def _strings(words: list[str], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(words) if rng.random() < 0.5 else rng.choice(_CHARS)
                    for _ in range(rng.randint(1, 8))) for _ in range(count)]


def _table_words(module: Any) -> list[str]:
    words: set[str] = set()
    for name in dir(module):
        table = getattr(module, name)
        if name.isupper() and isinstance(table, (dict, frozenset, set, tuple, list)):
            words |= {w for w in table if isinstance(w, str)}
    return sorted(words)


def _matches(compiled: Any, texts: list[str]) -> list[list[tuple[tuple[int, int], tuple[str | None, ...]]]]:
    return [[(m.span(), m.groups()) for m in compiled.finditer(text)] for text in texts]


def _without(source: str, test: str) -> str:
    assert source.count(test) == 1
    return source.replace(test, "")


@pytest.fixture(scope="module")
def seeds() -> list[str]:
    return [seed_text(name[:3]) for name in SEED_NAMES]


def test_quantity_quick_tests_change_no_match(seeds: list[str]) -> None:
    compiled = pattern()
    guard = f"(?={_unit_starts()})"
    plain = regex.compile(_without(_without(compiled.pattern, guard), _word_test()), compiled.flags)
    words = sorted({*CURRENCY_PREFIXES, *MONEY_NOUNS, *APPROX_PREFIX, *UNITS, *MEASURE_WORDS})
    texts = seeds + _strings([*words, *"人大新日经工不美对打"], 4000, 13)
    assert _matches(compiled, texts) == _matches(plain, texts)


def test_date_quick_test_changes_no_match(seeds: list[str]) -> None:
    compiled = date_pattern()
    plain = re.compile(_without(compiled.pattern, _second_test()), compiled.flags)
    texts = seeds + _strings([*_table_words(date_tables), "世纪", "年代", "这个"], 4000, 17)
    assert _matches(compiled, texts) == _matches(plain, texts)
