"""Taxonomy rules: the guide's examples and boundary cases, and custom taxonomy files."""

from __future__ import annotations

import pytest

from pipeline.classify import ItemClassifier
from pipeline.classify.context import item_contexts
from pipeline.classify.features import feature_frame
from pipeline.classify.rules import RuleEngine
from pipeline.classify.taxonomy import load_taxonomy
from pipeline.errors import ConfigError
from pipeline.segment import load_segmenter


@pytest.fixture(scope="module")
def engine():
    return RuleEngine(load_taxonomy())


def label(engine, heading: str, text: str = "") -> str:
    return engine.best(engine.taxonomy.category, engine.vote("category", heading, text or heading).scores)


def labels_of(page: str) -> list[tuple[str, str, str]]:
    """(heading, category, role) the rules give every item of a page."""
    rules = ItemClassifier("rules")
    from pipeline.clean import Cleaner
    from pipeline.structure import StructureParser
    from tests.conftest import raw

    doc = rules(StructureParser()(Cleaner()(raw(page))))
    contexts = {(p.ordinal, it.ordinal): c for p, it, c in item_contexts(doc.structured)}
    return [(contexts[(lb.plan, lb.item)].heading, lb.category.code, lb.role.code) for lb in doc.labels]


# Annotation guide, section 3: the seed article (a plan spanning several areas).
SEED = ("工会工作计划\n一、以社会主义核心价值体系武装职工头脑,努力建设符合文化建设需要的高素质职工队伍\n"
        "1、组织全系统工会干部深入学习十八大精神,在职工群众中开展“贯彻十八大、劳动创幸福”主题教育活动。\n"
        "2、配合县总工会开展的提高职工素质工程,组织全系统职工开展读书活动,增长知识,开阔眼界,提高能力和素质。\n"
        "3、局工联会要积极参与县总工会联合有关部门开展的技能竞赛活动,各工会委员会要结合本单位实际组织开展技术培训,"
        "技能竞赛活动。\n"
        "4、加强各单位的民主管理工作,坚持职代会制度,继续推进政务公开工作。\n"
        "5、深入开展送温暖、爱心助学、互助互济等活动,建立困难职工档案,完善结对帮困机制。\n"
        "6、严格执行工会财务规定,加强工会经审工作,正确使用工会经费,保障工会活动开展。\n"
        "二、不断加强工会自身建设,保持“模范职工之家”荣誉\n"
        "三、1月份:\n")
SEED_EXPECTED = [("other", "substance"), ("other", "substance"), ("culture_sports", "substance"),
                 ("competitions", "substance"), ("rights_protection", "substance"), ("welfare", "substance"),
                 ("self_building", "substance"), ("self_building", "substance"), ("other", "heading")]
# Annotation guide, section 3: a single-activity notice (a 职工篮球赛 notice).
NOTICE = ("关于举办职工篮球赛的通知\n一、活动目的\n丰富职工业余文化生活。\n二、比赛时间:5月10日\n"
          "三、比赛规则\n1. 每队上场5人\n2. 比赛分上下半场\n四、奖项设置\n")
NOTICE_EXPECTED = [("culture_sports", "purpose"), ("culture_sports", "logistics"),
                   ("culture_sports", "heading"), ("culture_sports", "substance"),
                   ("culture_sports", "substance"), ("culture_sports", "logistics")]


@pytest.mark.parametrize("page,expected", [(SEED, SEED_EXPECTED), (NOTICE, NOTICE_EXPECTED)],
                         ids=["seed", "basketball notice"])
def test_guide_section_3_examples_get_category_and_role_from_the_rules(page, expected):
    got = labels_of(page)
    assert [(c, r) for _, c, r in got] == expected, got


@pytest.mark.parametrize("heading,expected", [
    ("举办职工摄影比赛", "culture_sports"),
    ("举办职工演讲比赛", "culture_sports"),
    ("举办职工技能大赛", "competitions"),
    ("开展岗位练兵和技术比武", "competitions"),
    ("签订女职工特殊权益保护专项集体合同", "rights_protection"),
    ("开展巾帼建功活动", "competitions"),
    ("加强工会干部培训", "self_building"),
    ("开展职工技能培训", "competitions"),
    ("评选表彰劳动模范", "competitions"),
    ("建立困难职工档案", "welfare"),
    ("完善工会档案管理", "self_building"),
])
def test_guide_boundaries(engine, heading, expected):
    assert label(engine, heading) == expected


