"""What each plan is (docs/plan-fields.md): title, year, organisation, kinds, copy groups."""

from __future__ import annotations

import pytest

from pipeline.classify.plan_fields import PlanDescriber, year_of
from pipeline.clean import Cleaner
from pipeline.mine import mine
from pipeline.mine.mine import copy_groups
from pipeline.mine.reuse import ReuseCluster, ReuseItem, find_reuse
from pipeline.records import RawDocument
from pipeline.structure import StructureParser


@pytest.fixture(scope="module")
def describe():
    clean, parse, fields = Cleaner(), StructureParser(), PlanDescriber()

    def run(text: str, title: str | None = None, url: str = "t.txt"):
        # `url`: the address a JSONL record carries (`planpipe run` keeps it as the source)
        raw = RawDocument("0" * 16, "t.txt", url, "t.txt", text, title=title)
        return fields(parse(clean(raw)))

    return run


@pytest.mark.parametrize("text,year", [
    ("2023年县教育局工会工作计划", 2023),
    ("二〇二三年工会工作要点", 2023),
    ("2023-2024学年第一学期学校工会工作计划", 2023),
    ("20212021学年度下学期工会工作计划", 2021),  # the range's dash lost (p991)
    ("20xx年工会工作计划", None),
    ("20__年医院工会工作计划", None),
    ("工会工作计划", None),
])
def test_the_year_a_title_states(text, year):
    assert year_of(text, titles=1) == year


def test_a_school_year_in_running_text_with_the_chinese_dash():
    # the Chinese dash is two em dashes: "2014——2015学年度" is the 2014 school year in an opening
    assert year_of("根据学校2014——2015学年度工作安排,制定本计划。") == 2014
    assert year_of("本学期共有教职工2014人。") is None


@pytest.mark.parametrize("opening,year", [
    ("2023-2024学年度第一学期,校工会将", 2023),
    ("2023-24学年,校工会将", 2023),
    ("2024-04 当前位置: 范文 > xx市总工会20xx年工作要点", None),  # a site's year and month (p823)
    ("2015-04 貫徹董事會報告--工會辦", None),  # (p822)
])
def test_a_range_of_years_in_an_opening_is_not_a_sites_month(opening, year):
    assert year_of(opening) == year


def test_an_opening_that_says_its_year_outranks_a_template_sites_title(describe):
    # p1044: a site dates its copy with the current year; the text says it is 2013's
    [f] = describe("2020年工会工作计划范文\n2013年是全县三年推进计划的关键之年,做好今年的工作,责任重大。\n"
                   "一、加强学习\n二、开展竞赛\n")
    assert f.year == 2013
    # a summary's title with its plan keeps the plan's year
    [g] = describe("2017年工作总结及2018年工作计划\n2017年是工会改革的关键之年。\n一、工作总结\n"
                   "二、工作计划\n")
    assert g.year == 2018


@pytest.mark.parametrize("body,year", [
    # p136: one year named twice and no other dates the plan; once, or beside another, does not
    ("一、在教学人员中开展2023年新教案评比活动。\n二、评比规则另行制定。2023年党校工会工作计划\n", 2023),
    ("一、2014年以来,工会坚持开展评比活动。\n二、评比规则另行制定。\n", None),
    ("一、2022年开展评比活动。\n二、2023年继续开展评比。\n三、2023年底总结。\n", None),
])
def test_the_one_year_a_plan_keeps_naming(describe, body, year):
    [f] = describe(f"工会工作计划\n{body}")
    assert f.year == year


def test_a_plan_title_gives_year_organisation_and_kinds(describe):
    [f] = describe("2023年县教育局工会工作计划\n一、加强学习\n二、开展竞赛\n")
    assert (f.title_text, f.year, f.org, f.org_kind, f.plan_kind) == (
        "2023年县教育局工会工作计划", 2023, "县教育局工会", "government", "work_plan")


def test_a_law_named_after_unions_names_no_organisation(describe):
    # p1121: "《中华人民共和国工会法》" is a law, not a 国工会; the union named after it is the plan's
    [f] = describe("为认真贯彻落实《中华人民共和国工会法》,市总工会将开展宣传月活动。\n"
                   "一、活动时间\n二、活动内容\n")
    assert f.org == "市总工会"


def test_an_economic_development_zones_union_keeps_its_name(describe):
    # p1256: the 经 of 经开区 is no preposition ("经研究" is)
    [f] = describe("经开区总工会将组织2024年度劳模先进疗休养活动。\n一、活动时间\n二、报名方式\n")
    assert f.org == "经开区总工会"


def test_a_traditional_title(describe):
    [f] = describe("2022年實驗小學工會工作計劃\n一、加強學習\n二、開展競賽\n")
    assert (f.year, f.org_kind, f.plan_kind) == (2022, "school", "work_plan")
    assert f.title_text == "2022年實驗小學工會工作計劃"  # as written: Traditional stays Traditional


def test_a_one_plan_page_takes_its_page_title(describe):
    [f] = describe("一、比赛时间:5月10日\n二、比赛地点:体育馆\n", title="关于举办职工篮球赛的通知_范文网")
    assert (f.title_text, f.plan_kind, f.year) == ("关于举办职工篮球赛的通知", "notice", None)


@pytest.mark.parametrize("page_title,title", [
    ("最新关于五一活动通知", "关于五一活动通知"),  # p1047: a library's "latest" label
    ("关于五一活动通知(共5页).docx", "关于五一活动通知"),  # p1053: a page count
    ("職工運動會方案模板1", "職工運動會方案"),  # p1098: a template site's model number
    ("2020年工会工作报告文档", "2020年工会工作报告"),  # p1111: a library's "document"
])
def test_a_library_s_labels_are_no_part_of_the_title(describe, page_title, title):
    [f] = describe("一、活动时间:5月1日\n二、活动地点:职工之家\n", title=page_title)
    assert f.title_text == title


def test_a_site_s_column_name_above_the_title_is_no_title(describe):
    # p107: a school site's column "通知公告" on the line above the notice's own title
    [f] = describe("通知公告\n最近更新\n校工会举办教职工乒乓球比赛的通知\n"
                   "一、比赛时间:5月\n二、比赛地点:体育馆\n", title="通知公告")
    assert f.title_text == "校工会举办教职工乒乓球比赛的通知"


def test_a_salutation_to_units_makes_a_notice_unless_it_calls_itself_the_plan(describe):
    [notice] = describe("三八妇女节活动方案\n各基层工会、各部门:\n为庆祝三八节,现将有关事项通知如下:\n"
                        "一、活动时间:3月8日\n二、活动地点:职工之家\n")
    assert notice.plan_kind == "notice"
    [plan] = describe("各分工会:\n为推动教职工积极参与健身,校工会特制定此方案。\n"
                      "一、活动时间:9月\n二、活动内容:健步走\n")
    assert plan.plan_kind == "activity_plan"
    [prose] = describe("职工运动会活动方案\n各项工作安排如下:\n一、活动时间:9月\n二、活动地点:操场\n")
    assert prose.plan_kind == "activity_plan"  # 各项…如下: addresses no one
    # p106: the units addressed as a district's own ("高新区所属各基层工会:")
    [district] = describe("高新区所属各基层工会:\n高新区工会拟定于7月份举行乒乓球比赛。\n"
                          "一、时间:七月上旬\n二、地点:乒乓球馆\n")
    assert district.plan_kind == "notice"


@pytest.mark.parametrize("opening,notice", [
    # p1242, p1256, p1100: a call for entries or registration announced to members
    ("快来参加!大鳌镇总工会职工摄影比赛开始啦!\n为丰富职工业余文化生活,镇总工会举办职工摄影比赛。", True),
    ("经开区2024年度劳模先进疗休养活动开始报名啦!\n这是专属于你们的放松时刻。", True),
    ("院工会带领篮球俱乐部向全院职工进行职工篮球联赛运动员招募工作。", True),
    ("为丰富职工业余文化生活,镇总工会举办职工摄影比赛,特制定本方案。", False),
])
def test_an_untitled_call_for_entries_is_a_notice(describe, opening, notice):
    [f] = describe(f"{opening}\n一、比赛时间:6月\n二、参赛对象:全体职工\n")
    assert (f.plan_kind == "notice") == notice


def test_a_report_to_a_meeting_is_a_report(describe):
    # p1027: a union chairman's report to a federation's plenary, whose items name contests
    [f] = describe("工会主席在市总工会十四届七次委员(扩大)会议上的报告\n"
                   "一、深入开展劳动竞赛\n二、举办职工技能比赛\n")
    assert f.plan_kind == "report"


