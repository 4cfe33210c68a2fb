"""Photo captions without a credit or a mark (``aidparse.article.scenes``): a scene described
between paragraphs is removed on a photo story; a section heading, a one-line paragraph, a
quotation or a single such line is the article's and stays."""

from __future__ import annotations

import pytest

import aidparse
from aidparse.article.scenes import scene_lines, scene_shape
from aidparse.script import to_simplified

P1 = "今年以来，江苏援疆工作队在当地学校开展了多项教学帮扶活动，受到师生的普遍欢迎。"
P2 = "据介绍，援疆教师共开设示范课120余节，带教本地青年教师80多名，教学质量稳步提高。"
P3 = "下一步，工作队将继续推进“组团式”教育援疆，让更多孩子在家门口上好学。"
HEAD = "援疆教师走进课堂\n2024-05-22 10:05 来源：天山网\n"


@pytest.mark.parametrize(("line", "scene"), [
    ("援疆教师在课后为学生讲解错题", True),          # someone somewhere doing something
    ("专家为老人听诊。", True),                        # … said as one sentence
    ("孩子们在“双师课堂”上举手发言", True),            # quotes inside the clause
    ("王晓（右二）和本地医生一起查房", True),          # where someone stands in the picture
    ("阿克陶县江西实验学校新建的图书馆", True),         # a noun phrase as long as a picture's
    ("分拣线上，工人按大小给新梅分级", True),          # a place, then the clause
    ("民生改善暖民心", False),                         # a heading's slogan
    ("狠抓队伍建设 增强援疆本领能力", False),          # a heading's two halves
    ("从“一棵树”到“一条链”", False),                   # quotes in a heading
    ("他在喀什一干就是三年。", False),                 # a narrative's pronoun
    ("这些变化让村民过上了好日子", False),             # … its perfective
    ("01 冷库建到田间地头", False),                    # a heading's numbering
    ("“读一本好书，交一位朋友”", False),               # a quotation
    ("第一批援疆干部于2010年进疆。", False),           # a sentence of no one doing something somewhere
])
def test_scene_shape(line: str, scene: bool) -> None:
    assert scene_shape(line) is scene


@pytest.mark.parametrize(("page", "captions"), [
    # a caption after each paragraph, a pair of them, a short noun phrase before a scene
    pytest.param(f"{HEAD}{P1}\n援疆教师在课后为学生讲解错题\n{P2}\n新建的科学实验室\n孩子们在操场上跳起鹰舞\n{P3}",
                 ["援疆教师在课后为学生讲解错题", "新建的科学实验室", "孩子们在操场上跳起鹰舞"], id="a-photo-story"),
    # a gallery's counters over its pictures
    pytest.param(f"{HEAD}1/3\n{P1}\n2/3\n援疆教师和本地教师一起集体备课\n{P2}\n3/3\n学生在实验室做植物观察实验\n{P3}",
                 ["援疆教师和本地教师一起集体备课", "学生在实验室做植物观察实验"], id="a-gallery-with-counters"),
    # Traditional characters, a position in the picture
    pytest.param("援疆教師走進課堂\n2024-05-22 10:05 來源：大公網\n今年以來，江蘇援疆工作隊在當地學校開展了多項教學幫扶活動，受到師生的普遍歡迎。\n"
                 "王曉（右二）和本地醫生一起查房\n據介紹，援疆教師共開設示範課120餘節，帶教本地青年教師80多名，教學品質穩步提高。\n"
                 "孩子們在操場上跳起鷹舞\n學生在實驗室做植物觀察實驗\n下一步，工作隊將繼續推進「組團式」教育援疆，讓更多孩子在家門口上好學。",
                 ["王曉（右二）和本地醫生一起查房", "孩子們在操場上跳起鷹舞", "學生在實驗室做植物觀察實驗"],
                 id="traditional"),
])
def test_captions_of_a_photo_story_are_removed(page: str, captions: list[str]) -> None:
    report = aidparse.parse(page)
    kept = report.text.split("\n")
    assert not [c for c in captions if to_simplified(c) in kept]
    assert all(to_simplified(p) in kept for p in page.split("\n") if len(p) > 30)  # the paragraphs stay


@pytest.mark.parametrize(("page", "kept"), [
    # scenes one at a time between paragraphs, no picture shown: they may be section headings
    pytest.param(f"{HEAD}{P1}\n援疆教师在课后为学生讲解错题\n{P2}\n孩子们在操场上跳起鹰舞\n{P3}",
                 ["援疆教师在课后为学生讲解错题", "孩子们在操场上跳起鹰舞"], id="one-at-a-time"),
    # a single scene-shaped line: it may be a one-line paragraph
    pytest.param(f"{HEAD}{P1}\n援疆教师在课后为学生讲解错题\n{P2}\n{P3}", ["援疆教师在课后为学生讲解错题"], id="one-alone"),
    # section headings (slogans, short noun phrases right above their text) beside the captions
    pytest.param(f"{HEAD}{P1}\n援疆教师在课后为学生讲解错题\n教育援疆暖人心\n{P2}\n孩子们在操场上跳起鹰舞\n冷链先行\n{P3}",
                 ["教育援疆暖人心", "冷链先行"], id="headings-after-captions"),
    # a line opening or closing the text is no caption between paragraphs
    pytest.param(f"{HEAD}援疆教师在课后为学生讲解错题\n{P1}\n孩子们在操场上跳起鹰舞\n{P2}\n学生在实验室做植物观察实验",
                 ["援疆教师在课后为学生讲解错题"], id="opening-the-text"),
    # a scene told as a sentence stays unless the story's other captions are plainly captions
    pytest.param(f"{HEAD}{P1}\n专家为老人听诊。\n{P2}\n医生给孩子检查。\n{P3}", ["专家为老人听诊。", "医生给孩子检查。"],
                 id="sentences-only"),
    # a narrative's short lines (a pronoun, the perfective) between paragraphs
    pytest.param(f"{HEAD}{P1}\n他在喀什一干就是三年\n{P2}\n村民的日子好起来了\n{P3}", ["他在喀什一干就是三年", "村民的日子好起来了"],
                 id="a-narratives-short-lines"),
])
def test_the_articles_short_lines_stay(page: str, kept: list[str]) -> None:
    lines = aidparse.parse(page).text.split("\n")
    assert all(k in lines for k in kept)


def test_scene_lines_need_a_paragraph_on_both_sides() -> None:
    assert scene_lines([P1, "援疆教师在课后为学生讲解错题", "孩子们在操场上跳起鹰舞"]) == frozenset()
    assert scene_lines([P1, "援疆教师在课后为学生讲解错题", "孩子们在操场上跳起鹰舞", P2]) == frozenset({1, 2})
