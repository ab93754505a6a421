"""Plan splitting (annotation guide, section 1: 篇1, 篇二, 【篇3】, 第一篇:, 范文一, …方案1)."""

from __future__ import annotations

import pytest

from pipeline.markers import load_plan_markers
from pipeline.structure.plans import split_plans
from tests.conftest import items_of


def plans(text: str):
    return split_plans(text, text, load_plan_markers())


@pytest.mark.parametrize("first,second", [
    ("工会工作计划 篇1", "工会工作计划 篇2"),
    ("工会工作计划 篇一", "工会工作计划 篇二"),
    ("春節工會活動方案篇一:", "春節工會活動方案篇二:"),  # with a colon (p123)
    ("小学工会工作计划 【篇1】", "小学工会工作计划 【篇2】"),
    ("第一篇:2010年医院工会工作计划", "第二篇:2011年医院工会工作计划"),
    ("学校工会工作计划范文1", "学校工会工作计划范文2"),
    ("范文一", "范文二"),
    ("工会活动方案1", "工会活动方案2"),
    ("女职工工作条例范文第1篇", "女职工工作条例范文第2篇"),
    ("春节慰问职工活动方案范文(篇1)", "春节慰问职工活动方案范文(篇2)"),
    ("工会春游活动策划1", "工会春游活动策划2"),
    ("工会组织活动通知1", "工会组织活动通知2"),  # p494
    ("街道工会工作总结1", "街道工会工作总结2"),
    ("篇1:工会春游活动方案", "篇2:工会秋游活动方案"),
    ("1小学慰问退休教师活动方案", "2蝙蝠小学工会春节慰问教师活动方案"),  # p563
    ("(一)县总工会送温暖活动情况汇报", "(二)县总工会金秋助学活动方案"),  # p1231
    ("医院工会工作计划【第一篇】", "医院工会工作计划【第二篇】"),  # p587
    ("【机关单位五一劳动节活动方案一】", "【机关单位五一劳动节活动方案二】"),  # p789
    ("一", "二"),  # a collection's bare numerals on lines of their own (p985)
])
def test_plan_marker_styles(first, second):
    text = f"前言\n{first}\n一、学习\n{second}\n一、竞赛\n"
    preamble, spans = plans(text)
    assert [s.title for s in spans] == [first, second]
    assert text[preamble[0]:preamble[1]] == "前言\n"
    assert text[spans[1].start:spans[1].end] == f"{second}\n一、竞赛\n"


def test_article_without_markers_is_one_plan():
    _, spans = plans("\n  一、学习\n二、竞赛\n")
    assert len(spans) == 1 and spans[0].title == "" and spans[0].start == 3


def test_a_bare_number_line_is_a_page_number_not_a_plan():
    _, spans = plans("一、学习\n开展读书活动\n1\n二、竞赛\n2\n")
    assert len(spans) == 1 and spans[0].title == ""


def test_plan_numbers_must_run_in_order():
    _, spans = plans("工会工作计划 篇1\n一、学习\n年度计划3\n工会工作计划 篇2\n")
    assert [s.title for s in spans] == ["工会工作计划 篇1", "工会工作计划 篇2"]


def test_collection_titles_are_not_plans():
    _, spans = plans("【精华】工会工作计划锦集9篇\n工会工作计划(精选5篇)\n一、学习\n")
    assert len(spans) == 1 and spans[0].title == ""


def test_plan_markers_inside_run_together_lines():
    # p116: a page whose lines were run together: "…方案范文1为了…。…工会节日慰问方案范文2为关心…"
    text = ("1、工会节日慰问方案工会节日慰问方案范文1为了切实为广大职工办好事,拟制定慰问工作方案如下:"
            "一、慰问对象。四、慰问经费约390余元。工会节日慰问方案范文2为关心镇干部职工生活,特制定慰问方案如下:"
            "一、干部职工整生日庆贺。")
    _, spans = plans(text)
    assert [s.title for s in spans] == ["1、工会节日慰问方案工会节日慰问方案范文1", "工会节日慰问方案范文2"]
    assert text[spans[1].body_start:].startswith("为关心镇干部")
    # one "范文1" inside a sentence divides nothing
    _, one = plans("请参阅工会工作计划范文1的写法。一、学习\n")
    assert len(one) == 1 and one[0].title == ""


def test_bracketed_plan_numbers_inside_a_library_page_run_into_one_line(parse):
    # p587: "…了解一下吧。医院工会工作计划【第一篇】署的…工作.2.北京…": the page lost its first
    # item, and the plan that begins inside a line may begin mid-sequence like a page does
    doc = parse("下面分享2023年医院工会工作计划精选5篇,一起来了解一下吧。医院工会工作计划【第一篇】署的"
                "双代会的筹备工作.2.北京大学第六医院职工代表换届选举工作.3.进行职工代表培训,明确工作职权."
                "4.做好职代会提案的征集.医院工会工作计划【第二篇】--。一、健全女工组织,规范女职工工作制度。"
                "二、做好女职工维权工作。")
    assert [p.title for p in doc.plans] == ["医院工会工作计划【第一篇】", "医院工会工作计划【第二篇】"]
    assert [m for _, m, _ in items_of(doc, 1)] == ["2.", "3.", "4."]
    assert [m for _, m, _ in items_of(doc, 2)] == ["一、", "二、"]
    # under a plan marker standing on its own line, a run starting at 2 is still no run
    lone = parse("医院工会工作计划【第一篇】\n前言。\n2.北京大学\n3.进行职工代表培训\n"
                 "医院工会工作计划【第二篇】\n一、学习\n")
    assert items_of(lone, 1) == []
