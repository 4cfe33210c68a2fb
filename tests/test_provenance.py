"""The edit log: it replays, it maps spans by its rules, and it survives serialisation.

Every check here compares against the characters of the input, never against
another value computed from the same offsets, so a wrong mapping fails.
"""

from __future__ import annotations

import json
import pathlib
import pickle

import pytest
from conftest import SEED_NAMES, seed_bytes
from hypothesis import given, settings
from hypothesis import strategies as st

import aidparse
from aidparse.cleaning.edits import Change, LogBuilder
from aidparse.models import Edit, EditLog, EditReason, Span

R = EditReason
CORPUS = pathlib.Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
CORPUS_FILES = sorted(p.name for p in CORPUS.glob("*.txt")) if CORPUS.is_dir() else []

# input "AB(xx)CDEFG": the annotation goes, CDE is repaired to ZY, FG converted to fg
LOG = EditLog.from_edits([
    Edit(start=2, end=6, reason=R.PINYIN),
    Edit(start=6, end=9, replacement="ZY", reason=R.MISALIGNED_GBK, confidence=0.9),
    Edit(start=9, end=11, replacement="fg", reason=R.SCRIPT_CONVERSION),
])
INPUT = "AB(xx)CDEFG"

# (output span, input span it maps to, the rule)
MAPPINGS = [
    ((0, 2), (0, 2), "untouched text maps to itself; the end stops before the removal"),
    ((1, 2), (1, 2), "a span ending at a removal ends before it"),
    ((2, 3), (6, 9), "a character inside a repair maps to the whole repaired region"),
    ((3, 4), (6, 9), "so does the last character of a repair"),
    ((2, 4), (6, 9), "a span starting at a removal starts after it"),
    ((4, 5), (9, 10), "inside a conversion characters map one to one"),
    ((5, 6), (10, 11), "the last converted character"),
    ((0, 6), (0, 11), "the whole output maps to the whole input"),
    ((2, 2), (6, 6), "an empty span at a removal maps after it"),
    ((3, 3), (6, 9), "an empty span inside a repair maps to the whole region"),
    ((5, 5), (10, 10), "an empty span inside a conversion maps one to one"),
    ((6, 6), (11, 11), "the empty span at the end"),
]


def test_fixture_replays() -> None:
    assert LOG.apply(INPUT) == "ABZYfg"


@pytest.mark.parametrize(("out", "expected", "rule"), MAPPINGS, ids=[m[2] for m in MAPPINGS])
def test_mapping_rules(out: tuple[int, int], expected: tuple[int, int], rule: str) -> None:
    assert LOG.to_input(Span(start=out[0], end=out[1]), 6) == Span(start=expected[0], end=expected[1])


def test_span_outside_the_output_is_refused() -> None:
    with pytest.raises(ValueError, match="outside"):
        LOG.to_input(Span(start=0, end=7), 6)


def test_apply_within_refuses_a_cut_repair() -> None:
    with pytest.raises(ValueError, match="crosses"):
        LOG.apply_within(INPUT, Span(start=7, end=11))
    assert LOG.apply_within(INPUT, Span(start=6, end=10)) == "ZYf"  # a conversion is cut one to one


def test_log_refuses_overlaps() -> None:
    with pytest.raises(ValueError, match="overlaps"):
        EditLog.from_edits([Edit(start=0, end=3, reason=R.PINYIN), Edit(start=2, end=4, reason=R.PINYIN)])


def test_views() -> None:
    assert [e.kind for e in LOG] == ["removal", "repair", "conversion"]
    assert LOG[1].confidence == 0.9 and LOG[-1].replacement == "fg" and len(LOG[0:2]) == 2
    report = aidparse.AidReport.model_construct(original_text=INPUT, text="ABZYfg", edits=LOG)
    assert [(r.text, r.reason) for r in report.removed] == [("(xx)", R.PINYIN)]
    assert [(r.before, r.after, r.method) for r in report.repairs] == [("CDE", "ZY", R.MISALIGNED_GBK)]


def test_pickle_and_json_keep_the_log() -> None:
    assert pickle.loads(pickle.dumps(LOG)) == LOG
    cleaned = aidparse.CleanedText(text="ABZYfg", original=INPUT, edits=LOG)
    back = aidparse.CleanedText.model_validate_json(cleaned.model_dump_json())
    assert back.edits == LOG
    assert json.loads(cleaned.model_dump_json())["edits"][1] == [6, 9, "ZY", "misaligned-gbk", 0.9, []]
    # the long form (objects) is accepted too
    assert aidparse.CleanedText.model_validate(
        {**cleaned.model_dump(), "edits": [e.model_dump() for e in LOG]}).edits == LOG


# ----------------------------------------------------------------- composition


