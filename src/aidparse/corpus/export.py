"""Tabular exports: CSV text and pandas data frames.

Each function takes reports ([`AidReport`][aidparse.AidReport]) or the results
of [`parse_many`][aidparse.parse_many] (which name their input), so a table says
which file every row came from (the `file` column). The name `source` is not
used for that: it is the report's own field, the outlet that published it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

from aidparse.corpus.results import Parsed, ParseFailure
from aidparse.models import QUANTITY_FIELDS, REPORT_FIELDS, AidReport

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["RECORD_FIELDS", "Frames", "to_csv", "to_dataframe", "to_dataframes"]

#: Columns of [`AidReport.to_records`][aidparse.models.AidReport.to_records], in order.
RECORD_FIELDS: tuple[str, ...] = REPORT_FIELDS + QUANTITY_FIELDS
_NUMBERS = ("value", "low", "high")
_INTEGERS = ("batch", "start", "end")

#: What the export functions accept for one input.
Item = AidReport | Parsed | ParseFailure


def _named(items: Iterable[Item], names: Iterable[str] | None) -> Iterator[tuple[str | None, Item]]:
    """Pairs (input name, item): from ``names`` when given, else from the result itself."""
    name_iter = iter(names) if names is not None else None
    for i, item in enumerate(items):
        name: str | None = None
        if name_iter is not None:
            name = next(name_iter, None)
            if name is None:
                raise ValueError(f"names ran out at item {i}: give one name per report")
        elif isinstance(item, (Parsed, ParseFailure)):
            name = item.file
        yield name, item


def _report(item: Item) -> AidReport | None:
    if isinstance(item, Parsed):
        return item.report
    if isinstance(item, AidReport):
        return item
    if isinstance(item, ParseFailure):
        return None
    raise TypeError(f"expected an AidReport, Parsed or ParseFailure, not {type(item).__name__}")


def _quantity_rows(items: Iterable[Item], names: Iterable[str] | None) -> Iterator[dict[str, Any]]:
    for name, item in _named(items, names):
        report = _report(item)
        if report is None:
            continue
        for row in report.to_records():
            yield {"file": name, **row} if name is not None else row


def to_csv(
    reports: Iterable[Item],
    names: Iterable[str] | None = None,
    *,
    bom: bool = False,
) -> str:
    """CSV text with a header: one row per quantity (one row for a report without any).

    Args:
        reports: Reports, or [`parse_many`][aidparse.parse_many] results
            (failures are left out: they have no quantities).
        names: One name per report for the `file` column; taken from the
            results when they are `parse_many` results.
        bom: Start with a UTF-8 byte order mark, so spreadsheet programs
            read the file as UTF-8.

    The `file` column is there when names are known.

    Examples:
        >>> import aidparse
        >>> text = to_csv([aidparse.parse("第十批衢州援疆干部74名。")])
        >>> text.splitlines()[1].split(",")[9:12]
        ['74', '名', 'exact']
        >>> to_csv([aidparse.parse("援疆")], names=["a.txt"], bom=True)[:12]
        '\\ufefffile,title,'
    """
    items = list(reports)
    has_names = names is not None or any(isinstance(i, (Parsed, ParseFailure)) for i in items)
    fields = (("file",) if has_names else ()) + RECORD_FIELDS
    out = io.StringIO()
    if bom:
        out.write("\ufeff")
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    for row in _quantity_rows(items, names):
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return out.getvalue()


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as exc:  # pragma: no cover - exercised without pandas
        raise ImportError('this needs pandas: pip install "aidparse[pandas]"') from exc
    return pandas


def _typed(frame: pd.DataFrame, *, numbers: tuple[str, ...], integers: tuple[str, ...],
           dates: tuple[str, ...], booleans: tuple[str, ...] = (), decimal: bool = False) -> pd.DataFrame:
    pandas = _pandas()
    for col in numbers:
        if decimal:
            frame[col] = frame[col].astype(object)
        else:
            frame[col] = pandas.array(
                [None if v is None else float(v) for v in frame[col]], dtype="Float64")
    for col in integers:
        frame[col] = frame[col].astype("Int64")
    for col in booleans:
        frame[col] = frame[col].astype("boolean")
    for col in dates:
        frame[col] = pandas.to_datetime(frame[col])
    typed = set(numbers) | set(integers) | set(dates) | set(booleans)
    for col in frame.columns:
        if col not in typed:
            frame[col] = frame[col].astype("string")
    return frame


def to_dataframe(
    reports: Iterable[Item],
    names: Iterable[str] | None = None,
    *,
    decimal: bool = False,
) -> pd.DataFrame:
    """One row per quantity (one for a report without any), with the report's fields.

    Columns: `file` (the input's name: from `names`, or from `parse_many`
    results; missing otherwise), then the columns of
    [`AidReport.to_records`][aidparse.models.AidReport.to_records]. Dtypes are
    pandas' nullable ones: `value`, `low`, `high` are `Float64` (or
    `Decimal` objects, exact, with `decimal=True`),
    `batch`, `start`, `end` are `Int64`, `published` is a datetime, the
    rest `string`. Failures from `parse_many` give no row here (see
    [`to_dataframes`][aidparse.to_dataframes], whose `reports` table keeps them).

    Raises:
        ImportError: pandas is not installed (`pip install "aidparse[pandas]"`).

    Examples:
        >>> import aidparse
        >>> frame = to_dataframe([aidparse.parse("投入援疆资金1.5亿元。")], names=["a.txt"])
        >>> frame.loc[0, "file"], float(frame.loc[0, "value"]), frame.loc[0, "unit"]
        ('a.txt', 150000000.0, 'CNY')
        >>> str(frame["value"].dtype), str(frame["batch"].dtype)
        ('Float64', 'Int64')
    """
    pandas = _pandas()
    items = list(reports)
    has_names = names is not None or any(isinstance(i, (Parsed, ParseFailure)) for i in items)
    columns = ["file", *RECORD_FIELDS] if has_names else list(RECORD_FIELDS)
    frame = pandas.DataFrame(list(_quantity_rows(items, names)), columns=columns)
    typed: pd.DataFrame = _typed(frame, numbers=_NUMBERS, integers=_INTEGERS, dates=("published",),
                                 decimal=decimal)
    return typed


class Frames(NamedTuple):
    """The three tables of [`to_dataframes`][aidparse.to_dataframes], joined on `report`."""

    quantities: pd.DataFrame
    dates: pd.DataFrame
    reports: pd.DataFrame


_REPORT_COLUMNS = ("report", "file", *REPORT_FIELDS, "funding", "personnel", "projects",
                   "quantities", "dates", "warnings", "error", "message")
_QUANTITY_COLUMNS = ("report", "file", "quantity", *QUANTITY_FIELDS)
_DATE_COLUMNS = ("report", "file", "date", "text", "value", "start_date", "end_date", "year_source",
                 "start", "end")


def to_dataframes(
    reports: Iterable[Item],
    names: Iterable[str] | None = None,
    *,
    decimal: bool = False,
) -> Frames:
    """A dataset of three tables: quantities, dates and reports, joined on `report`.

    * `reports`: one row per input, failures included (with `error` and
      `message`): `report` (its position), `file`, the report's fields,
      the headline figures (`funding`, `personnel`, `projects` as numbers),
      and how many quantities, dates and warnings it has.
    * `quantities`: one row per quantity: `report`, `file`, `quantity` (its
      index in the report) and the quantity columns of
      [`to_dataframe`][aidparse.to_dataframe].
    * `dates`: one row per date mention: `report`, `file`, `date` (its index),
      `text`, `value` (ISO, partial where the text is), `start_date`,
      `end_date`, `year_source`, and the span `start`/`end`.

    Numbers are `Float64` unless `decimal=True`; all dtypes are nullable.

    Examples:
        >>> import aidparse
        >>> frames = to_dataframes(aidparse.parse_many(
        ...     [("a", "2020年3月投入资金200万元。"), ("b", b"\\x89PNG\\r\\n\\x1a\\n" + bytes(64))],
        ...     workers=1))
        >>> frames.reports[["file", "quantities", "dates", "error"]].values.tolist()
        [['a', 1, 1, <NA>], ['b', 0, 0, 'BinaryInputError']]
        >>> frames.quantities.loc[0, "file"], float(frames.quantities.loc[0, "value"])
        ('a', 2000000.0)
        >>> frames.dates.loc[0, ["value", "start_date"]].tolist()
        ['2020-03', Timestamp('2020-03-01 00:00:00')]
    """
    pandas = _pandas()
    report_rows: list[dict[str, Any]] = []
    quantity_rows: list[dict[str, Any]] = []
    date_rows: list[dict[str, Any]] = []
    for position, (name, item) in enumerate(_named(reports, names)):
        report = _report(item)
        if report is None:
            assert isinstance(item, ParseFailure)
            report_rows.append({"report": position, "file": name, "quantities": 0, "dates": 0,
                                "warnings": 0, "error": item.error, "message": item.message})
            continue
        records = report.to_records()
        base = {k: records[0][k] for k in REPORT_FIELDS}
        report_rows.append({
            "report": position, "file": name, **base,
            "funding": report.funding.value if report.funding else None,
            "personnel": report.personnel.value if report.personnel else None,
            "projects": report.projects.value if report.projects else None,
            "quantities": len(report.quantities), "dates": len(report.dates),
            "warnings": len(report.warnings),
        })
        if report.quantities:
            for i, row in enumerate(records):
                quantity_rows.append({"report": position, "file": name, "quantity": i,
                                      **{k: row[k] for k in QUANTITY_FIELDS}})
        for i, d in enumerate(report.dates):
            date_rows.append({"report": position, "file": name, "date": i, "text": d.text,
                              "value": d.value, "start_date": d.start, "end_date": d.end,
                              "year_source": d.year_source.value, "start": d.span.start, "end": d.span.end})
    quantities = _typed(pandas.DataFrame(quantity_rows, columns=list(_QUANTITY_COLUMNS)),
                        numbers=_NUMBERS, integers=("report", "quantity", "start", "end"), dates=(),
                        decimal=decimal)
    dates = _typed(pandas.DataFrame(date_rows, columns=list(_DATE_COLUMNS)),
                   numbers=(), integers=("report", "date", "start", "end"),
                   dates=("start_date", "end_date"))
    table = _typed(pandas.DataFrame(report_rows, columns=list(_REPORT_COLUMNS)),
                   numbers=("funding", "personnel", "projects"),
                   integers=("report", "batch", "quantities", "dates", "warnings"),
                   dates=("published",), decimal=decimal)
    return Frames(quantities=quantities, dates=dates, reports=table)
