"""Headline figures: the funding, personnel and projects a report states."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from aidparse._lazy import lazy_regex
from aidparse.models import Figure, Quantity, QuantityKind

__all__ = ["headline_figures"]


# Subjects that name each headline figure, strongest tier first: a weaker tier
# is used only when no quantity matches a stronger one.
_FUNDING: Final = (lazy_regex(r"援疆资金|援助资金|援建资金|帮扶资金|对口支援资金"),
                   lazy_regex(r"^(?:投入|财政)?资金$"))
_PERSONNEL: Final = (lazy_regex(r"援疆干部|援疆人才|队员|援疆人员|援疆教师|援疆医生"),
                     lazy_regex(r"干部人才"))
_PROJECTS: Final = (lazy_regex(r"援疆项目|援建项目"), lazy_regex(r"^项目$|民生项目"))


def _pick(quantities: Sequence[Quantity], kind: QuantityKind, tiers: tuple[object, ...],
          units: tuple[str, ...] | None = None) -> Figure | None:
    for tier in tiers:
        best: tuple[int, Quantity] | None = None
        for i, q in enumerate(quantities):
            if q.kind is not kind or q.subject is None or not tier.search(q.subject):  # type: ignore[attr-defined]
                continue
            if units is not None and q.unit not in units:
                continue
            if best is None or q.value > best[1].value:
                best = (i, q)
        if best is not None:
            i, q = best
            return Figure(quantity=i, value=q.value, unit=q.unit, approx=q.approx, text=q.text)
    return None


def headline_figures(
    quantities: Sequence[Quantity],
) -> tuple[Figure | None, Figure | None, Figure | None]:
    """Funding, personnel and projects: the largest figure the text ties to each.

    Funding is money paid as aid (援疆资金 …) in yuan, personnel a count of aid staff
    (援疆干部人才, 队员 …), projects a count of aid projects; each points at its
    quantity. Money leveraged from others (社会资金) or investment (总投资) is
    not funding.
    """
    return (
        _pick(quantities, QuantityKind.MONEY, _FUNDING, ("CNY",)),  # amounts compare in one currency
        _pick(quantities, QuantityKind.COUNT, _PERSONNEL, ("名", "人", "位")),
        _pick(quantities, QuantityKind.COUNT, _PROJECTS, ("个", "项", "大项")),
    )
