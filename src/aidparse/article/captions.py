"""Photo captions by their form: a photographer's or a provider's credit closing the line, a
picture label opening it, where someone stands in the picture, a photo agency or an archive after
one clause, a gallery's counter.

::

    援建的新村一角。记者 王晓摄          图为志愿者走访农户了解需求
    艾力老人（右）                      新疆阿克苏地区一处纺织工业园。（路透档案照）

:func:`caption_rule` names the form that makes a line a caption (the page walk removes it as
one, a line that reads as prose too, since the form is furniture's); :func:`picture_credit` says
whether the bracket closing a line credits a picture. A caption with no credit and no mark — a
scene described between paragraphs — is not told from a line of the text by its form, and is not
read (see the article stage's page).
"""

from __future__ import annotations

import functools
from typing import Any, Final

from aidparse._lazy import lazy_regex
from aidparse.article.credits import parse_credits
from aidparse.article.labels import alternation
from aidparse.models.vocab import MetaField

__all__ = [
    "ARCHIVE_PICTURES",
    "CAPTION_LABELS",
    "PICTURE_AGENCIES",
    "PICTURE_CREDIT_LABELS",
    "PICTURE_SOURCES",
    "WIRES",
    "caption_rule",
    "credits_photographer",
    "is_caption",
    "picture_credit",
    "picture_credit_line",
    "without_closing_bracket",
]

#: Credits of a picture agency or archive that close a caption (。视觉中国, 。视频截图).
PICTURE_SOURCES: Final = (
    "视觉中国", "东方IC", "IC photo", "ICphoto", "CFP", "新华社发", "中新社发", "视频截图", "视频截屏",
    "截图", "资料图", "资料图片", "资料照片", "网络图片", "网络配图", "受访者供图", "受访者提供", "配图",
    "图片来源网络", "图源网络", "据视频截图", "图虫创意", "摄图网", "新华网发", "人民网发", "中新网发",
    "央视网发", "无人机照片", "航拍照片", "示意图", "示意图片", "资料照", "档案照片", "档案照", "档案图",
    # the kinds of photo a wire's caption notes in brackets (（拼版照片）, （多次曝光照片）)
    "拼版照片", "拼版图片", "合成照片", "全景照片", "手机照片", "延时摄影照片", "多次曝光照片", "长曝光照片",
)
#: Wires and papers whose archive's pictures a caption credits (（中央社档案照片）, （路透档案照）).
WIRES: Final = (
    "中央社", "中新社", "新华社", "路透", "路透社", "美联社", "法新社", "欧新社", "共同社", "本报",
)
#: Words of an archive's picture (档案照片, 资料照).
ARCHIVE_PICTURES: Final = ("档案照片", "档案照", "档案图", "资料照片", "资料照", "资料图片", "资料图")
#: Photo agencies, whose name in brackets after a caption credits its picture (…。（达志影像）); the
#: wires (路透, 中央社) credit text paragraphs the same way, and are read only with a picture's word
#: (（路透档案照）).
PICTURE_AGENCIES: Final = ("Getty Images", "达志影像", "视觉中国", "东方IC", "CFP", "图虫创意")
#: Labels that open a caption (图片说明：…, 【图】…); 图为 and 上图 need no colon.
#: (not 图解: a heading's label)
CAPTION_LABELS: Final = ("图片说明", "图注", "图说", "资料图", "资料照片", "资料图片")

#: Labels that open a line crediting the page's pictures, not its text (题图来源：…, 封面图：…): what
#: follows them names the pictures' source or photographer, never the article's publisher. (From
#: the closings of Shanghai's, Zhejiang's and Guangdong's apps and of WeChat posts.)
PICTURE_CREDIT_LABELS: Final = (
    "题图来源", "题图", "头图来源", "头图", "首图来源", "封面图来源", "封面来源", "封面图", "封面",
    "配图来源", "配图", "图片来源", "图源", "图片提供", "图片来自", "题图摄影",
)