def test_rule_provenance_and_fallback(engine):
    vote = engine.vote("category", "深入开展送温暖活动", "深入开展送温暖活动")
    assert vote.best_rule == "welfare.warmth" and vote.scores["welfare"] > 0
    nothing = engine.vote("category", "天气很好", "天气很好")
    assert not nothing.fired and engine.best(engine.taxonomy.category, nothing.scores) == "other"


def test_an_item_naming_no_area_takes_the_area_of_the_heading_above_it():
    got = labels_of("工会工作计划\n一、开展送温暖活动\n1、时间:1月20日前\n2、地点:各分会\n"
                    "二、举办职工运动会\n1、时间:5月\n")
    assert [(c, r) for _, c, r in got] == [("welfare", "substance"), ("welfare", "logistics"),
                                           ("welfare", "logistics"), ("culture_sports", "substance"),
                                           ("culture_sports", "logistics")]


@pytest.mark.parametrize("heading,children,role", [
    ("慰问对象", True, "substance"),  # recipients of an aid are what the aid is
    ("参加人员", True, "logistics"),
    ("比赛规则", True, "heading"),
    ("比赛规则", False, "substance"),
    ("总体要求", False, "purpose"),
    ("工作要求", False, "logistics"),
    ("活动主题", False, "purpose"),
    ("开展主题教育活动", False, "substance"),
])
def test_role_readings_of_the_guide(engine, heading, children, role):
    vote = engine.vote("role", heading, heading, children)
    assert engine.best(engine.taxonomy.role, vote.scores) == role


def test_heading_outweighs_body(engine):
    assert label(engine, "组织职工运动会", "会后慰问困难职工") == "culture_sports"


CUSTOM = """
[taxonomy]
name = "two bins"
fallback = "rest"

[[category]]
code = "money"
name_zh = "钱"
name_en = "money"
  [[category.rule]]
  id = "money.any"
  pattern = '经费|工资|福利'
  weight = 1.0

[[category]]
code = "rest"
name_zh = "其他"
name_en = "rest"

[roles]
fallback = "doing"

[[role]]
code = "doing"
[[role]]
code = "when"
  [[role.rule]]
  id = "when.any"
  pattern = '时间|日期'
"""


def test_custom_taxonomy_file(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text(CUSTOM, encoding="utf-8")
    tax = load_taxonomy(path)
    assert tax.category.codes == ("money", "rest") and tax.category.fallback == "rest"
    assert tax.role.codes == ("doing", "when") and tax.role.fallback == "doing"
    engine = RuleEngine(tax)
    assert label(engine, "加强工会经费管理") == "money" and label(engine, "组织学习") == "rest"
    assert engine.best(tax.role, engine.vote("role", "发放时间", "发放时间").scores) == "when"


@pytest.mark.parametrize("broken,message", [
    ("[[category]]\ncode = 'a'\ncolour = 'red'\n", "colour"),
    ("[taxonomy]\nfallback = 'zzz'\n[[category]]\ncode='a'\n[[category]]\ncode='b'\n"
     "[[role]]\ncode='x'\n[[role]]\ncode='y'\n", "fallback"),
    ("[[category]]\ncode='a'\n  [[category.rule]]\n  id='r'\n  pattern='('\n[[category]]\ncode='b'\n", "'r'"),
    ("[[category]]\ncode='a'\n[[category]]\ncode='b'\n", "[[role]]"),
])
def test_bad_taxonomy_files_fail_loudly(tmp_path, broken, message):
    path = tmp_path / "bad.toml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_taxonomy(path)
    assert message in str(err.value) and "bad.toml" in str(err.value)


def test_context_votes_reach_the_children_of_a_section(parse, engine):
    """A child with no rule words of its own is read in its section and in its plan."""
    doc = parse("工会慰问活动方案\n一、慰问对象\n1、退休职工\n2、生病住院职工\n"
                "二、送温暖安排\n1、1月底前完成\n")
    contexts = [c for _, _, c in item_contexts(doc)]
    frame = feature_frame(contexts, load_segmenter("jieba"), engine)
    child = frame.iloc[[c.heading for c in contexts].index("1月底前完成")]
    assert child["cat_parent_welfare"] > 0  # its parent heading "送温暖安排"
    assert child["cat_inherited_welfare"] > 0 and child["own_fired"] == 0
    mix = child[[f"cat_mix_{c}" for c in engine.taxonomy.category.codes]]
    assert abs(mix.sum() - 1.0) < 1e-9 and mix.idxmax() == "cat_mix_welfare"
    assert all(c.plan is contexts[0].plan for c in contexts)
