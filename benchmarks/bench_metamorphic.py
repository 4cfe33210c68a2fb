"""Metamorphic checks of the article stage: change what a page says, not how it is laid out.

Usage (from the repository root)::

    python benchmarks/bench_metamorphic.py                    # every transformation, every set
    python benchmarks/bench_metamorphic.py --only names --misses   # and every case it breaks

The article stage is measured on pages it was developed on, where its rules may
have learnt the pages' words rather than their forms: this outlet's name, that
reporter's surname, one site's date form. A page nobody here has seen has the
same forms with other words. So each page of the development sets (the corpus's
dev half, the written layouts, the web pages' visible text) whose report gets a
field right is changed in a way that keeps its layout, its answer key changed to
match, and the field is scored again:

* ``traditional``: the whole page in Traditional characters (OpenCC ``s2t``);
* ``names``: each author's name replaced, everywhere on the page, by another
  person's name (a pool of two- to four-character names, rare and compound
  surnames, names with a middle dot);
* ``sources``: the source replaced by another outlet's name;
* ``dates``: every form of the published date on the page written in another
  common form (``2021-05-08`` ↔ ``2021年5月8日`` ↔ ``2021/05/08`` …);
* ``colons``: the colons after labels swapped between ASCII and full width;
* ``forms``: colons and commas in the forms older and Hong Kong pages print (``∶``, ``︰``, ``﹐``);
* ``indent``: two ideographic spaces before every line, spaces after it;
* ``blank``: a blank line between every two lines, with CRLF line ends;
* ``pinyin``: a reading in brackets after every ninth Han character (``東營(yíng)``), as pages
  annotate rare ones — titles and names included (keys are compared without readings);
* ``spam``: a spam site's name spliced into the start of the lines that hold the title, the
  source and the first author (``澳门永利总站线路检测&欢迎您…``), as spam mirrors print the pages
  they copy;
* ``glued``: the title's line and the line under it (its stamp or byline, as a rule) joined with a
  space, as the text of a page whose headline and stamp stood side by side.

Prints, per transformation and set, how many of the right answers stay right
(title, source, published, and author names). Only development sets are read:
the held-out and eval pages are never changed or listed here.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import hashlib
import pathlib
import sys
from collections.abc import Callable

import opencc
import regex
from _common import table

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "tests"))
import corpus_keys
import layout_keys
import web_keys
from corpus_keys import norm

import aidparse

FIELDS = ("title", "source", "published")

#: Invented names: common, rare and compound surnames; two to four characters; Uyghur and
#: Kazakh names with a middle dot.
NAMES = ("禤国强", "亓晓燕", "竺文", "欧阳紫薇", "上官婉清", "覃海燕", "韦丽", "万玛才让", "巴特尔",
         "买买提·吐尔逊", "阿依古丽·艾力", "热依拉", "司马青云", "仝振华", "帅军", "淳于斌", "钮玉梅",
         "尕藏", "努尔兰·赛力克", "邝嘉怡", "冼志成", "蔺涛", "訾红", "郗明", "乜凯")

#: Other outlets, as pages name them.
SOURCES = ("天山网", "新疆日报", "兵团日报", "喀什日报", "浙江日报", "中国新闻网", "央视网", "人民网",
           "新华网", "石河子日报", "阿克苏日报", "湖北日报", "深圳特区报", "大众日报", "光明网",
           "昌吉日报", "和田零距离", "青岛日报")

_S2T = opencc.OpenCC("s2t")


@dataclasses.dataclass
class Case:
    """One development page with the key values the transformations change."""

    set: str
    id: str
    text: str
    fields: dict[str, set[str]]
    """field → accepted values, as written (several when the key allows alternatives)."""
    authors: list[str]
    published: str = ""
    """The key's published date (its first value)."""


