"""A page's stamp: the date in its many forms (``2021-05-08 10:32``, ``22.07.2016  23:10`` day
first, ``2023 10/24 09:59:47``, ``中华民国109年10月15日``, ``August 2, 2020``), a stamp among a few
other words, a stamp split over lines.

>>> parse_stamp_date("22.07.2016  23:10")
datetime.date(2016, 7, 22)
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from collections.abc import Sequence
from typing import Final

from aidparse._lazy import lazy_regex
from aidparse.article.labels import DATE_LABELS, GLUED_DATE_LABELS, alternation
from aidparse.article.tokens import (
    DATE,
    TIME,
    token_patterns,
)

__all__ = [
    "DATE_RE",
    "SHORT_YEAR",
    "account_header",
    "account_name",
    "loose_stamp",
    "parse_stamp_date",
    "signed_date",
    "split_stamp",
    "stamp_account",
]

DATE_RE = lazy_regex(rf"(?x)(?:{DATE})")

#: A date with the year in two figures, after a date label only (发布时间：18-03-08 23:16, or with the
#: time glued on as an aggregator prints it: 18-03-0823:16): year, month, day, as Chinese dates run;
#: a year from 2000 up to :data:`_SHORT_YEAR_END`. Or the year in three figures, Taiwan's 民国 year
#: (發布日期：109-10-15, 109/10/15, 109.10.15: 2020): no other year is written so.
SHORT_YEAR = lazy_regex(rf"""(?x)
    (?: (?P<yy>\d{{2}})-(?P<mm>0?[1-9]|1[0-2])-(?P<dd>0?[1-9]|[12]\d|3[01])
      | (?P<roc>1\d{{2}})(?P<sep>[-/.])(?P<rm>0?[1-9]|1[0-2])(?P=sep)(?P<rd>0?[1-9]|[12]\d|3[01]) )
    (?:(?!\d)|(?=\d{{1,2}}[:：]))(?:\s*+{TIME})?""")
_SHORT_YEAR_END = 2050

#: The figures of a date written in words, as official documents sign with it (二〇二四年五月十二日;
#: ○, a circle, often stands for 〇).
_FIGURE = "〇零○一二三四五六七八九"
#: The date a notice is signed with, alone on its line: in figures or in words, without a time.
SIGNED_DATE = lazy_regex(rf"(?P<y>\d{{4}}|[{_FIGURE}]{{4}})年(?P<m>\d{{1,2}}|[{_FIGURE}十]{{1,2}})月"
                         rf"(?P<d>\d{{1,2}}|[{_FIGURE}十]{{1,3}})日")


def signed_date(value: str) -> dt.date | None:
    """The date a notice is signed with (:data:`SIGNED_DATE`, the whole of ``value``), or ``None``.

    >>> signed_date("2024年5月12日"), signed_date("二〇二四年五月十二日")
    (datetime.date(2024, 5, 12), datetime.date(2024, 5, 12))
    >>> signed_date("二○二一年十月三十一日")
    datetime.date(2021, 10, 31)
    >>> signed_date("二〇二四年二月三十日"), signed_date("2024年5月12日 10:20")
    (None, None)
    """
    from aidparse.extract.numerals import parse_number  # (the numerals' reader, on a signature only)

    m = SIGNED_DATE.fullmatch(value)
    if m is None:
        return None
    parts = [parse_number(m[k].replace("○", "〇")) for k in "ymd"]
    if any(p is None for p in parts):
        return None  # 十十 is no number
    try:
        return dt.date(*(int(p) for p in parts if p is not None))
    except ValueError:  # 二月三十日
        return None


def parse_stamp_date(value: str) -> dt.date | None:
    """The full date a stamp states, or ``None``.

    Dotted dates with the year last are read day first, as the aggregators that
    print them do (``31.03.2020``).

    >>> parse_stamp_date("2018-10-29 11:27:00"), parse_stamp_date("22.07.2016  23:10")
    (datetime.date(2018, 10, 29), datetime.date(2016, 7, 22))
    >>> parse_stamp_date("2023 10/24 09:59:47"), parse_stamp_date("2011年02月04日 19:09")
    (datetime.date(2023, 10, 24), datetime.date(2011, 2, 4))
    >>> parse_stamp_date("19/01/2023 - 15:20"), parse_stamp_date("02/03/2023") is None
    (datetime.date(2023, 1, 19), True)
    >>> parse_stamp_date("7月12日") is None
    True

    A year in two figures is read only where nothing else stands before the date (a date label's
    value): ``18-03-0823:16`` is 8 March 2018.

    >>> parse_stamp_date("18-03-0823:16"), parse_stamp_date("页码 18-03-08"), parse_stamp_date("50-01-01")
    (datetime.date(2018, 3, 8), None, None)

    Taiwan's 民国 years, where the era's word says so or (in three figures) after a date label, and
    English dates: ``民国109年`` and ``109-10-15`` are 2020.

    >>> parse_stamp_date("中华民国109年10月15日"), parse_stamp_date("109-10-15")
    (datetime.date(2020, 10, 15), datetime.date(2020, 10, 15))
    >>> parse_stamp_date("August 2, 2020"), parse_stamp_date("2 Aug 2020")
    (datetime.date(2020, 8, 2), datetime.date(2020, 8, 2))

    A bulletin board's ``ctime`` stamp, its month in English: ``Mar 27 13:45:12 2024``.

    >>> parse_stamp_date("Mar 27 13:45:12 2024")
    datetime.date(2024, 3, 27)
    """
    m = DATE_RE.search(value)
    if m is None:
        english = _ENGLISH_DATE.fullmatch(value.strip())
        if english is not None:  # a board's ctime stamp: Mar 27 13:45:12 2024
            month = _MONTHS.index(english.group("mon")) + 1
            try:
                return dt.date(int(english.group("y")), month, int(english.group("d")))
            except ValueError:
                return None
        short = SHORT_YEAR.match(value)
        if short is None:
            return None
        if short.group("roc"):  # 109-10-15: 民国109年 (民国元年 is 1912)
            from aidparse.extract.dates.tables import ERAS

            y, mo, d = int(short.group("roc")) + ERAS["民国"], int(short.group("rm")), int(short.group("rd"))
        else:
            y, mo, d = 2000 + int(short.group("yy")), int(short.group("mm")), int(short.group("dd"))
        if y >= _SHORT_YEAR_END or d > calendar.monthrange(y, mo)[1]:
            return None  # 50-01-01: outside the window (fixed: a report never changes with the day)
        return dt.date(y, mo, d)
    if m.group("y5"):  # 中华民国109年10月15日: the era's year (民国元年 is 1912)
        from aidparse.extract.dates.tables import ERAS

        y, mo, d = int(m.group("y5")) + ERAS["民国"], int(m.group("m5")), int(m.group("d5"))
    elif m.group("mon6") or m.group("mon7"):  # August 2, 2020; 2 August 2020
        y, d = int(m.group("y6") or m.group("y7")), int(m.group("d6") or m.group("d7"))
        mo = _MONTHS.index((m.group("mon6") or m.group("mon7"))[:3].title()) + 1
    else:
        y, mo, d = (int(m.group("y") or m.group("y2") or m.group("y3") or m.group("y4")),
                    int(m.group("m") or m.group("m2") or m.group("m3") or m.group("m4")),
                    int(m.group("d") or m.group("d2") or m.group("d3") or m.group("d4")))
    try:
        return dt.date(y, mo, d)
    except ValueError:
        return None


#: English months, as a ``ctime`` stamp abbreviates them.
_MONTHS: Final = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_ENGLISH_DATE = lazy_regex(rf"(?P<mon>{'|'.join(_MONTHS)})\s+(?P<d>\d{{1,2}})\s+\d{{1,2}}:\d{{2}}:\d{{2}}"
                           r"\s+(?P<y>(?:19|20)\d{2})")
_SENTENCE_MARKS = lazy_regex(r"[。！？!?；;，,]")

#: What sets a stamp's words apart: blanks, bars, brackets, colons, and a dot with a blank beside it or
#: after the time (2024-09-10 20:15 · 新疆 · 原创, 10:22·新疆援疆风采; a dot between two Han characters
#: joins a transliterated name's parts).
_STAMP_REST = lazy_regex(r"(?:[\s|｜丨/【】\[\]()（）:：\-]|\s[·•]|[·•]\s|(?<=\d)[·•])+")
#: A loose stamp carries at most this many characters besides its date (an account, a channel),
#: of which this many Han characters (a headline has more).
_LOOSE_REST = 16
_LOOSE_HAN = 7
_HAN_RE = lazy_regex(r"\p{Han}")


def loose_stamp(line: str) -> tuple[int, int] | None:
    """Where the date of a loose stamp stands: a line with a full date (and its time) among a
    few words the credit forms do not read (金融市场棱镜2019-09-23 07:48, 原创 GameForce
    2019-09-04, 华夏人文 2020-03-09 18:14:21) — never a sentence.

    >>> line = "金融市场棱镜2019-09-23 07:48"
    >>> start, end = loose_stamp(line)
    >>> line[start:end]
    '2019-09-23 07:48'
    >>> loose_stamp("2019年9月23日，医疗队进村开展义诊。") is None
    True
    """
    if len(line) > 50 or _SENTENCE_MARKS.search(line):
        return None
    m = token_patterns()["datetime"].search(line)
    if m is None or parse_stamp_date(m.group()) is None:
        return None
    before = line[: m.start()].rstrip()
    if before.endswith(("-", "—", "_", "–")):
        return None  # 今日股市行情分析--2019年8月19日: another article's headline and date
    rest = "".join(_stamp_words(before, line[m.end():]))
    if len(rest) > _LOOSE_REST or len(_HAN_RE.findall(rest)) > _LOOSE_HAN:
        return None
    value = m.group().rstrip()
    return m.start(), m.start() + len(value)


#: The mark of a WeChat account's own post, first on its header line.
_ORIGINAL_MARK: Final = "原创"


def _stamp_words(before: str, after: str) -> list[str]:
    """The words of a loose stamp besides its date, without what a WeChat post's header adds to
    its account's name: the ``原创`` mark before it, the author's name when it is the account's
    (printed twice), and the province the post was sent from after the time (原创 浙江援疆 浙江援疆
    2024年11月28日 19:06 浙江 → ``['浙江援疆']``).

    >>> _stamp_words("原创 浙江援疆 浙江援疆 ", " 浙江")  # (the date and time between)
    ['浙江援疆']
    >>> _stamp_words("华夏人文 ", ""), _stamp_words("江西援疆 ", " 发表于江西")
    (['华夏人文'], ['江西援疆'])
    >>> _stamp_words("援疆那些事儿 ", " · 新疆 · 原创")  # a Toutiao post's: the place, the badge
    ['援疆那些事儿']
    """
    from aidparse.article.words import province

    words = [w for w in _STAMP_REST.split(before) if w]
    if words[:1] == [_ORIGINAL_MARK]:
        words = words[1:]
    if len(words) == 2 and words[0] == words[1]:
        words = words[1:]
    tail = [w for w in _STAMP_REST.split(after) if w]
    if tail[-1:] == [_ORIGINAL_MARK]:
        tail = tail[:-1]  # a platform's badge after the place (2024-09-10 20:15 · 新疆 · 原创)
    if len(tail) == 1 and province(_SENT_FROM.sub("", tail[0])):
        tail = []  # 浙江, 发表于江西, IP属地：广东 (the label's colon split off it; a province, never a city)
    return words + tail


def stamp_account(line: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the posting account's name stands on a loose stamp or a post's header whose date is
    ``line[start:end]``: the one word left besides the date, the post's marks and the place it was
    sent from, when it reads as an account's name (:func:`account_name`) — or ``None``.

    >>> line = "援疆那些事儿 2024-09-10 20:15 · 新疆 · 原创"
    >>> at, to = stamp_account(line, 7, 23)
    >>> line[at:to]
    '援疆那些事儿'
    >>> stamp_account("2019-09-23 07:48", 0, 16) is None
    True
    >>> stamp_account("要闻 2024-09-10 20:15 · 新疆 · 原创", 3, 19) is None  # a channel's word
    True
    """
    words = _stamp_words(line[:start], line[end:])
    if len(words) != 1 or not account_name(words[0]):
        return None
    at = line.rfind(words[0], 0, start)
    if at < 0:
        at = line.find(words[0], end)
    return at, at + len(words[0])


