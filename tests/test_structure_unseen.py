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
