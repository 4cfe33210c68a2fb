"""Headline figures: the funding, personnel and projects a report states."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Final

from aidparse._lazy import lazy_regex
from aidparse.models import Figure, Quantity, QuantityKind

if TYPE_CHECKING:
    import regex

__all__ = ["headline_figures"]


# Subjects that name each headline figure, strongest tier first: a weaker tier
# is used only when no quantity matches a stronger one.
_FUNDING: Final = (lazy_regex(r"援疆资金|援助资金|援建资金|帮扶资金|对口支援资金"),
                   lazy_regex(r"^(?:投入|财政)?资金$"))
_PERSONNEL: Final = (lazy_regex(r"援疆干部|援疆人才|队员|援疆人员|援疆教师|援疆医生"),
                     lazy_regex(r"干部人才"))
_PROJECTS: Final = (lazy_regex(r"援疆项目|援建项目"), lazy_regex(r"^项目$|民生项目"))
#: The last tier of personnel: staff named without 援疆 (选派56名干部赴伊宁县), counted only
#: when, in their clause, a verb of sending stands before the number and where they go as aid
#: after it (援疆, 支援, 赴疆, or a Xinjiang place): a county's own 2000名干部, staff it trains,
#: or staff it sends inland (伊宁县选派100名干部到江苏挂职) are not aid staff.
_STAFF: Final = lazy_regex(r"^(?:干部|人才|干部人才|专业技术人才|医生|医护人员|医疗专家|教师|专家|技术人员)$")
_SENDING: Final = lazy_regex(r"选派|派出|派遣|选拔|抽调|援派|组派")
_AS_AID: Final = lazy_regex(r"援疆|支援|赴疆|进疆|入疆|新疆|兵团")
_CLAUSE_END: Final = lazy_regex(r"[，。！？；,!?;\n]")
#: Aid staff counted right before their number (援疆干部人才共56名干部): the total of them.
_TOTAL_OF: Final = lazy_regex(r"(?:援疆干部人才|援疆干部|援疆人才|援疆人员)(?:共|计|合计|总计|累计|达)?$")
#: How far from its number a clause is read (bounded cost on text without punctuation).
_REACH = 60


def _sent_as_aid(text: str) -> Callable[[Quantity], bool]:
    """Whether a quantity of staff is sent as aid, by its clause."""
    from aidparse.places.gazetteer import gazetteer

    def test(q: Quantity) -> bool:
        if q.subject is None or not _STAFF.search(q.subject):
            return False
        lo, hi = max(0, q.span.start - _REACH), min(len(text), q.span.end + _REACH)
        ends = [m.end() for m in _CLAUSE_END.finditer(text, lo, q.span.start)]
        after = _CLAUSE_END.search(text, q.span.end, hi)
        start, stop = (ends[-1] if ends else lo), (after.start() if after else hi)
        if _TOTAL_OF.search(text, start, q.span.start) is not None:
            return True
        if _SENDING.search(text, start, q.span.start) is None:
            return False
        rest = text[q.span.end : stop]
        return _AS_AID.search(rest) is not None or any(
            gazetteer().entries[m.entry_name].xinjiang for m in gazetteer().find(rest))
    return test


def _subject_in(pattern: regex.Pattern[str]) -> Callable[[Quantity], bool]:
    """Whether a quantity's subject names what ``pattern`` looks for."""
    return lambda q: q.subject is not None and pattern.search(q.subject) is not None


def _pick(quantities: Sequence[Quantity], kind: QuantityKind,
          tiers: Sequence[Callable[[Quantity], bool]],
          units: tuple[str, ...] | None = None) -> Figure | None:
    """The largest quantity of ``kind`` (in ``units``) the strongest tier names."""
    for names in tiers:
        best: tuple[int, Quantity] | None = None
        for i, q in enumerate(quantities):
            if q.kind is not kind or (units is not None and q.unit not in units) or not names(q):
                continue
            if best is None or q.value > best[1].value:
                best = (i, q)
        if best is not None:
            i, q = best
            return Figure.model_construct(quantity=i, value=q.value, unit=q.unit, approx=q.approx,
                                          text=q.text)
    return None


def headline_figures(
    quantities: Sequence[Quantity], text: str = "",
) -> tuple[Figure | None, Figure | None, Figure | None]:
    """Funding, personnel and projects: the largest figure the text ties to each.

    Funding is money paid as aid (援疆资金 …) in yuan, personnel a count of aid staff
    (援疆干部人才, 队员 …), projects a count of aid projects; each points at its
    quantity. Money leveraged from others (社会资金) or investment (总投资) is
    not funding. Given the ``text`` the quantities' spans point into, staff
    named without 援疆 count as personnel in a clause that sends them as aid
    (选派56名干部赴伊宁县).

    >>> from aidparse import extract_quantities
    >>> text = "全县2000名干部参加培训。江苏省选派56名干部赴伊宁县援疆。"
    >>> headline_figures(extract_quantities(text), text)[1].text
    '56名'
    """
    return (
        # amounts compare in one currency
        _pick(quantities, QuantityKind.MONEY, [_subject_in(p) for p in _FUNDING], ("CNY",)),
        _pick(quantities, QuantityKind.COUNT, [*(_subject_in(p) for p in _PERSONNEL), _sent_as_aid(text)],
              ("名", "人", "位")),
        _pick(quantities, QuantityKind.COUNT, [_subject_in(p) for p in _PROJECTS], ("个", "项", "大项")),
    )