def account_name(word: str) -> bool:
    """Whether ``word``, left beside a post's date, reads as an account's name: not a word of the
    dictionary (视频, 关注, 上午: a channel's, a widget's or a time's), a site's channel or menu entry
    (要闻, 国内新闻), a place (喀什, 新疆, 美国), a date's label (发布时间, 发布于), a weekday, a platform
    (百家号), nor a person's name alone (an author's).

    >>> [account_name(w) for w in ["援疆那些事儿", "浙江援疆", "GameForce"]]
    [True, True, True]
    >>> [account_name(w) for w in ["要闻", "喀什", "发布时间", "发布于", "星期二", "网易号", "王晓"]]
    [False, False, False, False, False, False, False]
    """
    from aidparse.article.furniture import furniture_kind
    from aidparse.article.names import bare_name_shape, valid_name
    from aidparse.article.title import PLATFORMS
    from aidparse.article.words import common_word, place_word, province

    if not 2 <= len(word) <= _ACCOUNT_MAX or _NOT_ACCOUNT.search(word):
        return False
    if word in PLATFORMS or word.endswith(_PLATFORM_ENDINGS) or common_word(word) or place_word(word) \
            or province(word) or furniture_kind(word) is not None or _channel(word):
        return False
    return not (bare_name_shape(word) and valid_name(word))