def _corpus_cases() -> list[Case]:
    folder = corpus_keys.corpus_dir()
    if folder is None:
        return []
    out = []
    for name, key in corpus_keys.keys("dev").items():
        text = aidparse.decode((folder / name).read_bytes()).text
        fields = {f: {key.fields.get(f, "")} for f in FIELDS}
        out.append(Case("dev", name, text, fields, list(key.authors), key.fields.get("published", "")))
    return out


def _layout_cases() -> list[Case]:
    out = []
    for page in layout_keys.pages("layouts"):
        key = page["key"]
        fields = {f: {key.get(f) or ""} | set(key.get(f"{f}_alt", [])) for f in FIELDS}
        if key.get("source_optional"):
            fields["source"].add("")
        out.append(Case("layouts", page["id"], page["text"], fields, list(key.get("authors") or []),
                        key.get("published") or ""))
    return out


def _web_cases() -> list[Case]:
    keys = web_keys.keys()
    if keys is None:
        return []
    out = []
    for name, fields in keys.items():
        text = web_keys.report(name, as_text=True).original_text
        single = {f: {(fields.get(f) or [""])[0]} for f in FIELDS}
        out.append(Case("webtext", name, text, single, list(fields.get("author", [])),
                        (fields.get("published") or [""])[0]))
    return out


def _pick(pool: tuple[str, ...], seed: str, avoid: str) -> str:
    """A value of ``pool`` chosen by ``seed`` (the same on every run), not found in ``avoid``."""
    start = int(hashlib.sha256(seed.encode()).hexdigest(), 16)
    for i in range(len(pool)):
        value = pool[(start + i) % len(pool)]
        if value not in avoid and _S2T.convert(value) not in avoid:
            return value
    return pool[start % len(pool)]


def _traditional(text: str) -> bool:
    return aidparse.to_simplified(text) != text


def _replace_everywhere(case: Case, pairs: list[tuple[str, str]]) -> Case:
    """The case with each ``old`` replaced by ``new`` in the page and in every key value."""
    def sub(value: str) -> str:
        for old, new in pairs:
            value = value.replace(old, new)
        return value
    return dataclasses.replace(case, text=sub(case.text),
                               fields={f: {sub(v) for v in vs} for f, vs in case.fields.items()},
                               authors=[sub(a) for a in case.authors])


def names(case: Case) -> Case | None:
    found = [a for a in case.authors if len(a) >= 2 and a in case.text]
    if not found:
        return None
    pairs, used = [], case.text
    for name in sorted(found, key=len, reverse=True):
        new = _pick(NAMES, case.id + name, used)
        new = _S2T.convert(new) if _traditional(name) or _traditional(case.text[:2000]) else new
        used += new
        pairs.append((name, new))
    return _replace_everywhere(case, pairs)


def sources(case: Case) -> Case | None:
    olds = sorted((s for s in case.fields["source"] if len(s) >= 2 and s in case.text), key=len, reverse=True)
    if not olds:
        return None
    new = _pick(SOURCES, case.id, case.text)
    new = _S2T.convert(new) if _traditional(case.text[:2000]) else new
    return _replace_everywhere(case, [(olds[0], new)] + [(o, new) for o in olds[1:] if o not in olds[0]])


def traditional(case: Case) -> Case | None:
    if _traditional(case.text[:2000]):
        return None
    convert = _S2T.convert
    return dataclasses.replace(case, text=convert(case.text),
                               fields={f: {convert(v) for v in vs} for f, vs in case.fields.items()},
                               authors=[convert(a) for a in case.authors])


def _date_forms(day: dt.date) -> list[str]:
    y, m, d = day.year, day.month, day.day
    return [f"{y}-{m:02}-{d:02}", f"{y}年{m}月{d}日", f"{y}/{m:02}/{d:02}", f"{y}.{m:02}.{d:02}"]


