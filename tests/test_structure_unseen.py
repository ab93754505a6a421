"""Structure on pages never seen: spaced and long numbering, jumps, countdowns, glued runs,
marker pairs and Taiwanese bopomofo digits (annotation guide, section 1). Pages below are
fragments of real pages (corpus p212, p214, p232, p251) or the guide's own examples."""

from __future__ import annotations

import pytest

from tests.conftest import items_of


def markers(doc) -> list[tuple[int, str]]:
    return [(d, m) for d, m, _ in items_of(doc)]


@pytest.mark.parametrize("page,expected", [
    ("( 一 )组织学习\n( 二 )开展竞赛\n", [(1, "( 一 )"), (1, "( 二 )")]),
    ("( 1 )组织学习\n( 2 )开展竞赛\n", [(1, "( 1 )"), (1, "( 2 )")]),
    ("1 .组织学习\n2 .开展竞赛\n", [(1, "1 ."), (1, "2 .")]),
    ("一、 活动时间\n1、 棋牌赛\n2、 趣味赛\n", [(1, "一、"), (2, "1、"), (2, "2、")]),
    # p214: an ideographic full stop after the number
    ("四、參加辦法\n1。每隊報領隊一名\n2。凡我校教職工均可報名\n", [(1, "四、"), (2, "1。"), (2, "2。")]),
])
def test_spaced_and_variant_markers(parse, page, expected):
    assert markers(parse(page)) == expected


def test_a_list_of_150_items_keeps_all_of_them(parse):
    page = "一、工作安排\n" + "".join(f"{k}、开展第{k}项工作;" for k in range(1, 151)) + "\n"
    got = markers(parse(page))
    assert len(got) == 151 and got[-1] == (2, "150、") and got[100] == (2, "100、")


def test_chinese_numerals_past_twenty(parse):
    page = "".join(f"({n})负责第{k}项工作。\n" for k, n in enumerate(
        ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四",
         "十五", "十六", "十七", "十八", "十九", "二十", "二十一", "二十二"], 1))
    got = markers(parse(page))
    assert len(got) == 22 and got[-1] == (1, "(二十二)")


def test_a_countdown_inside_a_sentence_is_no_marker(parse):
    page = "一、比赛规则\n1、按名次依次获5、4、3、2、1分,第六名不得分。\n2、每队限报8人。\n"
    assert markers(parse(page)) == [(1, "一、"), (2, "1、"), (2, "2、")]


def test_a_run_that_jumps_counts_when_the_next_value_continues_from_it(parse):
    # the guide: "三、 then 五、六、七、: the page skipped or lost a number"
    page = "一、学习\n二、竞赛\n三、维权\n五、帮扶\n六、建家\n七、文体\n"
    assert [m for _, m in markers(parse(page))] == ["一、", "二、", "三、", "五、", "六、", "七、"]
    # a lone number out of sequence still does not count
    lone = "一、学习\n二、竞赛\n五、帮扶\n三、维权\n"
    assert [m for _, m in markers(parse(lone))] == ["一、", "二、", "三、"]


def test_a_jump_after_a_sites_note_that_it_hid_text_counts(parse):
    # p1265: a library shows "1、", hides 593 characters behind a note, then shows "4、"; p1221
    # likewise "一、" … note … "三、实施步骤" with its own "(一)"
    page = ("一、主要工作\n1、组织干部职工积极学习,及时研究解\n……(新文秘网省略593字,正式会员可完整阅读)……\n"
            "评优活动的开展调动了职工的积极性。\n4、加强硬件设施建设,广泛开展职工文体活动。\n")
    assert markers(parse(page)) == [(1, "一、"), (2, "1、"), (2, "4、")]
    # without the note a lone "4、" is still no item
    assert markers(parse(page.replace("省略593字", "内容"))) == [(1, "一、"), (2, "1、")]


def test_a_run_that_lost_its_second_or_its_first_lines(parse):
    # p479 (a book118 page in Traditional script): "二、" is lost, 三、 to 八、 go on from 一、
    page = ("桃園市立青溪國民中學105年度教職員工文康活動計畫\n一、依 據:依據桃園縣政府教育局函辦理。\n"
            "目 的:提倡正當娛樂及活動。\n三、辦理方式:自行組成一隊。\n"
            "四、組 隊:自行邀集同仁。\n五、活動內容:完成計畫表。\n")
    assert [m for _, m in markers(parse(page))] == ["一、", "三、", "四、", "五、"]
    # p470: under 八、 the page lost "1、" and "2、"; 3、 and 4、 open its list
    page = ("七、困难职工评定标准\n1、家庭成员中有人患有重大疾病;\n4、年内因意外事故造成家庭人员伤害;\n"
            "5、无大额存款。\n八、困难职工评定程序\n根据公平原则,制定评定程序。\n3、各子公司组织人员调查核实;\n"
            "4、核实后提交经理办公会研究。\n")
    assert markers(parse(page)) == [(1, "七、"), (2, "1、"), (2, "4、"), (2, "5、"), (1, "八、"), (2, "3、"),
                                    (2, "4、")]
    # p036: "一、" inside "(星期四、五、一、二)" starts no run, though "三、" and "四、" follow
    page = ("二、比赛时间和地点:\n时间:4月23日至28日(星期四、五、一、二)下午4:30。\n三、参加单位:\n各科级组\n"
            "四、参加办法:\n1.每队报领队\n")
    assert [m for _, m in markers(parse(page))] == ["二、", "三、", "四、", "1."]


