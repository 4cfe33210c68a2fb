"""Article lines in every shape and place: does ``parse`` keep them all?

Usage (from the repository root)::

    python benchmarks/bench_line_safety.py                  # 600 composed pages
    python benchmarks/bench_line_safety.py --pages 2000 --seed 7 --losses

The issue's rule is that a line of the article is never removed: not a short
line of a poem, an item of a list, a heading, a line of a table, a question and
its answer, a quotation. Reviewers find such losses by writing pages that put
an article line where a rule that goes by position or shape would take it. This
script does the same at scale: it composes pages from tables of lines written
for it (below: headlines, stamps, bylines, the site's furniture above and
below, and article lines of eleven shapes), in random order and number (the
``--seed`` makes a run repeatable), parses each, and counts, per shape, the
article lines the report's text no longer holds — with the rule that took each
(``aidparse.article.trace``).

Prints the kept share per shape, then (``--losses``) every lost line with the
rule that removed it and a page that shows it.
"""

from __future__ import annotations

import argparse
import collections
import random
import sys

import aidparse
from aidparse.article.trace import tracing

HEADLINES = (
    "江苏援疆干部深入乡村开展结对帮扶", "喀什新医院开诊！辐射周边四县", "援疆十年，和田变了吗？",
    "对口援疆十年 和田旧貌换新颜", "上海援疆医生扎根莎车服务群众", "第十一批援疆干部人才抵达阿克苏",
    "山东援疆：让受援地处处都有新变化", "援疆路上的坚守",
)
STAMPS = (
    "2021-05-08 10:32 来源：天山网", "发布时间：2021年05月08日 来源：新疆日报 作者：王晓",
    "来源：喀什日报 | 2021-05-08", "2021年5月8日 10:32", "【时间：2021-05-08】【来源：阿克苏日报】",
)
BYLINES = ("本报记者 王晓 李明", "文/王晓", "（通讯员 马丽）", "记者 古丽米拉·阿不都")
HEADER = (
    "首页 | 新闻 | 图片 | 视频 | 专题", "当前位置：首页 > 新闻中心 > 援疆动态", "欢迎访问天山网",
    "网站首页 政务公开 新闻中心 办事服务 互动交流", "分享到：微信 微博 QQ空间",
    "【字体：大 中 小】【打印】【关闭】",
)
FOOTER = (
    "责任编辑：张华", "版权所有 天山网 未经授权禁止转载", "相关新闻", "· 援疆医疗队完成首例手术",
    "扫一扫在手机打开当前页", "上一篇：喀什援疆项目全部开工",
)
#: Article lines by shape.
ARTICLE = {
    "prose": (
        "今年以来，江苏援疆工作取得新进展，各项目有序推进，受援地群众生活明显改善。",
        "据了解，该项目总投资2.3亿元，建成后将惠及当地群众5000余人。",
        "援疆干部王晓说：“我们要把好事办好、实事办实。”",
        "近年来，上海市累计投入援疆资金超过100亿元，实施项目1000余个。",
        "活动期间，医疗队为村民义诊300余人次，发放药品价值2万元。",
    ),
    "short": (  # a poem's or a WeChat post's one-phrase lines
        "风很大", "雪很厚", "路很长", "你从黄浦江畔走来", "带着江南的烟雨", "走进帕米尔高原",
        "天山雪", "昆仑月", "这里就是我的第二故乡", "关注", "广告", "原创", "阅读", "分享",
        # (review24) a poem's lines said as scenes; a slogan's parallel phrases
        "雪莲在天山上静静开放", "胡杨在戈壁中默默守望", "石榴籽 一家亲", "沙枣花 石榴花",
        # (review34) slogans and one-line paragraphs that lost their stop
        "让我们为援疆干部点赞", "孩子们在阳光下快乐成长", "村民们在新建的文化广场上跳起了欢快的舞蹈",
    ),
    "heading": (
        "一、产业援疆结硕果", "（二）教育援疆育新人", "三是加强干部人才交流", "援疆十年 喀什巨变",
        "产业兴 百姓富", "记者手记", "编者按", "结语",
        # (review24) headings with the words a caption's clause holds (对口, 和田, 作为, 与 …)
        "坚持以产业为支撑促进就业", "深化对口援疆工作", "援疆干部走进和田乡村", "教育和医疗援疆齐头并进",
        "产业援疆与乡村振兴同频共振",
        # (review34) headings that state people doing something, as a bare caption does
        "援疆医生为群众送健康", "援疆教师为孩子点亮梦想", "王建国把家安在了伽师", "天津与和田结下深厚情谊",
    ),
    "list": (
        "1. 新建学校3所", "2、新增就业岗位5000个", "◆ 完成投资2.3亿元", "● 援疆医生王晓：扎根边疆十年",
        "↑ 农民人均收入突破2万元", "- 培训基层干部300人次", "（1）加快项目建设进度",
        # (review24) a list's items without marks, under a paragraph that announces them
        "建设标准化厂房和冷库", "培训农村富余劳动力与致富带头人",
        # (review34) items stating who did what, without marks
        "医疗队为群众开展免费义诊", "教师团队为学生送教上门", "干部们与村民结对认亲",
    ),
    "quote": (
        "“这里就是我的第二故乡。”", "“谢谢你们！”村民阿依古丽说。", "问：援疆干部如何开展工作？",
        "答：坚持需求导向，把资金用在刀刃上。", "——王晓（援疆干部）",
    ),
    "table": ("项目名称 投资额 完成率", "喀什新医院 2.3亿元 100%", "疏附县学校 8000万元 90%", "合计 3.1亿元"),
    "dated": (
        "2019年：首批援疆干部抵达", "5月8日 晴", "2021年5月8日，援疆医疗队抵达莎车。", "时间：2021年5月8日",
        "地点：喀什市人民广场", "第一站 喀什古城",
    ),
    "names": ("先进个人：王晓 李明 张华", "王晓 李明 张华 马丽", "艾力·买买提", "（王晓、李明）"),
    "orgs": ("江苏援疆前方指挥部", "喀什地区行政公署", "新疆日报社", "伽师县融媒体中心"),
    "caption-like": ("援疆干部在田间查看棉花长势", "5月8日，援疆干部王晓（左二）在村民家中了解情况。"),
    "closing": ("（完）", "全文完", "下转第二版", "来源：新疆日报"),
    # (review20) words a caption ends with, in sentences, headings and idioms; brackets a paragraph
    # closes with that credit no picture
    "scene": (
        "这些数字只是援疆成效的冰山一角。", "活动结束后全体人员合影留念。", "援疆剪影", "一张珍贵的合影",
        "登上高台可以看到喀什古城全景。",
    ),
    "bracketed": (
        "全县建成温室大棚1200座。（2023年）",
        "这一年全县脱贫人口达到3万人。（数据来源：县统计局）", "第一批援疆干部于2010年进疆。（上）",
    ),
}


