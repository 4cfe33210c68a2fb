"""What a quantity counts or pays for: the noun phrase after a count, else before.

Subjects are cut from the Han run next to the quantity with a maximal-match
segmentation over the general word table (jieba-derived) and the domain words
it lacks, stopping at verbs, conjunctions and particles.
"""

from __future__ import annotations

import functools
from typing import Final

from aidparse._lazy import REVERSE, lazy_regex
from aidparse._resources import word_counts
from aidparse.extract.units import MEASURE_WORDS

__all__ = ["DOMAIN_WORDS", "subject"]

#: Words that end a subject (verbs, conjunctions, particles common in reports).
_SUBJECT_STOP: Final[frozenset[str]] = frozenset(
    [
        "的", "和", "与", "及", "或", "等", "在", "到", "为", "把", "被", "将",
        "从", "向", "对", "给", "了", "着", "过", "是", "有", "共", "各", "均",
        "都", "也", "还", "又", "并", "就", "支援", "参与", "参加", "入住", "就业", "居住",
        "前往", "来到", "进疆", "完成", "实施", "建设", "开展", "解决", "帮助", "带动", "吸纳", "投入",
        "投资", "安排", "实现", "引进", "培训", "选派", "派出", "组织", "落地", "签订", "争取", "建成",
        "新建", "扩建", "接待", "刊发", "累计", "总计", "合计", "共计", "达到", "超过", "增加", "提供",
        "培养", "覆盖", "惠及", "受益", "资助", "援建", "捐赠", "发放", "采购", "打造", "推动", "促进",
        "计划", "预计", "可", "能", "已", "正", "再", "每", "年", "月", "日", "其中",
        "包括", "使用", "用于", "分别", "集中", "相继", "先后", "陆续", "成功", "直接", "增收", "带领",
        "到位", "抵达", "到达", "奔赴", "进驻", "赴", "入驻",
    ]
)
#: Domain words the general word table lacks, so subjects are not cut inside them.
DOMAIN_WORDS: Final[frozenset[str]] = frozenset(
    [
        "援疆", "援建", "受援", "兵团", "团场", "连队", "对口", "干部人才", "柔性", "结对",
        "安居房", "建档立卡", "贫困户", "援疆资金", "援疆项目", "援疆干部", "援疆教师",
        "援疆医生", "援疆人才", "少数民族", "各族群众", "职工群众", "党政干部", "专业技术人才",
        "青年人才", "青年干部", "教育人才", "医疗人才", "乡镇", "社区",
    ]
)
#: (Matched from the end: a search from the start tries every position of the window.)
_HAN_RUN_BEFORE = lazy_regex(r"\p{Han}{1,12}$", REVERSE)
_HAN_RUN_AFTER = lazy_regex(r"^\p{Han}{1,12}")
_MEASURE_SET: Final[frozenset[str]] = frozenset(MEASURE_WORDS)
_CONJUNCTIONS: Final[frozenset[str]] = frozenset({"和", "与", "及"})
_PLACE_END = lazy_regex(r"[省市县区镇乡村团师州]$")


@functools.lru_cache(maxsize=8192)
def _segment(run: str, backward: bool) -> tuple[str, ...]:
    """Maximal-match segmentation of a Han run with the word table (runs repeat: cached)."""
    words = word_counts()
    out: list[str] = []
    text = run
    while text:
        for size in range(min(4, len(text)), 0, -1):
            piece = text[-size:] if backward else text[:size]
            if size == 1 or piece in words or piece in DOMAIN_WORDS:
                out.append(piece)
                text = text[:-size] if backward else text[size:]
                break
    return tuple(out)


def subject(text: str, start: int, end: int, after_unit: bool) -> str | None:
    """What is counted or paid for: the noun phrase after a count, else before."""
    if after_unit:
        after = _subject_after(text, end)
        if after is not None:
            return after
    return _subject_before(text, start)


def _subject_after(text: str, end: int) -> str | None:
    """74名援疆干部人才支援新疆 -> 援疆干部人才 (up to three words, to a verb)."""
    m = _HAN_RUN_AFTER.match(text[end : end + 12])
    if not m:
        return None
    taken: list[str] = []
    for word in _segment(m.group(), backward=False):
        if word in _SUBJECT_STOP or word in "近约多余" or len(taken) >= 3:
            break
        taken.append(word)
    phrase = "".join(taken)
    return phrase if len(phrase) >= 2 else None


def _subject_before(text: str, start: int) -> str | None:
    """投入援疆资金420余万元 -> 援疆资金 (up to two words, or two nouns joined by 和)."""
    m = _HAN_RUN_BEFORE.search(text[max(0, start - 12) : start])
    if not m:
        return None
    run = m.group().rstrip("各均共都")  # 教师和医生各4名: the distributive is not the subject
    words = _segment(run, backward=True) if run else []
    taken: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        if word in _CONJUNCTIONS and taken and i + 1 < len(words) \
                and len(words[i + 1]) >= 2 and words[i + 1] not in _SUBJECT_STOP:
            taken[:0] = [words[i + 1], word]  # 教师和医生: two nouns joined
            break
        if word in _SUBJECT_STOP or word in _MEASURE_SET or word in "多余近约" \
                or len(taken) >= 2 or (taken and (len(word) == 1 or _PLACE_END.search(word))):
            break
        taken.insert(0, word)
        i += 1
    phrase = "".join(taken)
    return phrase if len(phrase) >= 2 else None