def test_a_bracketed_number_glued_to_the_text_before_it_continues_an_open_run(parse):
    # p488 (a library page run together): "(1)…的地方(2)与部门相关的…(3)当前…"
    page = ("1.可从以下几方面考虑大会议案:(1)绩效考核方案需要修订、调整的地方(2)与部门相关的制度需要修订"
            "(3)当前学校工作中不够合理的地方2.提案工作组专题会议。\n")
    assert markers(parse(page)) == [(1, "1."), (2, "(1)"), (2, "(2)"), (2, "(3)"), (1, "2.")]
    # glued to a word with no run of its style open, it is a reference
    assert markers(parse("1.按附件(2)填写报名表。\n2.按时报送。\n")) == [(1, "1."), (1, "2.")]


def test_an_item_starting_with_an_age_range_or_a_list_of_years(parse):
    # p513: "1.35-64周岁…", "3.2016、2017、…" are items, not decimal numbers
    page = ("一、免费宫颈癌筛查对象\n1.35-64周岁从2016年至今未参加过筛查的妇女。\n2.年龄35-64周岁已婚妇女。\n"
            "3.2016、2017、2018年HPV阳性者务必回来复查。\n二、体检注意事项\n")
    assert markers(parse(page)) == [(1, "一、"), (2, "1."), (2, "2."), (2, "3."), (1, "二、")]
    # a decimal amount stays a number
    amounts = "一、经费\n每人补助1.5万元,共计3.35万元。\n二、要求\n"
    assert markers(parse(amounts)) == [(1, "一、"), (1, "二、")]


def test_an_attachments_number_is_no_marker(parse):
    # p519: "(附件一、附件一之一、附件一之二)" names attachments inside (一)'s line
    page = ("五、工會申請補助,應備文件如下:\n(一)實施計畫書(附件一、附件一之一、附件一之二),"
            "應包含下列事\n項:\n1.計畫名稱。\n2.計畫內容。\n(二)經費預算表\n")
    assert markers(parse(page)) == [(1, "五、"), (2, "(一)"), (3, "1."), (3, "2."), (2, "(二)")]


def test_a_heading_repeated_at_the_top_is_no_orphan(parse):
    # p537: a gazetteer's page repeats its section heading; the list is inside the prose
    page = ("第二节 组织工作\n\n第二节 组织工作\n\n按管局制定的6条标准,即:一、建设一支领导班子;"
            "二、教育和动员职工;三、推进企业民主管理。开展活动。\n")
    assert markers(parse(page)) == [(1, "一、"), (1, "二、"), (1, "三、")]


def test_a_plans_number_run_on_into_its_first_item(parse):
    # p541: "…工作计划篇1一、…", numbered on across sections ("…发展6、" after "5、")
    page = ("高校2024年工会工作计划篇1一、深入学习贯彻精神,推进学校民主管理1、深入贯彻纲要。\n"
            "2、积极开展教代会工作理论研讨。\n3、完善校务公开。\n4、做好考核验收。\n5、做好绩效测评。\n"
            "二、加大师德师风建设力度,服务学校科学发展6、开展群众性师德实践活动。\n"
            "7、开展劳动技能竞赛活动。\n")
    assert markers(parse(page)) == [(1, "一、"), (2, "1、"), (2, "2、"), (2, "3、"), (2, "4、"), (2, "5、"),
                                    (1, "二、"), (2, "6、"), (2, "7、")]
    # p469: "…慰问方案1一、目的"
    assert markers(parse("春节期间困难职工慰问方案1一、目的\n为关心职工。\n二、慰问对象\n"))[:2] \
        == [(1, "一、"), (1, "二、")]


def test_a_bracketed_first_value_after_a_lead_in_line_is_no_wrapped_word(parse):
    # p553: the line before "(一)" ends without punctuation, and the page ends before "(二)"
    page = ("四、以人为本,构建和谐小家。\n本站按照“小家美丽、员工舒心”的理念,做了几个方面的工作\n"
            "(一)着力打造环境美,让小家美丽\n美化生活环境")
    assert markers(parse(page)) == [(1, "四、"), (2, "(一)")]


def test_a_marker_right_after_another_is_the_first_ones_words(parse):
    # p212: "(一)第一阶段:线上竞答" is one item (一) whose text starts with 第一阶段
    page = "三、竞赛方式与时间安排\n(一)第一阶段:线上竞答(6月23日至7月)\n(二)第二阶段:决赛及全国总决赛\n"
    got = items_of(parse(page))
    assert [(d, m) for d, m, _ in got] == [(1, "三、"), (2, "(一)"), (2, "(二)")]
    assert got[1][2].startswith("第一阶段")


def test_a_glued_run_of_one_shi_two_shi_after_its_heading(parse):
    # p251 in Simplified: "一是" glued to the heading it details, "二是" following
    page = ("1、加强组织领导,提高自身建设一是加强组织领导,调整充实班子。二是坚持依法治会,规范自身行为。"
            "三是强化工会宣传工作。\n2、加强政治业务学习\n")
    assert markers(parse(page)) == [(1, "1、"), (2, "一是"), (2, "二是"), (2, "三是"), (1, "2、")]
    # a single glued 一是 with no 二是 stays a word ("统一是…")
    assert markers(parse("1、各单位要统一是非标准,加强管理。\n2、做好宣传\n")) == [(1, "1、"), (1, "2、")]


