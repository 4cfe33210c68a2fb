"""Other projects' cases (../shared/peers, not in this repository): one row per case.

cn2an's numerals must parse to its value (its error cases to ``None``);
Recognizers-Text's currency, percent and dimension cases must be extracted
with their value in a common unit. The rows are read from the peers' files at
collection time and skipped when the folder is absent (a user's clone). The
cases left on purpose are strict xfails with the reason; the full comparison,
with the peers' own scores, is ``benchmarks/bench_peers.py``.
"""

from __future__ import annotations

import json
import pathlib
from decimal import Decimal
from typing import Any

import pytest

import aidparse
from aidparse.extract.numerals import parse_number

PEERS = pathlib.Path(__file__).resolve().parents[1].parent / "shared" / "peers"

#: (kind, unit) -> factor to the unit the peers' values use (metres, kilograms, m², %).
COMMON = {
    ("area", "m2"): Decimal(1), ("area", "km2"): Decimal(10) ** 6, ("area", "mu"): Decimal(2000) / 3,
    ("area", "ha"): Decimal(10_000), ("length", "m"): Decimal(1), ("length", "km"): Decimal(1000),
    ("length", "cm"): Decimal("0.01"), ("weight", "t"): Decimal(1000), ("weight", "kg"): Decimal(1),
    ("weight", "g"): Decimal("0.001"), ("volume", "L"): Decimal("0.001"),
}

LEFT = {
    "rt/PercentModel/4": "七成 六 (76%): a spaced tail digit after 成",
    "rt/PercentModel/6": "7 2 折: spaced digits, which number is meant is a guess",
    **{f"rt/PercentModel/{i}": "a k (thousand) suffix, not written in Chinese reports"
       for i in (59, 72, 79, 80, 105, 129, 130)},
    "rt/CurrencyModel/10": "Japanese sub-unit (日本銭)",
    "rt/CurrencyModel/18": "三块: 块 is a measure word as often as money",
    **{f"rt/DimensionModel/{i}": "两 as a weight (liang) collides with the numeral 两"
       for i in (28, 29, 30, 31, 32)},
}
#: Peer golds outside aidparse's scope (as in benchmarks/bench_peers.py).
OUT_OF_SCOPE = {
    "rt/PercentModel/48", "rt/PercentModel/49", "rt/PercentModel/116",  # 二三十: a range
    "rt/PercentModel/94",  # 五百分之2.2: a fraction
    "rt/PercentModel/148",  # 5-20%: a range
    "rt/CurrencyModel/34",  # a 24-digit run is an ID
}


def _cases(suite: str) -> list[dict[str, Any]]:
    path = PEERS / f"{suite}.json"
    if not path.exists():
        return []
    return list(json.loads(path.read_text(encoding="utf-8"))["cases"])


def _params(cases: list[dict[str, Any]]) -> list[Any]:
    if not cases:
        return [pytest.param(None, marks=pytest.mark.skip(reason="../shared/peers is absent"))]
    out = []
    for case in cases:
        marks = [pytest.mark.xfail(strict=True, reason=LEFT[case["id"]])] if case["id"] in LEFT else []
        out.append(pytest.param(case, id=case["id"], marks=marks))
    return out


NUMERALS = [c for c in _cases("cn2an") if c.get("task") == "numeral"
            and c["gold"][0]["kind"] in ("number", "error")]
QUANTITIES = [
    c for c in _cases("recognizers-text")
    if c["category"] in ("currency", "percent", "dimension") and c["id"] not in OUT_OF_SCOPE
    and all(g["kind"] in ("money", "percent", "area", "length", "weight", "power") and g["value"]
            and g.get("currency") not in ("DOLLAR?", "BTC") for g in c["gold"])
]


@pytest.mark.parametrize("case", _params(NUMERALS))
def test_cn2an_numeral(case: dict[str, Any]) -> None:
    gold = case["gold"][0]
    want = None if gold["kind"] == "error" else Decimal(gold["value"])
    assert parse_number(aidparse.to_simplified(case["input"])) == want


def _common(q: aidparse.Quantity) -> Decimal:
    return q.value * COMMON.get((q.kind.value, q.unit), Decimal(1))


@pytest.mark.parametrize("case", _params(QUANTITIES))
def test_recognizers_text_quantity(case: dict[str, Any]) -> None:
    found = aidparse.extract_quantities(aidparse.to_simplified(case["input"]))
    for gold in case["gold"]:
        want = Decimal(gold["value"])
        hits = [q for q in found if q.span.start < gold["end"] and gold["start"] < q.span.end
                and q.kind.value == gold["kind"] and abs(_common(q) - want) <= abs(want) * Decimal("1e-9")
                and (gold["kind"] != "money" or q.unit == gold["currency"])]
        assert hits, (gold["text"], [(q.text, q.kind.value, q.value, q.unit) for q in found])
    if not case["gold"]:
        assert not [q for q in found if q.kind.value in ("money", "percent")], found
