"""Quality gate: copied paragraphs of the reuse gold fall in one cluster with their copy."""

from __future__ import annotations

from pipeline.lab.reuse_eval import evaluate_reuse


def test_reuse_recall_on_known_copies():
    report = evaluate_reuse()
    assert report.copied >= 40
    # 0.911 on the 135 copied items of the first 15 groups; the six groups added with the
    # 2026-11-30 pages (32 items) bring copies the parser cannot split (a glued "一是" in
    # p251 / p253: 8 items) and copies cut short on one site; measured 0.886 on 167. The groups
    # of 0.9.4's pages add a copy whose one side the parser reads as three long items (p561, a
    # test page: 12 items) and a plan rewritten for another organisation (p395~p532: 6);
    # measured 0.877 on 334.
    assert report.recall >= 0.87, report.misses
    # every cluster joins items of at least two plans, none is a singleton
    assert all(len({i.plan_id for i, _ in c.members}) >= 2 for c in report.clusters)
