"""Declared charsets: checked against the bytes, and against the web's list of text encodings.

The declared-charset reproducers of issue 9 are rows here.
"""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import seed_text

import aidparse
from aidparse.decoding.labels import web_codec
from aidparse.decoding.warn import encoding_warnings


def test_declared_utf8_but_gbk_is_overruled() -> None:
    page = '<html><head><meta charset="utf-8"></head><body>' + seed_text("002")[:400]
    guess = aidparse.detect_encoding(page.encode("gbk"))
    assert guess.declared == "utf-8"
    assert guess.declared_consistent is False
    assert guess.encoding == "gb2312"
    assert aidparse.decode(page.encode("gbk")).text == page


@pytest.mark.parametrize(
    "declaration",
    [
        '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">',
        '<meta charset="GBK">',
        "<meta charset=gb18030>",
        '<?xml version="1.0" encoding="GB2312"?>',
    ],
)
def test_declared_charset_agreeing_is_used(declaration: str) -> None:
    page = declaration + "援疆"
    guess = aidparse.detect_encoding(page.encode("gbk"))
    assert guess.declared_codec == "gb18030"
    assert guess.declared_consistent is True


def test_caller_encoding_is_checked_not_trusted() -> None:
    data = seed_text("000")[:300].encode("gbk")
    decoded = aidparse.decode(data, encoding="big5")
    assert decoded.text == seed_text("000")[:300]
    assert decoded.encoding.declared_consistent is False


@pytest.mark.parametrize(
    ("label", "codec"),
    [
        ("GB2312", "gb18030"),  # the web decodes gb2312 with the GBK decoder, which is gb18030's
        ("x-gbk", "gb18030"),
        ("big5", "big5hkscs"),
        ("Shift_JIS", "cp932"),
        ("euc-kr", "cp949"),
        ("iso-8859-1", "cp1252"),
        ("latin1", "cp1252"),
        ("utf8", "utf-8"),
        ("UTF-16", "utf-16-le"),
        ("koi8-r", "koi8-r"),
        ("windows-1251", "cp1251"),
        # Python's own spellings of web encodings, as callers write them
        ("utf_8", "utf-8"),
        ("latin-1", "cp1252"),
        ("cp936", "gb18030"),
        ("euc_kr", "cp949"),
        ("utf-32", "utf-32-le"),
        ("utf-8-sig", "utf-8"),
    ],
)
def test_web_labels(label: str, codec: str) -> None:
    assert web_codec(label) == codec


# Issue 9: any Python codec name was accepted from a page or a caller.
UNKNOWN = ["hex", "rot13", "rot_13", "idna", "punycode", "utf-7", "unicode_escape", "raw_unicode_escape",
           "base64", "zlib", "bz2", "uu", "quopri", "hz-gb-2312", "iso-2022-kr", "replacement",
           "x-no-such-charset", "", "utf-8\x00"]


@pytest.mark.parametrize("label", UNKNOWN)
def test_unknown_labels_name_no_codec(label: str) -> None:
    assert web_codec(label) is None


@pytest.mark.parametrize("label", ["hex", "rot13", "idna", "punycode", "utf-7", "unicode_escape", "base64"])
@pytest.mark.parametrize("form", ["<meta charset={}>", '<?xml version="1.0" encoding="{}"?>',
                                  '<meta http-equiv="content-type" content="text/html; charset={}">'])
def test_page_declaring_an_unknown_charset_is_reported(label: str, form: str) -> None:
    data = (form.format(label) + "\n援疆资金四百万元").encode("utf-8")
    report = aidparse.parse(data)
    assert report.encoding is not None
    assert (report.encoding.declared, report.encoding.declared_codec) == (label, None)
    assert aidparse.WarningCode.UNKNOWN_DECLARED_CHARSET in [w.code for w in report.warnings]
    assert "援疆资金四百万元" in report.original_text


