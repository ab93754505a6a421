"""Sections of a plan (docs/sections.md): headings grouped by the part they name, sentences apart."""

from __future__ import annotations

import pytest

from pipeline.classify.sections import load_sections
from pipeline.lab.sections_eval import SectionsReport
from pipeline.mine.mine import section_variants


@pytest.mark.parametrize("heading,depth,section", [
    ("活动时间", 1, "time"), ("比赛时间:5月10日", 1, "time"), ("时间安排", 2, "time"),
    ("参加人员", 1, "participants"), ("参赛对象", 2, "participants"),
    ("慰问对象", 1, "content"),  # an aid's recipients are what the aid is
    ("报名方式", 1, "registration"), ("奖项设置", 1, "awards"), ("活动经费", 1, "budget"),
    ("指导思想", 1, "guiding_idea"), ("活动目的", 1, "purpose"), ("活动主题", 1, "theme"),
    ("注意事项", 2, "requirements"), ("活动内容", 1, "content"), ("1月份", 1, "month"),
    ("开展送温暖活动", 1, None),  # says what is done: no section
    ("拔河比赛", 2, None),
    ("组织全体职工认真学习工会法并开展知识竞赛活动", 1, None),  # a sentence
    ("活动时间", 3, None),  # below the outline levels
])
def test_a_heading_names_its_section(heading, depth, section):
    assert load_sections().section(heading, depth) == section


def test_purity_and_inverse_purity():
    # predicted groups: time = {time, time, place}, none = {none}; gold time has 2, place 1, none 1
    report = SectionsReport([("time", "time"), ("time", "time"), ("place", "time"), ("none", "none")], 0)
    assert report.purity == pytest.approx(3 / 4)
    assert report.inverse_purity == pytest.approx(1.0)


def test_a_copied_plan_is_counted_once():
    headings = [("time", "活动时间", plan, doc)
                for plan, doc in (("a-p01", "a"), ("b-p01", "b"), ("c-p01", "c"))]
    copies = {"a-p01": ("cop-1", "b-p01"), "b-p01": ("cop-1", "b-p01")}  # a and b: one text
    table = section_variants(headings, copies)
    assert table.to_dict("records") == [{"section": "time", "variant": "活动时间", "n_plans": 2, "n_docs": 3}]


def test_a_kinds_usual_order_and_how_closely_plans_follow_it():
    from pipeline.mine.outline import MIN_KIND_PLANS, kind_outlines

    usual = ["purpose", "time", "place", "participants", "awards"]
    orders = {f"p{k}": ("activity_plan", usual) for k in range(MIN_KIND_PLANS - 1)}
    orders["swapped"] = ("activity_plan", ["time", "purpose", "place", "participants", "awards"])
    orders["few"] = ("notice", usual)  # a kind with too few plans gets no outline
    rows, agreement = kind_outlines(orders)
    assert [r["section"] for r in rows] == usual and {r["plan_kind"] for r in rows} == {"activity_plan"}
    # nine plans in the usual order (tau 1), one with a single swap of five (tau 0.8)
    assert agreement == {"activity_plan": pytest.approx((9 * 1.0 + 0.8) / 10, abs=1e-3)}


def test_outlines_per_activity_pool_activity_plans_and_notices_and_skip_copies(tmp_path):
    from pipeline import load_tables, run
    from pipeline.mine.outline import MIN_KIND_PLANS

    aims = ["丰富职工业余文化生活", "增强教职工身体素质", "弘扬团结协作的团队精神",
            "展示干部职工良好精神风貌", "营造健康向上的校园氛围", "促进部门之间沟通交流",
            "激发员工干事创业热情", "喜迎建厂三十周年华诞", "落实全民健身国家战略",
            "增进医护人员友谊和了解"]
    times = ["五月中旬的周五下午", "国庆节前一周的周三", "春节放假前两天上午", "六月第二个周末全天",
             "十月下旬某个工作日", "暑假开始后第一天", "元旦当天上午九点", "清明节后第一个周四",
             "端午节前一天下午三点", "中秋节当晚七点"]
    places = ["操场", "体育馆", "篮球场", "会议室", "礼堂", "草坪", "广场", "大厅", "球馆", "食堂"]
    pages = {}
    for k in range(MIN_KIND_PLANS):
        kind = "活动方案" if k % 2 else "的通知"
        pages[f"p{k}.txt"] = (f"关于举办职工拔河比赛{kind}\n一、活动目的:为了{aims[k]}\n"
                              f"二、活动时间:定于{times[k]}\n三、活动地点:{places[k]}\n")
    pages["copy.txt"] = pages["p0.txt"]  # a copy: counted once
    for name, text in pages.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    run([tmp_path / n for n in pages], tmp_path / "out", method="rules", progress=False)
    tables = load_tables(tmp_path / "out")
    assert set(tables.plans.activity) == {"tug_of_war"}
    assert set(tables.plans.plan_kind) == {"activity_plan", "notice"}
    assert tables.plans.copy_group.notna().sum() == 2  # p0 and its copy, no other pair
    rows = tables.kind_outlines[tables.kind_outlines.activity == "tug_of_war"].sort_values("usual_rank")
    assert list(rows.section) == ["purpose", "time", "place"]
    assert set(rows.n_plans) == {MIN_KIND_PLANS} and rows.plan_kind.isna().all()
