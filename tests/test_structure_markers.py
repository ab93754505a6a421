"""Marker styles, inline markers, false markers and nesting (annotation guide, section 1)."""

from __future__ import annotations

import pytest

from tests.conftest import assert_items, items_of

# (text, expected items as (depth, marker, start)); written from the guide, by hand.
STYLES = [
    ("一、组织学习\n二、开展竞赛\n", [(1, "一、", "组织学习"), (1, "二、", "开展竞赛")]),
    ("（一）组织学习\n（二）开展竞赛\n", [(1, "（一）", "组织学习"), (1, "（二）", "开展竞赛")]),
    ("(一)组织学习\n(二)开展竞赛\n", [(1, "(一)", "组织学习"), (1, "(二)", "开展竞赛")]),
    ("〔一〕.组织学习\n〔二〕.开展竞赛\n", [(1, "〔一〕.", "组织学习"), (1, "〔二〕.", "开展竞赛")]),
    ("1、组织学习\n2、开展竞赛\n", [(1, "1、", "组织学习"), (1, "2、", "开展竞赛")]),
    ("1.组织学习\n2.开展竞赛\n", [(1, "1.", "组织学习"), (1, "2.", "开展竞赛")]),
    ("1．组织学习\n2．开展竞赛\n", [(1, "1．", "组织学习"), (1, "2．", "开展竞赛")]),
    ("（1）组织学习\n（2）开展竞赛\n", [(1, "（1）", "组织学习"), (1, "（2）", "开展竞赛")]),
    ("〔1〕组织学习\n〔2〕开展竞赛\n", [(1, "〔1〕", "组织学习"), (1, "〔2〕", "开展竞赛")]),
    ("1)组织学习\n2)开展竞赛\n", [(1, "1)", "组织学习"), (1, "2)", "开展竞赛")]),
    ("1）组织学习\n2）开展竞赛\n", [(1, "1）", "组织学习"), (1, "2）", "开展竞赛")]),
    ("①组织学习\n②开展竞赛\n", [(1, "①", "组织学习"), (1, "②", "开展竞赛")]),
    ("⑴组织学习\n⑵开展竞赛\n", [(1, "⑴", "组织学习"), (1, "⑵", "开展竞赛")]),
    ("⒈组织学习\n⒉开展竞赛\n", [(1, "⒈", "组织学习"), (1, "⒉", "开展竞赛")]),
    ("㈠组织学习\n㈡开展竞赛\n", [(1, "㈠", "组织学习"), (1, "㈡", "开展竞赛")]),
    ("❶组织学习\n❷开展竞赛\n", [(1, "❶", "组织学习"), (1, "❷", "开展竞赛")]),
    ("Ⅰ.组织学习\nⅡ.开展竞赛\n", [(1, "Ⅰ.", "组织学习"), (1, "Ⅱ.", "开展竞赛")]),
    ("一、与会者\n二、时间和地点\n三。活动规则\n", [(1, "一、", "与会者"), (1, "二、", "时间和地点"),
                                                 (1, "三。", "活动规则")]),
    ("第一,组织学习\n第二,开展竞赛\n", [(1, "第一,", "组织学习"), (1, "第二,", "开展竞赛")]),
    ("第一阶段:动员部署\n第二阶段:组织实施\n",
     [(1, "第一阶段:", "动员部署"), (1, "第二阶段:", "组织实施")]),
    ("工作要求:一是组织学习;二是开展竞赛。\n", [(1, "一是", "组织学习"), (1, "二是", "开展竞赛")]),
    ("首先,组织学习。\n其次,开展竞赛。\n", [(1, "首先,", "组织学习"), (1, "其次,", "开展竞赛")]),
    ("1月份:\n召开职代会\n2月份:\n慰问困难职工\n",
     [(1, "1月份:", "召开职代会"), (1, "2月份:", "慰问困难职")]),
    ("九月:\n庆祝教师节\n十月:\n组织秋游\n", [(1, "九月:", "庆祝教师节"), (1, "十月:", "组织秋游")]),
    ("六月份:\n召开教代会\n七、八月份:\n组织培训\n",
     [(1, "六月份:", "召开教代会"), (1, "七、八月份:", "组织培训")]),
    ("A.组织学习\nB.开展竞赛\n", [(1, "A.", "组织学习"), (1, "B.", "开展竞赛")]),
    ("(a)组织学习\n(b)开展竞赛\n", [(1, "(a)", "组织学习"), (1, "(b)", "开展竞赛")]),
    ("a、组织学习\nb、开展竞赛\n", [(1, "a、", "组织学习"), (1, "b、", "开展竞赛")]),
]


