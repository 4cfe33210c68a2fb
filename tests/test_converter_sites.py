"""Real converter-site damage, site by site (tests/data/converter_sites.tsv).

Each site of seed 001 and of the development half of ../shared/corpus: the repair
writes no wrong character (U+FFFD where unsure is not wrong), and a real question
mark is left alone. The evaluation half is scored by benchmarks/bench_misaligned.py
only. Damaged sites the repair declines are flagged (``unrepaired-damage``).
"""

from __future__ import annotations

import difflib
import functools
import pathlib

import pytest

import aidparse
from aidparse.cleaning.edits import Change, apply_changes
from aidparse.cleaning.misaligned import find_misaligned_gbk, scan_misaligned_gbk
from aidparse.cleaning.pinyin import find_pinyin
from aidparse.models import WarningCode

ROOT = pathlib.Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "converter_sites.tsv"
CORPUS = ROOT.parent / "shared" / "corpus"
ROWS = [line.split("\t") for line in DATA.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")][1:]
#: What the cleaning steps before the repair (html, invisible, mojibake) leave.
BEFORE_REPAIR = aidparse.CleanConfig(misaligned_gbk=False, pinyin=False, width=False, boilerplate=False,
                                     spacing=False, broken_lines=False, blank_lines=False)


@functools.cache
def _page(source: str) -> str:
    kind, name = source.split(":")
    if kind == "seed":
        path = next((ROOT / "seeds").glob(f"{name}_*.txt"))
    else:
        path = CORPUS / name
        if not path.is_file():
            pytest.skip("../shared/corpus is absent")
    return aidparse.clean(path.read_text(encoding="utf-8"), config=BEFORE_REPAIR).text


@functools.cache
def _changes(source: str) -> list[Change]:
    return find_misaligned_gbk(_page(source))


def _repaired(source: str, before: str, damaged: str) -> tuple[str, str, list[Change]]:
    """What the repair makes of a site (with the text its changes reach beyond it), which of
    its characters a repair wrote ("1") and which were there ("0"), and the changes."""
    page = _page(source)
    pos = page.index(before + damaged) + len(before)
    end = pos + len(damaged)
    mine = [c for c in _changes(source) if c.start < end and pos < c.end]
    a, b = min([pos, *(c.start for c in mine)]), max([end, *(c.end for c in mine)])
    local = [Change(c.start - a, c.end - a, c.replacement, reason=c.reason) for c in mine]
    written = [Change(c.start, c.end, "1" * len(c.replacement), reason=c.reason) for c in local]
    text, marks = apply_changes(page[a:b], local), apply_changes("0" * (b - a), written)
    strip = find_pinyin(text)
    return aidparse.to_simplified(apply_changes(text, strip)), apply_changes(marks, strip), mine


def _params(keep: str) -> list[object]:
    return [pytest.param(*row[:6], id=row[2]) for row in ROWS if row[1] == "dev" and keep in ("any", row[5])]


@pytest.mark.parametrize(("source", "half", "site", "before", "damaged", "truth"),
                         [p for p in _params("any") if p.values[5] != "?"])  # type: ignore[attr-defined]
def test_no_wrong_character(source: str, half: str, site: str, before: str, damaged: str, truth: str) -> None:
    seen, marks, _ = _repaired(source, before, damaged)
    matcher = difflib.SequenceMatcher(None, aidparse.to_simplified(truth), seen, autojunk=False)
    matched = {blk.b + d for blk in matcher.get_matching_blocks() for d in range(blk.size)}
    wrong = [ch for j, (ch, mark) in enumerate(zip(seen, marks, strict=True))
             if mark == "1" and ch != "\ufffd" and j not in matched]
    assert not wrong, f"{site}: {damaged} -> {seen} (truth {truth})"


@pytest.mark.parametrize(("source", "half", "site", "before", "damaged", "truth"), _params("?"))
def test_a_real_question_mark_is_left_alone(source: str, half: str, site: str, before: str, damaged: str,
                                            truth: str) -> None:
    assert _repaired(source, before, damaged)[2] == []


@pytest.mark.parametrize(("text", "flagged"), [
    pytest.param("实现群众在家门口就业(yè)?!?\n例如引进", "?!?", id="fold-seam-at-paragraph-end"),
    pytest.param("原因,當(dāng)?shù)匭(guǐ)哪X血管", "?shù)匭", id="seam-no-reading-fits"),
    pytest.param("你的“领导”可能不是你领导?请注意。", "", id="real-question"),
    pytest.param("能不能长久在这里就业、学好技术(shù)?”\n另外", "", id="real-question-after-annotation"),
])
def test_unrepaired_damage_is_flagged(text: str, flagged: str) -> None:
    report = aidparse.parse(text)
    spans = [s for w in report.warnings if w.code is WarningCode.UNREPAIRED_DAMAGE for s in w.spans]
    assert [report.text[s.start : s.end] for s in spans] == ([aidparse.to_simplified(flagged)] if flagged else [])


def test_declined_sites_do_not_overlap_repairs() -> None:
    changes, declined = scan_misaligned_gbk(_page("seed:001"))
    for a, b in declined:
        assert not any(c.start < b and a < c.end for c in changes), (a, b)


@pytest.mark.parametrize(("before", "reading", "lost"), [
    pytest.param("當", "shù", "地", id="S1"),
    pytest.param("因", "yàn", "為", id="S5"),
    pytest.param("紓", "cè", "群", id="S7"),
    pytest.param("要", "jiǎng", "務", id="S13"),
    pytest.param("接", "xùn", "東", id="S14"),
    pytest.param("百", "gòu", "強", id="S15"),
    pytest.param("量", "jī", "優", id="S18"),
    pytest.param("速", "zèng", "沖", id="E4"),
])
def test_a_seams_residue_names_the_lead_byte_of_the_first_lost_character(before: str, reading: str,
                                                                         lost: str) -> None:
    """當 AE 94, 地 B5 D8: the pair read across the seam is 94 B5 (數, read shù); the site's
    ``?shù)`` leaves one or two lead bytes for 地 out of 126."""
    from aidparse.cleaning.misaligned import _straddle_trails

    leads = _straddle_trails(before.encode("gbk")[1], reading)
    assert lost.encode("gbk")[0] in leads
    assert len(leads) <= 2


@pytest.mark.parametrize(
    ("pair", "expected"),
    [
        (b"\xb5\xd8", "地"),
        (b"\xae\x94", "當"),   # GBK's extension rows (GBK/3)
        (b"\x81\x40", "丂"),   # the first pair of the table
        (b"\xa1\xa1", "\u3000"),  # an ideographic space is a character too
        (b"\xa2\xab", None),   # an unassigned pair
        (b"\xfe\xff", None),   # 0xFF is no trail byte
        (b"\xaa\xa1", None),   # the user-defined area does not decode
        (b"\x81\x7f", None),   # 0x7F is no trail byte
    ],
)
def test_gbk_pair(pair: bytes, expected: str | None) -> None:
    from aidparse.cleaning.misaligned import _gbk_pair, _gbk_table

    assert _gbk_pair(pair) == expected
    assert _gbk_table().get(pair) == expected


def test_gbk_table_reads_every_pair_as_decoding_it_alone() -> None:
    """The table decodes all pairs in one call; each must read as it does alone."""
    from aidparse.cleaning.misaligned import _LEADS, _TRAILS, _gbk_pair, _gbk_table

    alone = {bytes([lead, trail]): _gbk_pair(bytes([lead, trail])) for lead in _LEADS for trail in _TRAILS}
    assert _gbk_table() == {pair: ch for pair, ch in alone.items() if ch is not None}
