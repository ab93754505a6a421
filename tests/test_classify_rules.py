"""Taxonomy rules: the guide's examples and boundary cases, and custom taxonomy files."""

from __future__ import annotations

import pytest

from pipeline.classify.features import feature_frame, item_contexts
from pipeline.classify.rules import RuleEngine
from pipeline.classify.taxonomy import load_taxonomy
from pipeline.errors import ConfigError
from pipeline.segment import load_segmenter


@pytest.fixture(scope="module")
def engine():
    return RuleEngine(load_taxonomy())


def label(engine, heading: str, text: str = "") -> str:
    return engine.best(engine.vote(heading, text or heading).scores)


# Annotation guide, section 3 (examples from the seed article) and section 2 (boundaries).
@pytest.mark.parametrize("heading,expected", [
    ("以社会主义核心价值体系武装职工头脑,努力建设符合文化建设需要的高素质职工队伍", "other"),
    ("局工联会要积极参与县总工会联合有关部门开展的技能竞赛活动", "competitions"),
    ("加强各单位的民主管理工作,坚持职代会制度", "rights_protection"),
    ("深入开展送温暖、爱心助学、互助互济等活动,建立困难职工档案", "welfare"),
    ("严格执行工会财务规定,加强工会经审工作", "self_building"),
    ("不断加强工会自身建设,保持“模范职工之家”荣誉", "self_building"),
    ("组织开展纪念“三八国际妇女节”活动", "culture_sports"),
])
def test_guide_examples(engine, heading, expected):
    assert label(engine, heading) == expected


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
    vote = engine.vote("深入开展送温暖活动", "深入开展送温暖活动")
    assert vote.best_rule == "welfare.warmth" and vote.scores["welfare"] > 0
    nothing = engine.vote("天气很好", "天气很好")
    assert not nothing.fired and engine.best(nothing.scores) == "other"


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
"""


def test_custom_taxonomy_file(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text(CUSTOM, encoding="utf-8")
    tax = load_taxonomy(path)
    assert tax.codes == ("money", "rest") and tax.fallback == "rest"
    engine = RuleEngine(tax)
    assert label(engine, "加强工会经费管理") == "money" and label(engine, "组织学习") == "rest"


@pytest.mark.parametrize("broken,message", [
    ("[[category]]\ncode = 'a'\ncolour = 'red'\n", "colour"),
    ("[taxonomy]\nfallback = 'zzz'\n[[category]]\ncode='a'\n[[category]]\ncode='b'\n", "fallback"),
    ("[[category]]\ncode='a'\n  [[category.rule]]\n  id='r'\n  pattern='('\n[[category]]\ncode='b'\n", "'r'"),
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
                "二、送温暖安排\n1、元旦前完成\n")
    contexts = [c for _, _, c in item_contexts(doc)]
    frame = feature_frame(contexts, load_segmenter("jieba"), engine)
    child = frame.iloc[[c.heading for c in contexts].index("元旦前完成")]
    assert child["parent_rule_welfare"] > 0  # its parent heading "送温暖安排"
    mix = child[[f"plan_mix_{c}" for c in engine.taxonomy.codes]]
    assert abs(mix.sum() - 1.0) < 1e-9 and mix.idxmax() == "plan_mix_welfare"
    assert all(c.plan_items is contexts[0].plan_items for c in contexts)
