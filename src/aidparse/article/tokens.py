"""The token patterns a metadata line is read with: a label and its separator, a credited role,
a date and its time, an organisation's name, a widget, a counter, a periodical's issue.

:func:`token_patterns` builds them from the tables of :mod:`~aidparse.article.labels` on first
use, each compiled the first time it is looked up.

>>> token_patterns()["datetime"].match("2021-05-08 10:32 来源").group()
'2021-05-08 10:32'
"""

from __future__ import annotations

import functools
from typing import Any

from aidparse.article.labels import (
    AFFILIATION_LABELS,
    AUTHOR_ROLES,
    COUNTER_LABELS,
    COUNTER_PLACEHOLDERS,
    CREW_LABELS,
    DATE_LABELS,
    DESCRIPTIONS,
    EDITIONS,
    EDITOR_ROLES,
    GLUED_DATE_LABELS,
    GLUED_SOURCE_LABELS,
    LANGUAGE_EDITIONS,
    NOT_A_PERSON,
    ORG_ENDINGS,
    OUTLETS,
    RECORD_LABELS,
    REPORT_LABELS,
    ROLE_MODIFIERS,
    SOURCE_LABELS,
    STAMP_WIDGETS,
    TRANSLATOR_ROLES,
    WIDGET_LABELS,
    alternation,
)

__all__ = [
    "DATE",
    "TIME",
    "ZONE",
    "token_patterns",
]

#: English months, in full and abbreviated (a stamp of an overseas Chinese paper's English edition:
#: ``August 2, 2020``, ``Aug. 2, 2020``, ``2 August 2020``); a month's first three letters name it.
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December", "Sept", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
                "Sep", "Oct", "Nov", "Dec")
DATE = r"""
    (?P<y>(?:19|20)\d{2})\s*[-/.年－／]\s*(?P<m>\d{1,2})\s*[-/.月－／]\s*(?P<d>\d{1,2})(?!\d)(?>\s*日?)
                                                      # 2018-10-29, 2011年02月04日 (atomic: the spaces
                                                      # after it are read once, never shared out again)
  | (?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>(?:19|20)\d{2})(?!\d)  # 22.07.2016: aggregators, day first
  | (?P<y3>(?:19|20)\d{2})\s+(?P<m3>\d{1,2})\s?/\s?(?P<d3>\d{1,2})(?!\d)  # 2023 10/24, 2023 11/ 17
  | (?<!\d)(?P<d4>1[3-9]|2\d|3[01])/(?P<m4>0?[1-9]|1[0-2])/(?P<y4>(?:19|20)\d{2})(?!\d)
                                                      # 19/01/2023: day first, only where the day
                                                      # cannot be a month (02/03/2023 is not read)
  | (?:中华|中華)?(?:民国|民國)\s*(?P<y5>[1-9]\d{0,2})\s*年
    \s*(?P<m5>\d{1,2})\s*月\s*(?P<d5>\d{1,2})(?!\d)(?>\s*日?)
                                                      # 中华民国109年10月15日: Taiwan's era, named
                                                      # (extract.dates.tables.ERAS: the year + 1911)
  | (?<![A-Za-z])(?P<mon6>(?i:MONTHS))(?![A-Za-z])\.?\s*(?P<d6>\d{1,2})(?:st|nd|rd|th)?(?:,\s*|\s+)
    (?P<y6>(?:19|20)\d{2})(?!\d)                        # August 2, 2020; Aug. 2 2020 (English pages)
  | (?<![\d.])(?P<d7>\d{1,2})\s+(?P<mon7>(?i:MONTHS))(?![A-Za-z])\.?(?:,\s*|\s+)(?P<y7>(?:19|20)\d{2})(?!\d)
                                                      # 2 August 2020: the day first
""".replace("MONTHS", "|".join(_MONTH_NAMES))
#: A time zone a stamp or a dateline names before its time or date (北京时间, GMT).
ZONE = r"北京时间|格林尼治标准时间|格林威治标准时间|GMT|UTC"
TIME = (r"(?:(?:上午|下午|中午|凌晨|晚上|早上)\s?)?"  # 上午5:00, as Hong Kong's and Taiwan's pages print it
         r"(?:T?\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?(?!\d)"
         r"(?:\s?[AP]M(?![A-Za-z]))?"  # 05:00 AM, as Singapore's pages print it
         r"|\d{1,2}[时点]\d{1,2}分(?:\d{1,2}秒)?)")  # 10:32:00, 10时32分


