"""The pipeline against drawn pages whose truth is known (aidparse.strategies), per damage kind.

Known defects of other stages are filtered out of the main properties (with the
reason) and pinned by strict-xfail tests of their own, so a fix shows up here.
"""

from __future__ import annotations

import re
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

_RANGE_MAG = re.compile(r"\d[至到-]\d+[万亿]")
_CN_KILOWATT = re.compile(r"[一二三四五六七八九十百千万亿两零]千瓦")


def _range_with_magnitude(q: QuantityFact) -> bool:
    """Defect (extract): in 3000至5000万元 the magnitude is applied to neither bound."""
    return bool(_RANGE_MAG.search(q.text))


def _chinese_kilowatt(q: QuantityFact) -> bool:
    """Defect (extract): 九千瓦时 reads 九千 + 瓦时 and finds no unit."""
    return bool(_CN_KILOWATT.search(q.text))


_NUMERAL_PLACE = re.compile(r"[一二三四五六七八九十][家个名所户]")


_BARE_TEN = re.compile(r"(?:约|大约|近|将近|不到|超过|逾)?十(?![一二三四五六七八九万亿]).*")


def _bare_ten(q: QuantityFact) -> bool:
    """Defect (extract): a numeral that is 十 alone (十倍, 十天) is rejected as a bare magnitude."""
    return bool(_BARE_TEN.fullmatch(q.text))


def _known_defect(page: Page) -> bool:
    if any(_NUMERAL_PLACE.search(r) for r in page.truth.recipients):
        return True  # defect (extract): 第六师五家渠市 gives a count 五家
    return any(_range_with_magnitude(q) or _chinese_kilowatt(q) or _bare_ten(q)
               for q in page.truth.quantities) \
        or any("文" in name for name in page.truth.authors)  # was a defect (cleaning); fixed, see
    # tests/test_article_pages.py::test_names_with_wen (the filter stays: removing it changes the draws)


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
CLEAN = articles(byline_forms=READ_FORMS).filter(lambda p: not _known_defect(p))


@pytest.mark.parametrize("form", READ_FORMS)
def test_clean_article_each_byline_form(form: str) -> None:
    @FAST
    @given(articles(byline_forms=(form,)).filter(lambda p: not _known_defect(p)))
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


@pytest.mark.parametrize("defect", [
    pytest.param(_range_with_magnitude, id="range-with-magnitude"),
    pytest.param(_chinese_kilowatt, id="chinese-numeral-kilowatt"),
    pytest.param(_bare_ten, id="bare-ten"),
])
@pytest.mark.xfail(strict=True, reason="extract: see the defect's docstring")
def test_known_quantity_defects(defect: object) -> None:
    @FAST
    @given(quantities().filter(defect))  # type: ignore[arg-type]
    def check(q: QuantityFact) -> None:
        found = aidparse.extract_quantities(f"其中{q.text}。")
        assert [(f.value, f.unit, f.approx) for f in found] == [(q.value, q.unit, q.approx)]

    check()


@FAST
@given(quantities().filter(lambda q: not (_range_with_magnitude(q) or _chinese_kilowatt(q) or _bare_ten(q))))
def test_each_quantity_alone(q: QuantityFact) -> None:
    found = aidparse.extract_quantities(f"其中{q.text}。")
    assert [(f.text, f.value, f.unit, f.approx) for f in found] == [(q.text, q.value, q.unit, q.approx)]


@pytest.mark.xfail(strict=False, reason=(
    "strategies: the converter model can leave a '?' it does not record as a site "
    "(一千五百億(yì)?元), so a value beside it is judged against the wrong truth; not strict: "
    "whether the 25 drawn pages hit it changes with the article stage the strategies call"))
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
