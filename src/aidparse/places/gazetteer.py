"""Places of pairing aid: donors, Xinjiang counties, 兵团 divisions and regiments.

Built lazily from the researched tables in ``data/`` (``pairings.tsv``,
``xinjiang_divisions.tsv``, ``xpcc.tsv``, ``xpcc_units.tsv``; every row names
its source). Mentions are found with one alternation of every known name and
short form, longest first; ambiguous short forms (阿克苏 is a prefecture and a
city) resolve to the wider unit unless the pairing table says otherwise.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from aidparse._resources import read_tsv
from aidparse.models import Place, PlaceLevel, Span

__all__ = ["Gazetteer", "Mention", "gazetteer"]

_MUNICIPALITIES = frozenset({"北京", "天津", "上海", "重庆"})
_CN_NUM = "零一二三四五六七八九十"


@dataclass(frozen=True)
class _Entry:
    name: str
    level: PlaceLevel
    parent: str | None
    xinjiang: bool


@dataclass(frozen=True)
class Mention:
    """One place name found in a text."""

    entry_name: str
    surface: str
    start: int
    end: int


@dataclass
class Gazetteer:
    """Lookup tables built from the package data."""

    entries: dict[str, _Entry] = field(default_factory=dict)
    aliases: dict[str, list[str]] = field(default_factory=dict)
    pairs: dict[str, set[str]] = field(default_factory=dict)  # donor -> recipients
    pattern: re.Pattern[str] | None = None

    def add(self, entry: _Entry, *aliases: str) -> None:
        self.entries.setdefault(entry.name, entry)
        for alias in {entry.name, *aliases}:
            if alias and entry.name not in self.aliases.setdefault(alias, []):
                self.aliases[alias].append(entry.name)

    def find(self, text: str) -> list[Mention]:
        """All mentions of known places, leftmost-longest, not overlapping."""
        assert self.pattern is not None
        out = []
        for m in self.pattern.finditer(text):
            names = self.aliases[m.group()]
            out.append(Mention(names[0], m.group(), m.start(), m.end()))
        return out


def _province_name(short: str) -> str:
    if short in _MUNICIPALITIES:
        return short + "市"
    if short == "深圳":
        return "深圳市"
    return short + "省"


def _city_name(short: str) -> str:
    return short if short.endswith(("市", "区", "县")) else short + "市"


def _strip_note(text: str) -> str:
    return re.sub(r"[(（].*?[)）]", "", text).strip()


def _division_aliases(number: int, name: str) -> list[str]:
    cn = name[1:-1]  # 第十二师 -> 十二
    return [name, f"{cn}师", f"农{cn}师", f"农{number}师", f"{number}师", f"兵团{name}",
            f"兵团{cn}师", f"新疆生产建设兵团{name}", f"新疆生产建设兵团{cn}师"]


@functools.cache
def gazetteer() -> Gazetteer:
    """Build the gazetteer once, on first use."""
    gz = Gazetteer()
    # Xinjiang prefectures and counties
    for row in read_tsv("xinjiang_divisions.tsv"):
        pref, county = row["prefecture"], row["county_or_city"]
        shorts = [s for s in row["short_forms"].split("|") if s]
        # ambiguous short forms are left out; old names (库车县, 吐鲁番地区) resolve to today's unit
        clean_shorts = [_strip_note(s) for s in shorts
                        if "歧义" not in s and not s.startswith("原")]
        if not county:
            gz.add(_Entry(pref, PlaceLevel.PREFECTURE, "新疆维吾尔自治区", True), *clean_shorts)
        else:
            gz.add(_Entry(county, PlaceLevel.COUNTY, pref, True), *clean_shorts)
    # 兵团 divisions, their cities and regiments
    divisions: dict[int, str] = {}
    for row in read_tsv("xpcc.tsv"):
        number, name, city = int(row["division_number"]), row["division_name"], row["city"]
        name = _strip_note(name)
        divisions[number] = name
        canonical = f"{name}{city}" if city else name
        gz.add(_Entry(canonical, PlaceLevel.DIVISION, "新疆生产建设兵团", True),
               *_division_aliases(number, name), *([city, f"{name}{city}"] if city else []),
               *([f"{name[1:]}{city}"] if city else []))
    regiment_alias_count: Counter[str] = Counter()
    units = read_tsv("xpcc_units.tsv")
    for row in units:
        regiment_alias_count.update(a for a in row["aliases"].split("|") if a)
    for row in units:
        number = int(row["division_number"])
        division = divisions[number]
        aliases = [a for a in row["aliases"].split("|") if a]
        short = next((a for a in aliases if a[0] in _CN_NUM or a[0] == "〇"), row["unit"])
        name = f"{division}{short}"
        div_forms = _division_aliases(number, division)
        forms = [f"{d}{a}" for d in div_forms for a in [*aliases, row["unit"]]]
        unique = [a for a in aliases if regiment_alias_count[a] == 1]
        gz.add(_Entry(name, PlaceLevel.REGIMENT, division, True), *forms, *unique)
    # donors and pairings
    for row in read_tsv("pairings.tsv"):
        province = _province_name(row["donor_province"])
        gz.add(_Entry(province, PlaceLevel.PROVINCE, None, False), row["donor_province"])
        donor = province
        city_field = row["donor_city"]
        if city_field:
            outer = _strip_note(city_field)
            city = _city_name(outer)
            level = PlaceLevel.DISTRICT if city.endswith("区") else PlaceLevel.CITY
            gz.add(_Entry(city, level, province, False), outer)
            donor = city
            inner = re.search(r"[(（](.+?)[)）]", city_field)
            if inner:
                for part in inner.group(1).split("/"):
                    sub = _city_name(part)
                    sub_level = PlaceLevel.DISTRICT if sub.endswith("区") else PlaceLevel.CITY
                    gz.add(_Entry(sub, sub_level, city, False), part.removesuffix("市"))
                    donor = sub
        recipients = gz.pairs.setdefault(donor, set())
        county = _strip_note(row["recipient_county_or_city"])
        if county and county in gz.entries:
            recipients.add(county)
        elif row["recipient_prefecture"] and not county:
            recipients.add(row["recipient_prefecture"])
            recipients.update(n for n, e in gz.entries.items()
                              if e.parent == row["recipient_prefecture"])
        if row["xpcc_division"]:
            division = row["xpcc_division"]
            unit = row["xpcc_unit"]
            regiment = f"{division}{_strip_note(unit)}" if unit and not unit.startswith("(") \
                and _strip_note(unit) != "团场" else None
            if regiment and regiment in gz.entries:
                recipients.add(regiment)
            else:
                recipients.update(n for n, e in gz.entries.items()
                                  if e.level is PlaceLevel.DIVISION and n.startswith(division))
    # literals only, longest first (so the leftmost match is the longest); the
    # standard engine scans such an alternation several times faster
    names = sorted(gz.aliases, key=len, reverse=True)
    gz.pattern = re.compile("|".join(re.escape(n) for n in names))
    return gz


def place(name: str, mention: Mention | None, inferred: bool = False) -> Place:
    """A :class:`Place` for a gazetteer entry, with where the text named it."""
    entry = gazetteer().entries[name]
    return Place(
        name=entry.name,
        level=entry.level,
        parent=entry.parent,
        mention=mention.surface if mention else None,
        span=Span(start=mention.start, end=mention.end) if mention else None,
        inferred=inferred,
    )
