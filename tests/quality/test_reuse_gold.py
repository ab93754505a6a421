"""Quality gate: copied paragraphs of the reuse gold fall in one cluster with their copy."""

from __future__ import annotations

import json

from pipeline.lab.reuse_eval import evaluate_reuse


def test_reuse_recall_on_known_copies():
    report = evaluate_reuse()
    assert report.copied >= 40
    # 0.911 on the 135 copied items of the first 15 groups; the six groups added with the
    # 2026-11-30 pages (32 items) bring copies the parser cannot split (a glued "一是" in
    # p251 / p253: 8 items) and copies cut short on one site; measured 0.886 on 167. The groups
    # of 0.9.4's pages add a copy whose one side the parser reads as three long items (p561, a
    # test page: 12 items) and a plan rewritten for another organisation (p395~p532: 6);
    # measured 0.877 on 334. Since 0.9.8 the items of a group count also where the group names a
    # further copy for its plan only (such a member had emptied the group's item positions):
    # 397 items, measured 0.869, the newly counted misses being copies the parser splits
    # differently on one side (p572's "***一***" sub-items, p570's and p568's second plans).
    # The groups of 0.9.9's pages (26 items) add copies whose date and venue lines were changed
    # ("活動時間:20xx年1月21日" / "活动时间:20xx年xx月xx日", p451~p888), an edited heading (p897)
    # and a run-on page the parser finds no item in (p889): 423 items, measured 0.863; with
    # p525~p808 (found by whole-plan similarity: a document library's run-on copy with its names
    # blanked, "_职工深入学习_", whose items the parser splits otherwise) 429 items, 0.851.
    assert report.recall >= 0.85, report.misses
    # every cluster joins items of at least two plans, none is a singleton
    assert all(len({i.plan_id for i, _ in c.members}) >= 2 for c in report.clusters)


def test_a_copy_named_for_its_plan_only_leaves_the_groups_items_counted(tmp_path):
    """A member without items (a further copy named for its plan) adds a plan pair and takes
    nothing from the item positions of the members that list theirs."""
    items = [["一,", "指导思想"], ["二,", "重点工作"]]
    group = {"group": "g", "copy": "plan", "members": [
        {"doc": "pages.jsonl#p004", "plan": 1, "items": items},
        {"doc": "pages.jsonl#p474", "plan": 1, "items": items},
        {"doc": "pages.jsonl#p313", "plan": 1, "items": []}]}
    gold = tmp_path / "reuse.jsonl"
    gold.write_text(json.dumps(group, ensure_ascii=False) + "\n", encoding="utf-8")
    report = evaluate_reuse(gold)
    assert report.copied == 4
    assert len(report.gold_pairs) == 3
