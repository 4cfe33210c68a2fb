"""Batch numbering: which years a donor's 第N批 covers.

Read at first use from ``data/batches.tsv`` (one sourced statement per row).
The rows headed ``全国(通行省市批次, 推算)`` give the years of the national
series; a row for a donor with its own count (``益阳(…)	第四批(城市自编)
2023-05-24起``) fixes that donor's offset from the national series by the year
its batch began. Donors without such a row count on the national series.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter

from aidparse._lazy import lazy_regex
from aidparse._resources import read_tsv
from aidparse.extract.numerals import parse_number
from aidparse.models import Period, Place, Span

__all__ = ["batch_period", "donor_batch_period", "find_batch", "stated_period"]

_BATCH = lazy_regex(r"第([一二三四五六七八九十]{1,3})批")
_YEAR = lazy_regex(r"(?<!\d)(19|20)\d{2}(?!\d)")
_NATIONAL = "全国(通行省市批次, 推算)"
#: A batch's number as texts write it (第十批, 第10批).
_NUMBER = r"[一二三四五六七八九十]{1,3}|\d{1,2}"
_IN_TEXT = lazy_regex(
    r"""(?x)
    第(?P<n>""" + _NUMBER + r""")批
    (?=.{0,16}?(?:援疆|干部|人才|工作队|指挥部|援建))  # a batch of aid staff ...
    # ... not of the provinces that give (第三批援疆省份, 第一批投入援疆工作的省市), whose noun
    # ends the phrase (第十批省市援疆干部 is a batch of staff)
    (?!(?:投入)?(?:援疆|对口支援)?(?:工作)?的?(?:省份|省市|省区|城市)(?!援疆|干部|人才|工作队|医疗队))
    """
)


def find_batch(text: str) -> tuple[int | None, list[Span]]:
    """The batch number named most often before 援疆/干部/人才…, and where.

    >>> find_batch("第十批援疆干部……第10批援疆工作队")
    (10, [Span(start=0, end=3), Span(start=9, end=13)])
    >>> find_batch("作为全国第一批投入援疆工作的省市"), find_batch("第三批援疆省份")
    ((None, []), (None, []))
    """
    counts: Counter[int] = Counter()
    where: dict[int, list[Span]] = {}
    for m in _IN_TEXT.finditer(text):
        n = parse_number(m.group("n"))
        if n is not None:
            counts[int(n)] += 1
            where.setdefault(int(n), []).append(Span._trusted(m.start(), m.end()))
    if not counts:
        return None, []
    best = counts.most_common(1)[0][0]
    return best, where[best]


@functools.cache
def _national() -> dict[int, tuple[int, int]]:
    """National batch number -> (first year, last year)."""
    out = {}
    for row in read_tsv("batches.tsv"):
        if row["province_or_city"] != _NATIONAL:
            continue
        m = _BATCH.search(row["batch"])
        years = [int(y.group()) for y in _YEAR.finditer(row["years"])]
        n = parse_number(m.group(1)) if m else None
        if n is not None and years:
            out[int(n)] = (years[0], years[-1])
    return out


def _national_for_year(year: int) -> int | None:
    """The national batch a batch starting in ``year`` belongs to: the latest begun by then."""
    begun = [n for n, (first, _) in _national().items() if first <= year]
    return max(begun) if begun else None


@functools.cache
def _offsets() -> dict[str, int]:
    """Donor short name -> own batch number minus national batch number."""
    out: dict[str, int] = {}
    for row in read_tsv("batches.tsv"):
        name = row["province_or_city"]
        if "自编" not in row["batch"] or name.startswith("全国"):
            continue
        donor = name.split("(")[0]
        m = _BATCH.search(row["batch"])
        years = _YEAR.search(row["years"])
        own = parse_number(m.group(1)) if m else None
        if own is None or years is None:
            continue
        national = _national_for_year(int(years.group()))
        if national is not None:
            out.setdefault(donor, int(own) - national)
    return out


def batch_period(batch: int, donors: list[str]) -> Period | None:
    """Years of ``batch`` as counted by the first of ``donors`` (city, then province).

    >>> batch_period(10, ["衢州", "浙江"]).value
    '2019/2023'
    >>> p = batch_period(4, ["益阳", "湖南"])
    >>> p.value, p.national_batch
    ('2023/2026', 11)
    """
    offset = 0
    for donor in donors:
        if donor in _offsets():
            offset = _offsets()[donor]
            break
    national = batch - offset
    years = _national().get(national)
    if years is None:
        return None
    return Period.model_construct(
        value=f"{years[0]}/{years[1]}",
        start_year=years[0],
        end_year=years[1],
        source="gazetteer",
        national_batch=national if offset else None,
    )


def _short(name: str) -> str:
    return name[:-1] if len(name) > 2 and name.endswith(("省", "市")) else name


def donor_batch_period(batch: int, donor: Place, published: dt.date | None = None) -> Period | None:
    """Years of ``batch`` as ``donor`` counts it (its own count, else its province's).

    ``None`` when the gazetteer has no such batch, or when the batch would begin
    after the report's date ``published`` (a batch a report speaks of has begun:
    the batch or the donor was misread, or the gazetteer's count is not the
    donor's).

    >>> from aidparse.places.gazetteer import place
    >>> donor_batch_period(10, place("衢州市", None)).value
    '2019/2023'
    >>> donor_batch_period(10, place("衢州市", None), dt.date(2015, 6, 1)) is None
    True
    """
    names = [_short(donor.name)] + ([_short(donor.parent)] if donor.parent else [])
    period = batch_period(batch, names)
    if period is not None and published is not None and period.start_year > published.year:
        return None
    return period


#: The years a text states for a batch, in brackets right after its name and noun:
#: 第九批援疆干部（2017年—2019年）, 第10批援疆工作队(2020-2022年). A range elsewhere in the
#: sentence may be a plan's or another batch's (《2021—2025年发展规划》, 与第九批（…）相比).
_STATED = lazy_regex(
    r"""(?x)
    第(?P<n>""" + _NUMBER + r""")批
    (?:(?!第|批|和|与|及)\p{Han}){0,12}?                # 援疆干部人才, 援疆工作队 (not 与第十一批)
    [(（]\s*(?P<a>(?:19|20)\d{2})\s*年?\s*(?:[-—–~～至到]|——)\s*(?P<b>(?:19|20)\d{2})\s*年?\s*[)）]
    """
)
#: A batch's term is at most this many years (three-year terms, some extended).
_TERM_MAX = 6


def stated_period(text: str, batch: int) -> Period | None:
    """The years the text itself states for ``batch``: in brackets right after its name.

    >>> stated_period("江苏省第九批援疆干部（2017年—2019年）在伊宁县工作。", 9).value
    '2017/2019'
    >>> stated_period("第九批援疆干部（2017年—2019年）和第十批援疆干部（2020年—2022年）接力奋斗", 10).value
    '2020/2022'
    >>> stated_period("第十批援疆干部推动《喀什地区2021—2025年发展规划》落实。", 10) is None
    True
    """
    for m in _STATED.finditer(text):
        n = parse_number(m.group("n"))
        first, last = int(m.group("a")), int(m.group("b"))
        if n is not None and int(n) == batch and first < last <= first + _TERM_MAX:
            return Period.model_construct(value=f"{first}/{last}", start_year=first, end_year=last,
                                          source="text")
    return None
