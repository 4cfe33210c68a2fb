"""Resolving place names against the gazetteer."""

from __future__ import annotations

import datetime as dt

import pytest

import aidparse
from aidparse.places.gazetteer import gazetteer

# (text, donor, recipients)
CASES = [
    ("衢州援疆干部来到四团开展工作,衢州援疆", "衢州市", ["第一师四团"]),
    ("益阳市援疆工作队在12师221团,益阳", "益阳市", ["第十二师二二一团"]),
    ("益阳援疆工作队进驻二二一团", "益阳市", ["第十二师二二一团"]),
    ("東營援疆幹部在疏勒縣", "东营市", ["疏勒县"]),
    ("山东省东营市对口支援喀什地区疏勒县", "东营市", ["疏勒县"]),
    ("杭州市对口支援阿克苏市和兵团一师阿拉尔市", "杭州市", ["阿克苏市", "第一师阿拉尔市"]),
    ("宁波援疆指挥部在库车县", "宁波市", ["库车市"]),
    ("辽宁援疆干部赴农八师石河子市", "辽宁省", ["第八师石河子市"]),
    # a prefecture adds nothing when a unit inside it is named
    ("湖南援疆干部在吐鲁番地区高昌区", "湖南省", ["高昌区"]),
    ("湖南援疆干部在吐鲁番地区", "湖南省", ["吐鲁番市"]),
    ("深圳对口支援喀什市和塔县", "深圳市", ["喀什市", "塔什库尔干塔吉克自治县"]),
]


@pytest.mark.parametrize(("text", "donor", "recipients"), CASES)
def test_resolution(text: str, donor: str, recipients: list[str]) -> None:
    r = aidparse.parse(text)
    assert r.donor is not None and r.donor.name == donor
    assert [p.name for p in r.recipients] == recipients


def test_ambiguous_short_form_resolves_to_the_wider_unit() -> None:
    gz = gazetteer()
    (m,) = gz.find("阿克苏")
    assert m.entry_name == "阿克苏地区"
    (m,) = gz.find("阿克苏市")
    assert m.entry_name == "阿克苏市"


# (text, the places found): short forms that name something else are not places on their own
NOT_PLACES = [
    ("广东省援疆医疗队在天山脚下义诊", ["广东省"]),  # the Tianshan mountains, not 天山区
    ("天山闽水共潮生", []),
    ("在新疆,你总能见到白杨树的身影", []),  # poplars, not 白杨市
    ("温泉县的温泉", ["温泉县"]),
    ("沙湾市在沙湾古镇以西", ["沙湾市"]),
    ("乌鲁木齐市天山区", ["乌鲁木齐市", "天山区"]),  # the full name still is
]


@pytest.mark.parametrize(("text", "places"), NOT_PLACES)
def test_short_forms_that_name_something_else(text: str, places: list[str]) -> None:
    assert [m.entry_name for m in gazetteer().find(text)] == places


# (text, recipients, those with a warning): a county listed with a recipient is kept, flagged
LISTED = [
    ("无锡市援疆工作组在新源县和霍城县", ["新源县", "霍城县"], ["新源县"]),
    ("无锡援疆在新源县、尼勒克县和霍城县", ["新源县", "尼勒克县", "霍城县"], ["新源县", "尼勒克县"]),
    ("衢州援疆干部在乌什县。和田县的干部来访。", ["乌什县"], []),  # not in one list
    ("衢州市援疆干部支援乌什县和一师四团。", ["乌什县", "第一师四团"], []),
]


@pytest.mark.parametrize(("text", "recipients", "flagged"), LISTED)
def test_a_county_listed_with_a_recipient(text: str, recipients: list[str], flagged: list[str]) -> None:
    r = aidparse.parse(text)
    assert [p.name for p in r.recipients] == recipients
    assert [w.message.split()[1] for w in r.warnings
            if w.code is aidparse.WarningCode.RECIPIENT_NOT_PAIRED] == flagged


def test_unpaired_recipient_is_a_warning() -> None:
    r = aidparse.parse("衢州援疆干部在和田县开展帮扶,衢州")
    assert [p.name for p in r.recipients] == ["和田县"]
    assert [w.code for w in r.warnings] == [aidparse.WarningCode.RECIPIENT_NOT_PAIRED]


def test_places_carry_level_and_parent() -> None:
    r = aidparse.parse("益阳援疆工作队进驻二二一团")
    (p,) = r.recipients
    assert (p.level.value, p.parent, p.mention) == ("regiment", "第十二师", "二二一团")
    assert r.donor is not None and (r.donor.level.value, r.donor.parent) == ("city", "湖南省")


def test_no_places_no_donor() -> None:
    r = aidparse.parse("援疆工作取得新成效。")
    assert r.donor is None and r.recipients == []


def _pairing_rows() -> list[tuple[str, str]]:
    """(donor, county) for every row of the pairing table, at province and at city level."""
    from aidparse._resources import read_tsv
    from aidparse.places.gazetteer import _city_name, _province_name, _strip_note, gazetteer

    gz = gazetteer()
    rows = []
    for row in read_tsv("pairings.tsv"):
        county = _strip_note(row["recipient_county_or_city"])
        if not county or county not in gz.entries:
            continue
        rows.append((_province_name(row["donor_province"]), county))
        if row["donor_city"]:
            rows.append((_city_name(_strip_note(row["donor_city"])), county))
    return sorted(set(rows))