@functools.cache
def _patterns() -> dict[str, Any]:
    """The caption patterns, built from the tables on first use."""
    from aidparse._lazy import regex_on_first_use as regex  # each pattern compiles on its first look-up

    return regex.table({
        # photo captions: a photographer's credit, a provider, a picture label at the end
        "caption_credit": regex.compile(
            r"""(?:
                  (?:[(（]\s*)?(?:本报|新华社|特约|实习|摄影)?(?:记者|通讯员)\s*
                      \p{Han}{1,4}(?:\s\p{Han}{1,3})?\s*(?:摄|摄影|拍摄|供图)\s*[)）]?  # 记者 何 龙摄
                | [。.！!]\s*\p{Han}{2,4}\s*(?:摄|摄影)                               # 。鞠川江摄影
                | (?<!》[^《》]{0,3})[(（]\s*(?:摄影|图片|图)\s*[:：/]\s*\p{Han}{2,4}\s*[)）]  # （摄影：X）
                | [。.\s]\s*(?:图源|图片来源|图片提供)\s*[:：]\s*\S{1,16}                 # 。图源：天山网
                | [(（][^()（）]{0,24}(?:摄|摄影|供图)[)）]                              # (2017年4月10日摄)
                | 摄影\s*[/:：]\s*\p{Han}{2,4}                                         # 摄影/刘歆
                | \p{Han}{2,4}\s*/\s*摄                                                 # 李明/摄
                | (?:^|[(（。])(?:本文|本组|文中|以上)?图片(?:均|皆)?由.{1,30}提供[)）]?   # 图片由医疗队提供
                # （图取自新华网）: where the picture was taken from (取自 alone credits a text too)
                | [(（]\s*(?:图|照片|视频)\s*(?:取自|翻摄自|翻拍自|截自)[^()（）]{1,20}[)）]

                | [。.，,]\s*(?:资料|网络|受访者|本人)?供图
                | [(（](?:PICTURES|图片来源.{0,20})[)）]                               # （无人机照片）
                # an archive's picture, a wire's or a paper's (（中央社档案照片）, （资料照，美联社）;
                # not （见示意图）, （网络截图）: a sentence pointing at a figure)
                | [(（](?:WIRES)?\s*(?:ARCHIVE)(?:[，,、/／\s][^()（）]{1,12})?[)）]
                | [。.！!？?\s]\s*(?:\S{1,12}\s+)?\p{Han}{2,4}\s+(?:摄|航拍)          # 。城市摄影队 周斌 摄
                | [。.]\s*图\s*[/／]\s*\S{1,12}                                      # 。图／本报资料照片
                | [。.，,\s]\s*\S{1,16}?供图(?:\s+\S{1,8})?                               # 。小花母亲供图
                | [。.\s]\s*(?:PICTURES)(?:\s+\S{1,6})?                                   # 。视觉中国 资料
              )[。.]?$""".replace("PICTURES", alternation(PICTURE_SOURCES))
            .replace("WIRES", alternation(WIRES))

            .replace("ARCHIVE", alternation(ARCHIVE_PICTURES)), regex.VERBOSE | regex.REVERSE),
        # (matched from the line's end: every form closes the line, and it is asked only whether it
        # matches; a search from the start tried the whole alternation at each of a paragraph's
        # characters, a sixth of the walk's time)
        # a picture label opening the line: 图为…, ▲ pointing at the photo, a numbered figure (图1 …)
        "caption_start": regex.compile(
            r"""^(?:图为|图：|图:|上图|下图|左图|右图|组图
                 | [▲△]\s*(?:图|\S{2,30}[。.]?$)                      # ▲ pointing at the photo
                 | 图\s?[0-9一二三四五六七八九十]{1,2}(?:[ \u3000:：、.．]|$)   # 图1 图二：
                 | 图\s?[①-⑳⑴-⒇]                                    # 图①
                 | [【\[]图[】\]]                                      # 【图】
                 | (?:LABELS)\s*[:：]                                  # 图片说明：
                 | 这是(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[^，,。]{0,40}?拍摄的[^，,]*$  # a wire's, one clause
                 | [(（]?\d{1,2}\s*/\s*\d{1,2}[)）]?$                    # （1/6）: a gallery's counter
                 | [(（](?:PICTURES)[)）]\s*\S                          # （视频截图）援疆医生在…
                 | \p{Han}{2,4}\s*[/／]\s*摄\s+\S                       # 王晓/摄 学生在训练中
                )""".replace("LABELS", alternation(CAPTION_LABELS))
            .replace("PICTURES", alternation(PICTURE_SOURCES)),
            regex.VERBOSE),
        # one short clause closed by a full stop, then who holds the picture in brackets: a photo
        # agency (…。（AFP via Getty Images）, …。（达志影像）) or an archive (…。（中央社档案照片）,
        # …。（资料照，美联社）): a caption of Taiwan's and overseas pages (a wire alone, （路透）,
        # credits text paragraphs too; a sentence of the text has more clauses; 见示意图 points at one)
        "agency_caption": regex.compile(
            r"(?:(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?，)?"  # (2019年，: when it was taken)
            r"[^。！？!?“”「」，,\n]{4,40}。[(（]"
            r"(?:[^()（）\s]{1,8}\s*via\s*Getty\s*Images|AGENCIES"
            r"|(?:(?!见|如|附)[^()（）]){0,8}?(?:PICTURES)(?:[，,、/／\s][^()（）]{1,12})?)[)）]".replace(
                "AGENCIES", alternation(PICTURE_AGENCIES)).replace("PICTURES", alternation(PICTURE_SOURCES))),
        # a line opened by a picture's credit label and its separator (题图来源：上海援疆巴楚分指挥部
        # 图片编辑：邵竞), short, no sentence's stop in it
        "picture_credit_line": regex.compile(
            r"[(（【\[]?(?:PICTURE_LABELS)\s*[:：/／|｜丨][^。！？!?；;]{1,40}".replace(
                "PICTURE_LABELS", alternation(PICTURE_CREDIT_LABELS))),
        "position": regex.compile(r"[(（](?:左|右|中|前排|后排|左起|右起)[一二三四五六七八九\d]?[)）]"),
        "closing_bracket": regex.compile(r"[(（]\s*([^()（）]{1,20}?)\s*[)）]\s*$"),
    })


