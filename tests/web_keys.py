"""The second development set: real Chinese news pages shipped inside two MIT-licensed sdists.

gne 0.4.3 (``tests/*/*.html``: 163, sina, ifeng, people, qq, xinhuanet, thepaper,
government sites …) and newspaper4k 0.9.6 (``tests/data/html/chinese_article*.html``)
ship whole HTML pages as their test data. :func:`pages` downloads the two source
distributions once into a cache folder (``$AIDPARSE_WEB_CACHE``, else
``~/.cache/aidparse/web``) with ``pip download --no-deps --no-binary :all:`` and
reads the pages from the archives; it returns ``None`` when they cannot be had
(offline), and callers skip.

The answer key is ``tests/data/web/fields.tsv`` (written by an annotator from the
pages as a reader sees them; README there): columns ``package``, ``path``,
``field``, ``value``, ``note``; the corpus keys' fields, plus two ``body`` rows per
page (its first and last sentence) and up to five ``furniture`` lines. Without
it, :func:`score` has nothing to compare and callers say so.
"""

from __future__ import annotations

import functools
import os
import pathlib
import subprocess
import sys
import tarfile

from corpus_keys import ROOT, SINGLE_FIELDS, Score, norm, score_fields

import aidparse

#: The source distributions and the members of each that are Chinese news pages.
SDISTS = {
    "gne": ("gne==0.4.3", "gne-0.4.3.tar.gz", "gne-0.4.3/tests/"),
    "newspaper4k": ("newspaper4k==0.9.6", "newspaper4k-0.9.6.tar.gz",
                    "newspaper4k-0.9.6/tests/data/html/chinese_article"),
}
KEY = ROOT / "tests" / "data" / "web" / "fields.tsv"


def cache_dir() -> pathlib.Path:
    return pathlib.Path(os.environ.get("AIDPARSE_WEB_CACHE") or pathlib.Path.home() / ".cache" / "aidparse" / "web")


def _sdist(requirement: str, filename: str) -> pathlib.Path | None:
    folder = cache_dir()
    path = folder / filename
    if path.is_file():
        return path
    folder.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--no-binary", ":all:",
                        "-d", str(folder), requirement], check=True, capture_output=True, timeout=300)
    except (OSError, subprocess.SubprocessError):
        return None
    return path if path.is_file() else None


@functools.cache
def pages() -> dict[str, bytes] | None:
    """Page name (``gne/tests/163/1.html``) → its bytes; ``None`` when the sdists cannot be had."""
    out: dict[str, bytes] = {}
    for label, (requirement, filename, prefix) in SDISTS.items():
        path = _sdist(requirement, filename)
        if path is None:
            return None
        top = filename.removesuffix(".tar.gz") + "/"
        with tarfile.open(path) as tar:
            for member in tar.getmembers():
                name = member.name
                if member.isfile() and name.startswith(prefix) and name.endswith(".html") \
                        and (label != "gne" or name.count("/") == 3):
                    data = tar.extractfile(member)
                    assert data is not None
                    out[f"{label}/{name.removeprefix(top)}"] = data.read()
    return dict(sorted(out.items()))


def _page_name(key_name: str, names: set[str]) -> str | None:
    """The page a key row names, whatever prefix the annotator wrote (gne/, gne-0.4.3/ or none)."""
    if key_name in names:
        return key_name
    tail = key_name
    for label, (_, filename, _) in SDISTS.items():
        for prefix in (label + "/", filename.removesuffix(".tar.gz") + "/"):
            tail = tail.removeprefix(prefix)
    matches = [n for n in names if n.endswith("/" + tail)]
    return matches[0] if len(matches) == 1 else None


@functools.cache
def keys() -> dict[str, dict[str, list[str]]] | None:
    """Page name → field → values (``author``, ``body``, ``furniture`` may have several);
    ``None`` without a key file."""
    found = pages()
    if not KEY.is_file() or found is None:
        return None
    out: dict[str, dict[str, list[str]]] = {}
    lines = [ln for ln in KEY.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    header = lines[0].split("\t")
    for line in lines[1:]:
        row = dict(zip(header, line.split("\t"), strict=False))
        label = row.get("package", "").split("==")[0]
        name = _page_name(f"{label}/{row['path']}" if label else row.get("path", ""), set(found))
        if name is None:
            continue
        value = row.get("value", "")
        values = out.setdefault(name, {}).setdefault(row["field"], [])
        if value:
            values.append(value)
    return out


def _kept(sentence: str, text: str) -> bool:
    """Whether the report keeps a body sentence: all of it, or all but a dateline or credit
    it opened or closed with (新华社北京2月29日电 …, as the corpus keys count a lead line kept)."""
    cut = len(sentence) * 2 // 5
    return any(sentence[a : len(sentence) - b] in text for a in range(cut + 1) for b in range(cut + 1 - a))


#: Only the HTML step: a web page's visible text, without its markup.
_HTML_ONLY = aidparse.CleanConfig(invisible=False, latin1_mojibake=False, misaligned_gbk=False, pinyin=False,
                                  width=False, boilerplate=False, spacing=False, broken_lines=False,
                                  blank_lines=False)


@functools.cache
def report(name: str, as_text: bool = False) -> aidparse.AidReport:
    """The report of one page; ``as_text``: of its visible text only, read as a text page (the
    markup's headline and fields unknown), to try the rules of text pages on these pages."""
    found = pages()
    assert found is not None
    data = found[name]
    if as_text:
        data = aidparse.clean(aidparse.decode(data).text, config=_HTML_ONLY).text.encode("utf-8")
    return aidparse.parse(data)


def score(*, record_misses: bool = False, as_text: bool = False) -> Score | None:
    """The fields of every keyed page scored as :func:`corpus_keys.score` scores them (the key
    has no line labels: the line counts stay empty); ``None`` without pages or key.
    ``as_text``: the pages' visible text read as text pages (see :func:`report`)."""
    key = keys()
    if key is None:
        return None
    s = Score()
    for name, fields in key.items():
        s.files += 1
        r = report(name, as_text)
        single = {field: (fields.get(field) or [""])[0] for field in SINGLE_FIELDS}
        score_fields(s, name, r, single, fields.get("author", []), record_misses=record_misses)
        text = norm(r.text)
        kept_lines = {norm(line) for line in r.text.split("\n")}
        for sentence in fields.get("body", []):
            s.kept[1] += 1
            kept = _kept(norm(sentence), text)
            s.kept[0] += kept
            if record_misses and not kept:
                s.misses.append(f"{name} body LOST: {sentence[:30]!r}")
        for line in fields.get("furniture", []):
            s.furniture[1] += 1
            s.furniture[0] += norm(line) not in kept_lines
            if record_misses and norm(line) in kept_lines:
                s.misses.append(f"{name} furniture kept: {line[:30]!r}")
    return s
