"""Where the evidence is, and what it says: Chinese behind long heads, and pages that are not Chinese.

Issue 10, "What was measured" 3 and 4, are rows here, and so are chardet's
test feeds (``../shared/peers/encoding/chardet/``) when they are present.
"""

from __future__ import annotations

import contextlib
import functools
import pathlib
import re

import pytest
from conftest import SEED_NAMES, seed_text

import aidparse
from aidparse.decoding.labels import web_codec
from aidparse.decoding.warn import LOW_CONFIDENCE, encoding_warnings

SEEDS = [name[:3] for name in SEED_NAMES]


@functools.cache
def _traditional(prefix: str) -> str:
    import opencc

    return str(opencc.OpenCC("s2t").convert(seed_text(prefix)))


HEAD = (
    '<!DOCTYPE html><html><head><title>page</title>\n'
    '<script type="text/javascript">var _hmt = _hmt || []; (function() { var hm = '
    'document.createElement("script"); hm.src = "https://example.org/hm.js?1234"; })();</script>\n'
    '<link rel="stylesheet" href="/css/main.css"><style>body { font-family: sans-serif; }</style>\n'
)


@pytest.mark.parametrize("head_bytes", [1500, 5000, 20000])
@pytest.mark.parametrize("encoding", ["big5", "gbk"])
@pytest.mark.parametrize("prefix", SEEDS)
def test_chinese_behind_a_long_ascii_head(prefix: str, encoding: str, head_bytes: int) -> None:
    # issue 10: with >1,500 ASCII characters before a Big5 body, GB18030 won (0/5 seeds)
    head = (HEAD * (head_bytes // len(HEAD) + 1))[:head_bytes] + "</head><body>\n"
    body = _traditional(prefix) if encoding == "big5" else seed_text(prefix)
    data = (head + body).encode(encoding, errors="ignore")
    decoded = aidparse.decode(data)
    assert decoded.text == data.decode(encoding)
    assert decoded.encoding.chinese
    assert decoded.encoding.evidence is not None and decoded.encoding.evidence.start >= head_bytes - 64


PAGES = {
    "ja": "東京都は日本の首都であり、世界でも有数の大都市です。多くの企業の本社が集まり、交通網も非常に発達しています。"
          "毎年たくさんの観光客が訪れ、伝統的な寺院や最新の建物を楽しんでいます。",
    "ko": "서울은 대한민국의 수도이며 정치, 경제, 문화의 중심지입니다. 한강이 도시를 가로지르고 있으며 많은 사람들이 "
          "지하철을 이용하여 출퇴근합니다. 매년 많은 관광객이 고궁과 시장을 찾습니다.",
    "ru": "Москва является столицей Российской Федерации и крупнейшим городом страны. В городе расположено "
          "множество музеев, театров и университетов. Каждый год сюда приезжают миллионы туристов.",
    "fr": "La ville de Strasbourg est connue pour sa cathédrale gothique, ses maisons à colombages et son marché "
          "de Noël. Les étudiants étrangers apprécient la qualité de vie et la proximité de l'Allemagne.",
    "de": "Die Deutsche Schule gehört zum Netzwerk der Auslandsschulen. Schülerinnen und Schüler lernen dort "
          "gemeinsam, und die Lehrkräfte fördern individuelle Begabungen über viele Jahre hinweg.",
    "ug": "ئۇيغۇر تىلى تۈركىي تىللار ئائىلىسىگە مەنسۇپ بولۇپ، شىنجاڭدا كەڭ قوللىنىلىدۇ.",
}


@pytest.mark.parametrize(
    ("lang", "codec"),
    [
        ("ja", "shift_jis"), ("ja", "euc_jp"), ("ja", "iso2022_jp"), ("ja", "utf-8"),
        ("ko", "euc_kr"), ("ko", "iso2022_kr"), ("ko", "utf-8"),
        ("ru", "koi8-r"), ("ru", "cp1251"), ("ru", "iso8859-5"), ("ru", "utf-8"),
        ("fr", "cp1252"), ("fr", "utf-8"), ("de", "cp1252"), ("de", "utf-8"),
        ("ug", "utf-8"),
    ],
)
def test_pages_that_are_not_chinese(lang: str, codec: str) -> None:
    # issue 10: Shift_JIS, EUC-JP and EUC-KR pages came back as Chinese at confidence >= 0.9
    text = PAGES[lang]
    decoded = aidparse.decode(text.encode(codec))
    guess = decoded.encoding
    assert not guess.chinese
    assert decoded.text == text or guess.confidence <= LOW_CONFIDENCE, guess
    report = aidparse.parse(text.encode(codec))
    assert aidparse.WarningCode.NOT_CHINESE in [w.code for w in report.warnings]


def test_chinese_page_has_no_language_warning(seed: str) -> None:
    report = aidparse.parse(seed_text(seed).encode("gbk", errors="ignore"))
    codes = [w.code for w in report.warnings]
    assert aidparse.WarningCode.NOT_CHINESE not in codes
    assert aidparse.WarningCode.LOW_CONFIDENCE_ENCODING not in codes


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"<html><body>\xc6\xfc\xcb\xdc\xb8\xec\xa4\xce</body></html>", id="euc-jp-4-characters"),
        pytest.param(b"Blanchard\xd5s Trackpad settings", id="mac-roman-apostrophe"),
        pytest.param("Die Deutsche Schule gehört zum Netzwerk".encode("cp1252"), id="one-umlaut"),
    ],
)
def test_little_evidence_is_low_confidence(data: bytes) -> None:
    decoded = aidparse.decode(data)
    guess = decoded.encoding
    if guess.chinese:
        assert guess.confidence <= LOW_CONFIDENCE, guess


