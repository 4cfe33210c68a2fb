"""Datelines and credits inside body lines: at the start of the first paragraph
(``新华社伊宁7月12日电(记者 王晓、李明)时至今日……``) or at the end of the last
(``（记者 王晓 李明）``), and an author's note (``作者系……``).

:func:`parse_lead` and :func:`parse_tail` find them and return their fields with the
part of the line they take.
"""

from __future__ import annotations

import dataclasses
import functools
from typing import Any, Final

from aidparse._lazy import lazy_re_where_same, lazy_regex
from aidparse._precompiled import compile_regex
from aidparse._record import record
from aidparse.article.credits import (
    INNER_STOP,
    Field,
    names_at,
    parse_credits,
)
from aidparse.article.labels import (
    DESCRIPTIONS,
    HOUSE_WORDS,
    ORG_ENDINGS,
    OUTLETS,
    alternation,
)
from aidparse.article.names import (
    NAME_DOTS,
    READER,
    bare_name_shape,
    valid_name,
)
from aidparse.article.tokens import ZONE
from aidparse.article.words import (
    SENTENCE_WORDS,
    common_halves,
    common_word,
    gazetteer_place,
    org_name,
    outlet_word,
    place_outlet,
    place_word,
    plain_word,
    publisher_name,
    report_place,
    two_places,
)
from aidparse.models.vocab import MetaField

__all__ = [
    "Lead",
    "Tail",
    "author_note",
    "dateline_alone",
    "parse_lead",
    "parse_tail",
    "team_and_names",
]

@record
class Lead:
    """A dateline or byline at the start of a body line: ``line[:end]`` is metadata."""

    end: int
    fields: tuple[Field, ...]
    rest_is_title: bool = False


#: How a place's self-media outlet's name ends (伽师零距离, 昌吉融媒), a dateline's outlet when
#: :func:`~aidparse.article.words.place_outlet` reads a place before it.
_PLACE_OUTLET_ENDINGS = ("零距离", "融媒体", "融媒")
_LEAD_GAP = lazy_regex(r"[\s/／:：，,]*")
_TITLE_LABEL = lazy_regex(r"题\s*[:：]")


@functools.cache
def _lead_patterns() -> tuple[Any, Any, Any]:
    import regex

    one = rf"(?:[\p{{Han}}A-Za-z]{{1,12}}?(?:{alternation(ORG_ENDINGS)})|{alternation(OUTLETS)}"
    # (a place's self-media outlet: 伽师零距离讯, 昌吉融媒讯 — checked by place_outlet)
    one += rf"|\p{{Han}}{{2,6}}?(?:{alternation(_PLACE_OUTLET_ENDINGS)}))"
    # (a platform and the paper it carries: 石榴云/新疆日报讯, 天山网-新疆日报讯)
    org = rf"(?:(?P<house>{alternation(HOUSE_WORDS)})|(?:(?:{one}|[\p{{Han}}A-Za-z]{{1,8}})[/\-－])?{one})"
    wire = compile_regex(rf"""
        ^[\s□■●◆▲]*据?
        (?:(?P<org>{org})(?![网]|报(?![道导]))   # the whole name: 中国新闻网 (no place begins with 网 or 报)
           # an outlet no table knows, before the time zone and a whole date (新唐人北京时间2019年01月22日讯)
           | (?P<org>\p{{Han}}{{2,6}}?)(?=(?:{ZONE})(?:19|20)\d{{2}}年))
        (?:[ \u3000]?(?P<place>\p{{Han}}{{2,8}}?))??   # (parts set apart: 新华社 乌鲁木齐 5月12日电)
        (?P<zone>{ZONE})?   # 北京时间: the zone of the date
        (?:[ \u3000]?(?P<date>(?:(?:19|20)\d{{2}}年)?\d{{1,2}}月\d{{1,2}}日))?
        (?P<kind>快讯|专电|电|讯|(?(date)消息|(?!))
          |(?:报道|报导)(?=\s*$))   # 星岛日报报道 alone on its line, as Hong Kong's papers print it
        # without a date or a place, 电/讯 must end the word (中国网络电视台 is no dateline)
        (?(date)|(?(place)|(?(house)|(?!\p{{Han}}))))
        (?:\s*[(（](?P<credit>[^()（）\n]{{1,60}})[)）])?
      # 央视网消息
      # (and its reporters: 国际在线报道（记者 王晓）：, 国际在线消息（记者 王晓）：)
      | ^[\s□■●◆▲]*(?P<org2>[\p{{Han}}A-Za-z/]{{1,16}}(?:{alternation(ORG_ENDINGS)}))
        (?P<kind2>消息|报道(?=\s*[(（]))(?:\s*[(（](?P<credit>[^()（）\n]{{1,60}})[)）])?
        """, regex.VERBOSE)
    org = rf"(?:{alternation(HOUSE_WORDS)}|[\p{{Han}}A-Za-z]{{1,12}}?(?:{alternation(ORG_ENDINGS)}))"
    lead = compile_regex(rf"""
        ^[\s□■●◆▲]*
        (?:
            (?P<org>{org})\s*[(（](?P<credit>[^()（）\n]{{1,60}})[)）]      # 中国昌吉网(记者 左晓雨)
          | [(（](?P<credit2>[^()（）\n]{{1,60}})[)）]                       # (通讯员 邓瑞涵 李胡)
          | 【(?P<credit3>[^【】\n]{{1,40}})】                                # 【文/王晓】, 【记者 王晓】
          | 〔(?P<credit4>[^〔〕\n]{{1,40}})〕                                # 〔记者王晓／台北报导〕
          # 据央视《焦点访谈》报道, 据《新疆日报》报道
          | 据《?(?P<src>[^,，。;；(（《》\s]{{2,12}}?)》?(?:《[^》\n]{{1,20}}》)?(?:报道|消息)[,，:：]?
        )
        """, regex.VERBOSE)
    # a credit after a dateline, without brackets: 本报乌鲁木齐10月24日讯 记者张三报道：
    after = compile_regex(r"[\s/／:：]*(?P<credit>[^，,。；;:：\n]{2,40}?)\s*(?:报道)?\s*[:：]")
    return wire, lead, after


