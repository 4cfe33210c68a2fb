"""Which rule of the article stage decided what: a record for measuring the rules, off by default.

Every decision of the page walk (a line removed or cut, a headline anchored,
a field read from a credit form) names the rule that made it. Inside
:func:`tracing`, those decisions are collected as :class:`Firing` records;
outside it, :func:`fired` does nothing but look up a context variable.
``benchmarks/rule_stats.py`` uses it to count on how many pages each rule
fires and whether it was right there (against the answer keys), which is how
a rule fitted to one page shows itself.

>>> from aidparse.article.page import find_page_furniture
>>> with tracing() as firings:
...     _ = find_page_furniture("医疗队进村开展义诊\\n2023-10-24 来源：天山网\\n"
...                             "近日，医疗队进村开展义诊。\\n【打印】【关闭】")
>>> [(f.rule, f.line) for f in firings]  # doctest: +NORMALIZE_WHITESPACE
[('anchor.stamp', '医疗队进村开展义诊'), ('meta.credits', '2023-10-24 来源：天山网'),
 ('furniture.nav', '【打印】【关闭】')]
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextvars import ContextVar

from aidparse._record import record

__all__ = ["Firing", "fired", "tracing"]


@record
class Firing:
    """One decision: ``rule`` acted on ``line`` (the whole line, stripped) at ``[start, end)``
    of the text the step read; ``fields`` are the facts it read, as (field, value, form)."""

    rule: str
    line: str
    start: int
    end: int
    fields: tuple[tuple[str, str, str], ...] = ()


_SINK: ContextVar[list[Firing] | None] = ContextVar("aidparse_article_trace", default=None)


def fired(rule: str, line: str, start: int = 0, end: int = 0,
          fields: tuple[tuple[str, str, str], ...] = ()) -> None:
    """Record a decision when tracing (a no-op otherwise)."""
    sink = _SINK.get()
    if sink is not None:
        sink.append(Firing(rule, line, start, end, fields))


@contextlib.contextmanager
def tracing() -> Iterator[list[Firing]]:
    """Collect the decisions made inside the ``with`` block (in this thread or task)."""
    sink: list[Firing] = []
    token = _SINK.set(sink)
    try:
        yield sink
    finally:
        _SINK.reset(token)