@pytest.mark.parametrize(("donor", "county"), [pytest.param(d, c, id=f"{d}-{c}") for d, c in _pairing_rows()])
def test_every_pairing_is_found_without_a_warning(donor: str, county: str) -> None:
    # a province gives through its cities: Shanghai's rows all name a district (浦东新区 → 莎车县)
    report = aidparse.parse(f"{donor}援疆干部抵达{county}开展工作。")
    assert report.donor is not None and report.donor.name == donor
    assert [p.name for p in report.recipients] == [county] and report.warnings == []


# (text, batch): a batch of aid staff, not the batches in which provinces began giving
BATCHES = [
    ("第十批援疆干部……第10批援疆工作队", 10),
    ("益阳市第四批援疆工作队进驻二二一团", 4),
    ("湖州作为全国第一批投入援疆工作的省市之一", None),
    ("江苏是第三批援疆省份中的一个", None),
    ("第三批援疆省份派出第九批援疆干部", 9),
    ("江苏省第十批省市援疆干部人才抵达伊宁县", 10),  # 省市援疆干部: staff of the province
    ("第十批援疆干部深入城市社区", 10),
    ("第三批援疆干部来自省市各部门", 3),
]


@pytest.mark.parametrize(("text", "batch"), BATCHES)
def test_batch_of_aid_staff(text: str, batch: int | None) -> None:
    from aidparse.places.batches import find_batch

    assert find_batch(text)[0] == batch


# (text, donor): an overview of the programme names many provinces and no donor
OVERVIEWS = [
    ("北京、天津、上海、江苏、浙江、广东等19个省市对口支援新疆,广州援疆医疗队在喀什义诊。", None),
    ("湖州援疆干部在阿拉尔市。1997年,第一批北京援疆干部进疆;湖州援疆工作队", "湖州市"),
    ("江苏援疆干部与上海、浙江援疆干部交流,江苏援疆工作队在伊宁县", "江苏省"),
    # a county one donor is paired with singles it out, however many provinces are named
    ("北京市援疆干部在和田县开展工作。北京与天津、上海、广东等省市一道。", "北京市"),
    ("深圳市援疆干部在喀什市开展工作。深圳市与广东省援疆前方指挥部,以及北京、上海一道。", "深圳市"),
]


@pytest.mark.parametrize(("text", "donor"), OVERVIEWS)
def test_an_overview_names_no_donor(text: str, donor: str | None) -> None:
    r = aidparse.parse(text)
    assert (r.donor.name if r.donor else None) == donor
    assert (aidparse.WarningCode.DONOR_AMBIGUOUS in [w.code for w in r.warnings]) == (donor is None)


def test_a_batch_that_would_begin_after_the_report_has_no_period() -> None:
    text = "衢州市第十批援疆干部抵达乌什县。"
    assert aidparse.parse(text, published=dt.date(2020, 6, 1)).period is not None  # 2019/2023
    r = aidparse.parse(text, published=dt.date(2015, 6, 1))  # the tenth batch began in 2019
    assert r.batch == 10 and r.period is None
    assert aidparse.WarningCode.BATCH_OUT_OF_RANGE in [w.code for w in r.warnings]


@pytest.mark.parametrize(("text", "period", "source"), [
    # the text states the batch's years beside it: they are the period, not the gazetteer's
    ("江苏省第九批援疆干部（2017年—2019年）在伊宁县工作。", "2017/2019", "text"),
    ("江苏省第9批援疆工作队(2017-2019年)在伊宁县工作。", "2017/2019", "text"),
    # another batch's years, a plan's years, years elsewhere in the sentence: the gazetteer's count
    ("江苏省第九批援疆干部（2017年—2019年）和第十批援疆干部（2020年—2022年）在伊宁县接力奋斗，"
     "第十批援疆干部攻坚克难。", "2020/2022", "text"),
    ("与江苏省第九批援疆干部（2017—2019年）相比，第十批援疆干部人才规模更大。第十批援疆干部在伊宁县。",
     "2019/2023", "gazetteer"),
    ("江苏省第十批援疆干部人才推动伊宁县《2021—2025年发展规划》落实。", "2019/2023", "gazetteer"),
    ("江苏省第十批与第十一批援疆干部（2022—2025年）在伊宁县举行交接仪式，第十批援疆干部圆满完成任务。",
     "2019/2023", "gazetteer"),
    ("2017年至2019年，江苏省第九批援疆干部人才扎根伊宁县。", "2016/2020", "gazetteer"),
    # years in another sentence, or one year, or months: the gazetteer's count
    ("江苏省第九批援疆干部在伊宁县工作。2017年至2019年，全县新建学校12所。", "2016/2020", "gazetteer"),
    ("江苏省第十批援疆干部人才于2020年2月抵达伊宁县。", "2019/2023", "gazetteer"),
    ("江苏省第十批援疆干部（2020年2月至2022年12月）在伊宁县工作。", "2019/2023", "gazetteer"),
])
def test_a_period_the_text_states_for_the_batch(text: str, period: str, source: str) -> None:
    r = aidparse.parse(text)
    assert r.period is not None
    assert (r.period.value, r.period.source) == (period, source)