#: What a Hong Kong, Taiwan, Macau or overseas Chinese paper's dateline says it is, after its outlet,
#: place and date (【明报专讯】, （东网专讯）, 【本报消息】, （北京综合电）, （中央社台北28日综合外电报导）):
#: 综合 (a roundup), 外电 (from foreign wires), then the dispatch's word.
_MARKER_KIND = r"(?:综合)?(?:外电)?(?:专讯|讯|专电|电|消息|报道|报导)"
#: Brackets a dateline stands in, by their opening: 【大公报讯】, （吉隆坡6日讯）, 〔本报讯〕.
_MARKER_CLOSE = {"【": "】", "(": ")", "（": "）", "〔": "〕"}
#: News briefs' column words in 讯 (【简讯】, 【短讯】, 【图讯】): a one-character "outlet" before 讯
#: that makes one of these, or a word of the dictionary, is a column's tag, no paper's short name
#: (【橙讯】 is 橙新闻's).
_BRIEF_WORDS = ("简讯", "快讯", "短讯", "图讯", "要讯", "特讯", "喜讯", "资讯", "通讯", "电讯", "视讯",
                "新讯", "动讯", "专讯")
#: An outlet-less dateline's place with a day and no known place is at most this long (吉隆坡, 槟城).
_UNKNOWN_PLACE_MAX = 5


@functools.cache
def _marker_patterns() -> tuple[Any, Any]:
    """Datelines of Hong Kong, Taiwan and overseas Chinese papers and agencies, in brackets."""
    import regex

    date = r"(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?\d{1,2}日"
    # 【明报专讯】, 【大公报讯】, 【星岛日报报道】, 【本报消息】, （东网专讯）, （北京综合电）,
    # （吉隆坡6日讯）, 【大纪元2021年05月08日讯】, （中央社台北28日综合外电报导）: the paper or the
    # place (or both: read by _marker_fields), its date, the dispatch's word, all in one pair of
    # brackets; then a credit in brackets
    marker = compile_regex(rf"""
        ^[\s□■●◆▲]*(?P<open>[【(（〔])(?P<ju>据)?
        (?P<org>[\p{{Han}}A-Za-z]{{1,12}}?)
        (?P<date>{date})?
        (?P<kind>{_MARKER_KIND})
        (?P<close>[】)）〕])
        \s*(?:[(（](?P<credit>[^()（）\n]{{1,60}})[)）])?
        """, regex.VERBOSE)
    # （中央社记者王晓台北8日电）, （香港中通社5月8日电）: an agency's dateline in brackets (or without
    # them, as reposts print it), the reporter between the agency and the place
    bracket = compile_regex(rf"""
        ^[\s□■●◆▲]*(?P<open>[(（])?据?(?P<org>[\p{{Han}}A-Za-z]{{1,10}}?(?:{alternation(ORG_ENDINGS)}))
        (?:记者\s?(?P<names>\p{{Han}}{{2,3}}?(?=\s)|\p{{Han}}{{0,11}}?))?
        (?P<rest>\s?\p{{Han}}{{0,8}}?)(?P<date>(?:(?:19|20)\d{{2}}年)?(?:\d{{1,2}}月)?\d{{1,2}}日)
        (?(open){_MARKER_KIND}|专?电)   # in brackets, any dispatch word: （…台北8日综合外电报导）
        (?(open)[)）]|(?=[\s/／:：]|\p{{Han}}|$))   # in brackets, or not: 中央社记者王晓台北8日电 今年…
        """, regex.VERBOSE)
    return marker, bracket


def _outlet(name: str) -> bool:
    """Whether ``name`` is a paper's, an agency's or a site's name (大公报, 中央社, 东网)."""
    return publisher_name(name) or org_name(name)


def _marker_fields(run: str, at: int, date: str, kind: str, bracket: str, form: str) -> list[Field] | None:
    """The fields of a bracketed dateline whose outlet and place are ``run`` (at ``at`` in the line),
    or ``None`` when it is none: the paper's own word (本报), an outlet (东网), an outlet and a place
    (中央社|台北), a place (北京, 香港), a place no table knows before a day (吉隆坡6日), an outlet no
    table knows before a whole date (新唐人2019年01月22日), a paper's one-character short name in 【】
    (橙讯). Not a column's tag (【视频报道】, 【援疆快讯】, 【简讯】) nor an aside (（图为…）). The outlet
    is the field (the place is not read, as of the agencies' bracketed datelines).

    >>> [(f.field.value, f.value) for f in _marker_fields("中央社台北", 1, "28日", "综合外电报导", "（", "m")]
    [('origin', '中央社')]
    >>> _marker_fields("北京", 1, "", "综合电", "（", "m")
    []
    >>> _marker_fields("吉隆坡", 1, "6日", "讯", "（", "m"), _marker_fields("橙", 1, "", "讯", "【", "m")
    ([], [])
    >>> _marker_fields("视频", 1, "", "报道", "【", "m"), _marker_fields("援疆", 1, "", "快讯", "【", "m")
    (None, None)
    """
    from aidparse.script import to_simplified

    def field(name: MetaField, start: int, end: int) -> Field:
        return Field(name, run[start:end], at + start, at + end, form)

    if "记者" in run or SENTENCE_WORDS.search(run):
        return None  # (中央社记者王晓台北8日电: the reporter's form, read with the agency's)
    if run in HOUSE_WORDS:
        return []
    for cut in range(2, len(run) + 1):  # 中央社|台北, 中国台湾网|北京, 新华社|烟台 (not 新华社烟台: 台)
        if not _outlet(run[:cut]):
            continue
        cut = _outlet_end(run, 0, cut, len(run))  # (中国台|湾网: the place runs across the cut)
        rest = run[cut:]
        if not rest or (rest[0] not in "网报" and (two_places(to_simplified(rest)) or (
                "日" in date and len(rest) <= _UNKNOWN_PLACE_MAX and not common_halves(rest)))):
            return [field(MetaField.ORIGIN, 0, cut)]  # (a place no table knows before a day: 烟台8日)
    dispatch = kind.endswith(("电", "讯"))  # (（北京报道）, （视频报道）: a report's, no wire's word)
    if two_places(to_simplified(run)) and (dispatch or date):
        return []
    if "日" in date and 2 <= len(run) <= _UNKNOWN_PLACE_MAX and not common_halves(run):
        if "年" in date and outlet_word(run):  # 【新唐人2019年01月22日讯】: an outlet's name
            return [field(MetaField.ORIGIN, 0, len(run))]
        return []  # （吉隆坡6日讯）: a place or an outlet no table knows; neither is read
    if len(run) == 1 and bracket == "【" and kind == "讯" and not date \
            and run + kind not in _BRIEF_WORDS and not common_word(run + kind):
        return []  # 【橙讯】: a paper's short name, not read as its name
    return None