@pytest.mark.parametrize("text,expected", STYLES, ids=[s[1][0][1] for s in STYLES])
def test_each_marker_style(parse, text, expected):
    assert_items(parse(text), expected)


def test_inline_markers_continue_a_sequence(parse):
    doc = parse("一、工作内容\n1、开展读书活动;2、参加青年教师论坛;3、庆祝元宵节\n")
    assert_items(doc, [(1, "一、", "工作内容"), (2, "1、", "开展读书活"),
                       (2, "2、", "参加青年教"), (2, "3、", "庆祝元宵节")])


def test_inline_marker_after_an_ascii_full_stop(parse):
    doc = parse("二、帮扶措施\n树立战胜困难的信心.(一)是倡导互助互济。(二)是动员社会力量。\n")
    assert_items(doc, [(1, "二、", "帮扶措施"), (2, "(一)", "是倡导互助"), (2, "(二)", "是动员社会")])
    assert items_of(parse("经费增长2.5、3.5个百分点\n")) == []


def test_a_label_line_ending_in_a_colon_closes_nothing(parse):
    # "裁判:" leaves 三、 and 2、 open, so the restarting 1、 is 2、's rule list (guide: a
    # restart starts a new run at its level only with nothing open above it)
    doc = parse("三、活动项目\n1、男子投篮\n2、女子夹珠子\n裁判:\n1、分组进行\n2、按数量计分\n四、趣味游戏\n")
    depths = [(d, m) for d, m, _ in items_of(doc)]
    assert depths == [(1, "三、"), (2, "1、"), (2, "2、"), (3, "1、"), (3, "2、"), (1, "四、")]


def test_a_label_line_with_its_value_closes_nothing(parse):
    doc = parse("二、职代会预备会议\n时间:3月5日上午9:30\n地点:三楼会议室\n1、讨论议程\n2、审查资格\n"
                "三、竞赛规则\n项目一:拔河\na、中线两侧各站10人\nb、三局两胜\n")
    assert [(d, m) for d, m, _ in items_of(doc)] == [
        (1, "二、"), (2, "1、"), (2, "2、"), (1, "三、"), (2, "a、"), (2, "b、")]


def test_a_lone_lower_case_letter_is_prose(parse):
    for text in ("一、活动安排\na.m.九点集合\n", "一、活动安排\na、九点集合\n"):
        assert [m for _, m, _ in items_of(parse(text))] == ["一、"]


def test_an_inline_repeat_of_a_first_value_is_a_word_not_a_restart(parse):
    doc = parse("【方案一】 一、活动主题 努力营造喜迎五 一、共建和谐的气氛。 二、活动内容 组织劳模宣传\n")
    assert_items(doc, [(1, "一、", "活动主题 努力营造喜迎五 一、共建"), (1, "二、", "活动内容")])


def test_heading_glued_to_paragraph_end(parse):
    doc = parse("一、指导思想\n坚持以人为本,明确创建的意义。二、创建目标:建设职工之家\n")
    assert [m for _, m, _ in items_of(doc)] == ["一、", "二、"]


def test_glued_arabic_continues_but_never_starts(parse):
    doc = parse("1、开展唱红歌活动2、畅想职业乐趣\n")
    assert [m for _, m, _ in items_of(doc)] == ["1、", "2、"]
    assert items_of(parse("组织开展活动2、3次\n")) == []