def test_a_notice_to_street_and_system_unions_comes_from_a_federation(describe):
    [f] = describe("关于举办职工摄影作品展的通知\n各街道、系统工会,直属工会:\n"
                   "为丰富职工文化生活,现将有关事项通知如下:\n一、作品要求:反映职工风貌\n二、报送时间:5月底\n")
    assert (f.org_kind, f.plan_kind) == ("federation", "notice")
    [g] = describe("关于举办教职工摄影展的通知\n各分工会:\n我校教职工摄影展,现将有关事项通知如下:\n"
                   "一、作品要求:反映校园风貌\n二、报送时间:5月底\n")
    # branches of one organisation, not a federation's units; a teaching staff's union with
    # branch unions is a university's (docs/plan-fields.md)
    assert (g.org_kind, g.plan_kind) == ("university", "notice")


def test_a_teaching_staffs_union_with_branch_unions_is_a_universitys(describe):
    [f] = describe("各分工会:\n为丰富教职工业余生活,校工会特制定此方案。\n"
                   "一、活动时间:9月\n二、活动内容:健步走\n", title="健身活动月活动方案")
    assert f.org_kind == "university"
    [g] = describe("2023年区总工会工作要点\n一、撤消部分工会工作委员会,调整教职工组织\n二、开展竞赛\n")
    assert g.org_kind == "federation"  # 部分工会 names no branch union
    # p179: the title's 教职工 alone would say school; the branch unions addressed come first
    [h] = describe("各分工会:\n为增进教职工书画摄影交流,学校工会决定举办展览。\n一、作品要求\n二、报送时间\n",
                   title="工会关于举办“校园美”教职工书画、摄影展活动的通知")
    assert h.org_kind == "university"


@pytest.mark.parametrize("opening,report", [
    ("今年以来,县总工会对全县村级工会组织进行了清理整顿,推动组建工作。", True),
    ("为丰富职工生活,特举办本次活动。", False),
    # p1004: a year's count of what was done
    ("去年以来,林场工会加大对困难职工的帮扶力度,全年共慰问帮扶14户困难职工家庭。", True),
    # p906: a dateline after the clause that leads into it
    ("为搭建服务职工的平台,近日,街道办事处与街道总工会召开联席会议。", True),
    # p577: a news item's dateline, then what the union set out
    ("近日,市工会女工委按照全委会精神,对女职工工作提出实施五项工程。", True),
    # p1140, p1125: an official's visit ("近日,…视察", "10月31日,…赴…调研")
    ("为了充分发挥基层工会作用。近日,县总工会主席视察阿朗乡职工活动用房项目开工现场。", True),
    ("10月31日,省总工会副部长赴六安市郵政公司调研驿站建设情况。", True),
    ("近日,县总工会将赴各乡镇调研职工之家建设。", False),
    # p1032, p1194: an award and an event held; p1043: a township's account of its year
    ("近日,分行工会委员会被市总工会授予“先进职工之家”荣誉称号。", True),
    ("学校工会联合图书馆举办了读书沙龙成立活动。", True),
    ("镇总工会在镇党委的领导下,努力开展工会各项工作,做了应该做的工作。", True),
    ("学校工会将联合图书馆举办读书沙龙。", False),
    # p1330, p1372, p1333: a news source, a dateline with its year and hour, a year's work
    ("日前,从某省总工会获悉,某公司被命名为职工书屋示范点。", True),
    ("为活跃职工生活。2017年9月12日下午2时,经过集团工会的精心组织,职工篮球联赛在运动中心拉开序幕。", True),
    ("经过近一年的积极筹建,某集团职工书屋正式向全体职工开放。", True),
    # p1397, p1401, p1404: a wire dateline, a noon dateline, an account of an activity so far
    ("人民网北京5月25日电 由区总工会主办的职工健康日启动仪式在会场举行。", True),
    ("为丰富职工文化生活,4月18日中午,后勤分工会组织员工观看电影。", True),
    ("每周二晚上工会职工服务中心播放电影。活动开展以来,备受职工喜爱。", True),
    ("4月18日中午,后勤分工会将组织员工观看电影。", False),
    # p1451, p1460: an event under way or closed, a count of those it served
    ("3月18日下午3点,医院“三八”节女工趣味运动会在后院拉开了帷幕。", True),
    ("区总工会在暑假期间开展职工子女暑期托管班项目,惠及职工子女600余人。", True),
    ("区总工会将在暑假期间开展职工子女暑期托管班项目,拟惠及更多职工子女。", False),
    # p1393, p1365, p1406: a reporter's quotes, guests who spoke, a day as it went
    ("集团工会主席郑立明介绍,集团工会把职工之家建设作为服务职工的基本途径。", True),
    ("3月6日下午,阳光明媚。集团工会组织女职工插花。工会副主席王燕出席活动并讲话。", True),
    ("镇总工会组织职工观影,影片均受到职工们的喜爱。", True),
    ("镇总工会将组织职工观影,邀请工会主席出席。", False),
    # p1478: told in the past tense with no other word of a report; p1485: a union founded
    ("幼儿园工会3月10号在花海开展趣味活动。女教工们玩得特别高兴,充分放松了心情,展现了阳光心态。", True),
    ("为了丰富教师生活,幼儿园工会将开展趣味活动,让大家了解花海。", False),
    ("恭喜賀喜 臺北榮民總醫院企業工會成立啦!", True),
    # p611, p1448: started of late; held on a day, not 定于 a day
    ("上海市总工会近日启动新年度服务职工实事项目征集工作。", True),
    ("近日,县总工会2024年职工子女暑期爱心托管班正式开班。", True),  # p1463
    ("近日,县总工会将举办职工子女暑期爱心托管班。", False),
    ("医院一年一度的职工趣味运动会,于2016年1月26、27日下午在新住院大楼广场举行。", True),
    ("医院一年一度的职工趣味运动会,定于2016年1月26日下午在新住院大楼广场举行。", False),
])
def test_an_untitled_account_of_work_done_is_a_report(describe, opening, report):
    [f] = describe(f"{opening}\n一是抓领导,强基础。成立领导小组。\n二是抓覆盖,扩大入会。\n")
    assert (f.plan_kind == "report") == report


def test_an_untitled_plan_whose_items_head_an_activitys_arrangements_is_an_activity_plan(describe):
    # p1143: no title and no word of a kind of text; its items are the activity's time, people, content
    [f] = describe("为关爱困难职工子女,让孩子们度过快乐的假期。\n一、活动时间:7月10日\n"
                   "二、活动对象:困难职工子女\n三、活动内容:参观科技馆\n")
    assert f.plan_kind == "activity_plan"
    # a page that begins inside a work plan's tasks is none
    [g] = describe("一、认真开展技术创新活动,增加企业经济效益。\n二、大力实施职工素质工程。\n"
                   "三、做好困难职工帮扶。\n")
    assert g.plan_kind != "activity_plan"


def test_a_companys_union_named_before_a_village_is_a_firms(describe):
    # p1275: a power grid company's union visits a construction site in a village
    [f] = describe("送清凉 国家电网工会慰问一线电力工作者\n在谭家湾村光伏发电站建设工地,国家电网公司工会"
                   "一行详细了解工程进展情况,并为工程建设者们送去防暑降温物品。\n")
    assert f.org_kind == "enterprise"
    [g] = describe("在谭家湾村,村工会一行走访了困难群众。\n")
    assert g.org_kind == "community"


@pytest.mark.parametrize("title,kind", [
    ("2023年高新区工会工作计划", "federation"),  # a district's union
    ("2023年县工会工作要点", "federation"),
    ("2023年社区工会工作计划", "community"),  # 社区 is not a district
    ("镇委工会联合会工作计划", "community"),  # a township's federation is the township's (p1040)
    ("沙湾街总工会2025年工作计划", "community"),  # a street's, written 街 for 街道 (p1206)
    ("社團法人臺南市教師會組織章程", "federation"),  # a city's teachers' association (p969)
    ("台南市立建興國民中學教師會章程", "school"),  # a school's own (p768)
    ("2023年建设银行支行机关工会活动方案", "enterprise"),  # a bank's 机关 is its head office
    ("幼稚園工會工作計畫", "kindergarten"),  # Taiwan's word
    ("永兴三中教育工会2004年工作计划", "school"),  # No. 3 middle school's, no education federation
    ("戴德森醫療財團法人關係企業工會獎勵辦法", "hospital"),  # a Taiwanese hospital group (p615)
    ("学习十八届三中全会精神工会工作计划", "unknown"),  # 三中全会 is no school
    ("肿瘤学院工会2004年工作计划", "hospital"),  # a clinical school is a hospital (p004)
    ("首都医科大学附属北京友谊医院2016年秋季职工运动会方案", "hospital"),  # an affiliated hospital (p751)
    ("2023年医学院工会工作计划", "university"),  # a medical college
])
def test_the_kind_of_a_named_union(describe, title, kind):
    [f] = describe(f"{title}\n一、加强学习\n二、开展竞赛\n")
    assert f.org_kind == kind