@functools.cache
def token_patterns() -> dict[str, Any]:
    """Compiled token patterns of :func:`parse_credits` (built from the tables on first use)."""
    from aidparse._lazy import regex_on_first_use as regex  # each pattern compiles on its first look-up

    # (a count before the ending is a measure, not a name: 老虎机二十余台, 新建学校3所)
    one = (rf"(?:[\p{{Han}}A-Za-z]{{1,12}}?(?<![0-9零一二三四五六七八九十百千万两余多几])"
           rf"(?:{alternation(ORG_ENDINGS)})|{alternation(OUTLETS)})"
           rf"(?:{alternation(EDITIONS)})?")  # 人民日报海外版, 明报加西版: the paper in one edition
    edition_mark = rf"[(（](?:{alternation(LANGUAGE_EDITIONS)})版?[)）]"
    # 石榴云/新疆日报, 天山网-新疆日报: a platform and the paper it carries
    org = rf"(?:(?:{one}|[\p{{Han}}A-Za-z]{{1,8}})[/\-－·•])?{one}"
    long_roles = [r for r in AUTHOR_ROLES if len(r) > 1]
    short_roles = [r for r in AUTHOR_ROLES if len(r) == 1]
    modifiers = alternation(ROLE_MODIFIERS, spaced=True)  # (本 报 记 者: roles spaced out to align them)
    # 驻<place>: a resident correspondent (本报驻新疆记者, 人民日报驻喀什特派记者, 驻阿克苏记者站记者)
    role = (rf"(?:(?:{modifiers})[ \u3000]{{0,2}}"
            rf"|驻\p{{Han}}{{1,6}}?(?:记者站)?(?=(?:{modifiers})*(?:记者|通讯员)))*"
            # a one-character role is not the start of a word (文化, 图书); 丨 (U+4E28, a Han
            # character by its block) is the separator of 文丨王晓, not a word
            rf"(?:{alternation(long_roles, spaced=True)}|(?:{alternation(short_roles)})(?!(?!丨)\p{{Han}}))")
    labels = alternation(SOURCE_LABELS + DATE_LABELS + COUNTER_LABELS + EDITOR_ROLES + WIDGET_LABELS
                          + RECORD_LABELS + AFFILIATION_LABELS + CREW_LABELS + TRANSLATOR_ROLES
                          + tuple(r for r in AUTHOR_ROLES if len(r) == 2), spaced=True)
    # (报道：林家豪 — not the end of a credit glued to its names: 记者 王晓 李明报道：)
    labels += rf"|(?<!\p{{Han}})(?:{alternation(REPORT_LABELS)})"
    plain_labels = alternation(SOURCE_LABELS + EDITOR_ROLES
                                + ("作者", "记者", "通讯员", "撰稿", "执笔", "摄影"))
    return regex.table({
        # a label and its separator: 来源: 来源/ 编辑/ 记者| 作者：
        # a label in square brackets without a colon (【作者】王晓, 【来源】新疆日报)
        "bracket_label": regex.compile(rf"【({labels}|{role})】(?!\s*[:：])"),
        # labels set apart by a space instead of a colon (来源 阿勒泰日报　作者 马晓梅): a label at the
        # line's start or after a space, a space, then its value
        # (and a counter's label before its count: 阅读 1234)
        "spaced_label": regex.compile(rf"(?:^|(?<=[ \u3000]))"
                                      rf"(?:(?:{plain_labels})(?=[ \u3000]+[^\s:：/|｜丨])"
                                      rf"|(?:{alternation(COUNTER_LABELS)})(?=[ \u3000]+\d))"),
        "label": regex.compile(
            # (the publisher whose editor it is, before an editor's label: 津云新闻编辑：, 天山网编辑：)
            rf"(?:{one}(?=(?:{alternation(EDITOR_ROLES)})\s*[:：]))?"
            # (a middle dot after a role: 文·王晓, 摄影 · 李明)
            rf"(?P<label>{labels}|{role})\s*(?:[:：]|/(?![文图摄])|[|｜丨]|(?<=\p{{Han}}\s*)[·•](?![文图摄]|\p{{Han}}\s*$))\s*"
            # 本文来源于人民网, 摘自新疆日报: a label that ends in 于 or 自 needs no separator
            rf"|(?P<glued>{alternation(GLUED_SOURCE_LABELS)})\s*"
            # 发布于 2021-05-08, 更新时间 2012年12月10日: a date label and the date, without a separator
            rf"|(?P<gluedate>{alternation(GLUED_DATE_LABELS + DATE_LABELS)})\s*[:：]?\s*"
            rf"(?=(?:19|20)\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./](?:19|20)\d{{2}})"),  # 日期 10.12.2019
        # a credited role without a colon, with the organisation before it: 新华社记者, 本报记者,
        # 南都记者 (a paper's short name before 记者 or 通讯员)
        "role": regex.compile(rf"(?:(?P<org>{org}|《[^》\n]{{1,20}}》)\s?"
                              rf"|\p{{Han}}{{2,4}}?(?=(?:{alternation(ROLE_MODIFIERS)})*"
                              rf"(?:记者|通讯员)))?(?P<role>{role})"),
        # a role written after the names: 王晓/文, 王晓丨文, 王晓 李明 摄影报道
        "suffix": regex.compile(r"\s*(?:/\s*(?:综合(?:报道|报导)|\p{Han}{2,4}?报导)"  # 王晓/台北报导: a place
                                r"|(?<=\S)\s*发自\p{Han}{2,14}"               # 王晓 发自乌鲁木齐: a place
                                # 王晓 北京报道: a place (a word no name is: see names_at)
                                r"|(?<=\S)\s+\p{Han}{2,4}?(?:报道|报导)"
                                r"|(?:[/|｜丨]\s*)?"
                                r"(?:摄影报道|图文报道|综合报道|综合报导|报道|报导|摄影|撰文|撰稿|采写|执笔|整理|整合|编译|供稿|供图|文/图|图/文|摄"
                                # 文 and 图 glued to a name end words (历史人文, 王晓文 is a name):
                                # only after a space or a separator
                                r"|(?<=[\s/|｜丨])[文图]))"
                                r"(?!\p{Han}|\s*[:：/|｜丨·•])"),
        # a date and its time; a time zone may stand before the time, a comma after the date
        # (2012年12月10日, 格林尼治标准时间10:41)
        # (possessive spaces: a run of spaces after a date with no time is read once, not split
        # between the two runs in every way before the time is found missing)
        "datetime": regex.compile(rf"(?x)(?:{DATE})(?:[\s,，]*+(?:-\s*+)?(?:{ZONE})?\s*+{TIME})?"
                                  rf"|(?:{ZONE})?\s*{TIME}"),
        # after a date label only: a month and day without the year, and a time (发布时间：09-30 22:46,
        # 10-0812:00 glued as aggregators print it, 时间：7月12日): the page's own date, year unknown
        "monthday": regex.compile(r"(?:0?[1-9]|1[0-2])\s*(?:[-/－／]|月)\s*(?:0?[1-9]|[12]\d|3[01])"
                                  r"(?:日|(?!\d)|(?=\d{1,2}[:：]))"  # the day ends, or a time is glued on
                                  rf"(?:\s*+{TIME})?"),
        # after a site's name: how long ago it was posted (天山网 2小时前, 新疆日报 昨天 10:30): an
        # aggregator's stamp, its date unknown
        "relative": regex.compile(rf"(?:\d{{1,2}}\s*(?:秒|分钟|小时|天)前|刚刚|(?:昨天|前天)(?:\s*+{TIME})?)"
                                  r"(?![\p{Han}\d])"),
        "url": regex.compile(r"(?:https?://|www\.)[A-Za-z0-9./_\-?=&%]+"
                             r"|[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.(?:com|cn|net|org|gov|top|edu)"
                             r"(?:\.cn)?(?![A-Za-z])"),
        # a periodical and its issue: 民族文学2019年7期, 今日辽宁 2018年1期; a paper's page: 第04版,
        # 第 04 版：要闻, 第A2版, 第00007版 (a CMS's page number), 第A11版：上海/新闻, and as an
        # e-paper's header prints it after the date: B1版, A15版
        "issue": regex.compile(r"(?P<name>\p{Han}{2,12}?)?\s*(?:(?:19|20)\d{2}年)?"
                               r"(?:第\s?\d{1,4}\s?卷\s*)?第?\d{1,3}期"  # 亚洲周刊 第29卷 第24期: a volume
                               r"|第\s?[A-Z]?\d{1,5}\s?版(?:\s*[:：]\s*\p{Han}{2,6}(?:/\p{Han}{2,6})?(?=\s|$))?"
                               # B1版, A15版, and a page number with its leading zero (05版, 05 版)
                               r"|(?<![\dA-Za-z])(?:[A-Z]\d{1,2}|0\d)\s?版(?!\p{Han})"
                               # A8 without 版 after the date's weekday, when a section's name ends the
                               # line: 大公报 2024年7月19日 星期五 A8 中国
                               r"|(?<=(?:星期|周|週)[一二三四五六日天][ \u3000]+)[A-Z]\d{1,2}"
                               r"(?=[ \u3000]+\p{Han}{2,6}[ \u3000]*$)"),
        # (and the city an edition is printed in: 明报加西版（温哥华）)
        "org": regex.compile(one + rf"(?:(?<=(?:{alternation(EDITIONS)}))[(（]\p{{Han}}{{2,6}}[)）])?"
                             rf"(?:{edition_mark})?"  # 兵团日报（汉）: the paper's language edition
                             r"(?!\p{Han})"),
        # a paper's language edition in brackets after its name (兵团日报（汉）, 新疆日报（维文版）)
        "edition_mark": regex.compile(edition_mark),
        # an outlet's initials and the word of its kind (BBC中文, VOA中文网, DW中文; not AI视频, VR视频)
        "latin_outlet": regex.compile(r"[A-Z]{2,5}\s?"
                                      r"(?:中文网|中文台|中文|新闻网|新闻|日报|电视台|电视|广播)(?!\p{Han})"),
        # a platform and the paper it carries, both outlets' names (石榴云/新疆日报, 天山网-新疆日报): one
        # publisher, not a reporter and the paper (石佳/中国青年报)
        "org_pair": regex.compile(rf"(?P<platform>{one})[/\-－](?P<paper>{one})(?!\p{{Han}})"),
        # a paper and its app or channel after a dot, before a stamp's date (大河报·豫视频 2023-07-31;
        # not 天山网·王晓: the part after the dot is named as channels and apps are)
        "org_channel": regex.compile(one + r"[·•][\p{Han}A-Za-z0-9]{0,6}"
                                           r"(?:视频|频道|新闻|客户端|号|云|在线|网|融媒|发布|头条)"
                                           r"(?=\s*(?:19|20)\d{2}[-/.年])"),
        # (a widget's count in brackets after it: 评论(18), 参与互动(0))
        "widget": regex.compile(rf"(?:{alternation(STAMP_WIDGETS)})(?!\p{{Han}})(?:\s?[(（]\d{{1,7}}[)）])?"
                                r"|进入\S{1,12}"
                                r"|[【\[][^】\]]{0,10}[】\]]"
                                r"|[(（][\d,]+人(?:参与|评论|阅读)[)）]"  # (1307人参与)
                                # a platform's badge on its author: 优质原创作者, 优质教育领域创作者
                                r"|优质\p{Han}{0,6}?(?:作者|创作者)(?!\p{Han})"
                                # Baijiahao's badge on its account, after the stamp's clock: whose
                                # official account it is (湖南日报社官方帐号; the account is named apart)
                                r"|(?<=\d{1,2}[:：]\d{2}\s*)\p{Han}{2,16}?官方[帐账]号(?!\p{Han})"
                                # where the post was sent from (发表于新疆, IP属地：广东)
                                r"|(?P<sent>(?:发表于|发布于|IP属地)\s*[:：]?\s*)(?P<place>\p{Han}{2,10})(?!\p{Han})"),
        # (a dot before a date sets a paper's name apart from it: 星洲日报‧2017.03.06, as Malaysia's papers
        # print it; a dot elsewhere joins a name's parts, or a paper and its channel)
        "gap": regex.compile(r"[\s|｜丨/\\【】\[\]〔〕\ufffd、]+|[‧·•](?=\s*(?:19|20)\d{2}[-/.年])"),
        "sep": regex.compile(r"[\s、,，；;]+"),
        # who an author is, before the name: 湖南援疆医生, 伊犁州直援疆前指, 江苏省援疆工作队
        "description": regex.compile(
            rf"(?P<who>\p{{Han}}{{2,14}}?(?:{alternation(ORG_ENDINGS + DESCRIPTIONS)}))[ \t\u3000]+"),
        "space": regex.compile(r"[ \t\u3000]+"),
        "english": regex.compile(r"(?:text|photos?|words)?\s*by\s*[a-z ]+$", regex.IGNORECASE),
        "decoration": regex.compile(r"[\s□■◎●◆◇▲△▼○•·*★☆>]+|—{1,2}\s*(?=\S)"),  # ——记者 王晓
        "counter": regex.compile(rf"(?:[\d.,]+万?)?\s*(?:次|人次)|[\d.,]+万?"
                                 rf"|(?:{alternation(COUNTER_PLACEHOLDERS)})(?![\p{{Han}}\d])"),
        # a bracketed widget on a stamp line: 【打印本页】【关闭窗口】 (no label inside)
        "bracket_widget": regex.compile(r"[【\[][^】\]:：\d]{1,10}[】\]]"),
        "nobody": regex.compile(rf"(?:{alternation(NOT_A_PERSON)})(?![\p{{Han}}A-Za-z])"),
        "aside": regex.compile(r"[(（][^()（）]{1,20}[)）]"),
        "colon": regex.compile(r"\s*[:：|｜丨]?\s*"),
        # what every credit line holds (a label, a role, a date or time, an issue, a role after names,
        # a slash): a line without any is not read further
        "cue": regex.compile(rf"{labels}|{role}|{alternation(GLUED_SOURCE_LABELS + GLUED_DATE_LABELS)}"
                             r"|\d|[/|｜丨《]|摄|文|图|报道|报导|整理|编译|供稿|来稿|原创|发布|讯|IP属地"),
        # a reporter's paper after a slash: 石佳/中国青年报
        "name_org": regex.compile(rf"\s*/\s*(?P<org>{one})(?!\p{{Han}})"),
        # an organisation that provided the article: 县委宣传部供稿, 医技药剂党支部、药剂科供稿
        "provider": regex.compile(r"(?P<org>[\p{Han}A-Za-z、]{2,24}?)(?:供稿|来稿)(?!\p{Han})"),
        # a publisher's name without an organisation's ending, right after a stamp's clock
        "outlet": regex.compile(r"(?=(?:[A-Za-z0-9]*\p{Han}){2})[\p{Han}A-Za-z0-9]{2,10}"
                                r"(?=[\s|｜丨/【】\[\]]|$)"),
        # a token of a stamp line that no form reads: short, no sentence punctuation
        "junk": regex.compile(rf"[^\s|｜丨/【】\[\]()（）。，,；;！!？?]{{1,{_JUNK_LENGTH}}}"
                              rf"(?=[\s|｜丨/【】\[\]]|$)"),
    })


#: ... of at most this many characters each.
_JUNK_LENGTH = 8