def test_a_glued_child_list_after_a_short_heading(parse):
    doc = parse("一、慰问对象困难职工6户。二、慰问活动安排(一)区领导分两组慰问。(二)具体工作由区工会负责。\n")
    assert [(d, m) for d, m, _ in items_of(doc)] == [(1, "一、"), (1, "二、"), (2, "(一)"), (2, "(二)")]
    assert items_of(parse("组织学习文件(一)和文件(二)\n")) == []


def test_a_glued_first_value_restarts_the_top_run_only_when_its_second_follows(parse):
    # a second document pasted into the page, its title glued to its "一、"
    doc = parse("一、活动背景\n提高效率。\n二、活动方式\n六比六看球赛一、活动简介比赛由两队进行。\n"
                "二、活动目标1. 提升合作能力\n2. 培养竞争意识\n")
    assert [(d, m) for d, m, _ in items_of(doc)] == [
        (1, "一、"), (1, "二、"), (1, "一、"), (1, "二、"), (2, "1."), (2, "2.")]
    # "统一、" is a word: the open run continues with "三、", no new "二、" comes first
    words = parse("一、指导思想\n实现统一、规范管理。\n二、工作目标\n做到统一、高效。\n三、工作措施\n")
    assert [m for _, m, _ in items_of(words)] == ["一、", "二、", "三、"]
    assert [m for _, m, _ in items_of(parse("一、庆祝五一、十一、国庆\n二、组织活动\n"))] == ["一、", "二、"]


def test_a_glued_first_value_after_a_colon_is_content_not_a_child_list(parse):
    doc = parse("一、资助标准\n(一)普通资助:符合情况一、四的家庭资助4500元。\n(二)圆梦计划资助2000元。\n")
    assert [(d, m) for d, m, _ in items_of(doc)] == [(1, "一、"), (2, "(一)"), (2, "(二)")]


def test_glued_circled_numbers_continue_a_run(parse):
    doc = parse("三、活动内容:\n①阳光伙伴齐步走②盲人画像③车轮大战\n")
    assert [(d, m) for d, m, _ in items_of(doc)] == [(1, "三、"), (2, "①"), (2, "②"), (2, "③")]


def test_one_character_numbers_of_a_word_processor_nest_as_their_bracketed_forms(parse):
    # ㈠ is (一) in one character, ⑴ is (1), ❶ is a circled digit: a plan exported from a
    # word processor nests them as the guide's order does
    doc = parse("一、加强思想建设\n㈠组织学习\n⑴学习文件\n❶读原文\n❷写体会\n⑵开展讨论\n"
                "㈡开展教育\n二、开展竞赛\n")
    assert [(d, m) for d, m, _ in items_of(doc)] == [
        (1, "一、"), (2, "㈠"), (3, "⑴"), (4, "❶"), (4, "❷"), (3, "⑵"), (2, "㈡"), (1, "二、")]


def test_a_chinese_numeral_ending_a_sentence_is_no_marker(parse):
    # "三。" is a marker only where it starts a line (p1234); inside a line it ends a sentence
    doc = parse("一、分组\n全体职工分为三。每组选派队长。\n二、比赛规则\n")
    assert [(d, m) for d, m, _ in items_of(doc)] == [(1, "一、"), (1, "二、")]


def test_a_roman_numeral_naming_a_grade_or_model_is_no_marker(parse):
    doc = parse("一、安全生产\nⅡ级响应时暂停户外活动。\nⅢ型设备由专人检修。\n二、职工福利\n")
    assert [(d, m) for d, m, _ in items_of(doc)] == [(1, "一、"), (1, "二、")]


def test_item_numbered_with_a_month_is_not_a_month_range(parse):
    doc = parse("一、1月份:\n召开职代会\n二、2月份:\n慰问困难职工\n")
    assert_items(doc, [(1, "一、", "1月份:"), (1, "二、", "2月份:")])


def test_inline_child_list_after_a_short_heading(parse):
    doc = parse("三、活动安排 1、校长致辞 2、座谈交流 四、活动的准备 1、发布活动主题\n")
    assert [(d, m) for d, m, _ in items_of(doc)] == [
        (1, "三、"), (2, "1、"), (2, "2、"), (1, "四、"), (2, "1、")]