def compose(rng: random.Random) -> tuple[str, list[tuple[str, str]]]:
    """A page and its article lines (shape, line)."""
    lines: list[str] = rng.sample(HEADER, rng.randint(0, 3))
    lines.append(rng.choice(HEADLINES))
    if rng.random() < 0.7:
        lines += rng.choice(STAMPS).split("\n")
    if rng.random() < 0.4:
        lines.append(rng.choice(BYLINES))
    article: list[tuple[str, str]] = []
    used: set[str] = set()  # each article line once a page (a line printed twice is a repeat, removed)

    def take(shape: str) -> str | None:
        left = [x for x in ARTICLE[shape] if x not in used]
        if not left:
            return None
        line = rng.choice(left)
        used.add(line)
        article.append((shape, line))
        return line

    lines.append(take("prose") or "")
    for _ in range(rng.randint(2, 6)):
        shape = rng.choice([s for s in ARTICLE if s != "closing"])
        lines += [x for x in (take(shape) for _ in range(rng.randint(1, 4))) if x]
        if rng.random() < 0.5:
            lines += [x for x in (take("prose"),) if x]
    lines += rng.sample(FOOTER, rng.randint(0, 3))
    return "\n".join(lines), article


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=600)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--losses", action="store_true", help="list every lost line with its rule")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    kept: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    lost: dict[tuple[str, str, str], str] = {}
    for _ in range(args.pages):
        page, article = compose(rng)
        with tracing() as fired:
            report = aidparse.parse(page)
        # each article line must stand as a line of the text, as many times as the page prints it
        left = collections.Counter(line.strip() for line in report.text.split("\n"))
        converted = aidparse.to_simplified
        for shape, line in article:
            row = kept[shape]
            row[1] += 1
            here = left[converted(line)] > 0
            left[converted(line)] -= here
            row[0] += here
            if not here:
                rule = next((f.rule for f in fired if f.line.strip() == line.strip()), "?")
                lost.setdefault((shape, line, rule), page)
    print(f"article lines kept by shape ({args.pages} composed pages, seed {args.seed}):")
    for shape, (ok, n) in sorted(kept.items()):
        print(f"  {shape:13} {ok}/{n} ({ok / n:.1%})")
    distinct = collections.Counter((shape, rule) for shape, _, rule in lost)
    print(f"\n{len(lost)} distinct lines lost; by shape and rule:")
    for (shape, rule), n in distinct.most_common():
        print(f"  {shape:13} {rule:40} {n}")
    if args.losses:
        for (shape, line, rule), page in sorted(lost.items()):
            print(f"\n--- {shape} {line!r} lost by {rule}\n{page}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