def dates(case: Case) -> Case | None:
    value = case.published
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return None
    y, m, d = day.year, day.month, day.day
    pattern = regex.compile(rf"(?<!\d){y}\s*(?P<sep>[-/.年])\s*0?{m}\s*[-/.月]\s*0?{d}(?!\d)(?:\s*日)?")
    forms = _date_forms(day)
    order = {"-": 1, "年": 0, "/": 2, ".": 3}

    def other(match: regex.Match[str]) -> str:
        form = forms[order[match["sep"]]] if match["sep"] != "年" else forms[0]
        glued = match.group().endswith("日") and match.string[match.end() : match.end() + 1].isdigit()
        return form + " " if glued else form  # (2019年05月10日08:53: the time stays apart)

    text, n = pattern.subn(other, case.text)
    return dataclasses.replace(case, text=text) if n else None


_LABEL_COLON = regex.compile(r"(?<=\p{Han})\s*([:：])")


def colons(case: Case) -> Case | None:
    text = _LABEL_COLON.sub(lambda m: "：" if m[1] == ":" else ":", case.text)
    return dataclasses.replace(case, text=text) if text != case.text else None


#: Full-width colons and commas as GB2312-era pages print them, and as Hong Kong pages do.
_GB_FORMS = str.maketrans({"：": "∶", "，": "﹐", "、": "﹑"})
_HK_FORMS = str.maketrans({"：": "︰", "，": "﹐", "、": "﹑"})


def forms(case: Case) -> Case | None:
    """Full-width colons, commas and enumeration commas in the forms GB2312-era pages (∶) and
    Hong Kong pages (︰) print, in the page and in its key (the report keeps them as printed)."""
    table = _HK_FORMS if _traditional(case.text[:2000]) else _GB_FORMS
    text = case.text.translate(table)
    if text == case.text:
        return None
    return dataclasses.replace(case, text=text,
                               fields={f: {v.translate(table) for v in vs} for f, vs in case.fields.items()},
                               authors=[a.translate(table) for a in case.authors])


def indent(case: Case) -> Case | None:
    lines = case.text.split("\n")
    return dataclasses.replace(case, text="\n".join(f"\u3000\u3000{ln}  " if ln.strip() else ln
                                                     for ln in lines))


def blank(case: Case) -> Case | None:
    return dataclasses.replace(case, text="\r\n\r\n".join(case.text.split("\n")))


#: Readings printed after characters, as pages annotate rare ones (東營(yíng), 茍(gǒu)).
_READINGS = ("(yíng)", "（gǒu）", "(jiāng)", "（xiàn）", "(shì)")
_ANNOTATED = regex.compile(r"\p{Han}")


def pinyin(case: Case) -> Case | None:
    """Every 9th Han character of the page, titles and names included, followed by a reading in
    brackets; the key stays (it is compared without readings)."""
    count = 0

    def annotate(m: regex.Match[str]) -> str:
        nonlocal count
        count += 1
        return m.group() + _READINGS[count % len(_READINGS)] if count % 9 == 0 else m.group()

    return dataclasses.replace(case, text=_ANNOTATED.sub(annotate, case.text))


#: Spam sites' names as mirrors splice them into the lines they copy.
_SPAM_NAMES = ("澳门永利总站线路检测&欢迎您", "新葡京娱乐场官网", "9159金沙.com", "太阳城集团欢迎您",
               "威尼斯人娱乐城官网")


def spam(case: Case) -> Case | None:
    """A spam site's name spliced into the start of the first line holding the title, the source
    and the first author; the key stays."""
    lines = case.text.split("\n")
    wanted = [v for v in (*case.fields["title"], *case.fields["source"], *case.authors[:1]) if v]
    changed = False
    name = _pick(_SPAM_NAMES, case.id, "")  # a mirror's one name
    for value in wanted:
        at = next((k for k, ln in enumerate(lines) if value in ln), None)
        if at is None:
            continue
        line = lines[at]
        indent = len(line) - len(line.lstrip())
        if not line.lstrip().startswith(_SPAM_NAMES):
            lines[at] = line[:indent] + name + line[indent:]
            changed = True
    return dataclasses.replace(case, text="\n".join(lines)) if changed else None