def test_a_bopomofo_yi_is_read_as_one(parse):
    # p232, a Taiwanese union page: "(ㄧ)、" typed with the bopomofo letter ㄧ for 一
    page = "三、申請資格:\n(ㄧ)、國中學生:學業總成績八十五分以上。\n(二)、高中職學生:學業總成績八十分以上。\n"
    assert markers(parse(page)) == [(1, "三、"), (2, "(ㄧ)、"), (2, "(二)、")]


def test_a_pdf_layer_s_stroke_and_kangxi_radicals_are_read_as_numerals(parse):
    # p1083, a Taiwanese teachers' union report from a PDF: its "一、" is the stroke ㇐ (U+31D0);
    # other PDF layers give the Kangxi radicals ⼀ ⼆ ⼗ (U+2F00…) for 一 二 十
    page = "㇐、成功力阻教師法惡修災難。\n二、爭取教師權益。\n"
    assert markers(parse(page)) == [(1, "㇐、"), (1, "二、")]
    assert markers(parse("⼀、活动时间\n⼆、活动地点\n⼗、其他\n")) == [(1, "⼀、"), (1, "⼆、")]


def test_a_marker_glued_to_a_blank_to_fill_in(parse):
    # p1144, a library's run-on school sports plan: "总策划:_" leaves a blank, and the next
    # section's "三、" follows it with no punctuation
    page = "二、组织机构:总策划:_策划:_三、组队办法:1、参赛队别:教师代表队。2、组队办法:由队长组队。\n"
    assert markers(parse(page)) == [(1, "二、"), (1, "三、"), (2, "1、"), (2, "2、")]


def test_ordinals_after_a_comma_inside_a_sentence_are_no_sequence(parse):
    # p1181, a card game's rules: "…决赛为一轮,首先出完牌者为第一名,其次两人…" is prose; p848's
    # agenda "三项议程,首先,…。其次,…。最后,…" is a sequence whose later members begin sentences
    rules = "3、扑克牌比赛:决赛为一轮,首先出完牌者为第一名,其次两人,牌少者为第二名,以此类推。\n"
    assert markers(parse(rules)) == [(1, "3、")]
    agenda = "此次会议共有三项议程,首先,委员们听取了汇报。其次,就增补副主席进行投票。最后,提出了新的要求。\n"
    assert markers(parse(agenda)) == [(1, "首先,"), (1, "其次,"), (1, "最后,")]


def test_batches_numbered_like_stages_are_items(parse):
    # p1107, a federation's 疗休养 notice: its groups go in batches "第一批:…第二批:…", a measure
    # word in the style of 第一阶段: (guide); a batch named inside a sentence is no marker
    page = "2、时间和人数\n第一批:8月25日至28日,40人;\n第二批:8月29日至9月1日,47人;\n"
    assert markers(parse(page)) == [(1, "2、"), (2, "第一批:"), (2, "第二批:")]
    assert markers(parse("我校被评为全省第一批示范学校。\n")) == []


def test_a_page_cut_mid_run_keeps_its_inline_orphans_under_the_next_heading(parse):
    # p323, a PDF page that begins inside "(二)…": its "五是…六是…" belong under the (二) the
    # page lost, so they sit one level below "(三)"
    page = ("进一步维护职工群众劳动安全健康权益。五是开展职工技能培训。积极实施职业技能提升行动。"
            "六是大力弘扬“三种精神”。在全社会积极弘扬劳模精神。\n"
            "(三) 履行工会组织的基本职责。一是维护劳动领域政治安全。认真贯彻总体国家安全观。"
            "二是做好服务职工品牌项目。元旦春节期间走访慰问。\n"
            "(四) 履行工会组织的组织责任。一是不断夯实基层基础。探索“重点建、行业建”模式")
    assert markers(parse(page)) == [(2, "五是"), (2, "六是"), (1, "(三)"), (2, "一是"), (2, "二是"),
                                    (1, "(四)"), (2, "一是")]


def test_a_run_repeating_its_siblings_shape_counts_where_the_page_ends_before_its_second(parse):
    # p253: "2、…一是每月…" is cut off by the page's end before "二是", but "1、" opened the same
    # glued list; without that earlier list a lone glued 一是 stays unread
    page = ("1、加强组织领导,提高自身建设一是加强组织领导,调整充实班子。二是坚持依法治会。\n"
            "2、加强政治业务学习,全面提高会员的综合素质一是每月组织一次集中学习。除学习工会法")
    assert markers(parse(page)) == [(1, "1、"), (2, "一是"), (2, "二是"), (1, "2、"), (2, "一是")]
    alone = "1、加强组织领导,提高自身建设。\n2、加强政治业务学习,全面提高会员的综合素质一是每月组织一次学习。"
    assert markers(parse(alone)) == [(1, "1、"), (1, "2、")]


def test_a_list_announced_as_follows_opens_where_the_page_ends_before_its_second(parse):
    # p116: "特制定慰问方案如下:一、干部职工整生日庆贺。" and the page ends
    page = "体现了镇工会的人文关怀。特制定慰问方案如下:一、干部职工整生日庆贺。全镇领导干部职工的30岁生日"
    assert markers(parse(page)) == [(1, "一、")]
    assert markers(parse("我们讨论了一、二两个方面的问题,大家都同意。")) == []
    # p1149: "…主要任务是:一、深入学习…" on a library page cut before "二、"
    tasks = "今后三年我镇工会工作的主要任务是:一、深入学习贯彻党的十六届四中全会精神,团结动员广大职工"
    assert markers(parse(tasks)) == [(1, "一、")]
    assert markers(parse("他的观点是:一、二两类都要。")) == []



