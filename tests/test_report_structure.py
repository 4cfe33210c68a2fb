"""Sections, sectors, headline figures, batch periods, provenance and exports."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

import pytest
from conftest import SEEDS, seed_report

import aidparse
from aidparse.article.sections import sector_of
from aidparse.corpus.cli import main
from aidparse.places.batches import batch_period

# (seed, [(heading start, sector)])
SECTIONS = [
    ("001", [("民生援疆", "民生"), ("智力援疆", "人才"), ("产业援疆", "产业"),
             ("就业援疆", "就业"), ("文化润疆", "文化")]),
    ("002", [("狠抓队伍建设", "队伍建设"), ("力推项目实施", "项目"), ("办好民生实事", "民生"),
             ("促进文化润疆", "文化")]),
    ("003", [("倾力", "产业"), ("倾心", "人才"), ("厚植衢乌情", "文化")]),
    ("000", [("上下同欲", None), ("携手奋进", None), ("交流融合", "交流交融")]),
]


@pytest.mark.parametrize(("prefix", "expected"), SECTIONS)
def test_sections_and_sectors(prefix: str, expected: list[tuple[str, str | None]]) -> None:
    r = seed_report(prefix)
    got = [(s.title, s.sector) for s in r.sections]
    assert len(got) == len(expected)
    for (title, sector), (start, want) in zip(got, expected, strict=True):
        assert title.startswith(start)
        assert sector == want


@pytest.mark.parametrize(("line", "heading"), [
    ("民生援疆聚民心", True), ("……", False), ("2019", False), ("——————", False), ("Part I", False),
    ("援", False),
])
def test_a_heading_says_something(line: str, heading: bool) -> None:
    """A heading has two Han characters at least: a rule line, a year or a letter is none."""
    from aidparse.article.sections import find_sections

    text = f"近日，援疆工作取得新进展。\n{line}\n项目有序推进。"
    assert [s.title for s in find_sections(text)] == ([line] if heading else [])


def test_every_quantity_knows_its_section() -> None:
    r = seed_report("001")
    q = next(q for q in r.quantities if q.text == "13.56亿元")
    assert q.section is not None
    assert r.sections[q.section].sector == "民生"
    q2 = next(q for q in r.quantities if q.text == "10.6亿元")
    assert q2.section is not None and r.sections[q2.section].sector == "就业"
    for s in r.sections:
        assert r.text[s.heading.start : s.heading.end] == s.title


@pytest.mark.parametrize(
    ("heading", "sector"),
    [("民生援疆,用爱聚力幸福生活", "民生"), ("倾心—— 组团服务,智力援疆惠民生", "人才"),
     ("医疗援疆成果斐然", "医疗"), ("教育援疆硕果累累", "教育"), ("上下同欲 “干”字当头", None)],
)
def test_sector_of(heading: str, sector: str | None) -> None:
    assert sector_of(heading) == sector


# (seed, funding, personnel, projects)
FIGURES = [
    ("000", None, None, None),
    ("001", "13.56亿元", "千余名", "25大项"),
    ("002", "1000多万元", "19名", "6个"),
    ("003", "8.4亿元", "74名", "91个"),
    ("004", "2.13亿元", "3名", "22个"),
]


@pytest.mark.parametrize(("prefix", "funding", "personnel", "projects"), FIGURES)
def test_headline_figures(prefix: str, funding: str | None, personnel: str | None,
                          projects: str | None) -> None:
    r = seed_report(prefix)
    for figure, want in ((r.funding, funding), (r.personnel, personnel), (r.projects, projects)):
        if want is None:
            assert figure is None
        else:
            assert figure is not None and figure.text == want
            assert r.quantities[figure.quantity].text == want


# (sentence, personnel): staff named without 援疆 count when their sentence sends them as aid
PERSONNEL = [
    ("江苏省选派56名干部赴伊宁县援疆。", "56名"),
    ("援疆干部人才共56名干部抵达伊宁县。", "共56名"),  # the total of the aid staff named before it
    ("上海市派出12名医生到莎车县开展义诊。", "12名"),  # a Xinjiang place as the destination
    ("浙江抽调30名教师支援阿克苏地区。", "30名"),
    ("江苏省选派56名干部赴伊宁县援疆，带动当地3000名干部", "56名"),  # the clause, not the sentence
    ("选派援疆医生12名,全县2000名干部参加培训。", "12名"),  # the stronger tier wins
    # not aid staff: a county's own, trained, or sent inland; 援疆 elsewhere in the sentence
    ("全县2000名干部参加培训。", None),
    ("医院有300名医生。援疆工作取得新成效。", None),
    ("伊宁县组织2000名干部与援疆干部结对认亲。", None),
    ("在援疆资金支持下，伊宁县培训教师3000名。", None),
    ("江苏援疆工作组为伊宁县培训300名教师。", None),
    ("伊宁县抽调300名干部开展入户走访，援疆工作组参与。", None),
    ("江苏省对口支援伊宁县。伊宁县选派100名干部到江苏挂职学习。", None),
    ("援疆干部为当地培训300名教师。", None),
]


@pytest.mark.parametrize(("sentence", "personnel"), PERSONNEL)
def test_personnel_sent_as_aid(sentence: str, personnel: str | None) -> None:
    figure = aidparse.parse(sentence).personnel
    assert (figure.text if figure else None) == personnel


# (seed, period, national batch when the donor counts its own)
PERIODS = [("000", "2016/2020", None), ("001", "2019/2023", None), ("002", "2023/2026", 11),
           ("003", "2019/2023", None), ("004", "2019/2023", None)]


@pytest.mark.parametrize(("prefix", "period", "national"), PERIODS)
def test_batch_period(prefix: str, period: str, national: int | None) -> None:
    p = seed_report(prefix).period
    assert p is not None
    assert (p.value, p.national_batch, p.source) == (period, national, "gazetteer")


@pytest.mark.parametrize(
    ("batch", "donors", "value"),
    [(10, ["广州", "广东"], "2023/2026"),  # 广东 counts one behind the national series
     (8, ["厦门", "福建"], "2019/2023"),  # 福建: two behind
     (5, ["南京", "江苏"], "2023/2026"),  # 南京 counts its own from 2010: 第五批 ≈ 2023
     (2, ["盘锦", "辽宁"], "2013/2017"),  # 盘锦: 2014 was its 第二批
     (10, ["杭州", "浙江"], "2019/2023")],  # 浙江 counts on the national series
)
def test_batch_offsets_from_the_gazetteer(batch: int, donors: list[str], value: str) -> None:
    p = batch_period(batch, donors)
    assert p is not None and p.value == value


def test_provenance_points_into_the_original(seed: str) -> None:
    r = seed_report(seed)
    for field, spans in r.provenance.items():
        assert spans, field
        for span in spans:
            assert 0 <= span.start < span.end <= len(r.original_text)
    if r.donor is not None:
        (span,) = r.provenance["donor"]
        assert aidparse.to_simplified(r.original_text[span.start : span.end]) == r.donor.mention


def test_provenance_of_header_facts() -> None:
    r = seed_report("000")
    text = r.original_text
    assert [text[s.start : s.end] for s in r.provenance["source"]] == ["人民网"]
    assert [text[s.start : s.end] for s in r.provenance["published"]] == ["2018-10-29 11:27:00"]
    assert [text[s.start : s.end] for s in r.provenance["editors"]] == ["加乘"]


def test_empty_fields_have_no_provenance() -> None:
    r = seed_report("002")
    assert r.title is None and "title" not in r.provenance
    assert r.source is None and "source" not in r.provenance


def test_csv_is_a_tidy_table(capsys: pytest.CaptureFixture[str]) -> None:
    files = sorted(str(p) for p in SEEDS.glob("*.txt"))
    assert main([*files, "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == sum(len(seed_report(p.name[:3]).quantities) for p in SEEDS.glob("*.txt"))
    row = next(r for r in rows if r["quantity_text"] == "420余万元")
    assert (row["donor"], row["batch"], row["value"], row["unit"], row["sector"]) == (
        "东营市", "10", "4200000", "CNY", "民生")
    assert row["file"].endswith("001_682004c81572a2c1.txt")


def test_to_dataframe_dtypes() -> None:
    pd = pytest.importorskip("pandas")
    frame = aidparse.to_dataframe([seed_report(p) for p in ("000", "004")])
    assert str(frame["batch"].dtype) == "Int64"
    assert pd.api.types.is_datetime64_any_dtype(frame["published"])
    assert str(frame["value"].dtype) == "Float64"
    exact = aidparse.to_dataframe([seed_report("004")], decimal=True)
    assert isinstance(exact["value"].iloc[0], Decimal)


def test_json_schema_documents_the_report() -> None:
    schema = aidparse.AidReport.model_json_schema()
    assert {"sections", "funding", "personnel", "projects", "period", "provenance"} <= set(
        schema["properties"])


def test_committed_schema_is_current() -> None:
    import json
    import pathlib

    committed = pathlib.Path(__file__).resolve().parent.parent / "docs" / "aidreport.schema.json"
    assert json.loads(committed.read_text(encoding="utf-8")) == \
        aidparse.AidReport.model_json_schema(), "run python scripts/build_schema.py"


def test_record_columns_have_one_definition() -> None:
    from aidparse.corpus.export import RECORD_FIELDS

    for prefix in ("000", "002"):
        for row in seed_report(prefix).to_records():
            assert tuple(row) == RECORD_FIELDS
    empty = aidparse.parse("援疆").to_records()
    assert len(empty) == 1 and tuple(empty[0]) == RECORD_FIELDS
