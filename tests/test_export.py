"""Tables: to_dataframe, to_dataframes, to_csv — a file column, numbers, nullable dtypes, failures kept."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import pytest
from conftest import SEEDS, seed_report

import aidparse
from aidparse import to_csv, to_dataframe, to_dataframes

pd = pytest.importorskip("pandas")

SEED_PATHS = sorted(SEEDS.glob("*.txt"))
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)


@pytest.fixture(scope="module")
def results() -> list[aidparse.Parsed | aidparse.ParseFailure]:
    return list(aidparse.parse_many([*SEED_PATHS, ("x.png", PNG)], workers=1))


def test_dataframe_has_a_file_column_and_float_values(results: list[aidparse.Parsed]) -> None:
    frame = to_dataframe(results)
    report = seed_report("001")
    rows = frame[frame["file"] == str(SEED_PATHS[1])]
    assert len(rows) == len(report.quantities)
    assert rows["value"].tolist() == [float(q.value) for q in report.quantities]
    assert "x.png" not in set(frame["file"])  # a failure has no quantity row


@pytest.mark.parametrize(("column", "dtype"), [
    ("value", "Float64"), ("low", "Float64"), ("high", "Float64"), ("batch", "Int64"),
    ("start", "Int64"), ("end", "Int64"), ("file", "string"), ("donor", "string"),
    ("kind", "string"), ("published", "datetime64"),
])
def test_dataframe_dtypes_are_nullable(results: list[aidparse.Parsed], column: str, dtype: str) -> None:
    assert str(to_dataframe(results)[column].dtype).startswith(dtype)


def test_dataframe_describe_gives_statistics(results: list[aidparse.Parsed]) -> None:
    stats = to_dataframe(results)["value"].describe()
    assert {"mean", "std", "max"} <= set(stats.index)


def test_decimal_on_request(results: list[aidparse.Parsed]) -> None:
    frame = to_dataframe(results, decimal=True)
    values = [v for v in frame["value"] if v is not None and v is not pd.NA]
    assert values and all(isinstance(v, Decimal) for v in values)
    assert Decimal("4200000") in values


def test_names_for_plain_reports() -> None:
    frame = to_dataframe([seed_report("000"), seed_report("002")], names=["a", "b"])
    assert set(frame["file"]) == {"a", "b"}
    assert "file" not in to_dataframe([seed_report("000")]).columns
    with pytest.raises(ValueError, match="names ran out"):
        to_dataframe([seed_report("000"), seed_report("002")], names=["a"])


def test_to_dataframes_keeps_every_input(results: list[aidparse.Parsed]) -> None:
    frames = to_dataframes(results)
    assert frames.reports["file"].tolist() == [*map(str, SEED_PATHS), "x.png"]
    assert frames.reports["error"].tolist()[-1] == "BinaryInputError"
    assert frames.reports["error"].isna().sum() == len(SEED_PATHS)
    report = seed_report("001")
    assert frames.reports.loc[1, "quantities"] == len(report.quantities)
    assert (frames.quantities["report"] == 1).sum() == len(report.quantities)
    assert (frames.dates["report"] == 1).sum() == len(report.dates)
    assert frames.reports.loc[1, "funding"] == float(report.funding.value) if report.funding else True


def test_to_dataframes_dates_table(results: list[aidparse.Parsed]) -> None:
    dates = to_dataframes(results).dates
    report = seed_report("000")
    mine = dates[dates["report"] == 0]
    assert mine["value"].tolist() == [d.value for d in report.dates]
    assert mine["year_source"].tolist() == [d.year_source.value for d in report.dates]
    assert str(mine["year_source"].dtype) == "string"
    assert str(mine["start_date"].dtype).startswith("datetime64")


def test_csv_of_results_has_file_and_bom(results: list[aidparse.Parsed]) -> None:
    text = to_csv(results, bom=True)
    assert text.startswith("\ufefffile,title,")
    rows = list(csv.DictReader(io.StringIO(text[1:])))
    assert {r["file"] for r in rows} == set(map(str, SEED_PATHS))


def test_csv_without_names_has_no_file_column() -> None:
    assert to_csv([seed_report("000")]).startswith("title,")


def test_other_items_are_a_type_error() -> None:
    with pytest.raises(TypeError):
        to_dataframe(["not a report"])  # type: ignore[list-item]