def _bracketed_dateline(line: str) -> Lead | None:
    """A bracketed dateline of a Hong Kong, Taiwan or overseas Chinese paper or agency.

    >>> lead = _bracketed_dateline("【大纪元2021年05月08日讯】（大纪元记者王晓报道）今年")
    >>> [(f.field.value, f.value) for f in lead.fields]
    [('origin', '大纪元'), ('dateline', '2021年05月08日'), ('authors', '王晓')]
    >>> lead = _bracketed_dateline("（中央社记者王晓台北8日电）今年")
    >>> [(f.field.value, f.value) for f in lead.fields], lead.end
    ([('origin', '中央社'), ('authors', '王晓')], 14)
    >>> [(f.field.value, f.value) for f in _bracketed_dateline("（中央社记者陈家明京8日电）今年").fields]
    [('origin', '中央社')]
    >>> [(f.field.value, f.value) for f in _bracketed_dateline("（据新华社伊宁10月20日电）今年").fields]
    [('origin', '新华社'), ('dateline', '10月20日')]
    >>> _bracketed_dateline("【援疆故事】今年") is None, _bracketed_dateline("【视频报道】今年") is None
    (True, True)
    >>> _bracketed_dateline("（北京综合电）今年")
    Lead(end=7, fields=(), rest_is_title=False)
    """
    marker, bracket = _marker_patterns()
    m = marker.match(line)
    fields = None
    if m and _MARKER_CLOSE[m.group("open")] == m.group("close"):
        fields = _marker_fields(m.group("org"), m.start("org"), m.group("date") or "", m.group("kind"),
                                m.group("open"), "lead.marker")
    if m and fields is not None:
        if m.group("ju") and m.group("kind") in ("报道", "报导", "消息"):
            # （据新华社报道）: the report it draws on, as 据…报道 without brackets (no wire's origin)
            fields = [dataclasses.replace(f, field=MetaField.SOURCE) for f in fields]
        if m.group("date") and "月" in m.group("date"):
            fields.append(Field(MetaField.DATELINE, m.group("date"), m.start("date"), m.end("date"),
                                "lead.marker"))
        end = m.end("close")
        if m.group("credit") is not None:
            credit = _credit_fields(m.group("credit"), m.start("credit"), "lead.marker-credit",
                                    names_only=True)
            if credit is not None:
                fields += [f for f in credit if f.field is MetaField.AUTHORS]
                end = m.end()
        else:  # 【大公报讯】记者王晓报道：…
            prefix = _credit_prefix(line, _LEAD_GAP.match(line, end).end(), "lead.marker-after")
            if prefix is not None and prefix[0] < len(line.rstrip()):
                end, credit = prefix
                fields += credit
        return Lead(_LEAD_GAP.match(line, end).end(), tuple(fields))
    m = bracket.match(line)
    if m is None:
        return None
    if m.group("open") is None and not line[m.end():].strip() and not publisher_name(m.group("org")):
        return None  # a dateline alone on its line is a news outlet's (喀什地区供电公司10月15日电 / 网改造…)
    org_end = m.end("org")
    if m.group("names") is None:  # （中国台湾网7月5日电）: the outlet's whole name
        org_end = _outlet_end(line, m.start("org"), org_end, m.end("rest"))
    fields = [Field(MetaField.ORIGIN, line[m.start("org") : org_end], m.start("org"), org_end,
                    "lead.bracket-wire")]
    # the reporter's name runs into the place (王晓台北, 陈家明京): a space parts them (记者王晓
    # 台北8日电), or a place the dictionary or the gazetteer knows ends the run (王晓|台北); else
    # neither is read (京 is no place alone)
    names, rest = m.group("names") or "", m.group("rest")
    if names and rest[:1].isspace() and valid_name(names, credited=True):
        fields.append(Field(MetaField.AUTHORS, names, m.start("names"), m.end("names"), "lead.bracket-wire"))
    elif not rest[:1].isspace():
        run, at = names + rest, m.start("names") if m.group("names") is not None else m.start("rest")
        splits = [i for i in (2, 3) if len(run) - i >= 2 and valid_name(run[:i], credited=True)
                  and place_word(run[i:])]
        if len(splits) == 1:
            fields.append(Field(MetaField.AUTHORS, run[: splits[0]], at, at + splits[0], "lead.bracket-wire"))
    if "月" in m.group("date"):
        fields.append(Field(MetaField.DATELINE, m.group("date"), m.start("date"), m.end("date"),
                            "lead.bracket-wire"))
    return Lead(_LEAD_GAP.match(line, m.end()).end(), tuple(fields))


#: The dash between a site and its app or the paper it carries in a dateline (华龙网-新重庆客户端讯).
_DASH = lazy_regex(r"[-－]")