@functools.lru_cache(maxsize=4096)  # the walk asks twice about each line of the body, the anchors again
def caption_rule(line: str) -> str | None:
    """The rule that makes ``line`` a photo caption by its form, or ``None``: a photographer's
    or provider's credit closing it (``caption.credit``), a picture label opening it
    (``caption.picture-label``: 图为…), a position marker (``caption.position``: 老人(右)).

    >>> caption_rule("新村一角。记者 王 晓摄"), caption_rule("图为志愿者走访农户")
    ('caption.credit', 'caption.picture-label')
    >>> caption_rule("艾力老人(右)"), caption_rule("近日,援疆干部深入基层调研。")
    ('caption.position', None)
    """
    p = _patterns()
    if len(line) > 300:
        return None
    if p["caption_credit"].search(line) \
            and not (len(line) <= _CREDIT_ONLY_MAX and credits_photographer(line)) \
            and not (line.rstrip()[-1:] in ")）" and line.count("，") >= _SENTENCE_COMMAS
                     and _PHOTOGRAPHER.search(line[line.rfind("（") :]) is None):
        # (摄影：王晓 alone credits the article's photographer: a byline; a sentence of three clauses
        # and more before a picture's word in brackets is the text's, pointing at its figure)
        return "caption.credit"
    if p["caption_start"].search(line):
        return "caption.picture-label"
    if p["position"].search(line):
        return "caption.position"
    if p["agency_caption"].fullmatch(line) and not _SPEECH.search(line):
        return "caption.agency"
    return None