def test_a_first_value_after_a_sentence_counts_where_the_page_is_cut_off_inside_its_item(parse):
    # p1288: a speech "…我讲四点意见。一、把握特点和形势…" on a page that stops mid-sentence
    page = "借此机会,我讲四点意见。一、把握特点和形势,以新理念总揽工会工作。从政策形势上看:群团工作更为重要"
    assert markers(parse(page)) == [(1, "一、")]
    # the same first value on a page that ends its sentence was not cut: its run has no second
    assert markers(parse(page + "。")) == []
    # nor is one inside a sentence
    assert markers(parse(page.replace("。一、", ",一、"))) == []
    # inside a line a 一是 needs its 二是 whatever the page lost (readers leave a lone one as
    # prose); p826: one that starts a line on a page cut inside it starts its run
    assert markers(parse("开展了以下学习活动:一是理论和形势教育。配合局党委下达的宣传工作重点,充分")) == []
    assert markers(parse("形成人人爱运动的氛围。\n一是,积极参与市总工会组织的各项文娱活动,动员职工报名")) \
        == [(1, "一是")]


def test_a_run_marker_the_page_ends_on_after_a_sentence_counts(parse):
    # p854: a run-on plan cut off right after its next section's marker ("…工作。 四、")
    page = "三、加强工会自身建设,做好新建工会工作。努力新建工会9个,并且做好换届和信息上报工作。 四、"
    assert markers(parse("一、做好帮扶工作。做到应助尽助。 二、开展劳动竞赛。" + page)) \
        == [(1, "一、"), (1, "二、"), (1, "三、"), (1, "四、")]
    # not where words follow it, nor inside a sentence, nor where it continues no run
    assert markers(parse("一、做好帮扶工作。 二、开展劳动竞赛,评出一、")) == [(1, "一、"), (1, "二、")]
    assert markers(parse("一、做好帮扶工作。 二、开展劳动竞赛。 五、")) == [(1, "一、"), (1, "二、")]


def test_a_first_value_glued_to_its_sections_heading_in_run_on_text(parse):
    # p1158, a library's run-on 工作要点: "一、…会议精神1、学习…。…2、学习…" on one line, the
    # second member after a full stop rather than at a line's start
    page = ("一、认真学习宣传贯彻党的十八大和省市教育工会有关会议精神1、学习、贯彻党的十八大精神。认真学习。"
            "2、学习贯彻规划纲要。各级工会组织要积极主动。3、认真贯彻落实省、市教育工会有关会议精神。")
    assert markers(parse(page)) == [(1, "一、"), (2, "1、"), (2, "2、"), (2, "3、")]


def test_the_text_after_a_table_of_contents_restarts_the_top_run(parse):
    # p336: a contents list "一、背景分析 … 四、理论框架" and the text's own "一、背景分析1.1…"
    # glued to the last contents line; the page ends before the text's "二、"
    page = ("一、背景分析\n\n1.1政策法规依据\n\n二、问题定义\n\n2.1教代会制度运行规范性不足\n\n"
            "三、目标设定\n\n3.1总体目标\n\n四、理论框架\n\n4.1民主管理理论\n\n4.2社会影响扩大一、背景分析"
            "1.1政策法规依据 我国教职工代表大会制度的法律与政策基础已形成完整体系。")
    got = markers(parse(page))
    assert got == [(1, "一、"), (1, "二、"), (1, "三、"), (1, "四、"), (1, "一、")]


def test_an_itinerary_number_before_a_time_is_a_marker(parse):
    # p355: "(11:30)3.11:50-12:20 行車時間" — the stop is followed by a time, not a decimal
    page = "1.行車路線:校總區大門前(7:00)→獅潭鄉(09:00) 2.健行路線:義民廟(09:30)→雲洞宮(11:30)" \
           "3.11:50-12:20 行車時間(赴濟世宮)4.12:20-13:30 午餐(濟世宮)\n"
    assert markers(parse(page)) == [(1, "1."), (1, "2."), (1, "3."), (1, "4.")]
    assert markers(parse("一、会费\n每人缴纳3.50元。\n")) == [(1, "一、")]


def test_a_labels_wrapped_values_are_no_heading(parse):
    # p338: "项目:100米 400米 铅球" wraps onto "标枪 铁饼 跳远 跳高"; the wrapped row does not
    # close 五、, so the relay teams listed after it stay under 五、
    page = ("五、分组及项目:\n男子丁组:31岁以下共42人\n项目:100米 400米 800米 铅球\n标枪 铁饼 跳远 跳高\n"
            "接力分组: 1、国际贸易系 2、经济管理系\n六、录取和奖励:\n1、若单项参赛超过\n")
    assert markers(parse(page)) == [(1, "五、"), (2, "1、"), (2, "2、"), (1, "六、"), (2, "1、")]
    # a short line that is no wrapped row still ends the open levels (corpus README)
    heading = "五、分组及项目:\n具体活动安排\n1、国际贸易系\n2、经济管理系\n"
    assert markers(parse(heading)) == [(1, "五、"), (1, "1、"), (1, "2、")]