def _outlet_end(line: str, start: int, end: int, limit: int) -> int:
    """Where a dateline's outlet ``line[start:end]`` ends, when the first organisation's ending in
    it cuts a place in two (中国台|湾网: 台 ends names such as 电视台, and 台湾 is a place): at the
    first ending after that place, before ``limit`` (中国台湾网, 中国台湾网|北京, 中国台州网); else at
    ``end`` (新华社|烟台, 新华社|台北: no place runs across the cut).

    >>> [_outlet_end(s, 0, 3, len(s)) for s in ["中国台湾网", "中国台湾网北京", "新华社烟台", "新华社台北"]]
    [5, 5, 3, 3]
    """
    from aidparse.script import to_simplified

    across = [j for i in range(max(start, end - 3), end) for j in range(end + 1, min(limit, i + 4) + 1)
              if place_word(to_simplified(line[i:j]))]
    if not across:
        return end
    for cut in range(max(across), limit + 1):
        if line[start:cut].endswith(ORG_ENDINGS) and line[cut : cut + 1] not in ("网", "报"):
            return cut
    return end


def _credit_fields(credit: str, offset: int, form: str, *, names_only: bool = False) -> list[Field] | None:
    fields = parse_credits(credit, names_only=names_only)
    if fields is None or not any(f.field is MetaField.AUTHORS for f in fields):
        return None
    return [f.shifted(offset, f"{form}:{f.form}") for f in fields]


def dateline_alone(line: str) -> bool:
    """Whether ``line`` is a wire's dateline with its date and nothing else — over the headline, it
    is the article's dateline, never its headline.

    >>> dateline_alone("新唐人北京时间2019年01月22日讯"), dateline_alone("新华社乌鲁木齐1月22日电")
    (True, True)
    >>> dateline_alone("天山网讯"), dateline_alone("新华社乌鲁木齐1月22日电 记者从自治区获悉")
    (False, False)
    """
    lead = parse_lead(line, first=True) if _DATELINE_WORD.search(line) else None
    return lead is not None and lead.end >= len(line.rstrip()) \
        and any(f.field is MetaField.DATELINE for f in lead.fields)


#: A wire's dateline ends with the word of its dispatch.
_DATELINE_WORD = lazy_regex(r"[电讯]\s*$")


def parse_lead(line: str, *, first: bool) -> Lead | None:
    """A wire dateline or byline opening a body line.

    Wire datelines (``…电``, ``…讯``, ``…消息``) and bracketed credits are read at
    the start of any paragraph; an organisation with a bracketed credit and
    ``据…报道`` only at the start of the article's first paragraph. The paper of
    a ``…电``/``…讯`` dateline is the article's origin; of ``…消息``, its source.

    >>> lead = parse_lead("新华社伊宁7月12日电(记者 王晓、李明)时至今日", first=True)
    >>> [(f.field.value, f.value) for f in lead.fields]  # doctest: +NORMALIZE_WHITESPACE
    [('origin', '新华社'), ('place', '伊宁'), ('dateline', '7月12日'), ('authors', '王晓'),
     ('authors', '李明')]
    >>> "新华社伊宁7月12日电(记者 王晓、李明)时至今日"[lead.end:]
    '时至今日'
    >>> parse_lead("本报讯(记者 张三。(通讯员 李四)", first=True).end
    3
    >>> line = "本报乌鲁木齐10月24日讯 记者张三报道：近日"
    >>> line[parse_lead(line, first=True).end:]
    '近日'
    """
    if first and line.lstrip(" \t\u3000□■●◆▲")[:1] in ("【", "(", "（", "〔"):
        marked = _bracketed_dateline(line)
        if marked is not None:
            return marked
    wire, lead, after = _lead_patterns()
    m = wire.match(line)
    if m and m.group("zone") and m.start("zone") == m.end("org") and not org_name(m.group("org")) \
            and not outlet_word(m.group("org")):
        m = None  # 今日北京时间2024年1月22日讯: a word before the zone, no outlet no table knows
    if m and m.group("org") and m.group("org").endswith(_PLACE_OUTLET_ENDINGS) \
            and not place_outlet(m.group("org")):
        m = None  # (记者零距离…: no place's outlet)
    if m is None and first:  # 中央社记者王晓台北8日电 without its brackets, as reposts print it: with
        marked = _bracketed_dateline(line)  # its reporter (人民网记者从8日电视台… is a sentence)
        if marked is not None and any(f.field is MetaField.AUTHORS for f in marked.fields):
            return marked
    if m and m.group("org2"):  # 央视网消息: the site that reports, not a wire's origin
        fields = [Field(MetaField.SOURCE, m.group("org2"), m.start("org2"), m.end("org2"), "lead.xiaoxi")]
        credit = _credit_fields(m.group("credit"), m.start("credit"), "lead.xiaoxi-credit", names_only=True) \
            if m.group("credit") is not None else None
        if credit is None:  # 央视网消息（新闻联播）: a programme's name, no credit: the text's
            return Lead(_LEAD_GAP.match(line, m.end("kind2")).end(), tuple(fields))
        return Lead(_LEAD_GAP.match(line, m.end()).end(), (*fields, *credit))  # 国际在线报道（记者 王晓）：
    if m:
        fields = []
        org_end = place_end = m.end("org")
        if m.group("place") and not m.group("house"):  # 中国台湾网7月5日讯: the outlet's whole name
            place_end = m.end("place")
            if m.start("place") == org_end:  # (set apart by a space, the outlet's name is whole)
                org_end = _outlet_end(line, m.start("org"), org_end, place_end)
        dash = _DASH.search(line, m.start("org"), org_end)
        if dash is not None:  # 华龙网-新重庆客户端讯: the site, then its app or its paper
            if place_end == org_end:
                place_end = dash.start()
            org_end = dash.start()
        org = line[m.start("org") : org_end]
        if m.group("kind") == "消息":  # 央广网乌鲁木齐5月8日消息: the site that reports, not a wire
            if org not in HOUSE_WORDS:
                fields.append(Field(MetaField.SOURCE, org, m.start("org"), org_end, "lead.xiaoxi"))
        elif org not in HOUSE_WORDS:
            fields.append(Field(MetaField.ORIGIN, org, m.start("org"), org_end, "lead.wire"))
        if place_end > org_end:
            start = max(org_end, m.start("place")) if m.group("place") else org_end  # (past a space)
            fields.append(Field(MetaField.PLACE, line[start:place_end], start, place_end, "lead.wire"))
        if m.group("date"):
            fields.append(Field(MetaField.DATELINE, m.group("date"), m.start("date"), m.end("date"),
                                "lead.wire"))
        end = m.end("kind")
        if m.group("credit") is not None:
            at = m.start("credit")
            credit = _credit_fields(m.group("credit"), at, "lead.wire-credit", names_only=True) \
                or _slot_names(m.group("credit"), at, "lead.wire-names")
            if credit is not None:
                fields += credit
                end = m.end("credit") + 1
        else:
            a = after.match(line, end)
            credit = _credit_fields(a.group("credit"), a.start("credit"), "lead.wire-after") if a else None
            if a and credit is not None:
                fields += credit
                end = a.end()
            else:  # 新华社北京10月5日电 记者张伟 李明: a credit up to a space (or the end of the line)
                gap = _LEAD_GAP.match(line, end).end()
                prefix = _credit_prefix(line, gap, "lead.wire-prefix")
                if prefix is not None:
                    end, credit = prefix
                    fields += credit
        end = _LEAD_GAP.match(line, end).end()
        rest = line[end:]
        return Lead(end, tuple(fields), rest_is_title=bool(_TITLE_LABEL.match(rest)))
    m = lead.match(line)
    org_role = _org_role_start().match(line) if m is None and first else None
    if m is None and first and (_ROLE_START.match(line) or org_role):
        # 记者 王晓 通讯员 李明 近日，…; 新疆日报记者 王晓 报道：…
        prefix = _credit_prefix(line, 0, "lead.role-start")
        if prefix is not None and prefix[0] < len(line.rstrip()):
            fields = prefix[1]
            if org_role is not None and org_role.group("org") not in HOUSE_WORDS and not any(
                    f.field in (MetaField.AFFILIATION, MetaField.SOURCE) for f in fields):
                # 大公文汇全媒体记者张帅报道：the outlet the credit's own reading did not name
                fields = [Field(MetaField.AFFILIATION, org_role.group("org"), org_role.start("org"),
                                org_role.end("org"), "lead.role-start"), *fields]
            return Lead(_LEAD_GAP.match(line, prefix[0]).end(), tuple(fields))
    bracketed = m.group("credit3") if m is not None and m.group("credit3") is not None else (
        m.group("credit4") if m is not None else None)
    if m is None or (not first and m.group("credit2") is None) \
            or (bracketed is not None and not _WRITER.match(bracketed) and not _FILED.match(bracketed)):
        return None  # (【图/王晓】: a photo's credit; a later paragraph's 【记者 王晓】: a speaker)
    if m.group("src"):
        if _ROLE_START.match(m.group("src")):  # 据记者王晓报道: a reporter, not a publisher
            credit = _credit_fields(m.group("src"), m.start("src"), "lead.ju-baodao")
            return Lead(m.end(), tuple(credit)) if credit else None
        return Lead(m.end(), (Field(MetaField.SOURCE, m.group("src"), m.start("src"), m.end("src"),
                                    "lead.ju-baodao"),))
    key = next(k for k in ("credit", "credit2", "credit3", "credit4") if m.group(k) is not None)
    credit = _credit_fields(m.group(key), m.start(key), "lead.credit")
    if credit is None or m.end() >= len(line.rstrip()):
        return None
    return Lead(m.end(), tuple(credit))