@pytest.mark.parametrize("text", [
    "一、学习\n认真学习十八大精神,贯彻十八大、劳动创幸福主题。\n",
    "一、经费\n全年安排1.5万元,用于20xx年3月的活动。\n",
    "一、活动\n比赛奖项分设:一、二、三等奖,分别发放证书。\n",
    "一、活动\n时间为下午4:30开始,5.12护士节前完成。\n",
    "一、活动\n紧紧抓住三.八、五一节等重大节日。\n",
])
def test_numbers_in_running_text_are_not_markers(parse, text):
    assert [m for _, m, _ in items_of(parse(text))] == ["一、"]


def test_inline_first_value_needs_its_second(parse):
    doc = parse("一、安全\n一是认真做好安全生产工作。\n")
    assert [m for _, m, _ in items_of(doc)] == ["一、"]
    assert items_of(parse("会上首先由主席汇报,最后作讲话。\n")) == []


def test_a_word_wrapped_before_its_last_character_is_no_marker(parse):
    # real fragment: "统一" broken by a hard wrap; the plan's own "一、" follows
    doc = parse("在充分发扬民主的前提下,各项工作要达到统\n一、简化、有序、优化的要求。\n\n"
                "一、教职工代表大会开展工作的民主程序\n(一)推举教职工代表的程序\n")
    assert [(d, m) for d, m, _ in items_of(doc)] == [(1, "一、"), (2, "(一)")]
    assert items_of(doc)[0][2].startswith("教职工代表大会")
    # after a short heading line a lone "一、" still opens the list
    assert [m for _, m, _ in items_of(parse("活动安排\n一、签到入场\n"))] == ["一、"]


def test_a_page_number_glued_before_a_line_s_marker_is_passed_over(parse):
    # real fragment of a PDF dump: "1" left before the plan's first "一、"
    doc = parse("工会庆祝教师节活动方案\n1一、活动目的:\n为庆祝教师节,特组织本次活动。\n"
                "二、活动地点、时间、参加人员:\n")
    assert [(d, m) for d, m, _ in items_of(doc)] == [(1, "一、"), (1, "二、")]
    # inside a line a digit before "一、" is part of the sentence
    assert [m for _, m, _ in items_of(parse("共有1一、二号楼参加。\n"))] == []


def test_parallel_groups_under_labels_and_a_first_marker_glued_to_the_title(parse):
    # real fragment of a library page: "一、" glued to the title, then "X职责:1、…" groups
    doc = parse("工会的组织机构及职责一、组织机构工会主席职责:1、主持工会全面工作。\n"
                "2、以民主管理为重点,全面安排工作。\n女工部职责:1、关心并尽力解决女职工的特殊困难。\n"
                "2、宣传婚姻法。\n文体部职责:1、组织开展各种文体活动。\n2、积极组织各种文体比赛活动。\n")
    assert [(d, m) for d, m, _ in items_of(doc)] == [
        (1, "一、"), (2, "1、"), (2, "2、"), (2, "1、"), (2, "2、"), (2, "1、"), (2, "2、")]
    # a restart after a label, under a run that began without one, still nests
    nested = parse("一、比赛项目\n1、套圈比赛\n2、跳绳比赛\n3、夹珠子比赛\n比赛规则:1、每组5人\n"
                   "2、限时1分钟\n4、拔河比赛\n")
    assert [(d, m) for d, m, _ in items_of(nested)] == [
        (1, "一、"), (2, "1、"), (2, "2、"), (2, "3、"), (3, "1、"), (3, "2、"), (2, "4、")]
    # real fragment of a spring-outing plan: two lists each after a sentence announcing it
    # ("…具体如下:", "…原则如下:") are parallel groups under their section, not one inside the other
    announced = parse("四、活动地点。\n目前有3种方案可供选择,具体如下:\n1、深圳梧桐山\n2、广州长隆\n"
                      "3、深圳欢乐谷\n在确保安全的前提下,选择最终方案的原则如下:\n1、趣味性。\n2、老少皆宜。\n")
    assert [(d, m) for d, m, _ in items_of(announced)] == [
        (1, "四、"), (2, "1、"), (2, "2、"), (2, "3、"), (2, "1、"), (2, "2、")]
    # p1126, a workshop's labour-competition plan: sections a sentence announced ("…如下:"), a
    # labelled list inside the third ("剥板班:") is that section's, not a group beside the sections
    inside = parse("特制定实施方案如下:\n一、指导思想\n二、竞赛目的\n"
                   "三、竞赛内容 本次竞赛在四个班组之间开展。\n剥板班:\n1. 技术经济指标:电流效率。\n"
                   "2. 平板:阴极板平直。\n四、竞赛要求\n")
    assert [(d, m) for d, m, _ in items_of(inside)] == [
        (1, "一、"), (1, "二、"), (1, "三、"), (2, "1."), (2, "2."), (1, "四、")]
    # a glued "一、" inside a sentence with no child list is still a word
    assert [m for _, m, _ in items_of(parse("要求做到统一、规范、有序。\n"))] == []


