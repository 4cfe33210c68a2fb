"""The command line, run as a user runs it: in a subprocess, on files, folders and stdin."""

from __future__ import annotations

import csv
import fcntl
import io
import json
import os
import pathlib
import pty
import signal
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Callable

import pytest
from conftest import SEEDS, sigint_default

from aidparse.corpus.cli import EXIT_INTERRUPTED, EXIT_USAGE, build_parser, main
from aidparse.corpus.sources import matches

SEED = str(SEEDS / "001_682004c81572a2c1.txt")
SEED_FILES = sorted(str(p) for p in SEEDS.glob("*.txt"))
ROOT = pathlib.Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)


def aidparse(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None,
             cwd: pathlib.Path | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "aidparse", *args], input=stdin, capture_output=True,
                          env={**os.environ, **(env or {})}, cwd=cwd, timeout=120)


class Run:
    def __init__(self, returncode: int, stdout: bytes, stderr: bytes) -> None:
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


@pytest.fixture
def cli(capsysbinary: pytest.CaptureFixture[bytes]) -> Callable[..., Run]:
    """``main`` in this process (fast: tables stay loaded), with stdout and stderr as bytes."""

    def run(*args: str) -> Run:
        code = main(list(args))
        out, err = capsysbinary.readouterr()
        return Run(code, out, err)

    return run


def lines(out: bytes) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.decode("utf-8").splitlines()]


@pytest.fixture
def mixed(tmp_path: pathlib.Path) -> list[str]:
    """A folder of seeds with a binary file in it, a file no encoding reads, and a missing path."""
    folder = tmp_path / "crawl"
    (folder / "sub").mkdir(parents=True)
    for i, name in enumerate(SEED_FILES):
        target = folder / ("sub" if i % 2 else "") / pathlib.Path(name).name
        target.write_bytes(pathlib.Path(name).read_bytes())
    (folder / "logo.png").write_bytes(PNG)
    (folder / ".hidden.txt").write_text("援疆", encoding="utf-8")
    undecodable = tmp_path / "undecodable.txt"
    undecodable.write_bytes(bytes(range(256)) * 8)
    return [str(folder), str(undecodable), str(tmp_path / "missing.txt")]


def test_one_file_prints_one_json_report() -> None:
    done = aidparse(SEED)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["donor"]["name"] == "东营市" and report["batch"] == 10
    assert "file" not in report  # a lone report reads back as an AidReport


def test_corpus_run_writes_one_record_per_input_and_counts_failures(
    mixed: list[str], tmp_path: pathlib.Path
) -> None:
    out = tmp_path / "all.jsonl"
    done = aidparse(*mixed, "--jobs", "2", "--out", str(out))
    records = lines(out.read_bytes())
    assert len(records) == len(SEED_FILES) + 3  # 5 seeds, the png, the undecodable file, the missing path
    errors = {pathlib.Path(str(r["file"])).name: r["error"] for r in records if "error" in r}
    assert errors == {"logo.png": "BinaryInputError", "undecodable.txt": "BinaryInputError",
                      "missing.txt": "FileNotFoundError"}
    assert done.returncode == 3
    err = done.stderr.decode()
    assert "3 of 8 inputs failed" in err and "missing.txt" in err and "Traceback" not in err
    assert sorted(pathlib.Path(str(r["file"])).name for r in records if "error" not in r) == sorted(
        pathlib.Path(f).name for f in SEED_FILES)


def test_jobs_1_and_2_write_the_same_records(mixed: list[str], cli: Callable[..., Run]) -> None:
    one, two = (cli(*mixed, "--jobs", j, "--compact").stdout for j in ("1", "2"))
    assert one == two


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is not here")
def test_development_corpus_as_issue_16_runs_it(mixed: list[str], tmp_path: pathlib.Path) -> None:
    out = tmp_path / "all.jsonl"
    done = aidparse(str(CORPUS), *mixed[1:], str(tmp_path / "png.png"), "--jobs", "2",
                    "--format", "jsonl", "--out", str(out))
    files = [p for p in CORPUS.iterdir() if matches(p.name, [])]  # not its INDEX.tsv, README.md
    assert len(lines(out.read_bytes())) == len(files) + 3
    assert done.returncode == 3
    assert b"left out 2 files that are not pages (1 .md, 1 .tsv)" in done.stderr


