"""Mining: skeleton slots, phrase templates, reuse clusters, outline patterns."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest

from pipeline.mine import reuse
from pipeline.mine.outline import PlanOutline, collapse, frequent_outlines, gaps
from pipeline.mine.phrases import WILDCARD, PhraseItem, candidate_patterns, mine_phrases
from pipeline.mine.reuse import (
    BANDS,
    NUM_PERM,
    ROWS,
    ReuseItem,
    ShingleIndex,
    buckets,
    find_reuse,
    shingle_sets,
)
from pipeline.mine.skeleton import SLOT_TAG, Skeleton, skeleton
from pipeline.segment import load_segmenter


@pytest.fixture(scope="module")
def tagger():
    return load_segmenter("rjieba")


@pytest.mark.parametrize("heading,slot", [
    ("组织开展纪念“三八”活动", "<Q>"),
    ("认真学习贯彻《工会法》,维护职工权益", "<Q>"),
    ("做好20xx年度建家活动", "<YEAR>"),
    ("9月份举办教师节庆祝活动", "<DATE>"),
    ("为30岁以上的女职工办理保险", "<NUM>"),
    ("成立北仑区劳动关系调解委员会", "<LOC>"),
])
def test_skeleton_slots(tagger, heading, slot):
    assert slot in skeleton(heading, tagger).words


def test_skeleton_uses_the_first_phrase_only(tagger):
    assert skeleton("加强民主管理,坚持职代会制度", tagger) == skeleton("加强民主管理", tagger)


@pytest.mark.parametrize("heading,first", [
    ("深入开展职工建功立业活动", "开展"),      # fused in jieba's dictionary: split
    ("进一步完善合同制度", "完善"),
    ("要加强“职工之家”创建活动", "加强"),       # two modifiers in a row
    ("要求全体职工参加", "要求"),              # starts like 要 but is another word
])
def test_skeleton_drops_leading_manner_adverbs(tagger, heading, first):
    assert skeleton(heading, tagger).words[0] == first


def _skel(words: str) -> Skeleton:
    """'召开/v 会员/n 大会/n' -> a skeleton with those words and tags."""
    pairs = [w.split("/") for w in words.split()]
    return Skeleton(tuple(w for w, _ in pairs), tuple(t for _, t in pairs))


def test_candidate_patterns_keep_two_fixed_words_and_a_real_wildcard():
    pats = candidate_patterns(_skel("组织/v 开展/v 送温暖/n 活动/vn"))
    assert ("组织", "开展", WILDCARD, "活动") in pats and ("组织", "开展", "送温暖", "活动") in pats
    assert ("组织", "开展", "送温暖", "活动", WILDCARD) not in pats
    one_word = {p for p in pats if sum(t != WILDCARD for t in p) < 2}
    assert one_word == {("组织", WILDCARD), (WILDCARD, "活动")}  # the two frames


@pytest.mark.parametrize("words,frames", [
    ("召开/v 会员/n 大会/n", {("召开", WILDCARD), (WILDCARD, "大会")}),
    ("以/p 民主/n 管理/vn 为/p 重点/n", {(WILDCARD, "重点")}),   # a preposition frames nothing
    ("要/v 突出/v 重点/n", {(WILDCARD, "重点")}),                # nor does a modal verb
    ("职工/n 素质/n 提高/v 了/ul", set()),                       # nor a particle at the end
    ("举办/v 纪念/v " + "<Q>/" + SLOT_TAG, {("举办", WILDCARD)}),  # nor a slot
])
def test_one_word_frames_need_a_leading_verb_or_a_head_word_at_the_end(words, frames):
    pats = candidate_patterns(_skel(words))
    assert {p for p in pats if sum(t != WILDCARD for t in p) == 1} == frames


def _items(rows):
    return [PhraseItem(f"i{k}", plan, "d" + plan, _skel(words), plan) for k, (plan, words) in enumerate(rows)]


def test_phrase_templates_need_three_plans_and_are_order_independent():
    rows = [("p1", "组织/v 开展/v 读书/n 活动/vn"), ("p2", "组织/v 开展/v 送温暖/n 活动/vn"),
            ("p3", "组织/v 开展/v 职工/n 运动会/n 活动/vn"),
            ("p1", "加强/v 民主/n 管理/vn"), ("p2", "加强/v 民主/n 管理/vn")]
    mined = mine_phrases(_items(rows))
    # the most specific pattern three plans share wins over the one-word frames it implies
    assert list(mined) == [("组织", "开展", WILDCARD, "活动")]
    assert {i.item_id for i in mined[("组织", "开展", WILDCARD, "活动")]} == {"i0", "i1", "i2"}
    assert mine_phrases(list(reversed(_items(rows)))) .keys() == mined.keys()
    mined = mine_phrases(_items([*rows, ("p3", "加强/v 工会/n 建设/vn")]))
    assert {i.item_id for i in mined[("加强", WILDCARD)]} == {"i3", "i4", "i5"}  # a frame, 3 plans


def test_reuse_finds_copies_with_small_edits_and_ignores_unrelated_text():
    base = "深入开展送温暖、爱心助学、互助互济等活动,建立困难职工档案,完善结对帮困机制。"
    items = [ReuseItem("a", "p1", "d1", base),
             ReuseItem("b", "p2", "d2", base.replace("爱心助学", "金秋助学")),
             ReuseItem("c", "p3", "d3", "组织职工开展篮球、乒乓球和羽毛球比赛,丰富业余文化生活。"),
             ReuseItem("d", "p1", "d1", base)]  # same plan: not reuse by itself
    clusters = find_reuse(items)
    assert len(clusters) == 1
    ids = {i.item_id for i, _ in clusters[0].members}
    assert {"a", "b"} <= ids and "c" not in ids
    assert all(0.5 <= s <= 1.0 for _, s in clusters[0].members)


def test_shingles_signatures_and_buckets_equal_zlib_and_datasketch(bundled_run, monkeypatch):
    """The numpy reuse index gives what the reference implementations give: zlib's crc32 of
    every 4-gram, the MinHash formula item by item, and the buckets of datasketch's MinHashLSH
    for the same signatures (bands datasketch chooses for a 0.4 threshold), in its order."""
    import zlib

    from datasketch import LeanMinHash, MinHashLSH

    from pipeline.mine.reuse import _A, _B

    texts = [t for t in pd.read_parquet(bundled_run / "items.parquet").text_norm.map(
        lambda t: re.sub(r"[\s\W_]+", "", t)) if len(t) >= 12][:3000]
    offsets, values = shingle_sets(texts)
    for k in (0, 1, len(texts) - 1):
        s = texts[k].encode("utf-32-le")
        expected = sorted({zlib.crc32(s[i:i + 16]) for i in range(0, len(s) - 12, 4)})
        assert values[offsets[k]:offsets[k + 1]].tolist() == expected
    monkeypatch.setattr(reuse, "BATCH", 500)
    monkeypatch.setattr(reuse, "BLOCK_VALUES", 30_000)  # several blocks of each
    monkeypatch.setattr(reuse, "BLOCK_ROWS", 1000)
    monkeypatch.setattr(reuse, "SIGNATURE_SHINGLES", 700)  # each batch's signatures in many runs
    index = ShingleIndex()
    for k in range(0, len(texts), 500):
        index.add(texts[k:k + 500])
    assert len(index.sets) > 1 and len(index.values) > 1 and len(index.sigs) > 1
    sig = np.stack([index.signature(k) for k in range(len(texts))])
    for k in (0, len(texts) // 2, len(texts) - 1):
        assert index.members(k).tolist() == values[offsets[k]:offsets[k + 1]].tolist()
        hashes = values[offsets[k]:offsets[k + 1]].tolist()
        expected = [min(((int(a) * x + int(b)) % 2**64 % (2**61 - 1)) & 0xFFFFFFFF for x in hashes)
                    for a, b in zip(_A, _B)]  # numpy's uint64 products wrap at 2**64
        assert sig[k].tolist() == expected
    lsh = MinHashLSH(threshold=0.4, num_perm=NUM_PERM)
    assert (lsh.b, lsh.r) == (BANDS, ROWS)
    for k, row in enumerate(sig):
        lsh.insert(k, LeanMinHash(seed=1, hashvalues=row.astype(np.uint64), scheme="legacy"),
                   check_duplication=False)
    theirs = [sorted(t.get(key)) for t in lsh.hashtables for key in t.keys() if len(t.get(key)) > 1]
    assert list(buckets(index)) == theirs
    assert len(theirs) > 100


def test_outlines_collapse_count_and_find_gaps():
    cats, ids = collapse(["competitions", "competitions", "welfare", "other"], ["a", "b", "c", "d"])
    assert cats == ("competitions", "welfare", "other") and ids == ("a", "c", "d")
    plans = [PlanOutline(f"p{k}", f"d{k}", "school", c, tuple(f"i{k}{n}" for n in range(len(c))))
             for k, c in enumerate([("competitions", "welfare"), ("competitions", "welfare"),
                                    ("other", "competitions", "welfare")])]
    found = {(p, whole): len(ps) for p, ps, whole in frequent_outlines(plans)}
    assert found[("competitions > welfare", True)] == 2
    assert ("competitions > welfare", False) not in found  # as a part, only one plan has it
    rows = {r["category"]: r["share_missing"] for r in gaps(plans, ("competitions", "welfare", "other"))}
    assert rows == {"competitions": 0.0, "welfare": 0.0, "other": round(2 / 3, 4)}


def test_traditional_and_simplified_headings_share_a_template(tmp_path):
    from pipeline import load_tables, run

    pages = {"a.txt": "一、開展讀書活動\n二、組織職工體檢\n",
             "b.txt": "一、開展書畫比賽活動\n二、慰問困難職工\n",
             "c.txt": "一、开展登山活动\n二、召开职代会\n"}
    for name, text in pages.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    run([tmp_path / n for n in pages], tmp_path / "out", method="rules", progress=False)
    tables = load_tables(tmp_path / "out")
    phrase = tables.templates[tables.templates.kind == "phrase"]
    assert list(phrase.pattern) == ["开展 <*> 活动"]
    assert phrase.n_docs.iloc[0] == 3


def test_planpipe_mine_writes_what_mine_tables_returns(bundled_run, tmp_path):
    """`planpipe mine` (columns read, items freed before mining) and mine_tables on the whole
    tables give the same mined tables and copy groups."""
    import shutil

    from pipeline import load_tables
    from pipeline.mine import mine_tables
    from pipeline.run import mine_run

    out = tmp_path / "run"
    shutil.copytree(bundled_run, out)
    expected = mine_tables(load_tables(out, mined=False))
    mine_run(out)
    written = load_tables(out)
    assert len(expected.templates) > 50
    for name in ("templates", "template_members", "sections"):
        got, want = written[name], getattr(expected, name)
        assert got.astype(object).where(got.notna(), None).values.tolist() == \
            want.astype(object).where(want.notna(), None).values.tolist(), name
    groups = written.plans.dropna(subset=["copy_group"])
    assert dict(zip(groups.plan_id, zip(groups.copy_group, groups.canonical))) == expected.copy_groups