#: Words that no account's name is: a date's label or its word (发布时间, 更新于, 星期二, 周二).
_NOT_ACCOUNT = lazy_regex(rf"^(?:{alternation(DATE_LABELS + GLUED_DATE_LABELS)})$"
                          r"|^(?:星期|周)[一二三四五六日天]$|^(?:发布|更新|编辑|原创|转载|置顶)")


def _channel(word: str) -> bool:
    """Whether ``word`` is a site's channel or menu entry, or two of them (要闻, 国内新闻)."""
    entries = _menu_entries()
    return word in entries or any(word[:i] in entries and word[i:] in entries for i in range(1, len(word)))


@functools.cache
def _menu_entries() -> frozenset[str]:
    """A site's channels and menu entries, as the furniture tables list them (a menu's single
    words that are also the dictionary's, 专栏, 头条, are no account by :func:`account_name` already)."""
    from aidparse.article.furniture import CHANNEL_WORDS, MENU_WORDS, NAV_WORDS

    return frozenset(CHANNEL_WORDS) | frozenset(NAV_WORDS) | frozenset(MENU_WORDS)


#: Endings of a platform's kinds of account (百家号, 网易号, 企鹅号).
_PLATFORM_ENDINGS: Final = ("号",)


#: The label before the place a post was sent from (发表于江西, IP属地：广东).
_SENT_FROM = lazy_regex(r"^(?:发表于|发布于|IP属地)")