@pytest.mark.parametrize(
    "data",
    [b"<meta charset=hex>", b"<meta charset=rot13>", b"<meta charset=idna>", b"<meta charset=punycode>",
     b"<meta charset=utf-7>+ZeVnLA-", b"<meta charset=unicode_escape>\\u5e74"],
)
def test_issue9_declared_charset_reproducers(data: bytes) -> None:
    # issue 9: LookupError / UnicodeError, or utf-7 and unicode_escape honoured
    report = aidparse.parse(data)
    assert report.encoding is not None and report.encoding.declared_codec is None
    assert report.original_text == data.decode("ascii")
    assert aidparse.WarningCode.UNKNOWN_DECLARED_CHARSET in [w.code for w in report.warnings]


@pytest.mark.parametrize("label", ["hex", "rot13", "idna", "punycode", "utf-7", "unicode_escape", "no-such"])
def test_caller_naming_an_unknown_charset_gets_a_typed_error(label: str) -> None:
    with pytest.raises(aidparse.UnknownEncodingError, match="not a web text encoding"):
        aidparse.decode(b"abc", encoding=label)
    with pytest.raises(aidparse.UnknownEncodingError):
        aidparse.parse(b"abc", encoding=label)


def test_cli_unknown_encoding_is_one_line(tmp_path: object) -> None:
    import pathlib

    page = pathlib.Path(str(tmp_path)) / "page.txt"
    page.write_bytes("援疆资金".encode())
    out = subprocess.run([sys.executable, "-m", "aidparse", "--encoding", "rot13", str(page)],
                         capture_output=True, text=True, check=False)
    assert out.returncode == 64  # a usage error (see aidparse --help: exit status)
    assert out.stderr.strip().count("\n") == 0
    assert "not a web text encoding" in out.stderr and "Traceback" not in out.stderr


@pytest.mark.parametrize(
    ("text", "codec", "label"),
    [
        ("서울은 대한민국의 수도이며 정치, 경제, 문화의 중심지입니다. 한강이 도시를 가로지르고 있습니다.", "euc-kr", "euc-kr"),
        ("東京都は日本の首都であり、世界でも有数の大都市です。多くの企業の本社が集まっています。", "shift_jis", "shift_jis"),
        ("東京都は日本の首都であり、世界でも有数の大都市です。多くの企業の本社が集まっています。", "euc-jp", "euc-jp"),
        ("Москва является столицей Российской Федерации и крупнейшим городом страны.", "koi8-r", "koi8-r"),
        ("Die Deutsche Schule gehört zum Netzwerk der Auslandsschulen und fördert Schüler.", "cp1252", "windows-1252"),
    ],
)
def test_correct_non_chinese_declaration_is_honoured(text: str, codec: str, label: str) -> None:
    # issue 10: a correct <meta charset=euc-kr> was overridden by a Chinese codec
    data = f'<meta charset="{label}">\n'.encode() + text.encode(codec)
    decoded = aidparse.decode(data)
    assert decoded.text.endswith(text)
    assert decoded.encoding.detector is aidparse.Detector.DECLARED
    assert decoded.encoding.declared_consistent is True
    assert not decoded.encoding.chinese


def test_declared_latin1_on_a_gbk_page_is_overruled() -> None:
    page = '<meta charset="iso-8859-1">\n' + seed_text("004")[:500]
    decoded = aidparse.decode(page.encode("gbk"))
    assert decoded.text == page
    assert decoded.encoding.declared_consistent is False
    codes = [w.code for w in encoding_warnings(decoded.encoding)]
    assert aidparse.WarningCode.DECLARED_CHARSET_MISMATCH in codes


def test_label_table_names_its_source() -> None:
    from importlib import resources

    text = resources.files("aidparse.data").joinpath("encodings.tsv").read_text(encoding="utf-8")
    header = [ln for ln in text.splitlines() if ln.startswith("#")]
    assert any("webencodings 0.6.1" in ln and "WHATWG" in ln for ln in header)
    rows = [ln.split("\t") for ln in text.splitlines() if ln and not ln.startswith("#")][1:]
    labels = [r[0] for r in rows]
    assert len(labels) == len(set(labels)) > 200
    assert all(label == label.strip().lower() for label in labels)