def test_a_folder_leaves_out_data_and_notes_unless_glob_asks(tmp_path: pathlib.Path) -> None:
    folder = tmp_path / "crawl"
    folder.mkdir()
    (folder / "001.txt").write_bytes(pathlib.Path(SEED).read_bytes())
    (folder / "INDEX.tsv").write_text("file\tdonor\n001.txt\t益阳市援疆\n", encoding="utf-8")
    (folder / "README.md").write_text("# 援疆 pages\n", encoding="utf-8")
    default = aidparse(str(folder), "--format", "jsonl")
    assert [pathlib.Path(r["file"]).name for r in lines(default.stdout)] == ["001.txt"]
    assert b"left out 2 files that are not pages (1 .md, 1 .tsv); --glob '*'" in default.stderr
    every = aidparse(str(folder), "--format", "jsonl", "--glob", "*")
    assert sorted(pathlib.Path(r["file"]).name for r in lines(every.stdout)) == ["001.txt", "INDEX.tsv", "README.md"]
    assert b"left out" not in every.stderr


def test_csv_streams_one_row_per_quantity_and_an_error_row(mixed: list[str], cli: Callable[..., Run]) -> None:
    done = cli(*mixed, "--format", "csv", "--jobs", "1", "--bom")
    text = done.stdout.decode("utf-8")
    assert text.startswith("\ufefffile,title,")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    failed = [r for r in rows if r["error"]]
    assert {pathlib.Path(r["file"]).name for r in failed} == {"logo.png", "undecodable.txt", "missing.txt"}
    seed_rows = [r for r in rows if r["file"].endswith("001_682004c81572a2c1.txt")]
    assert [r["value"] for r in seed_rows if r["quantity_text"] == "420余万元"] == ["4200000"]
    assert done.returncode == 3