#: Words of speech: a paragraph that reports what someone said, not a caption.
_SPEECH = lazy_regex(r"说|表示|指出|认为|称|强调|透露")


def is_caption(line: str) -> bool:
    """A photo caption by its form: a credit at the end, 图为, position markers, a provider.

    >>> [is_caption(s) for s in ["援建的新村一角。记者 王 晓摄",
    ...                          "艾力老人(右)", "医疗队员在村委会前合影。图片由援疆医疗队提供",
    ...                          "图为志愿者走访农户了解需求", "新建的厂房投入使用。李明摄影",
    ...                          "近日,援疆干部深入基层调研。"]]
    [True, True, True, True, True, False]
    """
    return caption_rule(line) is not None


#: A photographer's or a provider's word in a closing bracket (（新华社记者 王晓 摄）, （…供图）).
_PHOTOGRAPHER = lazy_regex(r"摄|供图|提供")


#: A line with this many commas before a closing bracket is a sentence of the text, not a caption.
_SENTENCE_COMMAS = 3


#: A line that only credits a photographer is no longer than this.
_CREDIT_ONLY_MAX = 24


def without_closing_bracket(line: str) -> str:
    """``line`` without the short bracket that closes it (a credit, a source, an end mark).

    >>> without_closing_bracket("纺织工业园。（路透）"), without_closing_bracket("纺织工业园。")
    ('纺织工业园。', '纺织工业园。')
    """
    m = _patterns()["closing_bracket"].search(line)
    return line if m is None else line[: m.start()]


def picture_credit(line: str) -> bool:
    """Whether the bracket closing ``line`` credits a picture: a wire, a photo agency, a picture's
    source, a photographer's or a provider's word (（路透）, （达志影像）, （资料图）, （王晓 摄）) — not
    （完）, （上）, （2023年）, （记者 王晓）.

    >>> [picture_credit(s) for s in ["工业园。（路透）", "援疆工作继续。（完）", "竣工。（记者 王晓）"]]
    [True, False, False]
    """
    m = _patterns()["closing_bracket"].search(line)
    if m is None:
        return False
    inner = m.group(1)
    return inner in WIRES or inner in PICTURE_AGENCIES or inner in PICTURE_SOURCES \
        or _PHOTOGRAPHER.search(inner) is not None


def credits_photographer(line: str) -> bool:
    """Whether a picture's credit line names its photographer alone (摄影：王晓, 图/王晓, 新华社记者 丁磊
    摄: with the photographer's agency): a credit of the article, read with its byline (图片来源：新华社
    names an agency, 摄影：王晓摄于喀什 more).

    >>> credits_photographer("新华社记者 丁磊 摄"), credits_photographer("图片来源：新华社")
    (True, False)
    """
    fields = parse_credits(line) or []
    return any(f.field is MetaField.AUTHORS for f in fields) \
        and all(f.field in (MetaField.AUTHORS, MetaField.AFFILIATION) for f in fields)


def picture_credit_line(line: str) -> bool:
    """Whether ``line`` credits the page's pictures under a label of theirs (题图来源：…, 封面图：…),
    and nothing but a photographer (摄影：王晓 credits the article's: a byline); whatever else it
    names (the pictures' source, their editor) is not the article's.

    >>> picture_credit_line("题图来源：上海援疆巴楚分指挥部 图片编辑：邵竞")
    True
    >>> picture_credit_line("题图：视觉中国")
    True
    >>> picture_credit_line("配图来源于网络，如有侵权请联系。"), picture_credit_line("封面人物：王晓")
    (False, False)
    """
    return len(line) <= _PICTURE_CREDIT_MAX \
        and _patterns()["picture_credit_line"].fullmatch(line) is not None and not credits_photographer(line)


#: A line crediting a page's pictures is no longer than this.
_PICTURE_CREDIT_MAX = 60
