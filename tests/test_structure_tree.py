"""The tree builder's named rules, each with an example from the annotation guide or the
corpus annotation notes: the rule that places (or rejects) a marker is the one named."""

from __future__ import annotations

import re

import pytest

from pipeline.structure import tree


def placed(doc) -> list[tuple[int, str, str]]:
    """(depth, marker as written, rule that placed it) for each item of the first plan."""
    text = doc.clean.text
    return [(it.depth, text[it.marker.start:it.marker.end].strip(), it.rule) for it in doc.plans[0].items]


# (rule, page, expected (depth, marker, rule) of every item); written from the guide by hand.
PLACING = [
    ("continue_open_run", "一、组织学习\n二、开展竞赛\n",
     [(1, "一、", "start_run"), (1, "二、", "continue_open_run")]),
    ("continue_run_closed_by_section_heading", "一、工作要点\n1、组织学习\n具体活动安排\n2、开展竞赛\n",
     [(1, "一、", "start_run"), (2, "1、", "start_run"),
      (2, "2、", "continue_run_closed_by_section_heading")]),
    ("leading_orphan", "4、组织学习\n四、开展竞赛\n五、慰问困难职工\n",
     [(2, "4、", "leading_orphan"), (1, "四、", "leading_orphan"), (1, "五、", "continue_open_run")]),
    ("start_run",
     "三、活动项目\n1、男子投篮\n2、女子夹珠子\n裁判:\n1、分组进行\n2、按数量计分\n四、趣味游戏\n",
     [(1, "三、", "leading_orphan"), (2, "1、", "start_run"), (2, "2、", "continue_open_run"),
      (3, "1、", "start_run"), (3, "2、", "continue_open_run"), (1, "四、", "continue_open_run")]),
    ("start_run", "一、组织学习\n二、开展竞赛\n一、慰问\n二、联谊\n",
     [(1, "一、", "start_run"), (1, "二、", "continue_open_run"), (1, "一、", "start_run"),
      (1, "二、", "continue_open_run")]),
    ("reopen_closed_run", "一、组织学习\n1、读书\n2、演讲\n二、开展竞赛\n3、技能比武\n",
     [(1, "一、", "start_run"), (2, "1、", "start_run"), (2, "2、", "continue_open_run"),
      (1, "二、", "continue_open_run"), (2, "3、", "reopen_closed_run")]),
    ("glued_marker_needs_an_anchor", "四、活动的准备与安排1、布置会场\n2、准备奖品\n",
     [(1, "四、", "leading_orphan"), (2, "1、", "start_run"), (2, "2、", "continue_open_run")]),
]


@pytest.mark.parametrize("rule,page,expected", PLACING, ids=[f"{r}:{p[:12]}" for r, p, _ in PLACING])
def test_each_rule_places_its_example(parse, rule, page, expected):
    got = placed(parse(page))
    assert got == expected
    assert rule in {r for _, _, r in got} or rule == "glued_marker_needs_an_anchor"


# (rule, page, the marker the rule rejects, the items left)
REJECTING = [
    # "…活动2、畅想" glued to a word: it would reopen the closed 1、 run
    ("glued_marker_needs_an_anchor", "一、组织学习\n1、读书\n二、组织职工开展读书活动2、畅想未来\n",
     "2、", [(1, "一、", "start_run"), (2, "1、", "start_run"), (1, "二、", "continue_open_run")]),
    ("inline_repeat_is_a_word",
     "一、活动主题 努力营造喜迎五 一、共建和谐的气氛。 二、活动内容 组织劳模宣传\n",
     "一、", [(1, "一、", "start_run"), (1, "二、", "continue_open_run")]),
]


@pytest.mark.parametrize("rule,page,marker,expected", REJECTING, ids=[r for r, *_ in REJECTING])
def test_each_rejecting_rule_rejects_its_example(parse, monkeypatch, rule, page, marker, expected):
    assert placed(parse(page)) == expected
    # without the rule, the marker it rejects would become an item
    monkeypatch.setattr(tree, "RULES", tuple(r for r in tree.RULES if r.__name__ != rule))
    assert len(placed(parse(page))) > len(expected)


def test_the_docstring_lists_the_rules_the_code_tries_in_order():
    listed = re.findall(r"^\d+\. `(\w+)`", tree.__doc__, flags=re.M)
    assert listed == [r.__name__ for r in tree.RULES]
