"""Numerals: Arabic, Chinese, financial and mixed forms."""

from __future__ import annotations

from decimal import Decimal

import pytest

from aidparse.extract.numerals import parse_number

CASES = [
    ("15.9", "15.9"), ("60000", "60000"), ("26,829", "26829"), ("1,234,567.5", "1234567.5"),
    ("13.56亿", "1356000000"), ("1.5亿", "150000000"), ("7万", "70000"), ("3000万", "30000000"),
    ("49333万", "493330000"), ("2.13亿", "213000000"), ("1.5万亿", "1500000000000"),
    ("两百", "200"), ("一千三百五十六万", "13560000"), ("十", "10"), ("十二", "12"),
    ("二十", "20"), ("一百零五", "105"), ("三千零二十", "3020"), ("两万三千", "23000"),
    ("三亿五千万", "350000000"), ("十万", "100000"), ("一亿", "100000000"),
    ("二〇二〇", "2020"), ("二二一", "221"), ("一〇四", "104"), ("零", "0"),
    ("壹仟贰佰", "1200"), ("叁拾伍", "35"), ("玖佰", "900"),
    ("千", "1000"), ("万", "10000"), ("亿", "100000000"),
]


@pytest.mark.parametrize(("text", "value"), CASES)
def test_parse_number(text: str, value: str) -> None:
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize("text", ["", "abc", "援疆", "1.2.3", "万x"])
def test_not_numbers(text: str) -> None:
    assert parse_number(text) is None


def test_results_are_decimal_not_float() -> None:
    value = parse_number("0.1")
    assert isinstance(value, Decimal)
    assert value * 3 == Decimal("0.3")