# chardet's test feeds, when ../shared is beside the repository
FEEDS = pathlib.Path(__file__).resolve().parents[1].parent / "shared" / "peers" / "encoding" / "chardet"
CHINESE_AND_UTF = ("GB2312", "Big5", "utf-8", "utf-8-sig", "UTF-16", "UTF-16BE", "UTF-16LE", "UTF-32",
                   "UTF-32BE", "UTF-32LE")
_DECLARATION = re.compile(rb"""(charset\s*=\s*["']?\s*|encoding\s*=\s*["'])[A-Za-z0-9_.:\-]+""", re.IGNORECASE)


def _feeds(chinese: bool) -> list[pytest.param]:  # type: ignore[valid-type]
    if not FEEDS.is_dir():
        return [pytest.param(None, marks=pytest.mark.skip(reason="../shared/peers is absent"))]
    out = []
    for folder in sorted(p for p in FEEDS.iterdir() if p.is_dir()):
        if (folder.name in CHINESE_AND_UTF) == chinese:
            out += [pytest.param(path, id=f"{folder.name}/{path.name}") for path in sorted(folder.iterdir())]
    return out


def _readings(folder: str, data: bytes) -> set[str]:
    """The texts that count as right: the label's Python codec, or the codec the web reads it with."""
    out = set()
    for name in (folder, folder.rsplit("-", 1)[0], {"MacCyrillic": "mac-cyrillic", "IBM866": "cp866",
                                                    "IBM855": "cp855", "MacRoman": "mac-roman"}.get(folder)):
        for codec in (name, web_codec(name) if name else None):
            if codec:
                with contextlib.suppress(LookupError, UnicodeDecodeError):
                    out.add(data.decode(codec))
    return out


def blank_declaration(data: bytes) -> bytes:
    """The bytes with any charset declaration in the first 4 KB replaced by spaces."""
    return _DECLARATION.sub(lambda m: b" " * len(m.group(0)), data[:4096]) + data[4096:]


@pytest.mark.parametrize("path", _feeds(chinese=True))
def test_chardet_chinese_and_utf_feeds_without_declaration(path: pathlib.Path) -> None:
    data = blank_declaration(path.read_bytes())
    decoded = aidparse.decode(data)
    assert decoded.text in _readings(path.parent.name, data), decoded.encoding


@pytest.mark.parametrize("path", _feeds(chinese=False))
def test_chardet_other_feeds_never_wrong_and_confident_without_warning(path: pathlib.Path) -> None:
    data = path.read_bytes()
    for variant in (data, blank_declaration(data)):
        try:
            decoded = aidparse.decode(variant)
        except aidparse.BinaryInputError:
            continue  # a refusal is not a wrong answer (a file of NULs)
        if decoded.text in _readings(path.parent.name, variant):
            continue
        guess = decoded.encoding
        warned = {w.code for w in encoding_warnings(guess)}
        if not guess.chinese:
            warned.add(aidparse.WarningCode.NOT_CHINESE)
        assert guess.confidence < 0.5 or warned, guess
