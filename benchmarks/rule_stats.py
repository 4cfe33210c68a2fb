"""How general each rule of the article stage is: on how many pages it fires, and whether it was right.

Usage (from the repository root)::

    python benchmarks/rule_stats.py                # the table of rules (dev and web)
    python benchmarks/rule_stats.py --rule caption.apart --show   # and where one rule fired

Runs :func:`aidparse.parse` on the development pages only — the dev half of
``../shared/corpus`` (keys in ``tests/data/corpus/``) and the web pages (keys in
``tests/data/web/fields.tsv``) — inside :func:`aidparse.article.trace.tracing`,
and judges every decision a rule made against the keys:

* a line removed (or cut): right when the key labels it furniture or metadata,
  wrong when it labels it article text (title, subtitle, heading, body). On the
  web pages, whose key lists only some furniture lines and the first and last
  sentence of each article, a removal is right when it is a keyed furniture
  line, wrong when it holds a keyed sentence or the title, else unknown (``?``);
* a fact read from a credit form (``label.source``, ``lead.wire``, ``tail.bracket``
  …): right when the key has that value for the field (source, published, an
  author or editor), wrong when it has another;
* a headline decision (``anchor.*``, ``title.*``): right when the report's title
  is the key's, wrong when the report gives another title (or none where the key
  has one, for decisions that named a title);
* a line the prose guard kept (``guard.<rule>``: the rule would have removed it,
  but it reads as prose): right when it is article text, wrong when it is furniture.

The third column reads the web pages' visible text as text pages (no markup): the
rules of text pages — the stamp under a headline, the header above it, credit
lines — on 70 more pages. A rule that fires on one page only is marked ``one
page``; one that fires on dev only, ``dev only``: written from those pages and
not yet shown to be general (rules only a page's markup can fire are not marked
for being absent on dev).
The evaluation half is never read here. Skips (exit 0) without ``../shared/corpus``.
"""

from __future__ import annotations

import argparse
import dataclasses
import pathlib
import sys
from collections import defaultdict

from _common import table

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "tests"))
import corpus_keys as ck
import web_keys as wk

import aidparse
from aidparse.article.stamps import parse_stamp_date
from aidparse.article.trace import Firing, tracing
from aidparse.models import Span

#: Steps that run before the page walk: with the others off, ``clean`` gives the text it reads.
_BEFORE_WALK = aidparse.CleanConfig(boilerplate=False, spacing=False, broken_lines=False,
                                    blank_lines=False)
_REMOVED = frozenset(["furniture", "meta"])
#: Only the HTML step: the visible text of a web page, to read as a text page.
_TEXT_ONLY = aidparse.CleanConfig(invisible=False, latin1_mojibake=False, misaligned_gbk=False, pinyin=False,
                                  width=False, boilerplate=False, spacing=False, broken_lines=False,
                                  blank_lines=False)


@dataclasses.dataclass
class Tally:
    files: dict[str, set[str]] = dataclasses.field(default_factory=lambda: defaultdict(set))
    right: dict[str, int] = dataclasses.field(default_factory=lambda: defaultdict(int))
    wrong: dict[str, int] = dataclasses.field(default_factory=lambda: defaultdict(int))
    unknown: dict[str, int] = dataclasses.field(default_factory=lambda: defaultdict(int))
    where: list[tuple[str, str, str, str]] = dataclasses.field(default_factory=list)

    def add(self, rule: str, half: str, page: str, verdict: str | None, what: str) -> None:
        self.files[f"{rule}|{half}"].add(page)
        key = f"{rule}|{half}"
        if verdict == "right":
            self.right[key] += 1
        elif verdict == "wrong":
            self.wrong[key] += 1
        else:
            self.unknown[key] += 1
        self.where.append((rule, half, page, f"{verdict or '?'}: {what}"))


def _traced(data: bytes) -> tuple[aidparse.AidReport, list[Firing]]:
    with tracing() as firings:
        report = aidparse.parse(data)
    return report, list(firings)