def test_a_date_in_the_body_gives_the_year_only_with_its_month(describe):
    [dated] = describe("职工运动会活动方案\n一、活动目的:增强体质\n二、活动时间:2021年10月15日上午\n")
    assert dated.year == 2021
    [bare] = describe("职工运动会活动方案\n一、活动目的:2014年以来职工运动会已办十届\n二、活动地点:操场\n")
    assert bare.year is None
    [stated] = describe("2023年职工运动会活动方案\n一、活动时间:2021年10月15日\n")
    assert stated.year == 2023  # the title's year comes first
    [born] = describe("教工羽毛球比赛的通知\n一、参赛资格:男队员须1965年10月31日以前出生\n"
                      "二、报名时间:即日起到2010年 11月 4日止\n")
    assert born.year == 2010  # a birth date limiting who may play dates people, not the plan (p868)
    [festival] = describe("春节慰问活动方案\n一、活动主题:欢乐迎春\n"
                          "二、活动时间:2024年春节期间(具体日期待定)\n")
    assert festival.year == 2024  # the festival period an activity is held in dates it (p223)
    [looking_back] = describe("春节慰问活动方案\n一、活动主题:2024年春节的回忆\n二、慰问对象:困难职工\n")
    assert looking_back.year is None  # a festival named without its period is no date


def test_a_collection_the_site_named_gives_its_plans_year_and_kind(describe):
    """The collection's line is chrome and removed, yet it names the year of what it collects
    (p123, p042); a plan's own year still comes first."""
    items = "\n一、活動時間:1月23日\n二、活動地點:會議室\n"
    [traditional] = describe("2021春節工會活動方案6篇\n春節工會活動方案篇一:" + items)
    assert traditional.year == 2021
    [own] = describe("2021春節工會活動方案6篇\n2019年春節工會活動方案篇一:" + items)
    assert own.year == 2019
    [blurb] = describe("下面是小编为大家整理的2023公司工会年度工作计划(20篇),供大家参考。\n"
                       "公司工会年度工作计划\n一、深化劳动竞赛\n二、维护职工权益\n")
    assert blurb.year == 2023
    [dateless] = describe("春節工會活動方案6篇\n春節工會活動方案篇一:" + items)
    assert dateless.year is None
    # where nothing above the items says what the plan is, the collection the site named does (p610)
    [summary] = describe("下面是小编为大家整理的2022年度X总工会上半年工作总结和下半年工作思路,供大家参考。\n"
                         "X街道总工会认真贯彻区总全会精神,夯实工会基础。\n一、深入开展工会组建攻坚行动\n"
                         "二、大力推进法治工会建设\n")
    assert summary.plan_kind == "summary_plan"


@pytest.mark.parametrize("page_title,title", [
    ("您现在的位置: 首页>工作计划>医院工会工作计划", "医院工会工作计划"),  # a breadcrumb trail
    ("笔趣阁 > 企划文案 > 总工会金秋助学工作实施方案", "总工会金秋助学工作实施方案"),
    ("幼儿园工会方案.docxVIP", "幼儿园工会方案"),  # a library's file name
    ("最新整理职工运动会活动方案.docx", "职工运动会活动方案"),
    ("医院2025年工会工作计划范本", "医院2025年工会工作计划"),
    ("篇1:工会春游活动方案", "工会春游活动方案"),  # a plan's number before its title (p574)
    ("1小学慰问退休教师活动方案", "小学慰问退休教师活动方案"),  # glued before it (p563)
    ("(一)县总工会元旦春节送温暖活动情况汇报", "县总工会元旦春节送温暖活动情况汇报"),  # bracketed (p1231)
    ("12月份工会工作计划", "12月份工会工作计划"),  # a month is no plan number
    ("20xx年工会女工工作计划(一)", "20xx年工会女工工作计划"),  # after it (p378, p421, p393)
    ("工會組織活動通知1", "工會組織活動通知"),
    ("幼儿园工会下半年工作计划 『1』", "幼儿园工会下半年工作计划"),
    ("幼稚園工會工作計畫範文一", "幼稚園工會工作計畫"),  # Traditional 範文 (p374)
    ("工会上半年工作总结模板", "工会上半年工作总结"),
    ("《某小学教职工代表大会工作方案", "某小学教职工代表大会工作方案"),  # a bracket never closed
    # a document library's banner, its Word page fields and labels, a views counter (p560, p808,
    # p807, p816, p858), a plan's number after 范文 (p525)
    ("精选优质文档-倾情为你奉上2013学年启凤小学学校工会活动方案", "2013学年启凤小学学校工会活动方案"),
    ("第PAGE10页共NUMPAGES10页医院2022年工会工作计划精编", "医院2022年工会工作计划"),
    ("下载后可任意编辑街道2024年度工会工作总结及明年工作思路", "街道2024年度工会工作总结及明年工作思路"),
    ("[实用参考]工会慰问职工管理办法", "工会慰问职工管理办法"),
    ("6 浏览学校工会活动方案", "学校工会活动方案"),
    ("工会送温暖活动方案(最新)", "工会送温暖活动方案"),
    ("2023年学校秋季工会工作计划格式", "2023年学校秋季工会工作计划"),
    ("2021年医院工会工作计划范文(一)", "2021年医院工会工作计划"),
])
def test_a_page_titles_chrome_is_not_the_plans_title(describe, page_title, title):
    [f] = describe("一、活动时间:5月10日\n二、活动地点:体育馆\n", title=page_title)
    assert f.title_text == title


def test_a_collection_title_names_no_plan_of_it(describe):
    page = "工会工作计划锦集9篇\n工会工作计划 篇1\n一、加强学习\n工会工作计划 篇2\n一、开展竞赛\n"
    assert [f.title_text for f in describe(page)] == ["工会工作计划", "工会工作计划"]


def _item(plan: str, k: int, text: str = "组织开展送温暖活动,慰问困难职工") -> ReuseItem:
    """Item k of a plan ("a-p1") in the copy-group tests."""
    return ReuseItem(f"{plan}-i{k}", plan, plan.split("-")[0], text)


@pytest.mark.parametrize("pair_chunk", [1 << 20, 1])  # pairs summed at the end, or after each cluster
def test_a_copied_plan_is_one_group_with_its_largest_member_canonical(monkeypatch, pair_chunk):
    monkeypatch.setattr(mine, "PAIR_CHUNK", pair_chunk)
    # plans a and b share three of a's four items: copies; c shares one of its ten: no copy
    clusters = [ReuseCluster(((_item("a-p1", k), 1.0), (_item("b-p1", k), 1.0))) for k in range(3)]
    clusters.append(ReuseCluster(((_item("a-p1", 9), 1.0), (_item("c-p1", 9), 1.0))))
    heads = {f"{p}-i{k}" for p in ("a-p1", "b-p1", "c-p1") for k in range(3)}
    groups = copy_groups(clusters, {"a-p1": 4, "b-p1": 5, "c-p1": 10},
                         {"a-p1": 300, "b-p1": 900, "c-p1": 100}, heads)
    assert set(groups) == {"a-p1", "b-p1"}
    assert groups["a-p1"] == groups["b-p1"] and groups["a-p1"][1] == "b-p1"


def test_plans_sharing_stock_goal_lists_under_different_guiding_paragraphs_are_no_copies():
    # p446, p999 (and five more school plans): the same stock goals ("增强三个意识" and its
    # items) under guiding paragraphs that are different texts; p601 keeps p446's paragraph
    # behind a phrase of its own, a copy
    guide_446 = ("落实市、区总工会部署,坚定不够地贯彻落实党的全心全意依靠工人阶级的指导方针,"
                 "服从服务大局,全面履行工会职能,团结动员全校广大职工")
    guide_999 = ("以党的十八大精神为指导,认真落实科学发展观,组织起来切实维权,"
                 "强化教师职业道德教育,全面提升教职工队伍的整体素质与专业水平")
    goals = ("进一步增强工会工作服从服务于教育发展大局意识", "进一步增强维护意识;进一步增强创新意识")
    plans = {"p446-p1": guide_446, "p999-p1": guide_999,
             "p601-p1": "坚持以三个代表重要思想为指导," + guide_446}
    clusters = [ReuseCluster(tuple((_item(p, k, text), 1.0) for p in plans))
                for k, text in enumerate(goals, 1)]
    heads = {f"{p}-i{k}" for p in plans for k in range(3)}
    openings = {p: (guide, *goals) for p, guide in plans.items()}
    sizes, lengths = dict.fromkeys(plans, 3), dict.fromkeys(plans, 400)
    assert set(copy_groups(clusters, sizes, lengths, heads, openings)) == {"p446-p1", "p601-p1"}
    # without their guiding paragraphs the lists alone link all three
    assert set(copy_groups(clusters, sizes, lengths, heads)) == set(plans)


# p034 and its reworded later version p896 (动员 -> 发动, 目标 -> 目的, 准备 -> 预备): no item is
# near enough its counterpart to share a cluster, the whole texts are alike
_ORIGINAL = ("以构建和谐医院为主题,充分发挥广大职工的主力军作用。在乡工会,院党总支的领导下,"
             "我院工会将动员全院职工明确目标和要求,认真做好各项准备工作。院工会将配合院行政狠抓医疗质量医疗安全,扎实做好各项工作,"
             "圆满完成任务。以协调劳动关系为主线,切实维护职工合法权益。劳动关系和谐是社会和谐的基础。")