#: A reporter's credit in brackets that says where the report was filed, the name glued to the role
#: (记者王晓／台北报导, 记者王晓综合报导, as Taiwan's papers print it in 〔〕 or 【】).
_FILED = lazy_regex(r"\s*(?:特派|特约|实习|见习|首席)?记者\p{Han}{2,14}?\s*[/／]\s*\p{Han}{0,4}?"
                    r"(?:综合)?(?:报道|报导)\s*$")  # (【记者蹲点报道】 without the slash: a column's tag)
#: A writer's role opening a credit in 【】 (not a photographer's: 图/, 摄影).
_WRITER = lazy_regex(r"\s*(?:文|撰文|作者|执笔|(?:本报|特约|实习|首席|全媒体|融媒体)?(?:记者|通讯员))"
                     r"\s*[/／:：|｜丨\s]")
_CREDIT_STOPS = ("报道", "报导", "/", "／")
#: Where a credit opening a line ends: 报道, a place and Taiwan's 报导 after a slash (/台北报导),
#: /综合报导, a space, the end of the line.
_CREDIT_END = lazy_regex(r"\s*(?:[/／]\s*\p{Han}{2,4}?报导|(?:[/／]\s*综合)?(?:报道|报导))\s*[:：]?|\s+|$")


def _credit_prefix(line: str, start: int, form: str) -> tuple[int, list[Field]] | None:
    """The longest credit opening ``line[start:]`` that ends at a space, after 报道, or at the end
    of the line (记者王晓 近日…, 记者 王晓 通讯员 李明报道 近日…), with its fields."""
    best = None
    stop = min(len(line), start + 40)
    for pos in range(start + 2, stop + 1):
        if pos < len(line) and not line[pos].isspace() and not line.startswith(_CREDIT_STOPS, pos):
            continue
        if line.startswith("报导", pos) and any(c in "/／" for c in line[max(start, pos - 5) : pos]):
            continue  # 记者王晓/台北报导 (Taiwan's form): the place before 报导 is no name
        m = _CREDIT_END.match(line, pos)
        if m is None:
            continue
        # a word glued to 报道 is read with it, as a credit line reads it: a place where the report
        # was written (王晓 新疆报道), or one more reporter (王晓 李明报道)
        glued = line.startswith(("报道", "报导"), pos) and not line[pos - 1].isspace()
        credit = _credit_fields(line[start : pos + 2 if glued else pos], start, form)
        if credit is None and glued:
            credit = _filed_at(line, start, pos, form)
        if credit is not None:
            best = (m.end(), credit)
    return best