def test_csv_rows_arrive_before_the_run_ends() -> None:
    """Streamed: the first rows are out while later inputs are still being parsed."""
    proc = subprocess.Popen([sys.executable, "-m", "aidparse", *SEED_FILES * 40, "--format", "csv",
                             "--jobs", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    header, first = proc.stdout.readline(), proc.stdout.readline()
    running = proc.poll() is None
    rest, _ = proc.communicate(timeout=120)
    assert header.startswith(b"file,title") and b"000_b29eb96cfee71fff.txt" in first
    assert running and proc.returncode == 0
    assert len(rest.splitlines()) > 100


def test_json_with_several_inputs_is_one_array(tmp_path: pathlib.Path, cli: Callable[..., Run]) -> None:
    png = tmp_path / "x.png"
    png.write_bytes(PNG)
    done = cli(*SEED_FILES[:2], str(png), "--format", "json", "--compact")
    array = json.loads(done.stdout)
    assert [pathlib.Path(r["file"]).name for r in array] == [
        pathlib.Path(SEED_FILES[0]).name, pathlib.Path(SEED_FILES[1]).name, "x.png"]
    assert array[2]["error"] == "BinaryInputError" and done.returncode == 1


def test_output_dir_one_json_per_input_that_reads_back(
    mixed: list[str], tmp_path: pathlib.Path, cli: Callable[..., Run]
) -> None:
    from aidparse import AidReport

    out = tmp_path / "reports"
    done = cli(mixed[0], "--output-dir", str(out), "--jobs", "2")
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*.json"))
    assert written == sorted(
        ("sub/" if i % 2 else "") + pathlib.Path(f).name + ".json" for i, f in enumerate(SEED_FILES))
    report = AidReport.model_validate_json(
        (out / "sub" / "001_682004c81572a2c1.txt.json").read_text(encoding="utf-8"))
    assert report.donor is not None and report.donor.name == "东营市"
    assert done.returncode == 1  # the png


def test_output_dir_refuses_to_overwrite_within_a_run(tmp_path: pathlib.Path, cli: Callable[..., Run]) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    for d in (a, b):
        d.mkdir()
        (d / "page.txt").write_text("援疆资金200万元", encoding="utf-8")
    done = cli(str(a / "page.txt"), str(b / "page.txt"), "--output-dir", str(tmp_path / "out"))
    assert done.returncode == 1
    assert b"FileExistsError" in done.stderr and (tmp_path / "out" / "page.txt.json").exists()


@pytest.mark.parametrize(("option", "absent", "present"), [
    pytest.param(["--compact"], {"original_text", "edits"}, {"text", "quantities", "provenance"}, id="compact"),
    pytest.param(["--fields", "title,donor"], {"text", "edits", "quantities"}, {"title", "donor"}, id="fields"),
])
def test_compact_and_fields(option: list[str], absent: set[str], present: set[str], cli: Callable[..., Run]) -> None:
    (record,) = lines(cli(SEED, "--format", "jsonl", *option).stdout)
    assert not absent & set(record) and present <= set(record)


def test_text_is_the_cleaned_article_and_summary_the_old_view(cli: Callable[..., Run]) -> None:
    from conftest import seed_report

    text = cli(SEED, "--format", "text").stdout.decode("utf-8")
    assert text == seed_report("001").text + "\n"
    summary = cli(SEED, "--format", "summary").stdout.decode("utf-8")
    assert "donor:      东营市" in summary and "420余万元" in summary


def test_text_of_several_inputs_has_headers(cli: Callable[..., Run]) -> None:
    text = cli(*SEED_FILES[:2], "--format", "text").stdout.decode("utf-8")
    assert text.startswith(f"==> {SEED_FILES[0]} <==\n") and f"\n==> {SEED_FILES[1]} <==\n" in text


def test_out_refuses_an_output_that_is_an_input(tmp_path: pathlib.Path) -> None:
    page = tmp_path / "a.txt"
    page.write_bytes(pathlib.Path(SEED).read_bytes())
    done = aidparse(str(page), "--out", str(page))
    assert done.returncode == EXIT_USAGE
    assert page.read_bytes() == pathlib.Path(SEED).read_bytes()
    assert done.stderr.decode().count("\n") == 1 and "is one of the inputs" in done.stderr.decode()


def test_out_refuses_a_file_inside_an_input_folder(mixed: list[str], cli: Callable[..., Run]) -> None:
    done = cli(mixed[0], "--out", os.path.join(mixed[0], "all.txt"))  # a name the run would read
    assert done.returncode == EXIT_USAGE and b"inside the input directory" in done.stderr


def test_a_terminated_run_leaves_the_old_output_in_place(tmp_path: pathlib.Path) -> None:
    out = tmp_path / "all.jsonl"
    out.write_text("good\n", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "aidparse", *SEED_FILES * 400, "--jobs", "1",
                             "--out", str(out)], stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60  # terminate while the run writes (not after a fast machine ended it)
    while not any(p.name.endswith(".part") and p.stat().st_size for p in tmp_path.iterdir()):
        assert time.monotonic() < deadline and proc.poll() is None
        time.sleep(0.05)
    try:
        proc.terminate()
        _, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 128 + signal.SIGTERM, err
    assert out.read_text(encoding="utf-8") == "good\n"
    assert [p.name for p in tmp_path.iterdir()] == ["all.jsonl"]  # no temporary file left
    assert b"Traceback" not in err


def test_a_terminating_signal_whose_exit_was_swallowed_still_ends_the_run(tmp_path: pathlib.Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """The SIGTERM handler's ``SystemExit`` can be raised inside a ``__del__`` method (the regex
    module runs some while it compiles), where Python ignores it: the run still stops after the
    record it was writing, and leaves the old output in place (seen 1 time in 30 on a busy machine)."""
    from aidparse.corpus import cli

    out = tmp_path / "all.jsonl"
    out.write_text("good\n", encoding="utf-8")
    original = cli._Interrupts.write

    def write(self: cli._Interrupts, writer: object, record: object) -> None:
        cli._TERMINATED.append(signal.SIGTERM)  # the handler ran; its exception went nowhere
        original(self, writer, record)

    monkeypatch.setattr(cli._Interrupts, "write", write)
    try:
        with pytest.raises(SystemExit) as stopped:
            main([*SEED_FILES, "--jobs", "1", "--out", str(out)])
    finally:
        cli._TERMINATED.clear()
    assert stopped.value.code == 128 + signal.SIGTERM
    assert out.read_text(encoding="utf-8") == "good\n"
    assert [p.name for p in tmp_path.iterdir()] == ["all.jsonl"]


def test_a_terminating_signal_inside_a_finaliser_is_noted_not_raised() -> None:
    """Raised in a ``__del__`` method, the exit would be printed as an ignored exception with its
    traceback (seen on a busy machine): there it is only noted, and the run's next check raises it."""
    from aidparse.corpus import cli

    raised: list[bool] = []

    class Finalised:
        def __del__(self) -> None:
            try:
                cli._terminated(signal.SIGTERM, sys._getframe())
                raised.append(False)
            except SystemExit:
                raised.append(True)

    try:
        Finalised()  # collected at once: its __del__ runs here
        assert raised == [False] and cli._TERMINATED == [signal.SIGTERM]
        with pytest.raises(SystemExit) as stopped:
            cli._check_terminated()
        assert stopped.value.code == 128 + signal.SIGTERM
        with pytest.raises(SystemExit):  # anywhere else, the handler raises at once
            cli._terminated(signal.SIGTERM, sys._getframe())
    finally:
        cli._TERMINATED.clear()


def test_ctrl_c_exits_130_keeping_every_complete_record(tmp_path: pathlib.Path) -> None:
    out = tmp_path / "all.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "aidparse", *SEED_FILES * 40, "--jobs", "2",
                             "--out", str(out)], stderr=subprocess.PIPE, preexec_fn=sigint_default)
    deadline = time.monotonic() + 60
    while not any(p.name.endswith(".part") and p.stat().st_size for p in tmp_path.iterdir()):
        assert time.monotonic() < deadline
        time.sleep(0.05)
    try:
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == EXIT_INTERRUPTED
    assert b"Traceback" not in err and b"KeyboardInterrupt" not in err
    records = lines(out.read_bytes())  # every line is a complete record
    assert 0 < len(records) < 200


def test_stdin_is_read_up_to_the_limit_and_fails_cleanly() -> None:
    yes = subprocess.Popen(["yes"], stdout=subprocess.PIPE)
    try:
        done = subprocess.run([sys.executable, "-m", "aidparse", "-"], stdin=yes.stdout,
                              capture_output=True, timeout=120)
    finally:
        yes.kill()
        yes.wait()
    assert done.returncode == 1
    err = done.stderr.decode()
    assert err.startswith("aidparse: <stdin>: InputTooLargeError: input of 67108865 bytes")
    assert err.count("\n") == 1


def test_stdin() -> None:
    done = aidparse("-", stdin=pathlib.Path(SEED).read_bytes())
    assert json.loads(done.stdout)["donor"]["name"] == "东营市"


def test_output_is_utf8_whatever_the_terminal_encoding() -> None:
    ascii_run = aidparse(SEED, "--format", "summary", env={"PYTHONIOENCODING": "ascii"})
    utf8_run = aidparse(SEED, "--format", "summary", env={"PYTHONIOENCODING": "utf-8"})
    assert ascii_run.returncode == 0, ascii_run.stderr
    assert ascii_run.stdout == utf8_run.stdout and "东营市".encode() in ascii_run.stdout


def test_a_bad_encoding_is_one_line_not_a_traceback() -> None:
    done = aidparse(SEED, "--encoding", "rot13")
    assert done.returncode == EXIT_USAGE
    assert done.stderr.decode().startswith("aidparse: error: --encoding rot13:")
    assert done.stderr.count(b"\n") == 1


@pytest.mark.parametrize(("tty", "extra", "shown"), [
    pytest.param(True, [], True, id="terminal"),
    pytest.param(True, ["--quiet"], False, id="terminal-quiet"),
    pytest.param(False, [], False, id="redirected"),
])
def test_progress_bar_only_on_a_terminal(tty: bool, extra: list[str], shown: bool) -> None:
    if tty:
        leader, follower = pty.openpty()
        fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
        proc = subprocess.Popen([sys.executable, "-m", "aidparse", *SEED_FILES, "--jobs", "1", *extra],
                                stdout=subprocess.DEVNULL, stderr=follower)
        os.close(follower)
        chunks = []
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
        proc.wait(timeout=60)
        os.close(leader)
        err = b"".join(chunks)
    else:
        err = aidparse(*SEED_FILES, "--jobs", "1").stderr
    assert (b"5/5" in err) is shown


def test_a_folder_without_matching_files_is_a_failure(mixed: list[str], cli: Callable[..., Run]) -> None:
    done = cli(mixed[0], "--glob", "*.nothing")
    (record,) = lines(done.stdout)
    assert record["error"] == "FileNotFoundError" and done.returncode == 1


def test_glob_selects_files(mixed: list[str], cli: Callable[..., Run]) -> None:
    names = [pathlib.Path(str(r["file"])).name for r in lines(cli(mixed[0], "--glob", "*.png").stdout)]
    assert names == ["logo.png"]


def test_help_shows_corpus_commands() -> None:
    out = aidparse("--help").stdout.decode()
    for needle in ("--jobs", "--output-dir", "--glob", "--compact", "examples:", "exit status:",
                   "FIFO", "aidparse corpus/"):
        assert needle in out, needle


def test_cli_reference_in_the_docs_is_the_parser() -> None:
    """The docs hook renders this parser; the page has the placeholder it replaces."""
    sys.path.insert(0, str(ROOT / "docs" / "hooks"))
    try:
        import cli_reference
    finally:
        sys.path.pop(0)
    page = (ROOT / "docs" / "corpora.md").read_text(encoding="utf-8")
    assert cli_reference.PLACEHOLDER in page
    rendered = cli_reference.on_page_markdown(page)
    assert build_parser(width=cli_reference.WIDTH).format_help() in rendered


def test_version() -> None:
    assert aidparse("--version").stdout.startswith(b"aidparse 0.")


def test_ctrl_c_while_stdin_has_no_writer() -> None:
    """`aidparse -` on a pipe nobody writes to blocks (as --help says) until Ctrl-C, which exits 130."""
    proc = subprocess.Popen([sys.executable, "-m", "aidparse", "-"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=sigint_default)
    time.sleep(3.0)  # past start-up, blocked in the read
    assert proc.poll() is None
    try:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == EXIT_INTERRUPTED and out == b"" and b"Traceback" not in err