def _date_matches(value: str, want: str) -> bool | None:
    if not want:
        return False
    date = parse_stamp_date(value)
    if date is not None:
        return date.isoformat() == want
    if "月" in value:  # a dateline's month and day
        month, _, day = value.rstrip("日").partition("月")
        month = month.split("年")[-1]
        return want[5:] == f"{int(month):02d}-{int(day):02d}" if month.isdigit() and day.isdigit() else None
    return None


def _field_verdict(field: str, value: str, want: dict[str, list[str]]) -> str | None:
    """Whether a fact read by a form is the key's: ``right``, ``wrong`` or ``None`` (not keyed)."""
    v = ck.norm(value)
    if field in ("source", "origin", "affiliation"):
        keyed = ck.norm((want.get("source") or [""])[0])
        if field == "affiliation" and not keyed:
            return None
        return "right" if v == keyed else "wrong"
    if field == "authors":
        return "right" if v in {ck.norm(a) for a in want.get("author", [])} else "wrong"
    if field == "editors":
        return "right" if v in {ck.norm(a) for a in want.get("editor", [])} else "wrong"
    if field in ("published", "dateline"):
        ok = _date_matches(value, (want.get("published") or [""])[0])
        return None if ok is None else "right" if ok else "wrong"
    return None


def _title_verdict(report: aidparse.AidReport, want: str) -> str:
    return "right" if ck.norm(report.title) == ck.norm(want) else "wrong"


def _judge_common(t: Tally, half: str, page: str, report: aidparse.AidReport, f: Firing,
                  want: dict[str, list[str]]) -> bool:
    """Title decisions and facts (both sets alike); returns whether the firing was a title decision."""
    title = (want.get("title") or [""])[0]
    if f.rule.startswith(("anchor.", "title.")) and not f.rule.startswith(("title.site", "title.genre",
                                                                          "title.column", "title.trailing")):
        if f.rule in ("title.fragment-above", "anchor.declined-fragment-above"):
            # a line declined as the title: wrong only when it is the title
            verdict = "wrong" if title and ck.norm(f.line) == ck.norm(title) else "right"
        elif f.rule in ("title.first-line-not-headline", "title.opens-with-caption",
                        "title.short-link-on-html", "title.no-evidence"):
            verdict = "right" if not title or ck.norm(report.title) == ck.norm(title) else "wrong"
        else:
            verdict = _title_verdict(report, title)
        t.add(f.rule, half, page, verdict, f"{f.line[:40]!r} → {report.title!r} (key {title!r})")
        for _, value, _ in f.fields:  # the evidence a title decision relied on
            t.add(f"{f.rule}:{value}", half, page, verdict, f.line[:40])
        return True
    for field, value, form in f.fields:
        if not form:
            continue
        verdict = _field_verdict(field, value, want)
        t.add(f"form.{form}", half, page, verdict, f"{field}={value!r} in {f.line[:40]!r}")
    return False


def _dev(t: Tally) -> None:
    folder = ck.corpus_dir()
    assert folder is not None
    for name in ck.files("dev"):
        key = ck.keys("dev").get(name)
        if key is None:
            continue
        report, firings = _traced((folder / name).read_bytes())
        before = aidparse.clean(report.original_text, config=_BEFORE_WALK)
        spans = ck.line_spans(report.original_text)
        starts = [a for a, _ in spans]
        labels = {number: (label, kind) for number, label, kind, _ in key.lines}
        want = {"title": [key.fields.get("title", "")], "source": [key.fields.get("source", "")],
                "published": [key.fields.get("published", "")], "author": key.authors,
                "editor": key.editors}
        for f in firings:
            if _judge_common(t, "dev", name, report, f, want):
                continue
            if f.end <= f.start or f.start >= len(before.text):
                continue
            origin = before.edits.to_input(Span(start=f.start, end=min(f.end, len(before.text))))
            import bisect
            number = bisect.bisect_right(starts, origin.start)
            label, kind = labels.get(number, ("", ""))
            whole = f.rule not in ("lead.cut", "tail.cut", "spam.spliced", "heading.running-header") \
                and not f.rule.startswith(("title.", "meta.glued"))
            if label in _REMOVED:
                verdict = "right"
            elif label in ck.KEPT_LABELS:
                verdict = "wrong" if whole else "right"
            else:
                verdict = None
            if f.rule.startswith("guard.") and verdict is not None:  # a line kept: right when it is text
                verdict = "wrong" if verdict == "right" else "right"
            t.add(f.rule, "dev", name, verdict, f"line {number} {label}/{kind}: {f.line[:40]!r}")