def test_a_charter_s_chapters_articles_and_their_lists(parse):
    # real fragment of a Taiwan union's charter: spaced 第 一 章 / 第 一 條:, and an article whose
    # text stands on the line after its marker before the list it introduces
    doc = parse("第 一 章  總    則\n\n第 一 條:\n章程依工會法訂定之。\n\n第 二 章  任    務\n\n"
                "第 二 條:\n本會之任務如下\n(一)會員就業之輔導。\n(二)勞資及會員糾紛事件之調處。\n")
    assert [(d, m) for d, m, _ in items_of(doc)] == [
        (1, "第 一 章"), (2, "第 一 條:"), (1, "第 二 章"), (2, "第 二 條:"), (3, "(一)"), (3, "(二)")]
    # an article cited inside a sentence is no marker
    assert [m for _, m, _ in items_of(parse("一、总则\n依照章程第一条规定执行。\n"))] == ["一、"]


def test_a_reference_in_brackets_is_no_marker(parse):
    # real fragment: "(见表1)" and "(见表2)" in a report's running text
    doc = parse("全年开展工会文体活动7次(见表1),为学校工作带来了生气。同时参与各类活动5次(见表2)。\n")
    assert items_of(doc) == []
    assert [m for _, m, _ in items_of(parse("活动安排:\n1)拔河比赛\n2)跳绳比赛\n"))] == ["1)", "2)"]


def test_numbering_habits_of_the_pages_added_last(parse):
    # real fragments: a "三、" run on after the text of "二、"; "(二、)"; a month pair; a year after "1."
    run_on = parse("一、活动目的围绕中心工作。二、活动主题健身健体构建和谐家园三、活动参与人员"
                   "以工会小组为单位四、活动内容\n")
    assert [m for _, m, _ in items_of(run_on)] == ["一、", "二、", "三、", "四、"]
    assert [(d, m) for d, m, _ in items_of(parse("(一)、建家情况\n(二、)日常工作\n1、制定了制度\n"))] == [
        (1, "(一)、"), (1, "(二、)"), (2, "1、")]
    months = parse("六月:\n1. 工会干部培训。\n七月、八月:\n1. 室外活动场地设施检查与维修;\n2. 教职工慰问。\n"
                   "十一月:\n1.2022-2023学年度师德建设先进单位评选;\n2.教职工趣味运动会;\n")
    assert [(d, m) for d, m, _ in items_of(months)] == [
        (1, "六月:"), (2, "1."), (1, "七月、八月:"), (2, "1."), (2, "2."), (1, "十一月:"), (2, "1."),
        (2, "2.")]
    # weekdays are no run: 星期一、星期二
    assert [m for _, m, _ in items_of(parse("三、具体要求\n每周星期一、星期二、星期四练习。\n"))] == ["三、"]


