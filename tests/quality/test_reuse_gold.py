"""Quality gate: copied paragraphs of the reuse gold fall in one cluster with their copy."""

from __future__ import annotations

from pipeline.lab.reuse_eval import evaluate_reuse


def test_reuse_recall_on_known_copies():
    report = evaluate_reuse()
    assert report.copied >= 40
    assert report.recall >= 0.9, report.misses
    # every cluster joins items of at least two plans, none is a singleton
    assert all(len({i.plan_id for i, _ in c.members}) >= 2 for c in report.clusters)