_REWORDED = (_ORIGINAL.replace("动员", "发动").replace("目标", "目的").replace("准备", "预备")
             .replace("乡工会", "市总工会、县工会").replace("圆满", "顺利"))


def _alike(*plans: tuple[str, str]) -> list[tuple[str, str]]:
    """The plan pairs `find_reuse` reports alike, for plans given as (plan id, text), each
    sentence of a text an item."""
    items = [ReuseItem(f"{plan}-i{k}", plan, plan.split("-")[0], sentence + "。")
             for plan, text in plans for k, sentence in enumerate(filter(None, text.split("。")))]
    alike: list[tuple[str, str]] = []
    find_reuse(items, alike)
    return alike


def test_plans_reworded_throughout_are_copies_by_their_whole_texts():
    assert _alike(("a-p1", _ORIGINAL), ("b-p1", _REWORDED)) == [("a-p1", "b-p1")]
    groups = copy_groups([], {"a-p1": 4, "b-p1": 4}, {"a-p1": 300, "b-p1": 320}, set(),
                         alike=[("a-p1", "b-p1")])
    assert groups["a-p1"] == groups["b-p1"] and groups["a-p1"][1] == "b-p1"
    # another plan of the same kind, in the same words of the field, is no copy
    other = ("以创建模范职工之家为主题,充分发挥工会组织的桥梁纽带作用。在局党组的领导下,工会将组织全体干部"
             "开展读书活动和岗位练兵,办好职工书屋。做好困难职工帮扶和金秋助学工作,维护职工合法权益。")
    assert _alike(("a-p1", _ORIGINAL), ("c-p1", other)) == []
    # a few alike lines are no plan: too short to compare as a whole
    short = "活动时间另行通知并报工会办公室。活动地点设在工会活动室内。"
    assert _alike(("a-p1", short), ("b-p1", short)) == []


def test_a_plan_that_only_ends_with_anothers_passage_is_no_copy():
    # p401: a 送清凉 plan whose last five of nine items are a pasted part of p036's 规程; a
    # copy, whole or cut short, begins like its original
    pasted = [ReuseCluster(((_item("a-p1", k), 1.0), (_item("b-p1", k - 4), 1.0))) for k in range(4, 9)]
    heads = {f"{p}-i{k}" for p in ("a-p1", "b-p1") for k in range(3)}
    assert copy_groups(pasted, {"a-p1": 9, "b-p1": 18}, {"a-p1": 500, "b-p1": 900}, heads) == {}
    cut_short = [ReuseCluster(((_item("a-p1", k), 1.0), (_item("b-p1", k), 1.0))) for k in range(5)]
    assert set(copy_groups(cut_short, {"a-p1": 9, "b-p1": 18}, {"a-p1": 500, "b-p1": 900}, heads)) \
        == {"a-p1", "b-p1"}


def test_a_page_running_two_plans_together_joins_the_one_it_begins_like():
    # p068: items 0-2 copy x's three items, items 3-8 copy y's six: one copy group per plan,
    # through the text the spliced page begins with; x and y are no copies of each other
    clusters = [ReuseCluster(((_item("s-p1", k), 1.0), (_item("x-p1", k), 1.0))) for k in range(3)]
    clusters += [ReuseCluster(((_item("s-p1", k), 1.0), (_item("y-p1", k - 3), 1.0))) for k in range(3, 9)]
    heads = {f"{p}-i{k}" for p in ("s-p1", "x-p1", "y-p1") for k in range(3)}
    groups = copy_groups(clusters, {"s-p1": 9, "x-p1": 3, "y-p1": 6},
                         {"s-p1": 900, "x-p1": 300, "y-p1": 600}, heads)
    assert set(groups) == {"s-p1", "x-p1"}


def test_a_fragment_joins_the_plan_it_shares_most_with_and_chains_no_other():
    # p712: a page kept a kindergarten plan's first four items; all four are in template t,
    # two (指导思想 and its heading) also begin variant v, which goes on differently:
    # the fragment is a copy of t, and t and v stay apart
    clusters = [ReuseCluster(((_item("f-p2", k), 1.0), (_item("t-p1", k), 1.0), (_item("v-p1", k), 1.0)))
                for k in range(2)]
    clusters += [ReuseCluster(((_item("f-p2", k), 1.0), (_item("t-p1", k), 1.0))) for k in range(2, 4)]
    heads = {f"{p}-i{k}" for p in ("f-p2", "t-p1", "v-p1") for k in range(3)}
    groups = copy_groups(clusters, {"f-p2": 4, "t-p1": 12, "v-p1": 10},
                         {"f-p2": 300, "t-p1": 1500, "v-p1": 1400}, heads)
    assert set(groups) == {"f-p2", "t-p1"}


def test_copying_is_counted_in_the_smaller_plans_items_not_in_clusters():
    # p343 ~ p743: seven "主持人:" lines of each fall in one cluster; with the heading they
    # cover eight of the smaller plan's ten items, a copy, though they share two clusters
    host = [(_item("a-p1", k, "主持人:。"), 1.0) for k in range(3, 10)]
    host += [(_item("b-p1", k, "主持人:。"), 1.0) for k in range(3, 10)]
    clusters = [ReuseCluster(((_item("a-p1", 0), 1.0), (_item("b-p1", 0), 1.0))), ReuseCluster(tuple(host))]
    heads = {f"{p}-i{k}" for p in ("a-p1", "b-p1") for k in range(3)}
    groups = copy_groups(clusters, {"a-p1": 10, "b-p1": 12}, {"a-p1": 600, "b-p1": 700}, heads)
    assert set(groups) == {"a-p1", "b-p1"}


def test_a_bare_heading_both_plans_open_with_is_no_sign_of_copying():
    # p114 ~ p361: a school's games plan ends with three items pasted from a federation's plan
    # of six; the only shared item among the federation plan's first three is "活动内容"
    clusters = [ReuseCluster(((_item("f-p1", 1, "活动内容"), 1.0), (_item("s-p1", 2, "活动内容"), 1.0)))]
    clusters += [ReuseCluster(((_item("f-p1", k), 1.0), (_item("s-p1", k + 10), 1.0))) for k in (3, 4)]
    heads = {f"{p}-i{k}" for p in ("f-p1", "s-p1") for k in range(3)}
    assert copy_groups(clusters, {"f-p1": 6, "s-p1": 15}, {"f-p1": 600, "s-p1": 1500}, heads) == {}


def test_a_passage_on_more_plans_than_copies_span_is_boilerplate_and_links_none():
    from pipeline.mine.reuse import COPY_MAX_PLANS

    plans = [f"p{k:03d}-p1" for k in range(COPY_MAX_PLANS + 1)]
    # every plan has one item, the same boilerplate line: by share alone all would be copies
    wide = ReuseCluster(tuple((ReuseItem(f"{p}-i1", p, p[:4], "活动时间另行通知各单位"), 1.0) for p in plans))
    heads = {f"{p}-i1" for p in plans}
    assert copy_groups([wide], dict.fromkeys(plans, 1), dict.fromkeys(plans, 100), heads) == {}
    narrow = ReuseCluster(wide.members[:COPY_MAX_PLANS])
    assert len(copy_groups([narrow], dict.fromkeys(plans, 1), dict.fromkeys(plans, 100), heads)) \
        == COPY_MAX_PLANS


def test_a_plan_cut_after_its_first_short_items_is_a_copy_by_their_words():
    # p037: a library page repeating its election steps as 第二篇, cut after two short items
    whole = ("准备发动工作", "提出换届选举方案,报党委,并向上一级工会写出书面请示。", "确定工会委员人数。")
    sizes = {"a-p1": 24, "a-p2": 2, "b-p1": 2, "c-p1": 2}
    lengths = {"a-p1": 900, "a-p2": 60, "b-p1": 40, "c-p1": 40}
    openings = {"a-p1": whole, "a-p2": ("准备发动工作", "提出换届选举方案,报党委"),
                # the same words, cut too short to say anything (under MIN_CHARS together)
                "b-p1": ("准备发动工作", "提出"),
                # the same first item, then other words: no copy
                "c-p1": ("准备发动工作", "召开全体会员大会选举新一届委员")}
    groups = copy_groups([], sizes, lengths, set(), openings)
    assert set(groups) == {"a-p1", "a-p2"} and groups["a-p2"] == groups["a-p1"]
    assert groups["a-p1"][1] == "a-p1"  # the longer text is canonical


