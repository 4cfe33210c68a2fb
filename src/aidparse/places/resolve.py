"""Who gave to whom: the donor and recipients a text names, checked against the pairings."""

from __future__ import annotations

import itertools
from collections import Counter

from aidparse.models import ParseWarning, Place, PlaceLevel, Span, WarningCode
from aidparse.places.gazetteer import Mention, gazetteer, place

__all__ = ["resolve_places"]

#: From this many donor provinces on, a text where none has half the mentions is an overview.
_OVERVIEW_PROVINCES = 4
#: Recipients specific enough to single a donor out (a prefecture is shared by several donors).
_LOCAL = (PlaceLevel.COUNTY, PlaceLevel.REGIMENT, PlaceLevel.DIVISION)


#: What joins the names of a list (新源县和霍城县, 乌什县、温宿县及阿瓦提县).
_LIST_JOINS = frozenset(("、", "和", "及", "与", "以及", ",", "，"))


def _listed_with(text: str, mentions: list[Mention], names: set[str]) -> set[str]:
    """Places named in one list with any of ``names`` (neighbours joined by 、/和/及/与).

    Two passes, rightwards then leftwards, follow every list from its members.
    """
    listed = set(names)
    for order in (mentions, mentions[::-1]):
        for a, b in itertools.pairwise(order):
            gap = text[a.end : b.start] if a.end <= b.start else text[b.end : a.start]
            if a.entry_name in listed and gap in _LIST_JOINS:
                listed.add(b.entry_name)
    return listed


def _singled_out(donors: list[str], counts: Counter[str]) -> bool:
    """Whether a county or regiment the text names is paired with one of the donors."""
    gz = gazetteer()
    local = {n for n in counts if gz.entries[n].xinjiang and gz.entries[n].level in _LOCAL}
    return any(gz.paired_with(n) & local for n in donors)


def _province_of(name: str) -> str:
    """The province a donor place belongs to (itself for a province)."""
    gz = gazetteer()
    while (parent := gz.entries[name].parent) is not None:
        name = parent
    return name


def resolve_places(text: str) -> tuple[Place | None, list[Place], list[ParseWarning]]:
    """The donor, the recipients the pairing table gives it, and warnings.

    The donor is the donor-side place named most often, a city before any
    province (a city is the more specific); but when four or more provinces are
    named (a city counting for its province) and none in half the mentions, the
    text is an overview of the programme and no donor is given (with a
    ``donor-ambiguous`` warning), unless a county or regiment one of them is
    paired with is named.
    Recipients are the Xinjiang places the donor is paired with that the text
    names. A named county or regiment that the table does not pair with the
    donor is kept, with a warning.

    >>> donor, recipients, warnings = resolve_places("衢州市援疆干部支援乌什县和一师四团。")
    >>> donor.name, [p.name for p in recipients], warnings
    ('衢州市', ['乌什县', '第一师四团'], [])
    """
    gz = gazetteer()
    mentions = gz.find(text)
    first: dict[str, Mention] = {}
    counts: Counter[str] = Counter()
    for m in mentions:
        first.setdefault(m.entry_name, m)
        counts[m.entry_name] += 1
    warnings: list[ParseWarning] = []
    donors = [n for n in counts if not gz.entries[n].xinjiang]
    if not donors:
        return None, [], warnings
    # Each donor counts for its province (a city's mentions are its province's too)
    by_province: Counter[str] = Counter()
    for n in donors:
        by_province[_province_of(n)] += counts[n]
    ranked = by_province.most_common()
    if len(ranked) >= _OVERVIEW_PROVINCES and ranked[0][1] * 2 < sum(by_province.values()) \
            and not _singled_out(donors, counts):
        # many provinces, none named in half the mentions: an overview of the whole
        # programme (新华社: 北京, 江苏, 福建, 广东 ...), not one donor's report
        warnings.append(ParseWarning.model_construct(
            code=WarningCode.DONOR_AMBIGUOUS,
            message=f"{len(ranked)} donor provinces are named and none in half the mentions "
                    f"({', '.join(f'{n} {c}' for n, c in ranked[:4])}): no donor is given",
            spans=[Span._trusted(first[n].start, first[n].end) for n in donors]))
        return None, [], warnings
    cities = [n for n in donors if gz.entries[n].level is not PlaceLevel.PROVINCE]
    pool = cities or donors
    donor_name = max(pool, key=lambda n: (counts[n], -first[n].start))
    donor = place(donor_name, first[donor_name])
    paired = gz.paired_with(donor_name)  # a province's: its own and its cities'
    parent = gz.entries[donor_name].parent
    if parent and not paired & set(counts):  # no city pairing named: the province's own count
        paired |= gz.pairs.get(parent, set())
    mentioned_xj = [n for n in counts if gz.entries[n].xinjiang]
    recipients = [n for n in mentioned_xj if n in paired]
    # a prefecture that only contains a named recipient adds nothing
    recipients = [n for n in recipients if not (
        gz.entries[n].level is PlaceLevel.PREFECTURE
        and any(gz.entries[r].parent == n for r in recipients))]
    if recipients:
        # a county listed with a recipient (新源县和霍城县) is given too, with a warning, when
        # the table does not pair it: a list of where the donor works is not silently cut
        listed = _listed_with(text, mentions, set(recipients))
        for name in sorted(listed - set(recipients), key=lambda n: first[n].start):
            if gz.entries[name].xinjiang and gz.entries[name].level in _LOCAL:
                recipients.append(name)
                warnings.append(ParseWarning.model_construct(
                    code=WarningCode.RECIPIENT_NOT_PAIRED,
                    message=f"recipient {name} is not paired with {donor_name} in the gazetteer",
                    spans=[Span._trusted(first[name].start, first[name].end)],
                ))
    if not recipients:
        unpaired = [n for n in mentioned_xj if gz.entries[n].level in _LOCAL]
        if unpaired:  # the text names a recipient the pairing table does not give the donor
            recipients = [max(unpaired, key=lambda n: counts[n])]
            mention = first[recipients[0]]
            warnings.append(ParseWarning.model_construct(
                code=WarningCode.RECIPIENT_NOT_PAIRED,
                message=f"recipient {recipients[0]} is not paired with {donor_name} in the gazetteer",
                spans=[Span._trusted(mention.start, mention.end)],
            ))
    recipients.sort(key=lambda n: first[n].start)
    return donor, [place(n, first[n]) for n in recipients], warnings
