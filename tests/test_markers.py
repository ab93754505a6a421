"""One source of marker knowledge: every style's examples from markers.toml are item starts
for cleaning and markers of that style for the parser."""

from __future__ import annotations

import pytest

from pipeline.clean.chunks import chunk_number_edits
from pipeline.clean.script import normalized_view
from pipeline.clean.wraps import wrap_joins
from pipeline.markers import load_styles, read_numeral
from pipeline.structure.candidates import find_candidates
from tests.conftest import items_of

EXAMPLES = [(s, ex) for s in load_styles() for ex in s.examples]
IDS = [f"{s.id}:{ex}" for s, ex in EXAMPLES]
# A page hard-wrapped at one width (three long unpunctuated lines reach it), so that any
# line not starting an item would be joined to the line above it.
WRAPPED = ("组织职工认真学习新工会法以争取进入北京市先进教职工之家为龙头围绕医院中\n"
           "心工作团结全体会员组织职工认真学习新工会法以争取进入北京市先进教职工之\n"
           "家为龙头围绕医院中心工作团结全体会员组织职工认真学习新工会法以争取进入\n")


@pytest.mark.parametrize("style,example", EXAMPLES, ids=IDS)
def test_cleaning_keeps_each_example_as_an_item_start(style, example):
    text = WRAPPED + example + "组织职工开展读书活动\n"
    norm = normalized_view(text)
    joins = wrap_joins(text, norm)
    assert joins, "the page must have a wrap width for this test to mean anything"
    line = text.index(example)
    assert all(end != line for _, end in joins), f"{example!r} was joined into the line above"


@pytest.mark.parametrize("style,example", EXAMPLES, ids=IDS)
def test_the_parser_reads_each_example_as_a_marker_of_its_style(parser, style, example):
    text = example + style.examples_followed_by + "组织职工开展读书活动\n"
    norm = normalized_view(text)
    cands = find_candidates(norm, 0, len(norm), parser.styles)
    assert cands and cands[0].style == style.id and cands[0].start == 0
    assert text[cands[0].start:cands[0].end].strip() == example.strip()


@pytest.mark.parametrize("style,example", [(s, ex) for s, ex in EXAMPLES if s.min_run == 1],
                         ids=[i for (s, _), i in zip(EXAMPLES, IDS) if s.min_run == 1])
def test_a_first_example_alone_is_an_item(parse, style, example):
    # a first value starts a run; any month starts one; a later value only as a page's orphan
    text = example + style.examples_followed_by + "组织职工开展读书活动\n"
    value = read_numeral(style.numerals, style.pattern.match(normalized_view(text)).group("num"))
    items = items_of(parse(text))
    if value == 1 or style.sequence == "increasing" or style.rank:
        assert [m for _, m, _ in items][:1] == [example.strip()]


@pytest.mark.parametrize("style", [s for s in load_styles() if s.chunk_numbers], ids=lambda s: s.id)
def test_library_chunk_numbers_of_a_flagged_style_are_removed(style):
    chunk = "组织职工认真学习新工会法以争取进入北京市先进教职工之家为龙头" * 8
    first = style.examples[0]
    second = first.replace("1", "2", 1)
    text = f"{first}{chunk}\n{second}{chunk}\n"
    edits = chunk_number_edits(text, normalized_view(text))
    assert [text[a:b].strip() for a, b in edits] == [first, second]


def test_a_chinese_numeral_is_written_as_it_is_read():
    from pipeline.markers import cn_numeral
    from pipeline.markers.numerals import cn_value

    assert [cn_numeral(v) for v in (1, 9, 10, 11, 20, 23, 99)] == [
        "一", "九", "十", "十一", "二十", "二十三", "九十九"]
    assert all(cn_value(cn_numeral(v)) == v for v in range(1, 100))