def test_a_plan_cut_after_its_opening_is_a_copy_by_its_words_whatever_its_title():
    # p066 篇二 kept only its purpose statement, cut inside; p215 holds it whole in Traditional
    # (compared in the Simplified view); p572 範文2 kept its opening and a cut first item
    opening = ("为丰富分公司职工的文化生活,促进工作的积极性,激发工作热情,提高工作效率,以更大的动力迎接"
               "20xx年的到来,分公司工会小组针对实际情况安排了两组迎新工会活动,分别设立了以下项目:")
    heads = ("分公司小型室内运动会", "跳棋比赛,活动规则如下:", "分公司20人分5组进行预赛,每组取第一名进行决赛")
    leads = {"whole-p1": opening, "cut-p2": opening[:31], "first-p2": opening, "other-p1": opening,
             # a greeting too short to show copying
             "short-p1": "为丰富职工生活,特制定本方案:", "short-p2": "为丰富职工生活,特制定本方案:"}
    openings = {"whole-p1": heads, "first-p2": ("分公司小型",),
                # the same opening, then another first item: no copy
                "other-p1": ("职工拔河比赛",), "short-p1": ("拔河比赛",), "short-p2": ("拔河比",)}
    sizes = {"whole-p1": 12, "cut-p2": 0, "first-p2": 1, "other-p1": 1, "short-p1": 1, "short-p2": 1}
    lengths = {"whole-p1": 900, "cut-p2": 40, "first-p2": 90, "other-p1": 90, "short-p1": 30, "short-p2": 30}
    groups = copy_groups([], sizes, lengths, set(), openings, leads)
    assert set(groups) == {"whole-p1", "cut-p2", "first-p2"}
    assert {g for g, _ in groups.values()} == {groups["whole-p1"][0]} and groups["cut-p2"][1] == "whole-p1"


def test_a_news_item_without_items_on_two_sites_is_a_copy_by_its_words():
    # p1298 and p1398: one news item, a subtitle on one site, a banner and a date line on the other
    news = ("1月25日至26日在京召开的全总十八届二次执委会议,明确了2024年工会工作总体要求和主要任务。"
            "据悉,全总和各级工会将全面贯彻党的二十大精神,落实中国工会十八大目标任务,针对职工群众急难愁盼问题和权益维护薄弱的"
            "重点职工群体,认真实施5大工程,扎实开展5大行动,重点抓好职工思想政治引领等9个方面工作。")
    stock = ("为进一步丰富职工的业余文化生活,增强职工的凝聚力和向心力,营造团结和谐、积极向上的工作氛围,"
             "展示职工良好的精神风貌,促进各项工作的顺利开展,经工会委员会研究决定,特制定本活动方案。")
    leads = {"uni-p1": "实施5大工程,开展5大行动,重点抓好9个方面工作 " + news,
             "mutual-p1": "作要闻 News 邮编 100022 2024年全国工会重点工作明确 " + news,
             # one template's stock purpose over two different plans with items: their items decide
             "hike-p1": stock, "chess-p1": stock,
             "other-p1": "3月8日,区总工会举办女职工健康讲座,邀请专家讲解妇科疾病的预防和治疗,"
                         "两百余名女职工参加了讲座,反响热烈。讲座结束后,专家还为女职工进行了义诊。"}
    sizes = {"uni-p1": 0, "mutual-p1": 0, "hike-p1": 8, "chess-p1": 6, "other-p1": 0}
    lengths = {p: 600 for p in leads}
    groups = copy_groups([], sizes, lengths, set(), {}, leads)
    assert set(groups) == {"uni-p1", "mutual-p1"}
    assert groups["uni-p1"][0] == groups["mutual-p1"][0]


@pytest.mark.parametrize("text,title,kind", [
    # p601: an untitled school plan; the scraper took a line of its text, naming 制度, for the title
    ("一、指导思想\n坚持以服务大局为指导,全面履行工会职能。\n二、工作重点\n政治上保证,制度上落实,素质上提高。\n"
     "三、工作目标\n(一)增强三个意识\n", "政治上保证,制度上落实,素质上提高,权益上维护。", "work_plan"),
    # p742: a work plan's words name the rules it keeps; its sections are its main work
    ("一、指导思想\n以党的精神为指导,切实加强学校民主建设和工会制度建设。\n二、主要工作\n1、进一步推进校务公开。\n",
     "一、指导思想", "work_plan"),
    # rules that name themselves, or open with their first article, are rules without a title
    ("为规范工会经费使用,特制定本办法。\n一、经费来源\n二、经费使用\n", None, "rules"),
    ("第一条 为加强职工之家建设,结合本单位实际。\n第二条 本制度适用于全体会员。\n", None, "rules"),
])
def test_rules_words_in_running_text_are_no_rules_nor_a_text_line_a_title(describe, text, title, kind):
    [f] = describe(text, title)
    assert f.plan_kind == kind


@pytest.mark.parametrize("text,kind,activity", [
    ("职工拔河比赛活动方案\n一、活动时间:5月10日\n二、活动地点:操场\n", "activity_plan", "tug_of_war"),
    ("關於舉辦教職工乒乓球比賽的通知\n一、比賽時間:5月10日\n二、比賽地點:體育館\n", "notice", "ball_game"),
    ("春节走访慰问困难职工活动方案\n一、慰问对象\n二、慰问标准\n", "activity_plan", "care"),  # not a festival
    ("三八妇女节趣味运动会方案\n一、活动时间\n二、活动项目\n", "activity_plan", "sports_day"),
    ("单位工会活动方案\n一、活动时间\n二、活动地点\n", "activity_plan", None),  # nothing says
    ("2023年学校工会工作计划\n一、开展拔河比赛\n二、慰问困难职工\n", "work_plan", None),  # many activities
])
def test_an_activity_plan_or_notice_says_what_activity_it_is_for(describe, text, kind, activity):
    [f] = describe(text)
    assert (f.plan_kind, f.activity) == (kind, activity)