def test_a_rank_enumeration_wrapped_over_lines_is_no_marker(parse):
    # real fragment: "评出一、二、三名" split by the scraper onto three lines
    doc = parse("3、拔河比赛:采取淘汰制,最后评出\n\n一、\n\n二、三名。\n\n评奖办法:分别评出\n\n"
                "一、\n\n二、三等奖,共计九个奖项。\n\n经费预算:\n\n1、一等奖预计300元。\n")
    assert [(d, m) for d, m, _ in items_of(doc)] == [(1, "3、"), (1, "1、")]


def test_nesting_follows_the_order_styles_open(parse):
    doc = parse("一、总体\n（一）目标\n1、建家\n（1）小家\n①会员\n2、帮扶\n（二）措施\n二、保障\n")
    assert [(d, m) for d, m, _ in items_of(doc)] == [
        (1, "一、"), (2, "（一）"), (3, "1、"), (4, "（1）"), (5, "①"), (3, "2、"), (2, "（二）"),
        (1, "二、")]


def test_plan_may_use_its_own_order(parse):
    doc = parse("1、目标\n（1）竞赛\n①技能\n2、措施\n")
    assert [(d, m) for d, m, _ in items_of(doc)] == [(1, "1、"), (2, "（1）"), (3, "①"), (1, "2、")]


def test_levels_may_be_skipped(parse):
    doc = parse("一、竞赛\n1、技能比武\n2、合理化建议\n二、维权\n1、职代会\n")
    assert [(d, m) for d, m, _ in items_of(doc)] == [
        (1, "一、"), (2, "1、"), (2, "2、"), (1, "二、"), (2, "1、")]


def test_numbering_continued_across_sections(parse):
    doc = parse("一、学习\n1、读书\n2、培训\n二、竞赛\n3、技能比武\n4、评选\n")
    assert [(d, m) for d, m, _ in items_of(doc)] == [
        (1, "一、"), (2, "1、"), (2, "2、"), (1, "二、"), (2, "3、"), (2, "4、")]


def test_restart_under_deeper_item_nests_deeper(parse):
    doc = parse("1、竞赛\n（1）技能\n1、车工\n2、钳工\n（2）创新\n2、维权\n")
    assert [(d, m) for d, m, _ in items_of(doc)] == [
        (1, "1、"), (2, "（1）"), (3, "1、"), (3, "2、"), (2, "（2）"), (1, "2、")]


def test_restart_at_same_level_starts_new_sequence(parse):
    doc = parse("一、组建\n二、建家\n一、帮扶\n二、慰问\n")
    assert [(d, m) for d, m, _ in items_of(doc)] == [(1, "一、"), (1, "二、"), (1, "一、"), (1, "二、")]


def test_restart_under_an_open_item_nests_and_the_outer_run_continues(parse):
    # "二是…。一是…;二是…;三是…。三是…": the inner run details 二是, and the last 三是
    # continues the outer run
    doc = parse("二、强化维权\n一是完善机制。二是健全协商机制。一是抓好劳动合同;二是抓好集体合同;"
                "三是开展法律援助。三是推动民主管理。\n三、围绕中心\n")
    assert [(d, m) for d, m, _ in items_of(doc)] == [
        (1, "二、"), (2, "一是"), (2, "二是"), (3, "一是"), (3, "二是"), (3, "三是"), (2, "三是"),
        (1, "三、")]


def test_short_unnumbered_heading_closes_open_levels(parse):
    doc = parse("一、指导思想\n坚持以人为本。\n二、重点工作\n具体活动安排\n3月:\n1.长跑比赛\n")
    assert [(d, m) for d, m, _ in items_of(doc)] == [(1, "一、"), (1, "二、"), (1, "3月:"), (2, "1.")]


def test_short_line_inside_a_run_keeps_its_depth(parse):
    doc = parse("七、具体安排\n1、盲人画像比赛规则\n评委:张三、李四\n2、飞镖比赛规则\n")
    assert [(d, m) for d, m, _ in items_of(doc)] == [(1, "七、"), (2, "1、"), (2, "2、")]


