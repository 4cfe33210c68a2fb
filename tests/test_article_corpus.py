"""The article stage against the corpus answer keys (tests/data/corpus), page by page.

The pages live in ``../shared/corpus`` (not in the repository): every test here
skips when it is absent. The development half is tested field by field; what
the stage does not get right yet is a strict ``xfail`` with the reason. The
evaluation half is only scored, against the issue's targets, as a whole
(``benchmarks/bench_article.py`` prints both halves).
"""

from __future__ import annotations

import pytest
from corpus_keys import (
    KEPT_LABELS,
    corpus_dir,
    files,
    keys,
    line_outcomes,
    names_of,
    norm,
    report,
    report_fields,
    score,
)

needs_corpus = pytest.mark.skipif(corpus_dir() is None, reason="../shared/corpus is absent")

DEV = [name for name in files("dev") if name in keys("dev")]

#: (file, aspect) the stage does not get right on the development half, and why.
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ("006.txt", "furniture"): "an e-paper's photo captions without a credit (喀什古城。, a long caption sentence)",
    ("009.txt", "furniture"): "a heading printed again with one character changed (锡伯小区/锡伯小曲): only an "
                              "exact repeat is read as one",
    ("050.txt", "furniture"): "a short caption standing apart without a credit (偶露尊容看昆仑): a short line "
                              "inside the article may be a heading; only its form removes it",
    ("047.txt", "furniture"): "two captions closing the page, without a credit or a picture label",
    ("067.txt", "furniture"): "a caption sentence between paragraphs, without a credit",
    ("083.txt", "furniture"): "a caption line (6月23日游客骑骆驼…) without a credit",
}


def _params(aspect: str) -> list[object]:
    out = []
    for name in DEV:
        reason = KNOWN_GAPS.get((name, aspect))
        marks = [needs_corpus] + ([pytest.mark.xfail(strict=True, reason=reason)] if reason else [])
        out.append(pytest.param(name, marks=marks, id=name))
    return out


@pytest.mark.parametrize("name", _params("fields"))
@pytest.mark.parametrize("field", ["title", "subtitle", "published", "source"])
def test_dev_field(name: str, field: str) -> None:
    want = keys("dev")[name].fields.get(field, "")
    assert norm(report_fields(report(name))[field]) == norm(want)


@pytest.mark.parametrize("name", _params("authors"))
def test_dev_authors(name: str) -> None:
    assert names_of(report(name).authors) == names_of(keys("dev")[name].authors)


@pytest.mark.parametrize("name", _params("furniture"))
def test_dev_furniture_lines_removed(name: str) -> None:
    kept = [(o.number, o.kind) for o in line_outcomes(name, keys("dev")[name])
            if o.label == "furniture" and o.removed < 0.95]
    assert kept == []


@pytest.mark.parametrize("name", _params("meta"))
def test_dev_metadata_lines_removed(name: str) -> None:
    kept = [(o.number, o.kind) for o in line_outcomes(name, keys("dev")[name])
            if o.label == "meta" and o.removed < 0.95]
    assert kept == []


@pytest.mark.parametrize("name", _params("kept"))
def test_dev_article_lines_kept(name: str) -> None:
    lost = [(o.number, o.label) for o in line_outcomes(name, keys("dev")[name])
            if o.label in KEPT_LABELS and o.removed >= 0.95]
    assert lost == []


@pytest.mark.parametrize("name", _params("joins"))
def test_dev_no_line_joined_wrongly(name: str) -> None:
    outcomes = line_outcomes(name, keys("dev")[name])
    assert [o.number for o in outcomes if o.joined != o.cont] == []


# --------------------------------------------------------------------------- the evaluation half

#: The issue's targets on the evaluation half, and what the stage reaches now.
EVAL_TARGETS = [
    pytest.param("title", 0.90, marks=pytest.mark.xfail(strict=True, reason="50% (10/20) on unseen pages")),
    pytest.param("published", 0.90),
    pytest.param("source", 0.85, marks=pytest.mark.xfail(strict=True, reason="53% (8/15)")),
    pytest.param("authors", 0.85, marks=pytest.mark.xfail(strict=True, reason="recall 30% (7/23)")),
    pytest.param("furniture", 0.90, marks=pytest.mark.xfail(strict=True, reason="60% (40/67)")),
    pytest.param("kept", 1.0, marks=pytest.mark.xfail(strict=True, reason="1 of 255 article lines lost")),
]


@needs_corpus
@pytest.mark.parametrize(("measure", "target"), EVAL_TARGETS)
def test_eval_half_reaches_the_target(measure: str, target: float) -> None:
    s = score("eval")
    if measure in s.single:
        ok, n, _, _ = s.single[measure]
        value = ok / n
    elif measure == "authors":
        tp, fp, fn = s.names
        value = min(tp / max(1, tp + fp), tp / max(1, tp + fn))
    else:
        got, n = getattr(s, measure)
        value = got / n
    assert value >= target