@pytest.mark.parametrize("text,title,fields,expected", [
    # the bodies a plan works under or follows do not make its kind
    ("工会工作计划\n过去的一年,在县委、政府、县总工会的正确领导下,我局干群上下同心,"
     "圆满完成了各项工作任务。\n一、加强学习\n二、开展竞赛\n", None, ("org_kind",), ("government",)),
    ("工会送温暖活动方案\n根据市总工会、集团工会的部署,xx公司工会决定开展送温暖活动。\n"
     "一、慰问对象\n二、慰问标准\n", None, ("org_kind",), ("enterprise",)),
    # a superior cited with its document's title and number, however long, names no kind (p131);
    # nor does a guest who attends the meeting (p457)
    ("教职工疗休养工作方案\n根据杭州市总工会、杭州市财政局、杭州市人力资源和社会保障局《关于加强职工疗休养管理工作的通知》"
     "(杭总工〔20xx〕42号)精神,结合我校实际,现就有关教职工疗休养工作安排如下。\n一、指导思想\n二、组织管理\n",
     None, ("org", "org_kind"), (None, "school")),
    ("7月20日上午,龙华街道组织召开工会第一次代表大会。区总工会领导、龙华街道相关负责人、大会代表100余人参加会议。\n",
     None, ("org_kind",), ("community",)),
    # a district federation named as the plan's own is a federation, whatever pupils or nurses
    # its plan serves (p1460, p1515)
    ("为切实解决职工子女暑期看护难问题,丰台区总工会在暑假期间开展职工子女暑期托管班项目,服务对象为小学1-6年级"
     "在职职工子女,托管班配备专业教师。\n", None, ("org_kind",), ("federation",)),
    # a province's unions named by the province act as its federation (p1468)
    ("近日,甘肃工会组织开展职工子女暑期托管服务,为小学生开设书法课。\n", None, ("org_kind",),
     ("federation",)),
    # a public library's union is neither an office nor a firm (p277)
    ("为丰富职工文化生活,福建省图书馆工会定于元宵节举办游园活动。\n一、活动时间\n二、活动地点\n", None,
     ("org_kind",), ("other",)),
    # a contest's 规程 is the event's plan, an organisation's 组织规程 its rules (p288, p1156)
    ("职工秋季趣味运动会竞赛规程\n一、比赛时间\n二、比赛项目\n", None, ("plan_kind",), ("activity_plan",)),
    ("公司员工福利管理委员会组织规程\n一、总则\n二、委员会职责\n", None, ("plan_kind",), ("rules",)),
    # a company's union named as the plan's own, whatever pupils and teachers it serves (p1174)
    ("暑假期间,平顶山供电公司工会为职工子女开设暑期托管班,聘请小学教师辅导作业,服务小学生60名。\n", None,
     ("org_kind",), ("enterprise",)),
    # the universities members' children go to are not the plan's organisation
    ("“金秋助学”活动方案\n一、助学对象:当年考入全日制普通高校的困难职工子女\n二、申报程序:向市总工会申报\n",
     None, ("org_kind",), ("federation",)),
    # p1527: the units those taking part come from are not the organiser's kind
    ("近日,省总工会举办青年联谊活动。来自省直机关、长光卫星技术股份有限公司、吉林大学等机关企事业单位的近300名"
     "青年职工齐聚一堂。\n", None, ("org_kind",), ("federation",)),
    # p138: an untitled college plan: its 教职工 and 教师 outnumber "全院", but only a college says it
    ("1.做好团结鼓劲工作。团结动员全院教职工振奋精神。\n2.做好职工慰问工作,慰问生病教职工。\n"
     "3.组织教师节活动,表彰优秀教师和教职工。\n", None, ("org_kind",), ("university",)),
    # p818: a kindergarten's summary whose 教师 outnumber its one 幼兒園
    ("五月份:組織教師參加培訓,華北幼兒園教師積極參與。\n六月份:教師節前慰問教師。\n", None, ("org_kind",),
     ("kindergarten",)),
    # p807: a summary with next year's plans whose title states the summarised year
    ("街道 2024 年度工会工作总结及明年工作思路\n一、主要工作\n二、明年思路\n", None, ("year",), (2025,)),
    # a university's hospital named after it, not affiliated (p779)
    ("清华大学玉泉医院工会工作条例\n第一章 总则\n第一条 工会是职工自愿参加的群众组织。\n", None,
     ("org_kind",), ("hospital",)),
    ("2014年家禽所羽毛球友谊赛比赛通知\n各科室:\n为丰富我所职工的业余文化生活,工会将举办比赛。\n"
     "一、比赛时间\n二、比赛地点\n", None, ("org_kind", "plan_kind", "year"), ("other", "notice", 2014)),
    # a site's date stamp is no year; a summary's title with its plan gives the plan's year
    ("幼儿园工会方案\n约5页 2025-02-07 发布于福建\n一、活动目的\n二、活动内容\n", None, ("year",), (None,)),
    ("团区委工会2006年工作总结\n及2007年工作计划\n一、主要工作\n二、明年打算\n", None, ("title_text", "year"),
     ("团区委工会2006年工作总结及2007年工作计划", 2007)),
    # an item or a sentence is no title; "篇一:" is no part of one
    ("一、比赛时间:5月中旬\n二、比赛地点:体育馆\n", "(一)比赛时间:拟定于2021年5月中旬", ("title_text",),
     (None,)),
    ("一、活動主題\n二、活動時間\n", "春節工會活動方案篇一:", ("title_text",), ("春節工會活動方案",)),
    # a year's schedule is a work plan, a festival event an activity plan
    ("20xx年工会活动安排(稿)\n为有序开展我单位工会活动,对20xx年工会活动安排如下。\n"
     "一、三月:三八节活动\n二、五月:春游\n", None, ("plan_kind",), ("work_plan",)),
    ("值此中秋之际,为了让每一位同事感受到节日的温馨,特举办本次中秋主题活动。\n一、活动时间\n二、活动地点\n",
     None, ("plan_kind",), ("activity_plan",)),
    # a site's menu bar is no title; an account of a year's work is a report
    ("范文首页自我鉴定总结报告工作总结工作计划党团相关演讲稿讲话稿文秘知识"
     "合同范文情书导游词 |\n社区工会经过一年的努力,成绩可喜:\n一、加强组织建设\n二、开展文体活动\n",
     None, ("title_text", "plan_kind"), (None, "report")),
    # a Taiwan occupational union's charter; helping the government does not make it an office
    ("台北巿糕餅業職業工會章程\n本會以保障會員權益,協助政府推行政令為宗旨。\n"
     "一、會員就業之輔導\n二、勞資糾紛之調處\n", None, ("org_kind", "plan_kind"), ("federation", "rules")),
    # a news item's dateline makes a report (p423); a street's 总工会 is the street's union, and
    # 集中学习 names no middle school
    ("近日,金坛区尧塘街道总工会召开基层工会主席会议,集中学习了习近平总书记的重要讲话精神。\n"
     "一、加强学习\n二、服务职工\n", None, ("plan_kind", "org_kind"), ("report", "community")),
    # a news page's dateline after a site's "News" label (p466); a Taiwanese 活動公告 is a notice (p355)
    ("News7月26日下午,一届职工代表大会执行委员会第二次会议在行政楼召开。\n1.通报工作\n2.讨论预算\n", None,
     ("plan_kind",), ("report",)),
    ("教職員登山會活動公告─ 鳴鳳古道健行\n一、集合地點\n二、報名方式\n", None, ("plan_kind",), ("notice",)),
    # a national industry union's regional committee is a federation, whatever industry it names (p352)
    ("【概况】中国能源化学工会华东电力工作委员会,下设组宣部、办公室。省市电力公司职工14万人。\n一、组织建设\n"
     "二、劳动竞赛\n", None, ("org_kind",), ("federation",)),
    # the units a notice is addressed to are not its organisation, nor is a verb before 工会
    ("关于举办教职工运动会的通知\n各分工会:\n为进一步推动工会工作,经研究,实验中学工会决定举办运动会。\n"
     "一、比赛时间\n二、比赛地点\n", None, ("org",), ("实验中学工会",)),
    # a 活动计划 is one activity's plan (p485), a year's 工会活动计划 a work plan
    ("三八妇女节活动计划\n一、指导思想\n二、活动目的\n", None, ("plan_kind",), ("activity_plan",)),
    ("2023年度工会活动计划\n一、三月:三八节活动\n二、五月:春游\n", None, ("plan_kind",), ("work_plan",)),
    # a county federation convening its townships' unions (乡镇工会) is the federation (p026)
    ("11月8日上午,宝丰县总工会召开全县乡镇工会工作会议,安排部署年底工作。\n一是抓组建\n二是抓维权\n", None,
     ("org_kind",), ("federation",)),
    # a date with 将 before the verb is a plan's
    ("3月8日,我校工会将举办“三八”趣味运动会。\n一、活动时间\n二、活动地点\n", None, ("plan_kind",),
     ("activity_plan",)),
    # every union has an 办公室 and a 医疗互助 scheme: neither names an office or a hospital
    ("工会活动方案\n一、报名:参赛人员到办公室报名\n二、福利:参加职工医疗互助\n", None, ("org_kind",),
     ("unknown",)),
    # the body's words vote: one 扩大学习 or 大学 beside a school's teaching staff says school (p344)
    ("工会实施方案\n一、活动意义:巩固和扩大学习实践活动成果\n二、参加对象:全体教职工\n"
     "三、要求:教师按学校安排参加,子女考上大学的教职工另行慰问\n", None, ("org_kind",), ("school",)),
    # the page's title repeated above the document's own title (p003: the site put the current year)
    ("第三医院工会2018年工作计划\n\n第三医院工会2004年工作计划\n2004年我院工会工作的指导思想是:加强学习。\n"
     "一、加强学习\n二、开展竞赛\n", "第三医院工会2018年工作计划", ("title_text", "year"),
     ("第三医院工会2004年工作计划", 2004)),
    # the year a plan's work is arranged for outranks the year it looks back on (p455)
    ("为了总结2017年的女职工工作,安排部署2018年的主要任务,市总工会决定召开全委会议。有关事项通知如下:\n"
     "一、会议时间\n二、会议地点\n", None, ("year",), (2018,)),
    # "明年" in a summary's title: the year after the one its opening summarises (p435)
    ("镇工会工作总结和明年工作计划\n2017年镇工会在总结2016年工作经验的基础上,扎实开展工作。\n"
     "一、组建工会\n二、开展竞赛\n", None, ("year",), (2018,)),
    # a blog's date line is no year of the plan; the notice's own date is (p406)
    ("2024年09月20日 星期五\n职工知识竞赛决赛有关事项的通知\n各县(市)区总工会:\n"
     "全市职工知识竞赛决赛定于2011年7月20日举行。\n一、时间\n二、地点\n", None, ("year",), (2011,)),
    # nor is a site banner's "今天是" date, in the page title or as the plan's first line; the
    # banner's federation is the site's, the union acting the plan's (p1204)
    ("欢迎您进入乐山市总工会门户网站 今天是:2026年03月03日 星期二\n税务局工会开展六一儿童节主题活动\n"
     "活动中,税务局工会为孩子们安排了体验环节。\n一、小小税官\n二、税务小课堂\n", None, ("year", "org"),
     (None, "税务局工会")),
    # nor a newspaper's issue above its item (p1527)
    ("吉林举办青年职工联谊活动\n《工人日报》(2024年05月22日 02版)\n本报讯 近日,省总工会举办青年联谊活动。\n",
     None, ("year",), (None,)),
    # a Republic-of-China date on a Taiwanese page (p355); a placeholder month still dates (p080)
    ("教職員登山會活動公告\n出發時間:93年02月14日上午7:00整\n一、集合地點\n二、報名方式\n", None,
     ("year",), (2004,)),
    ("劳动竞赛实施方案\n一、竞赛目的\n二、时间安排\n1、启动阶段。 2016年 X月 X日项目部召开动员会。\n",
     None, ("year",), (2016,)),
    # a title a site bracketed at the head of the text running on after it (p555, p481)
    ("【《劳模工作室管理办法》】为充分发挥劳动模范的示范引领作用,特制定本办法。\n一、总则\n二、设立与申报\n",
     None, ("title_text", "plan_kind"), ("劳模工作室管理办法", "rules")),
    ("近日,【工会外出踏青活动方案】引发关注。以下为本次踏青活动的具体方案总结。\n一、活动目的\n二、活动时间\n",
     None, ("title_text", "plan_kind"), ("工会外出踏青活动方案", "activity_plan")),
    # a Taiwanese title's Republic year (p479), over a western year in its opening
    ("桃園市立青溪國民中學105年度教職員工文康活動計畫\n依據2014年修訂之辦法辦理。\n一、活動日期\n二、活動地點\n",
     None, ("year",), (2016,)),
    # 为了总结 is a purpose, not a summary (p455); a superior's notice cited (…的通知精神) makes
    # no notice (p572); a site's category before the title (计划总结之…) names no summary (p163)
    ("为了总结2017年的女职工工作,安排部署2018年的主要任务,市总工会决定召开全委会议。有关事项通知如下:\n"
     "一、会议时间\n二、会议地点\n", None, ("plan_kind",), ("notice",)),
    ("根据区委办《关于印发春节期间有关活动方案》的通知精神,拟制定慰问工作方案如下:\n一、慰问对象\n二、慰问标准\n",
     None, ("plan_kind",), ("activity_plan",)),
    ("• 2021-04-14 发布\n体育计划总结之女教师拔河比赛活动方案\n一、活动目的\n二、比赛时间\n", None,
     ("plan_kind",), ("activity_plan",)),
    # a site's labelled watermark glued to a title run on into its text (p643): the title's
    # plan part gives the year; a year's schedule of 文体 activities is a work plan (p639)
    ("携笔同道公文写作范文宝典:www.xiebitongdao.com区总工会2019年工作总结及2020年工作计划2019年,在区委的领导下,"
     "区总工会发挥了作用。\n一、2019年工作完成情况\n二、2020年工作计划\n", None,
     ("title_text", "year", "plan_kind"), ("区总工会2019年工作总结及2020年工作计划", 2020, "summary_plan")),
    ("工会全年度文体活动安排\n一、春季登山\n二、秋季运动会\n", None, ("plan_kind",), ("work_plan",)),
    ("工会年度活动计划表\n一、春季登山\n二、秋季运动会\n", None, ("plan_kind",), ("work_plan",)),  # p077
    # a summary's title, its plan named in its opening (p1216)
    ("工会联合会半年工作总结\n工会联合会2024年工作总结及2024年打算:2024年是工会联合会发展的重要一年,我们团结带领"
     "广大职工积极行动。\n一、工作总结\n二、工作打算\n", None,
     ("plan_kind",), ("summary_plan",)),
    # a speech or a host's script is none of the kinds (p1490), a 方案 with its speech is a 方案 (p448)
    ("第一篇:全市“五一”表彰暨工会工作会议主持词\n同志们:刚才,市总工会主席作了工作报告。\n一、宣读表彰决定\n"
     "二、颁奖\n", None, ("plan_kind",), ("other",)),
    ("2023年度迎新春文化活动实施方案和活动致辞\n一、活动时间\n二、活动内容\n", None, ("plan_kind",),
     ("activity_plan",)),
    # another plan cited names no kind (p952); a 工作方案 naming this one activity is its plan (p1054)
    ("为不断提高广大教职工教书育人的技能水平和业务能力,促进教师队伍素质全面提升,学校工会根据本年度工作计划和上级精神,"
     "将在全校开展岗位练兵主题劳动竞赛活动。\n一、参赛对象\n二、竞赛内容\n",
     None, ("plan_kind",), ("activity_plan",)),
    ("春节即将来临,我校将于春节前开展新年慰问活动,为做好这次慰问活动,特制定本工作方案。\n一、慰问对象\n"
     "二、慰问标准\n", None, ("plan_kind",), ("activity_plan",)),
    # a sentence of purpose naming a plan is no title (p666)
    ("为丰富教师业余文化生活,学院工会计划\n于下周举办趣味运动会。\n一、比赛项目\n二、比赛时间\n", None,
     ("title_text",), (None,)),
    # a festival before 工会 names no organisation (p114)
    ("五一劳动节工会活动方案\n一、活动时间\n二、活动地点\n", None, ("org",), (None,)),
    # a 工作方案 for one campaign or meeting is an activity's plan (p549, p690); a union's for
    # a term is a work plan (p169)
    ("XX县区农村中小学工会“四个一”活动工作方案\n一、指导思想\n二、活动内容\n", None, ("plan_kind",),
     ("activity_plan",)),
    ("2021年XX区企业工资集体协商百日要约行动工作方案\n一、指导思想\n二、行动范围\n", None, ("plan_kind",),
     ("activity_plan",)),
    ("2022年秋幼儿园工会工作方案\n一、指导思想\n二、主要工作\n", None, ("plan_kind",), ("work_plan",)),
    # a 院 with teaching staff is a college (p625): a hospital has none
    ("各工会:\n为增强集体的凝聚力,活跃校园文化生活,根据院工会今年\n的工作安排,定于3月下旬举办院第五届教职工拔河比赛。现将\n"
     "有关事项通知如下:\n一、比赛时间\n二、比赛地点\n", None, ("org_kind",), ("university",)),
    # a named campus is a university's, over the 教职工 it shares with a school (p772)
    ("一、比赛时间:5月10日\n二、参赛对象:马尾校区全体教职工\n三、比赛地点:马尾校区体育馆,教职工自带球拍\n",
     None, ("org_kind",), ("university",)),
    # a federation's own tasks among the firms and employees its plan names (p323, p092)
    ("一、开展非公企业建会攻坚行动,督促企业建会,员工入会\n二、走访企业困难员工\n三、企业员工技能竞赛\n",
     None, ("org_kind",), ("federation",)),
], ids=["superior-under", "superior-followed", "superior-cited-with-document", "guests-attending",
        "district-federation-named", "province-unions-named", "library-union", "contest-rules",
        "organisation-rules", "company-union-named", "children-schools",
        "participants-units",
        "college-outranks-school", "kindergarten-outranks-school", "next-year-titled", "university-hospital",
        "institute", "date-stamp",
        "summary-and-plan", "item-no-title", "pian-yi", "year-schedule", "festival-event", "site-menu",
        "occupational-union", "news-dateline", "news-label-dateline", "activity-announcement",
        "industry-union", "addressees-and-verbs", "activity-plan", "year-of-activities",
        "county-convenes-townships", "dated-plan", "office-and-medical", "body-votes",
        "page-title-repeated", "year-arranged", "next-year", "blog-date", "banner-date",
        "newspaper-date", "roc-date",
        "placeholder-month",
        "bracketed-title", "bracketed-title-in-sentence", "roc-title-year", "purpose-summing-up",
        "notice-cited", "site-category", "watermark-title-tail", "year-of-sports", "year-schedule-table",
        "summary-titled-plan-opened", "speech", "plan-with-speech",
        "plan-cited", "this-activity-work-plan", "purpose-no-title",
        "festival-no-org", "campaign-work-plan", "action-work-plan", "term-work-plan",
        "college-staff", "campus", "federation-tasks"])
