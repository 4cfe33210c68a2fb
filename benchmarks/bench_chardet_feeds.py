"""chardet's test feeds: aidparse beside chardet and charset-normalizer, per labelled encoding.

Reads ``../shared/peers/encoding/chardet/`` (skips cleanly when absent). A
decoding is right when it gives the text the folder's label gives: with
Python's codec of that name, or with the codec the web reads the label with
(WHATWG: GB2312 is read with the GBK decoder, so ``·`` is U+00B7, not the
U+30FB of Python's gb2312 table; ISO-8859-1 is read as windows-1252). Each
file is decoded as it is and with its charset declaration blanked out
(replaced by spaces); the peers see the blanked bytes. "wrong≥.5 silent"
counts aidparse answers that are wrong at confidence ≥ 0.5 with no warning
(undecodable bytes, declared-charset mismatch or unknown, low confidence, or
not Chinese) — the answers a corpus user cannot tell from right ones.

    python benchmarks/bench_chardet_feeds.py
"""

from __future__ import annotations

import collections
import contextlib
import pathlib
import re
import sys

from _common import optional, table

import aidparse
from aidparse.decoding.declared import page_declaration
from aidparse.decoding.labels import web_codec
from aidparse.decoding.warn import encoding_warnings

FEEDS = pathlib.Path(__file__).resolve().parents[1].parent / "shared" / "peers" / "encoding" / "chardet"
CHINESE_AND_UTF = ("GB2312", "Big5", "utf-8", "utf-8-sig", "UTF-16", "UTF-16BE", "UTF-16LE", "UTF-32",
                   "UTF-32BE", "UTF-32LE")
ALIASES = {"MacCyrillic": "mac-cyrillic", "IBM866": "cp866", "IBM855": "cp855", "MacRoman": "mac-roman"}
_DECLARATION = re.compile(rb"""(charset\s*=\s*["']?\s*|encoding\s*=\s*["'])[A-Za-z0-9_.:\-]+""",
                          re.IGNORECASE)


def blank(data: bytes) -> bytes:
    return _DECLARATION.sub(lambda m: b" " * len(m.group(0)), data[:4096]) + data[4096:]


def readings(folder: str, data: bytes) -> set[str]:
    out = set()
    for name in (folder, folder.rsplit("-", 1)[0], ALIASES.get(folder)):
        for codec in (name, web_codec(name) if name else None):
            if codec:
                with contextlib.suppress(LookupError, UnicodeDecodeError):
                    out.add(data.decode(codec))
    return out


def _chardet(module: object, data: bytes) -> str | None:
    enc = module.detect(data)["encoding"]  # type: ignore[attr-defined]
    try:
        return data.decode(enc) if enc else None
    except (LookupError, UnicodeDecodeError):
        return None


def _normalizer(module: object, data: bytes) -> str | None:
    best = module.from_bytes(data).best()  # type: ignore[attr-defined]
    return str(best) if best is not None else None


def main() -> None:
    if not FEEDS.is_dir():
        print(f"skipped: {FEEDS} is absent")
        return
    peers = {name: (optional(module), fn) for name, module, fn in
             (("chardet", "chardet", _chardet), ("charset-normalizer", "charset_normalizer", _normalizer))}
    peers = {k: v for k, v in peers.items() if v[0] is not None}
    versions = {k: getattr(m, "__version__", "?") for k, (m, _) in peers.items()}
    rows = []
    totals: collections.Counter[str] = collections.Counter()
    bins: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    silent: list[str] = []
    confident: list[str] = []
    for folder in sorted(p for p in FEEDS.iterdir() if p.is_dir()):
        group = "chinese" if folder.name in CHINESE_AND_UTF else "other"
        c: collections.Counter[str] = collections.Counter()
        for path in sorted(folder.iterdir()):
            raw = path.read_bytes()
            c["files"] += 1
            for mode, data in (("as is", raw), ("blanked", blank(raw))):
                right = readings(folder.name, data)
                try:
                    decoded = aidparse.decode(data)
                except aidparse.BinaryInputError:
                    c[f"{mode} refused"] += 1
                    continue
                guess = decoded.encoding
                ok = decoded.text in right
                c[f"{mode} right"] += ok
                conf_bin = f"{min(int(guess.confidence * 10), 9) / 10:.1f}"
                bins[conf_bin]["n"] += 1
                bins[conf_bin]["right"] += ok
                warnings = [w.code.value for w in encoding_warnings(guess)]
                if not guess.chinese:
                    warnings.append("not-chinese")
                warned = bool(warnings)
                if not ok and guess.confidence >= 0.5:
                    confident.append(f"{folder.name}/{path.name} ({mode}): {guess.encoding} "
                                     f"{guess.confidence:.2f}, warned {', '.join(warnings) or 'nothing'}")
                if not ok and guess.confidence >= 0.5 and not warned:
                    c["silent"] += 1
                    silent.append(f"{folder.name}/{path.name} ({mode}): {guess.encoding} "
                                  f"{guess.confidence:.2f}")
                if mode == "as is":
                    decl = page_declaration(raw)
                    if decl is not None and decl.codec and any(
                        raw.decode(decl.codec, errors="replace") == r for r in right
                    ):
                        c["declared correctly"] += 1
                        c["declared right"] += ok
            for name, (module, fn) in peers.items():
                data = blank(raw)
                with contextlib.suppress(Exception):  # a peer that raises counts as a miss
                    c[name] += fn(module, data) in readings(folder.name, data)
        totals.update({f"{group} {k}": v for k, v in c.items()})
        rows.append([folder.name, c["files"], c["as is right"], c["blanked right"],
                     *[c[name] for name in peers], c["blanked refused"], c["silent"]])
    print(table(["labelled", "files", "aidparse", "aidparse blanked",
                 *[f"{k} {versions[k]} blanked" for k in peers], "refused", "wrong≥.5 silent"], rows))
    print()
    for group in ("chinese", "other"):
        g: collections.Counter[str] = collections.Counter(
            {k.split(" ", 1)[1]: v for k, v in totals.items() if k.startswith(group)})
        peer_text = ", ".join(f"{k} {g[k]}" for k in peers)
        print(f"{'Chinese and UTF' if group == 'chinese' else 'Other'} feeds: {g['files']} files; "
              f"aidparse right {g['as is right']} as is, {g['blanked right']} blanked ({peer_text}); "
              f"wrong at confidence >= 0.5 without a warning: {g['silent']}; "
              f"correct declarations {g['declared correctly']}, decoded right {g['declared right']}")
    print()
    print(table(["confidence", "decodings", "right"],
                [[f"{b}–{float(b) + 0.1:.1f}", v["n"], f"{100 * v['right'] / v['n']:.1f}%"]
                 for b, v in sorted(bins.items())]))
    for line in confident:
        print("wrong at confidence >= 0.5:", line)
    for line in silent:
        print("silent:", line)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
