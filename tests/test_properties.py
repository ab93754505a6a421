"""Property tests: the parser never crashes, items never overlap or leave their plan."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

PIECES = ["一、", "二、", "三、", "（一）", "（二）", "1、", "2、", "3.", "(1)", "(2)", "①", "②",
          "一是", "二是", "首先,", "其次,", "1月份:", "2月", "篇1", "工会工作计划 篇2", "第一篇:",
          "十八大", "1.5万元", "20xx年", "3月", "组织", "开展竞赛", "。", ";", ",", "\n", "  ",
          "工會", "（", "）", "、", "質(zhì)量", "时间:2021-01-01 我要投稿", "相关文章:"]

texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=4)), max_size=60).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts)
@example("（二）\n二、")  # leading orphans: depth by rank, no parent
def test_parser_never_crashes_and_items_stay_in_their_plan(parse, text):
    doc = parse(text)
    clean = doc.clean
    assert len(clean.norm) == len(clean.text) and len(clean.origin) == len(clean.text) + 1
    last_end = 0
    for plan in doc.plans:
        assert 0 <= plan.start <= plan.end <= len(clean.text)
        for it in plan.items:
            assert plan.start <= it.marker.start < it.marker.end <= it.text_start <= it.text_end <= plan.end
            assert it.marker.start >= last_end  # items never overlap, in reading order
            last_end = it.text_end
            assert it.depth >= 1
            if it.parent is not None:
                assert plan.items[it.parent - 1].depth == it.depth - 1
            elif it.depth > 1:
                # only a leading orphan ("4、…" before "四、…", guide section 1) has a depth
                # from its style's rank and no parent: no shallower item comes before it
                earlier = plan.items[:it.ordinal - 1]
                assert all(e.depth >= it.depth for e in earlier)