def test_a_page_cut_from_a_charters_middle_keeps_the_levels_it_began_inside(parse):
    # p331: the page starts inside 第二节's 第二十四条 with "(一)…(二)"; the 条 and 节 it later
    # reads go on from values the page cut off, so they stand above the (一) items from the start
    page = ("(一)选举职工代表大会主席团;\n(二)听取工会委员会的报告;\n"
            "第二十五条 职工代表大会预备会议一般议程:\n(一)听取单位行政工作报告;\n(二)代表分组审议;\n"
            "第三节 职工代表大会正式会议\n第二十六条 职工代表大会的任务:\n(一)听取报告;\n(二)组织审议;\n"
            "第四节 职工代表大会临时会议\n第二十七条 职工代表大会闭会期间遇有重大事项\n")
    assert markers(parse(page)) == [
        (3, "(一)"), (3, "(二)"), (2, "第二十五条"), (3, "(一)"), (3, "(二)"),
        (1, "第三节"), (2, "第二十六条"), (3, "(一)"), (3, "(二)"), (1, "第四节"), (2, "第二十七条")]
    # a page that starts at its outline's top has no levels above it: a 条 quoted later
    # in running lines does not push the plan down
    plan = "一、学习\n(一)学习工会法\n第二条 工会是职工自愿结合的组织\n第三条 凡在境内的劳动者\n二、竞赛\n"
    assert markers(parse(plan))[:2] == [(1, "一、"), (2, "(一)")]


def test_the_second_page_of_an_article_cut_after_a_higher_value_began_inside_its_run(parse):
    # p885: page 2 of a kindergarten's plan: "1、…2、…3、…" then "(三)…" where the page is cut;
    # the page began inside (二), so the 1、 items sit under it
    page = ("1、全力推進園務公開,真正做到以公開促公正。\n2、召開二屆四次教職工代表大會,保障民主參與。\n"
            "3、以人為本,關心教職工生活。\n做好教職工生活的第一知情人。\n(三)建設積極向上的校園文化,形成")
    assert markers(parse(page)) == [(2, "1、"), (2, "2、"), (2, "3、"), (1, "(三)")]
    # a (三) with more of the page after it and no continuation is no such sign
    later = page + "\n4、開展讀書活動。\n"
    assert markers(parse(later))[:3] == [(1, "1、"), (1, "2、"), (1, "3、")]


def test_a_first_item_under_a_sites_list_of_its_plans_is_no_wrapped_word(parse):
    # p924: a library's contents line ends with the plan's number, and the page is cut after
    # the plan's first item: "一、" starts that item, it does not end a word broken off
    page = ("医院工会工作计划通用范例 篇1医院工会工作计划通用范例 篇2医院工会工作计划通用范例 篇1\n"
            "一、以构建和谐医院为主题,充分发挥广大职工的主力军作用。\n在市总工会、县工会的领导下,我院工会将动员全院职工")
    assert markers(parse(page)) == [(1, "一、")]
    # after a sentence broken off mid-word the same line start ends the word
    broken = "我们要在全院上下形成共识,各项工作要达到统\n一、简化、有序的要求。\n"
    assert markers(parse(broken)) == []


def test_groups_after_label_lines_are_siblings(parse):
    # p913: under "四、" two groups, each after a label line of its own, sit side by side
    page = ("四、活动意义:\n为了创造蓝天碧水的绿色环境,开展本次志愿者绿色行动。\n活动准备事宜:\n"
            "1、活动宣传:网站\n2、活动所需物品的准备: 铁锹、锄头\n3、活动的组织:统一进行协调安排\n"
            "活动经费预算:\n1、树苗的购置:杨树30/棵\n2、劳动工具:由我公司提供\n")
    assert markers(parse(page)) == [(1, "四、"), (2, "1、"), (2, "2、"), (2, "3、"), (2, "1、"), (2, "2、")]
    # the same with blank lines between, as most template sites print it
    assert markers(parse(page.replace("\n", "\n\n"))) == markers(parse(page))
    # p662: the groups after "工作目标:" and "主要内容:" stand side by side in different styles
    styles = ("工作目标:\n1、增强三个意识:即增强服务意识\n2、营造四种氛围:营造和谐民主的校园氛围\n"
              "主要内容:\n一、加强教师思想教育,推动学校精神文明建设。\n1、积极配合学校党组织\n2、工会干部要认真学习\n")
    assert markers(parse(styles)) == [(1, "1、"), (1, "2、"), (1, "一、"), (2, "1、"), (2, "2、")]
    # p172: a group after a numbered heading line ("六、比赛方式:") did not follow a label,
    # so a label-line group after it nests under its last item
    nested = ("六、比赛方式:\n1、全场比赛采用单循环比赛方式\n2、女子投篮比赛分排名赛和决赛\n"
              "奖项设置:\n1、篮球全场比赛取前三名\n2、女子投篮比赛取前三名\n")
    assert markers(parse(nested)) == [(1, "六、"), (2, "1、"), (2, "2、"), (3, "1、"), (3, "2、")]


def test_a_charter_scraped_from_a_table_keeps_its_levels(parse):
    # p969: a Taiwanese charter whose cells came out as " |" and "||" lines: the rules close
    # no level and are no part of an item's text
    page = ("第 一 章 【總則】 |\n||\n第 1 條 |\n|\n本章程依據教師法及相關法令訂定之。 |\n"
            "第 2 條 |\n|\n本會名稱為社團法人臺南市教師會 |\n第 二 章 【宗旨與任務】 |\n||\n第 3 條 |\n|\n"
            "本會之任務如下: 一、積極維護學生學習之權益。 二、維護教師專業尊嚴與專業自主權。 |\n")
    got = items_of(parse(page))
    assert [(d, m) for d, m, _ in got] == [(1, "第 一 章"), (2, "第 1 條"), (2, "第 2 條"), (1, "第 二 章"),
                                           (2, "第 3 條"), (3, "一、"), (3, "二、")]
    assert got[1][2] == "本章程依據教師法及相關法令訂定之。" and got[4][2].startswith("本會之任務如下")


