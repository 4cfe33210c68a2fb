"""The pipeline against drawn pages whose truth is known (aidparse.strategies), per damage kind.

A defect of a stage fails these properties on the drawn pages; the examples are
derandomised, so CI sees the same pages every run.
"""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, Phase, given, settings

import aidparse
import aidparse.models as models
from aidparse.models import AidReport, QuantityKind, WarningCode
from aidparse.strategies import (
    Page,
    QuantityFact,
    articles,
    converter_damaged,
    encoded,
    furnished,
    html_wrapped,
    instances,
    pages,
    pinyin_annotated,
    quantities,
    traditional,
    truncated,
)

FAST = settings(max_examples=10, deadline=None, database=None, derandomize=True, phases=(Phase.explicit, Phase.generate),
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.filter_too_much])


def _quantities(report: AidReport) -> list[tuple[str, Decimal, str, str]]:
    return sorted((aidparse.to_simplified(q.text), q.value, q.unit, q.approx.value)
                  for q in report.quantities)


def _truth_quantities(page: Page) -> list[tuple[str, Decimal, str, str]]:
    return sorted((q.text, q.value, q.unit, q.approx.value) for q in page.truth.quantities)


def _check_facts(page: Page, report: AidReport) -> None:
    truth = page.truth
    assert report.title == truth.title
    assert report.donor is not None and report.donor.name == truth.donor
    assert [p.name for p in report.recipients] == truth.recipients
    assert report.batch == truth.batch
    assert report.published == truth.published
    assert report.authors == truth.authors
    assert _quantities(report) == _truth_quantities(page)


#: Byline forms the metadata stage reads today.
READ_FORMS = ("stamp", "stamp-labelled", "stamp-chinese", "role-lines", "paper", "tail", "wire", "wen",
              "bar")
CLEAN = articles(byline_forms=READ_FORMS)


@pytest.mark.parametrize("form", READ_FORMS)
def test_clean_article_each_byline_form(form: str) -> None:
    @FAST
    @given(articles(byline_forms=(form,)))
    def check(page: Page) -> None:
        _check_facts(page, aidparse.parse(page.data))

    check()


@pytest.mark.parametrize("damage", [
    pytest.param(traditional(), id="traditional"),
    pytest.param(pinyin_annotated(), id="pinyin"),
    pytest.param(furnished(kinds=("navigation", "share", "qr", "footer", "related", "caption", "editors")),
                 id="furniture"),
    pytest.param(encoded(), id="encoding"),
    pytest.param(truncated(), id="truncation"),
    pytest.param(furnished(kinds=("spam", "breadcrumb")), id="spam-and-breadcrumb"),
    pytest.param(html_wrapped(), id="html"),
])
def test_facts_survive_damage(damage: object) -> None:
    @FAST
    @given(pages(damage, articles=CLEAN))  # type: ignore[arg-type]
    def check(page: Page) -> None:
        _check_facts(page, aidparse.parse(page.data))

    check()


def test_facts_survive_all_text_damage_together() -> None:
    @FAST
    @given(pages(traditional(), pinyin_annotated(), encoded(codecs=("utf-8", "gb18030", "big5", "utf-16")),
                 articles=CLEAN))
    def check(page: Page) -> None:
        _check_facts(page, aidparse.parse(page.data))

    check()


@FAST
@given(quantities())
def test_each_quantity_alone(q: QuantityFact) -> None:
    found = aidparse.extract_quantities(f"其中{q.text}。")
    assert [(f.text, f.value, f.unit, f.approx) for f in found] == [(q.text, q.value, q.unit, q.approx)]


@settings(FAST, max_examples=25)
@given(pages(converter_damaged(), articles=CLEAN))
def test_converter_damage_never_gives_a_wrong_value(page: Page) -> None:
    """Misaligned GBK destroys bytes: where the truth survives, the report must agree with it,
    and every character that could not be restored is flagged."""
    report = aidparse.parse(page.data)
    damaged = [s.span for d in page.damage if d.kind == "converter-site" for s in d.sites]  # type: ignore[union-attr]
    truth = {(q.text, q.value, q.unit, q.approx.value) for q in page.truth.quantities}
    for q in report.quantities:
        where = report.to_original(q.span)
        if any(where.start <= s.end and s.start <= where.end for s in damaged):
            continue  # stands on or beside destroyed text (第 of 第7批 lost): its truth is lost
        assert (aidparse.to_simplified(q.text), q.value, q.unit, q.approx.value) in truth, q
    flagged = [s for w in report.warnings if w.code is WarningCode.UNRESTORED_CHARACTERS for s in w.spans]
    for i, ch in enumerate(report.text):
        if ch == "\ufffd":
            assert any(s.start <= i < s.end for s in flagged), i


@pytest.mark.parametrize("model", [
    getattr(models, name) for name in models.__all__ if hasattr(getattr(models, name), "model_fields")])
def test_model_instances_validate_and_round_trip(model: type) -> None:
    @settings(FAST, max_examples=10)
    @given(instances(model))
    def check(instance: object) -> None:
        again = model.model_validate_json(instance.model_dump_json())  # type: ignore[attr-defined]
        assert again == instance

    check()


def test_page_truth_points_into_the_text() -> None:
    @FAST
    @given(pages(truncated()))
    def check(page: Page) -> None:
        for q in page.truth.quantities:
            assert page.text[q.span.start : q.span.end] == q.text
        for d in page.truth.dates:
            assert page.text[d.span.start : d.span.end] == d.text

    check()


def test_only_the_strategies_import_hypothesis() -> None:
    code = (
        "import importlib, pathlib, sys, aidparse\n"
        "root = pathlib.Path(aidparse.__file__).parent\n"
        "for path in sorted(root.rglob('*.py')):\n"
        "    parts = ('aidparse',) + path.relative_to(root).with_suffix('').parts\n"
        "    if 'strategies' in parts or parts[-1] == '__main__':\n"
        "        continue\n"
        "    importlib.import_module('.'.join(p for p in parts if p != '__init__'))\n"
        "print('hypothesis' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False"]


def test_kinds_cover_every_quantity_kind() -> None:
    from aidparse.strategies.rendering import DURATIONS, MEASURES, UNITS

    kinds = {spec[0] for spec in UNITS.values()} | {QuantityKind.DURATION} | (
        {QuantityKind.COUNT} if MEASURES else set()) | {QuantityKind.PERCENT}
    assert kinds == set(QuantityKind) and DURATIONS
