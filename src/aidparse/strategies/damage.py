"""Damage as composable strategies, each recording exactly what it did.

A :class:`Damage` turns a page into a strategy of damaged pages. :func:`pages`
applies any number of them, each at its stage of a page's life — cut,
furnished, converted to Traditional, annotated, damaged by a converter site,
wrapped in HTML, saved as bytes — whatever order they are given in, and the
page's :attr:`~aidparse.strategies.truth.Page.damage` lists what each did.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Final, Literal

from hypothesis import strategies as st

from aidparse.strategies import converter
from aidparse.strategies.rendering import articles as _articles
from aidparse.strategies.rendering import people
from aidparse.strategies.truth import (
    ConverterSiteDamage,
    EncodingDamage,
    FurnitureDamage,
    FurnitureLine,
    HtmlDamage,
    Page,
    PinyinDamage,
    TraditionalDamage,
    TruncationDamage,
)

__all__ = [
    "CODECS",
    "Damage",
    "converter_damaged",
    "encoded",
    "furnished",
    "html_wrapped",
    "pages",
    "pinyin_annotated",
    "traditional",
    "truncated",
]


@dataclass(frozen=True)
class Damage:
    """One kind of damage: ``apply(draw, page)`` draws a damaged page.

    ``stage`` orders damages as a page meets them; :func:`pages` sorts by it.
    """

    name: str
    stage: int
    apply: Callable[[st.DrawFn, Page], Page]

    def __call__(self, page: Page) -> st.SearchStrategy[Page]:
        """A strategy of pages with this damage applied to ``page``."""
        return st.composite(lambda draw: self.apply(draw, page))()


@st.composite
def _pages(draw: st.DrawFn, base: st.SearchStrategy[Page], damage: tuple[Damage, ...]) -> Page:
    page = draw(base)
    for d in sorted(damage, key=lambda d: d.stage):
        page = d.apply(draw, page)
    return page


def pages(*damage: Damage, articles: st.SearchStrategy[Page] | None = None) -> st.SearchStrategy[Page]:
    """Articles with the given damage applied, each at its stage.

    >>> from hypothesis import given
    >>> @given(pages(traditional(), encoded(codecs=("big5",))))
    ... def test(page):
    ...     assert isinstance(page.data, bytes) and page.damaged_by("traditional")
    >>> test()

    Args:
        *damage: Damages to apply (see this module's functions).
        articles: The strategy of clean pages (:func:`~aidparse.strategies.articles` by default).
    """
    return _pages(articles if articles is not None else _articles(), damage)


def _text(page: Page) -> str:
    if not isinstance(page.data, str):
        raise TypeError("this damage applies to text; apply encodings last")
    return page.data


def _with(page: Page, data: str | bytes, record: object, **update: object) -> Page:
    return page.model_copy(update={"data": data, "damage": [*page.damage, record], **update})


# ----------------------------------------------------------------------------- truncation

def truncated(min_share: float = 0.3) -> Damage:
    """The page cut after its first paragraph, at any character (even inside a number).

    Facts after the cut leave the truth; a quantity the cut goes through is
    recorded in :attr:`~aidparse.strategies.truth.TruncationDamage.cut_quantities`.

    Args:
        min_share: The least share of the body that is kept.
    """

    def apply(draw: st.DrawFn, page: Page) -> Page:
        if page.damage:
            raise ValueError("truncation applies to a clean page")
        text = page.text
        lines = text.split("\n")
        body_start = len("\n".join(lines[:3])) + 1 if len(lines) > 3 else len(text)
        low = body_start + int((len(text) - body_start) * min_share)
        if low >= len(text):
            return page
        at = draw(st.integers(low, len(text) - 1))
        kept = [q for q in page.truth.quantities if q.span.end <= at]
        cut = [q for q in page.truth.quantities if q.span.start < at < q.span.end]
        facts = page.truth.model_copy(update={
            "quantities": kept, "dates": [d for d in page.truth.dates if d.span.end <= at]})
        return _with(page, text[:at], TruncationDamage(at=at, cut_quantities=cut),
                     text=text[:at], truth=facts)

    return Damage("truncation", 0, apply)


# ----------------------------------------------------------------------------- furniture

#: Furniture lines in the forms real pages print them (../shared/corpus), by kind.
FURNITURE: Final[dict[str, tuple[str, ...]]] = {
    "navigation": ("首页 | 新闻 | 援疆 | 正文", "网站首页 | 时政要闻 | 援疆动态 | 图片新闻",
                   "【打印】【关闭】", "[打印] [关闭]", "字体:大 中 小", "返回顶部"),
    "breadcrumb": ("当前位置: 首页 >> 乡村振兴 >> 正文", "首页 > 新闻中心 > 援疆动态",
                   "您的位置: 首页 > 要闻"),
    "share": ("分享到:微信 微博 QQ空间", "分享到：", "点赞 收藏 分享"),
    "spam": ("3分彩杀号欢迎您的到来!", "永利娱乐城官网&欢迎您", "在线看免费观看高清视频一区二区"),
    "qr": ("扫一扫在手机打开当前页", "扫码关注我们", "手机看新闻"),
    "footer": ("版权所有 ©2016 新疆日报社", "Copyright © 2019 天山网 All Rights Reserved",
               "未经授权禁止转载", "免责声明：本网站转载的文章仅供参考"),
    "related": ("相关新闻", "推荐阅读", "相关阅读"),
    "caption": ("图为援疆干部走访慰问困难群众", "图为援疆医生在乡卫生院为群众义诊",
                "援疆教师在课堂上为学生授课", "(援疆指挥部供图)"),
}
_RELATED_ITEMS: Final = (
    "· 援疆干部人才在基层一线发挥作用", "· 新疆各地扎实推进民生工程", "· 对口援疆工作座谈会召开",
    "· 让各族群众过上更加幸福美好的生活",
)


def furnished(kinds: Sequence[str] = tuple(FURNITURE)) -> Damage:
    """Site furniture: navigation, breadcrumbs, share widgets, spam lines, QR lines
    before the article; photo captions between paragraphs; a related-news list,
    footers and an editors line after it.

    Args:
        kinds: Kinds of furniture to draw from (keys of :data:`FURNITURE`, and ``editors``).
    """

    def apply(draw: st.DrawFn, page: Page) -> Page:
        lines = _text(page).split("\n")
        top: list[tuple[str, str]] = []
        for kind in ("spam", "navigation", "breadcrumb", "qr"):
            if kind in kinds and draw(st.booleans()):
                top.append((kind, draw(st.sampled_from(FURNITURE[kind]))))
        bottom: list[tuple[str, str]] = []
        if "share" in kinds and draw(st.booleans()):
            bottom.append(("share", draw(st.sampled_from(FURNITURE["share"]))))
        if "editors" in kinds and draw(st.booleans()):
            bottom.append(("editors", f"责任编辑:{draw(people())}"))
        if "related" in kinds and draw(st.booleans()):
            bottom.append(("related", draw(st.sampled_from(FURNITURE["related"]))))
            items = draw(st.lists(st.sampled_from(_RELATED_ITEMS), min_size=1, max_size=3, unique=True))
            bottom += [("related", item) for item in items]
        if "footer" in kinds and draw(st.booleans()):
            bottom.append(("footer", draw(st.sampled_from(FURNITURE["footer"]))))
        out: list[tuple[str | None, str]] = [(k, t) for k, t in top]
        paragraphs = [i for i, line in enumerate(lines) if len(line) > 40]
        caption_at = draw(st.sampled_from(paragraphs)) if paragraphs and "caption" in kinds \
            and draw(st.booleans()) else None
        for i, line in enumerate(lines):
            out.append((None, line))
            if i == caption_at:
                out += [(None, ""), (None, ""), ("caption", draw(st.sampled_from(FURNITURE["caption"]))),
                        (None, "")]
        out += bottom
        records = [FurnitureLine(kind=k, text=t, line=i) for i, (k, t) in enumerate(out)
                   if k is not None]
        return _with(page, "\n".join(t for _, t in out), FurnitureDamage(lines=records))

    return Damage("furniture", 1, apply)


# ----------------------------------------------------------------------------- script

@functools.cache
def _opencc(config: str) -> Callable[[str], str]:
    import opencc

    return opencc.OpenCC(config).convert  # type: ignore[no-any-return]


def traditional(configs: Sequence[Literal["s2t", "s2tw", "s2hk"]] = ("s2t", "s2tw", "s2hk")) -> Damage:
    """The page converted to Traditional script with OpenCC (s2t, s2tw or s2hk)."""

    def apply(draw: st.DrawFn, page: Page) -> Page:
        config = draw(st.sampled_from(configs))
        return _with(page, _opencc(config)(_text(page)), TraditionalDamage(config=config))

    return Damage("traditional", 2, apply)


def pinyin_annotated(max_annotations: int = 12) -> Damage:
    """Characters annotated with their pinyin, as converter sites do (``營(yíng)``).

    Args:
        max_annotations: Most characters annotated.
    """

    def apply(draw: st.DrawFn, page: Page) -> Page:
        text = _text(page)
        han = [i for i, ch in enumerate(text) if converter.reading(ch) and "\u4e00" <= ch <= "\u9fff"]
        if not han:
            return page
        chosen = sorted(draw(st.sets(st.sampled_from(han), max_size=max_annotations)))
        parts, pos, notes = [], 0, []
        for i in chosen:
            r = converter.reading(text[i]) or ""
            parts.append(text[pos : i + 1] + f"({r})")
            notes.append((i, r))
            pos = i + 1
        parts.append(text[pos:])
        return _with(page, "".join(parts), PinyinDamage(annotations=notes))

    return Damage("pinyin", 3, apply)


def converter_damaged(max_seams: int = 3, max_losses: int = 2, fold: bool | None = None) -> Damage:
    """Seed 001's damage: a converter site's misaligned GBK, with ``?`` and pinyin residue.

    The page is converted to Traditional first when it is not already, then put
    through the byte-level model of :mod:`aidparse.strategies.converter`. The
    record lists every site: what was destroyed, what stands in its place, and
    (when the page was only converted before) where it stood in ``page.text``.

    Args:
        max_seams: Most seams (misaligned runs).
        max_losses: Most characters lost with their annotation.
        fold: Fold full-width forms to ASCII (drawn when ``None``).
    """

    def apply(draw: st.DrawFn, page: Page) -> Page:
        text = _text(page)
        if not page.damaged_by("traditional"):
            page = _with(page, _opencc("s2t")(text), TraditionalDamage(config="s2t"))
            text = _text(page)
        aligned = len(text) == len(page.text) and all(
            d.kind == "traditional" for d in page.damage)
        body = _body_offsets(text)
        first_line = min(body, default=len(text))
        annotatable = [i for i, ch in enumerate(text) if converter.annotatable(ch)]
        pre = draw(st.sets(st.sampled_from(annotatable), max_size=len(annotatable))) if annotatable \
            else set()
        where = [i for i in converter.seams(text, pre) if i in body]
        seams = draw(st.sets(st.sampled_from(where), min_size=1, max_size=max_seams)) if where else set()
        body_annotatable = [i for i in annotatable if i in body and i >= first_line and i not in pre]
        losses = draw(st.sets(st.sampled_from(body_annotatable), max_size=max_losses)) \
            if body_annotatable else set()
        do_fold = draw(st.booleans()) if fold is None else fold
        result = converter.damage(text, seams, losses, pre_annotated=pre, fold=do_fold)
        sites = [s.model_copy(update={"clean_span": s.input_span if aligned else None})
                 for s in result.sites]
        return _with(page, result.text, ConverterSiteDamage(sites=sites))

    return Damage("converter-site", 4, apply)


def _body_offsets(text: str) -> set[int]:
    """Offsets inside body paragraphs (lines longer than 40 characters), where seed 001's damage is."""
    out: set[int] = set()
    pos = 0
    for line in text.split("\n"):
        if len(line) > 40:
            out.update(range(pos + 1, pos + len(line)))
        pos += len(line) + 1
    return out


# ----------------------------------------------------------------------------- HTML, bytes

_CHARSET_META = '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
_ENTITIES: Final = {"，": "&#65292;", "“": "&ldquo;", "”": "&rdquo;", "、": "&#12289;", " ": "&nbsp;"}


def html_wrapped(entities: bool | None = None) -> Damage:
    """The article as an HTML page: head (title, meta charset, scripts, style),
    navigation, the title in ``<h1>``, paragraphs in ``<p>``, a footer.

    Args:
        entities: Write some punctuation as character references (drawn when ``None``).
    """

    def apply(draw: st.DrawFn, page: Page) -> Page:
        lines = [line for line in _text(page).split("\n") if line.strip()]
        use_entities = draw(st.booleans()) if entities is None else entities
        title = page.truth.title or ""

        def esc(s: str) -> str:
            s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            if use_entities:
                for ch, ref in _ENTITIES.items():
                    s = s.replace(ch, ref)
            return s

        head = (f"<!DOCTYPE html>\n<html>\n<head>\n{_CHARSET_META}\n<title>{esc(title)}_新闻中心</title>\n"
                '<script type="text/javascript">var _hmt = _hmt || []; if (a < b) { go(); }</script>\n'
                "<style>p { text-indent: 2em; }</style>\n</head>\n<body>\n"
                '<div class="nav"><a href="/">首页</a> | <a href="/news/">新闻</a></div>\n')
        body = [f"<h1>{esc(lines[0])}</h1>"] + [f"<p>{esc(line)}</p>" for line in lines[1:]]
        tail = ('\n<div class="footer">版权所有 ©2016 新闻中心</div>\n'
                "<script>document.write('<img src=\"/count.gif\">');</script>\n</body>\n</html>\n")
        return _with(page, head + "\n".join(body) + tail,
                     HtmlDamage(declared_charset="utf-8", entities=use_entities))

    return Damage("html", 5, apply)


#: Codecs :func:`encoded` draws from (Python names); Big5 only for Traditional pages.
CODECS: Final[tuple[str, ...]] = ("utf-8", "utf-8-sig", "gbk", "gb18030", "big5", "utf-16", "utf-16-le",
                                  "utf-16-be")


def encoded(codecs: Sequence[str] = CODECS, lying_meta: bool | None = None) -> Damage:
    """The page saved as bytes: UTF-8 (with or without BOM), GBK, GB18030, Big5, UTF-16
    with a BOM (``utf-16``) or without (``-le``, ``-be``).

    An HTML page declares its charset; with ``lying_meta`` its ``<meta>``
    names another encoding than the bytes are in.

    Args:
        codecs: Codecs to draw from; those that cannot encode the page are skipped.
        lying_meta: Make an HTML page's declaration false (drawn when ``None``).
    """

    def apply(draw: st.DrawFn, page: Page) -> Page:
        text = _text(page)
        usable = [c for c in codecs if _encodes(text, c)]
        codec = draw(st.sampled_from(usable)) if usable else "utf-8"
        declared = None
        if page.damaged_by("html"):
            lie = draw(st.booleans()) if lying_meta is None else lying_meta
            others = [c for c in ("utf-8", "gbk", "big5") if c != codec.removesuffix("-sig")]
            declared = draw(st.sampled_from(others)) if lie else codec.removesuffix("-sig")
            declared = {"utf-16-le": "utf-16", "utf-16-be": "utf-16"}.get(declared, declared)
            text = text.replace("charset=utf-8", f"charset={declared}", 1)
        bom = codec in ("utf-8-sig", "utf-16")
        return _with(page, text.encode(codec),
                     EncodingDamage(codec=codec, bom=bom, declared_charset=declared))

    return Damage("encoding", 6, apply)


def _encodes(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True