def glued(case: Case) -> Case | None:
    """The line that holds the title and the next non-blank line (its stamp or byline, as a
    rule) joined with one space, as the text of a page whose headline and stamp stood side by
    side; the key stays."""
    title = min((v for v in case.fields["title"] if v), default="")  # (a set: one value, the same every run)
    lines = case.text.split("\n")
    at = next((k for k, ln in enumerate(lines) if title and ln.strip() == title.strip()), None)
    if at is None:
        return None
    nxt = next((k for k in range(at + 1, len(lines)) if lines[k].strip()), None)
    if nxt is None:
        return None
    joined = lines[at].rstrip() + " " + lines[nxt].strip()
    return dataclasses.replace(case, text="\n".join([*lines[:at], joined, *lines[nxt + 1:]]))


TRANSFORMS: dict[str, Callable[[Case], Case | None]] = {
    "traditional": traditional, "names": names, "sources": sources, "dates": dates,
    "colons": colons, "forms": forms, "indent": indent, "blank": blank, "pinyin": pinyin, "spam": spam,
    "glued": glued}


def _right(case: Case, report: aidparse.AidReport) -> tuple[dict[str, bool], set[str], set[str]]:
    """Which fields the report gets right, the author names it finds and the key's names."""
    got = corpus_keys.report_fields(report)
    right = {f: norm(got[f]) in {norm(v) for v in case.fields[f]} for f in FIELDS
             if any(norm(v) for v in case.fields[f])}
    return right, corpus_keys.names_of(report.authors), corpus_keys.names_of(case.authors)


@dataclasses.dataclass
class Tally:
    kept: dict[str, list[int]] = dataclasses.field(default_factory=dict)
    """field (or ``authors``) → [still right after the change, right before it]."""
    breaks: list[str] = dataclasses.field(default_factory=list)


def run(cases: list[Case], transform: Callable[[Case], Case | None]) -> Tally:
    tally = Tally()
    for case in cases:
        changed = transform(case)
        if changed is None:
            continue
        before, have, want = _right(case, aidparse.parse(case.text))
        after, have2, want2 = _right(changed, aidparse.parse(changed.text))
        for field, ok in before.items():
            if not ok:
                continue
            row = tally.kept.setdefault(field, [0, 0])
            row[1] += 1
            row[0] += after.get(field, False)
            if not after.get(field, False):
                got = corpus_keys.report_fields(aidparse.parse(changed.text))[field]
                tally.breaks.append(f"{case.set} {case.id} {field}: want {sorted(changed.fields[field])!r}"
                                    f" got {got!r}")
        found = len(have & want)
        if found:
            row = tally.kept.setdefault("authors", [0, 0])
            row[1] += found
            row[0] += min(found, len(have2 & want2))
            if len(have2 & want2) < found:
                tally.breaks.append(f"{case.set} {case.id} authors: want {sorted(want2)} got {sorted(have2)}")
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", choices=list(TRANSFORMS), action="append",
                        help="run these transformations only (repeat the option)")
    parser.add_argument("--misses", action="store_true", help="list every case a transformation breaks")
    args = parser.parse_args()
    sets = {"dev": _corpus_cases(), "layouts": _layout_cases(), "webtext": _web_cases()}
    sets = {k: v for k, v in sets.items() if v}
    print("aidparse article stage under metamorphic changes ("
          + ", ".join(f"{len(v)} {k} pages" for k, v in sets.items()) + ")\n")
    rows, breaks = [], []
    for name in args.only or list(TRANSFORMS):
        for set_name, cases in sets.items():
            tally = run(cases, TRANSFORMS[name])
            cells = [f"{a}/{b}" if b else "—" for a, b in
                     (tally.kept.get(f, [0, 0]) for f in (*FIELDS, "authors"))]
            rows.append([name, set_name, *cells])
            breaks += [f"{name}: {b}" for b in tally.breaks]
    print(table(["change", "set", *FIELDS, "author names"], rows))
    if args.misses:
        print("\nbroken by a change:")
        for line in breaks:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