#: Where a report was filed, glued to the reporter's name before 报道, is at most this long (新疆喀什).
_FILED_PLACE_MAX = 6


def _filed_at(line: str, start: int, pos: int, form: str) -> list[Field] | None:
    """The fields of a credit ``line[start:pos]`` whose last name runs into where the report was
    filed, before 报道 at ``pos`` (记者卢静怡喀什报道, 记者王晓新疆喀什报道): the place is one the
    gazetteer knows, two places, or a place with its ending (not a dictionary's place alone, which
    may be a co-reporter's name: 记者王晓于洋报道), and the name ends where it begins.

    >>> line = "记者卢静怡喀什报道：在"
    >>> [(f.field.value, f.value) for f in _filed_at(line, 0, line.index("报道"), "f")]
    [('authors', '卢静怡')]
    >>> _filed_at("记者王晓于洋报道：", 0, 6, "f") is None
    True
    """
    for at in range(max(start + 1, pos - _FILED_PLACE_MAX), pos - 1):
        if not report_place(line[at:pos]):
            continue
        credit = _credit_fields(line[start:at], start, form)
        if credit is not None and credit[-1].field is MetaField.AUTHORS and credit[-1].end == at:
            return credit
    return None


def _slot_names(credit: str, offset: int, form: str) -> list[Field] | None:
    """The reporters' names in the brackets after a wire's dateline (中新网喀什5月3日电 (陶拴科 刘翔)),
    when the credit's reading turned one down as a word: a name the dictionary knows as a person's
    stands there (刘翔), as any name of two or three characters, not a word, a place or an outlet.

    >>> [f.value for f in _slot_names("陶拴科 刘翔", 0, "f")], _slot_names("援疆 干部", 0, "f")
    (['陶拴科', '刘翔'], None)
    """
    names, end = names_at(credit, 0, credited=True)
    if not names or credit[end:].strip() or not all(
            bare_name_shape(n) and valid_name(n, credited=True) and not plain_word(n)
            and not place_word(n) and not org_name(n) for n, _, _ in names):
        return None
    return [Field(MetaField.AUTHORS, n, offset + a, offset + b, form) for n, a, b in names]


@record
class Tail:
    """A credit in brackets closing a body line: ``line[start:]`` is metadata."""

    start: int
    fields: tuple[Field, ...]


#: A note of who the author is, closing the article (作者系江苏省援疆干部、霍城县委副书记, 作者单位：…).
#: (not 作者系列…, the author's series; nothing in 《》: a book, a column)
_AUTHOR_NOTE = lazy_regex(r"作者(?:系(?![列统])|现任|现为|(?:单位|简介)\s*[:：])\s*[^《\s][^《]*$")
#: The longest note of who the author is.
_AUTHOR_NOTE_MAX = 80
#: The author's name, then who they are after a comma or 系 (作者：钟晓宇，山东省第十一批援疆教师; 作者王晓系
#: 江苏援疆干部): no other credit's label after it (作者：王晓，编辑：李明 is two credits).
_AUTHOR_NAMED = lazy_regex(
    rf"作者\s*[:：]?\s*(?:{READER})?"  # (作者：网友王晓，…: a reader, named after the word for one)
    r"(?P<name>[^\s，,：:、;；()（）]{2,9}?)\s*(?:[，,]|系(?![列统])|现任|现为)\s*(?P<desc>[^：:《]{4,})$")


#: A note that names the author and says who they are, without 作者 (王晓系江苏省第十批援疆干部).
_NAME_IS = lazy_regex(r"(?P<name>[^\s，,：:、;；()（）系]{2,9}?)\s*系(?![列统])\s*(?P<desc>[^：:《]{4,})")


def author_note(text: str, *, bracketed: bool = False) -> tuple[Field, ...] | None:
    """The fields of a note of who the author is, said after the text (作者系江苏省援疆干部、霍城县
    委副书记, 作者单位：…; in brackets or alone on its line), or ``None``: none but the name that
    may follow the description (a description is no publisher).

    >>> author_note("作者系江苏省援疆干部、霍城县委副书记"), author_note("作者系列作品还将巡展")
    ((), None)
    >>> [f.value for f in author_note("作者系江苏省第十批援疆干部 王晓")]
    ['王晓']

    The name first, then who the author is:

    >>> [f.value for f in author_note("作者：钟晓宇，山东省第十一批援疆教师，现任教于麦盖提县")]
    ['钟晓宇']
    >>> [f.value for f in author_note("作者王晓系江苏省援疆干部")], author_note("作者：王晓，编辑：李明")
    (['王晓'], None)

    Without 作者, in brackets (``bracketed``), when the description is a pairing-aid post or a place's:

    >>> [f.value for f in author_note("王晓系江苏省第十批援疆干部", bracketed=True)]
    ['王晓']
    >>> author_note("王晓系化名", bracketed=True), author_note("王晓系江苏省第十批援疆干部")
    (None, None)
    """
    if len(text) > _AUTHOR_NOTE_MAX or INNER_STOP.search(text[:-1]):
        return None
    named_first = _AUTHOR_NAMED.fullmatch(text)
    if named_first is not None and _named_note(named_first.group("name"), named_first.group("desc")):
        return (Field(MetaField.AUTHORS, named_first.group("name"), named_first.start("name"),
                      named_first.end("name"), "tail.author-note"),)
    name_is = _NAME_IS.fullmatch(text) if bracketed else None  # (unbracketed, a sentence of the text)
    if name_is is not None and _described(_NOTE_PART.split(name_is.group("desc"), maxsplit=1)[0]) \
            and _named_note(name_is.group("name"), name_is.group("desc")):
        # 王晓系江苏省第十批援疆干部: the name and who they are, a pairing-aid post (化名 is no post)
        return (Field(MetaField.AUTHORS, name_is.group("name"), name_is.start("name"), name_is.end("name"),
                      "tail.name-note"),)
    if not _AUTHOR_NOTE.match(text):
        return None
    rest = text[3:].lstrip()
    named = team_and_names(rest) if text.startswith("作者系") else None
    at = len(text) - len(rest)
    return tuple(f.shifted(at, "tail.author-note") for f in named or ())


