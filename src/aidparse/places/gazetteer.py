"""Places of pairing aid: donors, Xinjiang counties, 兵团 divisions and regiments.

Built from the researched tables in ``data/`` (``pairings.tsv``,
``xinjiang_divisions.tsv``, ``xpcc.tsv``, ``xpcc_units.tsv``; every row names
its source) by :func:`build_gazetteer`, which ``scripts/build_fast_tables.py``
runs once to write ``data/gazetteer.json``; :func:`gazetteer` loads that file
on first use (a few milliseconds, where building from the TSVs takes tens).

Mentions are the leftmost-longest, non-overlapping occurrences of every known
name and short form (see :class:`Gazetteer` for how they are found quickly:
the same matches as one alternation of the names, longest first).
Ambiguous short forms (阿克苏 is a prefecture and a city) resolve to the wider
unit unless the pairing table says otherwise.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import field
from typing import Any

from aidparse._precompiled_re import compile_re
from aidparse._record import record
from aidparse._resources import read_json, read_tsv
from aidparse.models import Place, PlaceLevel, Span

__all__ = ["Gazetteer", "Mention", "build_gazetteer", "gazetteer", "trie_pattern"]

#: The load-fast form of the gazetteer, written by ``scripts/build_fast_tables.py``.
GAZETTEER_JSON = "gazetteer.json"
#: The tables it is built from.
GAZETTEER_SOURCES = ("xinjiang_divisions.tsv", "xpcc.tsv", "xpcc_units.tsv", "pairings.tsv")

_MUNICIPALITIES = frozenset({"北京", "天津", "上海", "重庆"})
_CN_NUM = "零一二三四五六七八九十"


@record
class _Entry:
    name: str
    level: PlaceLevel
    parent: str | None
    xinjiang: bool


@record
class Mention:
    """One place name found in a text."""

    entry_name: str
    surface: str
    start: int
    end: int


@record(frozen=False)
class Gazetteer:
    """Lookup tables built from the package data.

    Mentions are found in two steps that together give the leftmost-longest
    name at each place, as one alternation of every name longest first would.
    The *shortest* names — those no other name is a prefix of, a few hundred of
    the four thousand — form a prefix-free set: at a position at most one of
    them matches, so one trie-shaped pattern of them (:func:`trie_pattern`,
    compiled in milliseconds) finds where every mention starts. Each match is
    then extended by the longest of the names that begin with it
    (``一师`` → ``一师四团``), looked up by length in :attr:`extensions`.
    """

    entries: dict[str, _Entry] = field(default_factory=dict)
    aliases: dict[str, list[str]] = field(default_factory=dict)
    pairs: dict[str, set[str]] = field(default_factory=dict)  # donor -> recipients
    #: Trie-shaped pattern of the names no other name is a prefix of.
    pattern: re.Pattern[str] | None = None
    #: Such a name -> (lengths, longest first; the rests of the longer names that begin with it).
    extensions: dict[str, tuple[tuple[int, ...], frozenset[str]]] = field(default_factory=dict)

    def add(self, entry: _Entry, *aliases: str) -> None:
        self.entries.setdefault(entry.name, entry)
        for alias in {entry.name, *aliases}:
            if alias and entry.name not in self.aliases.setdefault(alias, []):
                self.aliases[alias].append(entry.name)

    def paired_with(self, donor: str) -> set[str]:
        """The recipients of ``donor`` and of the cities and districts under it.

        A province gives through its cities: Shanghai's pairings are all its
        districts' (浦东新区 → 莎车县 ...).

        >>> sorted(gazetteer().paired_with("上海市"))
        ['叶城县', '巴楚县', '泽普县', '莎车县']
        """
        out: set[str] = set()
        for name, recipients in self.pairs.items():
            at: str | None = name
            while at is not None and at != donor:
                at = self.entries[at].parent
            if at == donor:
                out |= recipients
        return out

    def find(self, text: str) -> list[Mention]:
        """All mentions of known places, leftmost-longest, not overlapping.

        >>> [(m.surface, m.entry_name) for m in gazetteer().find("阿克苏市和一师四团,一师")]
        [('阿克苏市', '阿克苏市'), ('一师四团', '第一师四团'), ('一师', '第一师阿拉尔市')]
        """
        if self.pattern is None:
            shortest, by_prefix = _split_names(self.aliases)
            self.pattern = compile_re(trie_pattern(shortest))
            self.extensions = _extension_index(by_prefix)
        search, extensions, aliases = self.pattern.search, self.extensions, self.aliases
        out = []
        pos = 0
        while (m := search(text, pos)) is not None:
            start, end = m.span()
            extension = extensions.get(m.group())
            if extension is not None:
                lengths, rests = extension
                for length in lengths:
                    rest = text[end : end + length]
                    if rest in rests:
                        end += len(rest)
                        break
            surface = text[start:end]
            out.append(Mention(aliases[surface][0], surface, start, end))
            pos = end
        return out

    def to_json(self) -> dict[str, Any]:
        """The load-fast form written to ``data/gazetteer.json`` (see :func:`gazetteer`)."""
        shortest, rests = _split_names(self.aliases)
        return {
            "source": [
                "Built by scripts/build_fast_tables.py with aidparse.places.gazetteer.build_gazetteer",
                "from the researched tables " + ", ".join(GAZETTEER_SOURCES)
                + " (each row names its source). Do not edit: regenerate.",
            ],
            "entries": [[e.name, e.level.value, e.parent, e.xinjiang] for e in self.entries.values()],
            "aliases": {alias: self.aliases[alias] for alias in sorted(self.aliases)},
            "pairs": {donor: sorted(names) for donor, names in self.pairs.items()},
            "pattern": trie_pattern(shortest),
            "extensions": {name: sorted(rests[name]) for name in sorted(rests)},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Gazetteer:
        """The gazetteer :meth:`to_json` wrote."""
        entries = {name: _Entry(name, PlaceLevel(level), parent, xinjiang)
                   for name, level, parent, xinjiang in data["entries"]}
        pairs = {donor: set(names) for donor, names in data["pairs"].items()}
        return cls(entries=entries, aliases=data["aliases"], pairs=pairs,
                   pattern=compile_re(data["pattern"]),
                   extensions=_extension_index(data["extensions"]))


def _split_names(names: Iterable[str]) -> tuple[list[str], dict[str, set[str]]]:
    """The names no other name is a prefix of, and for each the rests of the names it begins."""
    known = set(names)
    shortest = []
    rests: dict[str, set[str]] = {}
    for name in sorted(known):
        cut = next((k for k in range(1, len(name)) if name[:k] in known), None)
        if cut is None:
            shortest.append(name)
        else:
            rests.setdefault(name[:cut], set()).add(name[cut:])
    return shortest, rests


def _extension_index(
    rests: dict[str, Any],
) -> dict[str, tuple[tuple[int, ...], frozenset[str]]]:
    return {name: (tuple(sorted({len(r) for r in values}, reverse=True)), frozenset(values))
            for name, values in rests.items()}


def trie_pattern(words: Iterable[str]) -> str:
    """A pattern matching exactly ``words``, shaped like their trie; longest match first.

    At each point of the trie the next character of the text picks at most one
    branch, and a name that ends where a longer one goes on is made optional
    (``?``, greedy), so the engine follows the text as far as the trie goes and
    backs off to the last name that ended: the longest name starting there —
    what an alternation of the names, longest first, gives.

    >>> trie_pattern(["援疆", "援建", "援疆干部", "援"])
    '援(?:疆(?:干部)?|建)?'
    >>> import re
    >>> [m.group() for m in re.finditer(trie_pattern(["一师", "一师四团", "四团"]), "一师四团和一师四")]
    ['一师四团', '一师']
    """
    root: dict[str, Any] = {}
    for word in words:
        if not word:
            continue
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def continuations(node: dict[str, Any]) -> tuple[str, bool]:
        """The pattern of the non-empty continuations of ``node``, and whether it is one atom."""
        leaves = sorted(ch for ch, child in node.items() if ch and list(child) == [""])
        branches = []  # (pattern, is one atom: a character or a class)
        for ch, child in sorted(node.items()):
            if not ch or list(child) == [""]:
                continue
            rest, atomic = continuations(child)
            if "" in child:  # a word ends at ch and longer ones go on: the rest is optional
                rest = f"{rest}?" if atomic else f"(?:{rest})?"
            branches.append((re.escape(ch) + rest, False))
        if len(leaves) == 1:
            branches.append((re.escape(leaves[0]), True))
        elif leaves:
            branches.append(("[" + "".join(map(re.escape, leaves)) + "]", True))
        if len(branches) == 1:
            return branches[0]
        return "(?:" + "|".join(b for b, _ in branches) + ")", True

    return continuations(root)[0] if root else "(?!)"


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
    """The gazetteer, loaded once on first use from ``data/gazetteer.json``.

    >>> gazetteer().entries["乌什县"].parent
    '阿克苏地区'
    """
    return Gazetteer.from_json(read_json(GAZETTEER_JSON))


def build_gazetteer() -> Gazetteer:
    """Build the gazetteer from the researched TSV tables (what ``gazetteer.json`` holds)."""
    gz = Gazetteer()
    # short forms that name something else as often (天山: the mountains), by unit
    not_places = {(r["short_form"], r["unit"]) for r in read_tsv("short_forms_not_places.tsv")}
    # Xinjiang prefectures and counties
    for row in read_tsv("xinjiang_divisions.tsv"):
        pref, county = row["prefecture"], row["county_or_city"]
        shorts = [s for s in row["short_forms"].split("|") if s]
        # ambiguous short forms are left out; old names (库车县, 吐鲁番地区) resolve to today's unit
        clean_shorts = [_strip_note(s) for s in shorts
                        if "歧义" not in s and not s.startswith("原")
                        and (_strip_note(s), county or pref) not in not_places]
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
    return gz


def place(name: str, mention: Mention | None, inferred: bool = False) -> Place:
    """A :class:`Place` for a gazetteer entry, with where the text named it."""
    entry = gazetteer().entries[name]
    return Place.model_construct(
        name=entry.name,
        level=entry.level,
        parent=entry.parent,
        mention=mention.surface if mention else None,
        span=Span._trusted(mention.start, mention.end) if mention else None,
        inferred=inferred,
    )