def test_a_list_right_after_its_headings_colon_opens_where_the_page_ends(parse):
    # p991: a run-on page cut after "二、具体工作: (一)…": the (一) opens the heading's list
    page = ("一、指导思想: 作为市级一类学校,校工会以重要思想为指导。 二、具体工作: "
            "(一)发挥工会桥梁纽带作用构建和谐校内 深化学习,提高认识")
    assert markers(parse(page)) == [(1, "一、"), (1, "二、"), (2, "(一)")]
    # words after the colon are the heading item's content: a number among them is a word
    content = "(一)普通资助:符合情况一、四的职工每人补助500元。\n(二)特别资助\n"
    assert markers(parse(content)) == [(1, "(一)"), (1, "(二)")]


def test_a_lost_first_heading_and_a_heading_line_do_not_close_the_level_the_page_began_in(parse):
    # p271: the page lost "一、" before "比赛项目"; (一)…(二) sit under it and
    # 二、 goes on at the top level
    page = ("现将有关事项通知如下:\n比赛项目\n(一)中长跑:男子800米\n(二)接力:男女4×100米接力\n"
            "二、报名办法\n以基层分会为单位组织报名。\n1.接力赛报名要求:限报一队\n2.跳绳报名要求:限报一队\n"
            "三、报名时间\n即日起开始报名\n")
    assert markers(parse(page)) == [(2, "(一)"), (2, "(二)"), (1, "二、"), (2, "1."), (2, "2."), (1, "三、")]


def test_a_list_glued_to_the_end_of_a_long_heading_opens_under_it(parse):
    # p363: "一、…,更加注重…活动1、开展…" with "2、" starting the next line; under "二、" the
    # page ends after its "1、", which repeats the shape "一、" opened
    page = ("一、围绕中心,更加注重“五比创五杯”劳动竞赛和争创“工人先锋号”活动1、开展劳动竞赛融入中心。\n"
            "2、要高度重视和继续下大力开展争先创模活动。\n"
            "二、结合实际,更加注重民主管理、民主参与、民主监督1、进一步完善机制,推动企务公开")
    assert markers(parse(page)) == [(1, "一、"), (2, "1、"), (2, "2、"), (1, "二、"), (2, "1、")]
    # glued after a sentence's end inside the line it stays a word
    prose = "一、围绕中心开展活动。全年共开展活动1、2次。\n二、结合实际\n"
    assert markers(parse(prose)) == [(1, "一、"), (1, "二、")]


def test_a_marker_glued_to_a_placeholder_and_a_rank_enumeration(parse):
    # p383: "地点:xxx三、参赛对象xxx全体干部职工四、项目设置(一)…进入三、四名决赛。(二)…"
    page = ("一、活动主题建功新时代二、时间地点时间:xx月xx日地点:xxx三、参赛对象xxx全体干部职工四、项目设置"
            "(一)拔河比赛胜者进入决赛,败者进入三、四名决赛。(二)托球接力跑4人为一组。五、奖项")
    assert markers(parse(page)) == [(1, "一、"), (1, "二、"), (1, "三、"), (1, "四、"), (2, "(一)"),
                                    (2, "(二)"), (1, "五、")]


def test_a_lone_circled_digit_inside_a_line_is_a_marker(parse):
    # p405: "2.报名办法:①每队限报7人…" — no ② follows, but a circled digit is never a word
    page = "五、报名办法:\n1.报名时间:11月27日前。\n2.报名办法:①每队限报7人(含领队)。\n3.写明单位。\n"
    assert markers(parse(page)) == [(1, "五、"), (2, "1."), (2, "2."), (3, "①"), (2, "3.")]
    # a lone inline "1、" after a label's colon stays words ("符合情况1、的…" is no list)
    assert markers(parse("五、报名办法:\n(一)普通资助:符合情况1、的职工\n")) == [(1, "五、"), (2, "(一)")]


def test_letters_inside_a_line_are_markers(parse):
    # p410: "③.学广告:A、脑白金:今年过节不收礼 B、飘柔:用“飘柔”…" under a ① ② ③ list
    page = "(2)、惩罚方式 ①.答题错误需要喝酒; ②.绕场一圈; ③.学广告:A、脑白金:今年过节不收礼 B、飘柔:用飘柔\n"
    assert markers(parse(page)) == [(1, "(2)、"), (2, "①."), (2, "②."), (2, "③."), (3, "A、"), (3, "B、")]
    # a grade or a team named by its letter is no marker ("A、B两组" has no words between)
    assert markers(parse("一、分组\n分为 A、B两组进行比赛。\n")) == [(1, "一、")]


def test_a_marker_after_a_leaked_html_tag(parse):
    # p435: a paywall's hidden text leaves '…rgb(255, 255, 255);">七、做好…' before the marker;
    # 七、 jumps ahead of 一、 and 八、 continues it
    page = ('一、扎实推进工会组建工作\n1、工会组建情况:新增企业2家 ……此处隐藏1695个字……'
            'kground: rgb(255, 255, 255);">七、做好对困难职工帮扶工作。\n八、积极做好宣传工作。\n')
    assert markers(parse(page)) == [(1, "一、"), (2, "1、"), (1, "七、"), (1, "八、")]