def _named_note(name: str, desc: str) -> bool:
    """Whether a note's ``name`` is its one author's and ``desc`` says who they are: not a place, an
    organisation, a name with a title or 等 (王晓教授, 王晓等), nor a description that names more people or
    credits another role (作者：王晓，李明，江苏援疆干部; 作者：王晓，通讯员李明)."""
    first = _NOTE_PART.split(desc, maxsplit=1)[0]
    return valid_name(name, credited=True) and not org_name(name) and not place_word(name) \
        and not name.endswith(_NAME_TITLES) and _OTHER_CREDIT.search(desc) is None \
        and not (bare_name_shape(first) and valid_name(first))


#: What sets a note's parts apart (作者：王晓，李明，江苏援疆干部: 李明 is a second name, not who 王晓 is).
_NOTE_PART = lazy_regex(r"[，,、系]")
#: Titles and 等 after a name: the note names more than its author, or names them by their rank.
_NAME_TITLES: Final = ("等", "同志", "博士", "教授", "老师", "先生", "女士", "主任", "书记")
#: Another credit's role in a note's description: the line credits more people than its author.
_OTHER_CREDIT = lazy_regex(r"通讯员|记者|编辑|责编|摄影|摄像|审核|校对|审校|供图|等[，,。]?")


_EXCERPT = lazy_regex(r"^(?:节选|摘编|摘|选|转载|转)自\s*《(?P<src>[^》]{1,20})》")
#: A note that people contributed to the article (实习生王金茹对此文亦有贡献, 记者张三对本文也有贡献).
_CONTRIBUTION = lazy_regex(r"(?P<credit>.{2,40}?)\s*(?:亦|也|同样)?对(?:此|本|该)文(?:亦|也)?有(?:所)?贡献")


@functools.cache
def _org_role_start() -> Any:
    """A paper's, an app's or an outlet's name and a reporter's role opening the lead (新疆日报记者
    王晓 …, 极目新闻记者 王晓, 南方+记者 王晓, 中青报·中青网记者 王晓), built from the tables."""

    # (大公文汇全媒体, 齐鲁晚报融媒体: an outlet named for its newsroom of all media)
    one = rf"(?:\p{{Han}}{{1,10}}?(?:{alternation(ORG_ENDINGS)})|{alternation(OUTLETS)}" \
        r"|\p{Han}{2,8}?(?:全媒体|融媒体))"
    return compile_regex(rf"(?P<org>{one}(?:[·•/－\-]{one})?)"
                         r"(?:全媒体|融媒体|首席|特派|驻\p{Han}{1,4})?(?:记者|通讯员)")


_ROLE_START = lazy_regex(
    r"(?:本报|特约|实习|见习|首席|全媒体|融媒体)?(?:记者|通讯员|作者|文/|文／|撰稿|撰文)")
_SENTENCE_CLOSE = frozenset("。！？!?”’…")

#: (run by re, twice as fast here as regex: see aidparse._lazy.re_where_same)
_UNBRACKETED_TAIL = lazy_re_where_same(r"(?<=[。！？!?”])\s*(?P<credit>[^。！？!?”(（]{2,30})$")


