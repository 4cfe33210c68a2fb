"""Write docs/aidreport.schema.json from the AidReport model (a test checks it is current).

    python scripts/build_schema.py
"""

from __future__ import annotations

import json
import pathlib

import aidparse

TARGET = pathlib.Path(__file__).resolve().parent.parent / "docs" / "aidreport.schema.json"


def schema_text() -> str:
    return json.dumps(aidparse.AidReport.model_json_schema(), ensure_ascii=False, indent=2) + "\n"


if __name__ == "__main__":
    TARGET.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {TARGET}")