def test_a_run_of_yi_shi_before_any_item_on_a_page_cut_from_a_charter(parse):
    # a page that began inside 第二十四条 (its 第二十五条, 第二十六条 go on) opens with a lone
    # "一是" inside a line before any item: no item is open yet for it to repeat a list under
    page = ("工作要求:一是加强学习。\n(一)选举主席团;\n(二)听取报告;\n第二十五条 预备会议议程:\n"
            "(一)听取报告;\n第二十六条 大会的任务:\n(一)审议;\n")
    assert markers(parse(page)) == [(2, "(一)"), (2, "(二)"), (1, "第二十五条"), (2, "(一)"),
                                    (1, "第二十六条"), (2, "(一)")]


def test_a_charter_numbering_its_articles_in_arabic_digits_on_their_own_lines(parse):
    # p616: 第一章 > 第1條 (alone on its line) > 一、; p615: "第1條  為鼓勵…"
    doc = parse("組織章程\n第一章 總則\n第1條\n本章程依據工會法訂定之。\n第2條\n本會之任務如下:\n"
                "一、團體協約之締結。\n二、勞資爭議之處理。\n第二章 會員\n第3條\n會員申請入會。\n")
    assert [(d, m) for d, m, _ in items_of(doc)] == [
        (1, "第一章"), (2, "第1條"), (2, "第2條"), (3, "一、"), (3, "二、"), (1, "第二章"), (2, "第3條")]
    doc = parse("模範勞工選拔暨獎勵辦法\n第1條  為鼓勵會員敦品勵行,特訂定本辦法。\n"
                "第2條  凡本會會員入會滿半年者,均得被推薦。\n")
    assert [m for _, m, _ in items_of(doc)] == ["第1條", "第2條"]
    # an article cited inside a sentence is no marker
    assert items_of(parse("依工會法第12條規定辦理。\n")) == []


def test_an_article_glued_to_its_short_heading_on_its_own_line(parse):
    # p760: 第一章总则 > 第一条制定目的 (its heading glued, the text on the next lines) > (一)
    doc = parse("工会会员慰问制度\n\n第一章总则\n\n第一条制定目的\n\n"
                "为帮助会员解决实际困难,特制定本制度。\n\n"
                "第二条核心原则\n\n(一)公平公正原则:慰问工作需严格遵循规定流程。\n\n(二)实事求是原则:以客观事实为依据。\n")
    assert [(d, m) for d, m, _ in items_of(doc)] == [
        (1, "第一章"), (2, "第一条"), (2, "第二条"), (3, "(一)"), (3, "(二)")]
    # an article cited in a sentence is none, even where the line ends soon after
    assert items_of(parse("按照本办法第一条规定执行\n")) == []


def test_a_chapter_inside_a_run_on_charter_before_its_first_article(parse):
    # p708: chapters and articles run into one line
    doc = parse("会员慰问管理办法\n(2018年联席会议通过) 第一章 总则 第一条 为规范职工慰问工作,制定本办法。 "
                "第二章 慰问对象及原则 第二条 慰问对象是指本处工会会员。 第三条 慰问范围包括会员婚丧嫁娶。\n")
    assert [(d, m) for d, m, _ in items_of(doc)] == [
        (1, "第一章"), (2, "第一条"), (1, "第二章"), (2, "第二条"), (2, "第三条")]
    # a chapter cited in a sentence is none
    assert all(m != "第三章" for _, m, _ in items_of(parse("依照本办法第三章 有关规定 第一条 执行。\n")))


def test_an_ordinal_with_a_full_stop_continues_its_run(parse):
    # p612: "第一,积极参与…" then "第二.坚持企务公开。"
    doc = parse("现将本年度的工作做一总结:\n第一,积极参与企业民主管理工作。\n召开职工代表大会。\n"
                "第二.坚持企务公开。\n")
    assert [m for _, m, _ in items_of(doc)] == ["第一,", "第二."]


def test_a_chinese_number_that_lost_its_opening_bracket_continues_its_run(parse):
    # p633: "（三）…" then "四)…" and "五)、…" at a line's start, each over its 1、2、
    doc = parse("一、加强建设\n（三）开展文体活动。\n1、开展精神文明创建活动。\n"
                "四)以权益维护为抓手,拓展送温暖工程。\n1、加大源头参与。\n2、维护合法权益。\n"
                "五)、以优化工作环境为着眼点。\n1、配强领导班子。\n")
    assert [(d, m) for d, m, _ in items_of(doc)] == [
        (1, "一、"), (2, "（三）"), (3, "1、"), (2, "四)"), (3, "1、"), (3, "2、"), (2, "五)、"), (3, "1、")]
    # "十三五)" closing a bracket inside a sentence is none
    assert [m for _, m, _ in items_of(parse("一、落实规划(十三五)的要求。\n二、学习\n"))] == ["一、", "二、"]


def test_markers_after_a_book_title_and_a_contests_rounds_glued_to_their_heading(parse):
    # p654: "…上报《参赛报名表》(三).9月10日…"; "七、竞赛规则第一轮:初露锋芒…。第二轮:当机立断…"
    doc = parse("六、实施流程(一).9月8日前准备试题(二).9月9日各部门上报《参赛报名表》(三).9月10日下午开始竞赛"
                "七、竞赛规则第一轮:初露锋芒,小组必答题每题10分。第二轮:当机立断,小组抢答题。")
    assert [(d, m) for d, m, _ in items_of(doc)] == [
        (1, "六、"), (2, "(一)."), (2, "(二)."), (2, "(三)."), (1, "七、"), (2, "第一轮:"), (2, "第二轮:")]


