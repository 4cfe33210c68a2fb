"""Numerals: Arabic, Chinese, financial and mixed forms."""

from __future__ import annotations

from decimal import Decimal

import pytest

from aidparse.extract.numerals import parse_number, read_numeral

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
    # decimals, signs, full-width forms
    ("三点五", "3.5"), ("三点五亿", "350000000"), ("零点零一", "0.01"), ("十二点五万", "125000"),
    ("两千万点五五", "20000000.55"), ("一百点123", "100.123"), ("２．２亿", "220000000"),
    ("４，５６５", "4565"), ("负一百二十", "-120"), ("-22.2", "-22.2"), ("负0.2", "-0.2"),
    # colloquial: the last digit takes the place below the unit before it
    ("三万五", "35000"), ("两千六", "2600"), ("一百二", "120"), ("十三万五", "135000"),
    ("一百二十万三", "1203000"), ("千三", "1300"), ("两千零六", "2006"), ("一千陆", "1600"),
    # mixed Arabic and Chinese
    ("5万4千6百", "54600"), ("1万600", "10600"), ("100万三千", "1003000"), ("3万4000", "34000"),
    ("2千零30万", "20300000"), ("200亿零四千230", "20000004230"), ("1百01", "101"),
    # stacked magnitudes (once), zeros, tens in one character
    ("四万万", "400000000"), ("4.78万亿", "4780000000000"), ("一万零一十一", "10011"),
    ("一百零十万", "1100000"), ("一万零百一十一", "10111"), ("廿二", "22"),
    # Traditional and financial forms
    ("參萬", "30000"), ("兩千六", "2600"), ("肆佰陸拾", "460"), ("壹亿伍仟万", "150000000"),
    ("四十九兆九千五百九十二億", "49959200000000"),
    # fractions
    ("四分之一", "0.25"), ("二分之一", "0.5"), ("百分之八十", "0.8"), ("千分之三", "0.003"),
    ("负一又二分之一", "-1.5"), ("3又一千分之23", "3.023"),
    # positional digits
    ("一七二零点一", "1720.1"), ("零点零", "0"),
]

# Approximate neighbours: a range (value, high).
NEIGHBOUR_CASES = [
    ("两三", "2", "3"), ("三四十", "30", "40"), ("七八百", "700", "800"), ("十七八", "17", "18"),
    ("三五", "3", "5"), ("三四十万", "300000", "400000"),
]


@pytest.mark.parametrize(("text", "low", "high"), NEIGHBOUR_CASES)
def test_neighbours_are_a_range(text: str, low: str, high: str) -> None:
    numeral = read_numeral(text)
    assert numeral is not None and (numeral.value, numeral.high) == (Decimal(low), Decimal(high))


@pytest.mark.parametrize(("text", "value"), CASES)
def test_parse_number(text: str, value: str) -> None:
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize("text", [
    "", "abc", "援疆", "1.2.3", "万x",
    # units that do not fall, a decimal followed by more, dangling points and signs
    "十一十二", "十七十八", "百十一", "10.1万零100", "零点", "点零", "点一", "零点点", "负",
    "一亿二亿", "1万20000", "30千",
    # too long or too large to be an amount (issue 9)
    "1" * 29, "1" * 4301, "一亿亿亿亿", "一" + "亿" * 30000,
])
def test_not_numbers(text: str) -> None:
    assert parse_number(text) is None


def test_results_are_decimal_not_float() -> None:
    value = parse_number("0.1")
    assert isinstance(value, Decimal)
    assert value * 3 == Decimal("0.3")