def _compose(original: str, *steps: list[Change]) -> tuple[str, EditLog]:
    builder = LogBuilder(original)
    for i, changes in enumerate(steps):
        builder.apply(f"step{i}", changes)
    return builder.text, builder.log()


def test_a_later_removal_keeps_earlier_removals_with_their_reason() -> None:
    # "关闭" goes as navigation; then the blank lines around it go
    text, log = _compose("正文\n\n\n关闭\n\n", [Change(5, 7, reason=R.NAVIGATION)],
                         [Change(2, 7, reason=R.BLANK_LINES)])
    assert text == "正文"
    assert [(e.start, e.end, e.reason) for e in log] == [
        (2, 5, R.BLANK_LINES), (5, 7, R.NAVIGATION), (7, 9, R.BLANK_LINES)]


def test_a_change_inside_a_repair_merges_with_it() -> None:
    # 當 (repaired from "?x") is then converted to 当: one edit, the repair's reason
    text, log = _compose("A?xB", [Change(1, 3, "當", R.MISALIGNED_GBK, confidence=0.8)],
                         [Change(1, 2, "当", R.SCRIPT_CONVERSION)])
    assert text == "A当B"
    assert [(e.start, e.end, e.replacement, e.reason, e.confidence) for e in log] == [
        (1, 3, "当", R.MISALIGNED_GBK, 0.8)]


def test_a_removal_swallowing_a_repair_removes_its_input() -> None:
    text, log = _compose("x&amp;y\nz", [Change(1, 6, "&", R.HTML_ENTITY)],
                         [Change(0, 3, reason=R.NAVIGATION)])
    assert text == "\nz"
    assert [(e.start, e.end, e.replacement) for e in log] == [(0, 7, "")]


def test_a_conversion_is_cut_around_a_removal() -> None:
    # 東營(yíng)援 → the annotation goes, then 東營 and 援 convert: two conversions beside it
    text, log = _compose("東營(yíng)援疆", [Change(2, 8, reason=R.PINYIN)],
                         [Change(0, 3, "东营援", R.SCRIPT_CONVERSION)])
    assert text == "东营援疆"
    assert [(e.start, e.end, e.replacement, e.reason) for e in log] == [
        (0, 2, "东营", R.SCRIPT_CONVERSION), (2, 8, "", R.PINYIN), (8, 9, "援", R.SCRIPT_CONVERSION)]
    assert log.to_input(Span(start=1, end=3)) == Span(start=1, end=9)


def test_a_step_may_return_overlapping_changes() -> None:
    text, log = _compose("本报讯(记者 张三)正文", [Change(0, 9, reason=R.BYLINE), Change(3, 10, reason=R.BYLINE)])
    assert text == "正文" and log.apply("本报讯(记者 张三)正文") == text


# ----------------------------------------------------------------- real pages


def _check_report(report: aidparse.AidReport) -> None:
    """Replay, and every quantity and date traced to input characters, before and after JSON."""
    assert report.edits.apply(report.original_text) == report.text
    back = aidparse.AidReport.model_validate_json(report.model_dump_json())
    assert back == report
    for mention in [*report.quantities, *report.dates]:
        span = back.to_original(mention.span)
        assert span == report.to_original(mention.span) == mention.original_span
        region = report.edits.apply_within(report.original_text, span)
        assert report.text[mention.span.start : mention.span.end] in region
        if len(region) > mention.span.length:  # only when the span ends inside a repair
            assert any(e.kind == "repair" and span.start <= e.start < e.end <= span.end
                       for e in report.edits)


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_report_replays_and_maps(name: str) -> None:
    _check_report(aidparse.parse(seed_bytes(name[:3])))


@pytest.mark.skipif(not CORPUS_FILES, reason="../shared/corpus is absent")
@pytest.mark.parametrize("name", CORPUS_FILES)
def test_corpus_report_replays_and_maps(name: str) -> None:
    _check_report(aidparse.parse((CORPUS / name).read_bytes()))


def test_repaired_characters_map_to_the_whole_damage() -> None:
    report = aidparse.parse(seed_bytes("001"))
    at = report.text.index("当地民生")
    span = report.to_original(Span(start=at + 2, end=at + 4))  # 民生, restored from misaligned GBK
    assert report.original_text[span.start : span.end] == "?shù)孛裆?"


def test_unrestored_characters_are_flagged_where_they_stand() -> None:
    report = aidparse.parse(seed_bytes("001"))
    (warning,) = [w for w in report.warnings if w.code is aidparse.WarningCode.UNRESTORED_CHARACTERS]
    assert warning.spans and all(set(report.text[s.start : s.end]) == {"\ufffd"} for s in warning.spans)
    assert sum(s.length for s in warning.spans) == report.text.count("\ufffd")


