"""Inputs that stress decoding: real text in every supported encoding, damaged as downloads damage it.

Used by the property tests (a few hundred inputs) and by
``benchmarks/fuzz_decode.py`` (100,000 and more). Every mutation is a
function of a ``random.Random``, so a failing input is reproduced from its seed.
"""

from __future__ import annotations

import codecs
import random
from collections.abc import Callable

#: Encodings real text is put in (Big5 family after OpenCC s2t).
ENCODINGS = (
    "utf-8", "gb18030", "gbk", "gb2312", "big5", "big5hkscs", "utf-16-le", "utf-16-be",
    "utf-32-le", "utf-32-be", "utf-8-sig", "utf-16", "utf-32",
)
TRADITIONAL = ("big5", "big5hkscs")
#: Labels a page may declare, good and bad.
LABELS = (
    "utf-8", "gbk", "gb2312", "big5", "shift_jis", "euc-kr", "iso-8859-1", "windows-1251",
    "utf-16", "hex", "rot13", "idna", "punycode", "utf-7", "unicode_escape", "x-user-defined",
    "hz-gb-2312", "base64", "zlib", "nonsense",
)


def encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="ignore")


def _piece(rng: random.Random, text: str, most: int = 3000) -> str:
    n = rng.randint(1, min(most, len(text)))
    start = rng.randrange(len(text) - n + 1)
    return text[start : start + n]


def truncate_tail(rng: random.Random, data: bytes) -> bytes:
    """Cut one to eight bytes off the end (a download cut inside its last character)."""
    return data[: max(0, len(data) - rng.randint(1, 8))]


def truncate_anywhere(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randint(0, len(data))]


def stray_byte(rng: random.Random, data: bytes) -> bytes:
    i = rng.randint(0, len(data))
    return data[:i] + bytes([rng.randrange(256)]) + data[i:]


def nuls(rng: random.Random, data: bytes) -> bytes:
    for _ in range(rng.randint(1, 5)):
        i = rng.randint(0, len(data))
        data = data[:i] + b"\x00" * rng.randint(1, 3) + data[i:]
    return data


def flip(rng: random.Random, data: bytes) -> bytes:
    if not data:
        return data
    i = rng.randrange(len(data))
    return data[:i] + bytes([data[i] ^ (1 << rng.randrange(8))]) + data[i + 1 :]


def drop_byte(rng: random.Random, data: bytes) -> bytes:
    if not data:
        return data
    i = rng.randrange(len(data))
    return data[:i] + data[i + 1 :]


def ascii_head(rng: random.Random, data: bytes) -> bytes:
    head = b"<script>var x = 1;</script>\n" * rng.randint(1, 700)
    return head[: rng.randint(1, len(head))] + data


def declaration(rng: random.Random, data: bytes) -> bytes:
    label = rng.choice(LABELS).encode()
    form = rng.choice([b'<meta charset="%s">', b'<?xml version="1.0" encoding="%s"?>',
                       b'<meta http-equiv="Content-Type" content="text/html; charset=%s">'])
    return form % label + data


Mutation = Callable[[random.Random, bytes], bytes]
MUTATIONS: tuple[Mutation, ...] = (
    truncate_tail, truncate_anywhere, stray_byte, nuls, flip, drop_byte, ascii_head, declaration,
)


def spliced(rng: random.Random, text: str, traditional: str) -> bytes:
    """Two pieces in two encodings, joined at a random point."""
    a, b = rng.sample(ENCODINGS, 2)
    first = encode(_piece(rng, traditional if a in TRADITIONAL else text), a)
    second = encode(_piece(rng, traditional if b in TRADITIONAL else text, 400), b)
    if rng.random() < 0.5:
        first = first[: rng.randint(0, len(first))]
    return first + rng.choice([b"", b"\n", b" "]) + second


def mutated(rng: random.Random, text: str, traditional: str) -> tuple[str, bytes]:
    """A piece of ``text`` in a random encoding with zero to three mutations; returns (what, bytes)."""
    if rng.random() < 0.15:
        return "splice", spliced(rng, text, traditional)
    encoding = rng.choice(ENCODINGS)
    data = encode(_piece(rng, traditional if encoding in TRADITIONAL else text), encoding)
    names = [encoding]
    for _ in range(rng.randint(0, 3)):
        m = rng.choice(MUTATIONS)
        data = m(rng, data)
        names.append(m.__name__)
    return "+".join(names), data


def random_bytes(rng: random.Random) -> tuple[str, bytes]:
    """Random bytes of three kinds: any byte, high bytes only, ASCII with a few high bytes."""
    n = rng.randint(0, 2000)
    kind = rng.randrange(3)
    if kind == 0:
        return "random", rng.randbytes(n)
    if kind == 1:
        return "random-high", bytes(rng.randrange(0x80, 0x100) for _ in range(n))
    data = bytearray(rng.randrange(0x20, 0x7F) for _ in range(n))
    for _ in range(rng.randint(1, 10)):
        if data:
            data[rng.randrange(len(data))] = rng.randrange(0x80, 0x100)
    return "random-ascii", bytes(data)


def check_codecs() -> None:
    for name in ENCODINGS:
        codecs.lookup(name)
