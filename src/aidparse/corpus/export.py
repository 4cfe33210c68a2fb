"""Tabular exports: CSV rows and pandas data frames, one row per quantity."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from aidparse.models import QUANTITY_FIELDS, REPORT_FIELDS, AidReport

__all__ = ["RECORD_FIELDS", "to_csv", "to_dataframe"]

#: Columns of :meth:`AidReport.to_records`, in order.
RECORD_FIELDS: tuple[str, ...] = REPORT_FIELDS + QUANTITY_FIELDS
_DECIMALS = ("value", "low", "high")
_INTEGERS = ("batch", "start", "end")


def _rows(reports: Iterable[AidReport], names: Iterable[str] | None) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    name_list = list(names) if names is not None else None
    for i, report in enumerate(reports):
        for row in report.to_records():
            if name_list is not None:
                row = {"file": name_list[i], **row}
            rows.append(row)
    return rows


def to_csv(reports: Iterable[AidReport], names: Iterable[str] | None = None) -> str:
    """CSV text with a header: one row per quantity (one row for a report without any).

    >>> import aidparse
    >>> text = to_csv([aidparse.parse("第十批衢州援疆干部74名。")])
    >>> text.splitlines()[1].split(",")[9:12]
    ['74', '名', 'exact']
    """
    fields = (("file",) if names is not None else ()) + RECORD_FIELDS
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for row in _rows(reports, names):
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return out.getvalue()


def to_dataframe(reports: Iterable[AidReport], *, decimals_as_float: bool = False) -> Any:
    """A pandas DataFrame of :meth:`AidReport.to_records` rows with proper dtypes.

    Values stay :class:`~decimal.Decimal` (object dtype) unless
    ``decimals_as_float=True``; ``published`` is a datetime, integer columns are
    nullable ``Int64``, text columns ``string``.

    Raises:
        ImportError: pandas is not installed (``pip install "aidparse[pandas]"``).
    """
    try:
        import pandas as pd
    except ImportError as exc:  # pragma: no cover - exercised without pandas
        raise ImportError('to_dataframe needs pandas: pip install "aidparse[pandas]"') from exc
    frame = pd.DataFrame(_rows(reports, None), columns=list(RECORD_FIELDS))
    for col in _DECIMALS:
        if decimals_as_float:
            frame[col] = frame[col].map(lambda v: float(v) if isinstance(v, Decimal) else None)
            frame[col] = frame[col].astype("float64")
    for col in _INTEGERS:
        frame[col] = frame[col].astype("Int64")
    frame["published"] = pd.to_datetime(frame["published"])
    text_cols = [c for c in RECORD_FIELDS if c not in (*_DECIMALS, *_INTEGERS, "published")]
    for col in text_cols:
        frame[col] = frame[col].astype("string")
    return frame