def test_page_starting_mid_sequence_keeps_its_orphans(parse):
    doc = parse("2016年工会工作计划\n4、重视工会宣传。\n四、主要活动安排:\n一月份:\n1、庆元旦活动\n")
    assert [(d, m) for d, m, _ in items_of(doc)] == [
        (2, "4、"), (1, "四、"), (2, "一月份:"), (3, "1、")]


def test_orphans_only_where_the_page_starts(parse):
    doc = parse("一、指导思想\n坚持以人为本。\n4、重视宣传。\n")
    assert [m for _, m, _ in items_of(doc)] == ["一、"]
    planned = parse("工会工作计划 篇1\n4、重视宣传。\n四、活动安排\n")
    assert items_of(planned) == []


def test_a_plan_that_lost_its_first_number_begins_inside_the_run(parse):
    # a template site's copy lost 一、 after its plan marker; 二、 goes on to 三、 and 四、 (p696)
    doc = parse("企业年度工会活动方案篇一\n给员工提供一个空间和平台。\n二、活动意义:\n爬山是户外运动。\n"
                "三、活动对象:公司全体员工\n四、活动时间和地点:\n五、活动注意事项:\n1、凡参加者均属自愿行为\n"
                "2、集体活动,需有互帮互助的团队精神。\n")
    assert [(d, m) for d, m, _ in items_of(doc)] == [
        (1, "二、"), (1, "三、"), (1, "四、"), (1, "五、"), (2, "1、"), (2, "2、")]


def test_a_page_opening_inside_its_first_section_keeps_that_sections_children_below_it(parse):
    # the page begins with (一)'s list; "(二)" is its second section, "(一)" then starts another run
    doc = parse("1.低保户:是指家庭人均收入低于当地最低生活保障线。\n2. 低保户边缘:是指家庭人均收入略高。\n"
                "(二) 帮扶标准对符合条件的困难职工子女给予资助。\n(一)活动时间从7月25日开始。\n"
                "(二)请各工会联合会认真调查摸底。\n")
    assert [(d, m) for d, m, _ in items_of(doc)] == [
        (2, "1."), (2, "2."), (1, "(二)"), (1, "(一)"), (1, "(二)")]


def test_heading_is_not_cut_at_a_clock_time(parse):
    doc = parse("（一）11:00—17:00项目比赛依次进行,具体活动如下:\n")
    item = doc.plans[0].items[0]
    assert doc.clean.text[item.text_start:item.heading_end] == "11:00—17:00项目比赛依次进行,具体活动如下"


def test_item_text_excludes_marker_and_children(parse):
    doc = parse("一、加强建设。\n1、建家\n")
    item = doc.plans[0].items[0]
    assert doc.clean.text[item.text_start:item.text_end] == "加强建设。"


def test_traditional_and_full_width_parse_like_simplified(parse):
    simp = parse("一、組織學習\n（一）開展競賽\n１．技能比武\n")
    assert [(d, m) for d, m, _ in items_of(simp)] == [(1, "一、"), (2, "（一）"), (3, "１．")]


def test_a_one_character_first_number_runs_on_with_plain_numbers(parse):
    # a word processor's "⒈" then typed "2." and "3.": one run, inside the heading's line
    doc = parse("(1)读书活动:安排三次读书活动。⒈经济类读书,1-5月;2.社会类读书,6-8月;3.经典读书。\n"
                "(2)棋类友谊赛\n")
    assert_items(doc, [(1, "(1)", "读书活动"), (2, "⒈", "经济类读书"), (2, "2.", "社会类读书"),
                       (2, "3.", "经典读书"), (1, "(2)", "棋类友谊赛")])


def test_numbers_paired_by_dashes_in_a_draw_table_are_not_items(parse):
    doc = parse("八、抽签分组\n①——②①——②\n③——④③——④\n九、比赛结束后聚餐\n")
    assert [(d, m) for d, m, _ in items_of(doc)] == [(1, "八、"), (1, "九、")]