def test_a_number_after_another_numbers_comma_is_no_marker(parse):
    # the countdown "…1分。…2.十人…": inside "5、4、3、2、1分" no value starts an item,
    # nor does the 1 of a decimal section number "3、2、1工会办…"
    doc = parse("一、比赛项目\n1.拔河比赛规则:按名次依次得5、4、3、2、1分。"
                "2.十人十一足比赛规则:每队十一人。\n")
    assert [m for _, m, _ in items_of(doc)] == ["一、", "1.", "2."]


def test_a_run_on_pages_outline_glued_to_its_title_and_its_first_child(parse):
    # p776: a library page run into one line, "一、" glued to the title and "(一)" to "总则"
    doc = parse("中心卫生院工会制度一、总则(一)宗旨本工会以维护职工合法权益为宗旨。(二)基本原则"
                "1.坚持党的领导。2.坚持以职工为本。(三)任务1.依法维护职工的民主权利。\n")
    assert [(d, m) for d, m, _ in items_of(doc)] == [
        (1, "一、"), (2, "(一)"), (2, "(二)"), (3, "1."), (3, "2."), (2, "(三)"), (3, "1.")]
    # a lone glued "一、" with a bracketed first value after it and no second is a word
    assert [m for _, m, _ in items_of(parse("要做到统一、(一)规范管理。\n"))] == []


def test_a_run_on_rules_text_whose_chapter_and_articles_are_glued(parse):
    # p779: "…特制定本条例第一章 总 则第一条:…代表者第二条:…" (no punctuation left)
    doc = parse("医院工会工作条例根据中国工会章程结合我院实际情况特制定本条例第一章 总 则第一条:"
                "工会是职工自愿参加的群众组织是职工群众的重要代表者第二条:工会在党委和上级工会的领导下开展工作\n")
    assert [(d, m) for d, m, _ in items_of(doc)] == [(1, "第一章"), (2, "第一条:"), (2, "第二条:")]
    # an article cited in a sentence, glued with no colon, is none
    assert items_of(parse("按照本办法第一条规定执行第二条的要求\n")) == []


def test_a_charter_whose_site_lost_its_di_keeps_its_articles(parse):
    # p768: the site dropped 第 (and 年, 月) from its charter: "1條 本會名稱為…"
    doc = parse("第一章 總則\n\n1條 本會名稱為建興國民中學教師會\n\n2條 本會之任務如下:\n\n"
                "一、  維護教師專業尊嚴。\n\n二、  維護學生受教之權益。\n\n"
                "第二章 會員\n\n3條 本會會員為專任教師。\n")
    assert [(d, m) for d, m, _ in items_of(doc)] == [
        (1, "第一章"), (2, "1條"), (2, "2條"), (3, "一、"), (3, "二、"), (1, "第二章"), (2, "3條")]
    # a lone "3条" at a line's start is no article
    assert [m for _, m, _ in items_of(parse("3条 建议已经收到。\n一、学习\n二、竞赛\n"))] == ["一、", "二、"]


def test_a_run_on_rules_texts_articles_numbered_across_its_chapters(parse):
    # p813: a library dump of rules in one line, each article's text straight after it and the
    # next chapter's first article glued to the chapter's name
    doc = parse("困難職工幫扶管理辦法(暫行)第一章總則第一條為建立長效機制,特制定本制度。"
                "第二條幫扶工作在公司黨委的統一領導下開展。第二章認定標準第三條困難職工,是指家庭生活困難的職工。"
                "第四條認定每年一次。\n")
    assert [(d, m) for d, m, _ in items_of(doc)] == [
        (1, "第一章"), (2, "第一條"), (2, "第二條"), (1, "第二章"), (2, "第三條"), (2, "第四條")]
    # an article cited in a sentence never continues the run, whatever its number
    doc = parse("第一条 为规范工作,制定本办法。第二条 依照劳动法第三条规定,保障职工权益。"
                "第三条 本办法自发布之日起施行。\n")
    assert [m for _, m, _ in items_of(doc)] == ["第一条", "第二条", "第三条"]


def test_a_second_text_run_on_after_the_first_restarts_the_top_level(parse):
    # p931: two 包粽子 plans run together with no plan marker; the second's "一、" on a line of
    # its own below "六、…2、" starts a new run at depth 1, not a list under 2、
    doc = parse("一、比赛时间\n5月30日下午。\n二、比赛规则\n1、每个工会小组分发20个粽叶。\n"
                "2、以数量和质量评分。\n一、活动时间\n20**年6月1日。\n二、活动地点\n局培训中心。\n三、活动方案\n1、包粽子所需原材料由工会准备。\n")
    assert [(d, m) for d, m, _ in items_of(doc)] == [
        (1, "一、"), (1, "二、"), (2, "1、"), (2, "2、"), (1, "一、"), (1, "二、"), (1, "三、"), (2, "1、")]
    # under an open item a restart of its own run still nests ("3、…裁判:…1、分组进行")
    doc = parse("一、比赛项目\n1、跳绳比赛\n2、夹珠子比赛\n裁判:\n1、分组进行\n2、计时排名\n二、奖项\n")
    assert [(d, m) for d, m, _ in items_of(doc)] == [
        (1, "一、"), (2, "1、"), (2, "2、"), (3, "1、"), (3, "2、"), (1, "二、")]