#: A month and day without the year, as a WeChat post's header prints this year's posts (12月2日).
_MONTH_DAY = lazy_regex(rf"(?<!\d)(?:0?[1-9]|1[0-2])月(?:0?[1-9]|[12]\d|3[01])日(?:\s*{TIME})?")


def account_header(line: str) -> tuple[int, int] | None:
    """Where the date stands on a WeChat post's header line — its account's name, marked ``原创``,
    printed twice (author and account) or followed by the province it was sent from, then the
    date —, or ``None`` when the line is not one. The date may lack its year (this year's posts).

    >>> line = "原创 浙江援疆 浙江援疆 2024年11月28日 19:06 浙江"
    >>> start, end = account_header(line)
    >>> line[start:end]
    '2024年11月28日 19:06'
    >>> account_header("天津援疆 天津援疆 12月2日")
    (10, 15)
    >>> account_header("华夏人文 2020-03-09 18:14:21") is None  # a loose stamp, not an account's header
    True
    """
    if len(line) > 50 or _SENTENCE_MARKS.search(line):
        return None
    m = token_patterns()["datetime"].search(line)
    if m is None or parse_stamp_date(m.group()) is None:
        m = _MONTH_DAY.search(line)
    if m is None:
        return None
    before, after = line[: m.start()], line[m.end():]
    named = [w for w in _STAMP_REST.split(before) if w]
    words = named + [w for w in _STAMP_REST.split(after) if w]
    kept = _stamp_words(before, after)
    if len(kept) != 1 or len(kept) == len(words) or len(kept[0]) > _ACCOUNT_MAX:
        return None  # nothing a header adds: a loose stamp at most (or a headline's words)
    if parse_stamp_date(m.group()) is None and named[:1] != [_ORIGINAL_MARK] \
            and not (len(named) >= 2 and named[-1] == named[-2]):
        return None  # a day without its year needs the header's own marks (援疆日记 11月28日 浙江: headline)
    value = m.group().rstrip()
    return m.start(), m.start() + len(value)


#: The longest account's name on a header line.
_ACCOUNT_MAX = 12

_SPLIT_YEAR = lazy_regex(r"(?P<y>(?:19|20)\d{2})\s*年?")
_SPLIT_YEAR_MAX = 6
_SPLIT_DAY = lazy_regex(r"(?P<m>\d{1,2})\s*[-/月]\s*(?P<d>\d{1,2})\s*日?")  # (9.7 is a figure)
_SPLIT_TIME = lazy_regex(rf"(?:{TIME})")


def split_stamp(lines: Sequence[str]) -> tuple[int, str] | None:
    """A stamp printed over two or three lines — the year; the month and day; the time —
    from the first of ``lines`` (stripped): how many lines it takes, and its date as
    ``YYYY-MM-DD`` (with the time when printed), or ``None``.

    >>> split_stamp(["2019", "09/07", "19:02", "扬眼"])
    (3, '2019-09-07 19:02')
    >>> split_stamp(["2019年", "9月7日", "医疗队进村义诊"]), split_stamp(["2019", "医疗队进村义诊"])
    ((2, '2019-09-07'), None)
    >>> split_stamp(["2019", "13/45"]) is None
    True
    """
    if len(lines) < 2 or not lines[0][:1].isdigit() or len(lines[0]) > _SPLIT_YEAR_MAX:
        return None  # (asked of every line near the top: the year's line is short and a number)
    year, day = _SPLIT_YEAR.fullmatch(lines[0]), _SPLIT_DAY.fullmatch(lines[1])
    if year is None or day is None:
        return None
    try:
        date = dt.date(int(year.group("y")), int(day.group("m")), int(day.group("d")))
    except ValueError:
        return None
    if len(lines) > 2 and _SPLIT_TIME.fullmatch(lines[2]):
        return 3, f"{date.isoformat()} {lines[2]}"
    return 2, date.isoformat()