def test_plan_fields_by_the_guide(describe, text, title, fields, expected):
    [f] = describe(text, title=title)
    assert tuple(getattr(f, name) for name in fields) == expected


def test_the_union_the_body_says_will_act_outranks_the_words_for_those_it_serves(describe):
    # p575: nothing above the items names the organisation; the 社区 and 村 it serves outnumber
    # the 区总工会 that will act, which is the plan's own
    [f] = describe("工会送清凉活动方案\n一、活动地点\n各社区、各村自行组织。"
                   "区总工会将在重点工程单位进行送清凉活动。\n二、活动对象\n社区、村的一线职工\n")
    assert f.org_kind == "federation"
    # p653: the organiser a plan names is its own, not the office that co-hosts it
    [g] = describe("登山比赛活动方案\n为丰富我市职工文体生活,特举办本次登山比赛。\n"
                   "一、主办、承办单位:\n主办:诸城市总工会诸城市地方税务局承办:诸城市工人文化宫。\n"
                   "二、时间安排\n参赛人员在本单位(工会、地税)集合。\n")
    assert g.org_kind == "federation"


@pytest.mark.parametrize("title", ["衛生工會工作計劃", "上海市科技工会迎新年健步走活动的通知"])
def test_a_sectors_union_is_a_federation(describe, title):
    # p487, p1013: a county's health-sector union, a city's science-and-technology union
    [f] = describe(title + "\n一、加强学习\n1、组织职工学习。\n")
    assert f.org_kind == "federation"


