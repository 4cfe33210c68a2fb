"""HTML pages built around a text, as a CMS serves it (shared by tests and benchmarks).

The page has a ``<head>`` (title with the site's name, a charset, a date
field when the text has a date), scripts and styles, a navigation bar, a site
header, related news, a footer, and the text's own lines as paragraphs. The
text's characters are kept as they are (only ``&`` and ``<`` are escaped), so
reading the page must give the text's report.
"""

from __future__ import annotations

import datetime as dt

SITE = "央广网"


def _paragraph(line: str) -> str:
    if not line.strip():
        return line
    return "<p>" + line.replace("&", "&amp;").replace("<", "&lt;") + "</p>"


def html_page(text: str, title: str | None, published: dt.date | None = None) -> str:
    """``text`` as the article of a full HTML page."""
    head = f"<title>{title}_{SITE}</title>" if title else f"<title>{SITE}</title>"
    if published is not None:
        head += f'\n<meta name="PubDate" content="{published.isoformat()} 10:00">'
    body = "\n".join(_paragraph(line) for line in text.split("\n"))
    return (
        "<!DOCTYPE html>\n<html lang='zh-CN'><head><meta charset='utf-8'>\n" + head + "\n"
        "<script>var s = '<p>不是正文</p>'; if (a < b && c > d) { s += '</div>'; }</script>\n"
        "<style>p { margin: 0 } .nav > a { color: red }</style></head>\n<body>\n"
        "<nav><a href='/'>首页</a> | <a href='/news'>新闻</a> | <a href='/xj'>援疆</a></nav>\n"
        f"<header><div class='logo'>{SITE}</div><a href='/app'>客户端下载</a></header>\n"
        "<div class='article'>\n" + body + "\n</div>\n"
        "<aside><h3>相关新闻</h3><ul><li><a href='/1'>南京援疆医疗队完成首例手术</a></li>"
        "<li><a href='/2'>伊宁市举行招商推介会</a></li></ul></aside>\n"
        f"<footer><p>Copyright © 2024 {SITE} 版权所有</p><p>京ICP备12345678号</p></footer>\n"
        "<script>document.write('<div>广告</div>');</script>\n</body></html>"
    )