def test_lone_surrogates_are_replaced_at_the_door() -> None:
    report = aidparse.parse("援疆\ud800资金")
    assert "\ud800" not in report.original_text + report.text
    assert aidparse.AidReport.model_validate_json(report.model_dump_json()) == report
    assert aidparse.WarningCode.INPUT_REPAIRED in [w.code for w in report.warnings]


# ----------------------------------------------------------------- damaged text, generated

_PIECES = st.sampled_from([
    "援疆资金", "東營援疆項目", "第十批", "420余万元", "１３.５６亿元", "。", "，", "\n", "\n\n\n", "  ",
    "\u3000", "\r\n", "(yíng)", "(dāng)", "營(yíng)", "&nbsp;", "&amp;", "&#13;", "&#x202E;", "<p>",
    "</p>", "<!--x-->", "/p>", "关闭", "打印\n", "\n推荐阅读\n- 某新闻\n", "責(zé)任編輯:admin\n",
    "2018-10-29 11:27:00来源:人民网\n", "本报讯(记者 张三)", "(通讯员 李四)", "\u200b", "\u202e",
    "\x07", "èµ„é‡‘", "當(dāng)?shù)孛裆?、", "承接?xùn)|部", "推?dòng)鄉", "?", "EICU", "乾坤",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_clean_replays_and_maps_on_damaged_text(text: str) -> None:
    result = aidparse.clean(text)
    assert result.edits.apply(text) == result.text
    for start in range(len(result.text) + 1):
        for end in (start, min(start + 3, len(result.text))):
            span = result.to_input(Span(start=start, end=end))
            assert 0 <= span.start <= span.end <= len(text)
            assert result.text[start:end] in result.edits.apply_within(text, span)


@settings(max_examples=60, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_parse_replays_and_maps_on_damaged_text(text: str) -> None:
    _check_report(aidparse.parse(text))


# ----------------------------------------------------------------- the composer, on any changes


@st.composite
def _steps(draw: st.DrawFn) -> tuple[str, list[list[Change]]]:
    """A text and up to five steps of random changes, each step over the text before it."""
    text = draw(st.text(alphabet="abcdefgh", min_size=0, max_size=30))
    steps: list[list[Change]] = []
    current = text
    for _ in range(draw(st.integers(0, 5))):
        changes: list[Change] = []
        pos = 0
        while pos <= len(current) and draw(st.booleans()):
            start = draw(st.integers(pos, len(current)))
            end = draw(st.integers(start, min(len(current), start + 6)))
            kind = draw(st.sampled_from(["removal", "repair", "aligned", "insert"]))
            if kind == "removal" and end > start:
                changes.append(Change(start, end, "", R.NAVIGATION))
            elif kind == "aligned" and end > start:
                changes.append(Change(start, end, draw(st.text("XYZ", min_size=end - start,
                                                               max_size=end - start)),
                                      R.SCRIPT_CONVERSION))
            elif kind == "repair" and end > start:
                changes.append(Change(start, end, draw(st.text("PQ", min_size=1, max_size=4)),
                                      R.MISALIGNED_GBK, confidence=0.5))
            elif kind == "insert":
                changes.append(Change(start, start, draw(st.text("I", min_size=1, max_size=2)),
                                      R.HTML_ENTITY))
            pos = end + 1
        steps.append(changes)
        current = _apply(current, changes)
    return text, steps


def _apply(text: str, changes: list[Change]) -> str:
    from aidparse.cleaning.edits import apply_changes, resolve_overlaps

    return apply_changes(text, resolve_overlaps(changes))


@settings(max_examples=400, deadline=None)
@given(_steps())
def test_composition_replays_and_maps_any_changes(case: tuple[str, list[list[Change]]]) -> None:
    text, steps = case
    out, log = _compose(text, *steps)
    assert log.apply(text) == out
    for start in range(len(out) + 1):
        for end in range(start, min(len(out), start + 4) + 1):
            span = log.to_input(Span(start=start, end=end), len(out))
            assert 0 <= span.start <= span.end <= len(text)
            assert out[start:end] in log.apply_within(text, span)


@pytest.mark.parametrize("seed", SEED_NAMES)
def test_extending_a_log_by_nothing_composes_nothing(seed: str) -> None:
    """The shortcut for pages without conversions gives what the composition gives."""
    from aidparse.cleaning.edits import _aligned, _compose, _trim, extend_log

    original = seed_bytes(seed[:3]).decode("utf-8")
    cleaned = aidparse.clean(original)
    log = cleaned.edits
    entries = _compose(list(log.entries()), [], cleaned.text)
    composed = EditLog.from_entries(_trim(e, original) for e in entries
                                    if not _aligned(e) or original[e[0]:e[1]] != e[2])
    assert extend_log(log, [], original, cleaned.text) == composed
    assert extend_log(log, [], original) == composed