def test_a_page_beginning_in_its_text_takes_its_kind_from_the_body(describe):
    # p223: no title and no opening; the body's first words naming a kind say what it is, even
    # where a later row (制度) would come first in the rule file
    [f] = describe("一、引言\n隨著春節的臨近,為了豐富員工的文化生活,特制定本工會迎新春趣味活動方案。"
                   "各項工作按制度執行。\n二、活動主題\n三、活動時間\n")
    assert f.plan_kind == "activity_plan"
    [g] = describe("一、学习\n加强理论学习。\n二、宣传\n做好宣传。\n")
    assert g.plan_kind == "other"  # nothing names a kind of text


def test_a_template_sites_title_loses_to_a_body_naming_another_kind_throughout(describe):
    # p829: a site titles a school's plan with its search words "厂工会工作计划"; the body
    # never names a factory and names a school's 师德, 教师 and 教代会 again and again
    school_body = ("一、指导思想\n深化师德教育,形成良好师风。\n二、工作要点\n"
                   "1、深入开展师德教育活动,提高教师的师德修养。\n2、充分发挥教代会的作用,召开教代会。\n")
    [f] = describe("厂工会工作计划\n" + school_body)
    assert f.org_kind == "school"
    # named twice or less, the other kind does not overrule the title
    [g] = describe("厂工会工作计划\n一、指导思想\n深化师德教育。\n二、工作要点\n1、开展读书活动。\n")
    assert g.org_kind == "enterprise"
    # a body that uses the title's kind once keeps it
    [h] = describe("厂工会工作计划\n" + school_body + "3、组织全厂职工开展拔河比赛。\n")
    assert h.org_kind == "enterprise"
    # a federation's title stands: its plans name the schools and firms it leads
    [k] = describe("县总工会工作计划\n" + school_body)
    assert k.org_kind == "federation"


def test_a_school_named_by_words_a_university_shares_is_a_universitys_where_its_body_says_so(describe):
    # p832: 我校 and 校工会 in the opening say school; the 学院 that field the teams say university
    opening = "为提高我校教职工的健康水平,校工会定于4月21日举办教职工拔河比赛,具体要求如下:\n"
    [f] = describe(opening + "一、参赛单位\n1、机电学院\n2、外国语学院\n二、比赛规则\n每队10人。\n")
    assert f.org_kind == "university"
    [g] = describe(opening + "一、参赛单位\n1、机电学院\n2、初三年级组\n二、比赛规则\n每队10人。\n")
    assert g.org_kind == "school"  # one 学院 is not enough
    # a school named by its own words (中学) stays a school's whatever colleges its body names
    [h] = describe("实验中学工会拔河比赛方案\n" + opening
                   + "一、参赛单位\n1、机电学院\n2、外国语学院\n二、比赛规则\n每队10人。\n")
    assert h.org_kind == "school"


def test_a_title_naming_a_kind_by_shared_words_gives_way_to_the_opening_naming_one(describe):
    # p834: "员工" in a template site's title; the opening names the federation that acts
    opening = "为加大对困难职工的帮扶救助力度,市总工会计划于春节期间开展慰问帮扶困难职工活动。\n"
    [f] = describe("春节员工慰问方案\n" + opening + "一、慰问对象\n困难职工。\n")
    assert f.org_kind == "federation"
    # with nothing else naming a kind, 员工 still says a firm's
    [g] = describe("春节员工慰问方案\n为关心困难员工,工会决定春节期间开展慰问。\n一、慰问对象\n困难员工。\n")
    assert g.org_kind == "enterprise"
    # a title naming the kind by its own words stands against the opening's federation
    [h] = describe("公司春节员工慰问方案\n" + opening + "一、慰问对象\n困难职工。\n")
    assert h.org_kind == "enterprise"


def test_a_first_part_named_under_the_page_title_leaves_the_page_title_the_plans(describe):
    # p920: the page's title names the whole text; its first line names only its first part
    text = "2007年度工作总结\n2007年,校工会在校党委的领导下开展工作。\n一、推进民主管理\n二、加强自身建设\n"
    [f] = describe(text, title="2007年度工作总结和2008年度工作要点")
    assert (f.title_text, f.year, f.plan_kind) == ("2007年度工作总结和2008年度工作要点", 2008, "summary_plan")
    # a page title that only adds chrome or a year to the line does not replace it
    [g] = describe("工会劳动竞赛方案\n为推动生产,特制定本方案。\n一、竞赛内容\n二、竞赛时间\n",
                   title="各级工会劳动竞赛方案")
    assert g.title_text == "工会劳动竞赛方案"


def test_a_bureaus_plan_to_its_units_and_a_federations_short_name_acting(describe):
    # p1000: a bureau's union writes to the unions under it ("局属各工会委员会"), whose firms its
    # body names again and again: the title's office stands
    firms = ("一、依法维护职工权益\n(1)、局属企业工会组织要把集体合同工作抓好。\n"
             "(2)、要开好职代会,营造和谐的企业文化,促进企业与职工共同成长。\n(3)、推进企业厂务公开。\n")
    [f] = describe("2011年交通局工会工作要点\n局属各工会委员会:\n为贯彻区总工会会议精神,特制定工作要点如下:\n"
                   + firms)
    assert f.org_kind == "government"
    # p1024: "市总" is the city federation's short name, deciding what its notice arranges
    [g] = describe("关于开展“安康杯”竞赛活动检查的通知\n"
                   "市总决定对全市“安康杯”竞赛活动进行检查。现将有关事项通知如下:\n"
                   "一、检查形式\n1、自查:所有参赛企业进行自查。\n2、互查:各企业按照分组进行互查。\n3、抽查:抽查部分企业。\n")
    assert g.org_kind == "federation"


_STAFF_NOTICE = ("各基层工会:\n为丰富教职工文化生活,校工会决定举办教职工乒乓球赛。现将有关事项通知如下:\n"
                 "一、比赛时间\n5月中旬。\n二、参赛办法\n以基层工会为单位组队,学校在职人员均可参赛。\n")


@pytest.mark.parametrize("url,kind", [
    ("https://gh.example.edu.cn/info/1060/1982.htm", "university"),  # a college's union's site
    ("http://www.example.edu.cn/slgc/ghzd.htm", "university"),
    ("http://www.example-school.cn/news/1.html", "school"),  # the words alone: a school's
    ("http://www.example.edu.sh.cn/news/1.html", "school"),  # a city's school network, no college
    ("t.txt", "school"),  # no address at all
])
def test_a_colleges_site_makes_a_teaching_staffs_union_a_universitys(describe, url, kind):
    # CERNET gives the names directly under edu.cn to colleges and universities: a 校工会 and
    # its 教职工, words a university shares with a school, are a university's on such a site
    [f] = describe(_STAFF_NOTICE, url=url)
    assert f.org_kind == kind


def test_a_school_naming_itself_on_a_universitys_site_stays_a_school(describe):
    [f] = describe("附属中学工会2024年工作计划\n一、加强教职工思想建设\n二、开展师德活动\n",
                   url="https://fz.example.edu.cn/info/1.htm")
    assert f.org_kind == "school"


def test_a_site_names_no_kind_over_a_kind_the_plan_names(describe):
    [f] = describe("县总工会2024年工作要点\n一、加强基层建会\n二、推进入会\n",
                   url="https://gh.example.edu.cn/info/2.htm")
    assert f.org_kind == "federation"


@pytest.mark.parametrize("text,kind", [
    # the portal and source lines of a federation's site that carries a unit's news
    ("欢迎您进入某市总工会门户网站 今天是:2025年05月30日\n来源:某市总工会 时间:2025年05月30日\n"
     "为关心职工子女,某县税务局工会开展六一主题活动,为孩子们安排了小小税官体验。\n", "government"),
    ("日前,从中华全国总工会获悉,某化工公司职工书屋获命名示范点。该公司书屋藏书3000余册。\n", "enterprise"),
])
def test_the_site_or_body_that_carries_a_units_news_is_not_the_unit(describe, text, kind):
    [f] = describe(text)
    assert f.org_kind == kind


def test_an_agricultural_academys_union_is_a_research_institutes_not_a_hospitals(describe):
    [f] = describe("2月21日上午,某市农科院2023年工会工作会议召开。院工会主席代表工会委员会汇报了"
                   "2022年的工会工作。\n")
    assert (f.org_kind, f.plan_kind) == ("other", "report")


@pytest.mark.parametrize("title", ["某县人民法院工会2024年工作计划", "某市人民检察院工会2024年工作要点"])
def test_a_courts_union_is_an_offices_not_a_hospitals(describe, title):
    [f] = describe(f"{title}\n一、加强学习\n二、开展文体活动\n")
    assert f.org_kind == "government"


@pytest.mark.parametrize("title,kind", [
    ("第四届全国职工书画展工作方案", "activity_plan"),  # one event's 工作方案
    ("小学工会节日庆祝计划", "activity_plan"),
    ("工会读书节计划", "activity_plan"),
    ("2024年工会工作方案", "work_plan"),  # a year's 工作方案
])
def test_one_events_work_plan_is_an_activity_plan(describe, title, kind):
    [f] = describe(f"{title}\n一、活动时间\n二、活动内容\n")
    assert f.plan_kind == kind
