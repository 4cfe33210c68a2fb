"""Dates and periods: what the text names, with the year each belongs to.

Values are ISO 8601 as precise as the text (``2020``, ``2020-03``, ``2023-05-24``); periods are
``start/end`` (``2017/2018``, ``2023-01/2023-06``, ``2023-05-24/2023-05-26``); a month and day
whose year cannot be told is ``--05-24``. Every mention says where its year came from
(:class:`~aidparse.models.YearSource`).

The module is split by stage: :mod:`.tables` (the words), :mod:`.patterns` (one pattern built from
them), :mod:`.atoms` (a match to the parts of a date), :mod:`.resolve` (ranges and years).
"""

from __future__ import annotations

import datetime as dt

from aidparse.extract.dates.atoms import ago_atoms, atom, merge_atoms
from aidparse.extract.dates.patterns import date_pattern
from aidparse.extract.dates.resolve import Context, fix_orders, join_ranges, resolve_all
from aidparse.models import DateMention

__all__ = ["extract_dates"]


def extract_dates(text: str, *, reference: dt.date | None = None) -> list[DateMention]:
    """Extract dates and periods, each with its year and where the year came from.

    Args:
        text: Cleaned text.
        reference: The report's own date (its published date). Relative dates (``今年5月``,
            ``去年年底``, ``下周三``, ``5年前``) are resolved against it, and a month-day that no
            sentence or paragraph dates takes its year. Without it, the text's own dateline
            (``新华网北京2010年7月5日电``) stands in when it writes a year.

    Returns:
        The mentions in text order. Relative dates that cannot be resolved are left out; a
        month-day whose year cannot be told has the value ``--MM-DD`` and no ``start``/``end``.

    Raises:
        TypeError: ``text`` is not a str or ``reference`` not a date.

    Examples:
        >>> [d.value for d in extract_dates("2023年5月24日进疆,2017至2018年总投资,2019年12月起")]
        ['2023-05-24', '2017/2018', '2019-12']
        >>> [(d.text, d.value) for d in extract_dates("2017年8月11日至8月22日,2023年1—6月")]
        [('2017年8月11日至8月22日', '2017-08-11/2017-08-22'), ('2023年1—6月', '2023-01/2023-06')]
        >>> d = extract_dates("2023年8月中旬")[0]
        >>> d.start.isoformat(), d.end.isoformat()
        ('2023-08-11', '2023-08-20')
        >>> ref = dt.date(2020, 6, 1)
        >>> [(d.value, d.year_source.value) for d in extract_dates("今年5月,3月底", reference=ref)]
        [('2020-05', 'published'), ('2020-03', 'published')]
        >>> [(d.value, d.year_source.value) for d in extract_dates("2018年3月14日抵达。3月16日，开诊")]
        [('2018-03-14', 'stated'), ('2018-03-16', 'preceding')]
        >>> [d.value for d in extract_dates("“十四五”期间,今年上半年", reference=ref)]
        ['2021/2025', '2020-01/2020-06']
        >>> [(d.text, d.value) for d in extract_dates("5年前,5月10日抵达,12号开始义诊", reference=ref)]
        [('5年前', '2015'), ('5月10日', '2020-05-10'), ('12号', '2020-05-12')]
        >>> extract_dates("带动就业2000余人,被拐26年,四年级学生,今年是第十年", reference=ref)
        []
        >>> [(d.value, d.year_source.value) for d in extract_dates("1月4日,二二一团")]
        [('--01-04', 'none')]
    """
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    if reference is not None and not isinstance(reference, dt.date):
        raise TypeError("reference must be a datetime.date or None")
    if isinstance(reference, dt.datetime):
        reference = reference.date()
    atoms = []
    for m in date_pattern().finditer(text):
        a = atom(m, text)
        if a is not None:
            atoms.append(a)
    atoms = merge_atoms(fix_orders(atoms), ago_atoms(text))
    return resolve_all(join_ranges(atoms, text), Context.of(text, reference))
