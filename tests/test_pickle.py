"""A report pickles compactly and comes back equal, mapping every span the same."""

from __future__ import annotations

import copy
import pickle

import pytest
from conftest import seed_bytes, seed_report, seed_text

import aidparse
from aidparse.models import AidReport, Span


def _spans(report: AidReport) -> list[Span]:
    """Every span of the report's text that a reader might map back."""
    spans = [q.span for q in report.quantities] + [d.span for d in report.dates]
    spans += [s.span for s in report.sections] + [s.heading for s in report.sections]
    spans += [s for w in report.warnings for s in w.spans]
    spans += [p.span for p in [report.donor, *report.recipients] if p is not None and p.span]
    return spans


def _assert_same(report: AidReport, back: AidReport) -> None:
    assert back == report
    assert back.text == report.text
    assert back.model_dump_json() == report.model_dump_json()
    for span in _spans(report):
        assert back.to_original(span) == report.to_original(span)
        assert back.text[span.start : span.end] == report.text[span.start : span.end]


def test_seed_round_trip(seed: str) -> None:
    report = seed_report(seed)
    back = pickle.loads(pickle.dumps(report))
    _assert_same(report, back)
    assert _spans(report), "the seeds have spans to map"


def test_seed_pickle_is_at_most_twice_the_input(seed: str) -> None:
    """The pickle carries the page once (text is replayed from the edit log), deflated."""
    data = seed_bytes(seed)
    assert len(pickle.dumps(seed_report(seed))) <= 2 * len(data)


@pytest.mark.parametrize("encoding", ["gb18030", "big5", "utf-16-le"])
def test_round_trip_of_other_encodings(encoding: str) -> None:
    """Encoding evidence (candidates, scores, undecodable ranges) comes back exactly."""
    text = seed_text("000")
    data = text.encode(encoding, errors="replace")
    report = aidparse.parse(data)
    assert report.encoding is not None
    if encoding != "utf-16-le":  # BOM-less UTF-16 is told by its NUL pattern, without candidates
        assert report.encoding.candidates, "no BOM: scored candidates"
    _assert_same(report, pickle.loads(pickle.dumps(report)))


@pytest.mark.parametrize(
    "data",
    [
        "",
        "援疆",
        "東營(yíng)援疆 ,投入資金420余萬元\n关闭",  # conversions, pinyin, spacing, navigation
        "本报讯 记者张三\n标题\n投入资金1.5亿元,约3万人。\ud800",  # a lone surrogate, replaced
        b"\xff\xfe\x00\x00garbage\x81",
        "资金&amp;项目&#x4e00;个",
    ],
    ids=["empty", "short", "traditional", "surrogate", "odd-bytes", "entities"],
)
def test_round_trip_of_edge_inputs(data: str | bytes) -> None:
    try:
        report = aidparse.parse(data)
    except aidparse.AidparseError:
        pytest.skip("input refused with a typed error: nothing to pickle")
    _assert_same(report, pickle.loads(pickle.dumps(report)))


def test_repairs_keep_confidence_and_alternatives() -> None:
    report = seed_report("001")  # the damaged seed: repairs that chose among readings
    chosen = [e for e in report.edits if e.confidence is not None]
    assert chosen
    back = pickle.loads(pickle.dumps(report))
    assert [e for e in back.edits if e.confidence is not None] == chosen


@pytest.mark.parametrize("protocol", range(2, pickle.HIGHEST_PROTOCOL + 1))
def test_every_protocol(protocol: int) -> None:
    report = seed_report("004")
    assert pickle.loads(pickle.dumps(report, protocol=protocol)) == report


def test_copies_are_unaffected() -> None:
    report = seed_report("004")
    assert copy.copy(report) == report and copy.deepcopy(report) == report


def test_unknown_pickle_format_is_refused() -> None:
    from aidparse.models.report import _unpickle_report

    with pytest.raises(ValueError, match="format"):
        _unpickle_report(99, b"", b"")
