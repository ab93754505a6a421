"""Quality gate on the hand-written gold: the figures README reports (kept apart from unit tests)."""

from __future__ import annotations

import pytest

from pipeline.lab.structure_eval import evaluate_structure
from pipeline.paths import gold_file


@pytest.fixture(scope="module")
def report():
    return evaluate_structure(split="test")


def test_structure_meets_the_targets_on_the_test_split(report):
    assert len(report.articles) >= 15
    assert report.plan_accuracy >= 0.95
    assert report.f1 >= 0.95
    # Measured 0.951 on the test split (117 articles: the first 94 read 0.947, the 23 added
    # 2026-11-30 read 0.967; docs/evaluation.md). This guard stops regressions below that.
    assert report.depth_accuracy >= 0.95


def test_gold_covers_the_corpus():
    from pipeline.ingest import read_inputs
    from pipeline.lab.gold import load_gold
    from pipeline.paths import corpus_dir

    gold = {g.doc for g in load_gold(gold_file("structure.jsonl"))}
    records = {d.record for d in read_inputs([corpus_dir()])}
    assert len(records) >= 41 and gold == records
