"""Regenerate ``src/aidparse/data/encodings.tsv``: the charsets a declaration may name.

Usage::

    pip install webencodings==0.6.1
    python scripts/build_encodings.py

Source: the label table of the WHATWG Encoding Standard as shipped by the PyPI
package ``webencodings`` 0.6.1 (BSD licence; ``webencodings.labels.LABELS``,
generated upstream from https://encoding.spec.whatwg.org/encodings.json), with
the Python codec of each encoding from ``webencodings.PYTHON_NAMES``. Three
kinds of rows are adjusted, each for a reason written below:

* decoders the standard defines as a wider one (the GBK decoder *is* the
  gb18030 decoder);
* labels the standard maps to its ``replacement`` or ``x-user-defined``
  encodings, which decode no text: they get no codec, so a page declaring
  them is treated like one declaring an unknown charset;
* a few Unicode labels aidparse accepts beyond the web list (UTF-32, and the
  ``utf-8-sig`` spelling Python users pass), marked ``aidparse`` in the
  source column.

Columns: ``label`` (ASCII lower case, as matched), ``encoding`` (the WHATWG
name), ``codec`` (the Python codec that decodes it; empty when none does),
``source``.
"""

from __future__ import annotations

import codecs
import pathlib

import webencodings
from webencodings.labels import LABELS

OUT = pathlib.Path(__file__).resolve().parent.parent / "src" / "aidparse" / "data" / "encodings.tsv"

#: The Encoding Standard, section "gbk": "The gbk decoder is the gb18030 decoder."
WIDER_DECODER = {"gbk": "gb18030"}

#: Encodings of the standard that decode no text.
NO_TEXT = {"replacement", "x-user-defined"}

#: Labels aidparse accepts beyond the web list: the Unicode encoding forms its
#: detector supports (UTF-32 has no web label; Python spells a BOM-tolerant UTF-8 "utf-8-sig").
EXTRA = {
    "utf-32": ("utf-32le", "utf-32-le"),
    "utf-32le": ("utf-32le", "utf-32-le"),
    "utf-32be": ("utf-32be", "utf-32-be"),
    "utf-8-sig": ("utf-8", "utf-8"),
}


def python_codec(name: str) -> str:
    """The canonical Python codec name that decodes the WHATWG encoding ``name``."""
    if name in NO_TEXT:
        return ""
    alias = WIDER_DECODER.get(name) or webencodings.PYTHON_NAMES.get(name, name)
    return codecs.lookup(alias).name


def main() -> None:
    rows = [(label, name, python_codec(name), "whatwg") for label, name in LABELS.items()]
    rows += [(label, name, codecs.lookup(codec).name, "aidparse") for label, (name, codec) in EXTRA.items()]
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write(f"# WHATWG Encoding Standard labels, from the PyPI package webencodings "
                 f"{webencodings.VERSION} (BSD),\n")
        fh.write("# with Python codec names from webencodings.PYTHON_NAMES; the gbk decoder is gb18030's;\n")
        fh.write("# replacement and x-user-defined decode no text (empty codec); rows marked aidparse are\n")
        fh.write("# Unicode labels accepted beyond the web list. Built by scripts/build_encodings.py.\n")
        fh.write("label\tencoding\tcodec\tsource\n")
        for row in sorted(rows):
            fh.write("\t".join(row) + "\n")
    print(f"wrote {len(rows)} labels to {OUT}")


if __name__ == "__main__":
    main()
