"""The command line."""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys

import pytest
from conftest import SEEDS

from aidparse.corpus.cli import main

SEED = str(SEEDS / "001_682004c81572a2c1.txt")


def test_one_file_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([SEED]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["donor"]["name"] == "东营市"
    assert report["batch"] == 10


def test_several_files_print_json_lines(capsys: pytest.CaptureFixture[str]) -> None:
    files = sorted(str(p) for p in SEEDS.glob("*.txt"))
    assert main(files) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["file"] for line in lines] == files


def test_text_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--format", "text", SEED]) == 0
    out = capsys.readouterr().out
    assert "donor:      东营市" in out
    assert "420余万元" in out


def test_out_path(tmp_path: pathlib.Path) -> None:
    target = tmp_path / "r.jsonl"
    assert main(["--format", "jsonl", "--out", str(target), SEED]) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["batch"] == 10


def test_unreadable_input_exits_non_zero_with_one_line(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    binary = tmp_path / "x.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    assert main([str(tmp_path / "missing.txt"), str(binary)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2
    assert all(line.startswith("aidparse: ") for line in err)


def test_stdin_and_module_entry_point() -> None:
    data = pathlib.Path(SEED).read_bytes()
    done = subprocess.run([sys.executable, "-m", "aidparse", "-"], input=data,
                          capture_output=True, check=True)
    assert json.loads(done.stdout)["donor"]["name"] == "东营市"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.startswith("aidparse 0.")
