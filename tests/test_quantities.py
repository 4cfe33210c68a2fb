"""Quantities: tables of real sentences (from the seeds and in their style)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conftest import seed_report

import aidparse

# (sentence, surface, kind, value, unit, approx)
FROM_SEEDS = [
    ("2017至2018年总投资15.9亿元,在乌什建设厂房67座", "15.9亿元", "money", "1590000000", "CNY", "exact"),
    ("2017至2018年总投资15.9亿元,在乌什建设厂房67座", "67座", "count", "67", "座", "exact"),
    ("预计可带动8000多人就业", "8000多人", "count", "8000", "人", "over"),
    ("其中建档立卡贫困户1500多人", "1500多人", "count", "1500", "人", "over"),
    ("每年可增加各族群众收入1.5亿元", "1.5亿元", "money", "150000000", "CNY", "exact"),
    ("投资辐射乌什县30万亩核桃的深加工项目", "30万亩", "area", "300000", "mu", "exact"),
    ("可直接带动2万户农民增收2亿元", "2万户", "count", "20000", "户", "exact"),
    ("可直接带动2万户农民增收2亿元", "2亿元", "money", "200000000", "CNY", "exact"),
    ("户均可增收2万元以上", "2万元以上", "money", "20000", "CNY", "over"),
    ("组织50多批衢州市党政、企业代表团", "50多批", "count", "50", "批", "over"),
    ("协议撬动社会资金20亿元", "20亿元", "money", "2000000000", "CNY", "exact"),
    ("确立了大干两百天的工作目标", "两百天", "duration", "200", "day", "exact"),
    ("东营援疆指挥部投入援疆资金420余万元", "420余万元", "money", "4200000", "CNY", "over"),
    ("累计投入援疆资金13.56亿元", "13.56亿元", "money", "1356000000", "CNY", "exact"),
    ("实施各类援疆项目25大项、596小项", "25大项", "count", "25", "大项", "exact"),
    ("实施各类援疆项目25大项、596小项", "596小项", "count", "596", "小项", "exact"),
    ("千余名援疆干部人才先后奋战在第一线", "千余名", "count", "1000", "名", "over"),
    ("从山东4个地级市选派40名教师", "4个", "count", "4", "个", "exact"),
    ("从山东4个地级市选派40名教师", "40名", "count", "40", "名", "exact"),
    ("从全省选派37名援疆医生", "37名", "count", "37", "名", "exact"),
    ("将全县15个乡镇、228个村、21个社区的设备进行链接", "228个", "count", "228", "个", "exact"),
    ("新疆豪仕达等13家户外体育用品生产企业", "13家", "count", "13", "家", "exact"),
    ("固定资产总投资过亿,使用标准厂房60000平方米", "过亿", "money", "100000000", "CNY", "over"),
    ("固定资产总投资过亿,使用标准厂房60000平方米", "60000平方米", "area", "60000", "m2", "exact"),
    ("年产值达10亿元", "达10亿元", "money", "1000000000", "CNY", "exact"),
    ("建成7万平方米的智能温室大棚", "7万平方米", "area", "70000", "m2", "exact"),
    ("1000座日光温室大棚", "1000座", "count", "1000", "座", "exact"),
    ("每年可为当地提供就业岗位3000个", "3000个", "count", "3000", "个", "exact"),
    ("培训新型职业农民6000名", "6000名", "count", "6000", "名", "exact"),
    ("106座共计44万平方米的冬暖式日光大棚", "44万平方米", "area", "440000", "m2", "exact"),
    ("带动就业2000余人", "2000余人", "count", "2000", "人", "over"),
    ("当年实现分红30余万元", "30余万元", "money", "300000", "CNY", "over"),
    ("累计引进项目210余个,计划总投资180余亿元", "210余个", "count", "210", "个", "over"),
    ("累计引进项目210余个,计划总投资180余亿元", "180余亿元", "money", "18000000000", "CNY", "over"),
    ("连续30余年致力民族团结", "30余年", "duration", "30", "year", "over"),
    ("在担任院长一年多的时间里", "一年多", "duration", "1", "year", "over"),
    ("工作队现有19名队员,其中党政干部8名", "19名", "count", "19", "名", "exact"),
    ("工作队现有19名队员,其中党政干部8名", "8名", "count", "8", "名", "exact"),
    ("2023年到位援疆资金1000多万元", "1000多万元", "money", "10000000", "CNY", "over"),
    ("完成投资915万元", "915万元", "money", "9150000", "CNY", "exact"),
    ("已组织40余名青年干部人才入住", "40余名", "count", "40", "名", "over"),
    ("坚持援疆资金80%投入基层", "80%", "percent", "80", "%", "exact"),
    ("共晒干葡萄、辣椒、玉米等农产品近10万吨", "近10万吨", "weight", "100000", "t", "under"),
    ("年发放工资800多万元", "800多万元", "money", "8000000", "CNY", "over"),
    ("争取助学资金约12万元", "约12万元", "money", "120000", "CNY", "about"),
    ("一年累计接诊病人723例", "723例", "count", "723", "例", "exact"),
    ("职工群众健康体检700余人次", "700余人次", "count", "700", "人次", "over"),
    ("每周五1小时文化“加餐”", "1小时", "duration", "1", "hour", "exact"),
    ("两座远隔4000多公里的古城", "4000多公里", "length", "4000", "km", "over"),
    ("陆续派出74名援疆干部人才支援新疆", "74名", "count", "74", "名", "exact"),
    ("共实施援疆项目91个,安排援疆资金8.4亿元", "91个", "count", "91", "个", "exact"),
    ("共实施援疆项目91个,安排援疆资金8.4亿元", "8.4亿元", "money", "840000000", "CNY", "exact"),
    ("培训帮带乌什县老师数百名", "数百名", "count", "100", "名", "about"),
    ("项目22个,投入资金2.13亿元", "22个", "count", "22", "个", "exact"),
    ("项目22个,投入资金2.13亿元", "2.13亿元", "money", "213000000", "CNY", "exact"),
    ("民生项目占比89.3%", "89.3%", "percent", "89.3", "%", "exact"),
    ("建筑面积分别为26829平方米、27045平方米", "27045平方米", "area", "27045", "m2", "exact"),
    ("将安排全日制寄宿制学生110个班近5000人", "近5000人", "count", "5000", "人", "under"),
    ("将新设床位90张", "90张", "count", "90", "张", "exact"),
    ("就医规模比现有扩大三倍多", "三倍多", "multiple", "3", "x", "over"),
    ("今年将新建、扩建共计2606户农村安居房", "2606户", "count", "2606", "户", "exact"),
    ("有着4600公里的距离", "4600公里", "length", "4600", "km", "exact"),
    ("进疆不到一个月时间", "不到一个月", "duration", "1", "month", "under"),
    ("踏上了为期三年的援疆新征程", "三年", "duration", "3", "year", "exact"),
]

# Sentences written in the same style for forms the seeds do not show.
WRITTEN = [
    ("援建学校3所,总建筑面积1.2万平方米", "1.2万平方米", "area", "12000", "m2", "exact"),
    ("新建道路12.5公里", "12.5公里", "length", "12.5", "km", "exact"),
    ("种植红枣5000亩", "5000亩", "area", "5000", "mu", "exact"),
    ("流转土地300公顷", "300公顷", "area", "300", "ha", "exact"),
    ("园区占地2.5平方公里", "2.5平方公里", "area", "2.5", "km2", "exact"),
    ("销售农产品3500吨", "3500吨", "weight", "3500", "t", "exact"),
    ("捐赠棉衣800公斤", "800公斤", "weight", "800", "kg", "exact"),
    ("蓄水20万立方米", "20万立方米", "volume", "200000", "m3", "exact"),
    ("光伏电站装机容量20兆瓦", "20兆瓦", "power", "20000", "kW", "exact"),
    ("年发电量500万千瓦时", "500万千瓦时", "energy", "5000000", "kWh", "exact"),
    ("贫困发生率下降到百分之二", "百分之二", "percent", "2", "%", "exact"),
    ("八成资金用于民生", "八成", "percent", "80", "%", "exact"),
    ("捐款3000到5000元", "3000到5000元", "money", "3000", "CNY", "range"),
    ("每户补贴两三个月", "两三个月", "duration", "2", "month", "range"),
    ("投入资金十几万元", "十几万元", "money", "100000", "CNY", "over"),
    ("资金6261万用于建设", "6261万", "money", "62610000", "CNY", "exact"),
    ("援助资金3000万余元", "3000万余元", "money", "30000000", "CNY", "over"),
    ("超过500名群众受益", "超过500名", "count", "500", "名", "over"),
    ("逾2000户家庭受益", "逾2000户", "count", "2000", "户", "over"),
    ("不足300人参加", "不足300人", "count", "300", "人", "under"),
    ("培训人员1万人次以上", "1万人次以上", "count", "10000", "人次", "over"),
    ("历时45天完成", "45天", "duration", "45", "day", "exact"),
    ("投资壹佰万元", "壹佰万元", "money", "1000000", "CNY", "exact"),
    ("投资１２万元", "１２万元", "money", "120000", "CNY", "exact"),
    ("助力上万群众自主生产", "上万", "count", "10000", "人", "over"),
    ("近万村民受益", "近万", "count", "10000", "人", "under"),
    ("安置就业约3000人左右", "约3000人左右", "count", "3000", "人", "about"),
    ("引进企业26,829家", "26,829家", "count", "26829", "家", "exact"),
]

# Forms that other projects test and aid reports use (issue 11), one group per defect.
FORMS = [
    # ranges sharing a magnitude or a unit
    ("每户补助5至10万元", "5至10万元", "money", "50000", "CNY", "range"),
    ("计划投资3000到5000万元建设产业园", "3000到5000万元", "money", "30000000", "CNY", "range"),
    ("项目总投资一百二十到一百五十万元", "一百二十到一百五十万元", "money", "1200000", "CNY", "range"),
    ("单个项目补助5万元至10万元", "5万元至10万元", "money", "50000", "CNY", "range"),
    ("集中培训3天至5天", "3天至5天", "duration", "3", "day", "range"),
    ("贫困发生率下降20%-30%", "20%-30%", "percent", "20", "%", "range"),
    ("带动三四十人就业", "三四十人", "count", "30", "人", "range"),
    # a bare 十
    ("选派十名干部赴疆", "十名", "count", "10", "名", "exact"),
    ("实施十个援疆项目", "十个", "count", "10", "个", "exact"),
    ("对口援疆十年来", "十年", "duration", "10", "year", "exact"),
    ("捐赠十万元", "十万元", "money", "100000", "CNY", "exact"),
    # percentage points
    ("城镇化率提高2.4个百分点", "2.4个百分点", "percent", "2.4", "pp", "exact"),
    ("入学率增长三个百分点", "三个百分点", "percent", "3", "pp", "exact"),
    # negative values
    ("工业增加值同比下降-3.5%", "-3.5%", "percent", "-3.5", "%", "exact"),
    ("增速为-22.2%", "-22.2%", "percent", "-22.2", "%", "exact"),
    ("当年利润为负一百二十万元", "负一百二十万元", "money", "-1200000", "CNY", "exact"),
    # halves and 多 inside units
    ("援疆两年半", "两年半", "duration", "2.5", "year", "exact"),
    ("在进疆半年之际", "半年", "duration", "0.5", "year", "exact"),
    ("集中培训一个半月", "一个半月", "duration", "1.5", "month", "exact"),
    ("历时三个多月", "三个多月", "duration", "3", "month", "over"),
    ("援疆一年零三个月", "一年零三个月", "duration", "15", "month", "exact"),
    ("每人每天发放面粉二斤半", "二斤半", "weight", "1.25", "kg", "exact"),
    # numerals
    ("贫困发生率降至百分之三点五", "百分之三点五", "percent", "3.5", "%", "exact"),
    ("投资三点五亿元", "三点五亿元", "money", "350000000", "CNY", "exact"),
    ("三分之一的资金用于教育", "三分之一", "percent", "33.3333333333", "%", "exact"),
    ("二分之一以上的村实现通水", "二分之一以上", "percent", "50", "%", "over"),
    ("千分之三的人口", "千分之三", "percent", "0.3", "%", "exact"),
    ("两成资金用于产业", "两成", "percent", "20", "%", "exact"),
    ("2成以上的农户", "2成以上", "percent", "20", "%", "over"),
    ("三成半资金来自社会", "三成半", "percent", "35", "%", "exact"),
    ("消费帮扶产品打八折", "八折", "percent", "80", "%", "exact"),
    ("人均年收入达到三万五元", "三万五元", "money", "35000", "CNY", "exact"),
    ("人均增收两千六元", "两千六元", "money", "2600", "CNY", "exact"),
    ("投资２．２亿元", "２．２亿元", "money", "220000000", "CNY", "exact"),
    ("捐款5万4千6百元", "5万4千6百元", "money", "54600", "CNY", "exact"),
    ("捐款1万600元", "1万600元", "money", "10600", "CNY", "exact"),
    ("捐款參萬元", "參萬元", "money", "30000", "CNY", "exact"),
    ("捐款叁仟伍佰元整", "叁仟伍佰元整", "money", "3500", "CNY", "exact"),
    ("总投资3.5个亿", "3.5个亿", "money", "350000000", "CNY", "exact"),
    ("新建道路3.0 公里", "3.0 公里", "length", "3", "km", "exact"),
    # money in other currencies (never CNY), 角 and 分
    ("引进外资500万美元", "500万美元", "money", "5000000", "USD", "exact"),
    ("港商捐赠港币两千九百六十元", "港币两千九百六十元", "money", "2960", "HKD", "exact"),
    ("台胞捐赠5306万台币", "5306万台币", "money", "53060000", "TWD", "exact"),
    ("欧盟援助1000欧元", "1000欧元", "money", "1000", "EUR", "exact"),
    ("签约金额1万亿日元", "1万亿日元", "money", "1000000000000", "JPY", "exact"),
    ("每人补贴50元6角", "50元6角", "money", "50.6", "CNY", "exact"),
    ("每斤售价5元3角5分", "5元3角5分", "money", "5.35", "CNY", "exact"),
    ("售价￥300", "￥300", "money", "300", "CNY", "exact"),
    ("协议资金8亿元人民币", "8亿元人民币", "money", "800000000", "CNY", "exact"),
    # units
    ("每人每天发放面粉500克", "500克", "weight", "500", "g", "exact"),
    ("学生平均身高增加3公分", "3公分", "length", "3", "cm", "exact"),
    ("积雪厚度30厘米", "30厘米", "length", "30", "cm", "exact"),
    ("捐赠饮用水5升", "5升", "volume", "5", "L", "exact"),
    ("每人发放牛奶500毫升", "500毫升", "volume", "0.5", "L", "exact"),
    ("年发电量100千瓦时", "100千瓦时", "energy", "100", "kWh", "exact"),
    ("装机50万千瓦", "50万千瓦", "power", "500000", "kW", "exact"),
    ("新建道路5km", "5km", "length", "5", "km", "exact"),
    ("捐赠大米3kg", "3kg", "weight", "3", "kg", "exact"),
    ("铺设管道10cm", "10cm", "length", "10", "cm", "exact"),
    ("每户发放食用油2L", "2L", "volume", "2", "L", "exact"),
    ("新建两千米灌渠", "两千米", "length", "2", "km", "exact"),
    # approximations
    ("投入资金几十万元", "几十万元", "money", "100000", "CNY", "about"),
    ("马上一年半", "一年半", "duration", "1.5", "year", "exact"),
    ("曾进行过3次调研", "3次", "count", "3", "次", "exact"),
    ("总投资超过千亿元", "超过千亿元", "money", "100000000000", "CNY", "over"),
    ("面积2.2万平方公里多半是盐碱地", "2.2万平方公里", "area", "22000", "km2", "exact"),
    # forms the development corpus shows
    ("月收入可达到四、五千元", "四、五千元", "money", "4000", "CNY", "range"),
    ("回首援阿路,已是十三载", "十三载", "duration", "13", "year", "exact"),
    ("过了两周时间才好些", "两周", "duration", "2", "week", "exact"),
    ("在这三年里跑遍了7县1市", "三年", "duration", "3", "year", "exact"),
    ("在这三年里跑遍了7县1市", "7县", "count", "7", "县", "exact"),
    ("对口援建和田地区一市三县", "一市", "count", "1", "市", "exact"),
    ("全校仅有一个实验室", "一个", "count", "1", "个", "exact"),
    ("援建残疾人康复中心一栋,新修6条道路", "一栋", "count", "1", "栋", "exact"),
    ("先后有五批次援疆干部人才进疆", "五批次", "count", "5", "批次", "exact"),
    ("使108社区2万居民安全饮水", "2万", "count", "20000", "人", "exact"),
    ("日降雨量39.8毫米", "39.8毫米", "length", "3.98", "cm", "exact"),
    ("培育着100多万盆各种花卉", "100多万盆", "count", "1000000", "盆", "over"),
    ("建设3个多功能活动室", "3个", "count", "3", "个", "exact"),
]


def _find(sentence: str, surface: str) -> aidparse.Quantity:
    found = [q for q in aidparse.extract_quantities(sentence) if q.text == surface]
    assert found, f"{surface!r} not found in {[q.text for q in aidparse.extract_quantities(sentence)]}"
    return found[0]


@pytest.mark.parametrize(("sentence", "surface", "kind", "value", "unit", "approx"),
                         FROM_SEEDS + WRITTEN + FORMS)
def test_quantity(sentence: str, surface: str, kind: str, value: str, unit: str,
                  approx: str) -> None:
    q = _find(sentence, surface)
    assert (q.kind.value, q.value, q.unit, q.approx.value) == (kind, Decimal(value), unit, approx)
    assert sentence[q.span.start : q.span.end] == q.text


# (sentence, surface, low, high)
BOUNDS = [
    ("2023年到位援疆资金1000多万元", "1000多万元", "10000000", "20000000"),  # 一千五百万 is 一千多万
    ("投入援疆资金420余万元", "420余万元", "4200000", "4300000"),
    ("累计投入1亿多元", "1亿多元", "100000000", "200000000"),  # the last non-zero place: 亿
    ("援建资金3000多万元", "3000多万元", "30000000", "40000000"),
    ("援建资金1500多万元", "1500多万元", "15000000", "16000000"),
    ("选派十余名医生", "十余名", "10", "20"),
    ("带动就业2000余人", "2000余人", "2000", "3000"),
    ("连续30余年", "30余年", "30", "40"),
    ("一年多的时间", "一年多", "1", "2"),
    ("近10万吨", "近10万吨", None, "100000"),
    ("捐款3000到5000元", "3000到5000元", "3000", "5000"),
    ("投入资金十几万元", "十几万元", "100000", "200000"),
    ("户均可增收2万元以上", "2万元以上", "20000", None),
    ("每户补助5至10万元", "5至10万元", "50000", "100000"),
    ("投入200余万元至300万元", "200余万元至300万元", "2000000", "3000000"),  # 余 at one end of a range
    ("投入200万元至300余万元", "200万元至300余万元", "2000000", "4000000"),
    ("投入200余万元-300万元", "200余万元-300万元", "2000000", "3000000"),  # an ASCII dash, not a sign
    ("投入200万元-300余万元", "200万元-300余万元", "2000000", "4000000"),
    ("选派100多名-200名干部", "100多名-200名", "100", "200"),
    ("坚持100天多", "100天多", "100", "101"),  # 多 after the unit: less than one more of it
    ("援疆十年多", "十年多", "10", "11"),
    ("计划投资3000到5000万元", "3000到5000万元", "30000000", "50000000"),
    ("项目总投资一百二十到一百五十万元", "一百二十到一百五十万元", "1200000", "1500000"),
    ("单个项目补助5万元至10万元", "5万元至10万元", "50000", "100000"),
    ("集中培训3天至5天", "3天至5天", "3", "5"),
    ("带动三四十人就业", "三四十人", "30", "40"),
    ("历时三个多月", "三个多月", "3", "4"),
    ("投入资金几十万元", "几十万元", "100000", "1000000"),
    ("培训帮带老师数百名", "数百名", "100", "1000"),
    ("二十几万元", "二十几万元", "200000", "300000"),
]


@pytest.mark.parametrize(("sentence", "surface", "low", "high"), BOUNDS)
def test_bounds(sentence: str, surface: str, low: str | None, high: str | None) -> None:
    q = _find(sentence, surface)
    assert q.low == (Decimal(low) if low else None)
    assert q.high == (Decimal(high) if high else None)


# (sentence, surface, subject)
SUBJECTS = [
    ("派出74名援疆干部人才支援新疆", "74名", "援疆干部人才"),
    ("对口支援阿克苏市项目22个", "22个", "项目"),
    ("投入援疆资金420余万元", "420余万元", "援疆资金"),
    ("其中党政干部8名", "8名", "党政干部"),
    ("带动53名少数民族学生和139名家长参与", "53名", "少数民族学生"),
    ("带动53名少数民族学生和139名家长参与", "139名", "家长"),
    ("将新设床位90张", "90张", "床位"),
    ("一年累计接诊病人723例", "723例", "接诊病人"),
    ("实施计划内援疆项目6个", "6个", "援疆项目"),
    ("2023年到位援疆资金1000多万元", "1000多万元", "援疆资金"),
    ("教师和医生各4名", "4名", "教师和医生"),
    ("企业与合作社共15家", "共15家", "企业与合作社"),
]


@pytest.mark.parametrize(("sentence", "surface", "subject"), SUBJECTS)
def test_subject(sentence: str, surface: str, subject: str) -> None:
    assert _find(sentence, surface).subject == subject


# What is not a quantity.
TRAPS = [
    "实施“十城百店”“百村千厂”“万亩亿元”等产业项目",
    "迭代升级“十城百店”“百村千厂”“千匠万岗”“万亩亿元”“引客入乌”等品牌工程",
    "聚焦七大重点任务的“1+1+7”总体思路",
    "提出“1234”工作思路",
    "确立了“16234”组团援疆工作法",
    "精心谋划了南孔文化润疆“1323”行动计划",
    "实施教育援疆“1+N”赋能行动,推出“1+2+X”圈层推进传帮带工作法",
    "走出乌什站上阿克苏舞台的8090南孔文化宣讲团",
    "虽相隔万里,千年的缘分",
    "祖国大家庭,衢乌一家亲",
    "小康路上一个都不能少",
    "扎实开展“三学三比三服务”活动",
    "开展了“四比四创”活动",
    "衢州市对口支援新疆阿克苏地区乌什县和兵团第一师四团",
    "援疆医生夏天担任团职工医院副院长",
    "第十批衢州市援疆指挥部",
    "在进疆关键的第二年",
    "以四个“奋进”姿态,深化“五个认同”",
    "一个个衢州代表团,一批批乌什干部",
    "四年级维吾尔族小朋友",
    "进驻新疆生产建设兵团十二师二二一团",
    "2023年5月24日,益阳市第四批援疆干部人才来到二二一团",
    # anniversaries and ages are not durations
    "庆祝对口援疆30周年",
    "年满18周岁的青年",
    # a time counted back is a date, not a length, and leaves no count behind
    "三个月前,工作队抵达喀什",
    "两个小时前刚刚结束",
    # words and names that only look like numerals
    "在上海陆家嘴举办推介会",
    "今年入伍名额增加",
    "登陆部队已经上岸",
    "兵团第六师五家渠市",
    "五家渠市举办招商会",
    "实施‘三个一’工程",
    "开展「五个一」活动",
    "实施三个一工程",
    "全县唯一一家",
    "建成九年一贯制学校",
    "推行三年制中职教育",
    "“十四五”期间",
    "十三五期间",
    "三位一体推进",
    "制定五年计划",
    "奋战三天三夜",
    # references, ages, issues, names and pronouns the development corpus shows
    "这两个相隔近万里的省份",
    "又一年援疆工作圆满结束",
    "给1岁2个月的孩子断了奶",
    "今日辽宁2018年1期",
    "研究制定《医疗援疆3年行动方案》",
    "一对哈萨克族老两口问我",
    "带动“东三县”农民就业",
    "直到完全泛成金灿灿的一片。",
    "是吉林援疆众多项目中的一个。",
    "从十二期间开始,援疆资金",
    "一周一学习、一月一交流",
    "一名干部",
    "出现负增长",
    # numbers in web addresses and codes
    "详见http://proquest.umi.com/pqdweb?SQ=issn%280024%2D9114%29",
    "访问https://www.test.com/search?q=30%25%2020%",
    "账号6222021234567890123元",
    "订单号A202107211321363588510367",
    "电话13912345678、0991-2345678",
    # stacked magnitudes and digits without a unit of their own
    "一亿亿亿亿元",
    "0几万吨",
    "7 2 折",
    "一波三折",
]


@pytest.mark.parametrize("sentence", TRAPS)
def test_not_quantities(sentence: str) -> None:
    assert [q.text for q in aidparse.extract_quantities(sentence)] == []


def test_removed_text_never_reaches_extraction() -> None:
    report = seed_report("004")
    assert not [q for q in report.quantities if q.value in (Decimal("1406000000"), Decimal(1500))]
    report1 = seed_report("001")
    assert not [q for q in report1.quantities if q.text == "26年"]


def test_every_seed_span_is_exact(seed: str) -> None:
    report = seed_report(seed)
    for q in report.quantities:
        assert report.text[q.span.start : q.span.end] == q.text
        assert q.original_span is not None
        # the input characters at original_span, replayed, are the quantity
        assert q.text in report.edits.apply_within(report.original_text, q.original_span)


def test_money_in_yuan_is_cny() -> None:
    for q in aidparse.extract_quantities("投资1.5亿元、300万元和4000元"):
        assert q.unit == "CNY"
    assert [q.value for q in aidparse.extract_quantities("投资1.5亿元、300万元和4000元")] == [
        Decimal("150000000"), Decimal("3000000"), Decimal("4000")]


def test_type_error() -> None:
    with pytest.raises(TypeError):
        aidparse.extract_quantities(b"bytes")  # type: ignore[arg-type]


# Issue 9: inputs that crashed or cost seconds of big-integer work. Each gives a report; long
# digit runs (accounts, IDs, phone lists) and stacked magnitudes are not amounts.
HOSTILE = [
    pytest.param("1" * 29 + "元", id="29-digit-yuan"),
    pytest.param("资金" + "1" * 28 + "万", id="28-digit-wan"),
    pytest.param("一亿亿亿亿元", id="stacked-yi"),
    pytest.param("1" * 4301 + "多元", id="4301-digits"),
    pytest.param("一" + "亿" * 30000 + "元", id="30000-yi"),
    pytest.param("0几万吨", id="zero-several-wan"),
    pytest.param("万元" * 5000, id="bare-wan-yuan"),
    pytest.param("百分之" * 3000, id="bare-percent-words"),
    pytest.param("一 " * 5000 + "个", id="spaced-digits"),
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_input_gives_a_report(text: str) -> None:
    report = aidparse.parse(text)
    for q in report.quantities:  # the model refuses bounds out of order
        assert q.low is None or q.high is None or q.low <= q.high
    assert not [q for q in report.quantities if abs(q.value) >= 10**16]


def test_the_callers_decimal_context_does_not_matter() -> None:
    import decimal

    with decimal.localcontext(decimal.Context(prec=6)):  # a library may set this globally
        q = aidparse.extract_quantities("累计投入123456789012.5元和三分之一")
    assert [x.value for x in q] == [Decimal("123456789012.5"), Decimal("33.3333333333")]


# Quantities that contradict themselves are refused.
INCONSISTENT = [
    pytest.param({"approx": "range", "low": 5, "high": 3}, id="bounds-out-of-order"),
    pytest.param({"approx": "over", "low": 6, "high": None}, id="value-below-low"),
    pytest.param({"approx": "under", "low": None, "high": 4}, id="value-above-high"),
    pytest.param({"approx": "exact", "low": 5, "high": 6}, id="exact-with-bounds"),
    pytest.param({"approx": "over", "low": None, "high": None}, id="over-without-low"),
    pytest.param({"unit": "美元"}, id="money-not-iso"),
    pytest.param({"kind": "percent", "unit": "个"}, id="percent-unit"),
]


@pytest.mark.parametrize("change", INCONSISTENT)
def test_inconsistent_quantity_is_refused(change: dict[str, object]) -> None:
    import pydantic

    fields: dict[str, object] = {"kind": "money", "value": 5, "unit": "CNY", "approx": "exact",
                                 "text": "5元", "span": aidparse.Span(start=0, end=2)}
    aidparse.Quantity(**fields)  # type: ignore[arg-type]
    with pytest.raises(pydantic.ValidationError):
        aidparse.Quantity(**{**fields, **change})  # type: ignore[arg-type]