def _web(t: Tally, *, as_text: bool = False) -> bool:
    """The web pages; ``as_text``: their visible text only, as a text page without markup (to
    try the rules of text pages on 70 more pages: the stamp under the headline, the header)."""
    keys = wk.keys()
    if keys is None:
        return False
    pages = wk.pages()
    assert pages is not None
    half = "webtext" if as_text else "web"
    for name, want in keys.items():
        data = pages[name]
        if as_text:
            data = aidparse.clean(aidparse.decode(data).text, config=_TEXT_ONLY).text.encode("utf-8")
        report, firings = _traced(data)
        furniture = {ck.norm(x) for x in want.get("furniture", [])}
        sentences = [ck.norm(x) for x in want.get("body", [])]
        title = ck.norm((want.get("title") or [""])[0])
        for f in firings:
            if _judge_common(t, half, name, report, f, want):
                continue
            line = ck.norm(f.line)
            whole = f.rule not in ("lead.cut", "tail.cut", "spam.spliced", "heading.running-header") \
                and not f.rule.startswith(("title.", "meta.glued"))
            if not line:
                continue
            if line in furniture:
                verdict: str | None = "right"
            elif whole and (any(s[:12] in line or (len(line) >= 8 and line in s) for s in sentences if s)
                            or (title and line == title and ck.norm(report.title) != title)):
                verdict = "wrong"
            else:
                verdict = None
            if f.rule.startswith("guard.") and verdict is not None:  # a line kept: right when it is text
                verdict = "wrong" if verdict == "right" else "right"
            t.add(f.rule, half, name, verdict, f"{f.line[:40]!r}")
    return True


#: Rules only an HTML page's markup can fire (a text page has none): not fitted for being absent on dev.
_HTML_ONLY = ("anchor.markup", "title.short-link-on-html")


def _cell(t: Tally, rule: str, half: str) -> str:
    key = f"{rule}|{half}"
    n = len(t.files.get(key, ()))
    if not n:
        return "—"
    out = f"{n}: {t.right[key]}✓ {t.wrong[key]}✗"
    return out + (f" {t.unknown[key]}?" if t.unknown[key] else "")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rule", help="only rules starting with this")
    parser.add_argument("--show", action="store_true", help="list where each rule fired")
    args = parser.parse_args()
    if ck.corpus_dir() is None:
        print("../shared/corpus is absent: nothing to measure (skipped)")
        return 0
    t = Tally()
    _dev(t)
    has_web = _web(t)
    if has_web:
        _web(t, as_text=True)
    rules = sorted({k.split("|")[0] for k in t.files})
    if args.rule:
        rules = [r for r in rules if r.startswith(args.rule)]
    rows = []
    for rule in rules:
        dev, web, text = (len(t.files.get(f"{rule}|{h}", ())) for h in ("dev", "web", "webtext"))
        if rule.startswith(_HTML_ONLY):
            fitted = "one page" if web <= 1 else ""
        else:
            fitted = "one page" if dev + web + text <= 1 else "dev only" if dev and not (web or text) else ""
        rows.append([rule, _cell(t, rule, "dev"), _cell(t, rule, "web"), _cell(t, rule, "webtext"), fitted])
    print("files where the rule fired: decisions right ✓, wrong ✗, not keyed ?")
    print("(web as text: the web pages' visible text read as text pages, without their markup)\n")
    web_label = f"web ({len(wk.keys() or {})})" if has_web else "web (absent)"
    print(table(["rule", "dev (45)", web_label, "web as text", ""], rows))
    if args.show:
        for rule, half, page, what in t.where:
            if rule in rules:
                print(f"{rule:32} {half} {page:40} {what}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