def parse_tail(line: str, *, after: int = 0, alone: bool = False) -> Tail | None:
    """A credit closing a body line, starting at or after ``after``.

    In brackets: a credit (``(通讯员 任浩 夏云伟)``), a bare list of names or a
    paper's name after the end of a sentence (``…综合效益。(孙少雄、贾钊)``), an
    excerpt note (``(节选自《安徽画报》…)``). Without brackets, a credit that
    starts with its role after the last sentence (``…。记者 张三 李四``).

    >>> t = parse_tail("书写精彩答卷!”(通讯员 任浩 夏云伟)")
    >>> [(f.field.value, f.value) for f in t.fields]
    [('authors', '任浩'), ('authors', '夏云伟')]
    >>> [(f.field.value, f.value) for f in parse_tail("全面提升综合效益。(孙少雄、贾钊)").fields]
    [('authors', '孙少雄'), ('authors', '贾钊')]
    >>> [(f.field.value, f.value) for f in parse_tail("项目全部竣工。(新疆日报)").fields]
    [('source', '新疆日报')]
    >>> [(f.field.value, f.value) for f in parse_tail("项目全部竣工。（据新疆日报）").fields]
    [('source', '新疆日报')]
    >>> [(f.field.value, f.value) for f in parse_tail("项目全部竣工。记者 张三 李四").fields]
    [('authors', '张三'), ('authors', '李四')]
    >>> parse_tail("在新疆喀什(山东水发)现代蔬菜产业示范园") is None
    True
    >>> [(f.field.value, f.value) for f in parse_tail("项目全部竣工。（江苏省援疆工作队 王晓 李明）").fields]
    [('authors', '王晓'), ('authors', '李明')]
    >>> [(f.field.value, f.value) for f in parse_tail("（实习生王金茹对此文亦有贡献）").fields]
    [('authors', '王金茹')]
    >>> parse_tail("（孙少雄、贾钊）") is None, len(parse_tail("（孙少雄、贾钊）", alone=True).fields)
    (True, 2)
    >>> parse_tail("全面提升综合效益。（作者系江苏省援疆干部）").fields  # who the author is: no field
    ()
    >>> [(f.field.value, f.value) for f in parse_tail("官方称资金主要用于民生领域。（东网专讯）").fields]
    [('source', '东网')]
    """
    stripped = line.rstrip()
    if not stripped:
        return None
    if stripped[-1] not in ")）":
        m = _UNBRACKETED_TAIL.search(stripped, after)
        if m is None or m.start("credit") < after:
            return None
        fields = parse_credits(m.group("credit"))
        if fields is None or not any(f.field is MetaField.AUTHORS for f in fields) \
                or not _ROLE_START.match(m.group("credit")):
            return None
        at = m.start("credit")
        return Tail(at, tuple(f.shifted(at, "tail.role") for f in fields))
    start = max(stripped.rfind("("), stripped.rfind("（"))
    if start < after or start < 0 or len(stripped) - start > 80:
        return None
    inner = stripped[start + 1 : -1]
    at = start + 1
    closing = (start > 0 and stripped[start - 1] in _SENTENCE_CLOSE) or (alone and start == 0)
    marker = _marker_patterns()[0].fullmatch(stripped[start:]) if closing else None
    if marker is not None and marker.group("credit") is None:
        # …。（东网专讯）: the paper's dispatch, said after its text as Hong Kong's sites print it (its
        # source, which a source the page states goes before)
        fields = _marker_fields(marker.group("org"), start + marker.start("org"), marker.group("date") or "",
                                marker.group("kind"), marker.group("open"), "tail.marker")
        if fields and fields[0].field is MetaField.ORIGIN:  # the site's own word, as (新华社) after it
            return Tail(start, (dataclasses.replace(fields[0], field=MetaField.SOURCE),))
    note = author_note(inner, bracketed=alone and start == 0)  # (王晓系…: alone on the closing line)
    if note is not None:  # （作者系江苏省援疆干部）: who the author is, said after the text
        return Tail(start, tuple(f.shifted(at) for f in note))
    excerpt = _EXCERPT.match(inner)
    if excerpt:
        src = excerpt.group("src")
        return Tail(start, (Field(MetaField.SOURCE, src, at + excerpt.start("src"),
                                  at + excerpt.end("src"), "tail.excerpt"),))
    contribution = _CONTRIBUTION.fullmatch(inner)
    if contribution:
        fields = parse_credits(contribution.group("credit"))
        names = [f for f in fields or () if f.field is MetaField.AUTHORS]  # not a paper named with them
        return Tail(start, tuple(f.shifted(at, "tail.contribution") for f in names)) if names else None
    # bare names after the end of a sentence: on the same line, or alone on the next (``alone``:
    # the line before ended a sentence of the article)
    names_only = closing
    if names_only and inner.startswith("据") and org_name(inner[1:]):
        inner, at = inner[1:], at + 1  # （据新疆日报）: "according to" the paper, the paper its source
    if names_only and org_name(inner) and not valid_name(inner):
        return Tail(start, (Field(MetaField.SOURCE, inner, at, at + len(inner), "tail.org"),))
    fields = parse_credits(inner, names_only=names_only)
    if fields is None:
        fields = team_and_names(inner)
    if fields is None or not any(f.field in (MetaField.AUTHORS, MetaField.EDITORS, MetaField.SOURCE)
                                 for f in fields):
        return None
    return Tail(start, tuple(f.shifted(at, "tail.bracket") for f in fields))


def _described(who: str) -> bool:
    """Whether ``who`` says who an author is, as essays' bylines do (上海援疆教师, 江苏省援疆干部,
    喀什地区第一中学援疆教师): a description's ending, after a word of the pairing-aid trade or a
    place, and no sentence's words.

    >>> [_described(s) for s in ["上海援疆教师", "江苏省援疆干部", "霍城县人民医院援疆医生", "优秀教师",
    ...                          "援疆干部深入基层"]]
    [True, True, True, False, False]
    """
    ending = next((e for e in DESCRIPTIONS if who.endswith(e)), None)
    if ending is None or SENTENCE_WORDS.search(who):
        return False
    head = who[: -len(ending)]
    return "援" in head or place_word(head) or gazetteer_place(head)


#: A team or organisation and its people's names, in brackets (江苏省援疆工作队 王晓 李明).
#: (a name: 李静, or transliterated with its dots: 买吐送·艾力)
_TEAM_NAME = rf"(?:\p{{Han}}{{1,6}}(?:[{NAME_DOTS}]\p{{Han}}{{1,6}}){{1,2}}|\p{{Han}}{{2,4}})"
_TEAM_NAMES = lazy_regex(rf"(?P<org>\p{{Han}}{{2,16}})[ \t\u3000]+"
                         rf"(?P<names>{_TEAM_NAME}(?:[ \t\u3000、]+{_TEAM_NAME}){{0,3}})")


def team_and_names(inner: str) -> list[Field] | None:
    """The fields of a credit that names a team and its people (in brackets, or alone on a line
    under the article), or ``None``. A place is no team: (（喀什 古城 夜景）, （和田 张建国 刘海波）
    name what or whom a picture or a list shows as often as who wrote).

    >>> [f.value for f in team_and_names("江苏援疆前方指挥部 王晓 李明")]
    ['王晓', '李明']
    >>> [f.value for f in team_and_names("策勒县融媒体中心 买吐送·艾力 李静")]
    ['买吐送·艾力', '李静']
    >>> team_and_names("援疆干部深入基层 开展调研") is None
    True
    >>> [f.value for f in team_and_names("上海援疆教师  陈红")]  # who the author is, not a team
    ['陈红']
    >>> team_and_names("第一师阿拉尔市 王晓") is None
    True
    """
    m = _TEAM_NAMES.fullmatch(inner.strip())
    if m is None or not (org_name(m.group("org")) or _described(m.group("org"))):
        return None
    names, end = names_at(inner, m.start("names"))
    if not names or end != m.end("names") \
            or not all(bare_name_shape(n) for n, _, _ in names):
        return None  # (names without a role: two or three characters; 扎实推进 is a phrase)
    # (the team is no publisher: it is not taken for the report's source)
    return [Field(MetaField.AUTHORS, n, a, b, "team.names") for n, a, b in names]
